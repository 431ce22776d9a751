"""Ceasefire proposals: proposer, parties, duration, scope and stances."""

from __future__ import annotations

from sitrep.contract import Article
from sitrep.extraction import extract


def proposal(text: str):
    events = [e for e in extract(Article(id="c", text=text)) if e.type == "ceasefire_proposal"]
    assert len(events) <= 1
    return events[0] if events else None


def test_energy_truce_proposed_and_rejected():
    e = proposal("Ukraine proposed a 30-day moratorium on strikes against energy infrastructure on Monday. "
                 "Russia rejected the offer, the Kremlin said.")
    assert (e.actor, e.parties, e.duration_days, e.scope) == ("UA", ["RU", "UA"], 30, "energy")
    assert e.stances == {"UA": "proposed", "RU": "rejected"}


def test_holiday_truce_declared():
    e = proposal("Russian President Vladimir Putin declared a three-day Victory Day truce in the war with "
                 "Ukraine, the Kremlin said.")
    assert (e.actor, e.parties, e.duration_days, e.scope) == ("RU", ["RU", "UA"], 3, "holiday")
    assert e.stances["RU"] == "proposed"


def test_mediated_humanitarian_pause():
    e = proposal("Israel and Hamas agreed to a Qatari-brokered humanitarian pause of 72 hours to allow aid "
                 "into Gaza, officials said.")
    assert (e.actor, e.parties, e.duration_days, e.scope) == ("QA", ["IL", "PS"], 3, "humanitarian")


def test_maritime_and_conditional():
    e = proposal("The United States put forward a proposal for a ceasefire in the Black Sea. Moscow said it "
                 "would agree only if sanctions on its agricultural exports were lifted.")
    assert (e.actor, e.scope) == ("US", "maritime")
    assert e.stances.get("RU") == "conditional"


def test_no_proposal():
    assert proposal("Hopes are fading in the region as fighting continues along the front line.") is None
    assert proposal("Both sides accused each other of violating a ceasefire brokered in 2020.") is None
    assert proposal("The factory will halt production for maintenance next week.") is None
