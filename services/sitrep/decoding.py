"""Bytes -> Article, by DESIGN.md's input rules, with a machine-readable reason when it fails.

Used by `sitrep publish` (each line or file) and by the extractor worker (each Kafka message), so both
accept and reject exactly the same input. Reasons are a small fixed set (they label DLQ messages and
metrics): see `REASONS`.
"""

from __future__ import annotations

import orjson
from pydantic import ValidationError

from .contract import Article

REASONS = ("null_value", "empty", "too_large", "not_utf8", "not_json", "invalid_article")


class BadInput(ValueError):
    """Input that is not an article. `reason` is one of REASONS; `detail` says what exactly."""

    def __init__(self, reason: str, detail: str):
        assert reason in REASONS, reason
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def _validation_detail(error: ValidationError) -> str:
    parts = []
    for item in error.errors()[:5]:
        field = ".".join(str(p) for p in item["loc"]) or "article"
        parts.append(f"{field}: {item['msg']}")
    return "; ".join(parts)


def article_from_json(data: object) -> Article:
    """A decoded JSON value -> Article (must be an object with the contract's fields)."""
    if not isinstance(data, dict):
        raise BadInput("invalid_article", f"expected a JSON object, got {type(data).__name__}")
    try:
        return Article.model_validate(data)
    except ValidationError as error:
        raise BadInput("invalid_article", _validation_detail(error)) from None


def decode_article(value: bytes | None, key: bytes | None = None, *, max_bytes: int) -> Article:
    """One message value -> Article: a JSON object, or plain UTF-8 text whose id is the key.

    A value that starts like JSON ('{' or '[') must be valid JSON: a broken JSON article is bad
    input, not a plain-text article about braces.
    """
    if value is None:
        raise BadInput("null_value", "message value is null")
    if len(value) > max_bytes:
        raise BadInput("too_large", f"{len(value)} bytes > limit {max_bytes} (SITREP_MAX_ARTICLE_BYTES)")
    if not value.strip():
        raise BadInput("empty", "message value is empty")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadInput("not_utf8", f"invalid UTF-8 at byte {error.start}") from None
    stripped = text.lstrip()
    if stripped[:1] in ("{", "["):
        try:
            data = orjson.loads(value)
        except orjson.JSONDecodeError as error:
            raise BadInput("not_json", str(error)) from None
        return article_from_json(data)
    key_text = _key_text(key)
    try:
        return Article.from_text(text, key_text)
    except ValidationError as error:
        raise BadInput("invalid_article", _validation_detail(error)) from None


def _key_text(key: bytes | None) -> str | None:
    if not key:
        return None
    try:
        return key.decode("utf-8")
    except UnicodeDecodeError:
        return None
