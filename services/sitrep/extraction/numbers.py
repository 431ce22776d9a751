"""Numbers in running text: digits with separators, number words, vague plurals, qualifiers, ranges.

Works on tokens (see text.tokenize). A NumberMention spans token indices [i, j) for the number itself
and [q, j) including its qualifier. Conventions (documented in data/numbers.json):
- "dozens" -> 24 at_least, "hundreds" -> 200 at_least, "thousands" -> 2000 at_least;
- "a dozen" -> 12 exact, "about a dozen" -> 12 about, "half a dozen" -> 6 exact;
- ranges "10 to 15", "10-15", "between 10 and 15" -> the lower bound, at_least;
- "nearly/almost N" -> N at_most (just short of N); "up to / as many as N" -> N at_most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import Token, load_json, lows_of
from .weapons import weapon_word

_DATA = load_json("numbers.json")
_UNITS: dict[str, int] = _DATA["units"]
_SCALES: dict[str, int] = _DATA["scales"]
_VAGUE: dict[str, int] = _DATA["vague"]
_QUALIFIERS: dict[str, list[tuple[list[str], str]]] = {}  # by last word, longest phrase first
for _p, _q in sorted(_DATA["qualifiers"], key=lambda x: -len(x[0].split())):
    _QUALIFIERS.setdefault(_p.split()[-1], []).append((_p.split(), _q))
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_HYPHEN_WORDS = re.compile(r"^([a-z]+)-([a-z]+)$")


@dataclass(slots=True, unsafe_hash=True)  # immutable by convention (see text.Token)
class NumberMention:
    q: int          # first token index, qualifier included
    i: int          # first token of the number
    j: int          # one past the last token of the number
    value: int
    qualifier: str  # exact | about | at_least | more_than | at_most
    vague: bool = False


def _digit_value(tok: str) -> float | None:
    m = _DIGITS.fullmatch(tok)
    if not m:
        return None
    return float(tok.replace(",", "")) if "." in tok else int(tok.replace(",", ""))


def _word_value(low: str) -> int | None:
    if low in _UNITS:
        return _UNITS[low]
    m = _HYPHEN_WORDS.match(low)
    if m and m.group(1) in _UNITS and m.group(2) in _UNITS:
        a, b = _UNITS[m.group(1)], _UNITS[m.group(2)]
        if a >= 20 and a % 10 == 0 and b < 10:
            return a + b  # "twenty-three"
    return None


def number_value(low: str) -> float | None:
    """The value of one lower-case number token ("12", "1,200", "twelve", "twenty-three"), or None."""
    return _digit_value(low) if low[:1].isdigit() else _word_value(low)


def _parse_at(toks: list[Token], i: int) -> tuple[int, float, bool] | None:
    """(end index, value, vague) of a number starting at token i, or None."""
    low = toks[i].low
    n = len(toks)
    if low in _VAGUE:
        j = i + 1
        val = _VAGUE[low]
        if low in ("tens", "hundreds") and j + 2 < n and toks[j].low == "of" and toks[j + 1].low == "thousands":
            return j + 2, (20000 if low == "tens" else 200000), True
        return j, val, True
    if low == "tens" and i + 2 < n and toks[i + 1].low == "of" and toks[i + 2].low == "thousands":
        return i + 3, 20000, True
    val: float | None = _digit_value(low) if low[0].isdigit() else _word_value(low)
    j = i + 1
    if val is None:
        if low in ("a", "an") and i + 1 < n and toks[i + 1].low in ("dozen", "hundred", "thousand"):
            val, j = _UNITS.get(toks[i + 1].low) or _SCALES[toks[i + 1].low], i + 2
        elif low == "half" and i + 2 < n and toks[i + 1].low == "a" and toks[i + 2].low == "dozen":
            val, j = 6, i + 3  # "half a dozen"
        else:
            return None
    # compound number words: "one hundred and twenty", "1.5 million", "two dozen"
    while j < n:
        low = toks[j].low
        if low in _SCALES and val < 1000:
            val *= _SCALES[low]
            j += 1
        elif low == "dozen" and val < 100:
            val *= 12
            j += 1
        elif low == "and" and j + 1 < n and val >= 100 and _word_value(toks[j + 1].low) is not None:
            val += _word_value(toks[j + 1].low)
            j += 2
        elif val >= 100 and toks[j - 1].low in _SCALES and _word_value(low) is not None:
            val += _word_value(low)
            j += 1
        else:
            break
    return j, val, False


def _qualifier_before(toks: list[Token], i: int) -> tuple[int, str]:
    if i == 0:
        return i, "exact"
    for phrase, qual in _QUALIFIERS.get(toks[i - 1].low, ()):
        k = len(phrase)
        if k == 1:
            return i - 1, qual
        if i - k >= 0 and [t.low for t in toks[i - k:i - 1]] == phrase[:-1]:
            return i - k, qual
    return i, "exact"


def _starts(lows: list[str]) -> list[int]:
    """Token indices where a number can start: a digit, a number word or vague plural, 'a'/'an'/'tens'/'half'/'none', a
    hyphenated number word ("twenty-three"); left to right."""
    return [k for k, w in enumerate(lows)
            if w in _NUMBER_STARTS or w[0].isdigit() or "-" in w and _HYPHEN_WORDS.match(w)]


_NUMBER_STARTS = frozenset(_UNITS) | frozenset(_VAGUE) | {"a", "an", "tens", "half", "none", "both"}


def _names_weapons(toks: list[Token], k: int) -> bool:
    """A weapon phrase starts at k ("missiles", "Kh-59/69 missiles", "cruise missiles"): 'both' counts them."""
    for x in range(k, min(k + 4, len(toks))):
        if weapon_word(toks, x, modifiers=True):
            return True
        if not (toks[x].low in ("/", "-") or toks[x].low[:1].isdigit() or "-" in toks[x].low):
            return False
    return False
NUMBER_WORDS = frozenset(_UNITS)  # "one" ... "ninety"


def find_numbers(toks: list[Token], lows: list[str] | None = None) -> list[NumberMention]:
    """All numbers, left to right; ranges collapse to their lower bound (at_least). `lows`: the tokens'
    lower-case forms, if the caller has them."""
    out: list[NumberMention] = []
    n = len(toks)
    i = 0  # the next token not yet read as part of a number
    for start in _starts(lows_of(toks) if lows is None else lows):
        if start < i:
            continue
        i = start
        low = toks[i].low
        if low == "both":
            if _names_weapons(toks, i + 1):
                out.append(NumberMention(i, i, i + 1, 2, "exact"))  # "shot down both Kh-59 missiles": a count of 2
            i += 1
            continue
        if low == "none":
            k = i + (3 if i + 2 < n and toks[i + 2].low in ("the", "these", "those") else 2)
            if i + 1 < n and toks[i + 1].low == "of" and k < n and _parse_at(toks, k):
                out.append(NumberMention(i, i, i + 1, 0, "exact"))  # "none of the four missiles": a count of 0
            i += 1
            continue
        parsed = _parse_at(toks, i)
        if parsed is None or (low in ("a", "an") and parsed[0] == i + 1):
            i += 1
            continue
        j, val, vague = parsed
        if isinstance(val, float) and not val.is_integer() and val < 1000:
            i = j
            continue  # "1.5 km", a decimal that is not a count
        q, qual = _qualifier_before(toks, i)
        if vague:
            qual = "at_least" if qual == "exact" else qual
        # ranges: "10 to 15", "10-15", "between 10 and 15"
        if j + 1 < n and toks[j].low in ("to", "-", "–") and toks[j + 1].low[0].isdigit() and not vague:
            second = _parse_at(toks, j + 1)
            if second and second[1] > val:
                qual = "at_least" if qual == "exact" else qual
                j = second[0]
        elif q >= 1 and toks[q - 1].low == "between" and j + 1 < n and toks[j].low == "and":
            second = _parse_at(toks, j + 1)
            if second and second[1] > val:
                q, qual, j = q - 1, "at_least", second[0]
        if j < n and toks[j].low == "or" and j + 1 < n and toks[j + 1].low == "more":
            qual, j = "at_least", j + 2
        out.append(NumberMention(q, i, j, int(val), qual, vague))
        i = j
    return out
