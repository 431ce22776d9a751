"""Shared fixtures: a real single-node Kafka broker for the whole test session.

The broker is started by `scripts/kafka.sh` on its own port (SITREP_TEST_KAFKA_PORT, default 19092)
with fresh storage, and stopped at the end. Each test gets its own topic names, so tests never see
each other's messages.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TEST_PORT = int(os.environ.get("SITREP_TEST_KAFKA_PORT", "19092"))
KAFKA_SCRIPT = REPO / "scripts" / "kafka.sh"


def _kafka_env() -> dict[str, str]:
    return {**os.environ, "SITREP_KAFKA_PORT": str(TEST_PORT)}


@pytest.fixture(scope="session")
def kafka_bootstrap() -> str:
    """Start the test broker (fresh storage) once per session; stop it afterwards."""
    home = Path(os.environ.get("SITREP_KAFKA_HOME", REPO / ".kafka"))
    subprocess.run([str(KAFKA_SCRIPT), "stop"], env=_kafka_env(), check=True)
    shutil.rmtree(home / f"data-{TEST_PORT}", ignore_errors=True)
    subprocess.run([str(KAFKA_SCRIPT), "start"], env=_kafka_env(), check=True)
    yield f"127.0.0.1:{TEST_PORT}"
    subprocess.run([str(KAFKA_SCRIPT), "stop"], env=_kafka_env(), check=False)


@pytest.fixture
def topic_env(kafka_bootstrap, tmp_path) -> dict[str, str]:
    """Environment for `sitrep` subprocesses: the test broker and topic names unique to this test."""
    prefix = f"t{uuid.uuid4().hex[:10]}"
    return {
        **os.environ,
        "SITREP_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "SITREP_TOPIC_ARTICLES": f"{prefix}.articles.raw",
        "SITREP_TOPIC_ATTACK": f"{prefix}.events.attack",
        "SITREP_TOPIC_CASUALTY": f"{prefix}.events.casualty",
        "SITREP_TOPIC_CEASEFIRE": f"{prefix}.events.ceasefire",
        "SITREP_TOPIC_DLQ": f"{prefix}.articles.dlq",
        "SITREP_PARTITIONS": "3",
        "SITREP_DATA_DIR": str(tmp_path / "data"),
        "PYTHONUNBUFFERED": "1",
    }


@pytest.fixture
def test_settings(topic_env):
    """Settings for in-process clients, matching `topic_env`."""
    from sitrep.settings import Settings

    saved = dict(os.environ)
    os.environ.update(topic_env)
    try:
        yield Settings()
    finally:
        os.environ.clear()
        os.environ.update(saved)


@pytest.fixture
def seed_dir() -> Path:
    """../shared/seed beside the repo; the test skips cleanly where it is absent."""
    path = SHARED / "seed"
    if not path.is_dir() or not any(path.glob("*.txt")):
        pytest.skip(f"seed article folder {path} is absent")
    return path
