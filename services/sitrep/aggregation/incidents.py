"""Reports -> incidents (DESIGN.md "Aggregates"). Pure: dicts in, dicts out, no Faust or Kafka.

An incident is what several reports of the same thing merge into. Its key is (location key, event
day, type, and for attacks the weapon). Merging is a join: each count takes the largest value
reported, the sets of articles, sources, claimants and event ids are unions, first/last seen are
min/max of event times. A join is commutative, associative and idempotent, so the order reports
arrive in, replays and republished articles never change the result.

Known limit: two separate strikes of one weapon in one place on one day merge into one incident.
"""

from __future__ import annotations

import datetime as dt

from ..contract import parse_published

COUNT_FIELDS = ("launched", "intercepted", "killed", "injured", "outage_people")
# Tie-break when two reports give the same value with different qualifiers: any fixed order keeps
# the merge order-independent; a plain figure ranks above hedged ones.
_QUALIFIER_RANK = {"exact": 4, "at_least": 3, "more_than": 2, "about": 1, "at_most": 0}


def event_time(event: dict, fallback_ms: int | None) -> dt.datetime:
    """Event time: the article's published_at, else the Kafka timestamp of the message."""
    if event.get("published_at"):
        return parse_published(event["published_at"])
    if fallback_ms is None:
        raise ValueError("event has no published_at and no Kafka timestamp")
    return dt.datetime.fromtimestamp(fallback_ms / 1000, tz=dt.UTC)


def location_key(event: dict) -> str:
    if event["type"] == "ceasefire_proposal":
        return "-"
    return event.get("region") or event.get("country") or "-"


def incident_key(event: dict, day: str) -> str:
    parts = [location_key(event), day, event["type"]]
    if event["type"] == "attack":
        parts.append(event.get("weapon") or "unspecified")
    return "|".join(parts)


def max_count(a: dict | None, b: dict | None) -> dict | None:
    """The larger of two Counts (None is absent)."""
    if a is None or b is None:
        return a or b
    rank_a = (a["value"], _QUALIFIER_RANK.get(a["qualifier"], 0))
    rank_b = (b["value"], _QUALIFIER_RANK.get(b["qualifier"], 0))
    return a if rank_a >= rank_b else b


def report_of(event: dict, seen_at: dt.datetime) -> dict:
    """The incident one report alone makes."""
    day = seen_at.date().isoformat()
    when = seen_at.isoformat()
    incident = {
        "key": incident_key(event, day),
        "type": event["type"],
        "location_key": location_key(event),
        "country": event.get("country"),
        "region": event.get("region"),
        "region_name": event.get("region_name"),
        "day": day,
        "weapon": event.get("weapon") if event["type"] == "attack" else None,
        "counts": {f: event.get(f) for f in COUNT_FIELDS if event.get(f)},
        "targets": sorted(set(event.get("targets") or [])),
        "article_ids": [event["article_id"]],
        "event_ids": [event["event_id"]],
        "sources": sorted({event["source"]} if event.get("source") else set()),
        "claimants": sorted({event["claimed_by"]} if event.get("claimed_by") else set()),
        "actors": sorted({event["actor"]} if event.get("actor") else set()),
        "first_seen": when,
        "last_seen": when,
    }
    return incident


def merge(incident: dict | None, report: dict) -> dict:
    """Join a report (an incident of one report) into an incident of the same key."""
    if incident is None:
        return report
    assert incident["key"] == report["key"], (incident["key"], report["key"])
    counts = dict(incident["counts"])
    for field, count in report["counts"].items():
        counts[field] = max_count(counts.get(field), count)
    merged = dict(incident)
    merged["counts"] = counts
    for field in ("targets", "article_ids", "event_ids", "sources", "claimants", "actors"):
        merged[field] = sorted(set(incident[field]) | set(report[field]))
    merged["first_seen"] = min(incident["first_seen"], report["first_seen"])
    merged["last_seen"] = max(incident["last_seen"], report["last_seen"])
    # Place names are the same for one key; take them where the first report lacked them.
    for field in ("country", "region", "region_name"):
        merged[field] = incident[field] or report[field]
    return merged


def summary(incident: dict) -> dict:
    """What a region's ledger keeps of an incident: its count values and report count."""
    return {
        "day": incident["day"],
        "type": incident["type"],
        "weapon": incident["weapon"],
        **{f: incident["counts"][f]["value"] for f in COUNT_FIELDS if f in incident["counts"]},
        "reports": len(incident["article_ids"]),
        "first_seen": incident["first_seen"],
        "last_seen": incident["last_seen"],
    }
