"""Extraction of checkable facts from an article: one place, numbered steps."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from crosscheck.extract.aliases import AliasTable
from crosscheck.extract.attribution import ChainResolver, attributions
from crosscheck.extract.claims import claims
from crosscheck.extract.entities import entities
from crosscheck.extract.quotes import quotes
from crosscheck.types import Article, Extraction


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """A sibling extractor if its module is present (dates, numbers, event predicates)."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def _run_optional(module: str, name: str, article: Article) -> tuple[Any, ...]:
    """Run a sibling extractor; an extractor whose own imports are missing yields nothing."""
    function = _optional(module, name)
    if function is None:
        return ()
    try:
        return tuple(function(article))
    except ImportError:
        return ()


def extract(article: Article, *, aliases: Sequence[Path] = ()) -> Extraction:
    """Return the facts of ``article``: quotes, dates, numbers, entities and claims.

    ``aliases`` are user alias files applied over the built-in tables.

    >>> from crosscheck.ingest.build import make_article
    >>> a = make_article('"Kami siap," kata Menlu China Wang Yi, Jumat.', language="id")
    >>> x = extract(a)
    >>> x.quotes[0].speaker_canonical, len(x.claims)
    ('Wang Yi', 1)
    """
    table = AliasTable.load(tuple(aliases))
    # 1. names: alias tables, titled people, in-article coreference
    found_entities = tuple(entities(article, aliases=table))
    # 2. attribution cues and the chain policy (quotes need it for their chains)
    chains = ChainResolver(
        article,
        list(attributions(article, entities=found_entities, aliases=table)),
        aliases=table,
    )
    # 3. quotes with speakers resolved within the article
    found_quotes = tuple(quotes(article, entities=found_entities, chains=chains))
    # 4. dates, anchored on the publication date, with the event each one dates
    found_dates = _run_optional("crosscheck.extract.dates", "dates", article)
    # 5. numbers and vague amounts with what they count
    found_numbers = _run_optional("crosscheck.extract.numbers", "numbers", article)
    # 6. claims: sentences with at least one checkable fact, linked to the facts above
    found_claims = tuple(
        claims(
            article,
            found_quotes,
            found_dates,
            found_numbers,
            found_entities,
            chains,
            predicates=_optional("crosscheck.extract.events", "predicates"),
        )
    )
    return Extraction(
        article=article,
        quotes=found_quotes,
        dates=found_dates,
        numbers=found_numbers,
        entities=found_entities,
        claims=found_claims,
    )
