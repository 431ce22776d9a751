"""Cheap article-level tests: a ceasefire gate word at all, and a ceasefire already in force (a violation)."""

from __future__ import annotations

import re

from ..lexicon import CUES

_SPECULATION = frozenset({"bet", "bets", "betting", "investors", "traders", "odds", "speculation", "priced",
                          "pricing", "markets", "warrants", "bonds", "prospects"})
_EXPLICIT = frozenset({"proposal", "proposed", "proposes", "propose", "proposing", "offer", "offered", "offers",
                       "plan", "initiative", "new", "declared", "declares", "announced", "announces", "agreed",
                       "agree", "accepted", "rejected", "dismissed", "welcomed", "refused", "backed",
                       "endorsed", "approved", "ordered"})
_GATE_WORDS = tuple(CUES["ceasefire_gate_words"])  # data/cues.json
_VIOLATION = re.compile(r"violat|breach|broke down|collapsed|accused each other", re.I)
_VIOLATION_STEMS = tuple(CUES["ceasefire_violation_stems"])  # data/cues.json
# The only characters that match a letter of _VIOLATION under re.I but do not lower-case to it.
_FOLD_ONLY = ("ı", "ſ")


def _mentions_violation(text: str, low_text: str) -> bool:
    """_VIOLATION.search(text), decided by substring tests on the lower-cased text (a case-insensitive
    regex scan of a whole article costs ~0.3 ms); the regex runs only if the text holds a dotless i or a
    long s, which re.I folds to i and s."""
    if any(c in low_text for c in _FOLD_ONLY):
        return bool(_VIOLATION.search(text))
    return any(w in low_text for w in _VIOLATION_STEMS)
