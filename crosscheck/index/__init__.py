"""Vector search: an in-memory FAISS store and the persistent on-disk index.

``memory_store(dimension)`` gives an in-memory ``VectorStore`` (exact while small,
HNSW above ``APPROX_THRESHOLD``). ``Index.open(path, create=True)`` opens a
persistent index folder (SQLite records + FAISS file + manifest) with
``add``/``search``/``units``/``remove``/``rebuild``/``stats``.
"""

from __future__ import annotations

from crosscheck.index.faiss_store import APPROX_THRESHOLD, FaissStore, memory_store
from crosscheck.index.records import extraction_from_dict, from_dict
from crosscheck.index.store import Index
from crosscheck.index.units import AddResult, Hit, Unit, units_of

__all__ = [
    "APPROX_THRESHOLD",
    "AddResult",
    "FaissStore",
    "Hit",
    "Index",
    "Unit",
    "extraction_from_dict",
    "from_dict",
    "memory_store",
    "units_of",
]
