"""A ``VectorStore`` over FAISS: exact inner product while small, HNSW above a threshold.

Vectors are L2-normalised, so inner product is cosine similarity. Below
``APPROX_THRESHOLD`` vectors the store is an exact ``IndexFlatIP`` inside an
``IndexIDMap2``; at the threshold it switches to an HNSW graph (``IndexHNSWFlat``,
inner-product metric) with the same ids. The switch and its parameters are
justified by ``benchmarks/index_scale.py`` (docs/benchmarks/index.md).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from crosscheck.errors import IndexStoreError

# Exact search scans every vector: on the shared 2-core machine a flat scan took 2.6 ms
# p50 at 25k vectors, 5.1 ms at 50k and 111 ms at 1M (benchmarks/index_scale.py,
# docs/benchmarks/index.md). 50k is where exact search reaches the 5 ms target, so from
# there the store switches to HNSW (0.3 ms p50, recall@10 1.000 at 50k); the one-time
# conversion at the threshold costs ~30 s (HNSW inserts ~0.6 ms per vector here).
APPROX_THRESHOLD = 50_000
# HNSW parameters were set before measuring (M=32 and efConstruction 80 are common
# choices for 384-dim text embeddings) and then checked: recall@10 >= 0.996 at 10k-100k
# and at 1M, with an efSearch sweep (16/32/64/128), in docs/benchmarks/index.md.
HNSW_M = 32  # graph degree
HNSW_EF_CONSTRUCTION = 80  # build effort
HNSW_EF_SEARCH = 128  # search breadth: at 1M, 96 gave recall@10 0.950, 128 gave 0.963
# A single query is too small to split across threads: on the shared 2-core machine an
# exact 100k scan took 10 ms p50 on one thread and 52 ms on two (OpenMP contention), so
# batches smaller than this search on one thread.
PARALLEL_SEARCH_MIN_QUERIES = 16
INDEX_CHUNK = 20_000  # vectors per add call when building, for progress reports
# HNSW graphs cannot delete: removed ids are masked out of searches instead, and once
# masked vectors exceed this share of the graph it is rebuilt without them. A quarter
# keeps the wasted search work small while rebuilds (minutes at 1M) stay rare.
COMPACT_FRACTION = 0.25


def _faiss():  # imported here so that importing crosscheck.index stays cheap
    import faiss

    return faiss


@contextlib.contextmanager
def _threads(count: int | None) -> Iterator[None]:
    """Run FAISS with ``count`` OpenMP threads (None: leave as is), restoring afterwards."""
    if count is None:
        yield
        return
    faiss = _faiss()
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(count)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


def _as_matrix(vectors: np.ndarray, dimension: int) -> np.ndarray:
    arr = np.ascontiguousarray(vectors, dtype=np.float32)
    if arr.ndim == 1:
        arr = arr.reshape(1, -1)
    if arr.ndim != 2 or arr.shape[1] != dimension:
        raise ValueError(f"expected vectors of shape (n, {dimension}), got {arr.shape}")
    return arr


class FaissStore:
    """An id-keyed FAISS index that picks exact or approximate search by size.

    >>> s = FaissStore(4)
    >>> s.add(np.array([7, 9]), np.eye(4, dtype=np.float32)[:2])
    >>> scores, ids = s.search(np.eye(4, dtype=np.float32)[:1], 2)
    >>> ids.tolist(), len(s)
    ([[7, 9]], 2)
    """

    def __init__(
        self, dimension: int, *, approx_threshold: int | None = None, index: object = None
    ) -> None:
        self.dimension = dimension
        self.approx_threshold = APPROX_THRESHOLD if approx_threshold is None else approx_threshold
        faiss = _faiss()
        self._index = (
            index if index is not None else faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))
        )
        self._deleted = np.zeros(0, np.int64)  # masked ids of an HNSW graph, sorted
        self._mask: object = None  # the selector of masked ids, kept alive during a search

    @property
    def kind(self) -> str:
        """``flat`` (exact) or ``hnsw`` (approximate)."""
        faiss = _faiss()
        inner = faiss.downcast_index(self._index.index)
        return "hnsw" if isinstance(inner, faiss.IndexHNSW) else "flat"

    def __len__(self) -> int:
        return int(self._index.ntotal) - len(self._deleted)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Add vectors under int64 ``ids``; switches to HNSW once past the threshold."""
        arr = _as_matrix(vectors, self.dimension)
        id_arr = np.ascontiguousarray(ids, dtype=np.int64).reshape(-1)
        if len(id_arr) != len(arr):
            raise ValueError(f"{len(id_arr)} ids for {len(arr)} vectors")
        if len(arr) == 0:
            return
        if self.kind == "flat" and len(self) + len(arr) >= self.approx_threshold:
            self._to_hnsw()
        if len(self._deleted) and np.isin(id_arr, self._deleted).any():
            self._compact()  # an id coming back: its old, masked vector must go first
        self._index.add_with_ids(arr, id_arr)

    def _to_hnsw(self) -> None:
        """Re-insert every live vector into a new HNSW graph, keeping ids."""
        faiss = _faiss()
        ids, vectors = self.items()
        n = len(ids)
        hnsw = faiss.IndexHNSWFlat(self.dimension, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        hnsw.hnsw.efSearch = HNSW_EF_SEARCH
        index = faiss.IndexIDMap2(hnsw)
        if n:
            index.add_with_ids(np.ascontiguousarray(vectors, np.float32), ids)
        self._index = index
        self._deleted = np.zeros(0, np.int64)

    def _compact(self) -> None:
        """Rebuild an HNSW graph without its masked vectors."""
        self._to_hnsw()

    def search(
        self, vectors: np.ndarray, k: int, *, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` (scores, ids), each (n, k); missing hits have id -1 and score -inf.

        ``allowed`` restricts the search to those ids (a FAISS id selector, so the
        top ``k`` are found among them rather than filtered afterwards).
        """
        arr = _as_matrix(vectors, self.dimension)
        empty = allowed is not None and len(allowed) == 0
        if len(self) == 0 or k <= 0 or empty:
            shape = (len(arr), max(k, 0))
            return np.full(shape, -np.inf, np.float32), np.full(shape, -1, np.int64)
        params = None
        faiss = _faiss()
        selector = None
        if allowed is not None:
            keep = np.setdiff1d(np.asarray(allowed, np.int64), self._deleted)
            selector = faiss.IDSelectorBatch(np.ascontiguousarray(keep))
        elif len(self._deleted):
            self._mask = faiss.IDSelectorBatch(self._deleted)  # must outlive the search
            selector = faiss.IDSelectorNot(self._mask)
        if selector is not None:
            if self.kind == "hnsw":
                params = faiss.SearchParametersHNSW(sel=selector, efSearch=HNSW_EF_SEARCH)
            else:
                params = faiss.SearchParameters(sel=selector)
        with _threads(1 if len(arr) < PARALLEL_SEARCH_MIN_QUERIES else None):
            scores, ids = self._index.search(arr, k, params=params)
        scores = np.where(ids < 0, -np.inf, scores).astype(np.float32)
        return scores, ids.astype(np.int64)

    def remove(self, ids: np.ndarray) -> int:
        """Remove vectors by id; return how many were removed.

        HNSW graphs cannot delete: their removed ids are masked out of every search,
        and the graph is rebuilt once masked vectors pass ``COMPACT_FRACTION``.
        """
        id_arr = np.ascontiguousarray(ids, dtype=np.int64).reshape(-1)
        if len(id_arr) == 0 or len(self) == 0:
            return 0
        if self.kind == "flat":
            return int(self._index.remove_ids(_faiss().IDSelectorBatch(id_arr)))
        return self.mask(id_arr)

    def mask(self, ids: np.ndarray) -> int:
        """Hide stored ids of an HNSW graph from searches; return how many were newly hidden."""
        live = np.setdiff1d(self._all_ids(), self._deleted)
        hidden = np.intersect1d(live, np.asarray(ids, np.int64))
        self._deleted = np.union1d(self._deleted, hidden)
        if len(self._deleted) > COMPACT_FRACTION * self._index.ntotal:
            self._compact()
        return len(hidden)

    def _all_ids(self) -> np.ndarray:
        """Every id in the FAISS index, masked or not, in insertion order."""
        return _faiss().vector_to_array(self._index.id_map).astype(np.int64)

    def items(self) -> tuple[np.ndarray, np.ndarray]:
        """All live (ids, vectors) in insertion order."""
        ids = self._all_ids()
        if len(ids) == 0:
            return ids, np.zeros((0, self.dimension), np.float32)
        vectors = self._index.index.reconstruct_n(0, len(ids))
        live = ~np.isin(ids, self._deleted)
        return ids[live], vectors[live]

    def ids(self) -> np.ndarray:
        """All live ids."""
        ids = self._all_ids()
        return ids[~np.isin(ids, self._deleted)]

    def save(self, path: Path) -> None:
        """Write the index to ``path`` atomically (temp file, fsync, rename)."""
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        _faiss().write_index(self._index, str(tmp))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path, dimension: int, *, approx_threshold: int | None = None):
        """Read an index written by ``save``; raise ``IndexStoreError`` if it is unreadable."""
        faiss = _faiss()
        try:
            index = faiss.read_index(str(path))
        except RuntimeError as exc:
            raise IndexStoreError(
                f"FAISS file is corrupt or truncated ({str(exc).splitlines()[0][:120]})",
                source=str(path),
                fix="run `crosscheck index rebuild`",
            ) from exc
        if not isinstance(index, faiss.IndexIDMap2):
            index = faiss.downcast_index(index)
        if not isinstance(index, faiss.IndexIDMap2) or index.d != dimension:
            raise IndexStoreError(
                f"FAISS file holds {type(index).__name__} of dimension {index.d}, "
                f"expected an id-mapped index of dimension {dimension}",
                source=str(path),
                fix="run `crosscheck index rebuild`",
            )
        return cls(dimension, approx_threshold=approx_threshold, index=index)


def memory_store(dimension: int, *, approx_threshold: int | None = None) -> FaissStore:
    """An in-memory FAISS ``VectorStore`` for normalised vectors of ``dimension``.

    >>> store = memory_store(384)
    >>> len(store), store.kind
    (0, 'flat')
    """
    return FaissStore(dimension, approx_threshold=approx_threshold)


def add_chunked(
    store: FaissStore,
    ids: np.ndarray,
    vectors: np.ndarray,
    progress: Callable[[str, int, int], None] | None,
) -> None:
    """Add vectors in chunks, reporting ``("index", done, total)`` after each."""
    total = len(ids)
    for start in range(0, total, INDEX_CHUNK):
        store.add(ids[start : start + INDEX_CHUNK], vectors[start : start + INDEX_CHUNK])
        if progress:
            progress("index", min(start + INDEX_CHUNK, total), total)
