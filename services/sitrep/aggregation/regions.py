"""Incidents -> per-location-key totals and daily series. Pure.

A region record is a ledger: for each of its incidents, the incident's current summary (its max
counts). Totals are sums over the ledger, so they change exactly by the increase of an incident's
max, and rewriting an incident's summary any number of times (replays, crash recovery) is harmless.
The daily series (tumbling windows of one day, on event time) is the same ledger grouped by day.

Expiry: incidents older than the horizon (days before the newest day this key has seen) leave the
ledger; their summaries are folded into `expired` so all-time totals stay, and a report for a day
before the horizon is refused (`accepts`), since the incident it would merge into is forgotten.
"""

from __future__ import annotations

import datetime as dt

from .incidents import COUNT_FIELDS

TOTAL_FIELDS = ("attacks", "casualty_incidents", *COUNT_FIELDS, "reports")


def new_region(incident: dict) -> dict:
    return {
        "location_key": incident["location_key"],
        "country": incident["country"],
        "region": incident["region"],
        "region_name": incident["region_name"],
        "ledger": {},
        "expired": dict.fromkeys(TOTAL_FIELDS, 0),
        "first_seen": incident["first_seen"],
        "last_seen": incident["last_seen"],
        "newest_day": incident["day"],
    }


def horizon_start(region: dict, horizon_days: int) -> str:
    newest = dt.date.fromisoformat(region["newest_day"])
    return (newest - dt.timedelta(days=horizon_days)).isoformat()


def accepts(region: dict | None, day: str, horizon_days: int) -> bool:
    """False for a report older than the horizon: its incident may already be forgotten."""
    return region is None or day >= horizon_start(region, horizon_days)


def apply(region: dict | None, key: str, summary: dict, horizon_days: int) -> tuple[dict, list[str]]:
    """Record an incident's current summary; returns the region and the incident keys that expired."""
    region = dict(region) if region else None
    if region is None:
        raise ValueError("apply() needs a region; use new_region() first")
    region["ledger"] = {**region["ledger"], key: summary}
    region["first_seen"] = min(region["first_seen"], summary["first_seen"])
    region["last_seen"] = max(region["last_seen"], summary["last_seen"])
    region["newest_day"] = max(region["newest_day"], summary["day"])
    return _expire(region, horizon_days)


def _expire(region: dict, horizon_days: int) -> tuple[dict, list[str]]:
    cutoff = horizon_start(region, horizon_days)
    old = [k for k, s in region["ledger"].items() if s["day"] < cutoff]
    if not old:
        return region, []
    expired = dict(region["expired"])
    for key in old:
        for field, value in _contribution(region["ledger"][key]).items():
            expired[field] += value
    region["ledger"] = {k: s for k, s in region["ledger"].items() if k not in old}
    region["expired"] = expired
    return region, old


def _contribution(summary: dict) -> dict:
    values = {f: summary.get(f, 0) for f in COUNT_FIELDS}
    values["attacks"] = 1 if summary["type"] == "attack" else 0
    values["casualty_incidents"] = 1 if summary["type"] == "casualty" else 0
    values["reports"] = summary["reports"]
    return values


def totals(region: dict, since: str | None = None) -> dict:
    """Sums over the region's incidents (all time, or from day `since` on)."""
    result = dict.fromkeys(TOTAL_FIELDS, 0) if since else dict(region["expired"])
    first, last = None, None
    for summary in region["ledger"].values():
        if since and summary["day"] < since:
            continue
        for field, value in _contribution(summary).items():
            result[field] += value
        first = min(first or summary["first_seen"], summary["first_seen"])
        last = max(last or summary["last_seen"], summary["last_seen"])
    result["first_seen"] = region["first_seen"] if not since else first
    result["last_seen"] = region["last_seen"] if not since else last
    return result


def daily(region: dict) -> list[dict]:
    """Per-day totals (the tumbling daily windows still inside the horizon), oldest first."""
    days: dict[str, dict] = {}
    for summary in region["ledger"].values():
        row = days.setdefault(summary["day"], dict.fromkeys(TOTAL_FIELDS, 0))
        for field, value in _contribution(summary).items():
            row[field] += value
    return [{"day": day, **days[day]} for day in sorted(days)]


def describe(region: dict, since: str | None = None) -> dict:
    """The public view of a region: identity and totals."""
    return {
        "location_key": region["location_key"],
        "country": region["country"],
        "region": region["region"],
        "region_name": region["region_name"],
        **totals(region, since),
    }
