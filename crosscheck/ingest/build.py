"""Assemble an ``Article`` record from clean body text and metadata."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from crosscheck.ingest.language import detect_language
from crosscheck.ingest.segment import paragraphs, sentences
from crosscheck.types import Article, Credit


def make_article(
    body: str,
    *,
    source: str = "<text>",
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: datetime | None = None,
    language: str | None = None,
    credits: Sequence[Credit] = (),
    metadata: Mapping[str, Any] | None = None,
) -> Article:
    """Segment an already clean ``body`` and wrap it with its metadata.

    >>> a = make_article("Wang tiba di Pyongyang. Ia bertemu Choe.", language="id")
    >>> [s.text for s in a.sentences]
    ['Wang tiba di Pyongyang.', 'Ia bertemu Choe.']
    """
    lang = language or detect_language(body)
    content_hash = hashlib.sha256(body.encode("utf-8")).hexdigest()
    article_id = hashlib.sha256(f"{source}\0{content_hash}".encode()).hexdigest()[:12]
    return Article(
        id=article_id,
        source=source,
        outlet=outlet,
        url=url,
        title=title,
        published=published,
        language=lang,
        body=body,
        paragraphs=tuple(paragraphs(body)),
        sentences=tuple(sentences(body, language=lang)),
        credits=tuple(credits),
        metadata=dict(metadata or {}),
        content_hash=content_hash,
    )
