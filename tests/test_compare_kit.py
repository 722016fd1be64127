"""Builders for hand-made extractions and a tiny embedder, shared by the compare tests."""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np

from crosscheck.compare.units import words
from crosscheck.ingest.build import make_article
from crosscheck.types import (
    Article,
    ChainLink,
    Claim,
    Credit,
    DateMention,
    Entity,
    EntityType,
    Extraction,
    Granularity,
    NumberMention,
    Quote,
    QuoteKind,
)


class WordEmbedder:
    """Hashed bag of words, L2-normalised: same words give cosine 1, no model needed."""

    model_id = "test-words"
    dimension = 256

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts: Sequence[str], *, kind: str = "query") -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in words(text):
                out[row, zlib.crc32(word.encode()) % self.dimension] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        self.calls += len(texts)
        return out / norms


def article(
    body: str,
    *,
    language: str = "id",
    source: str = "a.txt",
    outlet: str | None = None,
    credits: Sequence[Credit] = (),
) -> Article:
    return make_article(
        body, source=source, language=language, outlet=outlet or source, credits=credits
    )


def at(art: Article, text: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``text`` in the body."""
    start = -1
    for _ in range(nth + 1):
        start = art.body.index(text, start + 1)
    return start, start + len(text)


def date(
    art: Article,
    text: str,
    value: str,
    *,
    granularity: Granularity = Granularity.DAY,
    event: str | None = None,
    weekday: str | None = None,
    consistent: bool | None = None,
) -> DateMention:
    s, e = at(art, text)
    return DateMention(
        text, s, e, value, granularity, event, weekday=weekday, weekday_consistent=consistent
    )


def number(
    art: Article,
    text: str,
    value: float | None,
    *,
    unit: str | None,
    low: float | None = None,
    high: float | None = None,
    qualifier: str | None = None,
) -> NumberMention:
    s, e = at(art, text)
    return NumberMention(text, s, e, value, low, high, unit, qualifier=qualifier)


def entity(
    art: Article, text: str, canonical: str | None = None, kind: EntityType = EntityType.PERSON
) -> Entity:
    s, e = at(art, text)
    return Entity(text, s, e, kind, canonical or text)


def link(art: Article, text: str, canonical: str, role: str = "origin") -> ChainLink:
    s, e = at(art, text)
    return ChainLink(text, canonical, role, s, e)


def quote(
    art: Article,
    text: str,
    speaker: str | None,
    *,
    kind: QuoteKind = QuoteKind.DIRECT,
    attribution: Sequence[ChainLink] = (),
) -> Quote:
    s, e = at(art, text)
    return Quote(text, s, e, kind, "kata", speaker, speaker, attribution=tuple(attribution))


def extraction(
    art: Article,
    *,
    dates: Sequence[DateMention] = (),
    numbers: Sequence[NumberMention] = (),
    entities: Sequence[Entity] = (),
    quotes: Sequence[Quote] = (),
    attribution: Sequence[ChainLink] = (),
) -> Extraction:
    """One claim per sentence, linked by containment; ``attribution`` goes to its sentence."""

    def inside(items, sentence):  # type: ignore[no-untyped-def]
        return tuple(i for i, x in enumerate(items) if sentence.start <= x.start < sentence.end)

    claims = []
    for sentence in art.sentences:
        date_ids = inside(dates, sentence)
        chain = tuple(x for x in attribution if sentence.start <= x.start < sentence.end)
        claims.append(
            Claim(
                sentence.text,
                sentence.start,
                sentence.end,
                quotes=inside(quotes, sentence),
                dates=date_ids,
                numbers=inside(numbers, sentence),
                entities=inside(entities, sentence),
                attribution=chain,
                predicates=tuple(dates[i].event for i in date_ids if dates[i].event),
            )
        )
    return Extraction(
        art,
        quotes=tuple(quotes),
        dates=tuple(dates),
        numbers=tuple(numbers),
        entities=tuple(entities),
        claims=tuple(claims),
    )
