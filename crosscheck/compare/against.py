"""Comparing against a persistent index: fetch the stored articles that tell the same claims."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from crosscheck.compare.units import build_units
from crosscheck.config import Settings
from crosscheck.errors import IndexStoreError
from crosscheck.types import Embedder, Extraction

# Stored units fetched per unit of the given articles. Each hit only nominates its
# article for the comparison; the alignment then runs on the whole articles, so a
# few hits per unit are enough to find every article of the same story.
K_INDEX_HITS = 8


def index_path(name: str, settings: Settings) -> Path:
    """The folder of index ``name``: a path as given, else under ``settings.index_dir``.

    >>> index_path("news", Settings(index_dir=Path("indexes")))
    PosixPath('indexes/news')
    """
    given = Path(name).expanduser()
    if given.is_dir() or "/" in name:
        return given
    return settings.index_dir / name


def related_extractions(
    name: str,
    extractions: Sequence[Extraction],
    *,
    embedder: Embedder,
    settings: Settings,
    k: int = K_INDEX_HITS,
) -> list[Extraction]:
    """Stored extractions whose units are near those of ``extractions`` (the given ones excluded).

    Raises ``IndexStoreError`` when the index is missing or was built with another model.
    """
    from crosscheck.index import Index

    path = index_path(name, settings)
    with Index.open(path) as index:
        if index.model_id and index.model_id != embedder.model_id:
            raise IndexStoreError(
                f"index was built with model {index.model_id!r}, this run uses "
                f"{embedder.model_id!r}",
                source=str(path),
                fix=f"run with --model {index.model_id} or rebuild the index",
            )
        given = {e.article.content_hash for e in extractions} | {e.article.id for e in extractions}
        texts = [u.text for u in build_units(extractions)]
        if not texts:
            return []
        vectors = np.asarray(embedder.embed(texts, kind="query"), dtype=np.float32)
        wanted: dict[str, None] = {}
        for vector in vectors:
            for hit in index.search(vector, k):
                if hit.article_id not in given:
                    wanted.setdefault(hit.article_id, None)
        found = []
        for article_id in wanted:
            ext = index.extraction(article_id)
            if ext is not None and ext.article.content_hash not in given:
                found.append(ext)
        return found
