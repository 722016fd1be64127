"""Regression of ``compare`` on fixture events: match findings to expectations and score them.

An event is a folder of articles with an ``expected.json``::

    {"findings": [{"kind", "articles", "evidence", "confidence", "note"}],
     "traps":    [{"kind", "articles", "evidence", "reason"}]}

``articles`` are file names in the folder (``name.jsonl#N`` for line N of a JSONL file);
``evidence`` holds one exact span per article, or a list of alternative spans for it.

Matching rules (documented in ``docs/evaluation.md``):

1. A reported finding matches an expectation when the kinds are equal and its evidence
   overlaps the expected span in at least ``min(2, len(articles))`` of the expected
   articles (so a pairwise finding matches a three-outlet expectation).
2. Recall counts ``clear`` expectations; a ``debatable`` one is never a miss, and a
   finding that matches it is never a false alarm.
3. Agreements are scored for recall only, against the agreements an event lists; an
   unlisted agreement is not a false alarm (events do not list every shared fact).
4. A trap is violated by a finding of its kind (``any``: every kind but agreement)
   that overlaps the trap's spans by rule 1. Violations fail the gate.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from crosscheck.config import Settings
from crosscheck.errors import CrosscheckError, FixtureError
from crosscheck.types import Embedder, FindingKind, Record, Report

EXPECTED_FILE = "expected.json"
CONFIDENCE_LABELS = ("clear", "debatable")
ANY_KIND = "any"
AGREEMENT = FindingKind.AGREEMENT.value
OVERALL = "overall"  # micro-average over the discrepancy kinds (every kind but agreement)

CompareFn = Callable[[Path, Settings | None, Embedder | None], Report]


# --------------------------------------------------------------------------- records


@dataclasses.dataclass(frozen=True)
class Expectation(Record):
    """One expected finding or trap of an event, with alternatives per article."""

    kind: str
    articles: tuple[str, ...]
    evidence: tuple[tuple[str, ...], ...]  # per article: one or more alternative spans
    confidence: str  # "clear" | "debatable" | "trap"
    note: str
    index: int  # position in its list in expected.json

    @property
    def is_trap(self) -> bool:
        """True for a difference that must not be reported."""
        return self.confidence == "trap"


@dataclasses.dataclass(frozen=True)
class Event(Record):
    """A fixture event: its folder and what it expects."""

    name: str
    path: Path
    findings: tuple[Expectation, ...]
    traps: tuple[Expectation, ...]


@dataclasses.dataclass(frozen=True)
class Side(Record):
    """One article's side of a reported finding, named by its fixture label."""

    article: str  # fixture label, e.g. "000_kompas.txt" or "001_wires.jsonl#2"
    start: int  # evidence offsets in the body; -1 for metadata evidence
    end: int
    evidence: str
    sentence: str


@dataclasses.dataclass(frozen=True)
class Reported(Record):
    """A finding of ``compare`` seen through fixture labels."""

    kind: str
    confidence: float
    summary: str
    sides: tuple[Side, ...]


@dataclasses.dataclass(frozen=True)
class Violation(Record):
    """A trap that a reported finding fell into."""

    trap: Expectation
    finding: Reported


@dataclasses.dataclass(frozen=True)
class EventResult(Record):
    """What regress saw in one event."""

    event: str
    found: tuple[Expectation, ...]  # clear and debatable expectations that were matched
    misses: tuple[Expectation, ...]  # clear expectations nothing matched
    correct: tuple[Reported, ...]  # reported findings that match an expectation
    false_alarms: tuple[Reported, ...]  # reported discrepancies matching nothing
    violations: tuple[Violation, ...]
    unmatched_agreements: int = 0  # reported agreements not listed (not scored)
    skipped: tuple[str, ...] = ()  # inputs the ingest could not read
    error: str | None = None  # compare failed on this event


@dataclasses.dataclass(frozen=True)
class KindScore(Record):
    """Counts and figures for one finding kind (or ``overall``)."""

    kind: str
    expected: int  # clear expectations
    found: int  # clear expectations matched
    reported: int  # reported findings that are scored for precision
    correct: int  # of those, the ones matching an expectation
    precision: float | None  # None when nothing was reported (or not measured)
    recall: float | None  # None when nothing was expected
    f1: float | None


