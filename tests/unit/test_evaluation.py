"""The corpus grader (sitrep.evaluation): its arithmetic, its matching rules, and the gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.contract import Article
from sitrep.evaluation import (
    BLIND_SLICES,
    SLICES,
    CorpusError,
    Slice,
    TypeScore,
    default_corpus_root,
    format_report,
    grade,
    load_slice,
    location_key,
    main,
    validate_slice,
)


def _article(article_id: str) -> Article:
    return Article(id=article_id, text="Some text.")


def _count(value: int, qualifier: str = "exact") -> dict:
    return {"value": value, "qualifier": qualifier}


def _attack(article_id: str, key: str, weapon: str = "drone", **counts) -> dict:
    country, region = (key.split("-")[0], key) if "-" in key else (key, None)
    return {
        "article_id": article_id,
        "type": "attack",
        "country": country,
        "region": region,
        "weapon": weapon,
        **counts,
    }


def _fake(predictions: dict[str, list[dict]]):
    """An extractor that returns canned event dicts per article id."""
    return lambda article: predictions.get(article.id, [])


# --- arithmetic --------------------------------------------------------------------------------


def test_precision_recall_f1_arithmetic():
    score = TypeScore(tp=6, fp=2, fn=4)
    assert score.precision == pytest.approx(0.75)
    assert score.recall == pytest.approx(0.6)
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_empty_type_scores_perfect_and_all_wrong_scores_zero():
    assert TypeScore().f1 == 1.0
    assert TypeScore(fp=3).f1 == 0.0
    assert TypeScore(fn=3).f1 == 0.0


# --- location key ------------------------------------------------------------------------------


def test_location_key_prefers_region_then_country_then_dash():
    assert location_key({"type": "attack", "region": "UA-23", "country": "UA"}) == "UA-23"
    assert location_key({"type": "casualty", "region": None, "country": "RU"}) == "RU"
    assert location_key({"type": "attack", "region": None, "country": None}) == "-"


def test_location_key_of_ceasefire_is_always_dash():
    assert location_key({"type": "ceasefire_proposal", "country": "UA", "region": "UA-30"}) == "-"


# --- matching ----------------------------------------------------------------------------------


def test_grade_counts_tp_fp_fn_per_type_and_key():
    gold = [
        _attack("a1", "UA"),
        _attack("a1", "UA-23"),
        {"article_id": "a1", "type": "casualty", "country": "UA", "region": "UA-23", "killed": _count(2)},
    ]
    predicted = [
        _attack("a1", "UA"),
        _attack("a1", "UA-12"),
        {"type": "casualty", "country": "UA", "region": "UA-23", "killed": _count(2)},
    ]
    report = grade(Slice("t", [_article("a1")], gold, set()), _fake({"a1": predicted}))
    attack = report.scores["attack"]
    assert (attack.tp, attack.fp, attack.fn) == (1, 1, 1)
    casualty = report.scores["casualty"]
    assert (casualty.tp, casualty.fp, casualty.fn) == (1, 0, 0)
    assert report.scores["ceasefire_proposal"].f1 == 1.0
    assert report.macro_f1 == pytest.approx((0.5 + 1.0 + 1.0) / 3)
    assert "FN    attack UA-23" in report.errors["a1"]
    assert "FP    attack UA-12" in report.errors["a1"]


def test_two_weapons_at_one_key_are_one_key_for_matching():
    gold = [_attack("a1", "UA", "drone"), _attack("a1", "UA", "missile")]
    report = grade(Slice("t", [_article("a1")], gold, set()), _fake({"a1": [_attack("a1", "UA", "drone")]}))
    assert (report.scores["attack"].tp, report.scores["attack"].fn) == (1, 0)


def test_no_events_article_counts_every_prediction_as_false_positive():
    corpus = Slice("t", [_article("quiet"), _article("also-quiet")], [], {"quiet", "also-quiet"})
    report = grade(corpus, _fake({"quiet": [_attack("quiet", "UA"), _attack("quiet", "UA-63")]}))
    assert report.scores["attack"].fp == 2
    assert report.scores["attack"].f1 == 0.0
    assert (report.no_event_clean.ok, report.no_event_clean.n) == (1, 2)


def test_crashing_extractor_is_reported_and_counts_as_no_prediction():
    def explode(article):
        raise RuntimeError("boom")

    report = grade(Slice("t", [_article("a1")], [_attack("a1", "UA")], set()), explode)
    assert report.crashes == ["a1: RuntimeError: boom"]
    assert report.scores["attack"].fn == 1


# --- counts ------------------------------------------------------------------------------------


def test_count_match_uses_the_gold_weapon_and_checks_qualifier_separately():
    gold = [
        _attack("a1", "UA", "drone", launched=_count(137), intercepted=_count(63)),
        _attack("a1", "UA", "missile", launched=_count(6)),
    ]
    predicted = [
        _attack("a1", "UA", "drone", launched=_count(137, "more_than"), intercepted=_count(63)),
        _attack("a1", "UA", "missile", launched=_count(137)),
    ]
    report = grade(Slice("t", [_article("a1")], gold, set()), _fake({"a1": predicted}))
    assert (report.count_value.ok, report.count_value.n) == (2, 3)
    assert (report.count_qualified.ok, report.count_qualified.n) == (1, 3)
    errors = report.errors["a1"]
    assert "count attack UA drone launched: gold 137 exact, got 137 more_than" in errors
    assert "count attack UA missile launched: gold 6 exact, got 137 exact" in errors


def test_null_gold_count_is_not_graded_and_missing_prediction_is_a_miss():
    gold = [
        {
            "article_id": "a1",
            "type": "casualty",
            "country": "RU",
            "region": None,
            "killed": None,
            "injured": _count(6, "at_least"),
        }
    ]
    predicted = [{"type": "casualty", "country": "RU", "region": None, "killed": _count(9), "injured": None}]
    report = grade(Slice("t", [_article("a1")], gold, set()), _fake({"a1": predicted}))
    assert (report.count_value.ok, report.count_value.n) == (0, 1)


def test_counts_of_unmatched_keys_are_not_graded():
    gold = [_attack("a1", "UA-23", launched=_count(5))]
    report = grade(
        Slice("t", [_article("a1")], gold, set()), _fake({"a1": [_attack("a1", "UA", launched=_count(5))]})
    )
    assert report.count_value.n == 0


def test_attack_without_the_gold_weapon_falls_back_to_any_attack_at_the_key():
    gold = [_attack("a1", "UA-12", "missile", launched=_count(1))]
    predicted = [_attack("a1", "UA-12", "unspecified", launched=_count(1))]
    report = grade(Slice("t", [_article("a1")], gold, set()), _fake({"a1": predicted}))
    assert report.count_value.ok == 1
    assert report.attributes["weapon"].ok == 0


def test_stances_and_parties_are_graded_as_attributes():
    gold = [
        {
            "article_id": "a1",
            "type": "ceasefire_proposal",
            "country": None,
            "region": None,
            "actor": "US",
            "parties": ["RU", "UA"],
            "duration_days": 30,
            "stances": {"UA": "accepted", "RU": "conditional"},
        }
    ]
    predicted = [
        {
            "type": "ceasefire_proposal",
            "country": "UA",
            "region": None,
            "actor": "US",
            "parties": ["UA", "RU"],
            "duration_days": 30,
            "stances": {"UA": "accepted", "RU": "conditional", "US": "proposed"},
        }
    ]
    report = grade(Slice("t", [_article("a1")], gold, set()), _fake({"a1": predicted}))
    assert report.scores["ceasefire_proposal"].tp == 1
    assert all(t.ok == t.n == 1 for t in report.attributes.values()), report.attributes


def test_stances_mismatch_on_a_gold_party_is_an_error():
    gold = [{"article_id": "a1", "type": "ceasefire_proposal", "stances": {"RU": "rejected"}}]
    predicted = [{"type": "ceasefire_proposal", "stances": {"RU": "accepted"}}]
    report = grade(Slice("t", [_article("a1")], gold, set()), _fake({"a1": predicted}))
    assert report.attributes["stances"].ok == 0


# --- files and command line --------------------------------------------------------------------


def _write_slice(root: Path, articles: list[dict], gold: list[dict]) -> None:
    folder = root / "dev"
    folder.mkdir(parents=True)
    (folder / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles))
    (folder / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold))


def test_validation_catches_bad_gold(tmp_path):
    _write_slice(
        tmp_path,
        [{"id": "dev-001", "text": "x"}, {"id": "dev-002", "text": "y"}],
        [
            {
                "article_id": "dev-001",
                "type": "attack",
                "country": "UA",
                "region": "RU-BEL",
                "launched": {"value": -1},
            },
            {"article_id": "dev-009", "type": "strike"},
            {
                "article_id": "dev-001",
                "type": "casualty",
                "country": "XX",
                "region": "UA-99",
                "killed": None,
                "injured": None,
            },
        ],
    )
    problems = "\n".join(validate_slice(load_slice("dev", tmp_path)))
    for expected in (
        "region RU-BEL is not in country 'UA'",
        "malformed count launched",
        "unknown article id 'dev-009'",
        "invalid type 'strike'",
        "invalid country 'XX'",
        "invalid region 'UA-99'",
        "casualty without killed or injured",
        "article dev-002 has neither events nor no_events",
    ):
        assert expected in problems


def test_validation_catches_duplicate_keys_but_allows_two_proposals(tmp_path):
    proposal = {"article_id": "dev-001", "type": "ceasefire_proposal", "scope": "general"}
    _write_slice(
        tmp_path,
        [{"id": "dev-001", "text": "x"}],
        [
            _attack("dev-001", "UA", "drone"),
            _attack("dev-001", "UA", "missile"),
            proposal,
            proposal,
            _attack("dev-001", "UA", "drone"),
        ],
    )
    problems = validate_slice(load_slice("dev", tmp_path))
    assert len(problems) == 1 and "gold.jsonl:5: duplicates line 1" in problems[0]


def test_broken_jsonl_raises_corpus_error(tmp_path):
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "articles.jsonl").write_text('{"id": "dev-001", "text": "x"}\nnot json\n')
    with pytest.raises(CorpusError, match="articles.jsonl:2"):
        load_slice("dev", tmp_path)


def test_main_exits_zero_with_a_table_and_two_on_broken_gold(tmp_path, capsys):
    _write_slice(tmp_path, [{"id": "dev-001", "text": "x"}], [{"article_id": "dev-001", "no_events": True}])
    assert main(["--corpus", str(tmp_path), "--slice", "all"], extract=_fake({})) == 0
    out = capsys.readouterr().out
    assert "macro F1" in out
    for blind in BLIND_SLICES:
        assert f"slice {blind}: no articles.jsonl, skipped" in out
    (tmp_path / "dev" / "gold.jsonl").write_text(
        '{"article_id": "dev-001", "type": "attack", "country": "ZZ"}\n'
    )
    assert main(["--corpus", str(tmp_path)], extract=_fake({})) == 2


def test_main_json_output_is_one_document(tmp_path, capsys):
    _write_slice(tmp_path, [{"id": "dev-001", "text": "x"}], [_attack("dev-001", "UA")])
    main(["--corpus", str(tmp_path), "--slice", "dev", "--json"], extract=_fake({}))
    doc = json.loads(capsys.readouterr().out)
    assert doc["slices"][0]["types"]["attack"]["fn"] == 1


def test_show_errors_lists_misses_per_article_but_never_for_the_holdout():
    corpus = Slice("dev", [_article("a1")], [_attack("a1", "UA")], set())
    assert "FN    attack UA" in format_report(grade(corpus, _fake({})), show_errors=True)
    for blind in ("holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8",
                  "holdout9", "holdout10"):
        corpus.name = blind
        shown = format_report(grade(corpus, _fake({})), show_errors=True)
        assert "FN    attack UA" not in shown and "graded blind" in shown


def test_the_slices_are_dev_and_the_blind_holdouts():
    assert SLICES == ("dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8",
                      "holdout9", "holdout10")
    assert set(BLIND_SLICES) == {"holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8",
                                 "holdout9", "holdout10"}
    assert "dev" not in BLIND_SLICES


# --- the real corpus ---------------------------------------------------------------------------


PRESENT = [name for name in SLICES if (default_corpus_root() / name / "articles.jsonl").exists()]


@pytest.mark.parametrize("name", PRESENT)
def test_every_gold_line_of_the_corpus_validates(name):
    corpus = load_slice(name)
    assert corpus.articles, f"{name} has no articles"
    assert validate_slice(corpus) == []


def test_dev_slice_is_big_and_varied_enough():
    corpus = load_slice("dev")
    assert len(corpus.articles) >= 60
    assert len(corpus.no_events) >= 12
    assert {line["type"] for line in corpus.gold} == {"attack", "casualty", "ceasefire_proposal"}
