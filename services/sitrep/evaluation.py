"""Grade the extraction engine against the hand-labelled corpus (rules: tests/corpus/README.md).

    python -m sitrep.evaluation [--slice dev|holdout|holdout2|holdout3|holdout4|holdout5|holdout6|holdout7|holdout8|holdout9|holdout10|all] [--json] [--show-errors]

Pure: no Kafka. Exit status 0 whatever the scores; 2 when a corpus file is broken or the
extraction engine cannot be imported.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
from pydantic import ValidationError

from sitrep.contract import Article

TYPES = ("attack", "casualty", "ceasefire_proposal")
COUNT_FIELDS = ("launched", "intercepted", "outage_people", "killed", "injured")
ATTRIBUTE_FIELDS = ("weapon", "actor", "scope", "duration_days", "parties", "stances")
QUALIFIERS = ("exact", "about", "at_least", "more_than", "at_most")
WEAPONS = ("drone", "missile", "glide_bomb", "artillery", "airstrike", "rocket", "mixed", "unspecified")
SCOPES = ("general", "energy", "maritime", "holiday", "humanitarian", "unspecified")
STANCES = ("proposed", "accepted", "rejected", "conditional")
SLICES = ("dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8",
          "holdout9", "holdout10")
# never look at their errors while tuning: only their scores are printed
BLIND_SLICES = SLICES[1:]  # every slice but dev

Extractor = Callable[[Article], Iterable]


class CorpusError(Exception):
    """A corpus file is missing fields, is not JSON, or breaks the gold format."""


# --- loading and validating --------------------------------------------------------------------


@dataclass
class Slice:
    name: str
    articles: list[Article]
    gold: list[dict]
    no_events: set[str]


def default_corpus_root() -> Path:
    env = os.environ.get("SITREP_CORPUS")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "tests" / "corpus"


def _read_jsonl(path: Path) -> list[tuple[int, dict]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{path}:{number}: not JSON ({exc})") from exc
        if not isinstance(obj, dict):
            raise CorpusError(f"{path}:{number}: not a JSON object")
        rows.append((number, obj))
    return rows


def load_slice(name: str, root: Path | None = None) -> Slice | None:
    """The slice's articles and gold, or None when the slice has no articles file yet."""
    folder = (root or default_corpus_root()) / name
    articles_path, gold_path = folder / "articles.jsonl", folder / "gold.jsonl"
    if not articles_path.exists():
        return None
    articles = []
    for number, obj in _read_jsonl(articles_path):
        try:
            articles.append(Article.model_validate(obj))
        except ValidationError as exc:
            raise CorpusError(f"{articles_path}:{number}: invalid article: {exc}") from exc
    gold, no_events = [], set()
    for number, obj in _read_jsonl(gold_path) if gold_path.exists() else []:
        if "article_id" not in obj:
            raise CorpusError(f"{gold_path}:{number}: no article_id")
        if obj.get("no_events"):
            no_events.add(obj["article_id"])
        else:
            gold.append(obj | {"_line": number})
    return Slice(name, articles, gold, no_events)


def _valid_count(value: object) -> bool:
    if value is None:
        return True
    return (
        isinstance(value, dict)
        and set(value) <= {"value", "qualifier"}
        and isinstance(value.get("value"), int)
        and not isinstance(value.get("value"), bool)
        and value["value"] >= 0
        and value.get("qualifier", "exact") in QUALIFIERS
    )


def _valid_alpha2(code: object) -> bool:
    return isinstance(code, str) and pycountry.countries.get(alpha_2=code) is not None


def _gold_line_problems(line: dict, known_ids: set[str]) -> list[str]:
    problems = []
    if line["article_id"] not in known_ids:
        problems.append(f"unknown article id {line['article_id']!r}")
    kind = line.get("type")
    if kind not in TYPES:
        return problems + [f"invalid type {kind!r}"]
    country, region = line.get("country"), line.get("region")
    if country is not None and not _valid_alpha2(country):
        problems.append(f"invalid country {country!r}")
    if region is not None:
        sub = pycountry.subdivisions.get(code=region) if isinstance(region, str) else None
        if sub is None:
            problems.append(f"invalid region {region!r}")
        elif sub.country_code != country:
            problems.append(f"region {region} is not in country {country!r}")
    for name in ("actor",) + (("parties",) if kind == "ceasefire_proposal" else ()):
        codes = line.get(name)
        codes = [codes] if isinstance(codes, str) or codes is None else codes
        problems += [f"invalid {name} {c!r}" for c in codes if c is not None and not _valid_alpha2(c)]
    problems += [f"malformed count {f}: {line[f]!r}" for f in COUNT_FIELDS if not _valid_count(line.get(f))]
    problems += _type_specific_problems(kind, line)
    return problems


