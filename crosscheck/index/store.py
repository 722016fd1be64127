"""The persistent index ``indexes/<name>/``: SQLite records, a FAISS file and a manifest.

Write order, so that a process killed at any moment leaves the old or the new state:

1. take the writer lock (``.lock``, fcntl), so writers are serialised;
2. embed the new units (nothing written yet);
3. one SQLite transaction: delete replaced articles, insert the new ones with their
   vectors as blobs, bump ``generation``;
4. write ``vectors-<generation>.faiss`` to a temp file and rename it into place;
5. write ``manifest.json`` (temp file, rename) naming that FAISS file.

SQLite is the source of truth. A reader works inside one SQLite read transaction
(a snapshot) and uses the FAISS file only if the manifest names the same generation;
otherwise (a write was interrupted between steps 3 and 5, or is in progress) it
rebuilds the vectors of its snapshot in memory, and a writer repairs the files.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from crosscheck.errors import IndexStoreError
from crosscheck.index import db as sql
from crosscheck.index.faiss_store import FaissStore, add_chunked
from crosscheck.index.layout import (
    DB_FILE,
    LOCK_FILE,
    MANIFEST_FILE,
    METRIC,
    SCHEMA,
    manifest,
    write_json_atomic,
)  # fmt: skip
from crosscheck.index.layout import create as create_index
from crosscheck.index.records import extraction_from_dict
from crosscheck.index.units import AddResult, Hit, Unit, units_of
from crosscheck.types import Article, Embedder, Extraction

EMBED_CHUNK = 256  # texts per embed call: bounds memory and paces progress reports
FIX_REBUILD = "run `crosscheck index rebuild --index {name}`"

Progress = Callable[[str, int, int], None]  # (stage, done, total)


class Index:
    """A named, persistent, incrementally updated vector index of claims and quotes.

    >>> from crosscheck.embed import FakeEmbedder
    >>> idx = Index.open(Path("/tmp/cc-doc/news"), create=True)  # doctest: +SKIP
    >>> idx.add(extractions, FakeEmbedder(64)).added  # doctest: +SKIP
    >>> idx.search("Wang tiba di Pyongyang", k=5, embedder=FakeEmbedder(64))  # doctest: +SKIP
    """

    def __init__(self, path: Path, db: sqlite3.Connection, embedder: Embedder | None) -> None:
        self.path = path
        self.name = path.name
        self.embedder = embedder
        self._db = db
        self._store: FaissStore | None = None
        self._store_generation = -1
        self._locked = False

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = False,
        embedder: Embedder | None = None,
        verify: bool = True,
    ) -> Index:
        """Open the index at ``path`` (``create`` it, empty, if missing).

        ``verify=False`` skips the manifest checks; only ``rebuild`` needs that.
        """
        path = Path(path)
        if not (path / DB_FILE).is_file():
            if path.exists() and any(path.iterdir()):
                raise IndexStoreError(
                    f"{DB_FILE} is missing, so this is not an index (or it lost its records)",
                    source=str(path),
                    fix="remove the folder and add the articles again",
                )
            if not create:
                raise IndexStoreError(
                    "no index here",
                    source=str(path),
                    fix=f"create it with `crosscheck index add SOURCE... --index {path.name}`",
                )
            create_index(path)
        index = cls(path, sql.connect(path / DB_FILE), embedder)
        meta = sql.get_meta(index._db)
        if int(meta.get("schema_version", "0")) != sql.SCHEMA_VERSION:
            raise IndexStoreError(
                f"index schema version {meta.get('schema_version')}, this crosscheck reads "
                f"version {sql.SCHEMA_VERSION}",
                source=str(path),
                fix="use the crosscheck version that built it, or build a new index",
            )
        if verify:
            index._check_manifest(meta)
        return index

    def _error(self, message: str, fix: str | None = None) -> IndexStoreError:
        return IndexStoreError(
            message, source=str(self.path), fix=fix or FIX_REBUILD.format(name=self.name)
        )

    def _manifest(self) -> dict[str, Any]:
        path = self.path / MANIFEST_FILE
        if not path.is_file():
            raise self._error(f"{MANIFEST_FILE} is missing")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise self._error(f"{MANIFEST_FILE} is unreadable ({exc})") from exc
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            raise self._error(f"{MANIFEST_FILE} is not a crosscheck index manifest ({SCHEMA})")
        return data

    def _check_manifest(self, meta: dict[str, str]) -> None:
        manifest = self._manifest()
        model, dim = meta.get("model"), meta.get("dimension")
        if manifest.get("model") != model or str(manifest.get("dimension")) != str(dim or None):
            raise self._error(
                f"manifest says model {manifest.get('model')!r} (dimension "
                f"{manifest.get('dimension')}) but the records were embedded with {model!r} "
                f"(dimension {dim})"
            )

    # ------------------------------------------------------------------ properties

    @property
    def model_id(self) -> str | None:
        """The embedding model this index was built with (None while empty)."""
        return sql.get_meta(self._db).get("model")

    @property
    def dimension(self) -> int | None:
        """The vector dimension (None while empty)."""
        dim = sql.get_meta(self._db).get("dimension")
        return int(dim) if dim else None

    # ------------------------------------------------------------------ locking and snapshots

    @contextlib.contextmanager
    def _writer(self) -> Iterator[None]:
        """Hold the exclusive writer lock (blocks until other writers finish)."""
        if self._locked:
            yield
            return
        with open(self.path / LOCK_FILE, "a+") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            self._locked = True
            try:
                yield
            finally:
                self._locked = False
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[dict[str, str]]:
        """A read transaction with the FAISS store matching its generation loaded."""
        self._db.execute("BEGIN")
        try:
            meta = sql.get_meta(self._db)  # the first read fixes the snapshot
            generation = int(meta["generation"])
            if self._store is None or self._store_generation != generation:
                self._store = self._load_store(meta)
                self._store_generation = generation
            yield meta
        finally:
            self._db.execute("COMMIT")

    def _load_store(self, meta: dict[str, str]) -> FaissStore | None:
        """The FAISS store for this snapshot: from the file if current, else from SQLite."""
        if not meta.get("dimension"):
            return None
        dimension, generation = int(meta["dimension"]), int(meta["generation"])
        manifest = self._manifest()
        count = self._db.execute("SELECT count(*) FROM units").fetchone()[0]
        if manifest.get("generation") == generation:
            faiss_path = self.path / str(manifest.get("faiss_file"))
            if faiss_path.is_file():
                try:
                    store = FaissStore.load(faiss_path, dimension)
                except IndexStoreError:
                    if self._manifest().get("generation") == generation:
                        raise  # still the current file: really damaged
                    # a writer replaced (and pruned) it meanwhile: use the snapshot below
                    return self._store_from_sqlite(dimension)
                if len(store) != count:
                    self._reconcile(store, faiss_path.name)
                return store
            if self._manifest().get("generation") == generation:
                raise self._error(f"{faiss_path.name} is missing")
        # interrupted or concurrent write: the snapshot's own vectors are the truth
        store = self._store_from_sqlite(dimension)
        if self._locked:
            self._persist(store, generation)
        return store

    def _reconcile(self, store: FaissStore, file_name: str) -> None:
        """Mask HNSW vectors whose units were removed (a saved graph keeps them); else fail."""
        unit_ids = np.array([r[0] for r in self._db.execute("SELECT vector_id FROM units")])
        stored = store.ids()
        missing = np.setdiff1d(unit_ids, stored)
        extra = np.setdiff1d(stored, unit_ids)
        if len(missing) or store.kind != "hnsw":
            raise self._error(
                f"{file_name} holds {len(store)} vectors but the records have {len(unit_ids)} "
                f"units ({len(missing)} missing from the file)"
            )
        store.mask(extra)

    def _store_from_sqlite(self, dimension: int, progress: Progress | None = None) -> FaissStore:
        ids, vectors = sql.all_vectors(self._db, dimension)
        store = FaissStore(dimension)
        add_chunked(store, ids, vectors, progress)
        return store

    def _persist(self, store: FaissStore, generation: int) -> None:
        """Steps 4 and 5: FAISS file of this generation, then the manifest; prune old files."""
        faiss_name = f"vectors-{generation:08d}.faiss"
        store.save(self.path / faiss_name)
        self._write_manifest(generation, faiss_name, kind=store.kind, vectors=len(store))
        for old in self.path.glob("vectors-*.faiss"):
            # keep the previous generation's file for readers that are still loading it
            if old.name < f"vectors-{generation - 1:08d}.faiss":
                old.unlink(missing_ok=True)
        for stale in self.path.glob(".*.tmp"):
            if not stale.name.endswith(f".{os.getpid()}.tmp"):
                stale.unlink(missing_ok=True)

    def _write_manifest(self, generation: int, faiss_name: str | None, **extra: Any) -> None:
        data = manifest(
            self.name, sql.get_meta(self._db), sql.counts(self._db), generation, faiss_name, **extra
        )
        write_json_atomic(self.path / MANIFEST_FILE, data)

    # ------------------------------------------------------------------ writing

    def _check_embedder(self, embedder: Embedder, meta: dict[str, str]) -> None:
        model, dim = meta.get("model"), meta.get("dimension")
        if model and model != embedder.model_id:
            raise self._error(
                f"index was built with model {model!r}, this run uses {embedder.model_id!r}",
                fix=f"pass --model {model} (or set CROSSCHECK_MODEL), or use another --index name",
            )
        if dim and int(dim) != embedder.dimension:
            raise self._error(
                f"index vectors have dimension {dim}, the embedder gives {embedder.dimension}",
                fix="use the model the index was built with, or another --index name",
            )

    def add(
        self,
        extractions: Sequence[Extraction],
        embedder: Embedder | None = None,
        *,
        progress: Progress | None = None,
    ) -> AddResult:
        """Add extractions: same content hash skipped, changed content replaces the old one.

        All of it is one transaction: killed midway, the index is as it was before.
        """
        embedder = embedder or self.embedder
        if embedder is None:
            raise ValueError("Index.add needs an embedder")
        with self._writer():
            with self._snapshot() as meta:
                self._check_embedder(embedder, meta)
                plan = self._plan(extractions)
            todo = [(e, list(units_of(e))) for e, status, _ in plan if status != "same"]
            vectors = self._embed([u.text for _, us in todo for u in us], embedder, progress)
            if not todo:
                return AddResult(skipped=tuple(e.article.id for e, s, _ in plan if s == "same"))
            self._db.execute("BEGIN IMMEDIATE")
            try:
                meta = sql.get_meta(self._db)
                removed = sql.delete_articles(
                    self._db, [old for _, s, old in plan if s == "changed"]
                )
                next_id, row = int(meta["next_id"]), 0
                for extraction, units in todo:
                    ids = list(range(next_id, next_id + len(units)))
                    sql.insert_article(
                        self._db, extraction, units, ids, vectors[row : row + len(units)]
                    )
                    next_id += len(units)
                    row += len(units)
                generation = int(meta["generation"]) + 1
                sql.set_meta(
                    self._db, generation=generation, next_id=next_id,
                    model=embedder.model_id, dimension=embedder.dimension,
                )  # fmt: skip
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._update_store(
                removed, np.arange(int(meta["next_id"]), next_id), vectors, generation
            )
        return AddResult(
            added=tuple(e.article.id for e, s, _ in plan if s == "new"),
            replaced=tuple(e.article.id for e, s, _ in plan if s == "changed"),
            skipped=tuple(e.article.id for e, s, _ in plan if s == "same"),
            units=len(vectors),
        )

    def _plan(self, extractions: Sequence[Extraction]) -> list[tuple[Extraction, str, str]]:
        """Each extraction with ``new``/``changed``/``same`` and the id it replaces."""
        plan, seen = [], set()
        for e in extractions:
            status, old = sql.find_article(
                self._db, content_hash=e.article.content_hash, ident=sql.identity(e)
            )
            if e.article.content_hash in seen:
                status = "same"  # a duplicate within this batch
            seen.add(e.article.content_hash)
            plan.append((e, status, old))
        return plan

    def _embed(self, texts: list[str], embedder: Embedder, progress: Progress | None) -> np.ndarray:
        chunks = []
        for start in range(0, len(texts), EMBED_CHUNK):
            chunks.append(embedder.embed(texts[start : start + EMBED_CHUNK], kind="query"))
            if progress:
                progress("embed", min(start + EMBED_CHUNK, len(texts)), len(texts))
        if not chunks:
            return np.zeros((0, embedder.dimension), np.float32)
        return np.ascontiguousarray(np.vstack(chunks), dtype=np.float32)

    def _update_store(
        self,
        removed: list[int],
        ids: np.ndarray,
        vectors: np.ndarray,
        generation: int,
        progress: Progress | None = None,
    ) -> None:
        """Apply a committed change to the in-memory FAISS store, then persist it."""
        dimension = vectors.shape[1] if len(vectors) else (self.dimension or 0)
        store = self._store if self._store is not None else FaissStore(dimension)
        store.remove(np.array(removed, np.int64))
        add_chunked(store, ids, vectors, progress)
        self._persist(store, generation)
        self._store, self._store_generation = store, generation

    def remove(self, article: str) -> list[str]:
        """Remove an article by id, source or URL; return the ids removed."""
        with self._writer():
            self._db.execute("BEGIN IMMEDIATE")
            try:
                ids = [
                    r[0]
                    for r in self._db.execute(
                        "SELECT id FROM articles WHERE id = ? OR source = ? OR url = ?",
                        (article, article, article),
                    )
                ]
                removed = sql.delete_articles(self._db, ids)
                generation = int(sql.get_meta(self._db)["generation"]) + 1
                sql.set_meta(self._db, generation=generation)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            if self._store is None and self.dimension:
                with self._snapshot():
                    pass
            if self._store is not None:
                self._store.remove(np.array(removed, np.int64))
                self._persist(self._store, generation)
                self._store_generation = generation
            else:
                self._write_manifest(generation, None)
        return ids

    def rebuild(self, *, progress: Progress | None = None) -> dict[str, Any]:
        """Rebuild the FAISS file and manifest from SQLite (no re-embedding); return stats."""
        with self._writer():
            self._db.execute("BEGIN")
            try:
                meta = sql.get_meta(self._db)
                generation = int(meta["generation"])
                dim = meta.get("dimension")
                store = self._store_from_sqlite(int(dim), progress) if dim else None
            finally:
                self._db.execute("COMMIT")
            if store is None:
                self._write_manifest(generation, None)
            else:
                self._persist(store, generation)
            self._store, self._store_generation = store, generation
        return self.stats()

    # ------------------------------------------------------------------ reading

    def search(
        self,
        query: str | np.ndarray,
        k: int = 10,
        *,
        lang: str | None = None,
        outlet: str | None = None,
        embedder: Embedder | None = None,
    ) -> list[Hit]:
        """The ``k`` units most similar to ``query`` (a text, or a vector), best first.

        ``lang`` and ``outlet`` restrict the search to units of that language/outlet.
        """
        if self.dimension is None:
            return []  # empty index: no need to load a model to embed the query
        if isinstance(query, str):
            embedder = embedder or self.embedder
            if embedder is None:
                raise ValueError("searching by text needs an embedder")
            with self._snapshot() as meta:
                self._check_embedder(embedder, meta)
            vector = embedder.embed([query], kind="query")[0]
        else:
            vector = np.asarray(query, dtype=np.float32).reshape(-1)
        with self._snapshot() as meta:
            if self._store is None:
                return []
            if len(vector) != self._store.dimension:
                raise self._error(
                    f"query vector has dimension {len(vector)}, the index {self._store.dimension}",
                    fix=f"embed queries with the index's model {meta.get('model')!r}",
                )
            allowed = sql.filtered_ids(self._db, lang, outlet) if (lang or outlet) else None
            scores, ids = self._store.search(vector.reshape(1, -1), k, allowed=allowed)
            keep = ids[0] >= 0
            return sql.units_by_id(self._db, ids[0][keep].tolist(), scores[0][keep].tolist())  # type: ignore[return-value]

    def contains(self, content_hash: str) -> bool:
        """Whether an article with this content hash is already indexed."""
        sql_text = "SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1"
        return self._db.execute(sql_text, (content_hash,)).fetchone() is not None

    def units(self, article_id: str | None = None) -> list[Unit]:
        """Every indexed unit (of one article, if given), in vector-id order."""
        with self._snapshot():
            return list(sql.iter_units(self._db, article_id))

    def extraction(self, article_id: str) -> Extraction | None:
        """The stored extraction of one article, or None if it is not indexed."""
        row = self._db.execute(
            "SELECT extraction FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return extraction_from_dict(json.loads(row[0])) if row else None

    def extractions(self) -> Iterator[Extraction]:
        """Every stored extraction, oldest first."""
        for (raw,) in self._db.execute("SELECT extraction FROM articles ORDER BY rowid").fetchall():
            yield extraction_from_dict(json.loads(raw))

    def articles(self) -> list[Article]:
        """Every stored article, oldest first."""
        return [e.article for e in self.extractions()]

    def stats(self) -> dict[str, Any]:
        """Counts, model, dimension, index kind, generation and a consistency check."""
        with self._snapshot() as meta:
            counts = sql.counts(self._db)
            store = self._store
            return {
                "name": self.name,
                "path": str(self.path),
                "model": meta.get("model"),
                "dimension": int(meta["dimension"]) if meta.get("dimension") else None,
                "metric": METRIC,
                "kind": store.kind if store else None,
                "generation": int(meta["generation"]),
                "vectors": len(store) if store else 0,
                "consistent": (len(store) if store else 0) == counts["units"],
                "bytes": _folder_bytes(self.path),
                **counts,
            }

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _folder_bytes(folder: Path) -> int:
    """Bytes of the files in ``folder``; a writer's temp file may vanish while we count."""
    total = 0
    for path in folder.iterdir():
        try:
            total += path.stat().st_size if path.is_file() else 0
        except FileNotFoundError:
            continue
    return total
