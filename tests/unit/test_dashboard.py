"""The Grafana dashboard: generated JSON is committed, valid for provisioning, on the provisioned
datasource; every PromQL expression of the dashboard and the alert rules parses (promtool)."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.cog.plugins import register_default_plugins
from grafana_foundation_sdk.models import prometheus as prometheus_models
from grafana_foundation_sdk.models.dashboard import Dashboard

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "deploy/grafana/dashboards/sitrep.json"
DATASOURCES = ROOT / "deploy/grafana/provisioning/datasources/prometheus.yml"
ALERTS = ROOT / "deploy/prometheus/alerts.yml"
GAZETTEER = ROOT / "deploy/grafana/gazetteer/sitrep-regions.json"

# Grafana's macros, replaced by plain durations so Prometheus (or promtool) can read the query.
MACROS = {"$__rate_interval": "1m", "$__range": "1h", "$__interval": "15s"}


def load_generator():
    spec = importlib.util.spec_from_file_location("build_dashboard", ROOT / "scripts/build_dashboard.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def for_prometheus(expr: str) -> str:
    for macro, value in MACROS.items():
        expr = expr.replace(macro, value)
    return expr


def dashboard_exprs(board: dict) -> list[str]:
    return [t["expr"] for p in board["panels"] for t in p.get("targets", [])]


def alert_exprs() -> list[str]:
    return re.findall(r"^\s*expr: (.+)$", ALERTS.read_text(), flags=re.M)


def provisioned_uid() -> str:
    return re.search(r"^\s*uid:\s*(\S+)\s*$", DATASOURCES.read_text(), flags=re.M).group(1)


@pytest.fixture(scope="module")
def board() -> dict:
    return json.loads(DASHBOARD.read_text())


def test_committed_json_is_the_generator_output(board):
    generator = load_generator()
    assert DASHBOARD.read_text() == generator.render(generator.build()), "run `make dashboard`"
    assert generator.main(["--check"]) == 0


def test_dashboard_round_trips_through_the_sdk_model(board):
    register_default_plugins()
    model = Dashboard.from_json(board)
    assert json.loads(json.dumps(model, cls=JSONEncoder)) == board
    for panel in model.panels:
        for target in getattr(panel, "targets", None) or []:
            assert isinstance(target, prometheus_models.Dataquery), panel.title


def test_dashboard_structure_for_provisioning(board):
    assert board["uid"] == "sitrep-overview" and 8 <= len(board["uid"]) <= 40
    assert board["title"] == "Sitrep"
    assert board["schemaVersion"] >= 36
    ids = [p["id"] for p in board["panels"]]
    assert len(ids) == len(set(ids))
    for panel in board["panels"]:
        grid = panel["gridPos"]
        assert grid["w"] > 0 and grid["h"] > 0 and grid["x"] + grid["w"] <= 24, panel["title"]
        assert panel["type"]


def test_every_panel_queries_the_provisioned_datasource(board):
    uid = provisioned_uid()
    assert uid == "sitrep-prometheus"
    panels = [p for p in board["panels"] if p["type"] != "row"]
    assert len(panels) >= 12
    for panel in panels:
        assert panel["datasource"] == {"type": "prometheus", "uid": uid}, panel["title"]
        assert panel["targets"], panel["title"]
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == uid, panel["title"]
            assert target["expr"].strip()
        ref_ids = [t["refId"] for t in panel["targets"]]
        assert len(ref_ids) == len(set(ref_ids)), panel["title"]


def test_the_panels_asked_for_are_there(board):
    types = {p["title"]: p["type"] for p in board["panels"]}
    exprs = " ".join(dashboard_exprs(board))
    assert types["Throughput"] == "timeseries" and "sitrep_articles_consumed_total" in exprs
    assert types["Consumer lag"] == "timeseries" and "sitrep_consumer_lag_messages" in exprs
    assert types["Dead-lettered by reason"] == "timeseries"
    assert types["Events by type"] == "timeseries"
    assert types["Top regions by attacks"] == "bargauge" and types["Top regions by casualties"] == "bargauge"
    assert types["Regions"] == "table" and types["Attacks by region (map)"] == "geomap"
    for histogram in ("sitrep_extraction_duration_seconds", "sitrep_end_to_end_latency_seconds"):
        for q in ("0.5", "0.95", "0.99"):
            assert f"histogram_quantile({q}, sum by (le) (rate({histogram}_bucket" in exprs


def test_geomap_looks_regions_up_in_the_gazetteer(board):
    geomap = next(p for p in board["panels"] if p["type"] == "geomap")
    location = geomap["options"]["layers"][0]["location"]
    assert location == {
        "mode": "lookup",
        "lookup": "location_key",
        "gazetteer": "public/gazetteer/sitrep-regions.json",
    }
    entries = json.loads(GAZETTEER.read_text())
    keys = {e["key"] for e in entries}
    # the seed article's location keys, and country keys
    assert {"UA-23", "UA-12", "UA-30", "RU-BEL", "RU-BRY", "RU-KRS", "RU-ORL", "UA", "RU", "SD"} <= keys
    for entry in entries:
        assert -90 <= entry["latitude"] <= 90 and -180 <= entry["longitude"] <= 180, entry
    zaporizhzhia = next(e for e in entries if e["key"] == "UA-23")
    assert 47 < zaporizhzhia["latitude"] < 48.5 and 35 < zaporizhzhia["longitude"] < 36.5


def promtool_check(exprs: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    promtool = shutil.which("promtool")
    assert promtool, "promtool missing: apt-get install prometheus"
    lines = ["groups:", "  - name: syntax", "    rules:"]
    for n, expr in enumerate(exprs):
        lines += [f"      - record: check:expr_{n}", f"        expr: {json.dumps(for_prometheus(expr))}"]
    rules = tmp_path / "exprs.yml"
    rules.write_text("\n".join(lines) + "\n")
    return subprocess.run(
        [promtool, "check", "rules", str(rules)], capture_output=True, text=True, timeout=60
    )


def test_every_promql_expression_parses(board, tmp_path):
    exprs = dashboard_exprs(board) + alert_exprs()
    assert len(alert_exprs()) == 4
    result = promtool_check(exprs, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(exprs)} rules found" in result.stdout


def test_promtool_rejects_a_broken_expression(tmp_path):
    result = promtool_check(["sum(rate(sitrep_articles_consumed_total[1m])"], tmp_path)
    assert result.returncode != 0
