"""`sitrep publish [PATH ...]`: validated articles onto articles.raw, keyed by article id.

Bad records are reported on stderr with their location and skipped; the rest are sent. Every send
is awaited (acks=all, idempotent producer), so what the summary calls sent is on the broker.
"""

from __future__ import annotations

import asyncio
import sys
import time
from dataclasses import dataclass, field

from tqdm import tqdm

from ..clients import producer
from ..ingest import encode_article, iter_records
from ..settings import Settings

MAX_IN_FLIGHT = 2000  # bounded memory: wait for acks when this many sends are pending


@dataclass
class Summary:
    sent: int = 0
    rejected: int = 0
    failed: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.rejected == 0 and self.failed == 0

    def line(self) -> str:
        rate = self.sent / self.seconds if self.seconds > 0 else 0.0
        return (f"sent {self.sent}, rejected {self.rejected}, failed {self.failed} "
                f"in {self.seconds:.2f} s ({rate:.0f} articles/s)")


async def publish(settings: Settings, paths: list[str], *, err=sys.stderr, progress: bool | None = None,
                  stdin=None) -> Summary:
    summary = Summary()
    started = time.perf_counter()
    async with producer(settings) as client:
        pending: list[tuple[str, asyncio.Future]] = []
        bar = tqdm(unit=" articles", file=err, disable=(not progress) if progress is not None else None,
                   mininterval=0.5, leave=False)
        for record in iter_records(paths, settings.max_article_bytes, stdin=stdin):
            if record.error:
                summary.rejected += 1
                print(f"rejected {record.location}: {record.error}", file=err)
                continue
            article = record.article
            future = await client.send(settings.topic_articles, encode_article(article),
                                       key=article.id.encode("utf-8"))
            pending.append((record.location, future))
            if len(pending) >= MAX_IN_FLIGHT:
                await _drain(pending, summary, err, bar)
        await _drain(pending, summary, err, bar)
        bar.close()
    summary.seconds = time.perf_counter() - started
    return summary


async def _drain(pending: list, summary: Summary, err, bar) -> None:
    results = await asyncio.gather(*(f for _, f in pending), return_exceptions=True)
    for (location, _), result in zip(pending, results, strict=True):
        if isinstance(result, BaseException):
            summary.failed += 1
            print(f"failed {location}: {type(result).__name__}: {result}", file=err)
        else:
            summary.sent += 1
    bar.update(len(pending))
    pending.clear()
