"""Vector search: an in-memory FAISS store and the persistent on-disk index.

``memory_store(dimension)`` gives an in-memory ``VectorStore`` (exact while small,
HNSW above ``APPROX_THRESHOLD``).
"""

from __future__ import annotations

from crosscheck.index.faiss_store import APPROX_THRESHOLD, FaissStore, memory_store

__all__ = ["APPROX_THRESHOLD", "FaissStore", "memory_store"]
