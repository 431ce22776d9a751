"""Scope of a ceasefire mention: energy, maritime, sky, humanitarian, holiday, partial or general."""

from __future__ import annotations

from ..lexicon import CUES, _phrases
from ..text import Token
from .phrases import _BOUNDARY, _match

_CF = CUES["ceasefire"]  # data/cues.json

_SKY_POST = tuple(tuple(p.split()) for p in _CF["scope_sky_post"])
_SCOPE_CUES = {k: _phrases(v) for k, v in _CF["scope_pre"].items()}
_SCOPE_FIRST = frozenset(w for table in _SCOPE_CUES.values() for w in table)
_PURPOSE = _phrases(_CF["scope_purpose"])


def _scope_in(lows: list[str]) -> set[str]:
    found: set[str] = set()
    for x in range(len(lows)):
        if lows[x] not in _SCOPE_FIRST:
            continue
        for scope, table in _SCOPE_CUES.items():
            if scope not in found and _match(lows, x, table):
                found.add(scope)
    return found


def _mention_scope(toks: list[Token], k: int) -> str | None:
    """Scope of the mention's own phrase (premodifiers, 'on/against energy ...', a purpose clause), or None."""
    pre: list[str] = []
    for x in range(k - 1, max(-1, k - 6), -1):
        if toks[x].low in _BOUNDARY:
            break
        pre.insert(0, toks[x].low)
    post: list[str] = []
    end = min(len(toks), k + 17)
    x = k + 1
    while x < end:
        if toks[x].low in _BOUNDARY:
            break
        if _match([t.low for t in toks[x:x + 4]], 0, _PURPOSE):
            end = min(len(toks), x + 12)  # "... from May 8 to May 10 to mark the 80th anniversary of ..."
        post.append(toks[x].low)
        x += 1
    found = _scope_in(pre + [toks[k].low] + post)
    if "sky" in found and not _scope_in(pre) & {"sky"}:
        words = tuple(w for w in post if w not in ('"', "“", "'"))
        if not any(words[:len(p)] == p for p in _SKY_POST):
            found.discard("sky")  # "halted air strikes by its drones" is no truce in the sky
    return _pick_scope(found, set(pre))


def _pick_scope(found: set[str], pre: set[str]) -> str | None:
    if "holiday" in found:
        return "holiday"
    if "humanitarian" in found:
        return "humanitarian"
    if "energy" in found and "maritime" not in found:
        return "energy"
    if "sky" in found or ("maritime" in found and "energy" in found):
        return "unspecified"
    if "maritime" in found:
        return "maritime"
    if "partial" in found:
        return "unspecified"
    if "general" in found:
        return "general"
    return None