@dataclasses.dataclass(frozen=True)
class RegressResult(Record):
    """The outcome of a regression run over every event."""

    events: tuple[EventResult, ...]
    scores: tuple[KindScore, ...]

    def figures(self) -> dict[str, float]:
        """Every defined figure as ``"kind.metric" -> value`` (what floors pin).

        >>> RegressResult(events=(), scores=()).figures()
        {}
        """
        out: dict[str, float] = {}
        for score in self.scores:
            for metric in ("precision", "recall", "f1"):
                value = getattr(score, metric)
                if value is not None:
                    out[f"{score.kind}.{metric}"] = value
        return out

    @property
    def violations(self) -> tuple[Violation, ...]:
        """Every trap violation of every event."""
        return tuple(v for e in self.events for v in e.violations)

    @property
    def errors(self) -> tuple[str, ...]:
        """Events where compare failed, as ``"event: message"``."""
        return tuple(f"{e.event}: {e.error}" for e in self.events if e.error)


# --------------------------------------------------------------------------- fixtures


def find_events(root: Path) -> list[Path]:
    """Event folders under ``root`` (``root/events`` when it exists), in stable order.

    >>> find_events(Path("fixtures"))[0].name
    '2021-10-yang-jiechi-ambassador'
    """
    if not root.is_dir():
        raise FixtureError(
            "fixtures folder not found", source=str(root), fix="pass the folder holding events/"
        )
    base = root / "events" if (root / "events").is_dir() else root
    folders = sorted({p.parent for p in base.rglob(EXPECTED_FILE)})
    if not folders:
        raise FixtureError(
            f"no event folder with an {EXPECTED_FILE} found",
            source=str(base),
            fix=f"add <event>/{EXPECTED_FILE} beside each event's articles",
        )
    return folders


def load_event(folder: Path) -> Event:
    """Read ``folder/expected.json`` into an ``Event``; malformed files raise ``FixtureError``.

    >>> ev = load_event(Path("fixtures/events/2024-01-sun-weidong-pyongyang"))
    >>> ev.findings[0].kind
    'attribution_conflict'
    """
    path = folder / EXPECTED_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FixtureError(f"cannot read ({exc})", source=str(path), fix="fix the JSON") from exc
    if not isinstance(data, dict):
        raise FixtureError("expected a JSON object", source=str(path), fix="see docs/evaluation.md")
    findings = tuple(
        _expectation(item, i, path, trap=False) for i, item in enumerate(data.get("findings", []))
    )
    traps = tuple(
        _expectation(item, i, path, trap=True) for i, item in enumerate(data.get("traps", []))
    )
    return Event(name=folder.name, path=folder, findings=findings, traps=traps)


def _expectation(item: Any, index: int, path: Path, *, trap: bool) -> Expectation:
    where = f"{path} ({'traps' if trap else 'findings'}[{index}])"
    if not isinstance(item, Mapping):
        raise FixtureError("entry is not an object", source=where, fix="see docs/evaluation.md")
    kinds = {k.value for k in FindingKind} | ({ANY_KIND} if trap else set())
    kind = item.get("kind")
    if kind not in kinds:
        raise FixtureError(
            f"unknown kind {kind!r}; expected one of {sorted(kinds)}", source=where, fix="fix kind"
        )
    articles = item.get("articles")
    evidence = item.get("evidence")
    if (
        not isinstance(articles, list)
        or not articles
        or not isinstance(evidence, list)
        or len(evidence) != len(articles)
    ):
        raise FixtureError(
            "'articles' and 'evidence' must be lists of the same non-zero length",
            source=where,
            fix="give one evidence span (or a list of alternatives) per article",
        )
    spans = tuple((e,) if isinstance(e, str) else tuple(e) for e in evidence)
    if any(not alts or not all(isinstance(s, str) and s for s in alts) for alts in spans):
        raise FixtureError("empty evidence span", source=where, fix="quote the exact words")
    confidence = "trap" if trap else item.get("confidence")
    if confidence not in (*CONFIDENCE_LABELS, "trap"):
        raise FixtureError(
            f"confidence must be one of {CONFIDENCE_LABELS}, got {confidence!r}",
            source=where,
            fix="use 'clear' or 'debatable'",
        )
    note = str(item.get("reason" if trap else "note", ""))
    return Expectation(kind, tuple(map(str, articles)), spans, confidence, note, index)


