"""Tests for the in-memory FAISS store: exact search, ids, removal, the HNSW switch, files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from crosscheck.errors import IndexStoreError
from crosscheck.index import FaissStore, memory_store
from crosscheck.types import VectorStore


def _unit(n: int, dim: int, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_exact_search_finds_itself_with_ids() -> None:
    store = memory_store(16)
    assert isinstance(store, VectorStore)
    vectors = _unit(50, 16)
    ids = np.arange(1000, 1050)
    store.add(ids, vectors)
    scores, hits = store.search(vectors[[3, 40]], 5)
    assert hits[:, 0].tolist() == [1003, 1040]
    np.testing.assert_allclose(scores[:, 0], 1.0, rtol=1e-5)
    assert (np.diff(scores, axis=1) <= 1e-6).all()  # best first


def test_missing_hits_are_minus_one() -> None:
    store = memory_store(8)
    scores, ids = store.search(_unit(1, 8), 3)
    assert ids.tolist() == [[-1, -1, -1]] and np.isneginf(scores).all()
    store.add(np.array([5]), _unit(1, 8))
    _, ids = store.search(_unit(1, 8, seed=1), 3)
    assert ids.tolist() == [[5, -1, -1]]


def test_remove_by_id() -> None:
    store = memory_store(8)
    vectors = _unit(10, 8)
    store.add(np.arange(10), vectors)
    assert store.remove(np.array([2, 3, 99])) == 2
    assert len(store) == 8
    _, ids = store.search(vectors[2:3], 8)
    assert 2 not in ids and 3 not in ids


def test_switches_to_hnsw_past_threshold_and_keeps_ids() -> None:
    store = memory_store(16, approx_threshold=100)
    vectors = _unit(300, 16)
    store.add(np.arange(60), vectors[:60])
    assert store.kind == "flat"
    store.add(np.arange(60, 300), vectors[60:])
    assert store.kind == "hnsw" and len(store) == 300
    _, ids = store.search(vectors[[0, 150, 299]], 1)
    assert ids[:, 0].tolist() == [0, 150, 299]
    assert store.remove(np.array([150])) == 1
    _, ids = store.search(vectors[150:151], 5)
    assert 150 not in ids and len(store) == 299


@pytest.mark.parametrize("bad", [np.zeros((2, 7)), np.zeros((3,))])
def test_wrong_shape_rejected(bad: np.ndarray) -> None:
    with pytest.raises(ValueError, match=r"expected vectors of shape"):
        memory_store(8).add(np.arange(len(bad)), bad)


def test_save_load_roundtrip_and_corruption(tmp_path: Path) -> None:
    store = memory_store(8)
    vectors = _unit(20, 8)
    store.add(np.arange(20) * 3, vectors)
    path = tmp_path / "vectors.faiss"
    store.save(path)
    again = FaissStore.load(path, 8)
    assert len(again) == 20 and again.search(vectors[4:5], 1)[1][0, 0] == 12
    with pytest.raises(IndexStoreError, match="dimension"):
        FaissStore.load(path, 16)
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(IndexStoreError, match="corrupt or truncated") as info:
        FaissStore.load(path, 8)
    assert "index rebuild" in str(info.value)


def test_hnsw_removal_masks_then_compacts() -> None:
    store = memory_store(16, approx_threshold=10)
    vectors = _unit(40, 16)
    store.add(np.arange(40), vectors)
    assert store.kind == "hnsw"
    assert store.remove(np.array([3, 4, 999])) == 2
    assert len(store) == 38 and 3 not in store.ids()
    _, ids = store.search(vectors[3:5], 40)
    assert not np.isin(ids, [3, 4]).any()
    _, ids = store.search(vectors[3:4], 5, allowed=np.array([3, 7, 8]))
    assert set(ids[0][ids[0] >= 0].tolist()) == {7, 8}
    assert store.remove(np.arange(5, 15)) == 10  # 12 of 40 masked: past a quarter, compacted
    assert store._index.ntotal == 28 and len(store) == 28
