"""People counted without a figure or in a list: 'a man' = 1, 'two children and a woman' = 3, and the
wounded who later died."""

from __future__ import annotations

from . import places
from .lexicon import (
    ATTACK_NOUNS,
    AUX,
    CUES,
    HARM_AFTER,
    HARM_BEFORE,
    INJURED_AFTER,
    KILLED_AFTER,
    LAUNCH_BEFORE,
    PERSON_SINGULAR,
)
from .noun_phrases import noun_phrase
from .numbers import NUMBER_WORDS, NumberMention
from .records import Role
from .text import Token, lows_of, positions
from .weapons import weapon_word

_SINGLE_WEAPONS = frozenset(CUES["single_weapons"])  # data/cues.json
# Classes air defences count one by one ("fired a missile" = 1); "conducted an airstrike", "dropped a bomb" or
# "a shell hit" are no launched counts.
_COUNTED_SINGLY = frozenset({"missile", "drone", "rocket"})
_SINGULAR_DETERMINERS = frozenset(CUES["singular_determiners"])  # data/cues.json
_COLLECTIVE = frozenset(CUES["collective_nouns"])
_HARMED_STATES = frozenset(CUES["harmed_states"])
_PHRASE_BREAKS = frozenset({"a", "an", "the", "with", "of", "at", "on", "in", "by", "from", "for", "to", "and"})


def singular_mentions(toks: list[Token]) -> list[NumberMention]:
    """'a man', 'an elderly woman', 'a 70-year-old woman' = 1; 'fired a missile' = 1 (number mentions whose
    j is the noun, so the noun phrase is read as usual)."""
    out = []
    n = len(toks)
    for k in positions(lows_of(toks), _SINGULAR_DETERMINERS):
        if k >= n - 1:
            break
        det = toks[k].low
        if toks[k + 1].low == "couple" and det in ("a", "the") and (k + 2 >= n or toks[k + 2].low != "of"):
            out.append(NumberMention(k, k, k + 1, 2, "exact"))  # "killed a couple and their two children"
            continue  # (not "a couple of drones")
        if det == "another" and toks[k + 1].low in _HARMED_STATES:
            out.append(NumberMention(k, k, k + 1, 1, "exact"))  # "one dead and another injured"
            continue
        if det == "another" and k > 0 and toks[k - 1].low in HARM_BEFORE and not toks[k + 1].text[:1].isalnum():
            out.append(NumberMention(k, k, k + 1, 1, "exact"))  # "killing one civilian and injuring another"
            continue
        if det == "the" and (toks[k + 1].low not in PERSON_SINGULAR or k == 0 or toks[k - 1].low not in HARM_BEFORE):
            continue  # only "killing the driver": a definite person harmed is one
        if toks[k + 1].low in _COLLECTIVE:
            continue  # "a barrage of ballistic missiles": not one
        if det == "another" and (toks[k + 1].low.isdigit() or toks[k + 1].low in NUMBER_WORDS) and \
                (k + 2 >= n or toks[k + 2].low != "-"):
            continue  # "another 20 drones hit targets": twenty, not one
        if det in ("his", "her", "their", "its") and toks[_past_age(toks, k + 1)].low not in PERSON_SINGULAR:
            continue  # "wounded her husband", "her 7-year-old son" are one person; "her home" is nobody
        for x in range(k + 1, min(k + 6, n)):
            low = toks[x].low
            if low[0].isdigit() and not (x + 1 < n and toks[x + 1].low == "-"):
                break  # "launched a combined 441 drones and missiles": the figure, not one (not "a 70-year-old")
            if low in PERSON_SINGULAR or _demonym_person(toks, x) or \
                    (low in _SINGLE_WEAPONS or weapon_word(toks, x) in _COUNTED_SINGLY) \
                    and not _modifies_an_attack(toks, x) \
                    and (k > 0 and toks[k - 1].low in LAUNCH_BEFORE or toks[k].low == "another" or
                         k > 1 and toks[k - 1].low == "and" and weapon_word(toks, k - 2) or
                         x + 1 < n and toks[x + 1].low in ("fired", "launched") or
                         x + 2 < n and toks[x + 1].low in ("was", "is") and toks[x + 2].low in ("fired", "launched")):
                out.append(NumberMention(k, k, x, 1, "exact"))
                break
            if not (low.isalpha() or low in ("-",) or low[0].isdigit() or low.startswith("year") or
                    low.endswith("-old")) or \
                    low in AUX or low in KILLED_AFTER or low in INJURED_AFTER or low in _PHRASE_BREAKS:
                break  # ("a minibus with an FPV drone": the drone is the next phrase's, counted once)
    return out




def _demonym_person(toks: list[Token], x: int) -> bool:
    """'shot dead a 17-year-old Palestinian during a raid': a demonym as the head noun, one person (not
    'a Palestinian man', whose noun comes next, nor 'a Russian drone')."""
    if not toks[x].text[:1].isupper() or places.country_by_demonym(toks[x].text) is None:
        return False
    nxt = toks[x + 1] if x + 1 < len(toks) else None
    return nxt is None or not nxt.text[:1].isalnum() or nxt.low in _AFTER_HEAD


