"""Finding rules, one per kind: each looks at an aligned pair (or one article) and decides.

Every rule is conservative: it reports a conflict only when both sides state the
fact about the same thing (same event, same counted unit, same quote), and says why.
Agreeing facts are collected so that clusters can be reported as agreements.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from crosscheck.compare.align import QUOTE_SIMILARITY_MIN, Pair, quote_similarity
from crosscheck.compare.evidence import clamp, evidence
from crosscheck.compare.facts import (
    RECURRENCE_GAP_DAYS,
    REPORTING_EVENTS,
    Relation,
    announces_update,
    comparable_events,
    counted_thing,
    date_relation,
    gap_days,
    granularity_matches,
    number_relation,
    same_counted_thing,
)
from crosscheck.compare.quotediff import NEGATION_FLIP, changed_span, diff_quotes
from crosscheck.compare.units import MIN_QUOTE_WORDS, Unit, name_key, same_name, words
from crosscheck.extract.quote_marks import CLOSING, OPENING, STRAIGHT
from crosscheck.lang import table
from crosscheck.types import (
    EntityType,
    Evidence,
    Extraction,
    Finding,
    FindingKind,
    Granularity,
    QuoteKind,
)

# Words between quote marks (curly, guillemets or straight) inside a claim sentence,
# without the punctuation before the closing mark ("mencukupi,”"): quote spans leave it out.
_MARKED = re.compile(
    f"[{OPENING}{STRAIGHT}]([^{OPENING}{CLOSING}{STRAIGHT}]+?)[\\s,.;:!?]*[{CLOSING}{STRAIGHT}]"
)

# A pair's alignment score scales every pair finding's confidence between this floor
# and 1: a weakly aligned pair makes a weaker claim that the two sides are one fact.
PAIR_FACTOR_FLOOR = 0.75

# When an extractor could not name the event a date or number belongs to, two
# sentences may still be compared if their words (dates and numbers masked) overlap
# this much: one-change copies then overlap fully, while counterpart sentences of the
# calibration half go as low as 0.444 after rewrites (--measure). 0.70 asks for a
# nearly identical sentence, as a conflict with no named event should.
LEXICAL_SAME_CLAIM = 0.70

# Base confidences before the pair factor, set by what could go wrong in each case.
CONF_DATE_SAME_EVENT = 0.90  # both dates tied to the same named event
CONF_DATE_EVENT_UNKNOWN = 0.65  # event unnamed; near-identical sentences
CONF_DATE_GRANULARITY = 0.85  # multiplier when precisions differ ("Januari" vs "26 Januari")
CONF_NUMBER_EXACT = 0.85
CONF_NUMBER_VAGUE = 0.35  # "puluhan" vs 147: likely a different reading, low confidence
CONF_NUMBER_UNIT_UNKNOWN = 0.60
CONF_SPEAKER = 0.85
CONF_WEEKDAY = 0.90
CONF_ATTRIBUTION_CLAIM = 0.90  # the aligned sentences themselves credit different origins
CONF_ATTRIBUTION_ARTICLE = 0.75  # the articles credit different origins for aligned claims
CONF_DRIFT = {
    NEGATION_FLIP: 0.95,
    "substitution": 0.80,
    "insertion": 0.65,
    "omission": 0.65,
    "truncation": 0.45,
}


@dataclasses.dataclass
class Agreed:
    """A fact both sides of an aligned pair state alike."""

    label: str  # "date", "number", "speaker", "quote", "attribution"
    a: Evidence
    b: Evidence


@dataclasses.dataclass
class PairResult:
    """What the rules found on one aligned pair."""

    findings: list[Finding] = dataclasses.field(default_factory=list)
    agreed: list[Agreed] = dataclasses.field(default_factory=list)


def pair_factor(pair: Pair) -> float:
    """Confidence multiplier from the alignment score."""
    return PAIR_FACTOR_FLOOR + (1.0 - PAIR_FACTOR_FLOOR) * pair.score


def _detail(pair: Pair, **extra: Any) -> dict[str, Any]:
    return {"alignment": pair.score, "cosine": round(pair.cosine, 4), **extra}


def compare_dates(pair: Pair, ua: Unit, ea: Extraction, ub: Unit, eb: Extraction) -> PairResult:
    """date_conflict for the same event at compatible granularity; agreements otherwise.

    The two sides agree on an event's date when any of their dates for it coincide:
    "pada Selasa (4/3) setelah hujan sejak Senin malam" tells the same Tuesday as
    "pada Selasa, 4 Maret", the Monday being when the rain began. A conflict is reported
    once per event, and only when no date of one side matches a date of the other.
    """
    result = PairResult()
    single = len(ua.dates) == 1 and len(ub.dates) == 1
    conflicts: dict[str, tuple[float, Finding]] = {}
    agreed_events: set[str] = set()
    for i in ua.dates:
        for j in ub.dates:
            da, db = ea.dates[i], eb.dates[j]
            same_event = comparable_events(da, db)
            relation = date_relation(da, db)
            side_a = evidence(ea, da.start, da.end, da.value)
            side_b = evidence(eb, db.start, db.end, db.value)
            event = da.event or db.event or "the same event"
            if relation is Relation.SAME:
                # a shared date agrees whatever each side calls the event, unless it
                # only dates the reporting ("dikutip Sabtu (27/1)") or is a bare year
                # (every article of 2024 shares "2024": no evidence of one event)
                agreed_events.update({da.event or event, db.event or event})
                coarse = Granularity.YEAR in (da.granularity, db.granularity)
                if not coarse and not {da.event, db.event} & REPORTING_EVENTS:
                    result.agreed.append(Agreed("date", side_a, side_b))
                continue
            if same_event is False:
                continue
            if same_event is None and not (single and pair.lexical >= LEXICAL_SAME_CLAIM):
                continue
            gap = gap_days(da, db)
            if relation is Relation.DIFFERENT and (gap is None or gap <= RECURRENCE_GAP_DAYS):
                base = CONF_DATE_SAME_EVENT if same_event else CONF_DATE_EVENT_UNKNOWN
                if not granularity_matches(da, db):
                    base *= CONF_DATE_GRANULARITY
                confidence = clamp(base * pair_factor(pair))
                finding = Finding(
                    FindingKind.DATE_CONFLICT,
                    confidence,
                    f"{event}: {da.value} vs {db.value}",
                    (side_a, side_b),
                    _detail(pair, event=event, granularity=[da.granularity, db.granularity]),
                )
                if event not in conflicts or confidence > conflicts[event][0]:
                    conflicts[event] = (confidence, finding)
    result.findings.extend(f for event, (_, f) in conflicts.items() if event not in agreed_events)
    return result


def compare_numbers(pair: Pair, ua: Unit, ea: Extraction, ub: Unit, eb: Extraction) -> PairResult:
    """number_conflict for the same counted thing; updates and vague covers are not conflicts.

    As with dates, the sides agree on a counted unit when any of their amounts for it
    match, and a conflict is reported once per unit (the most confident pairing): "10 km
    deep, about 6 km north-east" vs "13 km deep" is one conflict, 10 vs 13.
    """
    result = PairResult()
    single = len(ua.numbers) == 1 and len(ub.numbers) == 1
    conflicts: dict[str, tuple[float, Finding]] = {}
    agreed_units: set[str] = set()
    for i in ua.numbers:
        for j in ub.numbers:
            na, nb = ea.numbers[i], eb.numbers[j]
            same_unit = same_counted_thing(na, nb, ea.article.language, eb.article.language)
            if same_unit is False:
                continue
            if same_unit is None and not (single and pair.lexical >= LEXICAL_SAME_CLAIM):
                continue
            relation = number_relation(na, nb)
            side_a = evidence(ea, na.start, na.end, na.value if na.value is not None else na.low)
            side_b = evidence(eb, nb.start, nb.end, nb.value if nb.value is not None else nb.low)
            unit = counted_thing(na.unit or nb.unit, ea.article.language)[0] or "amount"
            if relation is Relation.SAME:
                agreed_units.add(unit)
                result.agreed.append(Agreed("number", side_a, side_b))
                continue
            if relation is Relation.UNKNOWN or _is_update(ea, na, side_a, eb, nb, side_b):
                continue
            base = CONF_NUMBER_EXACT if relation is Relation.DIFFERENT else CONF_NUMBER_VAGUE
            if same_unit is None:
                base = min(base, CONF_NUMBER_UNIT_UNKNOWN)
            confidence = clamp(base * pair_factor(pair))
            finding = Finding(
                FindingKind.NUMBER_CONFLICT,
                confidence,
                f"{unit}: {na.text} vs {nb.text}"
                + (" (vague amount)" if relation is Relation.VAGUE_DIFFERENT else ""),
                (side_a, side_b),
                _detail(pair, unit=unit, vague=relation is Relation.VAGUE_DIFFERENT),
            )
            if unit not in conflicts or confidence > conflicts[unit][0]:
                conflicts[unit] = (confidence, finding)
    result.findings.extend(f for unit, (_, f) in conflicts.items() if unit not in agreed_units)
    return result


def _is_update(
    ea: Extraction, na: Any, sa: Evidence, eb: Extraction, nb: Any, sb: Evidence
) -> bool:
    """True when either number is stated as an update of an earlier figure."""
    lang_a, lang_b = ea.article.language, eb.article.language
    return announces_update(sa.text, na.start - sa.start, lang_a) or announces_update(
        sb.text, nb.start - sb.start, lang_b
    )


def _agency_names(ext: Extraction) -> set[str]:
    """Names of news agencies and outlets in the article (a speaker may be one: "tulis KCNA")."""
    return {e.canonical for e in ext.entities if e.type is EntityType.AGENCY}


def _is_agency(name: str, ext: Extraction) -> bool:
    return any(same_name(name, agency) for agency in _agency_names(ext))


def compare_quotes(pair: Pair, ua: Unit, ea: Extraction, ub: Unit, eb: Extraction) -> PairResult:
    """speaker_conflict and quote_drift for two renderings of one quote."""
    result = PairResult()
    qa, qb = ea.quotes[ua.quote], eb.quotes[ub.quote]  # type: ignore[index]
    speaker_a = qa.speaker_canonical or qa.speaker
    speaker_b = qb.speaker_canonical or qb.speaker
    sp_a = evidence(ea, qa.start, qa.end, speaker_a)
    sp_b = evidence(eb, qb.start, qb.end, speaker_b)
    agencies = speaker_a and speaker_b and (_is_agency(speaker_a, ea) or _is_agency(speaker_b, eb))
    verdict = same_name(speaker_a, speaker_b)
    if verdict is False and (_named_in(speaker_b, sp_a.text) or _named_in(speaker_a, sp_b.text)):
        # both people are named around the quote on one side: which one said it is a
        # reading of that sentence, not a disagreement between outlets
        verdict = None
    if verdict is False and not agencies:
        result.findings.append(
            Finding(
                FindingKind.SPEAKER_CONFLICT,
                clamp(CONF_SPEAKER * pair_factor(pair)),
                f"the same quote is credited to {speaker_a} and to {speaker_b}",
                (sp_a, sp_b),
                _detail(pair, speakers=[speaker_a, speaker_b]),
            )
        )
    elif verdict:
        result.agreed.append(Agreed("speaker", sp_a, sp_b))
    quote_a = evidence(ea, qa.start, qa.end, qa.text)
    quote_b = evidence(eb, qb.start, qb.end, qb.text)
    if ua.language != ub.language:
        result.agreed.append(Agreed("quote", quote_a, quote_b))
        return result
    partial = "partial" in (qa.kind.value, qb.kind.value)
    _drift(result, pair, ea, (qa.start, qa.text), eb, (qb.start, qb.text), ua.language, partial)
    return result


def _drift(
    result: PairResult,
    pair: Pair,
    ea: Extraction,
    a: tuple[int, str],
    eb: Extraction,
    b: tuple[int, str],
    language: str,
    partial: bool,
) -> None:
    """Diff two renderings (body offset, text) of one quote; add a drift or an agreement."""
    (start_a, text_a), (start_b, text_b) = a, b
    diff = diff_quotes(text_a, text_b, language=language)
    drift = diff.drift
    if drift == "truncation" and partial:
        drift = None  # quoting a fragment of a longer quote is ordinary practice
    if drift is None:
        result.agreed.append(
            Agreed(
                "quote",
                evidence(ea, start_a, start_a + len(text_a), text_a),
                evidence(eb, start_b, start_b + len(text_b), text_b),
            )
        )
        return
    lo_a, hi_a = changed_span(diff.a, diff.edits, "a") if _has(diff, "a") else (0, len(text_a))
    lo_b, hi_b = changed_span(diff.b, diff.edits, "b") if _has(diff, "b") else (0, len(text_b))
    side_a = evidence(ea, start_a + lo_a, start_a + hi_a, text_a)
    side_b = evidence(eb, start_b + lo_b, start_b + hi_b, text_b)
    changes = "; ".join(
        f"{e.to_dict()['a'] or '∅'} → {e.to_dict()['b'] or '∅'}" for e in diff.edits[:3]
    )
    result.findings.append(
        Finding(
            FindingKind.QUOTE_DRIFT,
            clamp(CONF_DRIFT[drift] * pair_factor(pair)),
            f"{drift.replace('_', ' ')}: {changes}",
            (side_a, side_b),
            _detail(pair, drift=drift, language=language, edits=[e.to_dict() for e in diff.edits]),
        )
    )


def marked_stretches(text: str, offset: int = 0) -> list[tuple[int, str]]:
    """Stretches of more than one word between quote marks, as (offset + position, text).

    >>> marked_stretches('Kim menyebut 2024 “tahun persahabatan DPRK-Tiongkok” dan "damai".')
    [(19, 'tahun persahabatan DPRK-Tiongkok')]
    >>> marked_stretches('“Stok masih cukup,” kata Budi.')
    [(1, 'Stok masih cukup')]
    """
    return [(offset + m.start(1), m[1]) for m in _MARKED.finditer(text) if len(words(m[1])) > 1]


def _in_quote_unit(ext: Extraction, start: int, end: int) -> bool:
    """True when a quote that is aligned on its own (a quote unit) covers the stretch."""
    return any(
        q.kind is not QuoteKind.INDIRECT
        and len(words(q.text)) >= MIN_QUOTE_WORDS
        and q.start <= start
        and end <= q.end
        for q in ext.quotes
    )


def compare_marked_quotes(
    pair: Pair, ua: Unit, ea: Extraction, ub: Unit, eb: Extraction
) -> PairResult:
    """quote_drift for words in quote marks inside two aligned claim sentences.

    Quotes too short to align alone ("tahun persahabatan DPRK-Tiongkok"), or read by
    the extractor as part of an indirect report around them, are still quoted words:
    when each sentence holds one marked stretch and the two are renderings of one quote
    (word similarity >= ``QUOTE_SIMILARITY_MIN``, as for quote units), they are diffed.
    Stretches that quote units already compare are left to them.
    """
    result = PairResult()
    if ua.language != ub.language:
        return result
    marked_a = marked_stretches(ea.article.body[ua.start : ua.end], ua.start)
    marked_b = marked_stretches(eb.article.body[ub.start : ub.end], ub.start)
    if len(marked_a) != 1 or len(marked_b) != 1:
        return result
    (start_a, text_a), (start_b, text_b) = marked_a[0], marked_b[0]
    covered_a = _in_quote_unit(ea, start_a, start_a + len(text_a))
    covered_b = _in_quote_unit(eb, start_b, start_b + len(text_b))
    if covered_a and covered_b:
        return result
    if quote_similarity(text_a, text_b) < QUOTE_SIMILARITY_MIN:
        return result
    _drift(result, pair, ea, marked_a[0], eb, marked_b[0], ua.language, partial=True)
    return result


def _named_in(name: str | None, sentence: str) -> bool:
    """True when every word of ``name`` occurs in ``sentence``."""
    key = name_key(name or "")
    return bool(key) and key <= set(words(sentence))


def _has(diff: Any, side: str) -> bool:
    return any(e.a if side == "a" else e.b for e in diff.edits)


def _weekday_name(index: int) -> str:
    """The English name of weekday ``index`` (Monday = 0), from the calendar table."""
    names = table("en", "calendar").WEEKDAYS
    return max((n for n, i in names.items() if i == index), key=len).capitalize()


def _weekday_reason(weekday: str | None, value: str) -> str:
    """ "Senin does not fall on 2025-07-08 (a Tuesday)": the day, not the full timestamp.

    >>> _weekday_reason("Senin", "2025-07-08T04:12+08:00")
    'Senin does not fall on 2025-07-08 (a Tuesday)'
    """
    day = value[:10]
    try:
        actual = f" (a {_weekday_name(dt.date.fromisoformat(day).weekday())})"
    except ValueError:
        actual = ""
    return f"{weekday} does not fall on {day}{actual}"


def weekday_findings(ext: Extraction) -> list[Finding]:
    """weekday_mismatch: a weekday that does not fall on its own date, inside one article."""
    out = []
    for mention in ext.dates:
        if mention.weekday_consistent is False:
            out.append(
                Finding(
                    FindingKind.WEEKDAY_MISMATCH,
                    CONF_WEEKDAY,
                    _weekday_reason(mention.weekday, mention.value),
                    (evidence(ext, mention.start, mention.end, mention.value),),
                    {"weekday": mention.weekday},
                )
            )
    return out
