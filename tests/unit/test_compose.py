"""docker-compose.yml is valid Compose (checked against the Compose Specification's JSON Schema,
vendored by check-jsonschema; no Docker engine here) and agrees with the local broker and settings."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import jsonschema
import yaml

REPO = Path(__file__).resolve().parents[2]


def compose_spec_schema() -> dict:
    # check-jsonschema vendors (and keeps current) the Compose Specification's schema; we use the
    # file only (found without importing the package), with the jsonschema library.
    package = Path(importlib.util.find_spec("check_jsonschema").submodule_search_locations[0])
    path = package / "builtin_schemas" / "vendor" / "compose-spec.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_compose_file_validates_against_the_compose_spec_schema():
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    validator = jsonschema.Draft202012Validator(compose_spec_schema())
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(compose)]
    assert errors == []


def test_the_schema_check_catches_a_broken_compose_file():
    broken = {"services": {"kafka": {"image": 42, "ports": "9092", "restart": ["always"]}}}
    assert list(jsonschema.Draft202012Validator(compose_spec_schema()).iter_errors(broken))


def test_compose_runs_the_same_kafka_version_as_the_local_broker():
    pom = (REPO / "deploy/kafka/pom.xml").read_text()
    version = re.search(r"<kafka.version>([^<]+)</kafka.version>", pom).group(1)
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    assert compose["services"]["kafka"]["image"] == f"apache/kafka:{version}"


def test_compose_runs_both_workers_and_mounts_what_exists():
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    services = compose["services"]
    assert services["extractor"]["command"] == ["worker", "extractor"]
    assert services["aggregator"]["command"] == ["worker", "aggregator"]
    for service in services.values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("./"):
                assert (REPO / source).exists(), f"{source} is mounted but missing"
