"""The SQLite half of a persistent index: articles, extractions, facts and embedded units.

SQLite is the source of truth: every unit row carries its vector as a blob, so the
FAISS file can always be rebuilt from it without re-embedding. A ``generation``
counter in ``meta`` is bumped in the same transaction as every change; the FAISS
file and manifest of the same generation are the only ones that match it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

import numpy as np

from crosscheck.index.units import PendingUnit, Unit
from crosscheck.types import Extraction

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    identity TEXT NOT NULL,          -- url, else source: what "the same article" means
    content_hash TEXT NOT NULL,
    outlet TEXT, url TEXT, title TEXT, published TEXT, language TEXT,
    extraction TEXT NOT NULL,        -- Extraction.to_dict() as JSON
    added TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_identity ON articles(identity);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);
CREATE TABLE IF NOT EXISTS units (
    vector_id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, ordinal INTEGER NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    language TEXT, outlet TEXT, published TEXT,
    vector BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS units_article ON units(article_id);
CREATE INDEX IF NOT EXISTS units_language ON units(language);
CREATE INDEX IF NOT EXISTS units_outlet ON units(outlet);
CREATE TABLE IF NOT EXISTS facts (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, ordinal INTEGER NOT NULL,   -- "date" | "number" | "entity"
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    value TEXT
);
CREATE INDEX IF NOT EXISTS facts_article ON facts(article_id);
"""

_UNIT_COLUMNS = (
    'u.vector_id, u.article_id, u.kind, u.ordinal, u.text, u.start, u."end", u.language, '
    "u.outlet, u.published, a.source, a.title"
)


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the index database in WAL mode with foreign keys on."""
    db = sqlite3.connect(str(path), timeout=60, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")  # a committed add survives a power cut too
    db.execute("PRAGMA foreign_keys=ON")
    return db


def create_schema(db: sqlite3.Connection) -> None:
    """Create the tables and the initial meta values (generation 0, no model yet)."""
    db.executescript(_SCHEMA)
    with db:
        db.executemany(
            "INSERT OR IGNORE INTO meta VALUES (?, ?)",
            [("schema_version", str(SCHEMA_VERSION)), ("generation", "0"), ("next_id", "1")],
        )


def get_meta(db: sqlite3.Connection) -> dict[str, str]:
    """All meta values (schema_version, generation, next_id, model, dimension)."""
    return dict(db.execute("SELECT key, value FROM meta").fetchall())


def set_meta(db: sqlite3.Connection, **values: object) -> None:
    """Set meta values inside the caller's transaction."""
    db.executemany(
        "INSERT OR REPLACE INTO meta VALUES (?, ?)", [(k, str(v)) for k, v in values.items()]
    )


def identity(extraction: Extraction) -> str:
    """Which stored article a new one replaces: same URL, else same source."""
    return extraction.article.url or extraction.article.source


def find_article(db: sqlite3.Connection, *, content_hash: str, ident: str) -> tuple[str, str]:
    """Return ``(status, old_id)``: ``same`` (hash indexed), ``changed`` (identity) or ``new``."""
    row = db.execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
    if row:
        return "same", row[0]
    row = db.execute("SELECT id FROM articles WHERE identity = ?", (ident,)).fetchone()
    return ("changed", row[0]) if row else ("new", "")


def delete_articles(db: sqlite3.Connection, article_ids: Sequence[str]) -> list[int]:
    """Delete articles (units and facts cascade); return the vector ids removed."""
    removed: list[int] = []
    for aid in article_ids:
        removed += [
            r[0] for r in db.execute("SELECT vector_id FROM units WHERE article_id = ?", (aid,))
        ]
        db.execute("DELETE FROM articles WHERE id = ?", (aid,))
    return removed


