"""Reliability: `index add` killed at random moments, concurrent writers, readers during writes."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crosscheck.embed import FakeEmbedder
from crosscheck.index import Index
from crosscheck.ingest import read_articles

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
KILLS = 10  # random kill moments; each run takes ~1-2 s with the fake embedder
ARTICLES_PER_BATCH = 12
SENTENCES = [
    "Menteri {n} tiba di Jakarta pada Senin ({d}/1) untuk kunjungan {k} hari.",
    "Ia bertemu Presiden di Istana Merdeka dan membahas kerja sama perdagangan.",
    "Sebanyak {k}0 orang menghadiri pertemuan itu, kata juru bicara kementerian.",
    "Kunjungan itu disebut penting bagi hubungan kedua negara tahun ini.",
    "Minister {n} said the talks on batch {b} were constructive and lasted {k} hours.",
]


def _body(name: str, i: int, batch: int) -> str:
    return " ".join(s.format(n=name, d=i + 1, k=batch + i + 2, b=batch) for s in SENTENCES) + "\n"


def _write_batch(folder: Path, batch: int) -> Path:
    """A folder of small articles for one ``index add``."""
    out = folder / f"batch{batch:02d}"
    out.mkdir()
    for i in range(ARTICLES_PER_BATCH):
        name = f"a{batch:02d}_{i:02d}"
        (out / f"{name}.txt").write_text(_body(name, i, batch), encoding="utf-8")
    return out


def _change_live(folder: Path, batch: int) -> Path:
    """One article at a fixed path whose content changes per batch: a replacement each time."""
    live = folder / "live.txt"
    live.write_text(_body("live", 0, batch), encoding="utf-8")
    return live


def _env(cache: Path) -> dict[str, str]:
    return {
        **os.environ,
        "CROSSCHECK_MODEL": "fake:32",
        "CROSSCHECK_CACHE_DIR": str(cache),
        "CROSSCHECK_PROGRESS": "0",
    }


def _add_cmd(sources: list[Path], index: Path) -> list[str]:
    code = "from crosscheck.cli import main; main()"
    return [sys.executable, "-c", code, "index", "add", *map(str, sources), "--index", str(index)]


def _state(index: Path) -> frozenset[str]:
    """Article ids, after checking the index is internally consistent and searchable."""
    if not index.exists():
        return frozenset()
    idx = Index.open(index, embedder=FakeEmbedder(32))
    try:
        stats = idx.stats()
        assert stats["consistent"] and stats["vectors"] == stats["units"], stats
        if stats["units"]:
            assert idx.search("Menteri tiba di Jakarta", k=3), "search returned nothing"
        units = idx.units()
        assert len({u.vector_id for u in units}) == stats["units"]
        return frozenset(a.id for a in idx.articles())
    finally:
        idx.close()


def _expected(before: frozenset[str], index: Path, sources: list[Path]) -> frozenset[str]:
    """The article ids after ``sources`` are fully added: new ones in, replaced ones out."""
    articles = read_articles(sources).articles
    if not index.exists():
        return before | {a.id for a in articles}
    idx = Index.open(index)
    stored = {e.article.source: e.article.id for e in idx.extractions()}
    after = set(before)
    for a in articles:
        if idx.contains(a.content_hash):
            continue
        after.discard(stored.get(a.source, ""))
        after.add(a.id)
    idx.close()
    return frozenset(after)


def test_killed_add_leaves_old_or_new_state(tmp_path: Path) -> None:
    rng = random.Random(20240126)
    index, cache = tmp_path / "ix" / "news", tmp_path / "cache"
    batches = [_write_batch(tmp_path, b) for b in range(KILLS + 1)]
    # one clean run to learn how long an add takes here
    clock = time.perf_counter()
    first = [batches[0], _change_live(tmp_path, 0)]
    subprocess.run(_add_cmd(first, index), env=_env(cache), check=True, capture_output=True)
    duration = time.perf_counter() - clock
    outcomes = {"old": 0, "new": 0}
    for number, batch in enumerate(batches[1:], 1):
        sources = [batch, _change_live(tmp_path, number)]
        before = _state(index)
        expected = _expected(before, index, sources)
        proc = subprocess.Popen(
            _add_cmd(sources, index), env=_env(cache),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        # most kills late in the run, where the writes happen; some anywhere
        moment = duration * (rng.uniform(0.6, 1.1) if rng.random() < 0.8 else rng.uniform(0, 1))
        time.sleep(moment)
        proc.kill()
        proc.wait()
        after = _state(index)
        assert after in (before, expected), f"partial state after kill at {moment:.2f}s"
        outcomes["old" if after == before and before != expected else "new"] += 1
    # a final uninterrupted run over everything completes the index
    sources = [*batches, tmp_path / "live.txt"]
    subprocess.run(_add_cmd(sources, index), env=_env(cache), check=True, capture_output=True)
    final = _state(index)
    assert final == _expected(final, index, sources)
    assert len(final) == ARTICLES_PER_BATCH * len(batches) + 1  # one version of live.txt
    assert sum(outcomes.values()) == KILLS


def test_concurrent_writers_are_serialised(tmp_path: Path) -> None:
    index, cache = tmp_path / "ix" / "news", tmp_path / "cache"
    batches = [_write_batch(tmp_path, b) for b in range(3)]
    subprocess.run(_add_cmd(batches[:1], index), env=_env(cache), check=True, capture_output=True)
    procs = [
        subprocess.Popen(_add_cmd([b], index), env=_env(cache), stderr=subprocess.PIPE)
        for b in batches[1:]
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    final = _state(index)
    assert len(final) == ARTICLES_PER_BATCH * 3  # both batches landed, nothing lost


def test_reader_sees_consistent_index_during_writes(tmp_path: Path) -> None:
    index, cache = tmp_path / "ix" / "news", tmp_path / "cache"
    batches = [_write_batch(tmp_path, b) for b in range(3)]
    subprocess.run(_add_cmd(batches[:1], index), env=_env(cache), check=True, capture_output=True)
    script = "; ".join(
        f"__import__('subprocess').run({_add_cmd([b], index)!r}, check=True)" for b in batches[1:]
    )
    writer = subprocess.Popen([sys.executable, "-c", script], env=_env(cache))
    reader = Index.open(index, embedder=FakeEmbedder(32))
    reads = 0
    while writer.poll() is None or reads == 0:
        stats = reader.stats()
        assert stats["consistent"], stats
        hits = reader.search("Menteri tiba di Jakarta", k=5)
        assert len(hits) == 5
        reads += 1
    assert writer.returncode == 0 and reads > 0
    assert reader.stats()["articles"] == ARTICLES_PER_BATCH * 3
