"""The gate catches a broken extractor: real compare on the real fixtures, dates removed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import crosscheck.extract.dates
from crosscheck.config import Settings
from crosscheck.embed import FakeEmbedder
from crosscheck.extract import extract
from crosscheck.ingest.build import make_article
from crosscheck.regress import RegressResult, regress
from crosscheck.regress_floors import check, fixtures_digest, repin
from crosscheck.types import Article, DateMention

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _run() -> RegressResult:
    # the fake embedder: what is tested here is the gate, not the model's alignment
    settings = Settings(model="fake", progress=False)
    return regress(FIXTURES, settings=settings, embedder=FakeEmbedder())


@pytest.fixture(scope="module")
def healthy() -> RegressResult:
    return _run()


def _no_dates(article: Article, **options: object) -> Iterator[DateMention]:
    """A deliberately broken date extractor: finds nothing."""
    return iter(())


def test_a_date_extractor_that_finds_nothing_fails_the_gate(
    healthy: RegressResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    digest = fixtures_digest(FIXTURES)
    floors = repin(None, healthy, digest)
    assert floors.floors.get("weekday_mismatch.recall") == 1.0  # the healthy run finds it
    # against its own floors a run can fail only on trap hits, never on a figure
    assert not [f for f in check(healthy, floors, digest) if not f.check.startswith("trap:")]

    monkeypatch.setattr(crosscheck.extract.dates, "dates", _no_dates)
    probe = make_article("Ia tiba pada Jumat (26/1/2024).", language="id")
    assert extract(probe).dates == ()  # the break took effect

    broken = _run()
    failed = {f.check for f in check(broken, floors, digest)}
    assert "floor:weekday_mismatch.recall" in failed
    assert "floor:overall.recall" in failed
