"""A persistent embedding cache in SQLite, and an embedder that consults it first.

Vectors are keyed by (model id, sha256 of the kind and the normalised text), so a
second run over the same texts neither embeds nor loads the model at all.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from crosscheck.errors import ModelError
from crosscheck.types import Embedder

CACHE_FILE = "embeddings.sqlite"
SQLITE_BATCH = 500  # keys per SELECT ... IN (...): below SQLite's default variable limit

_SCHEMA = """
CREATE TABLE IF NOT EXISTS vectors (
    model TEXT NOT NULL,
    key BLOB NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS models (model TEXT PRIMARY KEY, dimension INTEGER NOT NULL);
"""

_SPACES = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """NFC, whitespace runs collapsed to one space, trimmed: the form that is embedded.

    >>> normalise_text("  Wang\\u00a0 tiba\\n di  Pyongyang ")
    'Wang tiba di Pyongyang'
    """
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def text_key(text: str, kind: str) -> bytes:
    """The cache key of a normalised text for a kind (``query``/``passage``)."""
    return hashlib.sha256(f"{kind}\0{text}".encode()).digest()


class EmbeddingCache:
    """SQLite table of vectors keyed by (model id, text key); safe for several processes.

    >>> cache = EmbeddingCache(Path("/tmp/cc-doctest-cache.sqlite"))
    >>> cache.put("m", [b"k"], np.ones((1, 2), np.float32)); cache.get("m", [b"k"])[b"k"]
    array([1., 1.], dtype=float32)
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), timeout=60, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise ModelError(
                f"cannot open the embedding cache ({exc})",
                source=str(path),
                fix="delete the file; it is rebuilt on the next run",
            ) from exc

    def get(self, model: str, keys: Sequence[bytes]) -> dict[bytes, np.ndarray]:
        """Cached vectors for those ``keys`` that are present."""
        found: dict[bytes, np.ndarray] = {}
        unique = list(dict.fromkeys(keys))
        for i in range(0, len(unique), SQLITE_BATCH):
            chunk = unique[i : i + SQLITE_BATCH]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, vector FROM vectors WHERE model = ? AND key IN ({marks})",
                (model, *chunk),
            )
            for key, blob in rows:
                found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put(self, model: str, keys: Sequence[bytes], vectors: np.ndarray) -> None:
        """Store vectors (one transaction)."""
        rows = [
            (model, k, np.asarray(v, np.float32).tobytes())
            for k, v in zip(keys, vectors, strict=True)
        ]
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)", rows)

    def dimension(self, model: str) -> int | None:
        """The dimension recorded for ``model`` by an earlier run, if any."""
        row = self._db.execute("SELECT dimension FROM models WHERE model = ?", (model,)).fetchone()
        return int(row[0]) if row else None

    def set_dimension(self, model: str, dimension: int) -> None:
        """Record a model's dimension so later runs need not load the model to know it."""
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO models VALUES (?, ?)", (model, dimension))

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()


class CachingEmbedder:
    """An ``Embedder`` that looks texts up in an ``EmbeddingCache`` and loads its model lazily.

    ``factory`` builds the real embedder; it is called only when some text is not
    cached (or the dimension is unknown), so fully cached runs never import torch.

    >>> from crosscheck.embed.fake import FakeEmbedder
    >>> cache = EmbeddingCache(Path("/tmp/c.sqlite"))
    >>> e = CachingEmbedder("fake:8", lambda: FakeEmbedder(8), cache)
    >>> e.embed(["a b c"]).shape
    (1, 8)
    """

    def __init__(
        self,
        model_id: str,
        factory: Callable[[], Embedder],
        cache: EmbeddingCache | None,
        *,
        dimension: int | None = None,
    ) -> None:
        self.model_id = model_id
        self._factory = factory
        self._inner: Embedder | None = None
        self._cache = cache
        self._dimension = dimension or (cache.dimension(model_id) if cache else None)
        self.hits = 0
        self.misses = 0

    @property
    def loaded(self) -> bool:
        """Whether the underlying model has been loaded in this process."""
        return self._inner is not None

    def _model(self) -> Embedder:
        if self._inner is None:
            self._inner = self._factory()
            if self._dimension is None:
                self._dimension = self._inner.dimension
            if self._cache is not None:
                self._cache.set_dimension(self.model_id, self._inner.dimension)
        return self._inner

    @property
    def dimension(self) -> int:  # type: ignore[override]
        """Vector size; loads the model only if no earlier run recorded it."""
        if self._dimension is None:
            self._model()
        assert self._dimension is not None
        return self._dimension

    def embed(self, texts: Sequence[str], *, kind: str = "query") -> np.ndarray:
        """Embed ``texts`` (normalised first), reusing cached vectors where present."""
        norm = [normalise_text(t) for t in texts]
        keys = [text_key(t, kind) for t in norm]
        found = self._cache.get(self.model_id, keys) if self._cache else {}
        missing = list(dict.fromkeys(k for k in keys if k not in found))
        self.hits += len(texts) - sum(1 for k in keys if k not in found)
        if missing:
            by_key = dict(zip(keys, norm, strict=True))
            vectors = self._model().embed([by_key[k] for k in missing], kind=kind)
            vectors = np.asarray(vectors, dtype=np.float32)
            self.misses += len(missing)
            if self._cache is not None:
                self._cache.put(self.model_id, missing, vectors)
            found.update(zip(missing, vectors, strict=True))
        if not keys:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.vstack([found[k] for k in keys]).astype(np.float32, copy=False)
