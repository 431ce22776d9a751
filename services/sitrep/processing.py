"""One article message in, its encoded events (or the reason it is bad input) out. Pure: no Kafka.

The extractor worker runs `process_batch` in a pool process (or a thread), so everything here takes
and returns plain picklable values: message bytes in, (event type, Kafka key, JSON bytes) out. The
wire bytes come from `contract.event_json`, the serialiser `sitrep extract` uses too.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
import time
from concurrent import futures
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from typing import NamedTuple

from .contract import Article, event_json
from .decoding import BadInput, decode_article
from .extraction import extract


class Outcome(NamedTuple):
    """What became of one message: events to publish, or a DLQ reason (`reason` is None when fine)."""

    events: list[tuple[str, bytes, bytes]]  # (event type, location key, event JSON)
    seconds: float  # time in extract(), for the extraction-duration metric
    reason: str | None = None
    detail: str = ""


def process_message(value: bytes | None, key: bytes | None, max_bytes: int) -> Outcome:
    try:
        article = decode_article(value, key, max_bytes=max_bytes)
    except BadInput as error:
        return Outcome([], 0.0, error.reason, error.detail)
    started = time.perf_counter()
    try:
        events = extract(article)
    except Exception as error:  # noqa: BLE001 - one bad article never stops the worker
        return Outcome([], 0.0, "extraction_error", f"{type(error).__name__}: {error}")
    seconds = time.perf_counter() - started
    return Outcome([(event.type, event.location_key.encode(), event_json(event)) for event in events], seconds)


def process_batch(messages: list[tuple[bytes | None, bytes | None]], max_bytes: int) -> list[Outcome]:
    """One task per batch, not per article: a pool round trip costs about as much as a short article."""
    return [process_message(value, key, max_bytes) for value, key in messages]


def warm_up() -> None:
    """Load the gazetteer and lexicons now, not inside the first article's latency."""
    extract(Article(id="warm-up", text="Russia launched 10 drones at Kyiv overnight, officials said."))


def init_pool_process(parent_pid: int) -> None:
    """Initialiser of an extraction pool process: warm, deaf to Ctrl-C, gone when the worker is gone.

    Ctrl-C reaches the whole process group; the worker drains its pipeline on shutdown, so its pool
    processes must keep working until it shuts the pool down. A worker killed with -9 cannot shut
    its pool down, so each process exits by itself once its parent is gone.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()

    def watch_parent() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch_parent, name="watch-parent", daemon=True).start()


def ready() -> bool:
    """A no-op task: submitting one per pool process makes them all start (and warm up) now."""
    return True


class ExtractionPool:
    """Runs `process_batch` off the event loop, in order: a pool of `processes` processes, or one thread.

    With processes, a batch is split into one contiguous chunk per process and the outcomes come back
    in message order. Processes are spawned, not forked: the worker already runs threads (Faust's
    consumer thread), and forking a threaded process can copy a lock held by another thread.
    """

    def __init__(self, processes: int, max_bytes: int):
        self.max_bytes = max_bytes
        self.parts = max(1, processes)
        if processes:
            self.executor: Executor = ProcessPoolExecutor(
                processes, mp_context=multiprocessing.get_context("spawn"), initializer=init_pool_process,
                initargs=(os.getpid(),))
            # Start (and warm) every process now rather than inside the first batches' latency.
            futures.wait([self.executor.submit(ready) for _ in range(processes)])
        else:
            warm_up()
            self.executor = ThreadPoolExecutor(1, thread_name_prefix="extract")

    def submit(self, messages: list[tuple[bytes | None, bytes | None]]) -> asyncio.Future:
        """A future of the messages' outcomes, in order (a list of lists, one per chunk)."""
        loop = asyncio.get_running_loop()
        size = -(-len(messages) // self.parts)
        return asyncio.gather(*(loop.run_in_executor(self.executor, process_batch, messages[i:i + size],
                                                     self.max_bytes)
                                for i in range(0, len(messages), size)))

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
