"""`sitrep topics create|list`: the five pipeline topics, created idempotently."""

from __future__ import annotations

import sys

from aiokafka.admin import NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from ..clients import admin
from ..settings import Settings
from ..topics import all_topics


async def existing_partitions(client, names: list[str]) -> dict[str, int]:
    """Partition counts of those topics that exist."""
    present = set(await client.list_topics()) & set(names)
    if not present:
        return {}
    described = await client.describe_topics(sorted(present))
    return {d["topic"]: len(d["partitions"]) for d in described if not d.get("error_code")}


async def create(settings: Settings, out=sys.stdout) -> dict[str, str]:
    """Create the missing topics; returns {topic: "created" | "exists"}."""
    specs = all_topics(settings)
    result: dict[str, str] = {}
    async with admin(settings) as client:
        existing = await existing_partitions(client, [s.name for s in specs])
        missing = [s for s in specs if s.name not in existing]
        if missing:
            new = [
                NewTopic(s.name, settings.partitions, settings.replication_factor, topic_configs={
                    "retention.ms": str(s.retention_ms),
                    "max.message.bytes": str(settings.max_message_bytes),
                })
                for s in missing
            ]
            response = await client.create_topics(new, validate_only=False)
            for name, code, *_ in response.topic_errors:
                if code and code != TopicAlreadyExistsError.errno:
                    raise RuntimeError(f"creating {name} failed with Kafka error code {code}")
        for spec in specs:
            if spec.name in existing:
                result[spec.name] = "exists"
                note = ""
                if existing[spec.name] != settings.partitions:
                    note = f" (settings say {settings.partitions}; partitions are never changed here)"
                print(f"exists   {spec.name:<18} {existing[spec.name]} partitions{note}", file=out)
            else:
                result[spec.name] = "created"
                print(f"created  {spec.name:<18} {settings.partitions} partitions  {spec.role}", file=out)
    return result


async def list_topics(settings: Settings, out=sys.stdout) -> None:
    specs = all_topics(settings)
    async with admin(settings) as client:
        existing = await existing_partitions(client, [s.name for s in specs])
    for spec in specs:
        state = f"{existing[spec.name]} partitions" if spec.name in existing else "missing"
        print(f"{spec.name:<18} {state:<14} {spec.role}", file=out)
