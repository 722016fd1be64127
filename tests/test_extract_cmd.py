"""`crosscheck extract`: rich layout, --json schema, skipped inputs and exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from crosscheck.cli import app
from crosscheck.ingest import read_articles
from crosscheck.report.article_view import render_article
from crosscheck.types import SCHEMA_EXTRACT, Extraction

ROOT = Path(__file__).resolve().parent.parent
TEMPO = ROOT / "fixtures/events/2024-10-china-dprk-75-years/004_2d0a914a37e17141.txt"
RMOL = ROOT / "fixtures/events/2024-01-sun-weidong-pyongyang/000_33271571271f027b.txt"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_article_view_as_text() -> None:
    (article,) = read_articles([RMOL]).articles
    console = Console(width=100, color_system=None, record=True)
    console.print(render_article(Extraction(article=article)))
    text = console.export_text()
    assert "Berupaya Tingkatkan Hubungan Bilateral" in text  # the title heads the panel
    assert "outlet" in text and "RMOL" in text
    assert "2024-01-27T15:52:00+07:00" in text
    assert "credit: editor" in text and "RENI ERINA" in text
    assert f"Sentences ({len(article.sentences)})" in text
    first = article.sentences[0]
    assert re.search(rf"^\s+1\s+{first.start}-{first.end}\s+Dalam upaya", text, re.M)
    assert "ARTIKEL LAINNYA" not in text


def test_text_output(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", str(TEMPO)])
    assert result.exit_code == 0, result.output
    assert "Tempo" in result.stdout
    assert "Body (6 paragraphs)" in result.stdout
    assert "Baca terus" not in result.stdout


def test_json_output_schema(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", "--json", str(TEMPO), str(RMOL)])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["schema"] == SCHEMA_EXTRACT
    assert payload["skipped"] == []
    first = payload["articles"][0]["article"]
    assert first["outlet"] == "Tempo" and first["published"] is None
    assert first["credits"] == [{"label": "source", "value": "Reuters", "text": "Sumber: Reuters"}]
    for item in payload["articles"]:
        article = item["article"]
        for span in article["sentences"] + article["paragraphs"]:
            assert article["body"][span["start"] : span["end"]] == span["text"]
    assert payload["articles"][1]["article"]["published"] == "2024-01-27T15:52:00+07:00"


def test_skipped_input_warns_and_the_rest_is_shown(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", "--json", str(empty), str(TEMPO)])
    assert result.exit_code == 0
    assert f"skipped {empty}: input is empty" in result.stderr
    payload = json.loads(result.stdout)
    assert len(payload["articles"]) == 1
    assert payload["skipped"][0]["source"] == str(empty)
    assert payload["skipped"][0]["fix"]


def test_nothing_readable_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "no such file or directory" in result.stderr
    assert "Traceback" not in result.output


def test_bad_config_is_a_clean_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", "--config", str(tmp_path / "no.toml"), str(TEMPO)])
    assert result.exit_code == 2
    assert "config file not found" in result.stderr


def test_aliases_flag_reaches_settings(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[Path, ...]] = []

    def fake_extract(article, *, aliases=()):  # type: ignore[no-untyped-def]
        seen.append(tuple(aliases))
        return Extraction(article=article)

    monkeypatch.setattr("crosscheck.cli.extract_cmd.extract_facts", fake_extract)
    table = tmp_path / "aliases.toml"
    table.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", "--aliases", str(table), str(TEMPO)])
    assert result.exit_code == 0, result.output
    assert seen == [(table,)]


def test_stdin_source(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", "--json", "-"], input=TEMPO.read_bytes())
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)["articles"]
    assert item["article"]["source"] == "-"
    assert item["article"]["outlet"] == "Tempo"
