"""Files of an index folder and how they are written: atomically, or not at all."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from crosscheck.errors import IndexStoreError
from crosscheck.index import db as sql

SCHEMA = "crosscheck.index/1"
DB_FILE = "index.sqlite"
MANIFEST_FILE = "manifest.json"
LOCK_FILE = ".lock"
METRIC = "inner_product"  # on L2-normalised vectors, i.e. cosine similarity


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    """Write JSON to a temp file, fsync it, and rename it over ``path``."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def manifest(
    name: str, meta: dict[str, str], counts: dict[str, int], generation: int,
    faiss_file: str | None, **extra: Any,
) -> dict[str, Any]:  # fmt: skip
    """The manifest of an index: model, dimension, metric, schema, generation and counts."""
    return {
        "schema": SCHEMA,
        "schema_version": sql.SCHEMA_VERSION,
        "name": name,
        "model": meta.get("model"),
        "dimension": int(meta["dimension"]) if meta.get("dimension") else None,
        "metric": METRIC,
        "generation": generation,
        "faiss_file": faiss_file,
        "counts": counts,
        "updated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        **extra,
    }


def create(path: Path) -> None:
    """Create an empty index atomically: build it in a temp sibling folder, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        db = sql.connect(tmp / DB_FILE)
        sql.create_schema(db)
        data = manifest(path.name, sql.get_meta(db), sql.counts(db), 0, None)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        (tmp / LOCK_FILE).touch()
        write_json_atomic(tmp / MANIFEST_FILE, data)
        if path.exists():
            path.rmdir()  # an empty folder the user made: replace it
        os.rename(tmp, path)
    except FileExistsError:
        pass  # another process created it first: use theirs
    except OSError as exc:
        if not (path / DB_FILE).is_file():
            raise IndexStoreError(
                f"cannot create the index ({exc})", source=str(path), fix="check permissions"
            ) from exc
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
