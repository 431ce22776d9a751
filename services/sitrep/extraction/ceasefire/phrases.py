"""Matching multi-word phrase tables (built by lexicon._phrases) over lower-cased tokens, and where a
mention's own noun phrase ends."""

from __future__ import annotations

from ..lexicon import CUES

_CF = CUES["ceasefire"]  # data/cues.json

_BOUNDARY = frozenset(_CF["scope_boundaries"])


def _match(lows: list[str], x: int, table: dict[str, list[tuple[str, ...]]]) -> int:
    """Length of the longest phrase of `table` starting at lows[x], or 0."""
    for phrase in table.get(lows[x], ()):
        if tuple(lows[x:x + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _ends_with(lows: list[str], end: int, table: dict[str, list[tuple[str, ...]]], span: int = 4) -> bool:
    """A phrase of `table` ends within the `span` words before index `end`."""
    for x in range(max(0, end - span), end):
        m = _match(lows, x, table)
        if m and x + m <= end:
            return True
    return False
