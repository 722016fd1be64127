"""`crosscheck regress` on the command line: exit codes, --update, --format json, --junit."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

import crosscheck.regress as regress_module
from crosscheck.cli import app
from crosscheck.cli.regress_cmd import render
from crosscheck.regress import regress
from crosscheck.regress_floors import check
from tests.test_regress import GOOD, _fixture, fake_compare

runner = CliRunner()


@pytest.fixture
def fx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A one-event fixture folder whose compare returns the GOOD findings."""
    monkeypatch.setattr(regress_module, "_default_compare", fake_compare(GOOD))
    monkeypatch.setenv("CROSSCHECK_PROGRESS", "0")  # keep stderr progress out of the output
    return _fixture(tmp_path)


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["regress", *args])
    return result.exit_code, result.output


def test_without_floors_it_fails_and_update_pins_them(fx: Path) -> None:
    code, out = _run(str(fx))
    assert code == 1 and "no floors pinned" in out
    code, out = _run(str(fx), "--update")
    assert code == 0, out
    floors = json.loads((fx / "floors.json").read_text(encoding="utf-8"))
    assert floors["floors"]["overall.recall"] == 1.0 and floors["digest"].startswith("sha256:")
    code, out = _run(str(fx))
    assert code == 0 and "gate: passed" in out


def test_worse_run_fails_and_lowering_needs_a_reason(
    fx: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _run(str(fx), "--update")[0] == 0
    monkeypatch.setattr(regress_module, "_default_compare", fake_compare(GOOD[:1]))
    code, out = _run(str(fx))
    assert code == 1 and "below its floor" in out and "miss" in out
    code, out = _run(str(fx), "--update")
    assert code == 2 and "refusing to lower floors" in out
    code, out = _run(str(fx), "--update", "--allow-regression", "dropped a rule on purpose")
    assert code == 0, out
    history = json.loads((fx / "floors.json").read_text(encoding="utf-8"))["history"]
    assert {h["reason"] for h in history} == {"dropped a rule on purpose"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--allow-regression", "why"], "only makes sense with --update"),
        (["--update", "--allow-regression", " "], "needs a reason"),
        (["--format", "xml"], "--format must be table or json"),
    ],
)
def test_usage_errors_exit_2(fx: Path, args: list[str], message: str) -> None:
    code, out = _run(str(fx), *args)
    assert code == 2 and message in out


def test_missing_fixtures_folder_is_a_clear_error(tmp_path: Path) -> None:
    code, out = _run(str(tmp_path / "nowhere"))
    assert code == 2 and "fixtures folder not found" in out


def test_json_and_junit_outputs(fx: Path, tmp_path: Path) -> None:
    _run(str(fx), "--update")
    junit = tmp_path / "regress.xml"
    code, out = _run(str(fx), "--format", "json", "--junit", str(junit))
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "crosscheck.regress/1"
    assert data["figures"]["overall.f1"] == 1.0 and data["failures"] == []
    assert junit.read_text(encoding="utf-8").startswith("<?xml")


def test_render_as_plain_text(fx: Path) -> None:
    findings = [*GOOD, ("date_conflict", [("a.txt", "Kamis (25/1)"), ("c.txt", "Jumat (26/1)")])]
    result = regress(fx, compare_fn=fake_compare(findings))
    buf = io.StringIO()
    render(result, check(result, None, "x"), Console(file=buf, width=100, color_system=None))
    text = buf.getvalue()
    assert "│ date_conflict        │   1 │     1 │   2 │    1 │ 0.500 │  1.000 │ 0.667 │" in text
    assert "visit  found 2  misses 0  false alarms 1  1 trap(s) hit" in text
    assert "TRAP         date_conflict hit by date_conflict: a.txt: 'Kamis (25/1)'" in text
    assert "gate: FAILED" in text
