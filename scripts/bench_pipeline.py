"""`make bench`: the pipeline on the local broker (127.0.0.1:9092), one extractor worker.

Measures, in one run:
  1. passthrough ceiling: a plain aiokafka consume-and-produce of the same messages (no extraction),
     and extraction alone in one process on the same articles (the other ceiling, on a shared machine)
  2. extractor throughput: articles/s from a preloaded topic until every article is consumed, its
     events are acknowledged and its offset committed (the worker's counters and lag gauge, polled)
  3. latency at a fixed 200 articles/s: article sent -> first of its events readable on events.*
     (p50/p99), and the worker's peak RSS
  4. aggregator recovery: restart with 100,000 incidents, from the changelog (local state deleted)
     and from local RocksDB state
Prints a Markdown table (paste it into docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import orjson
import pycountry

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from pipeline import Worker, wait_for  # noqa: E402
from sitrep.clients import consumer, producer  # noqa: E402
from sitrep.commands.topics import create as create_topics  # noqa: E402
from sitrep.samples import articles as sample_articles  # noqa: E402
from sitrep.settings import Settings  # noqa: E402


def bench_env(prefix: str, data: Path) -> dict[str, str]:
    return {**os.environ, "SITREP_TOPIC_ARTICLES": f"{prefix}.articles.raw", "SITREP_TOPIC_ATTACK": f"{prefix}.events.attack",
            "SITREP_TOPIC_CASUALTY": f"{prefix}.events.casualty", "SITREP_TOPIC_CEASEFIRE": f"{prefix}.events.ceasefire",
            "SITREP_TOPIC_DLQ": f"{prefix}.articles.dlq", "SITREP_GROUP_PREFIX": prefix, "SITREP_DATA_DIR": str(data)}


async def publish(settings: Settings, topic: str, payloads: list[tuple[bytes, bytes]]) -> None:
    async with producer(settings, linger_ms=20) as client:
        pending = []
        for key, value in payloads:
            pending.append(await client.send(topic, value, key=key))
            if len(pending) >= 5000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)


async def passthrough(settings: Settings, source: str, target: str, count: int) -> float:
    """A plain consume-and-produce loop over the same messages: the ceiling without extraction."""
    done = 0
    async with consumer(settings, source, group_id=f"pass-{uuid.uuid4().hex[:6]}", auto_offset_reset="earliest",
                        enable_auto_commit=False) as cons, producer(settings) as prod:
        started = None
        while done < count:
            batch = await cons.getmany(timeout_ms=1000, max_records=2000)
            futures = []
            for part in batch.values():
                for message in part:
                    started = started or time.perf_counter()
                    futures.append(await prod.send(target, message.value, key=message.key))
            await asyncio.gather(*futures)
            if batch:
                await cons.commit()
            done += len(futures)
    return count / (time.perf_counter() - started)


def extraction_ceiling(rows: list[dict], seconds: float = 10.0) -> float:
    """Articles/s of decode + extract + encode alone, in this process, right before the worker runs:
    what one extraction process can do on these articles with the machine as loaded as it is now."""
    from sitrep.processing import process_message

    payloads = [(orjson.dumps(r), r["id"].encode()) for r in rows[:2000]]
    process_message(*payloads[0], 10**6)  # load the gazetteer outside the timing
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        process_message(*payloads[done % len(payloads)], 10**6)
        done += 1
    return done / (time.perf_counter() - started)


def extractor_throughput(env: dict, log_dir: Path, count: int) -> tuple[float, Worker]:
    worker = Worker("extractor", env, log_dir, label="bench-extractor").start()
    first = wait_for(lambda: worker.metric("sitrep_articles_consumed_total") > 0 and time.perf_counter(), 120, 0.05)
    wait_for(lambda: worker.metric("sitrep_articles_consumed_total") >= count, 600, 0.1, "all consumed")
    # Done when every article's offset is committed (lag 0): its events acknowledged by the broker, not
    # just read. Includes up to one commit interval of tail.
    wait_for(lambda: worker.metric("sitrep_articles_consumed_total") >= count
             and worker.metric("sitrep_consumer_lag_messages") == 0, 120, 0.1, "all committed")
    elapsed = time.perf_counter() - first
    return count / elapsed, worker


async def latency_run(settings: Settings, rate: int, seconds: int) -> list[float]:
    rows = sample_articles(rate * seconds, seed=99, target_bytes=3000)
    sent: dict[str, float] = {}
    seen: dict[str, float] = {}
    topics = [settings.topic_attack, settings.topic_casualty, settings.topic_ceasefire]
    async with consumer(settings, *topics, group_id=None, auto_offset_reset="latest") as cons:
        await cons.getmany(timeout_ms=500)  # join and position at the end before sending

        async def listen():
            while True:
                batch = await cons.getmany(timeout_ms=200)
                now = time.time()
                for part in batch.values():
                    for message in part:
                        seen.setdefault(orjson.loads(message.value)["article_id"], now)

        listener = asyncio.create_task(listen())
        async with producer(settings, linger_ms=0) as prod:
            start = time.perf_counter()
            for i, row in enumerate(rows):
                await asyncio.sleep(max(0.0, start + i / rate - time.perf_counter()))
                sent[row["id"]] = time.time()
                await prod.send(settings.topic_articles, orjson.dumps(row), key=row["id"].encode())
        await asyncio.sleep(5)
        listener.cancel()
    return [seen[i] - sent[i] for i in sent if i in seen]


def pool_processes(worker: Worker) -> list[int]:
    """The worker's extraction processes (its children, but not multiprocessing's resource tracker)."""
    pids = Path(f"/proc/{worker.process.pid}/task/{worker.process.pid}/children").read_text().split()
    return [int(p) for p in pids if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()]


def peak_rss_mb(worker: Worker | int) -> float:
    pid = worker if isinstance(worker, int) else worker.process.pid
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def recovery(env: dict, log_dir: Path, data: Path, incidents: int) -> tuple[float, float, float]:
    """Aggregator fold rate (events/s), and seconds until a restarted aggregator is ready with
    `incidents` incidents: state rebuilt from the changelog, and local RocksDB state kept.
    Uses topics of its own, so only these events are folded."""
    env = {**env, **bench_env(f"rec{uuid.uuid4().hex[:6]}", data)}
    os.environ.update(env)
    settings = Settings()
    asyncio.run(create_topics(settings, out=open(os.devnull, "w")))  # noqa: SIM115
    codes = sorted(s.code for s in pycountry.subdivisions)  # ~5,000 keys x a few days, inside the horizon
    events = []
    for n in range(incidents):
        code, day = codes[n % len(codes)], dt.date(2025, 1, 1) + dt.timedelta(days=n // len(codes))
        event = {"schema_version": 1, "type": "attack", "event_id": f"r{n}", "article_id": f"a{n}",
                 "published_at": day.isoformat(),
                 "country": code[:2], "region": code, "region_name": None, "place": None, "actor": None,
                 "actor_name": None, "claimed_by": None, "weapon": "drone", "launched": {"value": n % 50, "qualifier": "exact"},
                 "intercepted": None, "targets": [], "outage_people": None}
        events.append((code.encode(), orjson.dumps(event)))
    asyncio.run(publish(settings, settings.topic_attack, events))
    worker = Worker("aggregator", env, log_dir, label="bench-aggregator").start()
    first = wait_for(lambda: worker.metric("sitrep_events_consumed_total") > 0 and time.perf_counter(), 300, 0.1)
    wait_for(lambda: worker.metric("sitrep_events_consumed_total") >= incidents, 1800, 1, "all events folded")
    fold_rate = incidents / (time.perf_counter() - first)
    wait_for(lambda: worker.metric("sitrep_table_entries", table="incidents") >= incidents, 120, 2, "table sizes")
    worker.stop()
    timings = []
    for wipe in (True, False):
        if wipe:
            shutil.rmtree(data / "aggregator", ignore_errors=True)
        started = time.perf_counter()
        worker = Worker("aggregator", env, log_dir, label="bench-aggregator").start(timeout=900)
        timings.append(time.perf_counter() - started)
        count = wait_for(lambda w=worker: w.metric("sitrep_table_entries", table="incidents") >= incidents, 120, 1)
        assert count
        worker.stop()
    return fold_rate, timings[0], timings[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--rate", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--incidents", type=int, default=100000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sitrep-bench-"))
    env = bench_env(f"bench{uuid.uuid4().hex[:6]}", work / "data")
    os.environ.update(env)
    settings = Settings()
    asyncio.run(create_topics(settings, out=open(os.devnull, "w")))  # noqa: SIM115

    rows = sample_articles(args.articles, seed=1, target_bytes=3000)
    payloads = [(r["id"].encode(), orjson.dumps(r)) for r in rows]
    asyncio.run(publish(settings, settings.topic_articles, payloads))
    ceiling = asyncio.run(passthrough(settings, settings.topic_articles, settings.topic_dlq, len(rows)))
    one_process = extraction_ceiling(rows)
    rate, worker = extractor_throughput(env, work, len(rows))
    latencies = asyncio.run(latency_run(settings, args.rate, args.seconds))
    rss = peak_rss_mb(worker)
    pool_rss = max((peak_rss_mb(child) for child in pool_processes(worker)), default=0.0)
    worker.stop()
    fold_rate, from_changelog, from_local = recovery(env, work, work / "data2", args.incidents)

    p50 = statistics.median(latencies) * 1000
    p99 = statistics.quantiles(latencies, n=100)[98] * 1000
    mean_bytes = sum(len(p[1]) for p in payloads) / len(payloads)
    print("\n| measure | value |\n|---|---|")
    print(f"| articles (mean size) | {len(rows)} ({mean_bytes:.0f} bytes) |")
    print(f"| passthrough ceiling (aiokafka consume+produce) | {ceiling:,.0f} articles/s |")
    print(f"| extraction alone, one process, same articles (measured just before) | {one_process:,.0f} articles/s |")
    print(f"| extractor, end to end ({os.environ.get('SITREP_EXTRACTOR_PROCESSES', '2')} extraction processes) | "
          f"{rate:,.0f} articles/s ({rate / ceiling:.0%} of passthrough) |")
    print(f"| latency at {args.rate} articles/s, p50 / p99 | {p50:.1f} ms / {p99:.1f} ms (n={len(latencies)}) |")
    print(f"| extractor peak RSS (worker process; each extraction process adds ~{pool_rss:.0f} MB) | {rss:.0f} MB |")
    print(f"| aggregator fold rate (one worker, RocksDB) | {fold_rate:,.0f} events/s |")
    print(f"| aggregator restart with {args.incidents:,} incidents, from changelog | {from_changelog:.1f} s |")
    print(f"| aggregator restart with {args.incidents:,} incidents, local RocksDB kept | {from_local:.1f} s |")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
