"""Speed of the rule-based date, number and event-predicate extractors, in sentences/s.

Reads the seed articles and the tuning part of the extraction gold set, then runs
``dates()``, ``numbers()`` and ``predicates()`` over them repeatedly on one core and
prints sentences per second of CPU time (the process's own time, so that other jobs
on a shared machine do not count) for each extractor and for all three together. Patterns are
compiled once per language (first call), so a warm-up pass runs before timing.

    .venv/bin/python benchmarks/extraction_speed_dates_numbers.py
    .venv/bin/python benchmarks/extraction_speed_dates_numbers.py --repeat 20
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from crosscheck.extract import datespans  # noqa: E402
from crosscheck.extract.dates import dates  # noqa: E402
from crosscheck.extract.events import predicates  # noqa: E402
from crosscheck.extract.numbers import numbers  # noqa: E402
from crosscheck.ingest import read_articles  # noqa: E402
from crosscheck.types import Article  # noqa: E402

SOURCES = (ROOT / "fixtures" / "events", ROOT / "fixtures" / "extraction" / "tuning")
# The target from issue 3: the rule-based extractors together on one core.
TARGET_SENTENCES_PER_SECOND = 2000


def _articles() -> list[Article]:
    result = read_articles([str(p) for p in SOURCES if p.exists()])
    return list(result.articles)


def _time(
    run: Callable[[Article], Any], articles: Sequence[Article], repeat: int
) -> tuple[float, float]:
    """(CPU seconds of this process, wall seconds) for ``repeat`` passes."""
    for article in articles:  # warm-up: compile the language tables
        run(article)
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for article in articles:
            # numbers() reuses the date spans dates() found in the same text; a new pass
            # must not reuse them, or repeats would measure a cache.
            datespans._find.cache_clear()
            run(article)
    return time.process_time() - cpu, time.perf_counter() - wall


def main(argv: Sequence[str] | None = None) -> int:
    """Print sentences/s per extractor; see ``--help``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="passes over the articles")
    args = parser.parse_args(argv)
    articles = _articles()
    n_sentences = sum(len(a.sentences) for a in articles)
    runs: dict[str, Callable[[Article], Any]] = {
        "dates": lambda a: list(dates(a)),
        "numbers": lambda a: list(numbers(a)),
        "predicates": lambda a: list(predicates(a.body, language=a.language)),
        "all three": lambda a: (list(dates(a)), list(numbers(a))),
    }
    print(f"{len(articles)} articles, {n_sentences} sentences, {args.repeat} passes, one core")
    print("  (sentences per second of this process's CPU time)")
    for name, run in runs.items():
        cpu, wall = _time(run, articles, args.repeat)
        rate = n_sentences * args.repeat / cpu
        print(f"  {name:12s} {rate:10,.0f} sentences/s  ({cpu:.2f} s CPU, {wall:.2f} s wall)")
    print(f"  target       {TARGET_SENTENCES_PER_SECOND:10,d} sentences/s (all three)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
