"""Synthetic wire-style articles for the demo, benchmarks and load tests (deterministic by seed).

The sentences come from `data/sample_templates.json`; this module only fills them in. Real
evaluation uses the hand-written corpus in tests/corpus/, not these.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from functools import cache
from importlib import resources

WORDS = ["one person", "two people", "three people", "four people", "five people", "six people",
         "seven people", "eight people", "nine people", "ten people"]


@cache
def templates() -> dict:
    return json.loads(resources.files("sitrep").joinpath("data/sample_templates.json").read_text("utf-8"))


def _people(n: int) -> str:
    return WORDS[n - 1] if 1 <= n <= len(WORDS) else f"{n} people"


def _values(rng: random.Random, day: dt.date) -> dict:
    t = templates()
    launched = rng.randrange(20, 300)
    injured, killed = rng.randrange(1, 15), rng.randrange(1, 9)
    return {
        "launched": launched, "intercepted": rng.randrange(5, launched),
        "injured_words": _people(injured), "injured_words_cap": _people(injured).capitalize(),
        "killed_words": _people(killed), "killed_words_cap": _people(killed).capitalize(),
        "outage": f"{rng.randrange(1, 60) * 500:,}",
        "ua_region": rng.choice(t["ua_regions"]), "ru_region": rng.choice(t["ru_regions"]),
        "person": rng.choice(t["people"]), "month": day.strftime("%B"), "day": day.day,
        "weekday": day.strftime("%A"),
    }


def article(index: int, seed: int = 7, start: dt.date = dt.date(2025, 3, 10), days: int = 10,
            target_bytes: int = 1500) -> dict:
    """Article number `index` of the stream `seed`: about target_bytes of text, one in eight without events."""
    rng = random.Random(f"{seed}:{index}")
    t = templates()
    day = start + dt.timedelta(days=rng.randrange(days))
    quiet = rng.random() < 0.125
    kinds = ["no_events"] if quiet else ["country_attack", "regional_injured", "regional_killed", "energy",
                                          "russia_mod"]
    paragraphs = [rng.choice(t["datelines"]).format(**_values(rng, day))]
    while sum(len(p) for p in paragraphs) < target_bytes:
        kind = rng.choice(kinds) if rng.random() < 0.6 else ("no_events" if quiet else "filler")
        paragraphs.append(rng.choice(t[kind]).format(**_values(rng, day)))
    text = paragraphs[0] + " " + "\n\n".join(paragraphs[1:])
    return {
        "id": f"s{seed}-{index:06d}",
        "title": "Markets and sport" if quiet else "Overnight strikes reported",
        "text": text,
        "published_at": f"{day.isoformat()}T{rng.randrange(5, 22):02d}:{rng.randrange(60):02d}:00Z",
        "source": rng.choice(t["sources"]),
        "url": None,
    }


def articles(count: int, seed: int = 7, **options) -> list[dict]:
    return [article(i, seed, **options) for i in range(count)]
