"""The pure merge: incidents and totals are order-, duplicate- and replay-proof (DESIGN.md "Aggregates")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.aggregation import DUPLICATE, REFUSED_OLD, Aggregate, Stores, fold


def attack(event_id, article, launched=None, qualifier="exact", *, region=None, country="UA", weapon="drone",
           day="2025-03-18", intercepted=None, source=None, claimed_by=None):
    return {
        "type": "attack", "event_id": event_id, "article_id": article, "published_at": f"{day}T06:00:00Z",
        "country": country, "region": region, "region_name": None, "weapon": weapon,
        "launched": {"value": launched, "qualifier": qualifier} if launched is not None else None,
        "intercepted": {"value": intercepted, "qualifier": "exact"} if intercepted is not None else None,
        "outage_people": None, "targets": [], "actor": "RU", "claimed_by": claimed_by, "source": source,
    }


def casualty(event_id, article, killed=None, injured=None, *, region="UA-63", day="2025-03-18"):
    count = lambda v: {"value": v, "qualifier": "exact"} if v is not None else None  # noqa: E731
    return {"type": "casualty", "event_id": event_id, "article_id": article, "published_at": f"{day}T09:00:00Z",
            "country": region[:2], "region": region, "region_name": None, "killed": count(killed),
            "injured": count(injured), "actor": "RU", "claimed_by": None}


def ceasefire(event_id, article, stance_ru, day="2025-03-18", hour="10"):
    return {"type": "ceasefire_proposal", "event_id": event_id, "article_id": article,
            "published_at": f"{day}T{hour}:00:00Z", "actor": "US", "actor_name": "the United States",
            "parties": ["UA", "RU"], "duration_days": 30, "scope": "general",
            "stances": {"UA": "accepted", "RU": stance_ru}, "country": None, "region": None}


def test_syndicated_reports_are_one_incident_with_the_largest_count():
    agg = Aggregate()
    for event in [attack("e1", "reuters-1", 120, source="Reuters", claimed_by="Ukraine's air force"),
                  attack("e2", "ap-7", 130, "more_than", source="AP"),
                  attack("e3", "afp-3", 137, intercepted=63, source="AFP")]:
        agg.add(event)
    (incident,) = agg.stores.incidents.values()
    assert incident["counts"]["launched"] == {"value": 137, "qualifier": "exact"}
    assert incident["article_ids"] == ["afp-3", "ap-7", "reuters-1"]
    assert incident["sources"] == ["AFP", "AP", "Reuters"]
    totals = agg.region_view()["UA"]
    assert (totals["attacks"], totals["launched"], totals["intercepted"], totals["reports"]) == (1, 137, 63, 3)


def test_a_later_larger_toll_raises_the_total_by_the_increase_only():
    agg = Aggregate()
    agg.add(casualty("c1", "a1", killed=5))
    agg.add(casualty("c2", "a2", killed=8, injured=2))
    agg.add(casualty("c1", "a1", killed=5))  # a replay
    view = agg.region_view()["UA-63"]
    assert (view["killed"], view["injured"], view["casualty_incidents"], view["reports"]) == (8, 2, 1, 2)


def test_different_weapons_days_and_places_are_different_incidents():
    agg = Aggregate()
    agg.add(attack("e1", "a", 40, weapon="drone"))
    agg.add(attack("e2", "a", 6, weapon="missile"))
    agg.add(attack("e3", "b", 50, weapon="drone", day="2025-03-19"))
    agg.add(attack("e4", "b", 9, weapon="drone", region="UA-23"))
    assert len(agg.stores.incidents) == 4
    assert agg.region_view()["UA"]["launched"] == 96
    assert agg.region_view()["UA-23"]["launched"] == 9
    assert agg.region_view(since="2025-03-19")["UA"]["launched"] == 50


def test_reports_older_than_the_horizon_are_refused_not_double_counted():
    agg = Aggregate(horizon_days=10)
    agg.add(attack("old", "a", 10, day="2025-03-01"))
    agg.add(attack("new", "b", 20, day="2025-03-20"))  # expires the March 1 incident
    assert "UA|2025-03-01|attack|drone" not in agg.stores.incidents
    assert agg.add(attack("old", "a", 10, day="2025-03-01")) == REFUSED_OLD
    view = agg.region_view()["UA"]
    assert (view["attacks"], view["launched"]) == (2, 30)


def test_ceasefire_keeps_each_partys_latest_stance():
    agg = Aggregate()
    agg.add(ceasefire("p2", "later", "rejected", hour="18"))
    agg.add(ceasefire("p1", "earlier", "conditional", hour="08"))
    (proposal,) = agg.ceasefire_view()
    assert proposal["stances"] == {"RU": "rejected", "UA": "accepted"}
    assert proposal["articles"] == 2 and proposal["parties"] == ["RU", "UA"]


REPORTS = [
    attack("e1", "a1", 120), attack("e2", "a2", 130, "more_than"), attack("e3", "a3", 137, intercepted=63),
    attack("e4", "a3", 6, weapon="missile"), attack("e5", "a4", 12, region="UA-12"),
    attack("e6", "a5", 3, region="UA-12", day="2025-03-19"), casualty("c1", "a1", killed=2),
    casualty("c2", "a6", killed=4, injured=9), casualty("c3", "a6", injured=1, region="RU-BEL"),
    ceasefire("p1", "a7", "conditional"), ceasefire("p2", "a8", "rejected", hour="12"),
]


def _state(events) -> tuple:
    agg = Aggregate()
    for event in events:
        agg.add(event)
    return agg.stores.incidents, agg.region_view(), agg.ceasefire_view()


@settings(max_examples=300, deadline=None)
@given(st.permutations(REPORTS), st.lists(st.sampled_from(REPORTS), max_size=20))
def test_any_order_with_any_repetitions_gives_the_same_incidents_and_totals(order, repeats):
    expected = _state(REPORTS)
    stream = list(order)
    for i, event in enumerate(repeats):  # replays interleaved anywhere
        stream.insert((i * 7) % (len(stream) + 1), event)
    assert _state(stream) == expected


def test_totals_equal_the_sum_of_incident_maxima():
    incidents, view, _ = _state(REPORTS)
    for key, row in view.items():
        mine = [i for i in incidents.values() if i["location_key"] == key]
        for field in ("launched", "intercepted", "killed", "injured"):
            assert row[field] == sum(i["counts"].get(field, {"value": 0})["value"] for i in mine)
        assert row["reports"] == sum(len(i["article_ids"]) for i in mine)


class WriteLog(dict):
    """A store that remembers which keys were written."""

    def __init__(self):
        super().__init__()
        self.written: list[str] = []

    def __setitem__(self, key, value):
        self.written.append(key)
        super().__setitem__(key, value)


def test_a_replayed_event_rewrites_every_record_it_touches():
    # The worker may have died after a write reached its local store but before it reached the
    # changelog; the replay finds nothing to change, and its rewrite is what reaches the changelog.
    stores = Stores(incidents=WriteLog(), regions=WriteLog(), ceasefires=WriteLog())
    events = [attack("e1", "a1", launched=10, region="UA-63"), ceasefire("p1", "a7", "conditional")]
    for event in events:
        fold(stores, event, None, 90)
    before = {name: dict(getattr(stores, name)) for name in ("incidents", "regions", "ceasefires")}
    for store in (stores.incidents, stores.regions, stores.ceasefires):
        store.written.clear()
    assert [fold(stores, event, None, 90) for event in events] == [DUPLICATE, DUPLICATE]
    assert stores.incidents.written == ["UA-63|2025-03-18|attack|drone"]
    assert stores.regions.written == ["UA-63"]
    assert len(stores.ceasefires.written) == 1
    assert {name: dict(getattr(stores, name)) for name in before} == before
