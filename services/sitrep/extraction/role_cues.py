"""The cue words around a count that give it its role: 'shot down 63', 'killing five', '63 were shot down',
'the death toll rose to 15'."""

from __future__ import annotations

from .lexicon import (
    ATTACK_NOUNS,
    AUX,
    CUES,
    HARM_AFTER,
    INJURED_AFTER,
    INJURED_BEFORE,
    INTERCEPT_AFTER,
    INTERCEPT_BEFORE,
    KILLED_AFTER,
    KILLED_BEFORE,
    LAUNCH_AFTER,
    LAUNCH_BEFORE,
    LOST_AFTER,
    PERSON_NOUNS,
    TOLL_VERBS,
    TOLL_WORDS,
)
from .noun_phrases import noun_phrase
from .numbers import NUMBER_WORDS, NumberMention
from .text import Token
from .weapons import weapon_word

_BEFORE_SKIP = frozenset(CUES["before_skip"])  # data/cues.json
_KILLED_PHRASES = tuple(tuple(p.split()) for p in CUES["killed_after"] if " " in p)
_KILLED_PHRASE_FIRST = frozenset(p[0] for p in _KILLED_PHRASES)


def skip_after(toks: list[Token], y: int) -> int:
    n = len(toks)
    while y < n:
        low = toks[y].low
        if low in AUX or low in ("\"", "“", "”", "'", "not") or (low.endswith("ly") and len(low) > 4):
            y += 1
        elif low == "," and y + 1 < n and toks[y + 1].low in ("was", "were") and y > 0:
            y += 1  # "a 57-year-old woman, was killed"
        elif low == ",":  # ", including four children,", ", most of them children," then the verb
            z = y + 1
            while z < n and toks[z].low != "," and z < y + 14:
                z += 1
            if z + 1 >= n or toks[z].low != "," or not (toks[z + 1].low in AUX or toks[z + 1].low in KILLED_AFTER
                                                      or toks[z + 1].low in INJURED_AFTER):
                return y
            y = z + 1
        elif low in ("aged", "ages") and y + 1 < n and (toks[y + 1].low[0].isdigit() or toks[y + 1].low in NUMBER_WORDS):
            y += 1  # "three children aged eight, 12 and 17 were killed"
            while y < n and (toks[y].low[0].isdigit() or toks[y].low in NUMBER_WORDS or
                             toks[y].low in ("and", ",") and y + 1 < n and
                             (toks[y + 1].low[0].isdigit() or toks[y + 1].low in NUMBER_WORDS)):
                y += 1
        elif low in ("who", "that") and y + 1 < n and toks[y + 1].low in _RELATIVE_AUX:
            return _past_relative(toks, y)  # "Two women who were in the car sustained shrapnel wounds"
        else:
            break
    return y


_PP_HEADS = frozenset(CUES["pp_heads"])  # data/cues.json


def _past_place_phrase(toks: list[Token], y: int) -> int:
    """The index after a short prepositional phrase ('in nearby tents') that an auxiliary or harm verb
    follows, else y."""
    for z in range(y + 1, min(len(toks), y + 9)):  # "two employees of an industrial enterprise in Novomoskovsk"
        low = toks[z].low
        if low in (",", ";", ".", ":") or low[0].isdigit() or low in NUMBER_WORDS or low in _SPEECH:
            return y  # ("a health worker at the hospital said five wounded people ...": another count's harm)
        if low in AUX or low in _HARM_VERBS:
            return z
    return y


_RELATIVE_AUX = frozenset(CUES["relative_aux"])  # data/cues.json
_HARM_VERBS = HARM_AFTER | {"suffered", "sustained", "received"}
REACHED = frozenset({"reached", "reaches", "topped", "exceeded", "passed", "surpassed"})
_SPEECH = frozenset({"said", "says", "told", "added", "reported"})


def _past_relative(toks: list[Token], y: int) -> int:
    """The harm verb after a short relative clause (within the same clause), else y."""
    for z in range(y + 2, min(len(toks), y + 10)):
        low = toks[z].low
        if low in (",", ";", ".", ":"):
            break
        if low in _HARM_VERBS:
            return z
    return y


def _before(toks: list[Token], q: int) -> int:
    x = q - 1
    while x >= 0 and toks[x].low in _BEFORE_SKIP and x > q - 5:
        x -= 1
    if x >= 3 and toks[x].low in ("warfare", "means") and toks[x - 1].low == "electronic" and \
            toks[x - 2].low in ("with", "by", "using"):
        x -= 3  # "shot down or suppressed with electronic warfare 118 of the drones": the verb before the means
    return x


_TALLY_LABELS = {"killed": "killed", "dead": "killed", "deaths": "killed", "injured": "injured",
                 "wounded": "injured", "injuries": "injured"}


