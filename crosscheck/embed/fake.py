"""A tiny deterministic embedder (hashed character n-grams) for fast tests."""

from __future__ import annotations

import unicodedata
import zlib
from collections.abc import Sequence

import numpy as np

FAKE_PREFIX = "fake"  # model names "fake" or "fake:DIM" select this embedder
FAKE_DEFAULT_DIMENSION = 64
NGRAM = 3  # character trigrams: similar strings share most of them


class FakeEmbedder:
    """Hashed character trigrams -> signed buckets -> L2-normalised float32 vector.

    Deterministic across processes and machines (CRC32, not Python's salted ``hash``),
    needs no model, and gives near-duplicate texts high cosine similarity, which is
    all that index and pipeline tests need.

    >>> e = FakeEmbedder(dimension=16)
    >>> v = e.embed(["Wang tiba di Pyongyang", "Wang tiba di Pyongyang."])
    >>> v.shape, round(float(v[0] @ v[1]), 2) > 0.8
    ((2, 16), True)
    """

    def __init__(self, dimension: int = FAKE_DEFAULT_DIMENSION) -> None:
        if dimension < 2:
            raise ValueError(f"dimension must be at least 2, got {dimension}")
        self.dimension = dimension
        self.model_id = f"{FAKE_PREFIX}:{dimension}"
        self.calls = 0  # texts embedded so far; lets tests see what the cache saved

    def embed(self, texts: Sequence[str], *, kind: str = "query") -> np.ndarray:
        """Embed ``texts``; ``kind`` is accepted for the protocol and ignored."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            norm = unicodedata.normalize("NFKC", text).casefold()
            padded = f"  {norm} "
            for i in range(len(padded) - NGRAM + 1):
                h = zlib.crc32(padded[i : i + NGRAM].encode("utf-8"))
                out[row, h % self.dimension] += 1.0 if (h >> 16) & 1 else -1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        self.calls += len(texts)
        return out / norms
