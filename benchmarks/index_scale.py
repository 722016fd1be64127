"""Index scale: add and query latency, memory and recall@10 of exact vs HNSW search.

Synthetic vectors, dimension 384 (multilingual-e5-small). Real sentence embeddings
are not uniform on the sphere: they crowd around topics. The data here are
``CLUSTERS`` random topic centres plus noise, normalised; each query is a stored
vector perturbed a little more (a counterpart claim, worded differently). Pure
uniform random vectors are the worst case for graph indexes and are reported too
(``--uniform``) for honesty.

    .venv/bin/python benchmarks/index_scale.py --sizes 10000 100000 1000000

Prints one line per (size, kind). Record results in docs/benchmarks/index.md.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crosscheck.index.faiss_store import (
    HNSW_EF_CONSTRUCTION,
    HNSW_EF_SEARCH,
    HNSW_M,
    FaissStore,
)

DIM = 384
CLUSTERS = 2000  # topics; ~500 vectors per topic at 1M
NOISE = 0.35  # spread of a vector around its topic centre (cosine to centre ~0.95)
QUERY_NOISE = 0.15  # extra perturbation of a query relative to its source vector
QUERIES = 300
K = 10
EF_VALUES = (16, 32, 64, 96, 128, 256)
CHUNK = 50_000


def _normalise(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def make_data(n: int, *, uniform: bool, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(base vectors n x DIM, query vectors QUERIES x DIM)."""
    rng = np.random.default_rng(seed)
    if uniform:
        base = _normalise(rng.standard_normal((n, DIM), dtype=np.float32))
        queries = _normalise(rng.standard_normal((QUERIES, DIM), dtype=np.float32))
        return base, queries
    centres = _normalise(rng.standard_normal((CLUSTERS, DIM), dtype=np.float32))
    base = np.empty((n, DIM), np.float32)
    for start in range(0, n, CHUNK):
        m = min(CHUNK, n - start)
        noise = rng.standard_normal((m, DIM), dtype=np.float32) * (NOISE / np.sqrt(DIM))
        base[start : start + m] = _normalise(centres[rng.integers(0, CLUSTERS, m)] + noise)
    picks = rng.choice(n, QUERIES, replace=False)
    extra = rng.standard_normal((QUERIES, DIM), dtype=np.float32) * (QUERY_NOISE / np.sqrt(DIM))
    return base, _normalise(base[picks] + extra)


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ef_sweep(store: FaissStore, queries: np.ndarray, truth: np.ndarray) -> None:
    """Recall@10 and p50 latency of an HNSW store for several efSearch values."""
    import faiss

    hnsw = faiss.downcast_index(store._index.index)
    for ef in EF_VALUES:
        hnsw.hnsw.efSearch = ef
        latencies, found = [], []
        for q in queries:
            clock = time.perf_counter()
            found.append(store.search(q.reshape(1, -1), K)[1][0])
            latencies.append((time.perf_counter() - clock) * 1000)
        recall = np.mean([len(set(f) & set(t)) / K for f, t in zip(found, truth, strict=True)])
        print(f"    efSearch={ef:>3}: recall@10={recall:.3f} p50={np.median(latencies):.2f}ms")
    hnsw.hnsw.efSearch = HNSW_EF_SEARCH


def run(
    n: int,
    kind: str,
    base: np.ndarray,
    queries: np.ndarray,
    truth: np.ndarray | None,
    sweep: bool = False,
) -> np.ndarray:
    """Build a store of ``kind`` over ``base``; time adds and single-vector queries."""
    gc.collect()
    threshold = 1 if kind == "hnsw" else 100 * n  # force the kind under test
    store = FaissStore(DIM, approx_threshold=threshold)
    clock = time.perf_counter()
    ids = np.arange(n, dtype=np.int64)
    for start in range(0, n, CHUNK):
        store.add(ids[start : start + CHUNK], base[start : start + CHUNK])
    build = time.perf_counter() - clock
    import faiss

    memory = faiss.serialize_index(store._index).nbytes / 2**20  # vectors + graph, in MB
    latencies, found = [], []
    for q in queries:
        clock = time.perf_counter()
        _, hit = store.search(q.reshape(1, -1), K)
        latencies.append((time.perf_counter() - clock) * 1000)
        found.append(hit[0])
    if sweep and truth is not None:  # before the extra add below changes the neighbours
        ef_sweep(store, queries, truth)
    # incremental add latency: one batch of 100 new vectors (what `index add` of a few
    # articles does), on top of the built index
    extra = _normalise(base[:100][::-1] + 0.1)
    clock = time.perf_counter()
    store.add(np.arange(n, n + len(extra), dtype=np.int64), extra)
    add100 = (time.perf_counter() - clock) * 1000
    found_arr = np.array(found)
    recall = None
    if truth is not None:
        recall = float(
            np.mean([len(set(f) & set(t)) / K for f, t in zip(found_arr, truth, strict=True)])
        )
    p50, p99 = np.percentile(latencies, [50, 99])
    print(
        f"n={n:>9,} kind={store.kind:<5} build={build:8.1f}s add100={add100:7.1f}ms "
        f"query p50={p50:7.2f}ms p99={p99:7.2f}ms mem={memory:8.0f}MB "
        f"recall@10={'exact' if recall is None else f'{recall:.3f}'}",
        flush=True,
    )
    return found_arr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--uniform", action="store_true", help="uniform random vectors")
    parser.add_argument("--kinds", nargs="+", default=["flat", "hnsw"])
    parser.add_argument("--ef-sweep", action="store_true", help="recall per efSearch value")
    args = parser.parse_args()
    import faiss

    print(
        f"faiss {faiss.__version__}, threads {faiss.omp_get_max_threads()}, cores {os.cpu_count()}"
        f", HNSW M={HNSW_M} efConstruction={HNSW_EF_CONSTRUCTION} efSearch={HNSW_EF_SEARCH}, "
        f"data={'uniform' if args.uniform else f'{CLUSTERS} clusters'}",
        flush=True,
    )
    for n in args.sizes:
        base, queries = make_data(n, uniform=args.uniform)
        truth = run(n, "flat", base, queries, None) if "flat" in args.kinds else None
        if "hnsw" in args.kinds:
            if truth is None:  # exact neighbours for recall, computed directly
                truth = np.argsort(-(queries @ base.T), axis=1)[:, :K]
            run(n, "hnsw", base, queries, truth, sweep=args.ef_sweep)
        del base, queries
    print(f"peak RSS {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
