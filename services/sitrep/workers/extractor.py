"""Extractor worker: articles.raw -> events.* (keyed by location key), bad input -> articles.dlq.

Thin: decoding, extraction and encoding live in `processing` (pure), which runs in a process pool
(`SITREP_EXTRACTOR_PROCESSES`) or a thread. Articles flow through three stages connected by short
bounded queues, so extraction of one batch overlaps the sends and broker round trips of the last:

  take a batch from the stream -> extract it (pool) -> send its events -> await the broker's acks -> ack

At-least-once: the stream does not ack on its own (`noack_take`); an article is acked only after the
broker has acknowledged every one of its events (or its DLQ copy), and Faust commits only acked
offsets. A failed send crashes the worker with the article unacked, so it is replayed; event ids are
deterministic, so a replay gives the same events, which the aggregator folds idempotently.
"""

from __future__ import annotations

import asyncio
import logging
import time

from ..processing import ExtractionPool
from ..settings import Settings
from ..topics import event_topic_for
from . import metrics
from .app import crash_on_failure, make_app, raw_topic
from .web import add_metrics_page

log = logging.getLogger(__name__)

# Up to BATCH articles per pool task and per round of sends, or what arrived within BATCH_WAIT_S:
# per-article pool round trips and awaits cost more than the batching delay. The stream wakes every
# BATCH_WAIT_S even when idle: at 20 ms an idle worker uses ~1.5% of a core (at 5 ms, 3%).
BATCH = 64
BATCH_WAIT_S = 0.02
# Batches waiting between two stages: enough to keep the pool busy while the previous batches'
# sends are in flight, few enough to bound memory and the drain before a rebalance.
DEPTH = 2


def dlq_headers(reason: str, detail: str, message) -> list[tuple[str, bytes]]:
    """Why and where from, as headers: the DLQ value stays the original bytes, ready to replay."""
    return [
        ("sitrep.reason", reason.encode()),
        ("sitrep.detail", detail[:1000].encode("utf-8", "replace")),
        ("sitrep.source.topic", message.topic.encode()),
        ("sitrep.source.partition", str(message.partition).encode()),
        ("sitrep.source.offset", str(message.offset).encode()),
        ("sitrep.source.timestamp", str(int((message.timestamp or 0) * 1000)).encode()),
    ]


def create_app(settings: Settings):
    pool = ExtractionPool(settings.extractor_processes, settings.max_article_bytes)
    app = make_app(settings, "extractor", port=settings.extractor_port)
    articles = raw_topic(app, settings.topic_articles)
    outputs = {kind: event_topic_for(settings, kind) for kind in ("attack", "casualty", "ceasefire_proposal")}
    add_metrics_page(app, "extractor")
    emitted = {kind: metrics.EVENTS_EMITTED.labels(type=kind) for kind in outputs}  # labels() once, not per event

    @app.on_before_shutdown.connect
    async def close_pool(app, **kwargs) -> None:  # after Faust has drained the streams
        pool.close()

    async def send(topic: str, key: bytes | None, value: bytes | None, timestamp: float | None,
                   headers: list | None = None) -> asyncio.Future:
        """Hand one record to the producer; the future resolves when the broker acknowledges it.

        The producer directly rather than `topic.send`: Faust's per-message wrappers cost more than the
        send itself. Faust's sensor still sees every send, so its `faust_*` send metrics stay whole.
        """
        producer = app.producer
        state = app.sensors.on_send_initiated(producer, topic, message=None, keysize=len(key or b""),
                                              valsize=len(value or b""))
        future = await producer.send(topic, key, value, partition=None, timestamp=timestamp, headers=headers)

        def sent(done: asyncio.Future) -> None:
            if done.cancelled():
                return
            if done.exception() is not None:
                app.sensors.on_send_error(producer, done.exception(), state)
            else:
                app.sensors.on_send_completed(producer, state, done.result())

        future.add_done_callback(sent)
        return future

    async def publish(extracted: asyncio.Queue, sent: asyncio.Queue) -> None:
        """Stage 2: each extracted batch's events (or DLQ copies) to the producer, in message order."""
        while True:
            batch, pending = await extracted.get()
            outcomes = [outcome for chunk in await pending for outcome in chunk]
            deliveries = []
            for event, outcome in zip(batch, outcomes, strict=True):
                message = event.message
                if outcome.reason:
                    log.warning("DLQ %s[%s]@%s: %s: %s", message.topic, message.partition, message.offset,
                                outcome.reason, outcome.detail)
                    deliveries.append([await send(settings.topic_dlq, message.key, message.value, message.timestamp,
                                                  dlq_headers(outcome.reason, outcome.detail, message))])
                else:
                    deliveries.append([await send(outputs[kind], key, value, message.timestamp)
                                       for kind, key, value in outcome.events])
            await sent.put((batch, outcomes, deliveries))

    async def confirm(stream, sent: asyncio.Queue) -> None:
        """Stage 3: once the broker has every record of an article, count it and ack it."""
        while True:
            batch, outcomes, deliveries = await sent.get()
            for event, outcome, futures in zip(batch, outcomes, deliveries, strict=True):
                for future in futures:  # most are done by now: cheaper than a gather per article
                    if not future.done():
                        await future
                    future.result()  # raises if the broker refused the record: then never ack
                if outcome.reason:
                    metrics.ARTICLES_DEAD_LETTERED.labels(reason=outcome.reason).inc()
                else:
                    metrics.EXTRACTION_DURATION.observe(outcome.seconds)
                    if not outcome.events:
                        metrics.ARTICLES_NO_EVENTS.inc()
                    for kind, _, _ in outcome.events:
                        emitted[kind].inc()
                    if outcome.events and event.message.timestamp:
                        metrics.END_TO_END_LATENCY.observe(max(0.0, time.time() - event.message.timestamp))
                await stream.ack(event)

    @app.agent(articles)
    async def extract_articles(stream):
        extracted: asyncio.Queue = asyncio.Queue(DEPTH)
        sent: asyncio.Queue = asyncio.Queue(DEPTH)
        stages = [asyncio.ensure_future(crash_on_failure(app, publish(extracted, sent))),
                  asyncio.ensure_future(crash_on_failure(app, confirm(stream, sent)))]
        try:
            async for batch in stream.noack_take(BATCH, within=BATCH_WAIT_S):
                metrics.ARTICLES_CONSUMED.labels(worker="extractor").inc(len(batch))
                # Stage 1: extraction starts now, in the pool; publish() takes the outcomes in order.
                pending = pool.submit([(event.message.value, event.message.key) for event in batch])
                await extracted.put((batch, pending))
        finally:
            for stage in stages:
                stage.cancel()

    return app
