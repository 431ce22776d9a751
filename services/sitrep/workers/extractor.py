"""Extractor worker: articles.raw -> events.* (keyed by location key), bad input -> articles.dlq.

Thin: decoding rules live in `decoding`, extraction in `extraction`. At-least-once: Faust commits an
article's offset only after the producer has flushed its events, and event ids are deterministic,
so a crash replays articles into the same events, which the aggregator folds idempotently.
"""

from __future__ import annotations

import asyncio
import logging
import time

import orjson

from ..contract import Article
from ..decoding import BadInput, decode_article
from ..extraction import extract
from ..settings import Settings
from ..topics import event_topic_for
from . import metrics
from .app import make_app, raw_topic
from .web import add_metrics_page

log = logging.getLogger(__name__)

# Articles this large are extracted in a thread so the event loop keeps heartbeating.
INLINE_EXTRACTION_BYTES = 64 * 1024


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


def event_bytes(event) -> bytes:
    return orjson.dumps(event.model_dump(mode="json"))


async def run_extraction(article: Article) -> list:
    if len(article.text) <= INLINE_EXTRACTION_BYTES:
        return extract(article)
    return await asyncio.get_running_loop().run_in_executor(None, extract, article)


def warm_up() -> None:
    """Load the gazetteer and lexicons now, not inside the first article's latency."""
    extract(Article(id="warm-up", text="Russia launched 10 drones at Kyiv overnight, officials said."))


def create_app(settings: Settings):
    warm_up()
    app = make_app(settings, "extractor", port=settings.extractor_port)
    articles = raw_topic(app, settings.topic_articles)
    dlq = raw_topic(app, settings.topic_dlq)
    outputs = {kind: raw_topic(app, event_topic_for(settings, kind))
               for kind in ("attack", "casualty", "ceasefire_proposal")}
    add_metrics_page(app, "extractor")

    async def dead_letter(message, reason: str, detail: str) -> None:
        metrics.ARTICLES_DEAD_LETTERED.labels(reason=reason).inc()
        log.warning("DLQ %s[%s]@%s: %s: %s", message.topic, message.partition, message.offset, reason, detail)
        await dlq.send(key=message.key, value=message.value, headers=dlq_headers(reason, detail, message),
                       timestamp=message.timestamp)

    @app.agent(articles)
    async def extract_articles(stream):
        async for event in stream.events():
            message = event.message
            metrics.ARTICLES_CONSUMED.labels(worker="extractor").inc()
            try:
                article = decode_article(message.value, message.key, max_bytes=settings.max_article_bytes)
            except BadInput as error:
                await dead_letter(message, error.reason, error.detail)
                continue
            started = time.perf_counter()
            try:
                events = await run_extraction(article)
            except Exception as error:  # noqa: BLE001 - one bad article never stops the worker
                await dead_letter(message, "extraction_error", f"{type(error).__name__}: {error}")
                continue
            metrics.EXTRACTION_DURATION.observe(time.perf_counter() - started)
            if not events:
                metrics.ARTICLES_NO_EVENTS.inc()
            for item in events:
                await outputs[item.type].send(key=item.location_key.encode(), value=event_bytes(item),
                                              timestamp=message.timestamp)
                metrics.EVENTS_EMITTED.labels(type=item.type).inc()
            if events and message.timestamp:
                metrics.END_TO_END_LATENCY.observe(max(0.0, time.time() - message.timestamp))

    return app