_AFTER_HEAD = frozenset(CUES["demonym_head_followers"])  # data/cues.json


def _modifies_an_attack(toks: list[Token], x: int) -> bool:
    """'launched a combined drone and missile attack', 'a drone strike': the weapon names the attack's kind."""
    for y in range(x + 1, min(x + 4, len(toks))):
        low = toks[y].low
        if low in ATTACK_NOUNS:
            return True
        if not (low == "and" or weapon_word(toks, y, modifiers=True)):
            return False
    return False


def _past_age(toks: list[Token], k: int) -> int:
    """The index after an age ("7-year-old", "7 - year-old", "three-month-old") at k, else k (always a valid
    index)."""
    n = len(toks)
    if k + 2 < n and toks[k].low[0].isdigit() and toks[k + 1].low == "-" and toks[k + 2].low.startswith("year"):
        return min(k + 3, n - 1)
    if k + 1 < n and toks[k].low.endswith(("-year-old", "-month-old", "-week-old", "-day-old")):
        return k + 1
    return k


def person_chain(toks: list[Token], nums: list[NumberMention], p: int, m: NumberMention, end: int,
           consumed: set[int]) -> tuple[int, int]:
    """Sum a list of person phrases: 'two children and a woman' = 3; 'a family of four, a father, a mother and
    their two sons' = 4 (the list after the comma spells the four out)."""
    total = m.value
    apposition = end < len(toks) and toks[end].low == ","
    prefixed = m.q > 0 and (toks[m.q - 1].low in HARM_BEFORE or toks[m.q - 1].low in ("were", "was"))
    q = p + 1
    end = _past_of_phrase(toks, end)
    while q < len(nums) and end < len(toks) and toks[end].low in ("and", ","):
        nxt = nums[q]
        gap = nxt.q - end - 1  # "a woman and her two sons"
        if not (gap == 0 or gap == 1 and toks[end + 1].low in ("her", "his", "their", "its", "the", "and") or
                gap == 2 and toks[end + 1].low == "and" and toks[end + 2].low in ("her", "his", "their", "the")):
            break  # "a woman and her two sons", "a man, a woman, and two children"
        kind, _, e2 = noun_phrase(toks, nxt.j)
        if kind != "person":
            break
        if prefixed and e2 + 1 < len(toks) and toks[e2].low in AUX and toks[e2 + 1].low in HARM_AFTER:
            break  # "Among the dead were four children, and 27 people were hospitalised": two figures
        if toks[end].low == "," and toks[nxt.i].low in ("a", "an") and not _list_goes_on(toks, e2):
            break  # "One civilian, a 57-year-old woman, was killed" names one person twice; not "a father, a mother and"
        total += nxt.value
        consumed.add(q)
        end, q = _past_of_phrase(toks, e2), q + 1
    if apposition and total == 2 * m.value:
        total = m.value
    return total, end




def _past_of_phrase(toks: list[Token], end: int) -> int:
    """'a senior commander of the Iran-backed militia Kataib Hezbollah and two other people': the 'and' after
    the person's 'of' phrase (of words only, eight at most), else `end`."""
    if end >= len(toks) or toks[end].low != "of":
        return end
    for y in range(end + 1, min(end + 9, len(toks))):
        low = toks[y].low
        if low == "and":
            return y
        if not (low.replace("-", "").isalpha() or low in ("'s", "’s")) or low in AUX or low in HARM_AFTER:
            break
    return end


def _list_goes_on(toks: list[Token], e: int) -> bool:
    """After 'a father, a mother' comes 'and ...' or ', and ...' (a list), not ', was killed' (an apposition)."""
    n = len(toks)
    if e < n and toks[e].low == "and":
        return True
    return e + 1 < n and toks[e].low == "," and toks[e + 1].low not in AUX and toks[e + 1].low not in KILLED_AFTER \
        and toks[e + 1].low not in INJURED_AFTER and toks[e + 1].low not in ("who", "which", "said")


_DIED = frozenset(CUES["died_words"])  # data/cues.json


def died_of_wounds(toks: list[Token], roles: list[Role]) -> list[Role]:
    """'A man wounded in the shelling succumbed to his injuries': killed, not injured; and with an updated
    toll in the same sentence ('... died in hospital, raising the death toll to four') the toll has them."""
    toll = any(r.role == "killed" for r in roles)
    out = []
    for r in roles:
        died = r.role == "injured" and r.cue == r.last and _dies_after(toks, r.cue)  # "a woman injured in ..."
        if not died:
            out.append(r)
        elif not toll:
            out.append(Role("killed", r.value, r.qualifier, r.vague, r.weapon, r.first, r.last, r.cue))
    return out


def _dies_after(toks: list[Token], k: int) -> bool:
    for x in range(k + 1, min(k + 15, len(toks))):
        low = toks[x].low
        if low in (",", ";", ".", "and", "but"):
            return False
        if low in _DIED:
            return True
    return False