def casualty_cue(toks: list[Token], first: int, last: int) -> tuple[str | None, int]:
    n = len(toks)
    for y in range(first + 1, min(last, n - 1)):
        if toks[y].low in ("wounded", "injured") and toks[y + 1].low in PERSON_NOUNS:
            return "injured", y  # "more than 30 wounded people had been admitted": the harm as the adjective
    x = _before(toks, first)
    if x >= 0:
        low = toks[x].low
        if low in KILLED_BEFORE:
            return "killed", x
        if x >= 1 and (low == "dead" and toks[x - 1].low in ("shot", "shooting") or
                       low == "down" and toks[x - 1].low in ("gunned", "gunning")):
            return "killed", x  # "gunmen shot dead nine passengers", "gunned down two" (not "shot down 72")
        if low in INJURED_BEFORE:
            return "injured", x
        if low in _NEUTRALISED and _names_people(toks, first, last):
            return "killed", x  # "eliminated 16 terrorists"
        if low == "of" and x >= 1 and toks[x - 1].low in ("lives", "life"):
            return "killed", x
        if low in ("lives", "life") and _TAKER.intersection(t.low for t in toks[max(0, x - 3):x]):
            return "killed", x  # "claimed the lives of 11 members of one family"
        if low in (":", "–", "—") and x >= 1 and toks[x - 1].low in _TALLY_LABELS and (x < 2 or toks[x - 2].low in
                                                                                     (".", ",", ";")):
            return _TALLY_LABELS[toks[x - 1].low], x  # a summary line: "Killed: 1. Injured: 4."
        if low == "to" and x >= 1 and toks[x - 1].low not in TOLL_VERBS and raising_the_toll(toks, x):
            return "killed", x  # "raising the death toll from the missile strike on the city to seven"
        if low in ("to", "at") and x >= 1 and (toks[x - 1].low in TOLL_VERBS or toks[x - 1].low == "toll") or \
                low in REACHED and x >= 2:  # "the number of injured in the capital has reached 41"
            for z in range(x - 1, max(-1, x - 26), -1):
                zl = toks[z].low
                if zl in ("injured", "wounded", "injuries"):
                    return "injured", z
                if zl in TOLL_WORDS or zl in ("killed", "dead", "deaths", "fatalities"):
                    if zl == "number" or zl == "death" or zl == "toll" or zl in ("killed", "dead", "deaths"):
                        if zl != "number" or any(t.low in ("killed", "dead", "died") for t in toks[z:x]):
                            return "killed", z
    y = skip_after(toks, last)
    if y < n and (toks[y].low in _PP_HEADS and (toks[y].low != "of" or toks[y - 1].low in PERSON_NOUNS) or
                  toks[y].low.endswith("ing") and len(toks[y].low) > 5):  # "of" after a noun: "employees of a plant"
        y = skip_after(toks, _past_place_phrase(toks, y))  # "eight other people in nearby tents were wounded",
        # "12 drivers and soldiers escorting the convoy were killed"
    if y < n:
        low = toks[y].low
        if toks[y - 1].low == "not" and y > last:
            return None, -1
        if low in KILLED_AFTER:
            if y + 2 < n and toks[y + 1].low in ("and", "or") and toks[y + 2].low in ("wounded", "injured"):
                return None, -1  # "950 troops killed and wounded": one figure for both, neither toll
            return "killed", y
        if low in _KILLED_PHRASE_FIRST and any(tuple(t.low for t in toks[y:y + len(p)]) == p for p in _KILLED_PHRASES):
            return "killed", y  # "12 terrorists were sent to hell", "three soldiers embraced shahadat"
        if y + 1 < n and (low == "shot" and toks[y + 1].low == "dead" or low == "gunned" and toks[y + 1].low == "down"):
            return "killed", y  # "nine passengers were shot dead", "were gunned down"
        if low in INJURED_AFTER:
            return "injured", y
        if low in _NEUTRALISED and _names_people(toks, first, last):
            return "killed", y  # "14 assailants had been neutralised"
        if low == "lost" and y + 2 < n and toks[y + 2].low in ("lives", "life"):
            return "killed", y
        if low == "lives" and x >= 0 and toks[x].low in _TAKER:
            return "killed", x  # "the strike claimed 11 lives"
        if low == "treated" and y + 2 < n and toks[y + 1].low == "for" and \
                toks[y + 2].low.startswith(("injur", "wound", "shrapnel", "burn")):
            return "injured", y  # "40 people were treated for injuries"
        if low in ("suffered", "sustained", "received") and y + 1 < n:
            if toks[y + 1].low == "fatal":
                return "killed", y
            if any(t.low.startswith(("injur", "wound", "burn", "shrapnel", "concussion", "trauma"))
                   for t in toks[y + 1:y + 4]):
                return "injured", y
        if low in ("among", "were") and any(t.low == "dead" for t in toks[y:y + 4]):
            return "killed", y
    return None, -1


def _names_people(toks: list[Token], first: int, last: int) -> bool:
    """The phrase of the count ends on a person noun ("14 assailants"), not a weapon or a bare number."""
    return last - 1 > first and toks[last - 1].low in PERSON_NOUNS


_NEUTRALISED = frozenset(CUES["neutralised_people"])  # data/cues.json
_RAISING = frozenset(CUES["raising_words"])  # data/cues.json
_TAKER = frozenset(CUES["lives_takers"])  # data/cues.json


