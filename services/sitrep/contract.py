"""The message contract (DESIGN.md): articles in, events out.

These models are the single definition that the code, the JSON Schema files under
`schemas/` (`sitrep schemas`, `make schemas`) and the docs come from. Renaming or removing a
field needs `schema_version` 2 and a changelog entry; adding an optional field does not.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Annotated, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, field_validator

SCHEMA_VERSION = 1

EventType = Literal["attack", "casualty", "ceasefire_proposal"]
Qualifier = Literal["exact", "about", "at_least", "more_than", "at_most"]
Weapon = Literal[
    "drone", "missile", "glide_bomb", "artillery", "airstrike", "rocket", "mixed", "unspecified"
]
Target = Literal[
    "energy", "civilian", "residential", "industrial", "transport", "education", "healthcare",
    "military", "infrastructure",
]
Scope = Literal["general", "energy", "maritime", "holiday", "humanitarian", "unspecified"]
Stance = Literal["proposed", "accepted", "rejected", "conditional"]

Alpha2 = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
Iso3166_2 = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}-[A-Z0-9]{1,3}$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Article(BaseModel):
    """One news article on `articles.raw` (unknown extra fields are ignored, not rejected)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: Annotated[str, StringConstraints(min_length=1, max_length=256)]
    text: Annotated[str, StringConstraints(min_length=1)]
    title: str | None = None
    published_at: str | None = None
    source: str | None = None
    url: str | None = None

    @field_validator("published_at")
    @classmethod
    def _iso_8601(cls, value: str | None) -> str | None:
        """Kept as written (events repeat it), but it must parse as an ISO 8601 date or datetime."""
        if value is not None:
            value = value.strip()
            parse_published(value)
        return value or None

    @field_validator("text")
    @classmethod
    def _text_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value

    @classmethod
    def from_text(cls, text: str, key: str | None = None) -> Article:
        """A plain-text message: the id is the Kafka key, or else a hash of the text."""
        article_id = key or "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
        return cls(id=article_id, text=text)



_DATETIME = TypeAdapter(dt.datetime)
_DATE = TypeAdapter(dt.date)


def parse_published(value: str) -> dt.datetime:
    """An ISO 8601 date or datetime -> aware UTC datetime (a date is its midnight, naive is UTC)."""
    try:
        parsed = _DATETIME.validate_python(value)
    except ValueError:
        try:
            day = _DATE.validate_python(value)
        except ValueError:
            raise ValueError(f"not an ISO 8601 date or datetime: {value!r}") from None
        parsed = dt.datetime(day.year, day.month, day.day)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


class Count(_Model):
    value: Annotated[int, Field(ge=0)]
    qualifier: Qualifier = "exact"


class Evidence(_Model):
    text: str
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]


class _EventBase(_Model):
    schema_version: Literal[1] = SCHEMA_VERSION
    event_id: str
    article_id: str
    published_at: str | None
    country: Alpha2 | None
    region: Iso3166_2 | None
    region_name: str | None
    place: str | None
    actor: Alpha2 | None
    actor_name: str | None
    claimed_by: str | None
    evidence: Evidence
    confidence: Annotated[float, Field(ge=0.0, le=1.0)]
    # Optional additions (schema_version 1 stays compatible): the article's outlet, so incidents can
    # list the sources behind them.
    source: str | None = None

    @property
    def location_key(self) -> str:
        """Kafka key and aggregation key: region, else country, else "-"."""
        return self.region or self.country or "-"


class AttackEvent(_EventBase):
    type: Literal["attack"] = "attack"
    weapon: Weapon
    launched: Count | None
    intercepted: Count | None
    targets: list[Target]
    outage_people: Count | None


class CasualtyEvent(_EventBase):
    type: Literal["casualty"] = "casualty"
    killed: Count | None
    injured: Count | None


class CeasefireProposalEvent(_EventBase):
    type: Literal["ceasefire_proposal"] = "ceasefire_proposal"
    parties: list[Alpha2]
    duration_days: int | None
    scope: Scope
    stances: dict[Alpha2, Stance]

    @property
    def location_key(self) -> str:
        return "-"


Event = Annotated[AttackEvent | CasualtyEvent | CeasefireProposalEvent, Field(discriminator="type")]
EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)
EVENT_MODELS: dict[str, type[_EventBase]] = {
    "attack": AttackEvent,
    "casualty": CasualtyEvent,
    "ceasefire_proposal": CeasefireProposalEvent,
}


def make_event_id(article_id: str, event_type: str, start: int, end: int, discriminator: str = "") -> str:
    """Deterministic id: hash of article id, type and evidence span (plus e.g. the weapon)."""
    raw = f"{article_id}\x1f{event_type}\x1f{start}:{end}\x1f{discriminator}"
    return hashlib.blake2b(raw.encode("utf-8"), digest_size=12).hexdigest()


def parse_event(data: bytes | str | dict) -> Event:
    """Parse one event from JSON (bytes/str) or a dict, validating it against the contract."""
    if isinstance(data, dict):
        return EVENT_ADAPTER.validate_python(data)
    return EVENT_ADAPTER.validate_json(data)


def _fields(value: object) -> dict:
    # orjson calls this only for what it cannot serialise itself: the nested models (Count, Evidence).
    if isinstance(value, BaseModel):
        return value.__dict__
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def event_json(event: _EventBase) -> bytes:
    """An event's wire bytes (Kafka value, `sitrep extract` line): the same bytes as
    `orjson.dumps(event.model_dump(mode="json"))`, about 3x faster.

    The models hold only JSON types (str, int, float, None, lists, dicts, nested models) and their
    `__dict__` has every field in declaration order, as model_dump writes them, so orjson can
    serialise it directly instead of pydantic building an interim dict per event.
    """
    return orjson.dumps(event, default=_fields)


def json_schemas() -> dict[str, dict]:
    """JSON Schema documents, one per message type, keyed by file stem."""
    return {
        "article": Article.model_json_schema(),
        "event.attack": AttackEvent.model_json_schema(),
        "event.casualty": CasualtyEvent.model_json_schema(),
        "event.ceasefire_proposal": CeasefireProposalEvent.model_json_schema(),
    }
