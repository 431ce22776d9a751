"""Issue 6 on the real broker: a real Prometheus scrapes both workers during an end-to-end run.

Afterwards every PromQL expression of the dashboard and of the alert rules (for a condition, the
quantity it compares) returns data, and the counters agree with what was published and with the
events read back from the topics.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
from collections import Counter
from pathlib import Path

import orjson
import pytest

from pipeline import Worker, free_port, read_topics, wait_for, worker_env
from support import sitrep

pytestmark = pytest.mark.kafka
REPO = Path(__file__).resolve().parents[2]
DEV_CORPUS = REPO / "tests" / "corpus" / "dev" / "articles.jsonl"
PROMETHEUS_DIR = REPO / "deploy" / "prometheus"
DASHBOARD = REPO / "deploy" / "grafana" / "dashboards" / "sitrep.json"
MACROS = {"$__rate_interval": "1m", "$__range": "1h", "$__interval": "15s"}
COMPARISON = re.compile(r"\s*(==|!=|>=|<=|>|<)\s*[0-9.eE+-]+$")
BAD_INPUT = [  # (key, value, reason): one of each kind the extractor dead-letters before extraction
    (b"bad-json", b'{"id": "x", "text": ', "not_json"),
    (b"bad-utf8", b"\xff\xfe not text", "not_utf8"),
    (b"bad-article", b'{"id": "", "text": 5}', "invalid_article"),
]


class Prometheus:
    """/usr/bin/prometheus on a loopback port, scraping the two workers every second."""

    def __init__(self, workdir: Path, extractor: Worker, aggregator: Worker):
        self.port = free_port()
        self.workdir = workdir
        config = (PROMETHEUS_DIR / "prometheus.local.yml").read_text()
        config = config.replace("scrape_interval: 5s", "scrape_interval: 1s")
        config = config.replace("evaluation_interval: 5s", "evaluation_interval: 1s")
        config = config.replace("127.0.0.1:6067", f"127.0.0.1:{extractor.port}")
        config = config.replace("127.0.0.1:6066", f"127.0.0.1:{aggregator.port}")
        assert f"127.0.0.1:{extractor.port}" in config and "scrape_interval: 1s" in config
        (workdir / "prometheus.yml").write_text(config)
        shutil.copy(PROMETHEUS_DIR / "alerts.yml", workdir / "alerts.yml")
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Prometheus:
        binary = shutil.which("prometheus") or "/usr/bin/prometheus"
        assert os.path.exists(binary), "prometheus missing: apt-get install prometheus"
        log = open(self.workdir / "prometheus.log", "wb")  # noqa: SIM115 - kept open for the process
        self.process = subprocess.Popen(
            [
                binary,
                f"--config.file={self.workdir / 'prometheus.yml'}",
                f"--storage.tsdb.path={self.workdir / 'tsdb'}",
                f"--web.listen-address=127.0.0.1:{self.port}",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_for(self.ready, 60, 0.5, "prometheus ready")
        return self

    def ready(self) -> bool:
        assert self.process.poll() is None, (self.workdir / "prometheus.log").read_text()[-3000:]
        try:
            return urllib.request.urlopen(self.url + "/-/ready", timeout=2).status == 200
        except OSError:
            return False

    def api(self, path: str, **params) -> object:
        url = f"{self.url}/api/v1/{path}?{urllib.parse.urlencode(params)}"
        with urllib.request.urlopen(url, timeout=15) as response:
            body = json.loads(response.read())
        assert body["status"] == "success", body
        return body["data"]

    def query(self, expr: str) -> list[dict]:
        return self.api("query", query=expr)["result"]

    def value(self, expr: str) -> float | None:
        result = self.query(expr)
        return float(result[0]["value"][1]) if result else None

    def by(self, expr: str, label: str) -> dict[str, float]:
        return {r["metric"].get(label, ""): float(r["value"][1]) for r in self.query(expr)}

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()


def for_prometheus(expr: str) -> str:
    for macro, value in MACROS.items():
        expr = expr.replace(macro, value)
    return expr


def dashboard_exprs() -> list[str]:
    board = json.loads(DASHBOARD.read_text())
    return [for_prometheus(t["expr"]) for p in board["panels"] for t in p.get("targets", [])]


def alert_quantities() -> list[str]:
    """Each alert expression's operands without their thresholds: `a > 1 and b > 0` -> [a, b]."""
    quantities = []
    for expr in re.findall(r"^\s*expr: (.+)$", (PROMETHEUS_DIR / "alerts.yml").read_text(), flags=re.M):
        for operand in expr.split(" and "):
            quantities.append(COMPARISON.sub("", operand.strip()))
    return quantities


@pytest.fixture
def env(topic_env):
    sitrep("topics", "create", env=topic_env, check=True)
    return worker_env(topic_env, f"t{uuid.uuid4().hex[:8]}")


