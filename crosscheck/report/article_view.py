"""How ``crosscheck extract`` shows an article: metadata, credits, body, numbered sentences."""

from __future__ import annotations

import importlib
import importlib.util

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from crosscheck.types import Article, Extraction

FACTS_MODULE = "crosscheck.report.facts_view"


def _metadata(article: Article) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    published = article.published.isoformat() if article.published else "unknown"
    if article.metadata.get("published_zone") == "assumed":
        published += " (zone assumed)"
    rows = [
        ("outlet", article.outlet or "unknown"),
        ("published", published),
        ("language", article.language),
        ("source", article.source),
        ("url", article.url or "-"),
        ("id", article.id),
    ]
    if place := article.metadata.get("dateline_place"):
        rows.insert(1, ("dateline", str(place)))
    if standfirst := article.metadata.get("standfirst"):
        rows.insert(0, ("standfirst", str(standfirst)))
    for label, value in rows:
        grid.add_row(label, Text(value))
    for credit in article.credits:
        grid.add_row(f"credit: {credit.label}", Text(credit.value))
    return grid


def _body(article: Article) -> Table:
    table = Table(show_header=False, box=None, padding=(0, 1), expand=True)
    table.add_column(style="dim", justify="right", no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    for number, paragraph in enumerate(article.paragraphs, start=1):
        table.add_row(f"¶{number}", Text(paragraph.text))
    return table


def _sentences(article: Article) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("span", style="dim", justify="right", no_wrap=True)
    table.add_column("sentence", ratio=1, overflow="fold")
    for number, sentence in enumerate(article.sentences, start=1):
        table.add_row(str(number), f"{sentence.start}-{sentence.end}", Text(sentence.text))
    return table


def render_article(extraction: Extraction) -> RenderableType:
    """One article as a rich renderable: metadata panel, body, sentences, then its facts.

    >>> from rich.console import Console
    >>> from crosscheck.ingest.build import make_article
    >>> console = Console(width=60, color_system=None)
    >>> with console.capture() as out:
    ...     console.print(render_article(Extraction(make_article("Wang tiba.", language="id"))))
    >>> "1  0-10  Wang tiba." in out.get()
    True
    """
    article = extraction.article
    parts: list[RenderableType] = [
        Panel(_metadata(article), title=Text(article.title or "(no title)", style="bold")),
        Text(f"Body ({len(article.paragraphs)} paragraphs)", style="bold underline"),
        _body(article),
        Text(f"Sentences ({len(article.sentences)})", style="bold underline"),
        _sentences(article),
    ]
    if importlib.util.find_spec(FACTS_MODULE) is not None:
        facts = importlib.import_module(FACTS_MODULE).render_facts(extraction)
        parts += [Text("Facts", style="bold underline"), facts]
    return Group(*parts)
