"""Cross-lingual retrieval: is an Indonesian claim's English translation its nearest English claim?

Data: benchmarks/data/id_en_claims.tsv (50 pairs written for this benchmark, with
topic groups of deliberate near-misses). For every Indonesian claim the English
claims are ranked by cosine similarity; a hit is its own translation at rank 1.
Run with the default model (or --model NAME) and record in docs/benchmarks/embedding.md.

    .venv/bin/python benchmarks/retrieval_crosslingual.py
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crosscheck.config import Settings
from crosscheck.embed import load_embedder

DATA = Path(__file__).resolve().parent / "data" / "id_en_claims.tsv"
DISTRACTORS = DATA.with_name("en_distractors.tsv")
TARGET_RANK1 = 0.90  # the target: counterpart at rank 1 for >= 90% of claims


def load_pairs(path: Path = DATA) -> list[dict[str, str]]:
    """The rows of a TSV file with a header, skipping comment lines."""
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def ranks(queries: np.ndarray, targets: np.ndarray, extra: np.ndarray | None = None) -> np.ndarray:
    """1-based rank of target i for query i among all targets (and ``extra`` distractors)."""
    pool = targets if extra is None else np.vstack([targets, extra])
    sims = queries @ pool.T
    own = np.diag(sims[:, : len(targets)])
    return (sims > own[:, None]).sum(axis=1) + 1


def report(name: str, r: np.ndarray, pairs: list[dict[str, str]], direction: str) -> None:
    n = len(r)
    top1 = int((r == 1).sum())
    print(
        f"{name:<28} {direction}: rank1 {top1}/{n} = {top1 / n:.1%}  top3 {int((r <= 3).sum())}/{n}"
        f"  MRR {float(np.mean(1 / r)):.3f}",
        flush=True,
    )
    for i in np.flatnonzero(r > 1):
        print(
            f"    miss {pairs[i]['pair']} ({pairs[i]['group']}) rank {r[i]}: {pairs[i]['id'][:70]}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="model name or folder (default: config)")
    args = parser.parse_args()
    pairs = load_pairs()
    settings = Settings.load(model=args.model)
    embedder = load_embedder(settings, cache=False)
    ind = embedder.embed([p["id"] for p in pairs], kind="query")
    eng = embedder.embed([p["en"] for p in pairs], kind="query")
    print(f"model {embedder.model_id}, {len(pairs)} pairs, "
          f"{len({p['group'] for p in pairs})} topic groups")  # fmt: skip
    r_id = ranks(ind, eng)
    report("query:/query: (symmetric)", r_id, pairs, "id->en")
    report("query:/query: (symmetric)", ranks(eng, ind), pairs, "en->id")
    eng_passage = embedder.embed([p["en"] for p in pairs], kind="passage")
    report("query:/passage:", ranks(ind, eng_passage), pairs, "id->en")
    distractors = load_pairs(DISTRACTORS)
    hard = embedder.embed([d["en"] for d in distractors], kind="query")
    print(f"with {len(distractors)} same-topic, different-fact English distractors in the pool:")
    report("query:/query: + distractors", ranks(ind, eng, hard), pairs, "id->en")
    rate = float((r_id == 1).mean())
    verdict = "meets" if rate >= TARGET_RANK1 else "MISSES"
    print(f"target rank1 >= {TARGET_RANK1:.0%} (id->en, symmetric): {verdict} ({rate:.1%})")


if __name__ == "__main__":
    main()
