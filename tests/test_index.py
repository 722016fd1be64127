"""Tests for the persistent index: add, incremental updates, search filters, remove, rebuild."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest

from crosscheck.embed import FakeEmbedder
from crosscheck.errors import IndexStoreError
from crosscheck.index import Hit, Index
from crosscheck.index.store import MANIFEST_FILE
from crosscheck.ingest.build import make_article
from crosscheck.types import Claim, Extraction, Quote, QuoteKind

ID_BODY = (
    "Wakil Menteri Luar Negeri China Sun Weidong tiba di Pyongyang pada Jumat. "
    "Ia bertemu Menteri Luar Negeri Korea Utara Choe Son Hui. "
    "Kunjungan itu berlangsung tiga hari."
)
EN_BODY = (
    "Chinese Vice Foreign Minister Sun Weidong arrived in Pyongyang on Friday. "
    "He met North Korean Foreign Minister Choe Son Hui. "
    "The visit lasted three days."
)


def _extraction(body: str, *, source: str, lang: str, outlet: str) -> Extraction:
    article = make_article(
        body,
        source=source,
        language=lang,
        outlet=outlet,
        published=datetime(2024, 1, 26, tzinfo=timezone.utc),
    )
    return Extraction(article=article)


@pytest.fixture
def pair() -> list[Extraction]:
    return [
        _extraction(ID_BODY, source="rmol.txt", lang="id", outlet="RMOL"),
        _extraction(EN_BODY, source="ap.txt", lang="en", outlet="AP News"),
    ]


@pytest.fixture
def index(tmp_path: Path) -> Index:
    return Index.open(tmp_path / "news", create=True, embedder=FakeEmbedder(64))


def test_add_indexes_sentences_until_claims_exist(index: Index, pair: list[Extraction]) -> None:
    result = index.add(pair)
    assert result.added == tuple(e.article.id for e in pair) and result.units == 6
    units = index.units()
    assert [u.kind for u in units] == ["sentence"] * 6
    art = pair[0].article
    first = units[0]
    assert first.article_id == art.id and first.text == art.body[first.start : first.end]
    assert first.outlet == "RMOL" and first.language == "id"
    assert first.published == datetime(2024, 1, 26, tzinfo=timezone.utc)
    stats = index.stats()
    assert stats["articles"] == 2 and stats["vectors"] == 6 and stats["consistent"]
    assert stats["model"] == "fake:64" and stats["dimension"] == 64 and stats["kind"] == "flat"


def test_claims_and_quotes_become_units(index: Index) -> None:
    art = make_article(ID_BODY, source="x.txt", language="id")
    s0 = art.sentences[0]
    claim = Claim(text=s0.text, start=s0.start, end=s0.end)
    quote = Quote("tiga hari", ID_BODY.index("tiga hari"), ID_BODY.index("tiga hari") + 9,
                  QuoteKind.PARTIAL, None, None, None)  # fmt: skip
    index.add([Extraction(article=art, claims=(claim,), quotes=(quote,))])
    assert [(u.kind, u.text) for u in index.units()] == [
        ("claim", s0.text),
        ("quote", "tiga hari"),
    ]
    stored = index.extraction(art.id)
    assert stored is not None and stored.claims == (claim,) and stored.quotes == (quote,)


def test_search_returns_hits_best_first_with_filters(index: Index, pair: list[Extraction]) -> None:
    index.add(pair)
    hits = index.search("Sun Weidong tiba di Pyongyang pada Jumat", k=3)
    assert all(isinstance(h, Hit) for h in hits) and len(hits) == 3
    assert hits[0].text.startswith("Wakil Menteri") and hits[0].score >= hits[1].score
    only_en = index.search("Sun Weidong tiba di Pyongyang pada Jumat", k=10, lang="en")
    assert {h.language for h in only_en} == {"en"} and len(only_en) == 3
    by_outlet = index.search("Sun Weidong", k=10, outlet="ap news")
    assert {h.outlet for h in by_outlet} == {"AP News"}
    assert index.search("x", k=5, outlet="Nobody") == []
    vector = FakeEmbedder(64).embed([EN_BODY.split(". ")[1]])[0]
    assert index.search(vector, k=1)[0].text.startswith("He met")


def test_same_content_is_skipped_and_changed_content_replaces(
    index: Index, pair: list[Extraction]
) -> None:
    index.add(pair)
    again = index.add(pair)
    assert again.skipped == tuple(e.article.id for e in pair) and again.units == 0
    changed = _extraction(
        ID_BODY + " Ia pulang Minggu.", source="rmol.txt", lang="id", outlet="RMOL"
    )
    result = index.add([changed])
    assert result.replaced == (changed.article.id,)
    stats = index.stats()
    assert stats["articles"] == 2 and stats["units"] == 7 and stats["consistent"]
    assert {u.article_id for u in index.units()} == {changed.article.id, pair[1].article.id}
    assert all("pulang" not in h.text or h.article_id == changed.article.id
               for h in index.search("Ia pulang Minggu", k=7))  # fmt: skip


def test_reopen_sees_same_state_and_remove(tmp_path: Path, pair: list[Extraction]) -> None:
    path = tmp_path / "news"
    Index.open(path, create=True).add(pair, FakeEmbedder(64))
    reopened = Index.open(path, embedder=FakeEmbedder(64))
    assert len(reopened.units()) == 6 and reopened.model_id == "fake:64"
    assert [a.id for a in reopened.articles()] == [e.article.id for e in pair]
    assert reopened.remove("ap.txt") == [pair[1].article.id]
    assert Index.open(path).stats()["units"] == 3


def test_rebuild_from_sqlite_without_embedding(tmp_path: Path, pair: list[Extraction]) -> None:
    path = tmp_path / "news"
    Index.open(path, create=True).add(pair, FakeEmbedder(64))
    for f in path.glob("vectors-*.faiss"):
        f.write_bytes(b"garbage")
    with pytest.raises(IndexStoreError, match="corrupt or truncated") as info:
        Index.open(path).stats()
    assert "index rebuild" in str(info.value) and "news" in str(info.value)
    stats = Index.open(path, verify=False).rebuild()
    assert stats["vectors"] == 6 and stats["consistent"]
    hits = Index.open(path).search("Choe Son Hui", k=1, embedder=FakeEmbedder(64))
    assert "Choe Son Hui" in hits[0].text


def test_missing_manifest_and_wrong_model_are_clear_errors(
    tmp_path: Path, pair: list[Extraction]
) -> None:
    path = tmp_path / "news"
    Index.open(path, create=True).add(pair, FakeEmbedder(64))
    with pytest.raises(IndexStoreError, match="fake:64") as info:
        Index.open(path).add(pair, FakeEmbedder(32))
    assert "--model fake:64" in str(info.value)
    with pytest.raises(IndexStoreError, match="fake:64"):
        Index.open(path).search("x", embedder=FakeEmbedder(32))
    (path / MANIFEST_FILE).unlink()
    with pytest.raises(IndexStoreError, match=r"manifest\.json is missing") as info:
        Index.open(path)
    assert "crosscheck index rebuild --index news" in str(info.value)
    Index.open(path, verify=False).rebuild()
    assert json.loads((path / MANIFEST_FILE).read_text())["counts"]["units"] == 6


def test_missing_index_and_not_an_index(tmp_path: Path) -> None:
    with pytest.raises(IndexStoreError, match="no index here"):
        Index.open(tmp_path / "nope")
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "file.txt").write_text("x")
    with pytest.raises(IndexStoreError, match="not an index"):
        Index.open(junk, create=True)


def test_interrupted_write_is_repaired_from_sqlite(tmp_path: Path, pair: list[Extraction]) -> None:
    """SQLite committed but FAISS file and manifest still old: readers use the records."""
    path = tmp_path / "news"
    Index.open(path, create=True).add(pair[:1], FakeEmbedder(64))
    old_manifest = (path / MANIFEST_FILE).read_bytes()
    old_faiss = {p.name: p.read_bytes() for p in path.glob("vectors-*.faiss")}
    Index.open(path).add(pair[1:], FakeEmbedder(64))
    (path / MANIFEST_FILE).write_bytes(old_manifest)  # as if killed after the commit
    for p in path.glob("vectors-*.faiss"):
        if p.name not in old_faiss:
            p.unlink()
    reader = Index.open(path)
    assert reader.stats()["vectors"] == 6 and reader.stats()["consistent"]
    Index.open(path).add([], FakeEmbedder(64))  # any writer repairs the files
    manifest = json.loads((path / MANIFEST_FILE).read_text())
    assert manifest["counts"]["units"] == 6 and (path / manifest["faiss_file"]).is_file()


def test_vectors_stored_in_sqlite_match_search(index: Index, pair: list[Extraction]) -> None:
    index.add(pair)
    unit = index.units()[4]
    vector = FakeEmbedder(64).embed([unit.text])[0]
    top = index.search(vector, k=1)[0]
    assert top.vector_id == unit.vector_id and np.isclose(top.score, 1.0, atol=1e-5)


def test_replacing_in_an_hnsw_index_masks_old_vectors(
    tmp_path: Path, pair: list[Extraction], monkeypatch: pytest.MonkeyPatch
) -> None:
    import crosscheck.index.faiss_store as faiss_store

    monkeypatch.setattr(faiss_store, "APPROX_THRESHOLD", 4)
    path = tmp_path / "news"
    others = [
        _extraction(EN_BODY.replace("three", str(n)), source=f"o{n}.txt", lang="en", outlet="X")
        for n in range(4)
    ]
    Index.open(path, create=True).add([*pair, *others], FakeEmbedder(64))
    assert Index.open(path).stats()["kind"] == "hnsw"
    changed = _extraction(
        ID_BODY.replace("tiga", "empat"), source="rmol.txt", lang="id", outlet="RMOL"
    )
    Index.open(path).add([changed], FakeEmbedder(64))  # 3 of 21 vectors masked, not rebuilt
    reader = Index.open(path, embedder=FakeEmbedder(64))  # the saved graph keeps old vectors
    assert reader._manifest()["counts"]["units"] == 18
    stats = reader.stats()
    assert stats["consistent"] and stats["vectors"] == stats["units"] == 18
    assert reader._store is not None and reader._store._index.ntotal == 21
    hits = reader.search("Kunjungan itu berlangsung tiga hari.", k=18)
    assert pair[0].article.id not in {h.article_id for h in hits} and len(hits) == 18
