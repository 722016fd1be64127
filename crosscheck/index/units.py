"""What the index embeds: claims and quotes of an extraction (sentences until claims exist)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime

from crosscheck.types import Extraction, Record

UNIT_CLAIM = "claim"
UNIT_QUOTE = "quote"
UNIT_SENTENCE = "sentence"  # stand-in when an extraction has no claims


@dataclasses.dataclass(frozen=True)
class Unit(Record):
    """One indexed text: a claim, a quote or a sentence, with its article's metadata.

    ``ordinal`` is its position in the owning extraction's list of that kind
    (``Extraction.claims``, ``.quotes``, or ``Article.sentences``).
    """

    vector_id: int
    article_id: str
    kind: str  # "claim" | "quote" | "sentence"
    ordinal: int
    text: str
    start: int
    end: int
    language: str
    outlet: str | None
    published: datetime | None
    source: str
    title: str | None


@dataclasses.dataclass(frozen=True)
class Hit(Unit):
    """A search result: the unit found and its cosine similarity to the query."""

    score: float = 0.0


@dataclasses.dataclass(frozen=True)
class PendingUnit:
    """A unit before it has a vector id (what ``units_of`` yields)."""

    kind: str
    ordinal: int
    text: str
    start: int
    end: int


def units_of(extraction: Extraction) -> Iterator[PendingUnit]:
    """The texts of an extraction to embed: claims and quotes, or sentences if no claims.

    >>> from crosscheck.ingest.build import make_article
    >>> art = make_article("Wang tiba. Ia bertemu Choe.", language="id")
    >>> [u.text for u in units_of(Extraction(article=art))]
    ['Wang tiba.', 'Ia bertemu Choe.']
    """
    if extraction.claims:
        for i, claim in enumerate(extraction.claims):
            if claim.text.strip():
                yield PendingUnit(UNIT_CLAIM, i, claim.text, claim.start, claim.end)
    else:
        for i, sentence in enumerate(extraction.article.sentences):
            if sentence.text.strip():
                yield PendingUnit(UNIT_SENTENCE, i, sentence.text, sentence.start, sentence.end)
    for i, quote in enumerate(extraction.quotes):
        if quote.text.strip():
            yield PendingUnit(UNIT_QUOTE, i, quote.text, quote.start, quote.end)


@dataclasses.dataclass(frozen=True)
class AddResult:
    """What one ``Index.add`` did, by article id."""

    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()  # ids of new versions that replaced older content
    skipped: tuple[str, ...] = ()  # already indexed with the same content hash
    units: int = 0  # units embedded and stored
