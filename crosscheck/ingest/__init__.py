"""Ingestion: read articles from files, directories, stdin and URLs into clean ``Article`` records.

>>> from crosscheck.ingest import read_articles
>>> result = read_articles(["fixtures/events/2024-10-china-dprk-75-years"])
>>> [a.outlet for a in result.articles], result.skipped
(['Tempo'], ())
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crosscheck.config import Settings
from crosscheck.errors import EmptyInputError, InputError
from crosscheck.ingest.build import make_article
from crosscheck.ingest.clean import clean_page
from crosscheck.ingest.dateline import parse_published, with_zone
from crosscheck.ingest.forms import KNOWN_FIELDS, PageRecord, parse
from crosscheck.ingest.language import detect_language
from crosscheck.ingest.outlets import canonical_outlet, outlet_from_url, outlet_utc_offset
from crosscheck.ingest.sources import expand, load
from crosscheck.lang import table
from crosscheck.types import Article, Credit, Skipped

__all__ = ["IngestResult", "article_from_text", "read_articles"]


@dataclasses.dataclass(frozen=True)
class IngestResult:
    """The articles read, in input order, and every input that could not be read."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]


_BUG_FIX = "save the input as plain text and retry; please report the input that failed"


def _skipped(exc: InputError, source: str) -> Skipped:
    return Skipped(source=exc.source or source, reason=exc.reason, fix=exc.fix or "")


def read_articles(
    sources: Sequence[str | Path], *, settings: Settings | None = None
) -> IngestResult:
    """Read every source into articles; bad inputs become ``Skipped`` records, never errors.

    ``sources`` are files, directories (read recursively in sorted order, skipping
    expectation files), ``"-"`` for stdin, and http(s) URLs. ``settings`` is accepted
    for symmetry with the other stages; ingestion has no tunable setting yet.

    >>> read_articles(["no/such/file.txt"]).skipped[0].reason
    'no such file or directory'
    """
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for given in sources:
        expanded = list(expand(str(given)))
        if not expanded:
            skipped.append(
                Skipped(
                    str(given), "directory holds no article files", "pass a directory of articles"
                )
            )
        for source in expanded:
            try:
                records = parse(load(source))
            except InputError as exc:
                skipped.append(_skipped(exc, source))
                continue
            except Exception as exc:  # a parser bug on odd input must not end the batch
                skipped.append(Skipped(source, f"could not be read ({exc!r})", _BUG_FIX))
                continue
            for record in records:
                if isinstance(record, InputError):
                    skipped.append(_skipped(record, source))
                    continue
                try:
                    articles.append(_article(record))
                except InputError as exc:
                    skipped.append(_skipped(exc, record.source))
                except Exception as exc:  # same: report the input, keep going
                    skipped.append(Skipped(record.source, f"could not be read ({exc!r})", _BUG_FIX))
    return IngestResult(tuple(articles), tuple(skipped))


def article_from_text(text: str, *, source: str = "<text>", **fields: Any) -> Article:
    """Clean one page dump held in memory and build its article (fields as in front matter).

    >>> a = article_from_text("Jakarta (ANTARA) - Harga beras naik lagi di pasar induk pada Senin.")
    >>> a.outlet, a.body
    ('Antara', 'Harga beras naik lagi di pasar induk pada Senin.')
    """
    return _article(PageRecord(source, text, dict(fields), "text"))


def _article(record: PageRecord) -> Article:
    # 1. Remove the page chrome; keep title, dateline, outlet signature and credits.
    # JSON fields hold the article by contract: no header zone to skip (a page dump has one).
    page = clean_page(
        record.text,
        has_header=record.form not in ("json", "jsonl"),
        title=record.fields.get("title") or None,
    )
    body = "\n\n".join(page.paragraphs)
    if not body.strip():
        raise EmptyInputError(
            "no article text left after removing page chrome (menus, links, captions)",
            source=record.source,
            fix="check that the input is a news article with at least one paragraph of prose",
        )
    fields = record.fields
    # 2. Metadata the input states wins over what the text suggests.
    url = fields.get("url") or None
    given_outlet = fields.get("outlet")
    outlet = (
        (canonical_outlet(given_outlet) or given_outlet if given_outlet else None)
        or (outlet_from_url(url) if url else None)
        or page.outlet
    )
    language = fields.get("language") or detect_language(body)
    title = fields.get("title") or page.title
    metadata: dict[str, Any] = {k: v for k, v in fields.items() if k not in KNOWN_FIELDS}
    credits = list(page.credits)
    if record.form == "html" and fields.get("author"):  # the page's byline, read by trafilatura
        author = str(fields["author"])
        if all((c.label, c.value.lower()) != ("author", author.lower()) for c in credits):
            credits.insert(0, Credit(label="author", value=author, text=author))
        metadata.pop("author", None)
    metadata["form"] = record.form
    if record.encoding not in ("utf-8", "utf-8-sig"):
        metadata["encoding"] = record.encoding
    if page.place:
        metadata["dateline_place"] = page.place
    # 3. Publication time: stated, else the page's dateline; a dateline without a zone is
    #    read in the outlet's zone, else the language's usual zone (flagged as assumed).
    dateline = None
    if fields.get("published"):
        dateline = parse_published(str(fields["published"]))
        if dateline is None:
            raise InputError(
                f"published value {fields['published']!r} is not a date",
                source=record.source,
                fix="write it as ISO 8601, e.g. 2024-01-26T12:30:00+07:00",
            )
    dateline = dateline or page.dateline
    published = None
    if dateline is not None:
        offset = outlet_utc_offset(outlet)
        if offset is None:
            offset = getattr(table(language, "calendar"), "DEFAULT_UTC_OFFSET", None)
        published = with_zone(dateline.value, offset)
        metadata["published_text"] = dateline.text
        if not dateline.zone_given:
            metadata["published_zone"] = "assumed"
        if not dateline.has_time:
            metadata["published_granularity"] = "day"
    # 4. Segment and wrap.
    return make_article(
        body,
        source=record.source,
        outlet=outlet,
        url=url,
        title=title,
        published=published,
        language=language,
        credits=credits,
        metadata=metadata,
    )
