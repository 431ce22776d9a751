"""Prometheus metrics of both workers: one registry, the metric definitions, small helpers.

Conventions: base units (seconds, messages), `_total` counters, `_seconds` histograms. Labels are
bounded: worker names, event types, DLQ reasons, topic/partition, table names, and ISO 3166 location
keys (a few thousand at most, worldwide). No article ids or free text ever become a label.

Each worker process serves `render()` on GET /metrics. The registry is module-level, so a process
exports the series it touches; label sets a worker owns are pre-created at zero by
`set_build_info(worker)`, so dashboards and alerts see a 0 rather than nothing before the first event.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sized
from importlib import metadata

from prometheus_client import (
    CONTENT_TYPE_PLAIN_0_0_4,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)

from ..aggregation import regions as region_ledgers

log = logging.getLogger(__name__)

# `*_created` series double the exposition for no use on a dashboard (process-wide switch).
disable_created_metrics()
REGISTRY = CollectorRegistry()

EVENT_TYPES = ("attack", "casualty", "ceasefire_proposal")
DLQ_REASONS = (
    "not_utf8",
    "not_json",
    "invalid_article",
    "too_large",
    "empty",
    "null_value",
    "extraction_error",
)
REGION_FIELDS = ("attacks", "launched", "intercepted", "killed", "injured")
TABLES = ("incidents", "regions", "ceasefires")

# 0.1 ms .. 1 s: extraction is about a millisecond per article, long texts take tens of ms.
EXTRACTION_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0)
# 1 ms .. 60 s: from the article's Kafka timestamp to the broker's acknowledgement of all its events.
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

BUILD_INFO = Gauge(
    "sitrep_build_info",
    "Always 1; the labels say which version of which worker runs",
    ["version", "worker"],
    registry=REGISTRY,
)

# extractor
ARTICLES_CONSUMED = Counter(
    "sitrep_articles_consumed", "Articles read from articles.raw", ["worker"], registry=REGISTRY
)
ARTICLES_DEAD_LETTERED = Counter(
    "sitrep_articles_dead_lettered", "Articles sent to articles.dlq, by reason", ["reason"], registry=REGISTRY
)
ARTICLES_NO_EVENTS = Counter(
    "sitrep_articles_no_events", "Articles read fine that gave no event", registry=REGISTRY
)
EVENTS_EMITTED = Counter(
    "sitrep_events_emitted", "Events published to events.*, by type", ["type"], registry=REGISTRY
)
EXTRACTION_DURATION = Histogram(
    "sitrep_extraction_duration_seconds",
    "Time to extract the events of one article",
    buckets=EXTRACTION_BUCKETS,
    registry=REGISTRY,
)
END_TO_END_LATENCY = Histogram(
    "sitrep_end_to_end_latency_seconds",
    "From an article's Kafka timestamp to its events being published",
    buckets=LATENCY_BUCKETS,
    registry=REGISTRY,
)

# both
CONSUMER_LAG = Gauge(
    "sitrep_consumer_lag_messages",
    "Messages in a source partition not yet processed (high watermark - committed offset)",
    ["worker", "topic", "partition"],
    registry=REGISTRY,
)

# aggregator
EVENTS_CONSUMED = Counter(
    "sitrep_events_consumed", "Events read from events.*, by type", ["type"], registry=REGISTRY
)
EVENTS_DUPLICATE = Counter(
    "sitrep_events_duplicate",
    "Events whose event_id was already folded in, by type",
    ["type"],
    registry=REGISTRY,
)
EVENTS_REFUSED = Counter(
    "sitrep_events_refused",
    "Events the aggregator did not fold in, by type and reason",
    ["type", "reason"],
    registry=REGISTRY,
)
TABLE_ENTRIES = Gauge(
    "sitrep_table_entries", "Keys in a Faust table held by this worker", ["table"], registry=REGISTRY
)
REGION_GAUGES = {
    field: Gauge(
        f"sitrep_region_{field}",
        f"All-time {field} total of a location key (incidents, not reports)",
        ["location_key", "country"],
        registry=REGISTRY,
    )
    for field in REGION_FIELDS
}

_WORKER_SERIES: dict[str, list[tuple[Counter, tuple[str, ...]]]] = {
    "extractor": [(ARTICLES_CONSUMED, ("extractor",))]
    + [(ARTICLES_DEAD_LETTERED, (reason,)) for reason in DLQ_REASONS]
    + [(EVENTS_EMITTED, (kind,)) for kind in EVENT_TYPES],
    "aggregator": [(EVENTS_CONSUMED, (kind,)) for kind in EVENT_TYPES]
    + [(EVENTS_DUPLICATE, (kind,)) for kind in EVENT_TYPES],
}
_lag_series: dict[str, set[tuple[str, str]]] = {}
_region_keys: set[tuple[str, str]] = set()
_faust_metrics = None


def version() -> str:
    try:
        return metadata.version("sitrep")
    except metadata.PackageNotFoundError:  # running from a source tree without install
        return "unknown"


def set_build_info(worker: str) -> None:
    """Mark this process as `worker` and create its labelled series at zero."""
    BUILD_INFO.labels(version=version(), worker=worker).set(1)
    for metric, labels in _WORKER_SERIES.get(worker, []):
        metric.labels(*labels)


def render() -> tuple[bytes, str]:
    """The /metrics body in Prometheus text format 0.0.4, and its content type.

    0.0.4 rather than the client's newer default: every Prometheus (2.x and 3.x) parses it.
    """
    return generate_latest(REGISTRY), CONTENT_TYPE_PLAIN_0_0_4


# Consumer lag ---------------------------------------------------------------------------------


def set_consumer_lag(worker: str, offsets: Mapping[tuple[str, int], tuple[int, int]]) -> None:
    """Lag per partition from {(topic, partition): (high watermark, position)}.

    Partitions no longer in `offsets` (moved to another worker by a rebalance) lose their series,
    so a stale lag never lingers on the old owner.
    """
    current = set()
    for (topic, partition), (highwater, position) in offsets.items():
        labels = (topic, str(partition))
        CONSUMER_LAG.labels(worker, *labels).set(max(0, highwater - position))
        current.add(labels)
    for labels in _lag_series.get(worker, set()) - current:
        CONSUMER_LAG.remove(worker, *labels)
    _lag_series[worker] = current


def source_topics(app) -> set[str]:
    """The topics the app's agents consume (not changelogs nor Faust's internal leader topic)."""
    topics: set[str] = set()
    for agent in app.agents.values():
        topics.update(getattr(agent.channel, "topics", ()) or ())
    return topics


def consumer_offsets(app, topics: Iterable[str] | None = None) -> dict[tuple[str, int], tuple[int, int]]:
    """{(topic, partition): (high watermark, position)} for this worker's assigned source partitions.

    Reads what the consumer already knows, without a broker round trip: the high watermark the
    fetcher saw last, and the offset Faust last committed (the next one to process), else the
    last offset handed to the streams + 1. Partitions not fetched yet are left out.
    """
    wanted = set(topics) if topics is not None else source_topics(app)
    consumer = app.consumer
    try:
        assignment = consumer.assignment()
    except Exception:  # noqa: BLE001 - not started yet or mid-rebalance: no lag to report now
        return {}
    committed = getattr(consumer, "_committed_offset", {}) or {}
    read = getattr(app.monitor, "tp_read_offsets", None) or {}
    offsets = {}
    for tp in assignment:
        if tp.topic not in wanted:
            continue
        try:
            highwater = consumer.highwater(tp)
        except Exception:  # noqa: BLE001 - partition revoked between the two calls
            continue
        position = committed.get(tp)
        if position is None and tp in read:
            position = read[tp] + 1
        if highwater is None or position is None:
            continue
        offsets[(tp.topic, tp.partition)] = (highwater, position)
    return offsets


def update_consumer_lag(worker: str, app, topics: Iterable[str] | None = None) -> None:
    set_consumer_lag(worker, consumer_offsets(app, topics))


def before_scrape(app, worker: str) -> None:
    """Refresh the values that are read rather than counted, just before /metrics renders."""
    try:
        update_consumer_lag(worker, app)
    except Exception:  # noqa: BLE001 - a scrape must never fail because of a gauge
        log.exception("could not update consumer lag")


# Aggregator tables --------------------------------------------------------------------------


def set_region_totals(location_key: str, country: str | None, totals: Mapping[str, int]) -> None:
    """Publish one location key's totals (attacks, launched, intercepted, killed, injured)."""
    labels = (location_key, country or "")
    for field, gauge in REGION_GAUGES.items():
        gauge.labels(*labels).set(totals.get(field, 0) or 0)
    _region_keys.add(labels)


