"""The warring parties of a proposal: "between X and Y", "the Israel-Iran ceasefire", else the sides named
(pairs in data/actors.json), a mediator excluded; a state and its own armed group (Sudan and the RSF) are
one internal party."""

from __future__ import annotations

from ..lexicon import CONFLICT_PAIRS, MEDIATORS
from ..text import Token
from .entities import Entity


def _explicit_parties(toks: list[Token], ents: list[Entity], k: int) -> list[str] | None:
    """'a ceasefire between the US and Yemen's Houthis', 'the Israel-Iran ceasefire', 'X and Y agreed'."""
    lows = [t.low for t in toks]
    for x in range(max(0, k - 3), min(len(toks), k + 14)):
        if lows[x] == "between":
            sides = [e for e in ents if x < e.k <= x + 12 and not e.backer]
            if len(sides) >= 2 and any(lows[y] == "and" for y in range(sides[0].k, sides[1].k)):
                return sorted({sides[0].code, sides[1].code})
            break
    if k >= 1:
        pair = [e for e in ents if e.k in (k - 1, k - 2) and "-" in e.text]
        if len(pair) >= 2:
            return sorted({e.code for e in pair})
    return None


def _parties(ents: list[Entity], proposer: str | None, named: set[str] = frozenset()) -> list[str]:
    """Warring sides named: a known pair if both are named, else the sides named other than the proposer
    and the mediators, else the pair of the one side named (a mediator such as the US or Qatar is no party
    unless it is the only side named); a state and its own armed group only: that country."""
    ents = [e for e in ents if not e.backer]
    codes = [e.code for e in ents]
    found = set(codes)
    parties: set[str] = set()
    pairs = [(a, b) for a, b in CONFLICT_PAIRS if a in found and b in found]
    if len(pairs) > 1 and proposer in MEDIATORS:
        pairs = [p for p in pairs if proposer not in p] or pairs  # the US brokering between Israel and Iran
    for a, b in pairs:
        parties |= {a, b}
    if parties:
        return sorted(parties)
    order = [c for c in codes if c != proposer and c not in MEDIATORS] or \
        [c for c in codes if c not in MEDIATORS]
    distinct = list(dict.fromkeys(order))
    if len(distinct) >= 2:
        return sorted(distinct[:2])
    if not distinct:
        return []
    code = distinct[0]
    if any(e.code == code and e.internal for e in ents):
        return [code]  # the Sudanese army and the RSF, Damascus and the SDF
    pairs = [p for p in CONFLICT_PAIRS if code in p]
    pair = next((p for p in pairs if (set(p) - {code}) & named), None) or (pairs[0] if pairs else None)
    return sorted(pair) if pair else [code]  # the partner named elsewhere in the article, else the usual one