def _type_specific_problems(kind: str, line: dict) -> list[str]:
    problems = []
    if kind == "attack" and line.get("weapon", "unspecified") not in WEAPONS:
        problems.append(f"invalid weapon {line.get('weapon')!r}")
    if kind == "casualty" and line.get("killed") is None and line.get("injured") is None:
        problems.append("casualty without killed or injured")
    if kind == "ceasefire_proposal":
        if line.get("scope", "unspecified") not in SCOPES:
            problems.append(f"invalid scope {line.get('scope')!r}")
        parties = line.get("parties") or []
        if parties != sorted(parties):
            problems.append("parties not sorted")
        for code, stance in (line.get("stances") or {}).items():
            if not _valid_alpha2(code) or stance not in STANCES:
                problems.append(f"invalid stance {code!r}: {stance!r}")
        days = line.get("duration_days")
        if days is not None and (not isinstance(days, int) or days <= 0):
            problems.append(f"invalid duration_days {days!r}")
    return problems


def _duplicate_problems(gold: list[dict]) -> list[str]:
    """Two attack lines with one key and weapon, or two casualty lines with one key, make counts ambiguous."""
    seen: dict[tuple, int] = {}
    problems = []
    for line in gold:
        if line.get("type") not in ("attack", "casualty"):
            continue
        ident = (line["article_id"], line["type"], location_key(line), line.get("weapon"))
        if ident in seen:
            problems.append(f"gold.jsonl:{line['_line']}: duplicates line {seen[ident]} {ident}")
        seen.setdefault(ident, line["_line"])
    return problems


def validate_slice(corpus: Slice) -> list[str]:
    """Every problem in the slice's gold, as 'gold.jsonl:LINE: message' strings."""
    ids = [a.id for a in corpus.articles]
    known = set(ids)
    problems = [f"articles.jsonl: duplicate id {i!r}" for i in sorted(known) if ids.count(i) > 1]
    for line in corpus.gold:
        problems += [f"gold.jsonl:{line['_line']}: {p}" for p in _gold_line_problems(line, known)]
    problems += _duplicate_problems(corpus.gold)
    with_events = {line["article_id"] for line in corpus.gold}
    problems += [f"gold.jsonl: {i} has events and no_events" for i in sorted(with_events & corpus.no_events)]
    problems += [f"gold.jsonl: unknown no_events id {i!r}" for i in sorted(corpus.no_events - known)]
    unlabelled = known - with_events - corpus.no_events
    problems += [f"gold.jsonl: article {i} has neither events nor no_events" for i in sorted(unlabelled)]
    return problems


# --- grading -----------------------------------------------------------------------------------


def location_key(event: dict) -> str:
    """Region, else country, else "-"; always "-" for ceasefire proposals."""
    if event.get("type") == "ceasefire_proposal":
        return "-"
    return event.get("region") or event.get("country") or "-"


def _as_dict(event: object) -> dict:
    return event if isinstance(event, dict) else event.model_dump(mode="json")


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tally:
    ok: int = 0
    n: int = 0

    @property
    def rate(self) -> float:
        return self.ok / self.n if self.n else 1.0


@dataclass
class SliceReport:
    name: str
    articles: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    seconds: float = 0.0
    scores: dict[str, TypeScore] = field(default_factory=lambda: {t: TypeScore() for t in TYPES})
    count_value: Tally = field(default_factory=Tally)
    count_qualified: Tally = field(default_factory=Tally)
    attributes: dict[str, Tally] = field(default_factory=dict)
    no_event_clean: Tally = field(default_factory=Tally)
    crashes: list[str] = field(default_factory=list)
    errors: dict[str, list[str]] = field(default_factory=dict)

    @property
    def macro_f1(self) -> float:
        return sum(s.f1 for s in self.scores.values()) / len(self.scores)


def _candidates(gold_line: dict, predicted: list[dict]) -> list[dict]:
    """The predicted events a gold line's counts are compared with: same key, and same weapon if any."""
    key = (gold_line["type"], location_key(gold_line))
    same_key = [p for p in predicted if (p.get("type"), location_key(p)) == key]
    weapon = gold_line.get("weapon")
    same_weapon = [p for p in same_key if p.get("weapon") == weapon]
    return same_weapon if gold_line["type"] == "attack" and same_weapon else same_key


