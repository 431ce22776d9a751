"""Stance cue words in a span of tokens (data/cues.json stance_*): a negated acceptance is a rejection
("would not accept", "stopped short of endorsing") or no stance ("has not accepted", "did not say whether
it would accept"); strong conditions ("only if", "provided", "in kind") beat a rejection, which beats weak
ones ("if", "must", "guarantees"), which beat an acceptance."""

from __future__ import annotations

from ..lexicon import CUES, _phrases
from ..text import Token
from .phrases import _ends_with, _match

_CF = CUES["ceasefire"]  # data/cues.json

# Stance cue classes, strongest first: (name, stance, rank). A party's stance is its highest-ranked cue.
_CUE_CLASSES = (
    ("strong", "conditional", 4, _phrases(CUES["stance_conditional"])),
    ("rejected", "rejected", 3, _phrases(CUES["stance_rejected"])),
    ("weak", "conditional", 2, _phrases(CUES["stance_conditional_weak"])),
    ("accepted", "accepted", 1, _phrases(CUES["stance_accepted"])),
)
_CUE_FIRST = frozenset(w for _, _, _, ph in _CUE_CLASSES for w in ph)
_REFUSAL = _phrases(_CF["refusal_negators"])
_MUST_NOT = _phrases(_CF["must_not_conditions"])
_NEGATORS = _phrases(["not", "n't", "never", "no longer"])
_PENDING = _phrases(_CF["pending_negators"])
_ASSERTION = _phrases(_CF["assertion_words"])
_DEMAND = _phrases(_CF["demand_words"])
_ONLY_NOT_CONDITION = frozenset(_CF["only_not_condition"])
_CONDITION_MET = frozenset(_CF["condition_met_verbs"])


def _cues(toks: list[Token], lows: list[str], start: int, end: int) -> list[tuple[int, str, int]]:
    """(token index, stance, rank) of the stance cues in toks[start:end]."""
    out: list[tuple[int, str, int]] = []
    x = start
    while x < end:
        w = lows[x]
        if w not in _CUE_FIRST:
            x += 1
            continue
        hit = None
        for name, stance, rank, table in _CUE_CLASSES:
            m = _match(lows, x, table)
            if not m:
                continue
            if _not_this_cue(name, w, lows, x, start):
                continue
            if name == "rejected" and _ends_with(lows, x, _NEGATORS, min(3, x - start)):
                break  # "has not ruled out", "did not reject": no stance
            if name == "accepted":
                lo = max(start, x - 4)
                if _ends_with(lows, x, _PENDING, x - lo):
                    break  # "has not accepted", "did not say whether it would accept": no stance
                if _ends_with(lows, x, _REFUSAL, min(3, x - lo)):
                    hit = (x, "rejected", 3)  # "would not accept", "stopped short of endorsing"
                    x += m
                    break
            hit = (x, stance, rank)
            x += m - 1
            break
        if hit:
            out.append(hit)
        x += 1
    return out


_CLAIM_NOUNS = frozenset({"claims", "claim", "reports", "report", "accusations", "allegations", "rumours", "rumors"})
_SAID_NO_ENDS = frozenset({"to", ".", ",", ";", ":", '"', "”", "'", "and", "but"})
_DEADLINE_NOUNS = frozenset({"days", "weeks", "hours", "time", "deadline", "ultimatum", "chance", "opportunity"})


def _not_this_cue(name: str, w: str, lows: list[str], x: int, start: int) -> bool:
    """A cue word of class `name` at x that is no cue of that class here."""
    if name == "accepted" and x >= 2 and lows[x - 1] == "to" and \
            (lows[x - 2] in _DEADLINE_NOUNS or x >= 3 and lows[x - 2] in ('"', "”", "'") and lows[x - 3] in _DEADLINE_NOUNS):
        return True  # "would give Putin 10 or 12 days to agree to a ceasefire": a deadline, no answer
    if name == "strong" and w in ("would", "will") and x + 2 < len(lows) and lows[x + 1] == "only" and \
            lows[x + 2] in _ONLY_NOT_CONDITION:
        return True  # "it would only give Kyiv time to rearm": a judgement, no condition
    if name == "strong" and w == "condition" and x + 1 < len(lows) and lows[x + 1] == "of":
        return True  # "on condition of anonymity"
    if name == "strong" and w == "but" and x + 2 < len(lows) and lows[x + 1] in ("insisted", "insists") and \
            lows[x + 2] == "that" and _asserts(lows, x + 3):
        return True  # "but insisted that the understanding had been worked out directly": a claim
    if name == "strong" and w in ("conditions", "condition") and _met(lows, x, start):
        return True  # "Israel has agreed to the necessary conditions to finalize the truce": an acceptance
    if name in ("strong", "weak") and x > 0 and lows[x - 1] in ("without", "no", "any", "free"):
        return True  # "without conditions", "no preconditions"
    if name == "weak" and w == "if" and x > 0 and lows[x - 1] in ("say", "said", "know", "asked", "as",
                                                                "even", "clear", "see", "unclear"):
        return True  # "did not say if" (whether), "as if", "even if": no condition
    if name == "weak" and w == "must" and (x == start or x + 1 < len(lows) and _match(lows, x + 1, _MUST_NOT)):
        return True  # "Russia must agree": a demand on the side named; "the truce must hold": no condition
    if name == "rejected" and not _CLAIM_NOUNS.isdisjoint(lows[x + 1:x + 5]):
        return True  # "dismissing Israeli claims of last-minute changes as baseless": a claim refused, not the deal
    if name == "rejected" and w in ("said", "says") and x + 2 < len(lows) and lows[x + 2] not in _SAID_NO_ENDS:
        return True  # "said no third-party mediation was involved": a claim, not "said no to the truce"
    # "unacceptable to Israel": Israel's rejection, not the speaker's
    return w == "unacceptable" and x + 1 < len(lows) and (lows[x + 1] in ("to", "for") or
                                                          lows[x + 1] in ('"', "”", "'") and
                                                          x + 2 < len(lows) and lows[x + 2] in ("to", "for"))


def _met(lows: list[str], x: int, start: int) -> bool:
    """The condition noun at x is the object of an acceptance ("agreed to the necessary conditions",
    "accepted the conditions"), with nothing but its determiners and modifiers between."""
    for y in range(x - 1, max(start, x - 5) - 1, -1):
        if lows[y] in _CONDITION_MET:
            return True
        if lows[y] in (",", ";", "but", "and", "with", "on", "under", "set", "sets", "its", "his", "their"):
            return False
    return False


def _asserts(lows: list[str], x: int) -> bool:
    """The clause from x states a fact ('the understanding had been worked out'), with no demand word."""
    span = range(x, min(len(lows), x + 10))
    return any(_match(lows, y, _ASSERTION) for y in span) and not any(_match(lows, y, _DEMAND) for y in span)
