"""`sitrep demo` (`make demo`): the whole pipeline on a local broker, end to end.

Starts the local Kafka broker (from a source checkout, unless one already answers), creates the
topics, starts both workers, publishes the seed article (../shared/seed, where present) and the
sample articles (the development corpus, else synthetic ones), prints the events and a region table
from the aggregator's HTTP API, then keeps running until Ctrl-C and stops everything it started.
`--once` stops after the report (for scripted runs).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import orjson

from ..samples import articles as synthetic_articles
from ..settings import Settings

REPO = Path(__file__).resolve().parents[3]  # a source checkout: services/sitrep/commands/demo.py
KAFKA = REPO / "scripts" / "kafka.sh"
SEED = REPO.parent / "shared" / "seed"
SAMPLES = REPO / "tests" / "corpus" / "dev" / "articles.jsonl"
STATE = Path("var") / "demo"


def run(*args: str, **options) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sitrep.cli", *args], check=True, **options)


def local_broker_needed() -> bool:
    """True when this is a source checkout whose local broker is not running yet."""
    return KAFKA.exists() and subprocess.run([str(KAFKA), "status"], capture_output=True).returncode != 0


def sample_inputs() -> list[str]:
    inputs = [str(p) for p in sorted(SEED.glob("*.txt"))]
    if SAMPLES.exists():
        return inputs + [str(SAMPLES)]
    synthetic = STATE / "samples.jsonl"
    synthetic.write_bytes(b"".join(orjson.dumps(a) + b"\n" for a in synthetic_articles(50)))
    return inputs + [str(synthetic)]


def start_worker(name: str, env: dict) -> subprocess.Popen:
    log = open(STATE / f"{name}.log", "ab")  # noqa: SIM115 - open for the worker's lifetime
    return subprocess.Popen([sys.executable, "-m", "sitrep.cli", "worker", name], env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)


def get(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return orjson.loads(response.read())


def wait_ready(url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return
        except OSError:
            time.sleep(1)
    raise TimeoutError(f"{url} did not answer in {timeout}s (logs in {STATE})")


def print_event(event: dict) -> None:
    counts = []
    for field in ("launched", "intercepted", "killed", "injured", "outage_people"):
        if event.get(field):
            q = event[field]["qualifier"]
            counts.append(f"{field}={event[field]['value']}" + ("" if q == "exact" else f"({q})"))
    if event["type"] == "ceasefire_proposal":
        counts.append(f"proposer={event['actor']} parties={event['parties']} days={event['duration_days']} "
                      f"stances={event['stances']}")
    where = event.get("region") or event.get("country") or "-"
    weapon = f" {event['weapon']}" if event.get("weapon") else ""
    print(f"  {event['type']:<18} {where:<7}{weapon:<11} {' '.join(counts):<44} "
          f"claimed by: {event.get('claimed_by') or '-'}  [{event['article_id']}]")


def print_events(events: list[dict], shown: int = 40) -> None:
    """The first events, one line each, then a count per type (replays and reruns show once)."""
    unique = list({e["event_id"]: e for e in events}.values())
    for event in unique[:shown]:
        print_event(event)
    if len(unique) > shown:
        print(f"  ... and {len(unique) - shown} more")
    counts = {t: sum(e["type"] == t for e in unique) for t in ("attack", "casualty", "ceasefire_proposal")}
    print("  " + ", ".join(f"{n} {t}" for t, n in counts.items()))


def print_regions(rows: list[dict]) -> None:
    header = f"{'location':<9} {'name':<26} {'attacks':>7} {'launched':>8} {'intercepted':>11} " \
             f"{'killed':>6} {'injured':>7} {'no power':>9} {'reports':>7}"
    print(header)
    print("-" * len(header))
    for r in sorted(rows, key=lambda r: (-r["attacks"] - r["casualty_incidents"], r["location_key"])):
        print(f"{r['location_key']:<9} {(r['region_name'] or '')[:26]:<26} {r['attacks']:>7} {r['launched']:>8} "
              f"{r['intercepted']:>11} {r['killed']:>6} {r['injured']:>7} {r['outage_people']:>9} {r['reports']:>7}")


def run_demo(settings: Settings, once: bool) -> int:
    STATE.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "SITREP_DATA_DIR": str(STATE / "data")}
    aggregator = f"http://127.0.0.1:{settings.aggregator_port}"
    extractor = f"http://127.0.0.1:{settings.extractor_port}"
    started_broker = local_broker_needed()
    processes: list[subprocess.Popen] = []
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        if started_broker:
            subprocess.run([str(KAFKA), "start"], check=True)
        run("topics", "create", env=env)
        processes = [start_worker("extractor", env), start_worker("aggregator", env)]
        wait_ready(f"{extractor}/metrics")
        wait_ready(f"{aggregator}/regions")
        inputs = sample_inputs()
        print(f"\n== publishing {', '.join(inputs)}")
        run("publish", *inputs, env=env)
        print("\n== events (events.attack, events.casualty, events.ceasefire)")
        out = subprocess.run([sys.executable, "-m", "sitrep.cli", "subscribe", settings.topic_attack,
                              settings.topic_casualty, settings.topic_ceasefire, "--from-beginning", "--timeout", "6"],
                             env=env, capture_output=True, check=True).stdout
        print_events([orjson.loads(line) for line in out.splitlines()])
        time.sleep(2)
        print(f"\n== regions (incidents, not reports) from GET {aggregator}/regions")
        print_regions(get(f"{aggregator}/regions")["regions"])
        print("\n== query it yourself")
        for url in ("/regions", "/regions?country=UA&since=2025-01-01", "/regions/UA-23", "/ceasefires"):
            print(f"  curl -s '{aggregator}{url}'")
        print(f"  metrics: {aggregator}/metrics  {extractor}/metrics")
        if not once:
            print("\nRunning; publish more with `sitrep publish FILE`. Ctrl-C stops everything.")
            while True:
                signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        print("\nstopping workers" + (" and the broker" if started_broker else ""))
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        if started_broker:
            subprocess.run([str(KAFKA), "stop"], check=False)
        signal.signal(signal.SIGTERM, previous)
    return 0


def _interrupt(signum, frame):
    raise KeyboardInterrupt
