"""Interceptions a sentence states without a count: 'It was not intercepted' (0), 'the missile was shot down' (1)."""

from __future__ import annotations

import re

from .records import Role
from .text import Token
from .weapons import sentence_weapons

_NOT_INTERCEPTED = re.compile(r"\b(?:(?:was|were) not|(?:neither|none) of (?:the|them|these|those)\b[^.;]{0,60}?"
                              r"\b(?:was|were)) (?:intercepted|shot down|downed)\b")
_NOT_WORDS = frozenset({"not", "neither", "none"})
_ONE_INTERCEPTED = re.compile(r"\b(it|which|that|\w+)\s+(?:was|had been)\s+(?:successfully\s+)?"
                              r"(?:intercepted|shot down|downed)\b")
# "a missile at Israel, which the military said it intercepted": the clause's speaker says so
_SAID_INTERCEPTED = re.compile(r"\b(?:which|that)\s+(?:[\w'-]+\s+){1,5}?said\s+(?:it|they)\s+(?:had\s+)?"
                               r"(?:successfully\s+)?(?:intercepted|shot down|downed)\b")
_INTERCEPT_WORDS = frozenset({"intercepted", "shot", "downed"})


def interception_roles(toks: list[Token], lows: list[str], words: set[str], low: str, start: int,
                       roles: list[Role], last_weapon: str | None) -> list[Role]:
    """The roles to add for a stated (non-)interception, given the sentence's `roles` so far."""
    if not words.isdisjoint(_NOT_WORDS) and _NOT_INTERCEPTED.search(low):  # "It was not intercepted."
        cut_at = _NOT_INTERCEPTED.search(low).end() + start  # "Neither of the missiles was ..." names it
        named = [c for k, c in sentence_weapons(toks, lows) if toks[k].start < cut_at]
        weapon = named[-1] if named else last_weapon
        return [Role("intercepted", 0, "exact", False, weapon, 0, 0, -1)] if weapon else []
    if not words.isdisjoint(_INTERCEPT_WORDS) and not any(r.role == "intercepted" for r in roles):
        return _one_intercepted(toks, low, roles, last_weapon)
    return []


def _one_intercepted(toks: list[Token], low: str, roles: list[Role], last_weapon: str | None) -> list[Role]:
    """'A Houthi missile fired at Israel was intercepted', 'It was shot down': one weapon, intercepted."""
    m = _ONE_INTERCEPTED.search(low)
    one = next((r for r in roles if r.role == "launched" and r.value == 1 and r.weapon), None)
    if not m:
        if one and _SAID_INTERCEPTED.search(low):
            return [Role("intercepted", 1, "exact", False, one.weapon, 0, 0, -1)]
        return []
    if one:
        return [Role("intercepted", 1, "exact", False, one.weapon, 0, 0, -1)]
    if m.group(1) in ("it", "which", "that") and last_weapon and not roles:
        return [Role("intercepted", 1, "exact", False, last_weapon, 0, 0, -1)]
    if m.group(1) in _ONE_WEAPON and low[max(0, m.start() - 4):m.start()] == "the " and not roles:
        return [Role("intercepted", 1, "exact", False, _ONE_WEAPON[m.group(1)], 0, 0, -1)]  # "the missile was ..."
    return []


_ONE_WEAPON = {"missile": "missile", "drone": "drone", "rocket": "rocket", "uav": "drone"}

