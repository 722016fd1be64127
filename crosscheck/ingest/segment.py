"""Paragraph and sentence segmentation with character offsets into the body."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import pysbd

from crosscheck.lang import table
from crosscheck.types import TextSpan

# Same-length stand-ins, so offsets in the protected text equal offsets in the body.
_CURLY = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})
_DOT_STANDIN = "\u2024"  # ONE DOT LEADER: one character, not a sentence end for pysbd


def paragraphs(body: str) -> Iterator[TextSpan]:
    """Yield each non-empty line of ``body`` as a paragraph span.

    >>> [p.text for p in paragraphs("Satu.\\n\\nDua.")]
    ['Satu.', 'Dua.']
    """
    for match in re.finditer(r"[^\n]+", body):
        text = match.group()
        stripped = text.strip()
        if not stripped:
            continue
        start = match.start() + (len(text) - len(text.lstrip()))
        yield TextSpan(start, start + len(stripped), stripped)


@lru_cache(maxsize=4)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


@lru_cache(maxsize=8)
def _abbreviation_pattern(language: str) -> re.Pattern[str]:
    abbreviations: tuple[str, ...] = getattr(table(language, "abbreviations"), "ABBREVIATIONS", ())
    if not abbreviations:
        return re.compile(r"(?!x)x")
    alternatives = "|".join(
        re.escape(a.rstrip(".")) for a in sorted(abbreviations, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w.])(?:{alternatives})\.(?=\s|,)", re.IGNORECASE)


def _protect(text: str, language: str) -> str:
    text = text.translate(_CURLY)
    return _abbreviation_pattern(language).sub(lambda m: m.group()[:-1] + _DOT_STANDIN, text)


def sentences(body: str, *, language: str = "id") -> Iterator[TextSpan]:
    """Yield sentences of ``body`` with offsets; sentences never cross paragraphs.

    A quotation of several sentences and its speech cue form one sentence, so the
    quote stays attributable: ``"A. B," kata X.`` is one sentence, not two. pysbd
    keeps balanced straight quotes together; curly quotes are mapped to straight
    ones first (same length, so offsets hold), which also pairs the mixed
    ``"...”`` of real pages.

    >>> [s.text for s in sentences("Kata Dr. Budi, ekonomi tumbuh. Harga naik.")]
    ['Kata Dr. Budi, ekonomi tumbuh.', 'Harga naik.']
    >>> [s.text for s in sentences('"Kami siap. Kami menang," kata Budi. Ia pergi.')]
    ['"Kami siap. Kami menang," kata Budi.', 'Ia pergi.']
    """
    for para in paragraphs(body):
        protected = _protect(para.text, language)
        for span in _segmenter().segment(protected):
            for piece_start, piece_end in _split_quote_runs(protected, span.start, span.end):
                raw = para.text[piece_start:piece_end]
                stripped = raw.strip()
                if not stripped:
                    continue
                start = para.start + piece_start + (len(raw) - len(raw.lstrip()))
                yield TextSpan(start, start + len(stripped), stripped)


# 'as "hysteric." "Our right ..."': a quotation closed by a full stop and a new one opening
# with a capital are two sentences (pysbd keeps them together)
_QUOTE_RUN = re.compile(r"(?<=[.!?]\")\s+(?=\"[A-Z])")


def _split_quote_runs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for match in _QUOTE_RUN.finditer(text, start, end):
        yield start, match.start()
        start = match.end()
    yield start, end
