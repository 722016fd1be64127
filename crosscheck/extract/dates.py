"""Dates in an article: normalise the spans on the publication date, attach the event.

Spans come from ``crosscheck.extract.datespans``. dateparser is not used: over whole
texts it misreads Indonesian, and on isolated spans it reached 45 of 67 gold values
where these rules are exact (docs/extraction-dates-numbers.md).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from crosscheck.extract.datespans import Found, Patterns, expand_year, find, patterns, prev_word
from crosscheck.extract.events import Predicate, governing, predicates
from crosscheck.extract.spans import joined_pairs
from crosscheck.lang import table
from crosscheck.types import Article, DateMention, Granularity, TextSpan

# A day and month without a year, with a weekday and no publication date ("Minggu (28/9)"),
# is resolved to the most recent year (not after the reference day) whose calendar puts
# that weekday on that date. Any day and month falls on a given weekday at least once in
# 11 consecutive years (the longest gap in the Gregorian cycle outside 29 February), so an
# 11-year look-back always finds a candidate; the most recent one is the likeliest for news.
LOOKBACK_YEARS = 11
# Relative periods that may be resolved from the body's latest dated day when the
# publication date is missing (a story is written within weeks of the events it dates).
COARSE_PERIODS = ("month", "year")
# An auxiliary ("akan", "telah", "will") sets the tense only within this many characters
# before the governing predicate or after the date: a clause-wide search read "Dalam
# pesannya ... pada Minggu, Kim berjanji akan ..." as future.
MIN_PAST_FORM = 4  # "visited", "signed"; not "red", "bed", "need"
FORM_WINDOW = 80  # characters before a date searched for a past form: about one clause
AUX_WINDOW = 16
# Span kinds that write a day (and maybe a year) rather than a month, year or period.
FULL_DATES = ("iso", "paren", "slash", "dmy", "mdy")
WRITTEN_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")  # a year written in a date's text
MONTH_RANGE = re.compile(r"\d{4}-\d\d/\d{4}-\d\d")  # "2026-04/2026-09"


# --------------------------------------------------------------------------- normalising


@dataclasses.dataclass
class _Resolved:
    value: str | None
    granularity: Granularity
    tense: str | None = None
    weekday: str | None = None
    consistent: bool | None = None
    day: date | None = None  # the resolved day, when there is one (anchors later mentions)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _nearest_day(month: int, day: int, ref: date, tense: str | None) -> date | None:
    """The (ref.year - 1 .. + 1) date with this day and month nearest to ``ref``."""
    options = [
        d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _safe_date(y, month, day))
    ]
    if tense == "past":
        options = [d for d in options if d <= ref] or options
    elif tense == "future":
        options = [d for d in options if d >= ref] or options
    return min(options, key=lambda d: (abs((d - ref).days), d > ref)) if options else None


def _day_by_weekday(month: int, day: int, weekday: int, ref: date) -> date | None:
    """The most recent day/month on ``weekday`` not after ``ref`` (else the next one)."""
    options = [
        d
        for y in range(ref.year - LOOKBACK_YEARS, ref.year + 2)
        if (d := _safe_date(y, month, day)) and d.weekday() == weekday
    ]
    past = [d for d in options if d <= ref]
    if past:
        return max(past)
    return min(options) if options else None


def _nearest_month(month: int, ref: date, tense: str | None) -> tuple[int, int]:
    """(year, month) for a month name without a year, seen from ``ref``."""
    here = ref.year * 12 + ref.month - 1
    options = [y * 12 + month - 1 for y in (ref.year - 1, ref.year, ref.year + 1)]
    if tense == "past":
        pick = max(o for o in options if o <= here)
    elif tense == "future":
        pick = min(o for o in options if o > here)
    else:
        pick = min(options, key=lambda o: (abs(o - here), o > here))
    return divmod(pick, 12)[0], pick % 12 + 1


def _is_this_year(found: Found, pat: Patterns) -> bool:
    """ "this year", "tahun ini": the current year named by a marker."""
    f = found.fields
    if found.kind != "period" or pat.data.PERIODS.get((f.get("per") or "").lower()) != "year":
        return False
    before, after = (f.get("before") or "").lower(), (f.get("after") or "").lower()
    return not f.get("n") and (before in pat.data.THIS_BEFORE or after in pat.data.THIS_AFTER)


def _marker_tense(fields: dict[str, str | None], data: Any) -> str | None:
    after = (fields.get("after") or "").lower()
    before = (fields.get("before") or fields.get("cue") or "").lower()
    if after in data.PAST_AFTER or before in data.PAST_BEFORE:
        return "past"
    if after in data.FUTURE_AFTER or after in data.COUNT_FUTURE_AFTER:
        return "future"
    if before in data.FUTURE_BEFORE:
        return "future"
    return None


def _month_of(word: str | None, pat: Patterns) -> int:
    return pat.months[(word or "").lower().rstrip(".")]


def _weekday_check(
    wd: str | None, day: date | None, pat: Patterns
) -> tuple[str | None, bool | None]:
    if not wd:
        return None, None
    wanted = pat.weekdays[wd.lower().rstrip(".")]
    return wd, (day.weekday() == wanted) if day else None


def _shift_month(ref: date, months: int) -> tuple[int, int]:
    index = ref.year * 12 + ref.month - 1 + months
    return index // 12, index % 12 + 1


def _resolve_period(f: dict[str, str | None], tense: str | None, pub: date | None,
                    pat: Patterns) -> _Resolved:  # fmt: skip
    data = pat.data
    per = data.PERIODS[" ".join((f["per"] or "").lower().split())]
    n = 1 if f["se"] else _count(f["n"], pat) if f["n"] else None
    step = 0 if tense is None else (n if n is not None else 1)
    step = -step if tense == "past" else step
    if pub is None:
        return _Resolved(None, Granularity.RELATIVE, tense)
    part = (f["part"] or "").lower()
    if per == "day":
        day = pub + timedelta(days=step)
        return _Resolved(day.isoformat(), Granularity.DAY, tense, day=day)
    if per in ("week", "weekend"):
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        weekend = per == "weekend" or (data.WEEKEND_PART and part == data.WEEKEND_PART)
        first = monday + timedelta(days=5) if weekend else monday
        last = monday + timedelta(days=6)
        return _Resolved(f"{first.isoformat()}/{last.isoformat()}", Granularity.RANGE, tense)
    if per == "month":
        y, m = _shift_month(pub, step)
        return _Resolved(f"{y:04d}-{m:02d}", Granularity.MONTH, tense)
    return _Resolved(f"{pub.year + step:04d}", Granularity.YEAR, tense)


def _count(word: str | None, pat: Patterns) -> int:
    from crosscheck.extract.numbers import parse_number_words

    if word and word.isdigit():
        return int(word)
    value = parse_number_words(word or "", language=pat.language)
    return int(value) if value is not None else 1


def _resolve_weekday(f: dict[str, str | None], tense: str | None, pub: date | None,
                     pat: Patterns) -> _Resolved:  # fmt: skip
    wd = f["wd"]
    if pub is None:
        return _Resolved(None, Granularity.RELATIVE, tense, wd, None)
    wanted = pat.weekdays[(wd or "").lower()]
    weeks = getattr(pat.data, "WEEKDAY_WEEKS", {}).get(
        " ".join((f.get("after") or "").lower().split())
    )
    if weeks is not None:
        # "Selasa pekan lalu": that weekday in the week before the publication's
        day = pub - timedelta(days=pub.weekday()) + timedelta(weeks=weeks, days=wanted)
        tense = "past" if weeks < 0 else "future" if weeks > 0 else tense
        return _Resolved(day.isoformat(), Granularity.DAY, tense, wd, None, day)
    this = (f.get("after") or "").lower() in pat.data.THIS_AFTER or (
        f.get("before") or ""
    ).lower() in pat.data.THIS_BEFORE
    marked = _marker_tense(f, pat.data)
    if this:
        day = pub - timedelta(days=pub.weekday()) + timedelta(days=wanted)
    elif tense == "future":
        ahead = (wanted - pub.weekday()) % 7 or (7 if marked else 0)
        day = pub + timedelta(days=ahead)
    else:
        back = (pub.weekday() - wanted) % 7 or (7 if marked else 0)
        day = pub - timedelta(days=back)
    return _Resolved(day.isoformat(), Granularity.DAY, tense, wd, None, day)


def _with_clock(r: _Resolved, f: dict[str, str | None], pat: Patterns) -> _Resolved:
    """Make a resolved day an instant when a time of day was written with it."""
    if not (f.get("hh") and r.day and r.granularity is Granularity.DAY):
        return r
    value = f"{r.day.isoformat()}T{int(f['hh'] or 0):02d}:{f['mm']}"
    zone = pat.zones.get((f.get("tz") or "").lower())
    if zone is not None:
        hours, minutes = divmod(round(abs(zone) * 60), 60)
        value += f"{'-' if zone < 0 else '+'}{hours:02d}:{minutes:02d}"
    return dataclasses.replace(r, value=value, granularity=Granularity.INSTANT)


def _resolve(found: Found, tense: str | None, pub: date | None, anchor: date | None,
             today: date, pat: Patterns) -> _Resolved:  # fmt: skip
    """Normalise one found span; ``anchor`` stands in for a missing publication date."""
    return _with_clock(_resolve_plain(found, tense, pub, anchor, today, pat), found.fields, pat)


def _resolve_plain(found: Found, tense: str | None, pub: date | None, anchor: date | None,
                   today: date, pat: Patterns) -> _Resolved:  # fmt: skip
    """``_resolve`` without the time of day."""
    f, kind = found.fields, found.kind
    if kind in FULL_DATES:
        month = int(f["m"]) if f.get("m") else _month_of(f.get("mo"), pat)
        d1 = int(f["d"] or 0)
        wd = f.get("wd")
        day: date | None = None
        if f.get("y"):
            year = int(f["y"] or 0)
            year = year + 2000 if year < 100 else year
            day = _safe_date(year, month, d1)
        elif pub or anchor:
            # a publication date or a dated day in the body fixes the year; the weekday
            # is then a check ("Sabtu (26/1)" next to "25 Januari 2024" is inconsistent)
            day = _nearest_day(month, d1, pub or anchor or today, tense)  # type: ignore[arg-type]
        elif wd:
            wanted = pat.weekdays[wd.lower().rstrip(".")]
            day = _day_by_weekday(month, d1, wanted, today)
        if day is None:
            return _Resolved(None, Granularity.RELATIVE, tense, wd)
        wd, ok = _weekday_check(wd, day, pat)
        if f.get("d2"):
            end = _safe_date(day.year, day.month, int(f["d2"] or 0))
            if end and end > day:
                value = f"{day.isoformat()}/{end.isoformat()}"
                return _Resolved(value, Granularity.RANGE, tense, wd, ok, day)
        return _Resolved(day.isoformat(), Granularity.DAY, tense, wd, ok, day)
    if kind == "my":
        first = f"{int(f['y'] or 0):04d}-{_month_of(f['mo'], pat):02d}"
        if f.get("mo2") and _month_of(f["mo2"], pat) > _month_of(f["mo"], pat):
            last = f"{int(f['y'] or 0):04d}-{_month_of(f['mo2'], pat):02d}"
            return _Resolved(f"{first}/{last}", Granularity.RANGE, tense)  # "Januari-Maret 2024"
        return _Resolved(first, Granularity.MONTH, tense)
    if kind == "month":
        ref = pub or anchor
        if ref is None:
            return _Resolved(None, Granularity.RELATIVE, tense)
        if f.get("mo2"):  # "January-July", "Juli hingga September": a range of months,
            # placed by its last month
            m, m2 = _month_of(f["mo"], pat), _month_of(f["mo2"], pat)
            y2, _ = _nearest_month(m2, ref, tense)
            y = y2 if m < m2 else y2 - 1
            return _Resolved(f"{y:04d}-{m:02d}/{y2:04d}-{m2:02d}", Granularity.RANGE, tense)
        y, m = _nearest_month(_month_of(f["mo"], pat), ref, tense)
        return _Resolved(f"{y:04d}-{m:02d}", Granularity.MONTH, tense)
    if kind == "year":
        if f["y2"]:
            value = f"{f['y']}/{expand_year(f['y'], f['y2'] or '')}"
            return _Resolved(value, Granularity.RANGE, tense)
        return _Resolved(f["y"], Granularity.YEAR, tense)
    if kind == "relday":
        offset = pat.data.RELATIVE_DAYS[" ".join((f["rel"] or "").lower().split())]
        tense = tense or ("past" if offset < 0 else "future" if offset > 0 else None)
        if pub is None:
            return _Resolved(None, Granularity.RELATIVE, tense)
        day = pub + timedelta(days=offset)
        return _Resolved(day.isoformat(), Granularity.DAY, tense, day=day)
    if kind == "period":
        this = (
            (f["after"] or "").lower() in pat.data.THIS_AFTER
            or (f["before"] or "").lower() in pat.data.THIS_BEFORE
            or not (f["before"] or f["after"])  # "akhir tahun": this year's end
        )
        per = pat.data.PERIODS[" ".join((f["per"] or "").lower().split())]
        # Without a publication date, months and years ("tahun ini") are read from the
        # latest dated day in the body; days and weeks are too fine for that stand-in.
        ref = pub or (anchor if per in COARSE_PERIODS else None)
        return _resolve_period(f, None if this else tense, ref, pat)
    return _resolve_weekday(f, tense, pub, pat)


# --------------------------------------------------------------------------- events


def _sentence_bounds(sentences: Sequence[TextSpan], starts: list[int], start: int,
                     end: int, length: int) -> tuple[int, int]:  # fmt: skip
    if not sentences:
        return 0, length
    i = max(0, bisect.bisect_right(starts, start) - 1)
    j = max(i, bisect.bisect_right(starts, max(start, end - 1)) - 1)
    return min(sentences[i].start, start), max(sentences[j].end, end)


def _around(text: str, start: int, between: str, pat: Patterns) -> bool:
    """ "between X and Y", "antara X dan Y": a range written around its two ends."""
    pair = (prev_word(text, start), between.strip().casefold())
    return pair in getattr(pat.data, "RANGE_AROUND", ())


def _since(text: str, found: Found, pat: Patterns) -> str | None:
    """ "past" for a date right after "since"/"sejak" (the word may open the span)."""
    markers = {m.casefold() for m in getattr(pat.data, "SINCE_MARKERS", ())}
    first = text[found.start : found.end].split()[:1]
    words = {w.strip("(,").casefold() for w in first} | {prev_word(text, found.start)}
    return "past" if markers & words else None


def _aux_tense(text: str, found: Found, pred_start: int | None, pat: Patterns) -> str | None:
    """Tense from an auxiliary right before the governing predicate ("telah bertemu") or
    right after the date ("tahun 2024 akan menjadi"); None when there is none or both."""
    # the windows stop at punctuation: ", is scheduled" after "first held in 2018" belongs
    # to the main clause
    windows = [re.split(r"[,;.:]", text[found.end : found.end + AUX_WINDOW])[0]]
    if pred_start is not None:
        windows.append(re.split(r"[,;.:]", text[max(0, pred_start - AUX_WINDOW) : pred_start])[-1])
    future = any(pat.future_aux.search(w) for w in windows)
    past = any(pat.past_aux.search(w) for w in windows)
    if future != past:
        return "future" if future else "past"
    return None


def _form_tense(text: str, found: Found, pat: Patterns) -> str | None:
    """ "past" when the clause before the date holds a verb in a past form ("first
    submitted a draft on March 3", "visited Seoul on March 3"), in languages that mark
    one; not after a form of "be" or "to" ("is scheduled", "to be finalized") nor for
    participles used as adjectives ("the planned drills")."""
    forms = _past_forms(pat.language)
    if forms is None:
        return None
    window = text[max(0, found.start - FORM_WINDOW) : found.start]
    if found.start > FORM_WINDOW:
        window = window.split(None, 1)[-1] if " " in window else ""  # whole words only
    clause = re.split(r"[,;:.]", window)[-1]
    words = re.findall(r"[A-Za-z]+", clause)
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        before = words[i - 1].casefold() if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        preposition = word == "to" and (after[:1].isupper() or after in forms.determiners)
        if word.casefold() in forms.stops and not preposition:
            return None  # "said the talks would resume on March 3": another clause's verb
        if _is_past_form(word, before, forms):
            return None if before in forms.blockers else "past"
    return None


def _is_past_form(word: str, before: str, forms: _PastForms) -> bool:
    """``word`` is a verb in a past form: a regular one ("submitted", not "seaweed", not
    the adjective of "a combined air drill") or one of the irregular ``PAST_FORMS``."""
    regular = (
        word.endswith(forms.suffixes)
        and not word.endswith(forms.not_suffixes)  # "seaweed", "need"
        and len(word) > MIN_PAST_FORM
        and word.islower()
        and word not in forms.adjectival
        and before not in forms.determiners  # "a combined air drill": an adjective
    )
    return regular or word in forms.irregular


def _fronted_tense(text: str, found: Found, sentence_start: int, pat: Patterns) -> str | None:
    """ "past" for a date fronted in its own commas ("In May, KCNA said ..."): the verb of
    the clause after it, in a past form, sets the tense, in languages that mark one."""
    forms = _past_forms(pat.language)
    if forms is None:
        return None
    lead = text[sentence_start : found.start].split()
    if len(lead) > 1 or not text[found.end : found.end + 2].startswith(","):
        return None
    clause = re.split(r"[,;:.]", text[found.end + 1 : found.end + 1 + FORM_WINDOW])[0]
    words = re.findall(r"[A-Za-z]+", clause)
    for i, word in enumerate(words):
        before = words[i - 1].casefold() if i else ""
        if word.casefold() in forms.stops:
            return None  # "In May, talks will resume": no past
        if _is_past_form(word, before, forms):
            return None if before in forms.blockers else "past"
    return None


@dataclasses.dataclass(frozen=True)
class _PastForms:
    suffixes: tuple[str, ...]
    not_suffixes: tuple[str, ...]
    irregular: frozenset[str]
    blockers: frozenset[str]
    adjectival: frozenset[str]
    determiners: frozenset[str]
    stops: frozenset[str]


@lru_cache(maxsize=8)
def _past_forms(lang: str) -> _PastForms | None:
    """The language's past-form tables (None when it marks no past form)."""
    data = table(lang, "dates")
    suffixes = tuple(getattr(data, "PAST_SUFFIXES", ()))
    irregular = frozenset(getattr(data, "PAST_FORMS", ()))
    if not suffixes and not irregular:
        return None
    return _PastForms(
        suffixes=suffixes,
        not_suffixes=tuple(getattr(data, "NOT_PAST_SUFFIXES", ())),
        irregular=irregular,
        blockers=frozenset(getattr(data, "NOT_PAST_AFTER", ())),
        adjectival=frozenset(getattr(data, "NOT_PAST_FORMS", ())),
        determiners=frozenset(getattr(data, "DETERMINERS", ())),
        stops=frozenset(getattr(data, "PAST_SCAN_STOPS", ())),
    )


def _event(text: str, found: Found, preds: Sequence[Predicate], lo: int, hi: int,
           pat: Patterns) -> Predicate | None:  # fmt: skip
    cited = pat.citation.search(text, max(lo, found.start - 40), found.start)
    if cited and cited.end() == found.start:
        return Predicate("cite", cited.group(1), cited.start(1), cited.end(1))
    bound = pat.bound.search(text, max(lo, found.start - 20), found.start)
    if bound:
        event = pat.data.BOUND_MARKERS[bound.group(1).lower()]
        return Predicate(event, bound.group(1), bound.start(1), bound.end(1))
    inside = [p for p in preds if lo <= p.start and p.end <= hi
              and (p.end <= found.start or p.start >= found.end)]  # fmt: skip
    pred = governing(text, found.start, found.end, inside, language=pat.language, lo=lo, hi=hi)
    return pred


def _share_range_years(text: str, found: Sequence[Found], resolved: list[_Resolved | None],
                       pat: Patterns) -> None:  # fmt: skip
    """ "15 April hingga 3 Mei 2024": the first day takes its year from the second."""
    for i in range(len(found) - 1):
        first, second, r1, r2 = found[i], found[i + 1], resolved[i], resolved[i + 1]
        if not (r1 and r2 and r1.day and r2.day) or first.fields.get("y"):
            continue
        if not second.fields.get("y") or not pat.joiner.fullmatch(text[first.end : second.start]):
            continue
        year = (
            r2.day.year
            if (r1.day.month, r1.day.day) <= (r2.day.month, r2.day.day)
            else (r2.day.year - 1)
        )
        day = _safe_date(year, r1.day.month, r1.day.day)
        if day and day != r1.day:
            wd, ok = _weekday_check(first.fields.get("wd"), day, pat)
            resolved[i] = dataclasses.replace(
                r1, value=day.isoformat(), day=day, weekday=wd, consistent=ok
            )


# --------------------------------------------------------------------------- public


def _published_day(published: datetime | None) -> date | None:
    if published is None:
        return None
    return published.date()


def dates(article: Article, *, today: date | None = None) -> Iterator[DateMention]:
    """Yield the dates in ``article.body``, normalised and tied to the event they date.

    Day-and-month dates take their year from the publication date; without one, from the
    weekday written with them (``LOOKBACK_YEARS``), counting back from the latest dated
    day in the body or else from ``today``. Relative dates ("pekan lalu") need the
    publication date and are ``relative`` with no value without it.

    >>> from datetime import datetime, timezone
    >>> from crosscheck.ingest.build import make_article
    >>> a = make_article("Sun bertemu Choe pada Jumat (26/1).", language="id",
    ...                  published=datetime(2024, 1, 27, tzinfo=timezone.utc))
    >>> [(d.text, d.value, d.event) for d in dates(a)]
    [('Jumat (26/1)', '2024-01-26', 'meet')]
    """
    text = article.body
    pat = patterns(article.language if article.language in ("id", "en") else "id")
    today = today or datetime.now(timezone.utc).date()
    pub = _published_day(article.published)
    found_all = find(text, language=pat.language)
    preds = list(predicates(text, language=pat.language))  # in text order
    pred_starts = [p.start for p in preds]
    starts = [s.start for s in article.sentences]
    events: list[Predicate | None] = []
    tenses: list[str | None] = []
    sentence_of: list[int] = []
    for f in found_all:
        lo, hi = _sentence_bounds(article.sentences, starts, f.start, f.end, len(text))
        sentence_of.append(lo)
        near = preds[bisect.bisect_left(pred_starts, lo) : bisect.bisect_right(pred_starts, hi)]
        pred = _event(text, f, near, lo, hi, pat)
        events.append(pred)
        cue = pred.start if pred and pred.canonical != "cite" else None
        tenses.append(
            _marker_tense(f.fields, pat.data)
            or _since(text, f, pat)
            or _aux_tense(text, f, cue, pat)
            or _form_tense(text, f, pat)
            or _fronted_tense(text, f, lo, pat)
        )
    # 1. dates that carry their own year anchor the rest when there is no publication date
    full = FULL_DATES
    explicit = [
        _resolve(f, t, pub, None, today, pat)
        for f, t in zip(found_all, tenses, strict=True)
        if f.fields.get("y") and f.kind in full
    ]
    anchor = pub or max((r.day for r in explicit if r.day), default=None)
    # 2. day-and-month dates (weekday-resolved without a year) anchor month names
    resolved: list[_Resolved | None] = [
        _resolve(f, t, pub, anchor, today, pat) if f.kind in full else None
        for f, t in zip(found_all, tenses, strict=True)
    ]
    _share_range_years(text, found_all, resolved, pat)
    body_anchor = pub or max((r.day for r in resolved if r and r.day), default=None)
    # a sentence that says "this year" puts its month names in the year of publication
    # ("announced this year, after an exemption in January and a programme in June")
    this_year = {lo for f, lo in zip(found_all, sentence_of, strict=True) if _is_this_year(f, pat)}
    # 3. everything else, with the event each date belongs to
    out: list[DateMention] = []
    for f, t, r, pred, lo in zip(found_all, tenses, resolved, events, sentence_of, strict=True):
        r = r or _resolve(f, t, pub, body_anchor, today, pat)
        if pub and lo in this_year and f.kind == "month" and not f.fields.get("mo2"):
            r = dataclasses.replace(r, value=f"{pub.year:04d}-{_month_of(f.fields['mo'], pat):02d}")
        out.append(DateMention(
            text=text[f.start : f.end],
            start=f.start,
            end=f.end,
            value=r.value,
            granularity=r.granularity,
            event=pred.canonical if pred else None,
            event_text=pred.text if pred else None,
            tense=r.tense,
            weekday=r.weekday or f.fields.get("wd"),
            weekday_consistent=r.consistent,
        ))  # fmt: skip
    # two dates that are one: "17 Februari hingga 2 Maret 2025", "July 1 to Aug. 15" (a
    # range of days); "Oktober tahun lalu", "April next year" (a month of that year)
    joined = list(joined_pairs(out, lambda a, b: _join(text, a, b, pat)))
    # ("between May and November| last year": a range, then the year its marker names)
    joined = list(joined_pairs(joined, lambda a, b: _join(text, a, b, pat)))
    around = {w.casefold() for pair in getattr(pat.data, "RANGE_AROUND", ()) for w in pair}
    for mention in joined:
        if (
            mention.granularity is Granularity.MONTH
            and WRITTEN_YEAR.search(mention.text) is None
            and prev_word(text, mention.start) in around
            and " " not in mention.text.strip()
        ):
            continue  # a bare month kept for a range around its ends that did not form
        yield mention


def _join(text: str, first: DateMention, second: DateMention, pat: Patterns) -> DateMention | None:
    between = text[first.end : second.start]
    days = Granularity.DAY, Granularity.INSTANT
    if first.granularity in days:
        ends, size = days, 10
    elif first.granularity is Granularity.YEAR:
        ends, size = (Granularity.YEAR,), 4  # "between 2018 and 2023"
    else:
        ends, size = (Granularity.MONTH,), 7
    if first.granularity in ends and second.granularity in ends and first.value and second.value:
        if not (pat.joiner.fullmatch(between) or _around(text, first.start, between, pat)):
            return None  # "17 Februari hingga 2 Maret", "between October 2023 and April 2024"
        start = first.value[:size]
        if (
            start[:4] > second.value[:4]
            and size > 4
            and not first.weekday
            and WRITTEN_YEAR.search(first.text) is None
        ):
            # "between Jan. 1 and July 12" in a mid-July story: the start, written without a
            # year and put in a later year than its end, lies in the end's year (not the
            # nearer January), as in "between January and April 2024"; "moved from Aug. 15
            # to July 1" stays two dates
            start = f"{second.value[:4]}{start[4:]}"
        if second.value[:size] <= start:
            return None
        value = f"{start}/{second.value[:size]}"
        granularity = Granularity.RANGE
    elif (
        second.granularity is Granularity.YEAR
        # "tahun lalu", "next year", "this year": a year told by a marker, not in digits
        and (second.tense is not None or not any(c.isdigit() for c in second.text))
        and between.isspace()
        and first.value
        and second.value
        and (
            first.granularity in (Granularity.MONTH, Granularity.DAY)
            or MONTH_RANGE.fullmatch(first.value)
        )
        and WRITTEN_YEAR.search(first.text) is None
    ):
        # "Oktober tahun lalu", "April to September next year": months of that year; "Jan 1
        # this year": a day of it
        year = int(second.value[:4])
        if first.granularity is Granularity.DAY:
            value, granularity = f"{year:04d}-{first.value[5:10]}", Granularity.DAY
        elif first.granularity is Granularity.MONTH:
            value, granularity = f"{year:04d}-{first.value[5:7]}", Granularity.MONTH
        else:
            start_month, end_month = first.value[5:7], first.value[13:15]
            end_year = year if end_month >= start_month else year + 1
            value = f"{year:04d}-{start_month}/{end_year:04d}-{end_month}"
            granularity = Granularity.RANGE
    else:
        return None
    consistent = [c for c in (first.weekday_consistent, second.weekday_consistent) if c is not None]
    return dataclasses.replace(
        first,
        text=text[first.start : second.end],
        end=second.end,
        value=value,
        granularity=granularity,
        event=first.event or second.event,
        event_text=first.event_text if first.event else second.event_text,
        tense=first.tense or second.tense,
        weekday=first.weekday or second.weekday,
        weekday_consistent=all(consistent) if consistent else None,
    )
