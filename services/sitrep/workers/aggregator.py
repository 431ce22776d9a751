"""Aggregator worker: events.* -> incidents, region totals and ceasefire proposals in Faust tables.

Thin: the rules are `aggregation.fold`; this file gives it three Faust tables (RocksDB on disk,
changelog topics in Kafka, so a restarted worker recovers its state) and serves them over HTTP.
Tables are co-partitioned with the event topics: every event topic is keyed by location key and
has the same partition count, and each table write goes to the changelog partition of the event
being processed, so one location's incidents and totals live on one partition and one worker.

At-least-once, as in the extractor: an event is acked only once the broker has every changelog
record its table writes made, and Faust commits only acked offsets. Faust's own safeguard, a flush
of its send buffer before each commit, gives up after 0.1 s without progress and misses a record
already taken off the buffer, so on its own an offset could be committed ahead of its records and a
crash then lose them. A replay rewrites what it touches (`fold`), so records lost with an unacked
event come back.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import MutableMapping

import faust
import orjson

from ..aggregation import ACCEPTED, DUPLICATE, Stores, fold
from ..settings import Settings
from ..topics import event_topics
from . import metrics
from .app import crash_on_failure, make_app, raw_topic
from .web import add_metrics_page, add_query_views

log = logging.getLogger(__name__)
EVENT_TYPES = ("attack", "casualty", "ceasefire_proposal")
# Events folded but not yet acked, waiting for their changelog records: enough to keep the fold
# going through a broker round trip, few enough to bound the replay after a crash.
UNCONFIRMED_EVENTS = 1024


class ConfirmedTable(faust.Table):
    """A Faust table that keeps the changelog sends of its writes until `take_sends()`.

    Each send is a future that resolves when the broker acknowledges the record (or fails with the
    reason it did not), after Faust has recorded the record's offset in the local store.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sends: list[asyncio.Future] = []

    def send_changelog(self, *args, **kwargs):
        future = super().send_changelog(*args, **kwargs)
        self.sends.append(future)
        return future

    def take_sends(self) -> list[asyncio.Future]:
        taken, self.sends = self.sends, []
        return taken


class JsonTable(MutableMapping):
    """A Faust table of orjson bytes seen as a mapping of dicts (what `fold` works on)."""

    def __init__(self, table):
        self.table = table

    def __getitem__(self, key: str) -> dict:
        raw = self.table[key]
        return orjson.loads(raw)

    def get(self, key, default=None):
        raw = self.table.get(key)
        return default if raw is None else orjson.loads(raw)

    def __setitem__(self, key: str, value: dict) -> None:
        self.table[key] = orjson.dumps(value)

    def __delitem__(self, key: str) -> None:
        del self.table[key]

    def __iter__(self):
        return (key.decode() for key in self.table.keys())

    def __len__(self) -> int:
        return len(self.table)


def _table(app, name: str, help_text: str):
    # Raw keys: the changelog key bytes equal the event key bytes, so Faust's router hashes a location
    # key to the same partition the extractor published it to.
    return app.Table(name, key_type=bytes, value_type=bytes, help=help_text)


def create_app(settings: Settings):
    app = make_app(settings, "aggregator", port=settings.aggregator_port, store=settings.store,
                   Table=ConfirmedTable)
    tables = {
        "incidents": _table(app, "incidents", "incident key -> merged incident"),
        "regions": _table(app, "regions", "location key -> ledger of its incidents' max counts"),
        "ceasefires": _table(app, "ceasefires", "proposal key -> merged ceasefire proposal"),
    }
    stores = Stores(**{name: JsonTable(table) for name, table in tables.items()})
    source = raw_topic(app, *event_topics(settings))
    add_metrics_page(app, "aggregator")
    add_query_views(app, tables, settings)

    def handle(message) -> None:
        """Fold one event message into the tables; unreadable ones are skipped, loudly."""
        try:
            data = orjson.loads(message.value)
            kind = data["type"] if data.get("type") in EVENT_TYPES else "unknown"
            metrics.EVENTS_CONSUMED.labels(type=kind).inc()
            timestamp_ms = int(message.timestamp * 1000) if message.timestamp else None
            outcome = fold(stores, data, timestamp_ms, settings.window_expiry_days)
        except (orjson.JSONDecodeError, TypeError, KeyError, ValueError, AttributeError) as error:
            # Events come from our extractor; anything else written to events.* is skipped, loudly.
            log.error("skipping unreadable event at %s[%s]@%s: %r", message.topic, message.partition,
                      message.offset, error)
            metrics.EVENTS_REFUSED.labels(type="unknown", reason="unreadable").inc()
            return
        if outcome == DUPLICATE:
            metrics.EVENTS_DUPLICATE.labels(type=kind).inc()
        elif outcome != ACCEPTED:
            metrics.EVENTS_REFUSED.labels(type=kind, reason=outcome).inc()

    async def confirm(stream, folded: asyncio.Queue) -> None:
        """Ack each event, in order, once the broker has every changelog record it wrote."""
        while True:
            event, sends = await folded.get()
            for send in sends:
                await send  # raises if the broker refused the record: then never ack
            await stream.ack(event)

    @app.agent(source)
    async def aggregate(stream):
        events = stream.noack()
        folded: asyncio.Queue = asyncio.Queue(UNCONFIRMED_EVENTS)
        confirming = asyncio.ensure_future(crash_on_failure(app, confirm(events, folded)))
        try:
            async for event in events.events():
                handle(event.message)  # table writes happen here, inside the event's context
                await folded.put((event, [send for table in tables.values() for send in table.take_sends()]))
        finally:
            confirming.cancel()

    @app.timer(interval=10.0)
    async def export_table_metrics():
        metrics.export_tables(tables, stores)

    return app
