"""Pure aggregation: events -> incidents -> region totals, and ceasefire proposals.

`fold()` applies one event to three key-value stores (incidents, regions, ceasefires). The
aggregator worker passes its Faust tables; `Aggregate` passes dicts, which tests and offline tools
use to compute the ground truth with exactly the same rules.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass, field

from . import ceasefires, incidents, regions

ACCEPTED, DUPLICATE, REFUSED_OLD = "accepted", "duplicate", "refused_old"


@dataclass
class Stores:
    incidents: MutableMapping[str, dict] = field(default_factory=dict)
    regions: MutableMapping[str, dict] = field(default_factory=dict)
    ceasefires: MutableMapping[str, dict] = field(default_factory=dict)


def fold(stores: Stores, event: dict, kafka_timestamp_ms: int | None, horizon_days: int) -> str:
    """Fold one event in. Idempotent: folding the same event again changes nothing.

    Every record the event touches is written, even when it comes out unchanged. A replayed event
    is a duplicate of what the local store may already hold, while the write that recorded it there
    never reached the changelog (the worker died first); rewriting is what puts it there.
    """
    seen_at = incidents.event_time(event, kafka_timestamp_ms)
    if event["type"] == "ceasefire_proposal":
        report = ceasefires.report_of(event, seen_at)
        known = stores.ceasefires.get(report["key"])
        stores.ceasefires[report["key"]] = ceasefires.merge(known, report)
        return _outcome(known, event)
    report = incidents.report_of(event, seen_at)
    region = stores.regions.get(report["location_key"])
    if not regions.accepts(region, report["day"], horizon_days):
        return REFUSED_OLD
    known = stores.incidents.get(report["key"])
    incident = incidents.merge(known, report)
    stores.incidents[report["key"]] = incident
    updated, expired = regions.apply(region or regions.new_region(incident), incident["key"],
                                     incidents.summary(incident), horizon_days)
    stores.regions[report["location_key"]] = updated
    for key in expired:
        stores.incidents.pop(key, None)
    return _outcome(known, event)


def _outcome(known: dict | None, event: dict) -> str:
    return DUPLICATE if known and event["event_id"] in known["event_ids"] else ACCEPTED


class Aggregate:
    """The whole aggregate state in memory."""

    def __init__(self, horizon_days: int = 90):
        self.horizon_days = horizon_days
        self.stores = Stores()

    def add(self, event: dict, kafka_timestamp_ms: int | None = None) -> str:
        return fold(self.stores, event, kafka_timestamp_ms, self.horizon_days)

    def region_view(self, since: str | None = None) -> dict[str, dict]:
        views = {k: regions.describe(r, since) for k, r in self.stores.regions.items()}
        return {k: v for k, v in views.items() if not since or v["attacks"] or v["casualty_incidents"]}

    def ceasefire_view(self) -> list[dict]:
        return [ceasefires.describe(p) for _, p in sorted(self.stores.ceasefires.items())]
