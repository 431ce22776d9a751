"""`sitrep extract`: JSON lines in, one event per line out, errors with line numbers, never stops."""

from __future__ import annotations

import os

import orjson

from support import sitrep

GOOD = {"id": "kharkiv-1", "published_at": "2025-04-02",
        "text": "Russia launched 48 drones at Ukraine overnight, Ukraine's air force said on Telegram. "
                "In the Kharkiv region, three people were injured, governor Oleh Syniehubov said."}


def test_events_stream_out_and_bad_lines_are_reported_with_their_number():
    lines = [orjson.dumps(GOOD), b"{not json", b"", orjson.dumps({"id": "x"}), b"plain text line",
             b'{"id": "latin", "text": "caf\xe9"}', orjson.dumps({**GOOD, "id": "kharkiv-2"})]
    result = sitrep("extract", env=dict(os.environ), input=b"\n".join(lines) + b"\n")
    err = result.stderr.decode()
    assert result.returncode == 1
    assert "line 2: not_json" in err and "line 4: invalid_article" in err
    assert "line 5: not_json" in err and "line 6: not_utf8" in err
    events = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert {e["article_id"] for e in events} == {"kharkiv-1", "kharkiv-2"}
    assert len(events) % 2 == 0 and len(events) >= 2


def test_clean_input_exits_zero_and_is_deterministic(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(orjson.dumps(GOOD) + b"\n")
    first = sitrep("extract", str(path), env=dict(os.environ))
    second = sitrep("extract", str(path), env=dict(os.environ))
    assert first.returncode == 0 and first.stderr == b""
    assert first.stdout == second.stdout and first.stdout