def article_label(source: str, folder: Path) -> str:
    """The fixture label of an ingested article: its path relative to the event folder.

    >>> article_label("fixtures/events/e/001_wires.jsonl#2", Path("fixtures/events/e"))
    '001_wires.jsonl#2'
    """
    path, sep, fragment = source.partition("#")
    try:
        rel = Path(path).resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        rel = Path(path).name
    return rel + (sep + fragment if sep else "")


# --------------------------------------------------------------------------- matching


def reported_findings(report: Report, folder: Path) -> list[Reported]:
    """Turn a ``Report``'s findings into label-addressed ``Reported`` records."""
    labels = {a.id: article_label(a.source, folder) for a in report.articles}
    out = []
    for finding in report.findings:
        sides = tuple(
            Side(
                labels.get(ev.article, ev.article),
                ev.evidence_start,
                ev.evidence_end,
                ev.evidence,
                ev.text,
            )
            for ev in finding.claims
        )
        kind = finding.kind.value if isinstance(finding.kind, FindingKind) else str(finding.kind)
        if finding.detail.get("merged_pairs"):
            # one article against several that agree: scored as the pairs it stands for,
            # so it says nothing about the agreeing articles between themselves
            for other in sides[1:]:
                out.append(
                    Reported(kind, float(finding.confidence), finding.summary, (sides[0], other))
                )
            continue
        out.append(Reported(kind, float(finding.confidence), finding.summary, sides))
    return out


def locate(body: str, alternatives: Sequence[str]) -> list[tuple[int, int]]:
    """Every occurrence of every alternative span in ``body``.

    >>> locate("Jumat (26/1) dan Jumat (26/1)", ["Jumat (26/1)"])
    [(0, 12), (17, 29)]
    """
    spans = []
    for alt in alternatives:
        start = body.find(alt)
        while start >= 0:
            spans.append((start, start + len(alt)))
            start = body.find(alt, start + 1)
    return spans


