"""Every topic in one place: names come from settings, roles from the pipeline.

articles.raw -> [extractor] -> events.attack / events.casualty / events.ceasefire -> [aggregator]
                     \\-> articles.dlq (bad input + reason)
"""

from __future__ import annotations

from dataclasses import dataclass

from .settings import Settings


@dataclass(frozen=True)
class TopicSpec:
    name: str
    role: str
    retention_ms: int


def event_topic_for(settings: Settings, event_type: str) -> str:
    """The topic an event of this type is published to."""
    return {
        "attack": settings.topic_attack,
        "casualty": settings.topic_casualty,
        "ceasefire_proposal": settings.topic_ceasefire,
    }[event_type]


def event_topics(settings: Settings) -> list[str]:
    return [settings.topic_attack, settings.topic_casualty, settings.topic_ceasefire]


def all_topics(settings: Settings) -> list[TopicSpec]:
    """The five pipeline topics `sitrep topics create` makes."""
    return [
        TopicSpec(settings.topic_articles, "input articles (key: article id)", settings.retention_ms),
        TopicSpec(settings.topic_attack, "attack events (key: location key)", settings.retention_ms),
        TopicSpec(settings.topic_casualty, "casualty events (key: location key)", settings.retention_ms),
        TopicSpec(settings.topic_ceasefire, "ceasefire proposals (key: \"-\")", settings.retention_ms),
        TopicSpec(settings.topic_dlq, "unreadable input with its reason", settings.dlq_retention_ms),
    ]
