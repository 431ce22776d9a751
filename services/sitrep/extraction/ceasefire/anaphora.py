"""A stance given by a pronoun ("Hamas said it was studying the offer. ... It later said it had accepted",
"He called it a manipulation"): the side that was the subject of the sentence before (convention 42)."""

from __future__ import annotations

from ..lexicon import CUES
from ..text import Sentence, Token
from .cues import _cues
from .entities import Entity, _extra_sides, entities
from .gate import _tokens_of
from .roles import _SPEECH, _attributive
from .stances import _subjects

_CF = CUES["ceasefire"]  # data/cues.json

_PRONOUNS = frozenset(_CF["subject_pronouns"])


def _pronoun_at(toks: list[Token], ents: list[Entity]) -> int | None:
    """The index of the sentence's pronoun subject: within its first seven words, before any side, speech
    verb, stance cue or quote ("Later on Monday it said ...")."""
    end = min(7, min((e.k for e in ents), default=len(toks)))
    lows = [t.low for t in toks]
    end = min([end] + [c for c, _, _ in _cues(toks, lows, 0, end)])
    for x, t in enumerate(toks[:end]):
        if t.low in _PRONOUNS:
            return x
        if t.low in _SPEECH or t.text in ('"', "“"):
            return None
    return None


def _antecedent(sentences: list[Sentence], tokens: dict[int, list[Token]], i: int,
                last_group: Entity | None) -> Entity | None:
    """The subject side of the sentence before (the side it names first if none is a subject); of the one
    before that if it names no side."""
    for j in (i - 1, i - 2):
        if j < 0:
            return None
        toks = _tokens_of(tokens, sentences[j])
        lows = [t.low for t in toks]
        ents = sorted(entities(toks) + _extra_sides(toks, lows, last_group), key=lambda e: e.k)
        ents = [e for e in ents if not e.backer and not _attributive(toks, e)]
        if ents:
            subjects = _subjects(toks, ents)
            return subjects[0] if subjects else ents[0]
    return None


def _pronoun_span(toks: list[Token], ents: list[Entity]) -> tuple[int, int] | None:
    """(start, end) of the words the pronoun subject governs: after it, up to the next side that is a
    subject ("He called it an attempt by Putin to manipulate ...": Putin is no subject)."""
    x = _pronoun_at(toks, ents)
    if x is None:
        return None
    end = min((e.k for e in _subjects(toks, ents) if e.k > x), default=len(toks))
    return x + 1, end


def _demand_on_next(toks: list[Token], ents: list[Entity], end: int) -> list[tuple[int, str, int]]:
    """'It said, however, that Cambodia must first withdraw': the pronoun's side sets a condition."""
    e = next((e for e in ents if e.k == end), None)
    if e is None:
        return []
    after = [t.low for t in toks[e.k + e.width:e.k + e.width + 2]]
    if after[:1] in (["must"], ["should"]) or after in (["needs", "to"], ["has", "to"], ["have", "to"]):
        return [(e.k + e.width, "conditional", 2)]
    return []
