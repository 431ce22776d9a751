"""Faust app construction shared by both workers: broker, credentials, web, state, from settings."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable

import faust

from ..settings import Settings

log = logging.getLogger(__name__)


def credentials(settings: Settings):
    """Faust credentials for SASL and/or TLS, or None for PLAINTEXT."""
    context = settings.ssl_context()
    if settings.sasl_mechanism:
        return faust.SASLCredentials(username=settings.sasl_username, password=settings.sasl_password,
                                     mechanism=settings.sasl_mechanism, ssl_context=context)
    if context is not None:
        return faust.SSLCredentials(context)
    return None


def make_app(settings: Settings, name: str, *, port: int, store: str = "memory://", **extra) -> faust.App:
    """A Faust app named `<group_prefix>-<name>` (its consumer group and changelog-topic prefix)."""
    datadir = settings.data_dir / name
    datadir.mkdir(parents=True, exist_ok=True)
    return faust.App(
        f"{settings.group_prefix}-{name}",
        broker=[f"kafka://{server}" for server in settings.bootstrap_list],
        broker_credentials=credentials(settings),
        broker_request_timeout=max(settings.request_timeout_s, 90.0),
        broker_session_timeout=settings.session_timeout_s,
        broker_heartbeat_interval=settings.session_timeout_s / 4,
        store=store,
        datadir=str(datadir),
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        topic_allow_declare=True,
        consumer_auto_offset_reset="earliest",
        consumer_max_fetch_size=settings.max_message_bytes,
        producer_max_request_size=settings.max_message_bytes,
        producer_acks=-1,
        # Batch event sends for a few ms instead of one produce request per event.
        producer_linger=0.005,
        web_enabled=True,
        web_bind=settings.web_host,
        web_host=settings.web_advertised_host or settings.web_host,
        web_port=port,
        web_in_thread=False,
        # Messages Faust prefetches per stream: enough for the extractor's batches (see extractor.BATCH).
        stream_buffer_maxsize=4096,
        **extra,
    )


def raw_topic(app: faust.App, *names: str, **options):
    """A topic (or several) of raw bytes: we (de)serialise ourselves with orjson and the contract."""
    return app.topic(*names, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw",
                     **options)


async def crash_on_failure(app: faust.App, stage: Awaitable) -> None:
    """Run a pipeline stage beside an agent; if it fails, stop the worker (unacked messages replay)."""
    try:
        await stage
    except asyncio.CancelledError:
        raise
    except Exception as error:  # noqa: BLE001 - a lost send or a dead pool: stop, unacked messages replay
        log.exception("%s pipeline failed; stopping the worker", app.conf.id)
        await app.crash(error)
