"""Composed pages in other outlets' styles (text and HTML, id and en) against expectations.

The bodies were written first; the page chrome around them (menus, ads, related links,
captions, share widgets, credits) follows each outlet's layout. ``expected.json`` holds
per file the exact body paragraphs, title, outlet, publication time, language, credits.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck.ingest import read_articles
from crosscheck.types import Article

INGEST = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
EXPECTED = json.loads((INGEST / "expected.json").read_text(encoding="utf-8"))
# Strings of page chrome present in the composed pages; none may reach a body.
CHROME = (
    "Baca juga",
    "BACA JUGA",
    "ADVERTISEMENT",
    "Advertisement",
    "SCROLL TO",
    "Copyright",
    "Bagikan",
    "Komentar",
    "Terkait",
    "Related",
    "Read Next",
    "Pewarta",
    "Editor",
    "Editing by",
    "Google News",
    "Gambas",
    "contributed to this report",
    "Purchase Licensing",
    "(fby/agt)",
    "(rak/imk)",
)


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    result = read_articles([INGEST])
    assert result.skipped == ()
    return {Path(a.source).name: a for a in result.articles}


def test_directory_reads_exactly_the_articles(articles: dict[str, Article]) -> None:
    assert sorted(articles) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_body(articles: dict[str, Article], name: str) -> None:
    assert [p.text for p in articles[name].paragraphs] == EXPECTED[name]["paragraphs"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_chrome_in_body(articles: dict[str, Article], name: str) -> None:
    body = articles[name].body
    assert [c for c in CHROME if c in body] == []
    if name.endswith((".txt", ".md")):
        raw = (INGEST / name).read_text(encoding="utf-8")
        kept = EXPECTED[name]["paragraphs"]
        paragraphs = {p.text for p in articles[name].paragraphs}
        for line in filter(None, (line.strip() for line in raw.splitlines())):
            if not any(p in line for p in kept):
                assert line not in paragraphs
                if len(line.split()) >= 4:  # shorter menu words ("Indonesia") occur in prose
                    assert line not in body


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata(articles: dict[str, Article], name: str) -> None:
    article, expected = articles[name], EXPECTED[name]
    assert article.title == expected["title"]
    assert article.outlet == expected["outlet"]
    assert article.language == expected["language"]
    assert article.published is not None and article.published.tzinfo is not None
    assert article.published.isoformat() == expected["published"]
    assert [[c.label, c.value] for c in article.credits] == expected["credits"]
