"""The HTML report: one self-contained page (inline CSS, no scripts, no external assets)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from crosscheck.compare.evidence import show
from crosscheck.report.json_report import counts
from crosscheck.report.terminal import highlight_spans, labels_for, select
from crosscheck.types import Evidence, Finding, FindingKind, Report

CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.3em .6em;
vertical-align:top;text-align:left}section.finding{border:2px solid #999;border-radius:6px;
margin:1em 0;padding:.4em .8em}.sides{display:grid;grid-template-columns:repeat(auto-fit,
minmax(18em,1fr));gap:1em}.side h4{margin:.2em 0}mark{background:#ffe066;font-weight:bold}
.value{font-family:monospace;color:#333}.kind{font-weight:bold;text-transform:uppercase}
section.agreement{border-color:#2b8a3e}section.date_conflict,section.number_conflict{
border-color:#c92a2a}section.speaker_conflict{border-color:#862e9c}
section.attribution_conflict{border-color:#e67700}section.quote_drift{border-color:#1098ad}
section.weekday_mismatch{border-color:#1c7ed6}
"""


def _side(finding: Finding, index: int, side: Evidence, label: str) -> str:
    spans = highlight_spans(finding, index, side)
    parts, cursor = [], 0
    for lo, hi in sorted(spans):
        if lo < cursor or hi <= lo:
            continue
        parts.append(escape(side.text[cursor:lo]))
        parts.append(f"<mark>{escape(side.text[lo:hi])}</mark>")
        cursor = hi
    parts.append(escape(side.text[cursor:]))
    value = ""
    if side.value is not None:
        value = f'<div class="value">→ {escape(show(side.value))}</div>'
    return f'<div class="side"><h4>{escape(label)}</h4><p>{"".join(parts)}</p>{value}</div>'


def _finding(finding: Finding, labels: dict[str, str]) -> str:
    kind = finding.kind.value
    sides = "".join(
        _side(finding, i, e, labels.get(e.article, e.article)) for i, e in enumerate(finding.claims)
    )
    return (
        f'<section class="finding {kind}" data-kind="{kind}">'
        f'<p><span class="kind">{escape(kind.replace("_", " "))}</span> · confidence '
        f"{finding.confidence:.2f}</p><p><em>{escape(finding.summary)}</em></p>"
        f'<div class="sides">{sides}</div></section>'
    )


def render_html(
    report: Report,
    *,
    only: Sequence[FindingKind] = (),
    min_confidence: float = 0.0,
    show_agreements: bool = False,
) -> str:
    """The report as one HTML page; every text is escaped.

    >>> "<script" in render_html(Report(articles=(), findings=()))
    False
    """
    shown = select(report.findings, only=only, min_confidence=min_confidence)
    labels = labels_for(report.articles)
    rows = "".join(
        f"<tr><td>{escape(labels[a.id])}</td>"
        f"<td>{a.published.date().isoformat() if a.published else '?'}</td>"
        f"<td>{escape(a.language)}</td><td>{escape(a.title or a.source)}</td></tr>"
        for a in report.articles
    )
    tally = counts(shown)
    kinds = sorted(tally["by_kind"])
    head = "".join(f"<th>{escape(k.replace('_', ' '))}</th>" for k in kinds)
    count_rows = "".join(
        "<tr><td>"
        + escape(" / ".join(labels.get(a, a) for a in row["articles"]))
        + "</td>"
        + "".join(f"<td>{row['kinds'].get(k, '·')}</td>" for k in kinds)
        + "</tr>"
        for row in tally["by_article_pair"]
    )
    conflicts = [f for f in shown if f.kind is not FindingKind.AGREEMENT]
    agreements = [f for f in shown if f.kind is FindingKind.AGREEMENT]
    body = [
        "<h1>crosscheck report</h1><h2>Articles</h2>",
        f"<table><tr><th>outlet</th><th>published</th><th>lang</th><th>title</th></tr>{rows}</table>",
        "<h2>Findings per article pair</h2>",
        f"<table><tr><th>articles</th>{head}</tr>{count_rows}</table>" if kinds else "<p>None.</p>",
        "<h2>Discrepancies</h2>",
        "".join(_finding(f, labels) for f in conflicts) or "<p>None.</p>",
        f"<h2>Agreements</h2><details{' open' if show_agreements else ''}>"
        f"<summary>{len(agreements)} agreement(s)</summary>",
        "".join(_finding(f, labels) for f in agreements),
        "</details>",
    ]
    if report.skipped:
        items = "".join(
            f"<li><code>{escape(s.source)}</code>: {escape(s.reason)}</li>" for s in report.skipped
        )
        body.append(f"<h2>Skipped inputs</h2><ul>{items}</ul>")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>crosscheck report</title><style>{CSS}</style></head><body>"
        + "".join(body)
        + "</body></html>\n"
    )
