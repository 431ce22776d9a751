"""Ceasefire proposal reports -> proposals. Pure.

Reports merge by (proposer, sorted parties, duration, scope). Each party keeps its latest stance by
event time; at equal times a fixed order decides, so the result never depends on arrival order.
"""

from __future__ import annotations

import datetime as dt

_STANCE_RANK = {"proposed": 0, "conditional": 1, "accepted": 2, "rejected": 3}


def proposal_key(event: dict) -> str:
    parties = ",".join(sorted(event.get("parties") or []))
    duration = event.get("duration_days")
    return "|".join([event.get("actor") or "-", parties or "-", str(duration or "-"), event.get("scope") or "-"])


def report_of(event: dict, seen_at: dt.datetime) -> dict:
    when = seen_at.isoformat()
    return {
        "key": proposal_key(event),
        "proposer": event.get("actor"),
        "proposer_name": event.get("actor_name"),
        "parties": sorted(event.get("parties") or []),
        "duration_days": event.get("duration_days"),
        "scope": event.get("scope"),
        "stances": {party: {"stance": stance, "at": when} for party, stance in (event.get("stances") or {}).items()},
        "article_ids": [event["article_id"]],
        "event_ids": [event["event_id"]],
        "first_seen": when,
        "last_seen": when,
    }


def _later(a: dict | None, b: dict) -> dict:
    if a is None:
        return b
    return max(a, b, key=lambda s: (s["at"], _STANCE_RANK.get(s["stance"], -1)))


def merge(proposal: dict | None, report: dict) -> dict:
    if proposal is None:
        return report
    merged = dict(proposal)
    stances = dict(proposal["stances"])
    for party, stance in report["stances"].items():
        stances[party] = _later(stances.get(party), stance)
    merged["stances"] = stances
    merged["article_ids"] = sorted(set(proposal["article_ids"]) | set(report["article_ids"]))
    merged["event_ids"] = sorted(set(proposal["event_ids"]) | set(report["event_ids"]))
    merged["first_seen"] = min(proposal["first_seen"], report["first_seen"])
    merged["last_seen"] = max(proposal["last_seen"], report["last_seen"])
    merged["proposer_name"] = proposal["proposer_name"] or report["proposer_name"]
    return merged


def describe(proposal: dict) -> dict:
    """The public view: latest stance per party and the number of articles behind it."""
    return {
        "key": proposal["key"],
        "proposer": proposal["proposer"],
        "proposer_name": proposal["proposer_name"],
        "parties": proposal["parties"],
        "duration_days": proposal["duration_days"],
        "scope": proposal["scope"],
        "stances": {party: s["stance"] for party, s in sorted(proposal["stances"].items())},
        "stance_updated": {party: s["at"] for party, s in sorted(proposal["stances"].items())},
        "articles": len(proposal["article_ids"]),
        "first_seen": proposal["first_seen"],
        "last_seen": proposal["last_seen"],
    }
