"""promtool on deploy/prometheus: both configs, the alert rules, and the rules' unit tests."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

PROMETHEUS = Path(__file__).resolve().parents[2] / "deploy/prometheus"


def promtool(*args: str) -> subprocess.CompletedProcess:
    binary = shutil.which("promtool")
    assert binary, "promtool missing: apt-get install prometheus"
    return subprocess.run([binary, *args], cwd=PROMETHEUS, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("config", ["prometheus.yml", "prometheus.local.yml"])
def test_check_config(config):
    result = promtool("check", "config", config)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS: 4 rules found" in result.stdout  # the config loads alerts.yml


def test_check_rules():
    result = promtool("check", "rules", "alerts.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS: 4 rules found" in result.stdout


def test_rules_unit_tests_pass_and_cover_every_alert():
    result = promtool("test", "rules", "alerts.test.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout
    tested = set(re.findall(r"alertname: (\w+)", (PROMETHEUS / "alerts.test.yml").read_text()))
    defined = set(re.findall(r"- alert: (\w+)", (PROMETHEUS / "alerts.yml").read_text()))
    assert (
        defined
        == tested
        == {
            "SitrepWorkerDown",
            "SitrepNoArticles",
            "SitrepDeadLetterRateHigh",
            "SitrepConsumerLagGrowing",
        }
    )


def test_rules_unit_tests_can_fail(tmp_path):
    """A wrong expectation fails: the suite above is not vacuous."""
    broken = (PROMETHEUS / "alerts.test.yml").read_text().replace("severity: critical", "severity: page")
    (tmp_path / "alerts.yml").write_text((PROMETHEUS / "alerts.yml").read_text())
    (tmp_path / "alerts.test.yml").write_text(broken)
    binary = shutil.which("promtool")
    result = subprocess.run(
        [binary, "test", "rules", "alerts.test.yml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
