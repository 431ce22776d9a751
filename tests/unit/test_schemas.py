"""The JSON Schema files are generated from the contract and real extraction output validates against them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import orjson
import pytest

from sitrep.contract import Article, json_schemas
from sitrep.extraction import extract

REPO = Path(__file__).resolve().parents[2]
SCHEMAS = REPO / "schemas"
CORPUS = REPO / "tests" / "corpus" / "dev" / "articles.jsonl"


def schema(stem: str) -> dict:
    return json.loads((SCHEMAS / f"{stem}.schema.json").read_text())


def corpus() -> list[dict]:
    return [orjson.loads(line) for line in CORPUS.read_bytes().splitlines() if line.strip()]


def test_committed_schema_files_are_what_the_contract_generates():
    for stem, generated in json_schemas().items():
        assert schema(stem) == json.loads(json.dumps(generated)), f"run `make schemas` ({stem})"


def test_corpus_articles_validate_against_the_article_schema():
    validator = jsonschema.Draft202012Validator(schema("article"))
    for article in corpus():
        validator.validate(article)


def test_extracted_events_validate_against_their_type_schema():
    validators = {t: jsonschema.Draft202012Validator(schema(f"event.{t}"))
                  for t in ("attack", "casualty", "ceasefire_proposal")}
    seen = set()
    for row in corpus():
        for event in extract(Article.model_validate(row)):
            data = json.loads(json.dumps(event.model_dump(mode="json")))
            validators[data["type"]].validate(data)
            text = row["text"][data["evidence"]["start"]:data["evidence"]["end"]]
            assert text == data["evidence"]["text"]
            seen.add(data["type"])
    assert seen == set(validators), "the corpus should exercise every event type"


def test_the_schema_rejects_an_event_that_breaks_the_contract():
    validator = jsonschema.Draft202012Validator(schema("event.attack"))
    event = next(e for row in corpus() for e in extract(Article.model_validate(row)) if e.type == "attack")
    broken = json.loads(json.dumps(event.model_dump(mode="json")))
    broken["launched"] = {"value": -3, "qualifier": "roughly"}
    del broken["event_id"]
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(broken)
