"""Rule-based extraction speed in sentences per second on one core.

Reads the seed events and the tuning gold articles (never the held-out part), then
times two things over several rounds:

* the quote/speaker/attribution/claim part this project writes by rules
  (entities, attribution chains, quotes, claims without dates and numbers);
* the whole ``extract()``, including dates, numbers and event predicates.

Usage::

    .venv/bin/python benchmarks/extraction_speed.py [--rounds 20] [--markdown FILE]

The target is at least 2,000 sentences/s on one core for the rule-based part.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from pathlib import Path

from crosscheck.extract import extract
from crosscheck.extract.aliases import AliasTable
from crosscheck.extract.attribution import ChainResolver, attributions
from crosscheck.extract.claims import claims
from crosscheck.extract.entities import entities
from crosscheck.extract.quotes import quotes
from crosscheck.ingest import read_articles
from crosscheck.types import Article

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "fixtures" / "events", ROOT / "fixtures" / "extraction" / "tuning"]
TARGET = 2000  # sentences per second, from the issue


def _rules_only(article: Article, table: AliasTable) -> int:
    found = list(entities(article, aliases=table))
    chains = ChainResolver(article, list(attributions(article, entities=found, aliases=table)))
    found_quotes = list(quotes(article, entities=found, chains=chains))
    return len(list(claims(article, found_quotes, [], [], found, chains)))


def _time(articles: list[Article], rounds: int, run) -> tuple[list[float], list[float]]:
    """Sentences per second of CPU time and of wall-clock time, one figure per round.

    CPU time is the figure to read on a shared machine: wall-clock rates drop whenever
    other jobs hold the core, CPU-time rates do not.
    """
    sentences = sum(len(a.sentences) for a in articles)
    cpu, wall = [], []
    for _ in range(rounds):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        for article in articles:
            run(article)
        cpu.append(sentences / (time.process_time() - start_cpu))
        wall.append(sentences / (time.perf_counter() - start_wall))
    return cpu, wall


def main() -> None:
    """Measure and print; optionally write the Markdown page."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--markdown", type=Path, help="write the results page here")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    articles = list(read_articles(SOURCES).articles)
    sentences = sum(len(a.sentences) for a in articles)
    table = AliasTable.load()
    for article in {a.language: a for a in articles}.values():
        extract(article)  # warm the compiled patterns of every language in the input
        _rules_only(article, table)
    rules = _time(articles, args.rounds, lambda a: _rules_only(a, table))
    full = _time(articles, args.rounds, extract)
    rows = [
        ("entities + attribution + quotes + claims", rules),
        ("full extract() (with dates, numbers, events)", full),
    ]
    print(f"{len(articles)} articles, {sentences} sentences, {args.rounds} rounds, one core")
    for label, (cpu, wall) in rows:
        cpu_median, wall_median = statistics.median(cpu), statistics.median(wall)
        print(
            f"{label}: median {cpu_median:,.0f} sentences per CPU-second "
            f"(min {min(cpu):,.0f}); wall clock median {wall_median:,.0f}"
        )
    if args.markdown:
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        lines = [
            "# Extraction speed",
            "",
            "Measured by `benchmarks/extraction_speed.py` "
            f"(`--rounds {args.rounds}`), pinned to one core.",
            "",
            f"- Machine: {platform.machine()}, {os.cpu_count()} cores shared with other "
            f"jobs (load average {load:.1f} when measured), Python "
            f"{platform.python_version()}",
            f"- Input: {len(articles)} articles ({sentences} sentences): the seed events and "
            "the tuning gold articles; the held-out part is not read.",
            f"- Target: at least {TARGET:,} sentences/s for the rule-based part.",
            "- Sentences per CPU-second is the figure that does not depend on what else "
            "runs on the machine; wall-clock rates are lower whenever the core is shared.",
            "",
            "| part | median per CPU-second | min | median wall clock |",
            "|---|---:|---:|---:|",
        ]
        for label, (cpu, wall) in rows:
            lines.append(
                f"| {label} | {statistics.median(cpu):,.0f} | {min(cpu):,.0f} "
                f"| {statistics.median(wall):,.0f} |"
            )
        args.markdown.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
