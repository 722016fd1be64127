"""`crosscheck index` end to end on the seed articles, with the fake embedder (fast)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app

Invoke = Callable[..., tuple[int, str, str]]  # args -> (exit code, stdout, stderr)


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Invoke:
    monkeypatch.setenv("CROSSCHECK_MODEL", "fake:64")
    monkeypatch.setenv("CROSSCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "120")
    runner = CliRunner()

    def invoke(*args: str) -> tuple[int, str, str]:
        result = runner.invoke(app, ["index", *args, "--index-dir", str(tmp_path / "ix")])
        return result.exit_code, result.stdout, result.stderr

    return invoke


@pytest.fixture
def sources(tmp_path: Path, seed_paths: dict[str, Path]) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    for key in ("000", "003", "004"):
        shutil.copy(seed_paths[key], folder / seed_paths[key].name)
    return folder


def test_add_is_incremental_and_replaces_changed_content(run: Invoke, sources: Path) -> None:
    code, out, _ = run("add", str(sources), "--index", "news")
    assert code == 0 and "3 added" in out
    code, out, _ = run("add", str(sources), "--index", "news")
    assert code == 0 and "0 added" in out and "3 already indexed" in out
    assert "no model load" in out
    changed = next(sources.glob("004_*.txt"))
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("75 tahun", "76 tahun", 1), encoding="utf-8")
    code, out, _ = run("add", str(sources), "--index", "news")
    assert code == 0 and "1 replaced" in out and "2 already indexed" in out
    code, out, _ = run("stats", "--index", "news", "--json")
    stats = json.loads(out)
    assert stats["articles"] == 3 and stats["consistent"] and stats["model"] == "fake:64"


def test_search_table_and_filters(run: Invoke, sources: Path) -> None:
    run("add", str(sources), "--index", "news")
    code, out, _ = run("search", "Sun Weidong tiba di Pyongyang", "-k", "3", "--index", "news")
    assert code == 0
    header = next(line for line in out.splitlines() if "score" in line)
    for column in ("score", "outlet", "date", "sentence"):
        assert column in header
    code, out, _ = run("search", "Sun Weidong", "--json", "--outlet", "Tempo", "--index", "news")
    hits = json.loads(out)
    assert hits and {h["outlet"] for h in hits} == {"Tempo"}
    assert all(h["score"] >= hits[-1]["score"] for h in hits)


def test_remove_and_rebuild(run: Invoke, sources: Path) -> None:
    run("add", str(sources), "--index", "news")
    code, out, _ = run("search", "x", "--json", "-k", "1", "--index", "news")
    article_id = json.loads(out)[0]["article_id"]
    code, out, _ = run("remove", article_id, "--index", "news")
    assert code == 0 and f"removed {article_id}" in out
    code, _, err = run("remove", "no-such-article", "--index", "news")
    assert code == 2 and "no-such-article" in err
    code, out, _ = run("rebuild", "--index", "news")
    assert code == 0 and "rebuilt" in out and "2 articles" in out


def test_errors_name_the_index_and_the_fix(run: Invoke, sources: Path, tmp_path: Path) -> None:
    code, _, err = run("stats", "--index", "missing")
    assert code == 2 and "missing" in err and "crosscheck index add" in err
    run("add", str(sources), "--index", "news")
    (tmp_path / "ix" / "news" / "manifest.json").unlink()
    code, _, err = run("search", "x", "--index", "news")
    assert code == 2 and "manifest.json is missing" in err and "index rebuild" in err
    assert run("rebuild", "--index", "news")[0] == 0
    code, _, err = run("add", str(sources), "--index", "news", "--model", "fake:32")
    assert code == 2 and "fake:64" in err
