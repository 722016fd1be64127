"""Building one side of a finding: the claim sentence and the exact evidence span."""

from __future__ import annotations

from typing import Any

from crosscheck.compare.units import sentence_around
from crosscheck.types import Evidence, Extraction


def evidence(ext: Extraction, start: int, end: int, value: Any = None) -> Evidence:
    """Evidence for the body span ``[start, end)`` inside its claim sentence.

    >>> from crosscheck.ingest.build import make_article
    >>> a = make_article("Wang tiba Jumat (26/1). Ia bertemu Choe.", language="id")
    >>> ev = evidence(Extraction(article=a), 10, 22, "2024-01-26")
    >>> ev.text, ev.evidence
    ('Wang tiba Jumat (26/1).', 'Jumat (26/1)')
    """
    body = ext.article.body
    lo, hi = sentence_around(ext, start, end)
    return Evidence(
        article=ext.article.id,
        text=body[lo:hi],
        start=lo,
        end=hi,
        evidence=body[start:end],
        evidence_start=start,
        evidence_end=end,
        value=value,
    )


def metadata_evidence(ext: Extraction, text: str, value: Any = None) -> Evidence:
    """Evidence for a fact that comes from article metadata (a credit line), not the body.

    Offsets are -1: the line is not part of the body.
    """
    return Evidence(
        article=ext.article.id,
        text=text,
        start=-1,
        end=-1,
        evidence=text,
        evidence_start=-1,
        evidence_end=-1,
        value=value,
    )


def clamp(value: float) -> float:
    """A confidence rounded to 3 places and kept inside [0, 1].

    >>> clamp(1.2), clamp(0.12345)
    (1.0, 0.123)
    """
    return round(min(1.0, max(0.0, value)), 3)


def show(value: Any) -> str:
    """A normalised value as a reader wants it: whole numbers without ".0".

    >>> show(2100.0), show(2.5), show("2024-01-26")
    ('2100', '2.5', '2024-01-26')
    """
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
