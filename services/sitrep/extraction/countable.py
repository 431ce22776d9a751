"""Which number mentions are counts at all: not a date, an age, a year, a unit's figure or a model name."""

from __future__ import annotations

from .lexicon import ATTACK_NOUNS, CUES, PERSON_NOUNS
from .numbers import NUMBER_WORDS, NumberMention
from .text import Token

_NOT_COUNT_AFTER = frozenset(CUES["not_count_after"])  # data/cues.json
_NOT_COUNT_BEFORE = frozenset(CUES["not_count_before"])
_SETTLEMENTS = frozenset(CUES["population_heads"])


def is_count(toks: list[Token], m: NumberMention) -> bool:
    n = len(toks)
    nxt = toks[m.j].low if m.j < n else ""
    if nxt in _NOT_COUNT_AFTER or (nxt == "may" and toks[m.j].text == "May"):
        return False  # "on 14 May": a date (the month, not the modal, is capitalised)
    if nxt in ("-", ":", "/", ".") and m.j + 1 < n:
        after = toks[m.j + 1].low
        if nxt == ":" or nxt == "/" or after in _NOT_COUNT_AFTER or after.startswith("year"):
            return False
    prev = toks[m.i - 1].low if m.i > 0 else ""
    before_q = toks[m.q - 1].low if m.q > 0 else ""
    if before_q == "of" and m.q >= 2 and toks[m.q - 2].low in _SETTLEMENTS:
        return False  # "Belgorod, a city of about 330,000 people": a population
    if prev == "," and nxt == "," and m.i >= 2 and toks[m.i - 2].low in PERSON_NOUNS:
        return False  # "a woman, 59, was hospitalised": an age
    if prev in ("and", ",") and _in_age_list(toks, m.i):
        return False  # "aged four and nine", "three children aged eight, 12 and 17"
    if prev == "/" or nxt == "/":
        return False  # "Kh-59/69", "24/7"
    if prev in (":", ".") and m.i >= 2 and toks[m.i - 2].low.isdigit() and toks[m.i - 2].end == toks[m.i - 1].start:
        return False  # a time: "08:20 BST - Drone strike in Deir al-Balah", "at 6.30"
    if m.i == m.q and prev in _NOT_COUNT_BEFORE and not (prev in ("a", "at", "by", "of", "from", "since")
                                                        and not toks[m.i].low[0].isdigit()):
        if prev not in ("at", "by", "of", "from", "since") or 1900 <= m.value <= 2100:
            return False
        if prev == "of":
            return True
        if prev == "at" and m.i >= 2 and toks[m.i - 2].low in _TOLL_AT:
            return True  # "put the toll at 38 killed", "the death toll stood at 12"
        return prev == "by" and m.i >= 2 and toks[m.i - 2].low in ATTACK_NOUNS  # "an attack by 12 drones"
    if 1900 <= m.value <= 2100 and toks[m.i].low.isdigit() and len(toks[m.i].low) == 4:
        return False  # a year
    if prev == "-" and m.i >= 2 and toks[m.i - 2].low.isalpha() and toks[m.i - 2].end == toks[m.i - 1].start:
        return False  # "Kh-101", "S-300" (not a dateline's "WAFA - Three citizens were killed")
    return True


_TOLL_AT = frozenset({"toll", "tally", "figure", "number", "stood", "stands", "stand", "remained", "remains"})


def _in_age_list(toks: list[Token], i: int) -> bool:
    """Token i is a later item of a list of ages ("aged eight, 12 and 17")."""
    x = i - 1
    while x > 0 and (toks[x].low in ("and", ",") or toks[x].low[0].isdigit() or toks[x].low in NUMBER_WORDS):
        x -= 1
    return toks[x].low in ("aged", "ages", "age")
