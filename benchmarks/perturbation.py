"""Perturbation benchmark: per-kind recall on one-change copies, false flags on rewrites.

Reads fixtures/perturb/cases.jsonl (made by benchmarks/make_perturbations.py), runs
``compare`` on each (original, altered) pair through the whole pipeline (ingest,
extraction, embedding, alignment, rules) and reports, per split (calibration,
evaluation, and fresh: paragraphs written after the rules were tuned):

- recall per change: the share of one-change cases where the expected kind was found
  (a negation case counts only when the drift is classified ``negation_flip``);
- false flags on rewrites: the share of meaning-preserving rewrites with any finding
  other than an agreement;
- extra kinds on one-change cases: findings of another (non-agreement) kind.

``--calibrate`` sweeps the alignment support threshold on the calibration split.

    .venv/bin/python benchmarks/perturbation.py                  # real model, both splits
    .venv/bin/python benchmarks/perturbation.py --calibrate
    .venv/bin/python benchmarks/perturbation.py --model fake     # fast smoke run
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crosscheck.compare import compare  # noqa: E402
from crosscheck.config import Settings  # noqa: E402
from crosscheck.embed import load_embedder  # noqa: E402
from crosscheck.ingest import article_from_text  # noqa: E402
from crosscheck.types import FindingKind  # noqa: E402

CASES = ROOT / "fixtures" / "perturb" / "cases.jsonl"
SWEEP = (0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50)


def load(path: Path = CASES) -> list[dict]:
    """The cases, one JSON object per line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _article(case: dict, side: str):  # type: ignore[no-untyped-def]
    record = dict(case[side])
    text = record.pop("text")
    return article_from_text(text, source=f"{case['id']}/{side}", **record)


def run_case(case: dict, settings: Settings, embedder, min_confidence: float) -> dict:  # type: ignore[no-untyped-def]
    """Compare one pair; return what was expected and what was found."""
    articles = [_article(case, "a"), _article(case, "b")]
    report = compare(articles, settings=settings, embedder=embedder, min_confidence=min_confidence)
    found = [f for f in report.findings if f.kind is not FindingKind.AGREEMENT]
    expect = case["expect"]
    hit = None
    if expect is not None:
        hits = [f for f in found if f.kind.value == expect]
        if case["change"] == "negation":
            hits = [f for f in hits if f.detail.get("drift") == "negation_flip"]
        hit = bool(hits)
    extra = sorted({f.kind.value for f in found if f.kind.value != expect})
    return {"id": case["id"], "change": case["change"], "hit": hit, "extra": extra}


def score(results: list[dict]) -> dict:
    """Recall per change, false-flag rate on rewrites, extra kinds on changes."""
    by_change: dict[str, list[dict]] = defaultdict(list)
    for r in results:
        by_change[r["change"]].append(r)
    recall = {
        change: (sum(r["hit"] for r in rs), len(rs))
        for change, rs in sorted(by_change.items())
        if rs[0]["hit"] is not None
    }
    rewrites = [r for r in results if r["hit"] is None]
    flagged = [r for r in rewrites if r["extra"]]
    changes = [r for r in results if r["hit"] is not None]
    extra = [r for r in changes if r["extra"]]
    return {
        "recall": recall,
        "false_flags": (len(flagged), len(rewrites)),
        "false_flag_cases": [(r["id"], r["extra"]) for r in flagged],
        "extra_kinds": (len(extra), len(changes)),
        "extra_cases": [(r["id"], r["extra"]) for r in extra],
        "missed": [r["id"] for r in changes if not r["hit"]],
    }


def _fmt(pair: tuple[int, int]) -> str:
    n, d = pair
    return f"{n / d:.2f} ({n}/{d})" if d else "n/a"


def print_scores(name: str, scores: dict, verbose: bool) -> None:
    """A Markdown table of one split's scores."""
    print(f"\n### {name}\n\n| measure | value |\n|---|---|")
    for change, pair in scores["recall"].items():
        print(f"| recall: {change} | {_fmt(pair)} |")
    print(f"| false flags on rewrites | {_fmt(scores['false_flags'])} |")
    print(f"| one-change cases with another kind too | {_fmt(scores['extra_kinds'])} |")
    if verbose:
        print("\nmissed:", ", ".join(scores["missed"]) or "none")
        for case_id, kinds in scores["false_flag_cases"]:
            print(f"false flag: {case_id}: {kinds}")
        for case_id, kinds in scores["extra_cases"]:
            print(f"extra: {case_id}: {kinds}")


def seed_supports(settings: Settings, embedder) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    """Support of the mutual-best claim pairs over the five seeds with no threshold.

    Pairs across different events are known non-counterparts; pairs within one event
    (rmol and MalangNetwork) are candidate counterparts. Returns (same, different).
    """
    from crosscheck.compare.units import build_units
    from crosscheck.extract import extract
    from crosscheck.index import memory_store
    from crosscheck.ingest import read_articles

    align = importlib.import_module("crosscheck.compare.align")
    paths = sorted(str(p) for p in (ROOT / "fixtures" / "events").glob("*/0[0-9][0-9]_*.txt"))
    articles = read_articles(paths, settings=settings).articles
    extractions = [extract(a) for a in articles]
    units = build_units(extractions)
    vectors = embedder.embed([u.text for u in units], kind="query")
    kept = align.SUPPORT_MIN
    align.SUPPORT_MIN = 0.0
    try:
        result = align.align(
            extractions, units, vectors, memory_store(vectors.shape[1]), model_id=embedder.model_id
        )
    finally:
        align.SUPPORT_MIN = kept
    same, different = [], []
    for pair in result.pairs:
        if units[pair.a].kind == "quote":
            continue
        events = {Path(articles[units[u].article].source).parent.name for u in (pair.a, pair.b)}
        (same if len(events) == 1 else different).append(pair.support)
    return sorted(same), sorted(different)


