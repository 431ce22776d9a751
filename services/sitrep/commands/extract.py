"""`sitrep extract [FILE]`: offline extraction, JSON-lines articles in, one event per line out.

Streams line by line; a bad line is reported on stderr with its number and skipped. Exit status 1
when any line failed, else 0.
"""

from __future__ import annotations

from typing import BinaryIO

from ..contract import event_json
from ..decoding import BadInput, decode_article
from ..extraction import extract


def run(source: BinaryIO, out: BinaryIO, err, max_bytes: int) -> int:
    failed = 0
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            if not line.lstrip().startswith(b"{"):
                raise BadInput("not_json", "expected a JSON object on each line")
            article = decode_article(line, None, max_bytes=max_bytes)
            events = extract(article)
        except BadInput as error:
            failed += 1
            print(f"line {number}: {error}", file=err, flush=True)
            continue
        except Exception as error:  # noqa: BLE001 - one bad article must not stop the stream
            failed += 1
            print(f"line {number}: extraction_error: {type(error).__name__}: {error}", file=err, flush=True)
            continue
        for event in events:
            out.write(event_json(event) + b"\n")
        out.flush()
    return 1 if failed else 0
