"""Issue 3 on the real broker: topics, publish, subscribe, kcat interop, bad input, broker down."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import time

import orjson
import pytest

from sitrep.clients import consumer
from support import sitrep

pytestmark = pytest.mark.kafka


def _article(i: int) -> dict:
    return {
        "id": f"art-{i:05d}",
        "title": f"Overnight strikes, report {i}",
        "text": f"KYIV (Wire) - Report {i}: air defence units said they shot down {i % 97} drones overnight. "
                + "Officials gave no further details. " * (i % 5),
        "published_at": "2025-03-18T06:30:00Z",
        "source": "Test Wire",
        "url": None,
    }


async def _consume_all(settings, topic: str, expected: int, timeout: float = 60) -> list:
    messages = []
    async with consumer(settings, topic, group_id=None, auto_offset_reset="earliest") as client:
        deadline = time.monotonic() + timeout
        while len(messages) < expected and time.monotonic() < deadline:
            batch = await client.getmany(timeout_ms=500)
            messages.extend(m for part in batch.values() for m in part)
    return messages


def _create_topics(env) -> subprocess.CompletedProcess:
    return sitrep("topics", "create", env=env, check=True)


def test_topics_create_is_idempotent_with_configured_partitions(topic_env, test_settings):
    first = _create_topics(topic_env).stdout.decode()
    second = _create_topics(topic_env).stdout.decode()
    assert first.count("created") == 5 and "exists" not in first
    assert second.count("exists") == 5 and "created" not in second

    async def partitions():
        from sitrep.clients import admin
        from sitrep.commands.topics import existing_partitions
        names = [test_settings.topic_articles, test_settings.topic_attack, test_settings.topic_casualty,
                 test_settings.topic_ceasefire, test_settings.topic_dlq]
        async with admin(test_settings) as client:
            return await existing_partitions(client, names)

    counts = asyncio.run(partitions())
    assert counts and set(counts.values()) == {3} and len(counts) == 5


def test_publish_1000_articles_round_trip(topic_env, test_settings, tmp_path):
    _create_topics(topic_env)
    articles = [_article(i) for i in range(1000)]
    source = tmp_path / "batch.jsonl"
    source.write_bytes(b"".join(orjson.dumps(a) + b"\n" for a in articles))

    result = sitrep("publish", str(source), env=topic_env)
    assert result.returncode == 0, result.stderr.decode()
    assert "sent 1000, rejected 0, failed 0" in result.stderr.decode()

    messages = asyncio.run(_consume_all(test_settings, test_settings.topic_articles, 1000))
    got = {m.key.decode(): orjson.loads(m.value) for m in messages}
    assert len(messages) == 1000
    assert got.keys() == {a["id"] for a in articles}
    for article in articles:
        assert got[article["id"]]["text"] == article["text"]
        assert got[article["id"]]["id"] == article["id"]


def test_publish_txt_json_and_folders(topic_env, test_settings, tmp_path):
    _create_topics(topic_env)
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "kharkiv-strike.txt").write_text("Russian drones struck Kharkiv overnight, officials said.")
    (folder / "sub" / "two.json").write_bytes(orjson.dumps([_article(1), _article(2)]))
    (folder / "sub" / "notes.md").write_text("ignored: not an article format")
    result = sitrep("publish", str(folder), env=topic_env)
    assert result.returncode == 0, result.stderr.decode()
    messages = asyncio.run(_consume_all(test_settings, test_settings.topic_articles, 3))
    assert sorted(m.key.decode() for m in messages) == ["art-00001", "art-00002", "kharkiv-strike"]


def test_bad_input_is_reported_with_location_and_valid_records_still_sent(topic_env, test_settings, tmp_path):
    _create_topics(topic_env)
    lines = [
        orjson.dumps(_article(1)),
        b'{"id": "broken", "text": "unterminated',
        orjson.dumps({"text": "no id here"}),
        orjson.dumps({"id": "empty-text", "text": ""}),
        orjson.dumps({"id": 42, "text": ["not", "a", "string"]}),
        b'{"id": "latin1", "text": "caf\xe9 bombed"}',
        orjson.dumps({"id": "huge", "text": "x" * (20 * 1024 * 1024)}),
        orjson.dumps(_article(2)),
    ]
    source = tmp_path / "mixed.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    loop_link = tmp_path / "loop.jsonl"
    os.symlink(loop_link, loop_link)  # a file that cannot be opened, even by root

    result = sitrep("publish", str(source), str(tmp_path / "missing.jsonl"), str(loop_link), env=topic_env)
    err = result.stderr.decode()
    assert result.returncode == 1
    for line_no, reason in [(2, "not_json"), (3, "invalid_article: id"), (4, "invalid_article: text"),
                            (5, "invalid_article"), (6, "not_utf8"), (7, "too_large")]:
        assert f"{source}:{line_no}: {reason}" in err, (line_no, err)
    assert f"{tmp_path / 'missing.jsonl'}: cannot read file" in err
    assert f"{loop_link}: cannot read file" in err
    assert "sent 2, rejected 8, failed 0" in err
    messages = asyncio.run(_consume_all(test_settings, test_settings.topic_articles, 2))
    assert sorted(m.key.decode() for m in messages) == ["art-00001", "art-00002"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_publish_fails_fast_and_clearly_when_broker_is_down(tmp_path):
    source = tmp_path / "one.jsonl"
    source.write_bytes(orjson.dumps(_article(1)) + b"\n")
    servers = f"127.0.0.1:{_free_port()}"
    env = {**os.environ, "SITREP_BOOTSTRAP_SERVERS": servers, "SITREP_REQUEST_TIMEOUT_S": "5"}
    started = time.monotonic()
    result = sitrep("publish", str(source), env=env, timeout=60)
    err = result.stderr.decode()
    assert result.returncode == 3
    assert f"cannot reach Kafka at {servers}" in err
    assert "Traceback" not in err
    assert time.monotonic() - started < 30


def test_bad_setting_fails_at_start_naming_it(tmp_path):
    env = {**os.environ, "SITREP_PARTITIONS": "six"}
    result = sitrep("topics", "list", env=env)
    assert result.returncode == 2
    assert "SITREP_PARTITIONS" in result.stderr.decode()


kcat = shutil.which("kcat")
needs_kcat = pytest.mark.skipif(kcat is None, reason="kcat is not installed (.ci/run installs it)")


@needs_kcat
def test_kcat_produces_and_sitrep_subscribe_prints(topic_env, kafka_bootstrap):
    _create_topics(topic_env)
    article = _article(7)
    subprocess.run([kcat, "-b", kafka_bootstrap, "-P", "-t", topic_env["SITREP_TOPIC_ARTICLES"], "-K", "\t"],
                   input=f"{article['id']}\t{json.dumps(article)}\n".encode(), check=True, timeout=30)
    result = sitrep("subscribe", topic_env["SITREP_TOPIC_ARTICLES"], "--from-beginning", "--max", "1",
                    "--timeout", "20", "--meta", env=topic_env)
    assert result.returncode == 0, result.stderr.decode()
    line = orjson.loads(result.stdout.splitlines()[0])
    assert line["key"] == article["id"]
    assert line["value"] == article


@needs_kcat
def test_sitrep_publish_is_readable_by_kcat(topic_env, kafka_bootstrap, tmp_path):
    _create_topics(topic_env)
    source = tmp_path / "three.jsonl"
    source.write_bytes(b"".join(orjson.dumps(_article(i)) + b"\n" for i in range(3)))
    assert sitrep("publish", str(source), env=topic_env).returncode == 0
    out = subprocess.run([kcat, "-b", kafka_bootstrap, "-C", "-t", topic_env["SITREP_TOPIC_ARTICLES"],
                          "-o", "beginning", "-e", "-q", "-f", "%k\t%s\n"],
                         capture_output=True, check=True, timeout=60).stdout.decode()
    rows = dict(line.split("\t", 1) for line in out.splitlines() if line)
    assert set(rows) == {"art-00000", "art-00001", "art-00002"}
    assert json.loads(rows["art-00002"])["text"] == _article(2)["text"]
