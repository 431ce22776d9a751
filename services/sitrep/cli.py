"""`sitrep`: the command-line tool on top of everything (imported by nothing).

    sitrep topics create|list          the five pipeline topics
    sitrep publish [PATH ...]          articles onto articles.raw
    sitrep subscribe TOPIC ...         print messages as JSON lines
    sitrep extract [FILE]              offline extraction, JSON lines in and out
    sitrep worker extractor|aggregator the Faust workers
    sitrep demo [--once]               the whole pipeline on a local broker
    sitrep schemas [DIR]               write the JSON Schema files
    sitrep settings                    print the settings in force
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

import orjson

from .clients import BrokerUnavailable
from .settings import SettingsError, load


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitrep", description="Sitrep: conflict events from news, on Kafka")
    sub = parser.add_subparsers(dest="command", required=True)

    topics = sub.add_parser("topics", help="create or list the pipeline topics")
    topics.add_argument("action", choices=["create", "list"])

    publish = sub.add_parser("publish", help="publish articles to articles.raw")
    publish.add_argument("paths", nargs="*", help=".jsonl/.json/.txt files or folders; none or '-' = stdin")
    publish.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                         help="progress bar (default: when stderr is a terminal)")

    subscribe = sub.add_parser("subscribe", help="print messages of topics as JSON lines")
    subscribe.add_argument("topics", nargs="+")
    subscribe.add_argument("--from-beginning", action="store_true")
    subscribe.add_argument("--max", type=int, default=None, dest="max_messages")
    subscribe.add_argument("--timeout", type=float, default=None, help="stop after S seconds without a message")
    subscribe.add_argument("--group", default=None, help="consumer group (default: none, commits nothing)")
    subscribe.add_argument("--meta", action="store_true", help="wrap values with topic/partition/offset/key")

    extract = sub.add_parser("extract", help="offline: JSON-lines articles in, events out")
    extract.add_argument("file", nargs="?", default="-")

    worker = sub.add_parser("worker", help="run a Faust worker")
    worker.add_argument("name", choices=["extractor", "aggregator"])
    worker.add_argument("--loglevel", default="info")

    demo = sub.add_parser("demo", help="run the whole pipeline on a local broker with sample articles")
    demo.add_argument("--once", action="store_true", help="stop after printing the report")

    schemas = sub.add_parser("schemas", help="write JSON Schema files")
    schemas.add_argument("directory", nargs="?", default="schemas")

    sub.add_parser("settings", help="print the settings in force")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command != "worker":
        # Connection errors are reported once, clearly, by BrokerUnavailable below.
        logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    try:
        return _dispatch(args) or 0
    except SettingsError as error:
        print(f"sitrep: {error}", file=sys.stderr)
        return 2
    except BrokerUnavailable as error:
        print(f"sitrep: {error}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130


def _dispatch(args) -> int:
    settings = load()
    if args.command == "topics":
        from .commands import topics
        coro = topics.create(settings) if args.action == "create" else topics.list_topics(settings)
        asyncio.run(coro)
        return 0
    if args.command == "publish":
        from .commands.publish import publish
        summary = asyncio.run(publish(settings, args.paths, progress=args.progress))
        print(summary.line(), file=sys.stderr)
        return 0 if summary.ok else 1
    if args.command == "subscribe":
        from .commands import subscribe
        subscribe.run(settings, args.topics, from_beginning=args.from_beginning, max_messages=args.max_messages,
                      timeout=args.timeout, group=args.group, meta=args.meta)
        return 0
    if args.command == "extract":
        from .commands import extract
        source = sys.stdin.buffer if args.file == "-" else open(args.file, "rb")  # noqa: SIM115
        with source:
            return extract.run(source, sys.stdout.buffer, sys.stderr, settings.max_article_bytes)
    if args.command == "worker":
        from .workers import run_worker
        return run_worker(args.name, settings, loglevel=args.loglevel)
    if args.command == "demo":
        from .commands.demo import run_demo
        return run_demo(settings, once=args.once)
    if args.command == "schemas":
        return _write_schemas(Path(args.directory))
    if args.command == "settings":
        sys.stdout.buffer.write(orjson.dumps(settings.model_dump(mode="json"), option=orjson.OPT_INDENT_2) + b"\n")
        return 0
    raise AssertionError(args.command)


def _write_schemas(directory: Path) -> int:
    from .contract import json_schemas
    directory.mkdir(parents=True, exist_ok=True)
    for stem, schema in json_schemas().items():
        path = directory / f"{stem}.schema.json"
        path.write_bytes(orjson.dumps(schema, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
