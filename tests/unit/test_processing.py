"""processing: what the extractor's pool runs gives what decoding + extract + event_json give, in order."""

from __future__ import annotations

import asyncio

import orjson
import pytest

from sitrep.contract import Article, event_json
from sitrep.extraction import extract
from sitrep.processing import ExtractionPool, process_batch, process_message
from sitrep.samples import articles as sample_articles

LIMIT = 1_000_000


def messages() -> list[tuple[bytes | None, bytes | None]]:
    rows = sample_articles(12, seed=3, target_bytes=3000)
    good = [(orjson.dumps(row), row["id"].encode()) for row in rows]
    bad = [(b'{"id": "x", "text": "Russia', b"x"), (None, b"n"), (b"", b"e"), (b"\xff\xfe", b"u"),
           (b"Russian drones struck Kyiv overnight, officials said.", b"plain")]
    return good[:6] + bad + good[6:]


def expected(value, key):
    outcome = process_message(value, key, LIMIT)
    return (outcome.reason, outcome.events)


def test_outcomes_are_extract_and_event_json_or_a_dlq_reason():
    row = sample_articles(1, seed=4, target_bytes=3000)[0]
    outcome = process_message(orjson.dumps(row), row["id"].encode(), LIMIT)
    events = extract(Article.model_validate(row))
    assert outcome.reason is None and outcome.seconds > 0
    assert outcome.events == [(e.type, e.location_key.encode(), event_json(e)) for e in events]
    reasons = [process_message(v, k, LIMIT).reason for v, k in messages()[6:11]]
    assert reasons == ["not_json", "null_value", "empty", "not_utf8", None]
    assert process_message(b"x" * 2000, None, 1024).reason == "too_large"


@pytest.mark.parametrize("processes", [0, 2])
def test_pool_keeps_message_order(processes):
    batch = messages()
    pool = ExtractionPool(processes, LIMIT)
    try:
        async def run():
            return [o for chunk in await pool.submit(batch) for o in chunk]
        outcomes = asyncio.run(run())
    finally:
        pool.close()
    assert [(o.reason, o.events) for o in outcomes] == [expected(v, k) for v, k in batch]
    assert [(o.reason, o.events) for o in process_batch(batch, LIMIT)] == [expected(v, k) for v, k in batch]
