"""The terminal report: a summary, then each finding as a side-by-side panel.

Readable without colour: evidence is wrapped in ``»…«`` markers whenever the console
has no colour, so what differs stays visible in a log file or a plain terminal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from crosscheck.compare.evidence import show
from crosscheck.compare.quotediff import diff_quotes
from crosscheck.types import Article, Evidence, Finding, FindingKind, Report

STYLE = {
    FindingKind.AGREEMENT: "green",
    FindingKind.DATE_CONFLICT: "red",
    FindingKind.NUMBER_CONFLICT: "red",
    FindingKind.SPEAKER_CONFLICT: "magenta",
    FindingKind.ATTRIBUTION_CONFLICT: "yellow",
    FindingKind.QUOTE_DRIFT: "cyan",
    FindingKind.WEEKDAY_MISMATCH: "blue",
}
MARK_OPEN, MARK_CLOSE = "»", "«"
HIGHLIGHT = "bold black on yellow"


def outlet_name(article: Article) -> str:
    """A short label for an article: its outlet, else its file name.

    >>> from crosscheck.ingest.build import make_article
    >>> outlet_name(make_article("Teks.", source="dir/a.txt", language="id"))
    'a.txt'
    """
    if article.outlet:
        return article.outlet
    return article.source.replace("\\", "/").rsplit("/", 1)[-1] or article.id


def labels_for(articles: Sequence[Article]) -> dict[str, str]:
    """Outlet labels, numbered when two articles share an outlet."""
    names = [outlet_name(a) for a in articles]
    counts = Counter(names)
    return {
        a.id: f"{n} #{i + 1}" if counts[n] > 1 else n
        for i, (a, n) in enumerate(zip(articles, names, strict=True))
    }


def select(
    findings: Iterable[Finding],
    *,
    only: Sequence[FindingKind] = (),
    min_confidence: float = 0.0,
) -> list[Finding]:
    """The findings to show: of the kinds in ``only`` (all when empty), above the threshold.

    >>> select([], only=[FindingKind.DATE_CONFLICT])
    []
    """
    return [f for f in findings if (not only or f.kind in only) and f.confidence >= min_confidence]


def _marked(console: Console) -> bool:
    return console.no_color or console.color_system is None


def _highlight(side: Evidence, spans: Sequence[tuple[int, int]], marks: bool) -> Text:
    """The claim sentence with ``spans`` (offsets inside it) highlighted."""
    text = Text()
    cursor = 0
    for lo, hi in sorted(spans):
        if lo < cursor or hi <= lo:
            continue
        text.append(side.text[cursor:lo])
        piece = side.text[lo:hi]
        text.append(f"{MARK_OPEN}{piece}{MARK_CLOSE}" if marks else piece, style=HIGHLIGHT)
        cursor = hi
    text.append(side.text[cursor:])
    return text


def highlight_spans(finding: Finding, index: int, side: Evidence) -> list[tuple[int, int]]:
    """What to highlight in one side: changed quote words, else the evidence span."""
    if side.start < 0:
        return [(0, len(side.text))]
    if finding.kind is FindingKind.QUOTE_DRIFT and len(finding.claims) >= 2:
        # the first side against each other one (a merged finding has the odd side first)
        a = finding.claims[0]
        b = finding.claims[1] if index == 0 else side
        quote = str(side.value or "")
        where = side.text.find(quote) if quote else -1
        if where >= 0:
            diff = diff_quotes(
                str(a.value), str(b.value), language=finding.detail.get("language", "id")
            )
            changed = [t for e in diff.edits for t in (e.a if index == 0 else e.b)]
            # a side with nothing changed (the other side inserted words) has no highlight
            return [(where + t.start, where + t.end) for t in changed]
    lo, hi = side.evidence_start - side.start, side.evidence_end - side.start
    return [(lo, hi)] if 0 <= lo < hi <= len(side.text) else []


def _value(value: object) -> str:
    text = show(value)
    return text if len(text) <= 80 else text[:77] + "…"


def finding_panel(finding: Finding, labels: dict[str, str], *, marks: bool) -> Panel:
    """One finding: a column per article with its sentence, highlighted evidence and value."""
    table = Table(box=None, expand=True, show_edge=False, pad_edge=False)
    for side in finding.claims:
        table.add_column(labels.get(side.article, side.article), ratio=1, overflow="fold")
    cells = []
    for index, side in enumerate(finding.claims):
        body = _highlight(side, highlight_spans(finding, index, side), marks)
        if side.value is not None:
            body.append("\n→ ", style="dim")
            body.append(_value(side.value), style="bold")
        cells.append(body)
    table.add_row(*cells)
    title = Text.assemble(
        (finding.kind.value.replace("_", " "), f"bold {STYLE[finding.kind]}"),
        f"  confidence {finding.confidence:.2f}",
    )
    return Panel(
        Group(Text(finding.summary, style="italic"), table),
        title=title,
        title_align="left",
        border_style=STYLE[finding.kind],
    )


def summary_tables(report: Report, findings: Sequence[Finding]) -> list[Table]:
    """The articles table and the counts per kind per outlet pair."""
    labels = labels_for(report.articles)
    articles = Table(title="Articles", title_justify="left", expand=False)
    for column in ("outlet", "published", "lang", "title"):
        articles.add_column(column, overflow="fold")
    for a in report.articles:
        published = a.published.date().isoformat() if a.published else "?"
        articles.add_row(labels[a.id], published, a.language, a.title or a.source)
    kinds = [k for k in FindingKind if any(f.kind is k for f in findings)]
    counts = Table(title="Findings per outlet pair", title_justify="left", expand=False)
    counts.add_column("articles", overflow="fold")
    for kind in kinds:
        counts.add_column(kind.value.replace("_", " "), justify="right")
    per_pair: dict[str, Counter[FindingKind]] = {}
    for f in findings:
        names = sorted({labels.get(e.article, e.article) for e in f.claims})
        per_pair.setdefault(" / ".join(names), Counter())[f.kind] += 1
    for pair, counter in sorted(per_pair.items()):
        counts.add_row(pair, *(str(counter.get(k, 0) or "·") for k in kinds))
    return [articles, counts] if kinds else [articles]


# Said when a report covers one article: only its in-article checks (a weekday that
# contradicts its own date) could run.
ALONE_NOTE = (
    "only one article was read: no other article to compare against; "
    "in-article checks only (weekday_mismatch)"
)


def render(
    report: Report,
    console: Console,
    *,
    only: Sequence[FindingKind] = (),
    min_confidence: float = 0.0,
    show_agreements: bool = False,
) -> None:
    """Print ``report`` on ``console``; agreements are one count line unless asked for.

    >>> from io import StringIO
    >>> out = StringIO()
    >>> render(Report(articles=(), findings=()), Console(file=out, width=60, color_system=None))
    >>> "no findings" in out.getvalue()
    True
    """
    marks = _marked(console)
    shown = select(report.findings, only=only, min_confidence=min_confidence)
    labels = labels_for(report.articles)
    for table in summary_tables(report, shown):
        console.print(table)
    conflicts = [f for f in shown if f.kind is not FindingKind.AGREEMENT]
    agreements = [f for f in shown if f.kind is FindingKind.AGREEMENT]
    for finding in conflicts:
        console.print(finding_panel(finding, labels, marks=marks))
    if agreements and show_agreements:
        for finding in agreements:
            console.print(finding_panel(finding, labels, marks=marks))
    elif agreements:
        console.print(
            f"{len(agreements)} agreement(s) collapsed; --show-agreements lists them:",
            style="green",
        )
        for finding in agreements:
            who = ", ".join(labels.get(e.article, e.article) for e in finding.claims)
            console.print(
                f"  ✓ {finding.confidence:.2f} {finding.summary} ({who})", highlight=False
            )
    if not shown:
        console.print("no findings at this confidence", style="dim")
    if len(report.articles) == 1:
        console.print(ALONE_NOTE, style="yellow")
    for skipped in report.skipped:
        console.print(f"skipped {skipped.source}: {skipped.reason}", style="yellow")
