"""The metrics module: names and conventions, zero series, consumer lag, region gauges, rendering."""

from __future__ import annotations

from types import SimpleNamespace

import faust
import pytest
from faust.types import TP
from prometheus_client.parser import text_string_to_metric_families

from sitrep.aggregation import Aggregate
from sitrep.workers import metrics

REQUIRED = {
    "sitrep_build_info": "gauge",
    "sitrep_articles_consumed": "counter",
    "sitrep_articles_dead_lettered": "counter",
    "sitrep_articles_no_events": "counter",
    "sitrep_events_emitted": "counter",
    "sitrep_extraction_duration_seconds": "histogram",
    "sitrep_end_to_end_latency_seconds": "histogram",
    "sitrep_consumer_lag_messages": "gauge",
    "sitrep_events_consumed": "counter",
    "sitrep_events_duplicate": "counter",
    "sitrep_table_entries": "gauge",
    "sitrep_region_attacks": "gauge",
    "sitrep_region_launched": "gauge",
    "sitrep_region_intercepted": "gauge",
    "sitrep_region_killed": "gauge",
    "sitrep_region_injured": "gauge",
}


def sample(name: str, **labels) -> float | None:
    return metrics.REGISTRY.get_sample_value(name, labels)


def families() -> dict:
    body, _ = metrics.render()
    return {f.name: f for f in text_string_to_metric_families(body.decode())}


def test_every_required_metric_is_defined_with_its_type():
    defined = {m.name: m.type for m in metrics.REGISTRY.collect()}
    for name, kind in REQUIRED.items():
        assert defined.get(name) == kind, name


def test_conventions_base_units_and_suffixes():
    for family in metrics.REGISTRY.collect():
        if not family.name.startswith("sitrep_"):
            continue
        if family.type == "histogram":
            assert family.name.endswith("_seconds"), family.name
        assert not family.name.endswith(("_ms", "_milliseconds", "_total")), family.name
        for s in family.samples:
            if family.type == "counter":
                assert s.name.endswith("_total"), s.name
            assert not {"article_id", "id", "text", "title", "url"} & set(s.labels), s


def test_render_is_prometheus_text_with_its_content_type():
    metrics.set_build_info("extractor")
    metrics.EVENTS_EMITTED.labels(type="casualty").inc()
    body, content_type = metrics.render()
    assert content_type.startswith("text/plain; version=0.0.4")
    parsed = families()
    build = [s for s in parsed["sitrep_build_info"].samples if s.labels["worker"] == "extractor"]
    assert build and build[0].value == 1 and build[0].labels["version"]
    assert b'sitrep_events_emitted_total{type="casualty"}' in body
    assert b"_created" not in body


def test_build_info_creates_the_workers_series_at_zero():
    metrics.set_build_info("extractor")
    metrics.set_build_info("aggregator")
    for reason in metrics.DLQ_REASONS:
        assert sample("sitrep_articles_dead_lettered_total", reason=reason) is not None
    for kind in metrics.EVENT_TYPES:
        assert sample("sitrep_events_emitted_total", type=kind) is not None
        assert sample("sitrep_events_consumed_total", type=kind) is not None
        assert sample("sitrep_events_duplicate_total", type=kind) is not None
    assert sample("sitrep_articles_consumed_total", worker="extractor") is not None


def test_histogram_buckets_span_the_ranges_asked_for():
    assert metrics.EXTRACTION_BUCKETS[0] == pytest.approx(0.0001) and metrics.EXTRACTION_BUCKETS[-1] == 1.0
    assert metrics.LATENCY_BUCKETS[0] == pytest.approx(0.001) and metrics.LATENCY_BUCKETS[-1] == 60.0
    before = sample("sitrep_extraction_duration_seconds_bucket", le="0.001") or 0
    metrics.EXTRACTION_DURATION.observe(0.0007)
    assert sample("sitrep_extraction_duration_seconds_bucket", le="0.001") == before + 1
    assert sample("sitrep_extraction_duration_seconds_bucket", le="0.0005") == before


def test_consumer_lag_is_set_and_stale_partitions_are_dropped():
    metrics.set_consumer_lag("extractor", {("articles.raw", 0): (10, 4), ("articles.raw", 1): (3, 5)})
    assert (
        sample("sitrep_consumer_lag_messages", worker="extractor", topic="articles.raw", partition="0") == 6
    )
    # a position past the watermark (a commit newer than the last fetch) is no negative lag
    assert (
        sample("sitrep_consumer_lag_messages", worker="extractor", topic="articles.raw", partition="1") == 0
    )
    metrics.set_consumer_lag("extractor", {("articles.raw", 1): (9, 9)})
    assert (
        sample("sitrep_consumer_lag_messages", worker="extractor", topic="articles.raw", partition="0")
        is None
    )
    assert (
        sample("sitrep_consumer_lag_messages", worker="extractor", topic="articles.raw", partition="1") == 0
    )