def _fmt_count(count: dict | None) -> str:
    return "none" if not count else f"{count['value']} {count.get('qualifier', 'exact')}"


def _grade_counts(line: dict, cands: list[dict], report: SliceReport, errors: list[str]) -> None:
    for name in COUNT_FIELDS:
        gold = line.get(name)
        if gold is None:
            continue
        got = [p.get(name) for p in cands]
        value_ok = any(c and c["value"] == gold["value"] for c in got)
        full_ok = any(
            c
            and c["value"] == gold["value"]
            and c.get("qualifier", "exact") == gold.get("qualifier", "exact")
            for c in got
        )
        report.count_value.n += 1
        report.count_qualified.n += 1
        report.count_value.ok += value_ok
        report.count_qualified.ok += full_ok
        if not full_ok:
            shown = ", ".join(_fmt_count(c) for c in got) or "none"
            errors.append(f"count {_label(line)} {name}: gold {_fmt_count(gold)}, got {shown}")


def _norm_attr(name: str, value: object) -> object:
    return sorted(value) if name == "parties" and isinstance(value, list) else value


def _attr_ok(name: str, gold: object, got: object) -> bool:
    """Equal, except that stances only need to agree on the parties the gold names."""
    if name == "stances":
        return isinstance(got, dict) and all(got.get(code) == s for code, s in gold.items())
    return _norm_attr(name, got) == _norm_attr(name, gold)


def _grade_attributes(line: dict, cands: list[dict], report: SliceReport, errors: list[str]) -> None:
    for name in ATTRIBUTE_FIELDS:
        if line.get(name) is None:
            continue
        tally = report.attributes.setdefault(name, Tally())
        tally.n += 1
        if any(_attr_ok(name, line[name], p.get(name)) for p in cands):
            tally.ok += 1
        else:
            got = ", ".join(json.dumps(p.get(name)) for p in cands)
            errors.append(f"attr  {_label(line)} {name}: gold {json.dumps(line[name])}, got {got}")


def _label(event: dict) -> str:
    weapon = f" {event['weapon']}" if event.get("type") == "attack" and event.get("weapon") else ""
    return f"{event['type']} {location_key(event)}{weapon}"


def _grade_article(article_id: str, gold: list[dict], predicted: list[dict], report: SliceReport) -> None:
    errors: list[str] = []
    gold_keys = {(g["type"], location_key(g)) for g in gold}
    pred_keys = {(p.get("type"), location_key(p)) for p in predicted}
    for kind, key in sorted(gold_keys | pred_keys, key=lambda k: (str(k[0]), k[1])):
        score = report.scores.get(kind)
        if score is None:
            errors.append(f"FP    {kind} {key} (unknown type)")
            continue
        hit, in_pred = (kind, key) in gold_keys, (kind, key) in pred_keys
        score.tp += hit and in_pred
        score.fp += in_pred and not hit
        score.fn += hit and not in_pred
        if hit != in_pred:
            errors.append(f"{'FN' if hit else 'FP'}    {kind} {key}")
    for line in gold:
        if (line["type"], location_key(line)) in pred_keys:
            cands = _candidates(line, predicted)
            _grade_counts(line, cands, report, errors)
            _grade_attributes(line, cands, report, errors)
    if errors:
        report.errors[article_id] = errors


def grade(corpus: Slice, extract: Extractor) -> SliceReport:
    """Run `extract` on every article of the slice and score it against the gold."""
    report = SliceReport(corpus.name, articles=len(corpus.articles), gold_events=len(corpus.gold))
    by_article: dict[str, list[dict]] = {}
    for line in corpus.gold:
        by_article.setdefault(line["article_id"], []).append(line)
    for article in corpus.articles:
        started = time.perf_counter()
        try:
            predicted = [_as_dict(e) for e in extract(article)]
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the evaluation
            report.crashes.append(f"{article.id}: {type(exc).__name__}: {exc}")
            predicted = []
        report.seconds += time.perf_counter() - started
        report.predicted_events += len(predicted)
        if article.id in corpus.no_events:
            report.no_event_clean.n += 1
            report.no_event_clean.ok += not predicted
        _grade_article(article.id, by_article.get(article.id, []), predicted, report)
    return report


# --- output ------------------------------------------------------------------------------------


