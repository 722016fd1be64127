"""Extraction of checkable facts from an article (interim: no extractors wired yet)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from crosscheck.types import Article, Extraction


def extract(article: Article, *, aliases: Sequence[Path] = ()) -> Extraction:
    """Return the facts of ``article`` (quotes, dates, numbers, entities, claims)."""
    return Extraction(article=article)
