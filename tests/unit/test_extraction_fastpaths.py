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


# --- regexes rewritten for speed match exactly what the plain forms they replace match ---------------------

_TRICKY = [
    "U.S. forces said... It ended.\n\nNext (one). \"Quoted!\" ” Then? 2 more.", "a..b. C", "end.\nNext", "x!?  Y",
    "Kh-101s, Russia’s Shahed-136 and 1,000.5 km; it's 24/7 — S-300 ‘x’ ²3 İstanbul Ǆx", ". . .\n\n\n", "",
    "the Kyiv and Sumy regions, southern province of Idlib; governorate Northern state, stateless southerner",
    "since the war began in the past 24 hours, in the past year; over the past weeks in recent weeks",
]


def _spans(pattern, text, pos=0):
    return [m.span() for m in pattern.finditer(text, pos)]


@pytest.mark.parametrize("text", _TRICKY)
def test_boundary_and_token_regexes_match_their_plain_forms(text):
    import re

    from sitrep.extraction import text as t
    plain_boundary = re.compile(r"[.!?]+[\"'”’)\]]*\s+|\n\s*")
    plain_token = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_]+(?:-[^\W_]+|['’](?![sS]\b)[^\W_]+)*|['’][sS]\b|\S")
    assert _spans(t._BOUNDARY, text) == _spans(plain_boundary, text)
    assert _spans(t._TOKEN, text) == _spans(plain_token, text)


@pytest.mark.parametrize("text", _TRICKY)
def test_background_trie_matches_flat_alternation(text):
    import re

    from sitrep.extraction import filters
    from sitrep.extraction.lexicon import BACKGROUND
    phrases = sorted(BACKGROUND, key=len, reverse=True)
    flat = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b")
    low = text.lower()
    assert _spans(filters._BACKGROUND, low) == _spans(flat, low)


@pytest.mark.parametrize("text", _TRICKY)
def test_place_candidates_match_word_boundary_form(text):
    import re

    from sitrep.extraction import places
    g = places._gazetteer()
    words = "|".join(map(re.escape, g.lower_starts))
    plain = re.compile(rf"\b(?:[{places._CAPITAL}][^\W_]*|(?:{words})\b)")
    for pos in (0, 1, 5):
        assert _spans(g.candidate, text, pos) == _spans(plain, text, pos)


def test_positions_lists_the_wanted_tokens_in_order():
    from sitrep.extraction.text import positions
    assert positions(["a", "b", "a", "c"], {"a", "c"}) == [0, 2, 3]
    assert positions([], {"a"}) == []


def test_ascii_patterns_match_the_unicode_ones_on_ascii_text():
    import random

    from sitrep.extraction import places
    from sitrep.extraction import text as t
    g = places._gazetteer()
    rng = random.Random(7)
    alphabet = "aZs S'-.,09_ \n\t\x1c()\"Kyivprovince of Idlib southern Oblast"
    samples = [s for s in _TRICKY if s.isascii()]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(2000)]
    for text in samples:
        assert _spans(t._TOKEN_ASCII, text) == _spans(t._TOKEN, text)
        for pos in (0, 3):
            assert _spans(g.candidate_ascii, text, pos) == _spans(g.candidate, text, pos)
