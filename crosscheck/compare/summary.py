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
    third article, in an agreement of its own when the two that disagree would otherwise
    both be in it (a quote drift between CNN Indonesia and Detik, each agreeing with AP:
    two agreements with AP, not "3 articles agree"). A cluster whose pairs agree on
    different values of one fact (a meeting on the 15th in two articles, an arrival on the
    14th in three) gives one agreement per value, never "agree: date 15; date 14".
    """
    by_key = {(p.a, p.b): p for p in alignment.pairs}
    out: list[Finding] = []
    for cluster in alignment.clusters:
        member_set = set(cluster)
        pairs: list[Pair] = [
            p
            for key, p in by_key.items()
            if key[0] in member_set and key[1] in member_set and not results[key].findings
        ]
        conflicts = {
            frozenset((alignment.units[key[0]].article, alignment.units[key[1]].article))
            for key in by_key
            if key[0] in member_set and key[1] in member_set and results[key].findings
        }
        for group in _by_agreed_value(pairs, results):
            for part in _apart_from_conflicts(group, conflicts, alignment):
                finding = _agreement(extractions, alignment, results, cluster, part)
                if finding is not None:
                    out.append(finding)
    return out


def _apart_from_conflicts(
    pairs: Sequence[Pair], conflicts: set[frozenset[int]], alignment: Alignment
) -> list[list[Pair]]:
    """The agreeing pairs of a group split so that no part holds two articles whose own
    pair disagrees; the best pairs first, each into the first part it fits."""
    if not conflicts:
        return [list(pairs)] if pairs else []
    parts: list[tuple[list[Pair], set[int]]] = []
    for pair in sorted(pairs, key=lambda p: -p.score):
        articles = {alignment.units[pair.a].article, alignment.units[pair.b].article}
        for members, held in parts:
            joined = held | articles
            if not any(conflict <= joined for conflict in conflicts):
                members.append(pair)
                held.update(articles)
                break
        else:
            parts.append(([pair], set(articles)))
    return [members for members, _ in parts]


def _by_agreed_value(
    pairs: Sequence[Pair], results: dict[tuple[int, int], PairResult]
) -> list[list[Pair]]:
    """The pairs of a cluster, split by the dates or numbers they agree on when two of
    those values are never agreed on together (a meeting on the 15th in one pair, an
    arrival on the 14th in another); dates are compared by their day, pairs with no such
    fact make a group of their own."""
    for label in ("date", "number"):
        keys: list[frozenset[str]] = []
        for pair in pairs:
            agreed = results[(pair.a, pair.b)].agreed
            values = {show(f.a.value) for f in agreed if f.label == label}
            keys.append(frozenset(v[:10] if label == "date" else v for v in values))
        every = set().union(*keys) if keys else set()
        apart = any(
            not any(a in key and b in key for key in keys) for a in every for b in every if a < b
        )
        if not apart:
            continue
        groups: dict[frozenset[str], list[Pair]] = {}
        for pair, key in zip(pairs, keys, strict=True):
            groups.setdefault(key, []).append(pair)
        return [groups[key] for key in sorted(groups, key=sorted)]
    return [list(pairs)] if pairs else []


def _agreement(
    extractions: Sequence[Extraction],
    alignment: Alignment,
    results: dict[tuple[int, int], PairResult],
    cluster: Sequence[int],
    pairs: Sequence[Pair],
) -> Finding | None:
    units = alignment.units
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
        return None
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
    return Finding(
        FindingKind.AGREEMENT,
        clamp(score),
        summary,
        tuple(sides[e.article.id] for e in extractions if e.article.id in sides),
        {"fact": facts[0].label if facts else "claim", "units": list(cluster)},
    )


# Discrepancies that one article has against several others that agree with each other
# are one finding: "Antara says X; Detik and Kompas say Y", not one per pair.
MERGEABLE = frozenset(
    {
        FindingKind.QUOTE_DRIFT,
        FindingKind.SPEAKER_CONFLICT,
        FindingKind.DATE_CONFLICT,
        FindingKind.NUMBER_CONFLICT,
    }
)


def _side_key(side: Evidence) -> tuple:
    return (side.article, side.evidence_start, side.evidence_end)


def merge_shared_sides(findings: Sequence[Finding]) -> list[Finding]:
    """Merge pairwise findings of one kind that share one side and whose other sides (from
    different articles) carry the same value: the odd side first, then the others.

    >>> def side(article, start, value):
    ...     return Evidence(article, "s", 0, 1, "e", start, start + 1, value)
    >>> a = Finding(FindingKind.NUMBER_CONFLICT, 0.8, "x", (side("A", 0, 5), side("B", 2, 7)))
    >>> b = Finding(FindingKind.NUMBER_CONFLICT, 0.7, "x", (side("C", 4, 7), side("A", 0, 5)))
    >>> [s.article for s in merge_shared_sides([a, b])[0].claims]
    ['A', 'B', 'C']
    """
    groups: dict[tuple, list[tuple[int, Evidence]]] = {}
    for index, finding in enumerate(findings):
        if finding.kind not in MERGEABLE or len(finding.claims) != 2:
            continue
        for shared, other in (finding.claims, finding.claims[::-1]):
            key = (finding.kind, _side_key(shared), show(other.value))
            groups.setdefault(key, []).append((index, other))
    used: set[int] = set()
    merged: list[Finding] = []
    for key, members in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        members = [(i, o) for i, o in members if i not in used]
        articles = {o.article for _, o in members}
        if len(members) < 2 or len(articles) != len(members):
            continue
        best = max((findings[i] for i, _ in members), key=lambda f: f.confidence)
        shared = next(s for s in best.claims if _side_key(s) == key[1])
        others = tuple(o for _, o in sorted(members, key=lambda m: m[1].article))
        merged.append(
            Finding(
                best.kind,
                best.confidence,
                best.summary,
                (shared, *others),
                {**best.detail, "merged_pairs": len(members)},
            )
        )
        used.update(i for i, _ in members)
    return merged + [f for i, f in enumerate(findings) if i not in used]


def order_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Merge findings that share a side, de-duplicate them (same kind and evidence spans)
    and order them for a report.

    >>> order_findings([])
    []
    """
    unique: dict[tuple, Finding] = {}
    for finding in merge_shared_sides(list(findings)):
        key = (finding.kind, tuple(sorted(_side_key(e) for e in finding.claims)))
        if key not in unique or finding.confidence > unique[key].confidence:
            unique[key] = finding
    return sorted(unique.values(), key=lambda f: (KIND_ORDER[f.kind], -f.confidence, f.summary))