def format_report(report: SliceReport, show_errors: bool = False) -> str:
    rate = report.articles / report.seconds if report.seconds else 0.0
    lines = [
        f"slice {report.name}: {report.articles} articles ({report.no_event_clean.n} without events), "
        f"{report.gold_events} gold events, {report.predicted_events} predicted, "
        f"{len(report.crashes)} crashes, {rate:,.0f} articles/s",
        f"{'type':<20}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}{'F1':>7}",
    ]
    for kind, s in report.scores.items():
        lines.append(f"{kind:<20}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>7.3f}")
    lines += [
        f"{'macro F1':<52}{report.macro_f1:>7.3f}",
        f"count exact-match (value)           {report.count_value.rate:.3f}  (n={report.count_value.n})",
        f"count exact-match (value+qualifier) {report.count_qualified.rate:.3f}  (n={report.count_qualified.n})",
        "attributes: "
        + ", ".join(f"{k} {t.rate:.2f} (n={t.n})" for k, t in sorted(report.attributes.items())),
        f"no-event articles with no predictions: {report.no_event_clean.ok}/{report.no_event_clean.n}",
    ]
    lines += [f"CRASH {c}" for c in report.crashes]
    if show_errors and report.name in BLIND_SLICES:
        lines.append(f"  (errors of the {report.name} slice are not shown: it is graded blind)")
    elif show_errors:
        for article_id, errors in report.errors.items():
            lines.append(f"  {article_id}")
            lines += [f"    {e}" for e in errors]
    return "\n".join(lines)


def format_summary(reports: list[SliceReport]) -> str:
    lines = [f"{'slice':<10}{'articles':>9}{'macro F1':>10}{'count value':>13}{'value+qual':>12}{'n':>6}"]
    for r in reports:
        lines.append(
            f"{r.name:<10}{r.articles:>9}{r.macro_f1:>10.3f}{r.count_value.rate:>13.3f}"
            f"{r.count_qualified.rate:>12.3f}{r.count_value.n:>6}"
        )
    return "\n".join(lines)


def report_json(report: SliceReport) -> dict:
    return {
        "slice": report.name,
        "articles": report.articles,
        "gold_events": report.gold_events,
        "predicted_events": report.predicted_events,
        "types": {
            k: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": s.precision, "recall": s.recall, "f1": s.f1}
            for k, s in report.scores.items()
        },
        "macro_f1": report.macro_f1,
        "count_value": {"rate": report.count_value.rate, "n": report.count_value.n},
        "count_value_qualifier": {"rate": report.count_qualified.rate, "n": report.count_qualified.n},
        "attributes": {k: {"rate": t.rate, "n": t.n} for k, t in sorted(report.attributes.items())},
        "no_event_clean": {"ok": report.no_event_clean.ok, "n": report.no_event_clean.n},
        "crashes": report.crashes,
        "errors": {} if report.name in BLIND_SLICES else report.errors,
    }


def _load_extract() -> Extractor:
    from sitrep.extraction import extract

    return extract


def main(argv: list[str] | None = None, extract: Extractor | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitrep.evaluation", description=__doc__.splitlines()[0])
    parser.add_argument("--slice", choices=(*SLICES, "all"), default="all")
    parser.add_argument("--json", action="store_true", help="one JSON document instead of tables")
    parser.add_argument(
        "--show-errors",
        action="store_true",
        help="FP/FN keys and count mismatches (dev slice only; the holdout slices are blind)",
    )
    parser.add_argument("--corpus", type=Path, default=None, help="corpus root (default tests/corpus)")
    args = parser.parse_args(argv)
    names = SLICES if args.slice == "all" else (args.slice,)
    try:
        slices = {n: load_slice(n, args.corpus) for n in names}
        problems = [f"{n}/{p}" for n, s in slices.items() if s for p in validate_slice(s)]
    except CorpusError as exc:
        print(f"broken corpus: {exc}", file=sys.stderr)
        return 2
    if problems:
        print("broken gold:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 2
    try:
        extract = extract or _load_extract()
    except ImportError as exc:
        print(f"cannot import sitrep.extraction.extract: {exc}", file=sys.stderr)
        return 2
    reports = [grade(s, extract) for s in slices.values() if s is not None]
    missing = [n for n, s in slices.items() if s is None]
    if args.json:
        print(json.dumps({"slices": [report_json(r) for r in reports], "missing": missing}, indent=2))
        return 0
    for r in reports:
        print(format_report(r, show_errors=args.show_errors), end="\n\n")
    for name in missing:
        print(f"slice {name}: no articles.jsonl, skipped\n")
    if reports:
        print(format_summary(reports))
    return 0


if __name__ == "__main__":
    sys.exit(main())