def insert_article(
    db: sqlite3.Connection,
    extraction: Extraction,
    units: Sequence[PendingUnit],
    vector_ids: Sequence[int],
    vectors: np.ndarray,
) -> None:
    """Insert one article with its extraction JSON, facts and embedded units."""
    a = extraction.article
    published = a.published.isoformat() if a.published else None
    db.execute(
        "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))",
        (
            a.id, a.source, identity(extraction), a.content_hash, a.outlet, a.url, a.title,
            published, a.language, json.dumps(extraction.to_dict(), ensure_ascii=False),
        ),
    )  # fmt: skip
    db.executemany(
        "INSERT INTO units VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (vid, a.id, u.kind, u.ordinal, u.text, u.start, u.end, a.language, a.outlet,
             published, np.asarray(v, np.float32).tobytes())
            for vid, u, v in zip(vector_ids, units, vectors, strict=True)
        ],
    )  # fmt: skip
    facts = [
        *(("date", i, d.text, d.start, d.end, d.value) for i, d in enumerate(extraction.dates)),
        *(("number", i, n.text, n.start, n.end, None if n.value is None else str(n.value))
          for i, n in enumerate(extraction.numbers)),
        *(("entity", i, e.text, e.start, e.end, e.canonical)
          for i, e in enumerate(extraction.entities)),
    ]  # fmt: skip
    db.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?)", [(a.id, *f) for f in facts])


def _unit(row: Sequence[object], score: float | None = None) -> Unit:
    from crosscheck.index.units import Hit

    values = list(row)
    values[9] = datetime.fromisoformat(values[9]) if values[9] else None  # type: ignore[arg-type]
    return Unit(*values) if score is None else Hit(*values, score=score)  # type: ignore[arg-type]


def units_by_id(db: sqlite3.Connection, ids: Sequence[int], scores: Sequence[float]) -> list[Unit]:
    """Hits for vector ids, in the given order; ids with no row (removed) are dropped."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"SELECT {_UNIT_COLUMNS} FROM units u JOIN articles a ON a.id = u.article_id "
        f"WHERE u.vector_id IN ({marks})",
        [int(i) for i in ids],
    )
    by_id = {row[0]: row for row in rows}
    return [_unit(by_id[i], float(s)) for i, s in zip(ids, scores, strict=True) if i in by_id]


def iter_units(db: sqlite3.Connection, article_id: str | None = None) -> Iterator[Unit]:
    """Every unit (optionally of one article), in vector-id order."""
    where, args = ("WHERE u.article_id = ?", (article_id,)) if article_id else ("", ())
    sql = (
        f"SELECT {_UNIT_COLUMNS} FROM units u JOIN articles a ON a.id = u.article_id "
        f"{where} ORDER BY u.vector_id"
    )
    for row in db.execute(sql, args):
        yield _unit(row)


def all_vectors(db: sqlite3.Connection, dimension: int) -> tuple[np.ndarray, np.ndarray]:
    """All (vector ids, vectors) stored in SQLite, for rebuilding the FAISS file."""
    rows = db.execute("SELECT vector_id, vector FROM units ORDER BY vector_id").fetchall()
    ids = np.array([r[0] for r in rows], dtype=np.int64)
    if not rows:
        return ids, np.zeros((0, dimension), np.float32)
    vectors = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32)
    return ids, vectors.reshape(len(rows), dimension)


def filtered_ids(db: sqlite3.Connection, lang: str | None, outlet: str | None) -> np.ndarray:
    """Vector ids of units matching the language and outlet filters."""
    clauses, args = [], []
    if lang:
        clauses.append("language = ?")
        args.append(lang)
    if outlet:
        clauses.append("lower(outlet) = lower(?)")
        args.append(outlet)
    sql = "SELECT vector_id FROM units WHERE " + " AND ".join(clauses)
    return np.array([r[0] for r in db.execute(sql, args)], dtype=np.int64)


def counts(db: sqlite3.Connection) -> dict[str, int]:
    """Article, unit and per-kind counts."""
    out = {
        "articles": db.execute("SELECT count(*) FROM articles").fetchone()[0],
        "units": db.execute("SELECT count(*) FROM units").fetchone()[0],
    }
    for kind, n in db.execute("SELECT kind, count(*) FROM units GROUP BY kind"):
        out[f"{kind}s"] = n
    out["facts"] = db.execute("SELECT count(*) FROM facts").fetchone()[0]
    return out
