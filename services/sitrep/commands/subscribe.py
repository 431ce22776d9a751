"""`sitrep subscribe TOPIC ...`: print messages as JSON lines.

By default it joins no consumer group and commits nothing, so tailing a topic never takes messages
from the real consumers. The line is the message value (JSON as is, text as a JSON string); with
`--meta` it is wrapped with topic, partition, offset, timestamp, key and headers (a dead letter's
reason is in its headers).
"""

from __future__ import annotations

import asyncio
import base64
import sys
import time

import orjson

from ..clients import consumer
from ..settings import Settings


def render(message, meta: bool) -> bytes:
    value = _value(message.value)
    if not meta:
        return orjson.dumps(value)
    return orjson.dumps({
        "topic": message.topic, "partition": message.partition, "offset": message.offset,
        "timestamp": message.timestamp, "key": _text(message.key),
        "headers": {name: _text(raw) for name, raw in (message.headers or ())}, "value": value,
    })


def _value(raw: bytes | None):
    if raw is None:
        return None
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return _text(raw)


def _text(raw: bytes | None):
    if raw is None:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(raw).decode("ascii")}


async def subscribe(settings: Settings, topics: list[str], *, from_beginning: bool, max_messages: int | None,
                    timeout: float | None, group: str | None, meta: bool, out=sys.stdout.buffer) -> int:
    """Print until --max messages, or --timeout seconds pass with no message, or Ctrl-C."""
    count = 0
    async with consumer(settings, *topics, group_id=group, enable_auto_commit=group is not None,
                        auto_offset_reset="earliest" if from_beginning else "latest") as client:
        idle_since = time.monotonic()
        while max_messages is None or count < max_messages:
            batch = await client.getmany(timeout_ms=200, max_records=500)
            messages = [m for part in batch.values() for m in part]
            if not messages:
                if timeout is not None and time.monotonic() - idle_since >= timeout:
                    break
                continue
            idle_since = time.monotonic()
            for message in messages[: None if max_messages is None else max_messages - count]:
                out.write(render(message, meta) + b"\n")
                count += 1
            out.flush()
    return count


def run(settings: Settings, topics: list[str], **options) -> int:
    return asyncio.run(subscribe(settings, topics, **options))
