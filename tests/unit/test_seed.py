"""The seed article (../shared/seed beside the repo) gives what DESIGN.md lists under
"What the seed article should give"."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.contract import Article
from sitrep.extraction import extract

SEED_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "seed"


@pytest.fixture(scope="module")
def events():
    files = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    if not files:
        pytest.skip(f"seed article not present at {SEED_DIR}")
    text = files[0].read_text("utf-8")
    out = extract(Article(id="seed", text=text))
    for e in out:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
    return out


def _one(events, type_, key, **where):
    found = [e for e in events if e.type == type_ and e.location_key == key
             and all(getattr(e, k) == v for k, v in where.items())]
    assert found, f"no {type_} at {key} {where}: {[(e.type, e.location_key) for e in events]}"
    return found[0]


def _count(c):
    return None if c is None else (c.value, c.qualifier)


def test_ukraine_country_attack(events):
    e = _one(events, "attack", "UA", region=None)
    assert (e.country, e.weapon, e.actor) == ("UA", "drone", "RU")
    assert _count(e.launched) == (137, "exact")
    assert _count(e.intercepted) == (63, "exact")
    assert "air force" in e.claimed_by.lower() and "ukrain" in e.claimed_by.lower()
    assert "energy" in e.targets


def test_ukraine_regional_attacks(events):
    z = _one(events, "attack", "UA-23")
    assert _count(z.outage_people) == (3000, "about")
    assert "Ivan Fedorov" in z.claimed_by
    _one(events, "attack", "UA-12")
    _one(events, "attack", "UA-30")


def test_russia_country_attack(events):
    e = _one(events, "attack", "RU", region=None)
    assert (e.actor, e.weapon) == ("UA", "drone")
    assert _count(e.launched) == (46, "exact")
    assert _count(e.intercepted) == (46, "exact")
    assert "defence ministry" in e.claimed_by.lower()


@pytest.mark.parametrize("region", ["RU-BEL", "RU-BRY", "RU-KRS", "RU-ORL"])
def test_russia_regional_attacks(events, region):
    assert _one(events, "attack", region).actor == "UA"


def test_casualties(events):
    assert _count(_one(events, "casualty", "RU").injured) == (6, "at_least")
    assert _count(_one(events, "casualty", "RU-BEL").injured) == (1, "exact")
    assert _count(_one(events, "casualty", "RU-KRS").injured) == (5, "exact")
    assert "Khinstein" in _one(events, "casualty", "RU-KRS").claimed_by
    assert not [e for e in events if e.type == "casualty" and e.country == "UA"]


def test_ceasefire(events):
    e = _one(events, "ceasefire_proposal", "-")
    assert e.actor == "US"
    assert e.parties == ["RU", "UA"]
    assert e.duration_days == 30
    assert e.stances == {"UA": "accepted", "RU": "conditional"}


def test_deterministic(events):
    text = sorted(SEED_DIR.glob("*.txt"))[0].read_text("utf-8")
    again = extract(Article(id="seed", text=text))
    assert [e.event_id for e in again] == [e.event_id for e in events]
    assert len({e.event_id for e in events}) == len(events)
