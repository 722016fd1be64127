"""compare: align claims and quotes across articles and report typed agreements and conflicts.

>>> from crosscheck.compare import compare  # doctest: +SKIP
>>> report = compare(["a.txt", "b.txt"])  # doctest: +SKIP
>>> report.to_dict()["schema"]  # doctest: +SKIP
'crosscheck.report/1'
"""

from __future__ import annotations

import dataclasses
import sys
import time
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from crosscheck.compare.align import K_NEIGHBOURS, Alignment, align
from crosscheck.compare.attribution import attribution_findings
from crosscheck.compare.findings import (
    PairResult,
    compare_dates,
    compare_marked_quotes,
    compare_numbers,
    compare_quotes,
    weekday_findings,
)
from crosscheck.compare.summary import agreement_findings, order_findings
from crosscheck.compare.units import build_units
from crosscheck.config import Settings
from crosscheck.extract.aliases import AliasTable
from crosscheck.types import Article, Embedder, Extraction, Finding, Report, Skipped, VectorStore

__all__ = ["compare", "compare_extractions"]


def _memory_store(dimension: int) -> VectorStore:
    from crosscheck.index import memory_store

    return memory_store(dimension)


def compare_extractions(
    extractions: Sequence[Extraction],
    *,
    embedder: Embedder,
    store: VectorStore | None = None,
    min_confidence: float = 0.0,
    skipped: Sequence[Skipped] = (),
    k: int = K_NEIGHBOURS,
    aliases: Sequence[Path] = (),
) -> Report:
    """Compare already extracted articles; the core of :func:`compare`.

    ``aliases`` are the user alias files the articles were extracted with: a body they
    name is one body, like a body of the built-in tables (see ``attribution``).

    >>> from crosscheck.embed import FakeEmbedder
    >>> compare_extractions([], embedder=FakeEmbedder(8)).findings
    ()
    """
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    # 1. units: the claims (or sentences) and quotes of every article
    units = build_units(extractions)
    # 2. embeddings, symmetric ("query") prefix for e5-style models
    texts = [u.text for u in units]
    vectors = (
        np.asarray(embedder.embed(texts, kind="query"), dtype=np.float32)
        if texts
        else np.zeros((0, embedder.dimension), dtype=np.float32)
    )
    timings["embed"] = time.perf_counter() - clock
    # 3. alignment: nearest neighbours from other articles, rescored on shared facts
    if store is None:
        store = _memory_store(vectors.shape[1] if len(vectors) else embedder.dimension)
    alignment = align(extractions, units, vectors, store, model_id=embedder.model_id, k=k)
    timings["align"] = time.perf_counter() - clock - timings["embed"]
    # 4. rules on each aligned pair, then per article and per article pair
    findings, results = _pair_findings(extractions, alignment)
    for ext in extractions:
        findings.extend(weekday_findings(ext))
    findings.extend(
        attribution_findings(
            extractions,
            alignment.units,
            alignment.pairs,
            results,
            aliases=AliasTable.load(tuple(aliases)),
        )
    )
    # 5. clusters without conflicts become agreements
    findings.extend(agreement_findings(extractions, alignment, results))
    # 6. threshold, de-duplicate, order
    kept = order_findings(f for f in findings if f.confidence >= min_confidence)
    timings["total"] = time.perf_counter() - clock
    stats: dict[str, Any] = {
        "model": embedder.model_id,
        "units": len(units),
        "aligned_pairs": len(alignment.pairs),
        "clusters": len(alignment.clusters),
        "min_confidence": min_confidence,
        "seconds": {name: round(value, 3) for name, value in timings.items()},
    }
    return Report(
        articles=tuple(e.article for e in extractions),
        findings=tuple(kept),
        skipped=tuple(skipped),
        stats=stats,
    )


def _pair_findings(
    extractions: Sequence[Extraction], alignment: Alignment
) -> tuple[list[Finding], dict[tuple[int, int], PairResult]]:
    """Run the per-kind rules on every aligned pair; return findings and per-pair results."""
    findings: list[Finding] = []
    results: dict[tuple[int, int], PairResult] = {}
    units = alignment.units
    for pair in alignment.pairs:
        ua, ub = units[pair.a], units[pair.b]
        ea, eb = extractions[ua.article], extractions[ub.article]
        if ua.kind == "quote":
            result = compare_quotes(pair, ua, ea, ub, eb)
        else:
            result = compare_dates(pair, ua, ea, ub, eb)
            numbers = compare_numbers(pair, ua, ea, ub, eb)
            quoted = compare_marked_quotes(pair, ua, ea, ub, eb)
            for extra in (numbers, quoted):
                result.findings.extend(extra.findings)
                result.agreed.extend(extra.agreed)
        results[(pair.a, pair.b)] = result
        findings.extend(result.findings)
    return findings, results


def compare(
    sources: Sequence[str | Path | Article],
    *,
    settings: Settings | None = None,
    embedder: Embedder | None = None,
    against: str | None = None,
    min_confidence: float = 0.0,
) -> Report:
    """Cross-check articles: read, extract, align, and report agreements and conflicts.

    ``sources`` are paths, URLs, ``-`` or ready ``Article`` records. ``against`` names
    a persistent index whose articles are compared too. Unreadable inputs are listed
    in ``Report.skipped``, never dropped silently.

    >>> from crosscheck.embed import FakeEmbedder
    >>> compare([], embedder=FakeEmbedder(8)).findings
    ()
    """
    from crosscheck.extract import extract

    settings = settings or Settings.load()
    # 1. read the inputs that are not articles yet
    articles: list[Article] = [s for s in sources if isinstance(s, Article)]
    paths = [str(s) for s in sources if not isinstance(s, Article)]
    skipped: list[Skipped] = []
    if paths:
        from crosscheck.ingest import read_articles

        result = read_articles(paths, settings=settings)
        articles.extend(result.articles)
        skipped.extend(result.skipped)
    # 2. extraction
    extractions = [extract(a, aliases=settings.aliases) for a in articles]
    # 3. embedder: the configured model behind the embedding cache
    if embedder is None:
        from crosscheck.embed import load_embedder

        embedder = load_embedder(settings)
    # 4. the stored articles of an index that tell the same claims, when asked
    focus: set[str] | None = None
    if against:
        from crosscheck.compare.against import related_extractions

        focus = {e.article.id for e in extractions}
        extractions += related_extractions(
            against, extractions, embedder=embedder, settings=settings
        )
    report = compare_extractions(
        extractions,
        embedder=embedder,
        min_confidence=min_confidence,
        skipped=skipped,
        aliases=settings.aliases,
    )
    if focus is None:
        return report
    # 5. against an index, only findings that involve a given article are news
    kept = tuple(f for f in report.findings if any(e.article in focus for e in f.claims))
    return dataclasses.replace(report, findings=kept, stats={**report.stats, "against": against})


class _CallableModule(types.ModuleType):
    """Lets ``crosscheck.compare(...)`` work once this package has been imported too
    (importing a subpackage makes it the ``compare`` attribute of ``crosscheck``)."""

    def __call__(self, *args: Any, **kwargs: Any) -> Report:
        return compare(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
