"""aiokafka clients built from settings (the CLI's producer, consumer and admin client).

Connection failures become `BrokerUnavailable` with a message naming the bootstrap servers, so
commands fail fast and clearly instead of hanging or printing a traceback.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaConnectionError, KafkaError

from .settings import Settings


class BrokerUnavailable(RuntimeError):
    pass


def _unavailable(settings: Settings, error: BaseException) -> BrokerUnavailable:
    return BrokerUnavailable(
        f"cannot reach Kafka at {settings.bootstrap_servers} (SITREP_BOOTSTRAP_SERVERS): "
        f"{error or type(error).__name__}. Is the broker running? (`make kafka-up` starts a local one)"
    )


async def _close(client) -> None:
    # Admin clients close(); producers and consumers stop().
    await (client.close() if isinstance(client, AIOKafkaAdminClient) else client.stop())


@asynccontextmanager
async def _running(client, settings: Settings):
    """Start the client (failing fast with BrokerUnavailable), yield it, always close it."""
    try:
        await asyncio.wait_for(client.start(), timeout=settings.request_timeout_s + 5)
    except (TimeoutError, KafkaConnectionError, OSError, KafkaError) as error:
        try:
            await _close(client)
        except Exception:  # noqa: BLE001 - already failing; the start error is what matters
            pass
        raise _unavailable(settings, error) from None
    try:
        yield client
    finally:
        await _close(client)


@asynccontextmanager
async def producer(settings: Settings, **overrides) -> AsyncIterator[AIOKafkaProducer]:
    """An idempotent producer waiting for all in-sync replicas (nothing lost on exit)."""
    options = dict(
        acks="all",
        enable_idempotence=True,
        max_request_size=settings.max_message_bytes,
        linger_ms=5,
    )
    options.update(overrides)
    async with _running(AIOKafkaProducer(**settings.kafka_client_options(), **options), settings) as client:
        yield client


@asynccontextmanager
async def consumer(settings: Settings, *topics: str, **options) -> AsyncIterator[AIOKafkaConsumer]:
    options.setdefault("fetch_max_bytes", settings.max_message_bytes * 2)
    options.setdefault("max_partition_fetch_bytes", settings.max_message_bytes)
    async with _running(AIOKafkaConsumer(*topics, **settings.kafka_client_options(), **options), settings) as client:
        yield client


@asynccontextmanager
async def admin(settings: Settings) -> AsyncIterator[AIOKafkaAdminClient]:
    async with _running(AIOKafkaAdminClient(**settings.kafka_client_options()), settings) as client:
        yield client

