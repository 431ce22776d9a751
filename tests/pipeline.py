"""Running the real workers in tests: subprocesses of `sitrep worker ...`, reached over HTTP and Kafka."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import orjson

from sitrep.clients import consumer


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Worker:
    """One `sitrep worker NAME` process with its own HTTP port, log file and (for aggregators) state dir."""

    def __init__(self, name: str, env: dict[str, str], log_dir: Path, *, port: int | None = None,
                 data_dir: Path | None = None, label: str | None = None):
        self.name = name
        self.port = port or free_port()
        self.label = label or name
        self.env = dict(env)
        self.env["SITREP_EXTRACTOR_PORT" if name == "extractor" else "SITREP_AGGREGATOR_PORT"] = str(self.port)
        if data_dir is not None:
            self.env["SITREP_DATA_DIR"] = str(data_dir)
        self.log_path = log_dir / f"{self.label}.log"
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 90) -> Worker:
        log = open(self.log_path, "ab")  # noqa: SIM115 - kept open for the process's lifetime
        self._log_start = self.log_path.stat().st_size
        self.process = subprocess.Popen([sys.executable, "-m", "sitrep.cli", "worker", self.name],
                                        env=self.env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.label} exited with {self.process.returncode}; see {self.log_path}")
            if self.ready():
                return self
            time.sleep(0.5)
        raise TimeoutError(f"{self.label} not ready in {timeout}s; see {self.log_path}")

    def ready(self) -> bool:
        """Serving HTTP and past its first rebalance (Faust logs the assignment when it starts streams)."""
        try:
            urllib.request.urlopen(self.url + "/metrics", timeout=2).read()
        except (urllib.error.URLError, OSError):
            return False
        with open(self.log_path, "rb") as log:
            log.seek(self._log_start)
            return b"[^Worker]: Ready" in log.read()

    def get(self, path: str) -> tuple[int, object]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=15) as response:
                return response.status, orjson.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, orjson.loads(error.read() or b"null")

    def metric(self, name: str, **labels: str) -> float:
        """Sum of a metric's samples whose labels include `labels` (0 when absent)."""
        body = urllib.request.urlopen(self.url + "/metrics", timeout=5).read().decode()
        total = 0.0
        for line in body.splitlines():
            if not line.startswith(name) or line.startswith("#"):
                continue
            series, value = line.rsplit(" ", 1)
            if series.split("{")[0] != name:
                continue
            if all(f'{k}="{v}"' in series for k, v in labels.items()):
                total += float(value)
        return total

    def kill9(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=45)
            except subprocess.TimeoutExpired:
                self.kill9()


def wait_for(predicate, timeout: float, interval: float = 1.0, what: str = "condition"):
    """Poll until predicate() is truthy; return its value, or raise with the last value seen."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = predicate()
        if last:
            return last
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout}s waiting for {what} (last: {last!r})")


async def _read_topics(settings, topics: list[str], idle_s: float, max_s: float) -> list:
    messages = []
    async with consumer(settings, *topics, group_id=None, auto_offset_reset="earliest") as client:
        started = last = time.monotonic()
        while time.monotonic() - last < idle_s and time.monotonic() - started < max_s:
            batch = await client.getmany(timeout_ms=500)
            got = [m for part in batch.values() for m in part]
            if got:
                messages.extend(got)
                last = time.monotonic()
    return messages


def read_topics(settings, topics: list[str], idle_s: float = 5.0, max_s: float = 180.0) -> list:
    """Every message of these topics from the beginning, until none arrives for idle_s seconds."""
    return asyncio.run(_read_topics(settings, topics, idle_s, max_s))


def worker_env(topic_env: dict[str, str], group: str) -> dict[str, str]:
    """Worker settings for a test: its own consumer groups, memory-light RocksDB, debug-free logs."""
    return {**topic_env, "SITREP_GROUP_PREFIX": group, "PYTHONUNBUFFERED": "1",
            "PATH": os.environ.get("PATH", "")}
