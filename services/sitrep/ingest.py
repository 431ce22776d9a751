"""Read articles from files, folders and stdin for `sitrep publish` (no Kafka here).

Formats: `.jsonl` (one JSON article a line), `.json` (one article or a list of them), `.txt` (one
plain-text article; id = file name without suffix). Folders are walked recursively in name order.
Every record comes out as a `Record`: an Article, or the reason it was rejected, with its location
("path:line") so a bad line is reported and the rest still go through.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import orjson

from .contract import Article
from .decoding import BadInput, article_from_json, decode_article

SUFFIXES = (".jsonl", ".ndjson", ".json", ".txt")


@dataclass(frozen=True)
class Record:
    location: str
    article: Article | None = None
    error: str | None = None


def iter_records(paths: Iterable[str], max_bytes: int, stdin: BinaryIO | None = None) -> Iterator[Record]:
    """All records from these paths ("-" or none: stdin as JSON lines)."""
    paths = list(paths) or ["-"]
    for raw in paths:
        if raw == "-":
            yield from _jsonl(stdin or sys.stdin.buffer, "<stdin>", max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES):
                yield from _file(file, max_bytes)
        else:
            yield from _file(path, max_bytes)


def _file(path: Path, max_bytes: int) -> Iterator[Record]:
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Record(str(path), error=f"cannot read file: {error.strerror or error}")
        return
    with handle:
        if path.suffix == ".txt":
            yield _txt(handle, path, max_bytes)
        elif path.suffix == ".json":
            yield from _json(handle, path, max_bytes)
        else:
            yield from _jsonl(handle, str(path), max_bytes)


def _jsonl(handle: BinaryIO, name: str, max_bytes: int) -> Iterator[Record]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        location = f"{name}:{number}"
        try:
            article = decode_article(line, None, max_bytes=max_bytes)
            if not line.lstrip().startswith(b"{"):
                raise BadInput("not_json", "expected a JSON object on each line")
            yield Record(location, article)
        except BadInput as error:
            yield Record(location, error=str(error))


def _txt(handle: BinaryIO, path: Path, max_bytes: int) -> Record:
    data = handle.read(max_bytes + 1)
    try:
        return Record(str(path), decode_article(data, path.stem.encode("utf-8"), max_bytes=max_bytes))
    except BadInput as error:
        return Record(str(path), error=str(error))


def _json(handle: BinaryIO, path: Path, max_bytes: int) -> Iterator[Record]:
    try:
        data = orjson.loads(handle.read())
    except orjson.JSONDecodeError as error:
        yield Record(str(path), error=f"not_json: {error}")
        return
    items = data if isinstance(data, list) else [data]
    for index, item in enumerate(items):
        location = f"{path}[{index}]" if isinstance(data, list) else str(path)
        try:
            article = article_from_json(item)
            if len(orjson.dumps(item)) > max_bytes:
                raise BadInput("too_large", f"article over {max_bytes} bytes (SITREP_MAX_ARTICLE_BYTES)")
            yield Record(location, article)
        except BadInput as error:
            yield Record(location, error=str(error))


def encode_article(article: Article) -> bytes:
    """The JSON value published to articles.raw."""
    return orjson.dumps(article.model_dump(mode="json"))