@pytest.fixture
def stack(env, tmp_path):
    started = []
    try:
        extractor = Worker("extractor", env, tmp_path, data_dir=tmp_path / "state-x")
        aggregator = Worker("aggregator", env, tmp_path, data_dir=tmp_path / "state-a")
        prometheus = Prometheus(tmp_path, extractor, aggregator)
        for process in (extractor, aggregator, prometheus):
            started.append(process)  # before start(): one that fails to get ready is still stopped
            process.start()
        yield extractor, aggregator, prometheus
    finally:
        for process in reversed(started):
            process.stop()


async def _publish_raw(settings, messages: list[tuple[bytes, bytes]]) -> None:
    from sitrep.clients import producer

    async with producer(settings) as client:
        for key, value in messages:
            await (await client.send(settings.topic_articles, value, key=key))


def publish_in_waves(env: dict, settings, tmp_path: Path, waves: int = 3, pause_s: float = 4.0) -> int:
    """The dev corpus in `waves` slices a few seconds apart, plus the bad inputs; returns the count."""
    import asyncio

    lines = DEV_CORPUS.read_bytes().splitlines(keepends=True)
    for n in range(waves):
        part = tmp_path / f"wave-{n}.jsonl"
        part.write_bytes(b"".join(lines[n::waves]))
        assert sitrep("publish", str(part), env=env).returncode == 0
        time.sleep(pause_s)
    asyncio.run(_publish_raw(settings, [(key, value) for key, value, _ in BAD_INPUT]))
    return len(lines) + len(BAD_INPUT)


def test_prometheus_sees_every_dashboard_and_alert_query_and_counters_agree(
    stack, env, test_settings, tmp_path
):
    extractor, aggregator, prometheus = stack
    wait_for(lambda: prometheus.value('count(up{job=~"sitrep-.*"} == 1)') == 2, 60, 0.5, "both targets up")
    published = publish_in_waves(env, test_settings, tmp_path)

    events = [
        orjson.loads(m.value)
        for m in read_topics(
            test_settings,
            [test_settings.topic_attack, test_settings.topic_casualty, test_settings.topic_ceasefire],
            idle_s=6,
        )
    ]
    by_type = dict(Counter(e["type"] for e in events))
    assert by_type, "the development corpus should give events"

    # Counters agree with what was published and what the topics hold, as Prometheus scraped them.
    wait_for(
        lambda: prometheus.value("sum(sitrep_articles_consumed_total)") == published,
        90,
        1,
        "articles consumed = articles published",
    )
    wait_for(
        lambda: (
            prometheus.by("sum by (type) (sitrep_events_consumed_total)", "type")
            == {**dict.fromkeys(("attack", "casualty", "ceasefire_proposal"), 0.0), **by_type}
        ),
        90,
        1,
        "events consumed by the aggregator = events on the topics",
    )
    emitted = prometheus.by("sum by (type) (sitrep_events_emitted_total)", "type")
    assert {k: v for k, v in emitted.items() if v} == by_type
    dead = prometheus.by("sum by (reason) (sitrep_articles_dead_lettered_total)", "reason")
    assert {k: v for k, v in dead.items() if v} == dict(Counter(reason for *_, reason in BAD_INPUT))
    assert prometheus.value("sum(sitrep_extraction_duration_seconds_count)") == published - len(BAD_INPUT)
    no_events = prometheus.value("sum(sitrep_articles_no_events_total)")
    assert 0 < no_events < published
    # The region gauges (a 10 s timer in the aggregator) match its HTTP view.
    status, body = aggregator.get("/regions")
    assert status == 200
    served = {r["location_key"]: r["attacks"] for r in body["regions"] if r["attacks"]}
    wait_for(
        lambda: (
            prometheus.by("max by (location_key) (sitrep_region_attacks) > 0", "location_key")
            == {k: float(v) for k, v in served.items()}
        ),
        60,
        1,
        "region gauges = /regions",
    )

    # Every query of the dashboard and every alert quantity returns data.
    time.sleep(3)  # a few more scrapes after the last change, so rate() has two points everywhere
    empty = [expr for expr in dashboard_exprs() + alert_quantities() if not prometheus.query(expr)]
    assert not empty, f"queries without data: {empty}"
    assert prometheus.value("sum(sitrep_consumer_lag_messages)") == 0  # all caught up

    # The alert rules load, evaluate without error, and none fires on a healthy run.
    rules = [r for g in prometheus.api("rules")["groups"] for r in g["rules"]]
    assert {r["name"] for r in rules} == {
        "SitrepWorkerDown",
        "SitrepNoArticles",
        "SitrepDeadLetterRateHigh",
        "SitrepConsumerLagGrowing",
    }
    assert all(r["health"] == "ok" for r in rules), rules
    assert not [r for r in rules if r["state"] == "firing"], rules

    if os.environ.get("SITREP_RENDER_DASHBOARD"):  # docs picture from this run's data
        subprocess.run(
            [
                sys.executable,
                str(REPO / "scripts" / "render_dashboard.py"),
                "--prometheus",
                prometheus.url,
                "--out",
                os.environ["SITREP_RENDER_DASHBOARD"],
            ],
            check=True,
            timeout=300,
        )
