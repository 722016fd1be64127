"""The JSON report: ``Report.to_dict()`` plus counts, in the versioned ``crosscheck.report/1``.

The schema is documented in docs/report.md and given as JSON Schema in
docs/report-schema.json; tests validate output against it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from crosscheck.report.terminal import select
from crosscheck.types import Finding, FindingKind, Report


def counts(findings: Sequence[Finding]) -> dict[str, Any]:
    """Findings per kind, and per kind for each pair of articles.

    >>> counts([])
    {'by_kind': {}, 'by_article_pair': []}
    """
    by_kind = Counter(f.kind.value for f in findings)
    pairs: dict[tuple[str, ...], Counter[str]] = {}
    for f in findings:
        key = tuple(sorted({e.article for e in f.claims}))
        pairs.setdefault(key, Counter())[f.kind.value] += 1
    return {
        "by_kind": dict(sorted(by_kind.items())),
        "by_article_pair": [
            {"articles": list(key), "kinds": dict(sorted(c.items()))}
            for key, c in sorted(pairs.items())
        ],
    }


def report_dict(
    report: Report,
    *,
    only: Sequence[FindingKind] = (),
    min_confidence: float = 0.0,
) -> dict[str, Any]:
    """The report as JSON-ready data, filtered like the terminal report.

    >>> report_dict(Report(articles=(), findings=()))["schema"]
    'crosscheck.report/1'
    """
    shown = select(report.findings, only=only, min_confidence=min_confidence)
    data = report.to_dict()
    data["findings"] = [f.to_dict() for f in shown]
    data["counts"] = counts(shown)
    return data


def render_json(
    report: Report,
    *,
    only: Sequence[FindingKind] = (),
    min_confidence: float = 0.0,
) -> str:
    """The report as an indented JSON document (UTF-8 text, not ASCII-escaped).

    >>> render_json(Report(articles=(), findings=())).startswith('{\\n  "schema"')
    True
    """
    data = report_dict(report, only=only, min_confidence=min_confidence)
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
