"""Benchmark: articles per second of sitrep.extraction.extract on one core, ~3 KB wire-style articles.

Usage: python scripts/bench_extract.py [--seconds S] [--corpus FILE.jsonl] [--dump FILE.jsonl]
Without --corpus it generates varied ~3 KB articles (strike reports, MoD claims, ceasefire news and
no-event filler) from templates, so it needs nothing outside the repo.
"""

from __future__ import annotations

import argparse
import json
import random
import time

from sitrep.contract import Article
from sitrep.extraction import extract

_EVENT = [
    "Russia launched {n} drones and {m} missiles at Ukraine overnight, the Ukrainian Air Force said on Telegram.",
    "Air defence shot down {k} of the {n} drones over the {r1} and {r2} regions, the air force said.",
    "In the {r1} region, a drone struck a residential building, killing {a} people and injuring {b}, "
    "regional governor {p} said.",
    "About {o} households were left without electricity in {r2} after an energy facility was hit.",
    "Russia's defence ministry said its air defences had destroyed {k} Ukrainian drones over {rr} regions, "
    "including {a} over the {rr1} region.",
    "Israeli strikes across the Gaza Strip killed at least {a} Palestinians on Tuesday, medics said.",
    "Hezbollah fired some {b} rockets at northern Israel, the military said.",
    "Shelling by the Rapid Support Forces killed {a} civilians in El Fasher, a local rights group said.",
    "The United States proposed a {d}-day ceasefire, which Ukraine accepted while Russia set conditions.",
]
_FILLER = [
    "Wheat futures rose on Monday as traders weighed weather in the U.S. Plains and Black Sea export outlook.",
    "The central bank kept its key rate unchanged at 7.5%, citing inflation that remained above target.",
    "Analysts said the talks could continue next week, although officials declined to give details.",
    "\"We are watching the situation closely,\" a spokesperson told reporters at a briefing in Brussels.",
    "The club have won five of their last six matches and sit second in the league, three points behind.",
    "Officials have said the reconstruction of the bridge is expected to take at least two more years.",
    "The report, published by an independent think tank, examined supply chains across the region.",
]
_UA = ["Kharkiv", "Sumy", "Odesa", "Dnipropetrovsk", "Zaporizhzhia", "Kyiv", "Poltava", "Chernihiv"]
_RU = ["Belgorod", "Bryansk", "Kursk", "Oryol", "Moscow", "Voronezh"]


def make_article(rng: random.Random, i: int, event_share: float = 0.3) -> Article:
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < 3000:
        if rng.random() < event_share:  # by default a third of the sentences report something
            t = rng.choice(_EVENT)
            parts.append(t.format(n=rng.randint(20, 400), m=rng.randint(1, 40), k=rng.randint(10, 300),
                                  a=rng.randint(1, 30), b=rng.randint(1, 60), o=rng.randint(1, 90) * 1000,
                                  d=rng.choice([3, 30, 60]), r1=rng.choice(_UA), r2=rng.choice(_UA),
                                  rr=rng.randint(2, 12), rr1=rng.choice(_RU), p="Ivan Petrenko"))
        else:
            parts.append(rng.choice(_FILLER))
    text = "\n\n".join(" ".join(parts[k:k + 3]) for k in range(0, len(parts), 3))
    return Article(id=f"bench-{i}", text=text, published_at="2025-03-18T06:00:00Z")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--corpus", help="a JSON-lines file of articles instead of generated ones")
    ap.add_argument("--conflict-share", type=float, default=1.0,
                    help="share of generated articles that are conflict reports (the rest: no-event news), "
                         "e.g. 0.2 for a general news stream")
    ap.add_argument("--dump", metavar="FILE",
                    help="write the benchmark articles as JSON lines to FILE and exit (for output-hash checks)")
    args = ap.parse_args()
    if args.corpus:
        with open(args.corpus, encoding="utf-8") as fh:
            articles = [Article(**json.loads(line)) for line in fh if line.strip()]
    else:
        rng = random.Random(7)
        articles = [make_article(rng, i, 0.3 if rng.random() < args.conflict_share else 0.0)
                    for i in range(300)]
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            fh.writelines(a.model_dump_json() + "\n" for a in articles)
        return
    size = sum(len(a.text.encode("utf-8")) for a in articles) / len(articles)
    for a in articles[:20]:
        extract(a)  # warm-up: lexicons and gazetteer load once
    done = events = 0
    start = time.process_time()
    while time.process_time() - start < args.seconds:
        for a in articles:
            events += len(extract(a))
        done += len(articles)
    elapsed = time.process_time() - start
    print(f"extract: {done / elapsed:,.0f} articles/s on one core "
          f"({done} articles of {size:,.0f} bytes on average, {events / done:.1f} events/article, "
          f"{elapsed:.1f} s)")


if __name__ == "__main__":
    main()
