"""Turning clusters into agreement findings, and putting all findings in report order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from crosscheck.compare.align import Alignment, Pair
from crosscheck.compare.evidence import clamp, evidence, show
from crosscheck.compare.findings import Agreed, PairResult
from crosscheck.types import Evidence, Extraction, Finding, FindingKind

# An agreement whose clusters share no typed fact (only names and wording) is a
# weaker statement than one whose dates, numbers or quotes match.
AGREEMENT_UNTYPED_FACTOR = 0.8

# Report order: discrepancies first (most actionable), agreements last.
KIND_ORDER = {
    FindingKind.QUOTE_DRIFT: 0,
    FindingKind.SPEAKER_CONFLICT: 1,
    FindingKind.DATE_CONFLICT: 2,
    FindingKind.NUMBER_CONFLICT: 3,
    FindingKind.ATTRIBUTION_CONFLICT: 4,
    FindingKind.WEEKDAY_MISMATCH: 5,
    FindingKind.AGREEMENT: 6,
}


def _describe(fact: Agreed) -> str:
    value = fact.a.value
    if fact.label == "quote":
        words = str(value or fact.a.evidence).split()
        value = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
        return f'quote "{value}"'
    return f"{fact.label} {show(value)}"


def agreement_findings(
    extractions: Sequence[Extraction],
    alignment: Alignment,
    results: dict[tuple[int, int], PairResult],
) -> list[Finding]:
    """One agreement per cluster: the articles that tell the claim and the facts they share.

    Pairs with a conflict are left out (they are reported as such), so an agreement
    never stands for two tellings that disagree; the same unit may still agree with a
    third article.
    """
    units = alignment.units
    by_key = {(p.a, p.b): p for p in alignment.pairs}
    out: list[Finding] = []
    for cluster in alignment.clusters:
        member_set = set(cluster)
        pairs: list[Pair] = [
            p
            for key, p in by_key.items()
            if key[0] in member_set and key[1] in member_set and not results[key].findings
        ]
        if not pairs:
            continue
        facts: list[Agreed] = [f for p in pairs for f in results[(p.a, p.b)].agreed]
        sides: dict[str, Evidence] = {}
        for fact in facts:
            for side in (fact.a, fact.b):
                sides.setdefault(side.article, side)
        best: dict[int, tuple[float, int]] = {}
        for pair in pairs:
            for uid in (pair.a, pair.b):
                article = units[uid].article
                if pair.score > best.get(article, (-1.0, -1))[0]:
                    best[article] = (pair.score, uid)
        for article, (_, uid) in sorted(best.items()):
            ext = extractions[article]
            if ext.article.id not in sides:
                unit = units[uid]
                sides[ext.article.id] = evidence(ext, unit.start, unit.end, None)
        if len(sides) < 2:
            continue
        score = sum(p.score for p in pairs) / len(pairs)
        labels = []
        for fact in facts:
            text = _describe(fact)
            if text not in labels:
                labels.append(text)
        if labels:
            summary = f"{len(sides)} articles agree: " + "; ".join(labels[:4])
        else:
            score *= AGREEMENT_UNTYPED_FACTOR
            summary = f"{len(sides)} articles tell the same claim"
        out.append(
            Finding(
                FindingKind.AGREEMENT,
                clamp(score),
                summary,
                tuple(sides[e.article.id] for e in extractions if e.article.id in sides),
                {"fact": facts[0].label if facts else "claim", "units": list(cluster)},
            )
        )
    return out


def order_findings(findings: Iterable[Finding]) -> list[Finding]:
    """De-duplicate findings (same kind and evidence spans) and order them for a report.

    >>> order_findings([])
    []
    """
    unique: dict[tuple, Finding] = {}
    for finding in findings:
        key = (
            finding.kind,
            tuple(sorted((e.article, e.evidence_start, e.evidence_end) for e in finding.claims)),
        )
        if key not in unique or finding.confidence > unique[key].confidence:
            unique[key] = finding
    return sorted(unique.values(), key=lambda f: (KIND_ORDER[f.kind], -f.confidence, f.summary))
