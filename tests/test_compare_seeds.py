"""compare on the real seed articles with the real default model (slow: builds the model once)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crosscheck.compare import compare
from crosscheck.compare.units import same_name
from crosscheck.config import Settings
from crosscheck.embed import load_embedder
from crosscheck.ingest import read_articles
from crosscheck.types import Embedder, FindingKind, Report

pytestmark = pytest.mark.slow
K = FindingKind


@pytest.fixture(scope="session")
def real_embedder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Embedder]:
    """The default multilingual-e5-small, built once into a temporary cache."""
    cache = tmp_path_factory.mktemp("compare-model")
    yield load_embedder(Settings(cache_dir=cache, progress=False))


@pytest.fixture(scope="module")
def visit(seed_paths: dict[str, Path], real_embedder: Embedder) -> Report:
    """rmol (000, credits KCNA) against MalangNetwork (003, credits AP News)."""
    paths = [str(seed_paths["000"]), str(seed_paths["003"])]
    articles = read_articles(paths).articles
    assert len(articles) == 2
    return compare(list(articles), settings=Settings(progress=False), embedder=real_embedder)


def _sources(report: Report, finding) -> list[str]:  # type: ignore[no-untyped-def]
    by_id = {a.id: Path(a.source).name[:3] for a in report.articles}
    return [by_id[e.article] for e in finding.claims]


def test_kcna_vs_ap_news_is_an_attribution_difference(visit: Report) -> None:
    found = [f for f in visit.findings if f.kind is K.ATTRIBUTION_CONFLICT]
    assert len(found) == 1, [f.summary for f in visit.findings]
    finding = found[0]
    values = dict(zip(_sources(visit, finding), (e.value for e in finding.claims), strict=True))
    assert same_name(values["000"], "KCNA") and same_name(values["003"], "AP News")
    assert "AP" in finding.claims[1].evidence or "AP" in finding.claims[0].evidence
    # the credits are article-wide: the reason names the claim both articles tell
    shared = finding.detail["shared_claim"]
    assert "both tell: " in finding.summary and shared[:40] in finding.summary
    assert "Sun Weidong" in shared or "Wakil Menteri Luar" in shared


def test_shared_facts_are_agreements(visit: Report) -> None:
    agreements = [f for f in visit.findings if f.kind is K.AGREEMENT]
    assert agreements
    assert all(sorted(_sources(visit, f)) == ["000", "003"] for f in agreements)


def test_thursday_arrival_vs_friday_meeting_is_not_a_date_conflict(visit: Report) -> None:
    conflicts = [f for f in visit.findings if f.kind is K.DATE_CONFLICT]
    assert conflicts == [], [(f.summary, [e.evidence for e in f.claims]) for f in conflicts]


def test_the_friday_meeting_date_is_an_agreement(visit: Report) -> None:
    dated = [
        f
        for f in visit.findings
        if f.kind is K.AGREEMENT and any(e.value == "2024-01-26" for e in f.claims)
    ]
    assert dated, [f.summary for f in visit.findings]


def test_unrelated_events_raise_no_conflicts(
    seed_paths: dict[str, Path], real_embedder: Embedder
) -> None:
    """All five seeds at once: findings never pair articles of different events."""
    articles = read_articles([str(p) for p in seed_paths.values()]).articles
    report = compare(list(articles), settings=Settings(progress=False), embedder=real_embedder)
    event = {a.id: Path(a.source).parent.name for a in report.articles}
    crossing = [
        (f.kind.value, f.summary)
        for f in report.findings
        if f.kind is not K.AGREEMENT and len({event[e.article] for e in f.claims}) > 1
    ]
    assert crossing == []
