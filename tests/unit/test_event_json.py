"""event_json (the one serialiser of the worker and `sitrep extract`) writes model_dump's bytes exactly."""

from __future__ import annotations

from pathlib import Path

import orjson

from sitrep.contract import Article, AttackEvent, CeasefireProposalEvent, Count, Evidence, event_json
from sitrep.extraction import extract
from sitrep.samples import articles as sample_articles

CORPORA = Path(__file__).resolve().parents[1] / "corpus"


def reference(event) -> bytes:
    return orjson.dumps(event.model_dump(mode="json"))


def test_same_bytes_as_model_dump_on_the_corpora_and_bench_articles():
    rows = [orjson.loads(line) for part in ("dev", "holdout")
            for line in (CORPORA / part / "articles.jsonl").read_bytes().splitlines() if line.strip()]
    rows += sample_articles(200, seed=1, target_bytes=3000)
    events = [e for row in rows for e in extract(Article.model_validate(row))]
    assert {e.type for e in events} == {"attack", "casualty", "ceasefire_proposal"}
    for event in events:
        assert event_json(event) == reference(event)


def test_same_bytes_for_validated_models_and_every_optional_shape():
    evidence = Evidence(text="Drones hit Kyiv \u2014 \"officials\" said\n", start=0, end=36)
    events = [
        AttackEvent(event_id="e", article_id="a", published_at=None, country="UA", region="UA-30",
                    region_name="Kyiv", place=None, actor="RU", actor_name="Russian forces", claimed_by=None,
                    evidence=evidence, confidence=1, weapon="drone", launched=Count(value=137, qualifier="about"),
                    intercepted=None, targets=["energy", "civilian"], outage_people=None, source="AFP"),
        CeasefireProposalEvent(event_id="c", article_id="a", published_at="2025-03-12", country=None, region=None,
                               region_name=None, place=None, actor="US", actor_name=None, claimed_by=None,
                               evidence=evidence, confidence=0.75, parties=["RU", "UA"], duration_days=30,
                               scope="general", stances={"UA": "accepted", "RU": "conditional"}),
    ]
    for event in events:
        assert event_json(event) == reference(event)
