"""The Markdown report: summary tables, then one section per finding with a side-by-side table."""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.compare.evidence import show
from crosscheck.report.json_report import counts
from crosscheck.report.terminal import ALONE_NOTE, highlight_spans, labels_for, select
from crosscheck.types import Evidence, Finding, FindingKind, Report


def _cell(text: str) -> str:
    """Escape text for a Markdown table cell.

    >>> _cell("a|b*c\\nd")
    'a\\\\|b\\\\*c d'
    """
    out = text.replace("\\", "\\\\")
    for char in "|*_`[]<>":
        out = out.replace(char, "\\" + char)
    return " ".join(out.split())


def _side(finding: Finding, index: int, side: Evidence) -> str:
    spans = highlight_spans(finding, index, side)
    parts, cursor = [], 0
    for lo, hi in sorted(spans):
        if lo < cursor or hi <= lo:
            continue
        parts.append(_cell(side.text[cursor:lo]))
        parts.append(f"**{_cell(side.text[lo:hi])}**")
        cursor = hi
    parts.append(_cell(side.text[cursor:]))
    body = " ".join(p for p in parts if p)
    if side.value is not None:
        body += f" → `{show(side.value).replace('`', '')[:120]}`"
    return body


def _finding(finding: Finding, labels: dict[str, str]) -> list[str]:
    title = finding.kind.value.replace("_", " ")
    lines = [
        f"### {title} — confidence {finding.confidence:.2f}",
        "",
        _cell(finding.summary),
        "",
        "| " + " | ".join(_cell(labels.get(e.article, e.article)) for e in finding.claims) + " |",
        "|" + "---|" * len(finding.claims),
        "| " + " | ".join(_side(finding, i, e) for i, e in enumerate(finding.claims)) + " |",
        "",
    ]
    return lines


def render_markdown(
    report: Report,
    *,
    only: Sequence[FindingKind] = (),
    min_confidence: float = 0.0,
    show_agreements: bool = False,
) -> str:
    """The report as GitHub-flavoured Markdown.

    >>> render_markdown(Report(articles=(), findings=())).splitlines()[0]
    '# crosscheck report'
    """
    shown = select(report.findings, only=only, min_confidence=min_confidence)
    labels = labels_for(report.articles)
    lines = ["# crosscheck report", "", "## Articles", ""]
    lines += ["| outlet | published | lang | title |", "|---|---|---|---|"]
    for a in report.articles:
        published = a.published.date().isoformat() if a.published else "?"
        title = _cell(a.title or a.source)
        lines.append(f"| {_cell(labels[a.id])} | {published} | {a.language} | {title} |")
    if len(report.articles) == 1:
        lines += ["", ALONE_NOTE[0].upper() + ALONE_NOTE[1:] + "."]
    tally = counts(shown)
    lines += ["", "## Findings per article pair", ""]
    kinds = sorted(tally["by_kind"])
    if kinds:
        lines.append("| articles | " + " | ".join(k.replace("_", " ") for k in kinds) + " |")
        lines.append("|---|" + "---:|" * len(kinds))
        for row in tally["by_article_pair"]:
            names = " / ".join(_cell(labels.get(a, a)) for a in row["articles"])
            cells = [str(row["kinds"].get(k, "·")) for k in kinds]
            lines.append(f"| {names} | " + " | ".join(cells) + " |")
    else:
        lines.append("No findings at this confidence.")
    conflicts = [f for f in shown if f.kind is not FindingKind.AGREEMENT]
    agreements = [f for f in shown if f.kind is FindingKind.AGREEMENT]
    lines += ["", "## Discrepancies", ""]
    for finding in conflicts:
        lines += _finding(finding, labels)
    if not conflicts:
        lines += ["None.", ""]
    lines += ["## Agreements", ""]
    for finding in agreements:
        if show_agreements:
            lines += _finding(finding, labels)
        else:
            who = ", ".join(labels.get(e.article, e.article) for e in finding.claims)
            lines.append(f"- {finding.confidence:.2f} {_cell(finding.summary)} ({_cell(who)})")
    if report.skipped:
        lines += ["", "## Skipped inputs", ""]
        lines += [f"- `{s.source}`: {_cell(s.reason)}" for s in report.skipped]
    return "\n".join(lines).rstrip() + "\n"
