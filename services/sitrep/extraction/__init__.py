"""Pure extraction: one article in, its events out (no I/O, no Kafka).

`extract(article)` is deterministic: the same article gives the same events and event_ids.
"""

from .engine import extract

__all__ = ["extract"]
