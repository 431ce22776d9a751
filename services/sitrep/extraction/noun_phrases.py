"""The noun phrase after a number: weapons ("137 Russian drones"), people, households, or nothing named."""

from __future__ import annotations

from .lexicon import (
    ATTACK_NOUNS,
    AUX,
    CUES,
    HOUSEHOLDS,
    INTERCEPT_AFTER,
    LAUNCH_AFTER,
    MAKER_WORDS,
    MIXED_PHRASES,
    PERSON_NOUNS,
    PERSON_SINGULAR,
)
from .text import Token
from .weapons import NOT_PROJECTILE, weapon_word

_PUNCT_STOP = frozenset(",;:.()[]\"“”!?—–")
# Person nouns that are the harm or a quantity, not who was harmed ("five dead", "ten more"); a phrase of
# people does not start or go on with them
_HARMED_HEADS = frozenset({"dead", "injured", "wounded", "more"})
_NOT_A_HEAD = _HARMED_HEADS | {"others"}
_PREP_STOP = frozenset(CUES["prep_stop"])  # data/cues.json
_DRONE_ROLES = frozenset(CUES["drone_roles"])  # data/cues.json


def noun_phrase(toks: list[Token], s: int) -> tuple[str, str | None, int]:
    """Kind ('weapon' | 'person' | 'household' | 'bare'), weapon class, end index of the phrase."""
    n = len(toks)
    weapon = None
    x, stop = s - 1, min(s + 6, n)
    while x + 1 < stop:
        x += 1
        skip = maker_end(toks, x)
        if skip > x:  # "six U.S.-made ATACMS missiles": read past the maker
            stop, x = min(stop + skip - x, n), skip - 1
            continue
        tok = toks[x]
        low = tok.low
        if low in _PUNCT_STOP or low[0].isdigit():
            break
        if low in MIXED_PHRASES:  # "117 means of air attack": one count over every class
            for phrase in MIXED_PHRASES[low]:
                if [t.low for t in toks[x:x + len(phrase)]] == phrase:
                    return "weapon", "mixed", x + len(phrase)
        cls = weapon_word(toks, x)
        if cls:
            y = x + (2 if (low, toks[x + 1].low if x + 1 < n else "") in _PAIRS else 1)
            while y < min(x + 4, n) and (weapon_word(toks, y, modifiers=True) or toks[y].low in _NP_FILLER):
                y += 1  # "Kh-101 cruise missiles", "HIMARS multiple rocket launchers"
            if y < n and toks[y].low in NOT_PROJECTILE:
                return "other", None, y + 1
            other, z = _second_weapon(toks, y)
            if other and other != cls:
                return "weapon", "mixed", z  # "215 missiles and drones": one count over two classes
            if y < n and toks[y].low in ("a", "per", "each", "every") and y + 1 < n and \
                    toks[y + 1].low in ("day", "month", "night", "week", "year"):
                return "other", None, y + 2  # a production or usage rate, not an attack
            return "weapon", cls, y
        if weapon is None:
            weapon = weapon_word(toks, x, modifiers=True)
        if low == "more" and x == s and any(t.low in PERSON_NOUNS for t in toks[x + 2:x + 4]):
            continue  # "six more aid seekers": the people come after a modifier
        if low in PERSON_NOUNS and low not in _HARMED_HEADS or \
                (low in ("more", "others") and x == s):
            kind = "household" if low in HOUSEHOLDS and low not in ("people", "residents", "families") else "person"
            y = x + 1
            while y < n and toks[y].low in PERSON_NOUNS and toks[y].low not in _NOT_A_HEAD:
                y += 1  # "crew members", "police officers"
            while y + 1 < n and toks[y].low in ("and", "or") and toks[y + 1].low in PERSON_NOUNS and \
                    toks[y + 1].low not in _NOT_A_HEAD:
                y += 2  # "50 soldiers and civilians", "30 women and children": one count
            if y + 2 < n and toks[y].low == "and" and toks[y + 1].low in ("their", "his", "her") and \
                    toks[y + 2].low in PERSON_NOUNS and toks[y + 2].low not in PERSON_SINGULAR:
                y += 3  # "460 patients and their companions": one count
            if y + 2 < n and toks[y].low == "of" and toks[y + 1].low in ("one", "a", "the", "his", "her", "their") \
                    and "family" in (toks[y + 2].low, toks[y + 3].low if y + 3 < n else ""):
                y += 3 if toks[y + 2].low == "family" else 4  # "nine members of one family", "of the same family"
            return kind, None, y
        if low in HOUSEHOLDS:
            return "household", None, x + 1
        if low == "other" and x + 1 < n and toks[x + 1].low in PERSON_NOUNS:
            continue  # "three other people": a modifier here, though an auxiliary-like word after a count
        if low in ("and", "or") and x > s and toks[x - 1].low in _DRONE_ROLES and x + 1 < n and \
                toks[x + 1].low in _DRONE_ROLES:
            continue  # "108 attack and decoy drones": two roles of one weapon
        if low in _PREP_STOP or low in AUX or low in LAUNCH_AFTER or low in INTERCEPT_AFTER:
            break
    if weapon:
        return "weapon", weapon, s + 1
    return "bare", None, s




def maker_end(toks: list[Token], x: int) -> int:
    """End index of a maker phrase at x ("U.S.-made", "-supplied"), else x."""
    n = len(toks)
    y = x
    while y + 1 < n and len(toks[y].text) == 1 and toks[y].text.isupper() and toks[y + 1].text == ".":
        y += 2  # initials: "U . S ."
    if y + 1 < n and toks[y].text == "-" and toks[y + 1].low in MAKER_WORDS:
        return y + 2
    return x


def _second_weapon(toks: list[Token], y: int) -> tuple[str | None, int]:
    """'and drones' / 'or cruise missiles' right after a weapon phrase: its class and end index."""
    n = len(toks)
    if y + 1 >= n or toks[y].low not in ("and", "or", "/"):
        return None, y
    cls = weapon_word(toks, y + 1, modifiers=True)
    if not cls:
        return None, y
    z = y + 2
    while z < min(y + 5, n) and toks[z].low not in ATTACK_NOUNS and \
            (weapon_word(toks, z, modifiers=True) or toks[z].low in _NP_FILLER):
        z += 1
    if z < n and toks[z].low in ATTACK_NOUNS:
        return None, y  # "a missile and drone attack": the weapons name the attack, they are no count
    return cls, z


_NP_FILLER = frozenset(CUES["np_filler"])  # data/cues.json
_PAIRS = frozenset(tuple(p.split()) for p in CUES["weapon_pairs"])