def _side_hits(side: Side, alternatives: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    if side.start >= 0 and side.end > side.start:
        return any(side.start < hi and lo < side.end for lo, hi in spans)
    # metadata evidence (a credit line) has no offsets: compare the words instead
    text = side.evidence.strip()
    return bool(text) and any(text in alt or alt in text for alt in alternatives)


def hits(finding: Reported, expectation: Expectation, bodies: Mapping[str, str]) -> set[str]:
    """The expected articles in which ``finding``'s evidence overlaps the expected span."""
    out = set()
    for label, alternatives in zip(expectation.articles, expectation.evidence, strict=True):
        spans = locate(bodies.get(label, ""), alternatives)
        if any(s.article == label and _side_hits(s, alternatives, spans) for s in finding.sides):
            out.add(label)
    return out


def matches(finding: Reported, expectation: Expectation, bodies: Mapping[str, str]) -> bool:
    """Rule 1 (and 4 for traps): same kind and enough overlapping articles.

    >>> e = Expectation("date_conflict", ("a", "b"), (("26/1",), ("25/1",)), "clear", "", 0)
    >>> side = lambda art, s, t: Side(art, s, s + len(t), t, t)
    >>> f = Reported("date_conflict", 0.9, "", (side("a", 0, "26/1"), side("b", 3, "25/1")))
    >>> matches(f, e, {"a": "26/1 x", "b": "yy 25/1"})
    True
    """
    if expectation.kind == ANY_KIND:
        if finding.kind == AGREEMENT:
            return False
    elif finding.kind != expectation.kind:
        return False
    return len(hits(finding, expectation, bodies)) >= min(2, len(expectation.articles))


def score_event(
    event: Event, reported: Sequence[Reported], bodies: Mapping[str, str]
) -> EventResult:
    """Apply the matching rules to one event's reported findings."""
    found = [e for e in event.findings if any(matches(f, e, bodies) for f in reported)]
    misses = [e for e in event.findings if e.confidence == "clear" and e not in found]
    correct, false_alarms, unlisted = [], [], 0
    for finding in reported:
        if any(matches(finding, e, bodies) for e in event.findings):
            correct.append(finding)
        elif finding.kind == AGREEMENT:
            unlisted += 1
        else:
            false_alarms.append(finding)
    violations = [
        Violation(trap, finding)
        for trap in event.traps
        for finding in reported
        if matches(finding, trap, bodies)
    ]
    return EventResult(
        event=event.name,
        found=tuple(found),
        misses=tuple(misses),
        correct=tuple(correct),
        false_alarms=tuple(false_alarms),
        violations=tuple(violations),
        unmatched_agreements=unlisted,
    )


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def score_kinds(events: Sequence[Event], results: Sequence[EventResult]) -> tuple[KindScore, ...]:
    """Per-kind and overall precision, recall and F1 with their counts."""
    by_event = {r.event: r for r in results}
    scores = []
    totals = [0, 0, 0, 0]
    for kind in FindingKind:
        k = kind.value
        expected = found = reported = correct = 0
        for event in events:
            res = by_event[event.name]
            clear = [e for e in event.findings if e.kind == k and e.confidence == "clear"]
            expected += len(clear)
            found += sum(1 for e in clear if e in res.found)
            if k != AGREEMENT:  # rule 3: agreement precision is not measured
                correct += sum(1 for f in res.correct if f.kind == k)
                reported += sum(1 for f in res.correct + res.false_alarms if f.kind == k)
        if k != AGREEMENT:
            for i, n in enumerate((expected, found, reported, correct)):
                totals[i] += n
        p, r = _ratio(correct, reported), _ratio(found, expected)
        scores.append(KindScore(k, expected, found, reported, correct, p, r, _f1(p, r)))
    p, r = _ratio(totals[3], totals[2]), _ratio(totals[1], totals[0])
    scores.append(KindScore(OVERALL, *totals, p, r, _f1(p, r)))
    return tuple(scores)


# --------------------------------------------------------------------------- running


def _default_compare(folder: Path, settings: Settings | None, embedder: Embedder | None) -> Report:
    from crosscheck.compare import compare

    return compare([str(folder)], settings=settings, embedder=embedder)


def run_event(
    folder: Path,
    *,
    settings: Settings | None = None,
    embedder: Embedder | None = None,
    compare_fn: CompareFn | None = None,
) -> tuple[Event, EventResult]:
    """Compare one event's articles and score the findings against its expectations."""
    event = load_event(folder)
    try:
        report = (compare_fn or _default_compare)(folder, settings, embedder)
    except CrosscheckError as exc:
        misses = tuple(e for e in event.findings if e.confidence == "clear")
        return event, EventResult(event.name, (), misses, (), (), (), error=str(exc))
    bodies = {article_label(a.source, folder): a.body for a in report.articles}
    result = score_event(event, reported_findings(report, folder), bodies)
    skipped = tuple(f"{s.source}: {s.reason}" for s in report.skipped)
    return event, dataclasses.replace(result, skipped=skipped)


def regress(
    fixtures: Path,
    *,
    settings: Settings | None = None,
    embedder: Embedder | None = None,
    compare_fn: CompareFn | None = None,
    progress: Callable[[str], None] | None = None,
) -> RegressResult:
    """Run compare on every event under ``fixtures`` (one compare per event) and score it.

    ``progress`` is called with each event's name before it runs.

    >>> from crosscheck.types import Report
    >>> res = regress(Path("fixtures"), compare_fn=lambda f, s, e: Report((), ()))
    >>> res.figures()["overall.recall"]
    0.0
    """
    folders = find_events(fixtures)
    if embedder is None and compare_fn is None:
        # one embedder (and one model load) for every event, not one per compare call
        from crosscheck.embed import load_embedder

        embedder = load_embedder(settings or Settings.load())
    events, results = [], []
    for folder in folders:
        if progress:
            progress(folder.name)
        event, result = run_event(
            folder, settings=settings, embedder=embedder, compare_fn=compare_fn
        )
        events.append(event)
        results.append(result)
    return RegressResult(events=tuple(results), scores=score_kinds(events, results))