def keep_regions(current: set[tuple[str, str]]) -> None:
    """Drop the series of location keys this worker no longer holds (moved by a rebalance)."""
    for labels in _region_keys - current:
        for gauge in REGION_GAUGES.values():
            gauge.remove(*labels)
    _region_keys.intersection_update(current)


def export_tables(tables: Mapping[str, Sized], stores) -> None:
    """Table sizes and per-region totals from the aggregator's tables (called on a timer).

    `stores.regions` maps location key -> region ledger (see `aggregation.regions`).
    """
    for name, table in tables.items():
        TABLE_ENTRIES.labels(table=name).set(len(table))
    current = set()
    for key in list(stores.regions):
        region = stores.regions.get(key)
        if region is None:
            continue
        set_region_totals(key, region.get("country"), region_ledgers.totals(region))
        current.add((key, region.get("country") or ""))
    keep_regions(current)


# Faust's own sensor ---------------------------------------------------------------------------


def install_faust_sensor(app, prefix: str = "faust") -> None:
    """Faust's Prometheus monitor on our registry (messages per topic, sends, commits, rebalances).

    Its series are named `faust_*`; its latency histograms are in milliseconds (Faust's choice).
    We install the monitor only: `setup_prometheus_sensors` would also add its own /metrics page.
    Call before the app starts. Safe to call for several apps in one process (the metrics are shared).
    """
    global _faust_metrics
    from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor

    if _faust_metrics is None:
        _faust_metrics = FaustMetrics.create(REGISTRY, prefix)
    app.monitor = PrometheusMonitor(metrics=_faust_metrics)


def instrument(app, worker: str) -> None:
    """Everything a worker needs at construction: build info, its zero series, Faust's sensor."""
    set_build_info(worker)
    install_faust_sensor(app)
