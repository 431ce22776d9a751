"""Every setting Sitrep reads, from the environment (prefix `SITREP_`), with its default.

This is the only place configuration is read. The README's "Settings" table lists the same
names; `sitrep settings` prints the values in force. A bad value fails at start with a
message naming the variable (see `load()`).
"""

from __future__ import annotations

import functools
import ssl
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class SettingsError(SystemExit):
    """Raised (and exits non-zero) when the environment holds an invalid setting."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SITREP_", extra="ignore", frozen=True)

    # Kafka connection
    bootstrap_servers: str = Field("127.0.0.1:9092", description="Comma-separated host:port list")
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    sasl_username: str | None = None
    sasl_password: str | None = None
    ssl_cafile: Path | None = Field(None, description="CA bundle for TLS (SSL, SASL_SSL)")
    request_timeout_s: float = Field(10.0, gt=0, description="Fail fast if the broker is unreachable")

    # Topics
    topic_articles: str = "articles.raw"
    topic_attack: str = "events.attack"
    topic_casualty: str = "events.casualty"
    topic_ceasefire: str = "events.ceasefire"
    topic_dlq: str = "articles.dlq"
    partitions: int = Field(6, ge=1, le=1000)
    replication_factor: int = Field(1, ge=1)
    retention_ms: int = Field(7 * 24 * 3600 * 1000, description="articles.raw and events.* retention")
    dlq_retention_ms: int = Field(30 * 24 * 3600 * 1000, description="articles.dlq keeps longer")

    # Limits
    max_article_bytes: int = Field(1_000_000, ge=1024, description="Larger values go to the DLQ")
    max_message_bytes: int = Field(8_388_608, ge=1024, description="Producer/topic max message size")

    # Workers
    web_host: str = Field("127.0.0.1", description="Address the workers' HTTP servers bind to")
    web_advertised_host: str | None = Field(
        None, description="Host other workers use to reach this one (default: web_host)")
    extractor_port: int = Field(6067, ge=1, le=65535)
    extractor_processes: int = Field(
        2, ge=0, le=256, description="Extraction processes of one extractor worker (a process pool, so one worker "
        "uses several cores); 0 extracts in a thread of the worker process")
    aggregator_port: int = Field(6066, ge=1, le=65535)
    data_dir: Path = Field(Path("var/data"), description="Faust table state (RocksDB)")
    store: str = Field("rocksdb://", description="Faust table store URL (rocksdb:// or memory://)")
    window_expiry_days: int = Field(
        90, ge=1, description="Daily windows and incidents (with the event ids they remember) are kept this many "
        "days behind the newest day of their location; older reports are refused, not double-counted")
    session_timeout_s: float = Field(
        10.0, ge=6.0, le=300.0, description="Consumer-group session timeout: how soon a dead worker's partitions move")
    group_prefix: str = Field("sitrep", description="Prefix of Faust app ids, consumer groups, changelog topics")

    @field_validator("bootstrap_servers")
    @classmethod
    def _servers(cls, value: str) -> str:
        servers = [s.strip() for s in value.split(",") if s.strip()]
        if not servers or any(":" not in s or not s.rsplit(":", 1)[1].isdigit() for s in servers):
            raise ValueError("expected host:port[,host:port...]")
        return ",".join(servers)

    @property
    def bootstrap_list(self) -> list[str]:
        return self.bootstrap_servers.split(",")

    def ssl_context(self) -> ssl.SSLContext | None:
        if self.security_protocol not in ("SSL", "SASL_SSL"):
            return None
        return ssl.create_default_context(cafile=str(self.ssl_cafile) if self.ssl_cafile else None)

    def kafka_client_options(self) -> dict:
        """Connection options for aiokafka producers, consumers and admin clients."""
        options: dict = {
            "bootstrap_servers": self.bootstrap_list,
            "security_protocol": self.security_protocol,
            "request_timeout_ms": int(self.request_timeout_s * 1000),
        }
        if self.ssl_context() is not None:
            options["ssl_context"] = self.ssl_context()
        if self.sasl_mechanism:
            options.update(
                sasl_mechanism=self.sasl_mechanism,
                sasl_plain_username=self.sasl_username,
                sasl_plain_password=self.sasl_password,
            )
        return options


def _describe(error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        name = "SITREP_" + "_".join(str(p) for p in item["loc"]).upper()
        lines.append(f"invalid setting {name}={item.get('input')!r}: {item['msg']}")
    return "\n".join(lines)


@functools.cache
def load() -> Settings:
    """The settings in force (read once per process)."""
    try:
        settings = Settings()
    except ValidationError as error:
        raise SettingsError(_describe(error)) from None
    if settings.sasl_mechanism and not (settings.sasl_username and settings.sasl_password):
        raise SettingsError("invalid setting SITREP_SASL_MECHANISM: needs SITREP_SASL_USERNAME and SITREP_SASL_PASSWORD")
    if settings.sasl_mechanism and not settings.security_protocol.startswith("SASL"):
        raise SettingsError("invalid setting SITREP_SECURITY_PROTOCOL: SASL mechanism set but protocol is not SASL_*")
    return settings