def measure(cases: list[dict], settings: Settings, embedder) -> dict:  # type: ignore[no-untyped-def]
    """Where the true counterparts stand, on one split (for the alignment constants).

    In each case the counterpart of a unit of copy A's first paragraph is the unit of
    the same kind in copy B's first paragraph sharing most words. Reports the worst
    nearest-neighbour rank and cosine of a counterpart, the lowest masked word overlap
    of claim counterparts and word similarity of quote counterparts, and the highest
    word similarity between two quotes that are not counterparts.
    """
    from crosscheck.compare.units import build_units
    from crosscheck.extract import extract
    from crosscheck.index import memory_store

    align = importlib.import_module("crosscheck.compare.align")
    worst_rank, cosines, lexical, quotes, other_quotes = 0, [], [], [], []
    for case in cases:
        if case["change"] == "noise_lines":
            continue  # copy B starts with inserted lines, not with the base paragraph
        articles = [_article(case, "a"), _article(case, "b")]
        extractions = [extract(a) for a in articles]
        units = build_units(extractions)
        vectors = embedder.embed([u.text for u in units], kind="query")
        near = align.candidates(units, vectors, memory_store(vectors.shape[1]), k=20)
        firsts = [a.paragraphs[0] for a in articles]

        def first(unit, firsts=firsts):  # type: ignore[no-untyped-def]
            return unit.start < firsts[unit.article].end

        for ua in (u for u in units if u.article == 0 and first(u)):
            mates = [u for u in units if u.article == 1 and u.kind == ua.kind and first(u)]
            if not mates:
                continue
            mate = max(mates, key=lambda u: len(u.words & ua.words))
            hits = [other for other, _ in near[ua.id]]
            if mate.id in hits:
                worst_rank = max(worst_rank, hits.index(mate.id) + 1)
                cosines.append(dict(near[ua.id])[mate.id])
            else:
                worst_rank = 99
            if ua.kind == "quote":
                quotes.append(align.quote_similarity(ua.text, mate.text))
                for other in units:
                    if other.article == 1 and other.kind == "quote" and other.id != mate.id:
                        other_quotes.append(align.quote_similarity(ua.text, other.text))
            else:
                weights = align.Rarity.of(units)
                lexical.append(align.weighted_overlap(ua.words, mate.words, weights.words))
    return {
        "worst rank of a counterpart": worst_rank,
        "lowest counterpart cosine": round(min(cosines), 3),
        "lowest claim counterpart word overlap": round(min(lexical), 3),
        "lowest quote counterpart similarity": round(min(quotes), 3),
        "highest similarity of two different quotes": round(max(other_quotes), 3),
        "counted": (len(cosines), len(lexical), len(quotes), len(other_quotes)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="embedding model (default: settings)")
    parser.add_argument(
        "--split", choices=["calibration", "evaluation", "fresh", "all"], default="all"
    )
    parser.add_argument("--min-confidence", type=float, default=0.0)
    parser.add_argument("--calibrate", action="store_true", help="sweep SUPPORT_MIN")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--measure", action="store_true", help="counterpart figures")
    args = parser.parse_args()
    settings = Settings.load(model=args.model, progress=False)
    embedder = load_embedder(settings)
    cases = load()
    splits = ["calibration", "evaluation", "fresh"] if args.split == "all" else [args.split]
    if args.measure:
        chosen = [c for c in cases if c["split"] == "calibration"]
        for name, value in measure(chosen, settings, embedder).items():
            print(f"{name}: {value}")
        return
    if args.calibrate:
        same, different = seed_supports(settings, embedder)
        print("support of mutual-best claim pairs on the five seeds (no threshold):")
        print(f"  same event ({len(same)}): {[round(x, 3) for x in same]}")
        print(f"  different events ({len(different)}): {[round(x, 3) for x in different]}\n")
        align = importlib.import_module("crosscheck.compare.align")
        calibration = [c for c in cases if c["split"] == "calibration"]
        print("| SUPPORT_MIN | mean recall | min recall | false flags | extra kinds |")
        print("|---|---|---|---|---|")
        for value in SWEEP:
            align.SUPPORT_MIN = value
            s = score([run_case(c, settings, embedder, args.min_confidence) for c in calibration])
            rates = [n / d for n, d in s["recall"].values() if d]
            print(
                f"| {value:.2f} | {sum(rates) / len(rates):.3f} | {min(rates):.3f} | "
                f"{_fmt(s['false_flags'])} | {_fmt(s['extra_kinds'])} |"
            )
        return
    print(f"model {embedder.model_id}, min confidence {args.min_confidence}, {CASES.name}")
    for split in splits:
        chosen = [c for c in cases if c["split"] == split]
        start = time.perf_counter()
        results = [run_case(c, settings, embedder, args.min_confidence) for c in chosen]
        seconds = time.perf_counter() - start
        print_scores(
            f"{split} split: {len(chosen)} cases, {seconds:.1f} s", score(results), args.verbose
        )


if __name__ == "__main__":
    main()
