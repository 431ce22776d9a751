"""One proposal while an article is read, and whether a further mention is the same proposal or a new one
(a scope or duration that differs: "agreed to a 30-day energy halt but stopped short of a full ceasefire")."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text import Sentence
from .entities import Entity


@dataclass(slots=True)
class Proposal:
    scope: str | None
    duration: int | None
    proposer: tuple[str | None, str | None] | None = None  # (code, name); code None for a non-state proposer
    sent: Sentence | None = None
    explicit_parties: list[str] | None = None
    locked: bool = False  # a bare "ceasefire": general, not the scope of a later "halt on energy strikes"
    cues: dict[tuple[str, bool], tuple[int, str]] = field(default_factory=dict)  # (code, internal) -> rank
    sentences: list[Sentence] = field(default_factory=list)
    internal: dict[str, bool] = field(default_factory=dict)  # codes with a stance from an internal group
    holders: list[Entity] = field(default_factory=list)  # the sides whose stance was read
    counter: bool = False  # read as a counter-offer ("Kyiv said it was ready instead for 30 days")
    timed: bool = False  # a length was stated, even one of no whole days ("a 36-hour truce")
    span: int | None = None  # days of a dated term ("from May 8 to May 11" -> 3), if one was stated


def _distinct(proposals: list[Proposal], scope: str | None, duration: int | None) -> bool:
    """A further proposal needs a scope that differs from every stated one, or a different duration (not
    a scope that merely differs from a bare 'ceasefire'; a 30-day offer differs from a 36-hour truce)."""
    return all(scope and p.scope and scope != p.scope or duration and
               (p.duration or p.timed or p.span is not None) and not _same_length(p, duration) for p in proposals)


def _compatible(p: Proposal, scope: str | None, duration: int | None) -> bool:
    mine = p.scope or ("general" if p.locked else None)
    if scope == "holiday" and p.scope is None:
        mine = None  # "a three-day ceasefire" then "the Victory Day truce": the same truce, named by its holiday
    return (scope is None or mine is None or scope == mine) and \
        (duration is None or p.duration is None and not p.timed and p.span is None or _same_length(p, duration))


def _same_length(p: Proposal, duration: int) -> bool:
    """The duration stated is the proposal's, or about its dated term ('the three-day truce' of one declared
    from May 8 to May 11; a day either way for terms counted inclusively, "May 8-10")."""
    return duration == p.duration or p.duration is None and p.span is not None and abs(duration - p.span) <= 1