class FakeConsumer:
    def __init__(self, assignment, highwaters, committed):
        self._assignment, self._highwaters = assignment, highwaters
        self._committed_offset = committed

    def assignment(self):
        return set(self._assignment)

    def highwater(self, tp):
        if tp not in self._highwaters:
            raise AssertionError("partition not assigned")
        return self._highwaters[tp]


def fake_app(consumer, read=None, topics=("events.attack",)):
    agent = SimpleNamespace(channel=SimpleNamespace(topics=topics))
    return SimpleNamespace(
        consumer=consumer, monitor=SimpleNamespace(tp_read_offsets=read or {}), agents={"agg": agent}
    )


def test_consumer_offsets_prefers_committed_then_read_and_skips_changelogs():
    tp = TP
    a0, a1, a2, a3 = (tp("events.attack", i) for i in range(4))
    changelog = tp("sitrep-aggregator-regions-changelog", 0)
    consumer = FakeConsumer(
        assignment=[a0, a1, a2, a3, changelog],
        highwaters={a0: 100, a1: 50, a2: None, changelog: 7},  # a3 revoked mid-call
        committed={a0: 90, changelog: 1},
    )
    offsets = metrics.consumer_offsets(fake_app(consumer, read={a1: 44}))
    assert offsets == {("events.attack", 0): (100, 90), ("events.attack", 1): (50, 45)}


def test_consumer_offsets_before_start_is_empty():
    class NotStarted(FakeConsumer):
        def assignment(self):
            raise RuntimeError("consumer not started")

    assert metrics.consumer_offsets(fake_app(NotStarted([], {}, {}))) == {}
    metrics.before_scrape(fake_app(NotStarted([], {}, {})), "aggregator")  # never raises


def test_source_topics_of_a_real_faust_app():
    app = faust.App("sitrep-test-metrics", broker="kafka://127.0.0.1:1", store="memory://", web_enabled=False)
    topic = app.topic("events.attack", "events.casualty", value_type=bytes, value_serializer="raw")

    @app.agent(topic)
    async def consume(stream):
        async for _ in stream:
            pass

    assert metrics.source_topics(app) == {"events.attack", "events.casualty"}
    assert metrics.consumer_offsets(app) == {}  # not started: nothing assigned yet


def event(kind: str, event_id: str, region: str | None, country: str, **counts) -> dict:
    return {
        "schema_version": 1,
        "event_id": event_id,
        "type": kind,
        "article_id": f"a-{event_id}",
        "published_at": "2026-03-14T06:00:00Z",
        "country": country,
        "region": region,
        "region_name": None,
        "weapon": "drone" if kind == "attack" else None,
        **{k: {"value": v, "qualifier": "exact"} for k, v in counts.items()},
    }


def test_export_tables_publishes_region_totals_and_drops_moved_keys():
    aggregate = Aggregate()
    aggregate.add(event("attack", "e1", "UA-23", "UA", launched=137, intercepted=63))
    aggregate.add(event("attack", "e2", "UA-23", "UA", launched=140))  # same incident: max, not sum
    aggregate.add(event("casualty", "e3", "RU-BEL", "RU", injured=1))
    tables = {"regions": aggregate.stores.regions, "incidents": aggregate.stores.incidents}
    metrics.export_tables(tables, aggregate.stores)
    ua = {"location_key": "UA-23", "country": "UA"}
    assert sample("sitrep_region_attacks", **ua) == 1
    assert sample("sitrep_region_launched", **ua) == 140
    assert sample("sitrep_region_intercepted", **ua) == 63
    assert sample("sitrep_region_injured", location_key="RU-BEL", country="RU") == 1
    assert sample("sitrep_region_killed", location_key="RU-BEL", country="RU") == 0
    assert sample("sitrep_table_entries", table="regions") == 2
    assert sample("sitrep_table_entries", table="incidents") == 2

    del aggregate.stores.regions["RU-BEL"]  # the partition moved to another worker
    metrics.export_tables(tables, aggregate.stores)
    assert sample("sitrep_region_injured", location_key="RU-BEL", country="RU") is None
    assert sample("sitrep_region_launched", **ua) == 140


def test_set_region_totals_without_country():
    metrics.set_region_totals("-", None, {"attacks": 2})
    assert sample("sitrep_region_attacks", location_key="-", country="") == 2
    assert sample("sitrep_region_launched", location_key="-", country="") == 0
    metrics.keep_regions(set())
    assert sample("sitrep_region_attacks", location_key="-", country="") is None


def test_faust_sensor_goes_to_our_registry_once():
    first = faust.App("sitrep-test-sensor-1", broker="kafka://127.0.0.1:1", web_enabled=False)
    second = faust.App("sitrep-test-sensor-2", broker="kafka://127.0.0.1:1", web_enabled=False)
    metrics.install_faust_sensor(first)
    metrics.install_faust_sensor(second)  # no "duplicated timeseries" error
    assert type(first.monitor).__name__ == "PrometheusMonitor"
    first.monitor.count("probe")
    assert sample("faust_metrics_by_name", metric="probe") == 1
    assert "faust_messages_received" in families()
