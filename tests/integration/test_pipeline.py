"""Issue 5 on the real broker: both Faust workers as processes, end to end, crashes, replays, DLQ."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import uuid
from pathlib import Path

import orjson
import pytest

from pipeline import Worker, read_topics, wait_for, worker_env
from sitrep.aggregation import Aggregate
from sitrep.clients import producer
from sitrep.samples import articles as sample_articles
from support import sitrep

pytestmark = pytest.mark.kafka
REPO = Path(__file__).resolve().parents[2]
DEV_CORPUS = REPO / "tests" / "corpus" / "dev" / "articles.jsonl"


@pytest.fixture
def env(topic_env):
    sitrep("topics", "create", env=topic_env, check=True)
    return worker_env(topic_env, f"t{uuid.uuid4().hex[:8]}")


@pytest.fixture
def workers(tmp_path):
    started: list[Worker] = []

    def start(name: str, env: dict, **options) -> Worker:
        worker = Worker(name, env, tmp_path, data_dir=options.pop("data_dir", tmp_path / f"state-{len(started)}"),
                        **options)
        started.append(worker)
        return worker.start()

    yield start
    for worker in started:
        worker.stop()


def offline_events(path: Path) -> list[dict]:
    result = subprocess.run([sys.executable, "-m", "sitrep.cli", "extract", str(path)], capture_output=True,
                            check=True, timeout=300)
    return [orjson.loads(line) for line in result.stdout.splitlines()]


def event_topics(settings) -> list[str]:
    return [settings.topic_attack, settings.topic_casualty, settings.topic_ceasefire]


def expected_views(events: list[dict], horizon_days: int = 90) -> tuple[dict, list]:
    aggregate = Aggregate(horizon_days)
    for event in events:
        aggregate.add(event)
    return aggregate.region_view(), aggregate.ceasefire_view()


def served_views(worker: Worker) -> tuple[dict, list]:
    status, body = worker.get("/regions")
    assert status == 200, body
    regions = {row["location_key"]: row for row in body["regions"]}
    status, body = worker.get("/ceasefires")
    assert status == 200, body
    return regions, body["ceasefires"]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(row) + b"\n" for row in rows))
    return path


def difference(served: tuple, expected: tuple) -> str:
    """What differs between served and expected (regions, ceasefires), for a readable failure."""
    (regions, ceasefires), (want_regions, want_ceasefires) = served, expected
    lines = [f"missing {sorted(set(want_regions) - set(regions))}", f"extra {sorted(set(regions) - set(want_regions))}"]
    for key in sorted(set(regions) & set(want_regions)):
        changed = {f: (regions[key][f], want_regions[key][f]) for f in want_regions[key]
                   if regions[key].get(f) != want_regions[key][f]}
        if changed:
            lines.append(f"{key}: (served, expected) {changed}")
    if ceasefires != want_ceasefires:
        lines.append(f"ceasefires served {ceasefires} expected {want_ceasefires}")
    return "; ".join(lines[:12])


def settle(worker: Worker, expected: tuple, timeout: float = 120) -> tuple:
    """Wait until the served aggregates equal `expected`; on timeout say what differs."""
    try:
        wait_for(lambda: served_views(worker) == expected, timeout, what=f"{worker.label} aggregates")
    except TimeoutError:
        raise AssertionError(difference(served_views(worker), expected)) from None
    return served_views(worker)


def test_end_to_end_topics_equal_offline_extraction_and_http_equals_offline_merge(env, test_settings, workers):
    if not DEV_CORPUS.exists():
        pytest.fail(f"development corpus missing: {DEV_CORPUS}")
    # The corpus spans more than a year: a horizon that covers it makes the aggregate independent of
    # arrival order (beyond the horizon, late reports are refused; see aggregation/regions.py).
    env = {**env, "SITREP_WINDOW_EXPIRY_DAYS": "3650"}
    workers("extractor", env)
    aggregator = workers("aggregator", env)
    assert sitrep("publish", str(DEV_CORPUS), env=env).returncode == 0

    offline = offline_events(DEV_CORPUS)
    assert offline, "the development corpus should give events"
    messages = read_topics(test_settings, event_topics(test_settings), idle_s=8)
    online = [orjson.loads(m.value) for m in messages]
    assert sorted(e["event_id"] for e in online) == sorted(e["event_id"] for e in offline)
    by_id = {e["event_id"]: e for e in offline}
    assert all(by_id[e["event_id"]] == e for e in online)
    for message in messages:  # keyed by location key, on its type's topic
        event = orjson.loads(message.value)
        assert message.key.decode() == (event["region"] or event["country"] or "-")

    expected = expected_views(online, horizon_days=3650)
    assert settle(aggregator, expected) == expected


SYNDICATED = [
    ("wire-a", "Ukraine's air force said on Tuesday that Russia had launched 120 drones at Ukraine overnight."),
    ("wire-b", "Russia attacked Ukraine with more than 130 drones overnight, Ukrainian officials said."),
    ("wire-c", "Russia launched 137 drones at Ukraine overnight, the Ukrainian Air Force said on Telegram."),
]


def test_syndicated_reports_make_one_incident(env, test_settings, workers, tmp_path):
    workers("extractor", env)
    aggregator = workers("aggregator", env)
    # Foreign junk on an event topic is skipped and counted; the aggregator carries on.
    junk = [("UA", b"not json"), ("UA", orjson.dumps({"type": "attack"})), ("UA", b"[1, 2]")]
    asyncio.run(_publish_raw(test_settings, junk, topic=test_settings.topic_attack))
    rows = [{"id": i, "text": t, "published_at": "2025-03-18T07:00:00Z", "source": i} for i, t in SYNDICATED]
    assert sitrep("publish", str(write_jsonl(tmp_path / "s.jsonl", rows)), env=env).returncode == 0

    def incident():
        status, body = aggregator.get("/regions/UA")
        return body if status == 200 and body["reports"] == 3 else None

    body = wait_for(incident, 60, what="three reports on UA")
    drone = [i for i in body["incidents"] if i["type"] == "attack" and i["weapon"] == "drone"]
    assert len(drone) == 1
    assert drone[0]["counts"]["launched"]["value"] == 137
    assert drone[0]["article_ids"] == ["wire-a", "wire-b", "wire-c"]
    assert (body["attacks"], body["launched"], body["reports"]) == (1, 137, 3)
    assert aggregator.metric("sitrep_events_refused_total", reason="unreadable") == len(junk)


async def _publish(settings, rows: list[dict]) -> None:
    async with producer(settings) as client:
        futures = [await client.send(settings.topic_articles, orjson.dumps(r), key=r["id"].encode()) for r in rows]
        await asyncio.gather(*futures)


def test_crashes_and_replays_neither_lose_nor_double_count(env, test_settings, workers, tmp_path):
    rows = sample_articles(5000, seed=11, target_bytes=600)
    truth = expected_views(offline_events(write_jsonl(tmp_path / "all.jsonl", rows)))
    extractor = workers("extractor", env, label="extractor-1")
    aggregator = workers("aggregator", env, label="aggregator-1", data_dir=tmp_path / "agg")

    asyncio.run(_publish(test_settings, rows[:2500]))
    wait_for(lambda: aggregator.metric("sitrep_events_consumed_total") > 1000, 120, 0.2, "aggregator halfway")
    aggregator.kill9()
    asyncio.run(_publish(test_settings, rows[2500:]))
    wait_for(lambda: extractor.metric("sitrep_articles_consumed_total") > 3000, 120, 0.2, "extractor past 3000")
    extractor.kill9()

    workers("extractor", env, label="extractor-2")
    aggregator = workers("aggregator", env, label="aggregator-2", data_dir=tmp_path / "agg")
    asyncio.run(_publish(test_settings, rows[:500]))  # republished articles

    assert settle(aggregator, truth, timeout=240) == truth
    # The changelogs alone hold the same state: a replacement worker on a new disk recovers it.
    aggregator.stop()
    replacement = workers("aggregator", env, label="aggregator-3", data_dir=tmp_path / "new-disk")
    assert settle(replacement, truth, timeout=180) == truth


def test_two_aggregators_share_partitions_and_answer_for_every_key(env, test_settings, workers, tmp_path):
    rows = sample_articles(400, seed=5)
    truth_regions, truth_ceasefires = expected_views(offline_events(write_jsonl(tmp_path / "a.jsonl", rows)))
    workers("extractor", env)
    first = workers("aggregator", env, label="aggregator-a")
    second = workers("aggregator", env, label="aggregator-b")
    asyncio.run(_publish(test_settings, rows))

    for worker in (first, second):
        settle(worker, (truth_regions, truth_ceasefires), timeout=180)
    # Table sizes are exported on a 10 s timer, and a worker that joined second may still be recovering
    # the partitions a rebalance gave it: wait until both report keys of their own.
    wait_for(lambda: all(w.metric("sitrep_table_entries", table="regions") > 0 for w in (first, second)), 60,
             what="both workers to own some keys")
    for key, totals in truth_regions.items():
        for worker in (first, second):
            status, body = worker.get(f"/regions/{key}")
            assert status == 200, (worker.label, key, body)
            assert {k: body[k] for k in totals} == totals


BAD_INPUT = [
    ("broken-json", b'{"id": "broken-json", "text": "Russia launched'),
    ("not-utf8", b"Russian drones hit Kharkiv \xff\xfe overnight"),
    ("too-large", orjson.dumps({"id": "too-large", "text": "drones " * (5 * 1024 * 1024 // 7)})),
    ("no-id", orjson.dumps({"text": "Russia launched 40 drones at Ukraine overnight."})),
    ("wrong-types", orjson.dumps({"id": ["x"], "text": 42})),
    ("empty", b""),
    ("null", None),
]
EXPECTED_REASONS = {"broken-json": "not_json", "not-utf8": "not_utf8", "too-large": "too_large",
                    "no-id": "invalid_article", "wrong-types": "invalid_article", "empty": "empty",
                    "null": "null_value"}


async def _publish_raw(settings, messages: list[tuple[str, bytes | None]], topic: str | None = None) -> None:
    async with producer(settings) as client:
        for key, value in messages:
            await (await client.send(topic or settings.topic_articles, value, key=key.encode()))


def test_bad_input_ends_in_the_dlq_and_every_article_is_accounted_for(env, test_settings, workers, tmp_path):
    extractor = workers("extractor", env)
    good = sample_articles(60, seed=3)
    plain = [("plain-text", b"Russia launched 52 drones at Ukraine overnight, Ukraine's air force said.")]
    asyncio.run(_publish_raw(test_settings, BAD_INPUT + plain + [(r["id"], orjson.dumps(r)) for r in good]))

    dlq = read_topics(test_settings, [test_settings.topic_dlq], idle_s=8)
    reasons = {m.key.decode(): dict(m.headers)["sitrep.reason"].decode() for m in dlq}
    assert reasons == EXPECTED_REASONS
    by_key = {m.key.decode(): m for m in dlq}
    assert by_key["not-utf8"].value == dict(BAD_INPUT)["not-utf8"]  # the original bytes, untouched
    assert int(dict(by_key["empty"].headers)["sitrep.source.offset"]) >= 0

    events = [orjson.loads(m.value) for m in read_topics(test_settings, event_topics(test_settings), idle_s=5)]
    with_events = {e["article_id"] for e in events}
    offline = offline_events(write_jsonl(tmp_path / "good.jsonl", good))
    no_events = {r["id"] for r in good} - {e["article_id"] for e in offline}
    assert "plain-text" in with_events
    assert with_events | no_events | set(reasons) == {r["id"] for r in good} | set(reasons) | {"plain-text"}
    wait_for(lambda: extractor.metric("sitrep_articles_no_events_total") == len(no_events), 30,
             what="no-events counter")
    assert extractor.metric("sitrep_articles_consumed_total") == len(good) + len(BAD_INPUT) + 1
    assert extractor.metric("sitrep_articles_dead_lettered_total") == len(BAD_INPUT)
