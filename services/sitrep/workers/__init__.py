"""Thin Faust workers: `extractor` (articles -> events) and `aggregator` (events -> tables + API)."""

from __future__ import annotations

from ..settings import Settings


def create_app(name: str, settings: Settings):
    if name == "extractor":
        from .extractor import create_app as create
    elif name == "aggregator":
        from .aggregator import create_app as create
    else:
        raise ValueError(f"unknown worker {name!r}")
    return create(settings)


def run_worker(name: str, settings: Settings, loglevel: str = "info") -> int:
    """Run a worker until SIGTERM/SIGINT (Faust's Worker handles signals and a clean shutdown)."""
    import faust

    app = create_app(name, settings)
    worker = faust.Worker(app, loglevel=loglevel, quiet=True)
    worker.execute_from_commandline()
    return 0
