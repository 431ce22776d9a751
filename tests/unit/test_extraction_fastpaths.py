"""The engine's fast paths give exactly what the slow ones they replace give."""

from __future__ import annotations

import pytest

from sitrep.contract import AttackEvent, CeasefireProposalEvent, Count, Evidence
from sitrep.extraction.ceasefire import _VIOLATION, _mentions_violation
from sitrep.extraction.construct import construct


@pytest.mark.parametrize("cls,values", [
    (Count, {"value": 3}),
    (Count, {"value": 3, "qualifier": "about"}),
    (Evidence, {"text": "x", "start": 0, "end": 1}),
    (AttackEvent, {"event_id": "e", "article_id": "a", "weapon": "drone", "confidence": 0.5,
                   "evidence": Evidence.model_construct(text="x", start=0, end=1)}),
    (CeasefireProposalEvent, {"event_id": "e", "article_id": "a", "parties": ["UA", "RU"], "confidence": 0.7}),
])
def test_construct_matches_model_construct(cls, values):
    fast, slow = construct(cls, values), cls.model_construct(**values)
    assert fast.__dict__ == slow.__dict__
    assert list(fast.__dict__) == list(slow.__dict__)  # same key order, so the same JSON
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.model_dump_json() == slow.model_dump_json()


@pytest.mark.parametrize("text", [
    "The truce held.", "Both sides accused each other of VIOLATING the ceasefire.", "a BREACH of the deal",
    "Talks Broke Down on Friday.", "The deal collapsed", "the truce was vıolated",  # dotless i
    "a breaſh", "the ceasefire was not breached", "İstanbul talks collapsed", "broke  down",
])
def test_violation_gate_matches_regex(text):
    low = "".join(c.lower()[0] for c in text)
    assert _mentions_violation(text, low) == bool(_VIOLATION.search(text))


def test_construct_drops_unknown_keys_and_tolerates_missing_required_like_model_construct():
    for values in ({"value": 1, "bogus": 2}, {"qualifier": "about"}):
        fast, slow = construct(Count, values), Count.model_construct(**values)
        assert fast.__dict__ == slow.__dict__ and fast.model_fields_set == slow.model_fields_set
