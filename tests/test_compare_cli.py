"""`crosscheck compare` on the command line and `compare()` as an API, with the fake model."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from test_compare_kit import WordEmbedder, article
from typer.testing import CliRunner

from crosscheck.cli import app
from crosscheck.compare import compare
from crosscheck.config import Settings
from crosscheck.embed import FakeEmbedder

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "report-schema.json").read_text(encoding="utf-8"))
STORY = (
    "Jakarta - Banjir merendam ratusan rumah warga di Bekasi pada Senin (3/3/2025).\n\n"
    "Petugas gabungan mengevakuasi warga lanjut usia dengan perahu karet sejak pagi hari.\n\n"
    "Ketinggian air di perumahan Pondok Gede Permai mencapai dua meter menurut petugas BPBD.\n"
)


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two near-identical articles, the fake model, and a private cache directory."""
    monkeypatch.setenv("CROSSCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CROSSCHECK_MODEL", "fake")
    monkeypatch.setenv("CROSSCHECK_PROGRESS", "0")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY.replace("sejak pagi hari", "sejak pagi"), "utf-8")
    return tmp_path


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["compare", *args])


def test_json_output_validates(env: Path) -> None:
    result = invoke("a.txt", "b.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert [a["source"] for a in data["articles"]] == ["a.txt", "b.txt"]
    assert data["findings"], "near-identical articles align"
    assert {f["kind"] for f in data["findings"]} == {"agreement"}


@pytest.mark.parametrize("fmt", ["terminal", "json", "markdown", "html"])
def test_output_file(env: Path, fmt: str) -> None:
    out = env / f"report.{fmt}"
    result = invoke("a.txt", "b.txt", "--format", fmt, "--output", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "b.txt" in text or "crosscheck" in text
    assert "\x1b[" not in text


def test_fail_on(env: Path) -> None:
    assert invoke("a.txt", "b.txt", "--fail-on", "agreement").exit_code == 1
    assert invoke("a.txt", "b.txt", "--fail-on", "date_conflict,quote-drift").exit_code == 0
    # a finding below --min-confidence does not fail the run, one at or above it does
    (env / "c.txt").write_text(STORY.replace("dua meter", "tiga meter"), encoding="utf-8")
    report = json.loads(invoke("a.txt", "c.txt", "-f", "json").stdout)
    (conflict,) = [f for f in report["findings"] if f["kind"] == "number_conflict"]
    level = conflict["confidence"]
    assert level < 1
    above = invoke("a.txt", "c.txt", "--fail-on", "number_conflict", "--min-confidence",
                   str(round(level + 0.01, 3)))  # fmt: skip
    at = invoke("a.txt", "c.txt", "--fail-on", "number_conflict", "--min-confidence", str(level))
    assert above.exit_code == 0 and at.exit_code == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["a.txt", "b.txt", "--only", "gossip"], "unknown finding kind 'gossip'"),
        (["a.txt", "b.txt", "--fail-on", "rumour"], "unknown finding kind 'rumour'"),
        (["missing.txt"], "no readable article"),
        (["missing.txt", "gone.txt"], "no readable article"),
        (["a.txt", "b.txt", "--min-confidence", "2"], "--min-confidence"),
        (["a.txt", "b.txt", "--aliases", "nope.toml"], "no such file"),
    ],
)
def test_usage_and_input_errors_exit_2(env: Path, args: list[str], message: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in result.output


WRONG_DAY = (
    "Jakarta - Banjir merendam ratusan rumah warga di Bekasi pada Jumat (3/3/2025).\n\n"
    "Petugas gabungan mengevakuasi warga lanjut usia dengan perahu karet sejak pagi hari.\n"
)


@pytest.mark.parametrize(
    ("args", "fmt", "weekday"),
    [
        (["a.txt"], "terminal", False),
        (["a.txt", "missing.txt"], "terminal", False),
        (["wrong.txt"], "terminal", True),
        (["wrong.txt"], "markdown", True),
        (["wrong.txt"], "json", True),
    ],
)
def test_one_article_gets_its_in_article_checks(
    env: Path, args: list[str], fmt: str, weekday: bool
) -> None:
    (env / "wrong.txt").write_text(WRONG_DAY, encoding="utf-8")  # 3 March 2025 is a Monday
    result = invoke(*args, "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        kinds = [f["kind"] for f in json.loads(result.stdout)["findings"]]
        assert kinds == ["weekday_mismatch"]
        return
    assert "no other article to compare against" in " ".join(result.stdout.split())
    assert ("weekday mismatch" in result.stdout.casefold()) is weekday


def test_one_article_fails_on_its_weekday_mismatch(env: Path) -> None:
    (env / "wrong.txt").write_text(WRONG_DAY, encoding="utf-8")
    assert invoke("wrong.txt", "--fail-on", "weekday_mismatch").exit_code == 1
    assert invoke("a.txt", "--fail-on", "weekday_mismatch").exit_code == 0


def test_api_accepts_articles_and_paths(env: Path) -> None:
    settings = Settings.load(cache_dir=env / "cache")
    given = article(STORY, source="mem.txt", language="id")
    report = compare([given, env / "b.txt"], settings=settings, embedder=WordEmbedder())
    assert [a.source for a in report.articles] == ["mem.txt", str(env / "b.txt")]
    assert report.to_dict()["schema"] == "crosscheck.report/1"
    assert all(f.confidence >= 0.5 for f in compare(
        [given, env / "b.txt"], settings=settings, embedder=WordEmbedder(), min_confidence=0.5
    ).findings)  # fmt: skip


def test_api_reports_skipped_inputs(env: Path) -> None:
    settings = Settings.load(cache_dir=env / "cache")
    report = compare(["a.txt", "nowhere.txt"], settings=settings, embedder=FakeEmbedder(32))
    assert [s.source for s in report.skipped] == ["nowhere.txt"]


def test_against_an_index(env: Path) -> None:
    from crosscheck.extract import extract
    from crosscheck.index import Index

    settings = Settings.load(cache_dir=env / "cache", index_dir=env / "indexes")
    embedder = FakeEmbedder(64)
    stored = article(STORY.replace("sejak pagi hari", "sejak subuh"), source="old.txt")
    with Index.open(env / "indexes" / "news", create=True) as index:
        index.add([extract(stored)], embedder)
    report = compare(["a.txt"], settings=settings, embedder=embedder, against="news")
    assert {a.source for a in report.articles} == {"a.txt", "old.txt"}
    assert report.findings and all(
        any(e.article == report.articles[0].id for e in f.claims) for f in report.findings
    )
    with pytest.raises(Exception, match="built with model"):
        compare(["a.txt"], settings=settings, embedder=FakeEmbedder(32), against="news")


def test_top_level_api_is_callable(env: Path) -> None:
    import crosscheck
    import crosscheck.compare

    settings = Settings.load(cache_dir=env / "cache")
    report = crosscheck.compare([env / "a.txt", env / "b.txt"], settings=settings)
    assert len(report.articles) == 2


@pytest.mark.parametrize(("extra", "code"), [([], 0), (["--fail-on", "agreement"], 1)])
def test_console_script_after_torch_import_keeps_output_and_exit_code(
    env: Path, extra: list[str], code: int
) -> None:
    """The entry point skips interpreter teardown once torch is loaded: the piped report
    must still arrive whole, the embedding cache must be committed, the code kept."""
    script = "import torch; from crosscheck.cli import main; main()"
    args = [sys.executable, "-c", script, "compare", "a.txt", "b.txt", "--format", "json", *extra]
    first = subprocess.run(args, capture_output=True, text=True, check=False, timeout=120)
    assert first.returncode == code, first.stderr
    data = json.loads(first.stdout)
    jsonschema.validate(data, SCHEMA)
    with sqlite3.connect(env / "cache" / "embeddings.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM vectors").fetchone()[0] > 0
    second = subprocess.run(args, capture_output=True, text=True, check=False, timeout=120)
    assert json.loads(second.stdout)["findings"] == data["findings"]