def raising_the_toll(toks: list[Token], x: int) -> bool:
    """'raising the death toll from ... to N' (within the clause): a killed count, the toll after the update."""
    for z in range(x - 1, max(1, x - 20), -1):
        low = toks[z].low
        if low in (".", ";", ":"):
            return False
        if low == "toll" and toks[z - 1].low in ("death", "the") and \
                any(toks[w].low in _RAISING for w in range(max(0, z - 5), z)):  # ("bringing the day's death toll")
            return not any(t.low in ("injured", "wounded", "injuries") for t in toks[z - 3:z])
        if low in ("dead", "killed", "deaths", "fatalities") and z >= 3 and toks[z - 1].low == "of" and \
                toks[z - 2].low == "number" and any(toks[w].low in _RAISING for w in range(max(0, z - 5), z - 2)):
            return True  # "bringing the number of dead to three"
    return False


def weapon_cue(toks: list[Token], first: int, last: int) -> tuple[str | None, int]:
    n = len(toks)
    last = _past_other_kinds(toks, last)
    x = _before(toks, first)
    if x >= 0:
        low = toks[x].low
        if low in INTERCEPT_BEFORE and not (low == "down" and x >= 1 and toks[x - 1].low not in
                                            ("shot", "brought", "shooting", "shoots", "shoot", "bringing")):
            return ("intercepted" if not (x >= 1 and toks[x - 1].low == "not") else "lost"), x
        if low in LAUNCH_BEFORE and not (low == "with" and _intercepted_after(toks, last)):
            return "launched", x  # (not "..., with 48 of the drones shot down")
        if low == "by" and _repelled_attack(toks, x):
            return "intercepted", x
        if low == "by" and x >= 1 and toks[x - 1].low in ("hits", "impacts"):
            return "lost", x  # "Hits by one ballistic missile and 24 attack drones were recorded": what hit, not launched
    y = skip_after(toks, last)
    if y < n:
        low = toks[y].low
        negated = y > last and toks[y - 1].low == "not"
        if low in INTERCEPT_AFTER and not negated:
            return "intercepted", y
        if low in LOST_AFTER or (negated and low in INTERCEPT_AFTER):
            return "lost", y
        if low in LAUNCH_AFTER and low not in ("were", "was"):
            if low in ("hit", "struck", "reached") and _names_targets(toks, y + 1):
                return "lost", y  # "10 missiles and drones hit targets": hits, neither launched nor downed
            return "launched", y
    for z in range(last, min(last + 9, n)):  # "the three drones heading for the city had been shot down"
        low = toks[z].low
        if low in (",", ";", ".", "and", "but", "while"):
            break
        if low in INTERCEPT_AFTER and z > 0 and toks[z - 1].low in ("been", "were", "was"):
            return "intercepted", z
    return None, -1


def _past_other_kinds(toks: list[Token], last: int) -> int:
    """'61 Shahed attack UAVs and other types of drones were shot down': one figure for both, its cue after
    the second noun (the end of that noun), else `last`."""
    if last + 2 >= len(toks) or toks[last].low != "and" or toks[last + 1].low not in ("other", "another"):
        return last
    for z in range(last + 2, min(last + 7, len(toks))):
        if weapon_word(toks, z):
            return z + 1
    return last


def _names_targets(toks: list[Token], z: int) -> bool:
    """'(hit) targets', '(struck) their targets', '(reached) the intended target'."""
    while z < len(toks) and toks[z].low in ("the", "their", "its", "intended", "designated", "assigned"):
        z += 1
    return z < len(toks) and toks[z].low in ("target", "targets")


_REPELLED = frozenset(CUES["repelled_words"])  # data/cues.json


def _repelled_attack(toks: list[Token], by: int) -> bool:
    """'air defences repelled an attack by 12 drones': the drones were intercepted."""
    return by >= 2 and toks[by - 1].low in ATTACK_NOUNS and \
        any(t.low in _REPELLED for t in toks[max(0, by - 5):by - 1])


def _intercepted_after(toks: list[Token], last: int) -> bool:
    y = skip_after(toks, last)
    return y < len(toks) and toks[y].low in INTERCEPT_AFTER


def shared_cue(toks: list[Token], nums: list[NumberMention], p: int, end: int) -> tuple[str | None, int]:
    """'five missiles and 30 drones were downed': a weapon count joined by 'and' to the next one shares the
    interception verb that follows it."""
    if p + 1 >= len(nums) or end >= len(toks) or toks[end].low != "and" or nums[p + 1].q != end + 1:
        return None, -1
    nxt = nums[p + 1]
    start = nxt.j
    if start + 1 < len(toks) and toks[start].low == "of":  # "four of the missiles and 70 of the drones"
        start += 2 if toks[start + 1].low in ("the", "these", "those") else 1
    kind, _, nxt_end = noun_phrase(toks, start)
    if kind != "weapon":
        return None, -1
    role, cue = weapon_cue(toks, nxt.q, nxt_end)
    return (role, cue) if role in ("intercepted", "lost") else (None, -1)

