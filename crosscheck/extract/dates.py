"""Dates in an article: find the spans, normalise them on the publication date, attach the event.

dateparser is not used: over whole texts it misreads Indonesian (see
docs/extraction-dates-numbers.md), and on isolated spans our own normalisation below is
exact for every form we find, so it would add cost without fixing anything.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from crosscheck.extract.events import Predicate, governing, predicates
from crosscheck.lang import table
from crosscheck.types import Article, DateMention, Granularity, TextSpan

# A day and month without a year, with a weekday and no publication date ("Minggu (28/9)"),
# is resolved to the most recent year (not after the reference day) whose calendar puts
# that weekday on that date. Any day and month falls on a given weekday at least once in
# 11 consecutive years (the longest gap in the Gregorian cycle outside 29 February), so an
# 11-year look-back always finds a candidate; the most recent one is the likeliest for news.
LOOKBACK_YEARS = 11
# A four-digit number in this span written with no cue ("untuk 2025.", "2024 akan menjadi")
# is read as a year when nothing marks it as an amount; outside it, it is a number.
BARE_YEAR_MIN, BARE_YEAR_MAX = 1900, 2099
# Relative periods that may be resolved from the body's latest dated day when the
# publication date is missing (a story is written within weeks of the events it dates).
COARSE_PERIODS = ("month", "year")
# An auxiliary ("akan", "telah", "will") sets the tense only within this many characters
# before the governing predicate or after the date: a clause-wide search read "Dalam
# pesannya ... pada Minggu, Kim berjanji akan ..." as future.
AUX_WINDOW = 16

_SENTENCE_START = re.compile(r"(?:^|[.!?\"“”]\s*|\n\s*)$")


@dataclasses.dataclass(frozen=True)
class Found:
    """A date span found by a pattern, before normalisation."""

    start: int
    end: int
    kind: str  # paren | dmy | mdy | my | month | year | iso | relday | period | weekday
    fields: dict[str, str | None]


# --------------------------------------------------------------------------- patterns


@dataclasses.dataclass(frozen=True)
class _Patterns:
    language: str
    regexes: tuple[tuple[str, re.Pattern[str]], ...]
    triggers: dict[str, tuple[frozenset[str], int]]  # kind -> (trigger tokens, look-back)
    months: dict[str, int]
    weekdays: dict[str, int]
    data: Any
    number_words: re.Pattern[str]
    citation: re.Pattern[str]
    bound: re.Pattern[str]
    future_aux: re.Pattern[str]
    past_aux: re.Pattern[str]
    units: frozenset[str]
    zones: dict[str, float]
    stopwords: frozenset[str]
    amount_before: re.Pattern[str]


def _alt(words: Sequence[str], *, dot: bool = False) -> str:
    """Regex alternation of words (longest first), spaces flexible, optional trailing dot."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in word.split())
        parts.append(body + (r"\.?" if dot else ""))
    return "|".join(parts) if parts else r"(?!x)x"


def _full_names(names: dict[str, int]) -> list[str]:
    """Names that are not abbreviations: the longest spelling(s) of each value."""
    longest: dict[int, int] = {}
    for name, value in names.items():
        longest[value] = max(longest.get(value, 0), len(name))
    return [
        n
        for n, v in names.items()
        if (len(n) >= longest[v] - 1 and len(n) > 3) or len(n) == longest[v]
    ]


@lru_cache(maxsize=8)
def _patterns(language: str) -> _Patterns:
    from crosscheck.extract.numbers import number_word_pattern  # numbers imports dates

    cal = table(language, "calendar")
    data = table(language, "dates")
    nums = table(language, "numbers")
    own_months: dict[str, int] = dict(cal.MONTHS)
    months = dict(own_months)
    for extra in data.EXTRA_MONTH_LANGUAGES:
        for name, value in table(extra, "calendar").MONTHS.items():
            months.setdefault(name, value)
    weekdays: dict[str, int] = dict(cal.WEEKDAYS)
    full_months = _full_names(months)
    abbrev_months = [m for m in months if m not in full_months]
    mo = f"{_alt(full_months)}|{_alt(abbrev_months, dot=True)}"
    mo_full = _alt(_full_names(own_months))
    full_wd = _full_names(weekdays)
    abbrev_wd = [w for w in weekdays if w not in full_wd]
    wd_prefix = f"{_alt(full_wd)}|(?:{_alt(abbrev_wd)})(?=[.,])"
    wd_full = _alt(full_wd)
    parts = _alt(list(data.PARTS))
    span_cues = set(data.SPAN_CUES)
    month_pre = _alt([c for c in data.MONTH_CUES if c not in span_cues])
    month_cue = _alt([c for c in data.MONTH_CUES if c in span_cues])
    year_pre = _alt([c for c in data.YEAR_CUES if c not in span_cues])
    year_cue = _alt([c for c in data.YEAR_CUES if c in span_cues])
    past_after = _alt(data.PAST_AFTER)
    after_all = _alt([*data.PAST_AFTER, *data.FUTURE_AFTER, *data.THIS_AFTER])
    after_count = _alt([*data.PAST_AFTER, *data.FUTURE_AFTER, *data.THIS_AFTER,
                        *data.COUNT_FUTURE_AFTER])  # fmt: skip
    before_all = _alt([*data.PAST_BEFORE, *data.FUTURE_BEFORE, *data.THIS_BEFORE])
    joiners = _alt(data.RANGE_JOINERS)
    numword = number_word_pattern(language)
    year = r"(?:1[6-9]|20)\d\d"
    sep = r"(?:\s+|(?<=-))"
    word_end = r"(?![\w-])"
    zones: dict[str, float] = {}
    for lang in (language, *data.EXTRA_MONTH_LANGUAGES):
        zones.update({k.lower(): v for k, v in table(lang, "calendar").TIMEZONES.items()})
    # A time of day or a part of the day after a dated day: "Jumat (26/1) malam",
    # "Sabtu, 27 Januari 2024, 15:52 WIB", "Friday evening".
    clock = (
        rf"(?:\s+(?P<daypart>{_alt(data.DAY_PARTS)})(?![\w-]))?"
        rf"(?:,?\s+(?:(?:{_alt(data.TIME_CUES)})\s+)?(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)"
        rf"(?!\d)(?:\s*(?P<tz>{_alt(list(zones))})(?![\w-]))?)?"
    )
    regexes: list[tuple[str, str]] = [
        ("iso", r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])"),
        (
            "dmy",
            rf"(?:(?P<wd>{wd_prefix})\s*[,.]?\s+)?(?<![\d.,/])(?P<d>\d{{1,2}})"
            rf"(?:\s*(?:-|–|/)\s*(?P<d2>\d{{1,2}}))?\s+(?P<mo>{mo})"
            rf"(?:,?\s+(?P<y>{year}))?(?!\w)(?:\s+(?P<after>{after_all})(?![\w-]))?{clock}",
        ),
        (
            "my",
            rf"(?:(?P<cue>{parts}|{month_cue}){sep})?(?P<mo>{mo})\s+(?:of\s+)?"
            rf"(?P<y>{year})(?:\s+(?P<after>{past_after}))?{word_end}",
        ),
        (
            "month",
            rf"(?:(?P<pre>{month_pre})\s+)?(?:(?P<cue>{month_cue}){sep})?"
            rf"(?P<mo>{mo_full})(?:\s+(?P<after>{after_all}))?{word_end}",
        ),
        (
            "year",
            rf"(?:(?P<pre>{year_pre})\s+)?(?:(?P<cue>{year_cue})\s+)?(?<![\d.,])"
            rf"(?P<y>{year})(?:\s*(?P<join>{joiners})\s*(?P<y2>{year}|\d\d))?"
            rf"(?:\s+(?P<after>{past_after}))?(?![\w.,]\d|\w)",
        ),
        ("relday", rf"(?<![\w-])(?P<rel>{_alt(list(data.RELATIVE_DAYS))}){word_end}"),
        (
            "period",
            rf"(?<![\w-])(?:(?P<part>{parts}){sep})?(?:(?P<before>{before_all})\s+)?"
            rf"(?:(?P<n>\d{{1,3}}|{numword})\s+)?(?P<se>se)?"
            rf"(?P<per>{_alt(list(data.PERIODS))})"
            rf"(?:\s+(?P<after>{after_count}))?{word_end}",
        ),
        (
            "weekday",
            rf"(?<![\w-])(?:(?P<before>{before_all})\s+)?(?P<wd>{wd_full})"
            rf"(?:\s+(?P<after>{after_all}))?{word_end}{clock}",
        ),
    ]
    regexes.insert(
        1,
        (
            "mdy",
            rf"(?:(?P<wd>{wd_prefix}),?\s+)?(?P<mo>{mo})\s+"
            rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?"
            rf"(?:,?\s+(?P<y>{year}))?(?![\w:]|[.,]\d){clock}",
        ),
    )
    if language == "id":
        regexes.insert(
            1,
            (
                "paren",
                rf"(?:(?P<wd>{wd_prefix})\s*[,.]?\s*)?\(\s*(?P<d>\d{{1,2}})"
                rf"\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\){clock}",
            ),
        )
    compiled = tuple((kind, re.compile(rx, re.IGNORECASE | re.UNICODE)) for kind, rx in regexes)
    citation = re.compile(rf"({_alt(data.CITATION_MARKERS)})\s*(?:pada\s+|on\s+)?$", re.I)
    month_words = frozenset(months)
    period_words = frozenset(w for p in data.PERIODS for w in (p.split()[0], "se" + p.split()[0]))
    # Which tokens can start or sit inside each pattern, and how many tokens before the
    # trigger a match may begin (weekday, cue and marker words in front of it).
    triggers: dict[str, tuple[frozenset[str], int]] = {
        "iso": (frozenset({_YEAR_TOKEN}), 0),
        "paren": (frozenset({"("}), 1),
        "mdy": (month_words, 1),
        "dmy": (month_words, 3),
        "my": (month_words, 2),
        "month": (month_words, 4),
        "year": (frozenset({_YEAR_TOKEN}), 3),
        "relday": (frozenset(k.split()[0] for k in data.RELATIVE_DAYS), 0),
        "period": (period_words, 6),
        "weekday": (frozenset(weekdays), 1),
    }
    return _Patterns(
        language=language,
        regexes=compiled,
        triggers=triggers,
        zones=zones,
        months=months,
        weekdays=weekdays,
        data=data,
        number_words=re.compile(rf"^(?:{numword})$", re.I),
        citation=citation,
        bound=re.compile(rf"(?<![\w-])({_alt(list(data.BOUND_MARKERS))})\s*$", re.I),
        future_aux=re.compile(rf"(?<![\w-])(?:{_alt(data.FUTURE_AUXILIARIES)})(?![\w-])", re.I),
        past_aux=re.compile(rf"(?<![\w-])(?:{_alt(data.PAST_AUXILIARIES)})(?![\w-])", re.I),
        units=frozenset(u.split()[0] for u in (*nums.UNITS, *nums.PERCENT_WORDS)),
        stopwords=frozenset(
            [*nums.STOPWORDS, *data.PAST_AFTER, *data.FUTURE_AFTER, *data.FUTURE_AUXILIARIES]
        ),
        amount_before=re.compile(
            rf"(?:{_alt([*nums.QUALIFIERS, *nums.CURRENCY_PREFIXES, *data.AMOUNT_CUES])})\s*$"
        ),
    )


# --------------------------------------------------------------------------- finding


def _prev_word(text: str, pos: int) -> str:
    match = re.search(r"([\w'-]+)\W*$", text[max(0, pos - 40) : pos])
    return match.group(1).lower() if match else ""


def _next_word(text: str, pos: int) -> str:
    match = re.match(r"\s*([\w%'-]+)", text[pos : pos + 40])
    return match.group(1).lower() if match else ""


def _keep(found: Found, text: str, pat: _Patterns) -> bool:
    """Reject pattern matches that are not dates in context ("dua minggu", "Juni" a name)."""
    f, data = found.fields, pat.data
    if found.kind == "month":
        return bool(f["pre"] or f["cue"] or f["after"])
    if found.kind == "year":
        if _next_word(text, found.end) in pat.units:
            return False  # "hingga 2000 orang" is an amount
        if f["y2"] and int(_expand_year(f["y"], f["y2"])) <= int(f["y"] or 0):
            return False
        if f["pre"] or f["cue"] or f["y2"]:
            return True
        return _bare_year(found, text, pat)
    if found.kind == "period":
        marker = f["before"] or f["after"]
        if not marker:
            return False
        this = (f["after"] or "").lower() in data.THIS_AFTER or (
            f["before"] or ""
        ).lower() in data.THIS_BEFORE
        if (f["n"] or f["se"]) and (this or f["before"]):
            return False  # "tiga hari ini", "last two weeks": durations
        if (f["after"] or "").lower() in data.COUNT_FUTURE_AFTER and not (f["n"] or f["se"]):
            return False
        per = f["per"] or ""
        if per.lower() == data.AMBIGUOUS_WEEKDAY and per[0].isupper():
            return _sentence_initial(text, found.start) or bool(f["n"] or f["part"])
        return True
    if found.kind == "weekday":
        word = f["wd"] or ""
        before = _prev_word(text, found.start)
        if before in data.NOT_WEEKDAY_BEFORE:
            return False
        if word.lower() == data.AMBIGUOUS_WEEKDAY:
            if word.islower():
                return before == "hari"
            if before in data.WEEK_BEFORE or _next_word(text, found.end) in data.WEEK_AFTER:
                return False
            if _sentence_initial(text, found.start) and f["after"]:
                return False  # "Minggu lalu, ..." opens with "last week"
        if word.islower():
            return before in data.WEEKDAY_CUES
        return word[0].isupper()
    if found.kind in ("dmy", "mdy"):
        return 1 <= int(f["d"] or 0) <= 31
    return True


def _bare_year(found: Found, text: str, pat: _Patterns) -> bool:
    """A four-digit number with no cue is a year unless it reads as an amount: a qualifier,
    currency or "sebanyak" before it, or a lower-case noun after it ("2000 peserta")."""
    year = int(found.fields["y"] or 0)
    if not BARE_YEAR_MIN <= year <= BARE_YEAR_MAX:
        return False
    before = text[max(0, found.start - 25) : found.start].lower()
    if pat.amount_before.search(before):
        return False
    after = re.match(r"\s*([\w%$-]+)", text[found.end : found.end + 30])
    if not after:
        return True
    word = after.group(1)
    return not word[:1].islower() or word.lower() in pat.stopwords


def _sentence_initial(text: str, pos: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, pos - 3) : pos]))


def find(text: str, *, language: str) -> list[Found]:
    """Date spans in ``text``, longest first wins, in text order (no normalisation).

    >>> [f.kind for f in find("Ia tiba pada Jumat (26/1) dan pulang pekan lalu.", language="id")]
    ['paren', 'period']
    """
    return list(_find(text, language))


@lru_cache(maxsize=64)
def _find(text: str, language: str) -> tuple[Found, ...]:
    """``find`` cached per text: ``numbers()`` asks for the same spans to skip them."""
    pat = _patterns(language)
    starts = _candidate_starts(text, pat)
    candidates: list[tuple[int, int, Found]] = []
    for priority, (kind, regex) in enumerate(pat.regexes):
        seen: set[tuple[int, int]] = set()
        rejected: list[tuple[int, int]] = []
        for pos in starts[kind]:
            match = regex.match(text, pos)
            if not match or (match.start(), match.end()) in seen:
                continue
            seen.add((match.start(), match.end()))
            if any(s <= match.start() and match.end() <= e for s, e in rejected):
                continue  # inside a longer reading already judged not a date ("dua minggu ini")
            fields = match.groupdict()
            start = _span_start(match)
            found = Found(start, match.end(), kind, fields)
            if match.end() > start and _keep(found, text, pat):
                candidates.append((priority, start, found))
            else:
                rejected.append((match.start(), match.end()))
    candidates.sort(key=lambda c: (-(c[2].end - c[2].start), c[0], c[1]))
    taken: list[Found] = []
    for _, _, found in candidates:
        if all(found.end <= t.start or found.start >= t.end for t in taken):
            taken.append(found)
    return tuple(sorted(taken, key=lambda f: f.start))


_TOKEN = re.compile(r"[^\W_]+|\(")
_YEAR_TOKEN = "<year>"


def _candidate_starts(text: str, pat: _Patterns) -> dict[str, list[int]]:
    """Where each pattern may match: at trigger tokens (month and weekday names, period
    words, four-digit numbers, "(") and a few tokens before them. Trying the patterns
    only there, instead of at every character, is what makes extraction fast."""
    tokens = [(m.start(), m.group().lower()) for m in _TOKEN.finditer(text)]
    starts: dict[str, set[int]] = {kind: set() for kind in pat.triggers}
    for i, (_, word) in enumerate(tokens):
        key = _YEAR_TOKEN if len(word) == 4 and word.isdigit() else word
        for kind, (words, back) in pat.triggers.items():
            if key in words:
                starts[kind].update(tokens[j][0] for j in range(max(0, i - back), i + 1))
    return {kind: sorted(positions) for kind, positions in starts.items()}


def _span_start(match: re.Match[str]) -> int:
    """Prepositions ("pada", "in") are cues outside the span; everything after is inside."""
    if "pre" in match.groupdict() and match.group("pre"):
        rest = match.end("pre")
        return (
            rest
            + len(match.string[rest : match.end()])
            - len(match.string[rest : match.end()].lstrip())
        )
    return match.start()


# --------------------------------------------------------------------------- normalising


@dataclasses.dataclass
class _Resolved:
    value: str | None
    granularity: Granularity
    tense: str | None = None
    weekday: str | None = None
    consistent: bool | None = None
    day: date | None = None  # the resolved day, when there is one (anchors later mentions)


def _expand_year(y: str | None, y2: str) -> str:
    """'1953' -> '1953'; '53' after '1950' -> '1953'."""
    if len(y2) == 2 and y:
        return y[:2] + y2
    return y2


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


def _month_of(word: str | None, pat: _Patterns) -> int:
    return pat.months[(word or "").lower().rstrip(".")]


def _weekday_check(
    wd: str | None, day: date | None, pat: _Patterns
) -> tuple[str | None, bool | None]:
    if not wd:
        return None, None
    wanted = pat.weekdays[wd.lower().rstrip(".")]
    return wd, (day.weekday() == wanted) if day else None


def _shift_month(ref: date, months: int) -> tuple[int, int]:
    index = ref.year * 12 + ref.month - 1 + months
    return index // 12, index % 12 + 1


def _resolve_period(f: dict[str, str | None], tense: str | None, pub: date | None,
                    pat: _Patterns) -> _Resolved:  # fmt: skip
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


def _count(word: str | None, pat: _Patterns) -> int:
    from crosscheck.extract.numbers import parse_number_words

    if word and word.isdigit():
        return int(word)
    value = parse_number_words(word or "", language=pat.language)
    return int(value) if value is not None else 1


def _resolve_weekday(f: dict[str, str | None], tense: str | None, pub: date | None,
                     pat: _Patterns) -> _Resolved:  # fmt: skip
    wd = f["wd"]
    if pub is None:
        return _Resolved(None, Granularity.RELATIVE, tense, wd, None)
    wanted = pat.weekdays[(wd or "").lower()]
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


def _with_clock(r: _Resolved, f: dict[str, str | None], pat: _Patterns) -> _Resolved:
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
             today: date, pat: _Patterns) -> _Resolved:  # fmt: skip
    """Normalise one found span; ``anchor`` stands in for a missing publication date."""
    return _with_clock(_resolve_plain(found, tense, pub, anchor, today, pat), found.fields, pat)


def _resolve_plain(found: Found, tense: str | None, pub: date | None, anchor: date | None,
                   today: date, pat: _Patterns) -> _Resolved:  # fmt: skip
    """``_resolve`` without the time of day."""
    f, kind = found.fields, found.kind
    if kind in ("iso", "paren", "dmy", "mdy"):
        month = int(f["m"]) if f.get("m") else _month_of(f.get("mo"), pat)
        d1 = int(f["d"] or 0)
        wd = f.get("wd")
        day: date | None = None
        if f.get("y"):
            year = int(f["y"] or 0)
            year = year + 2000 if year < 100 else year
            day = _safe_date(year, month, d1)
        elif pub or (anchor and not wd):
            day = _nearest_day(month, d1, pub or anchor or today, tense)  # type: ignore[arg-type]
        elif wd:
            wanted = pat.weekdays[wd.lower().rstrip(".")]
            day = _day_by_weekday(month, d1, wanted, anchor or today)
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
        return _Resolved(f"{int(f['y'] or 0):04d}-{_month_of(f['mo'], pat):02d}",
                         Granularity.MONTH, tense)  # fmt: skip
    if kind == "month":
        ref = pub or anchor
        if ref is None:
            return _Resolved(None, Granularity.RELATIVE, tense)
        y, m = _nearest_month(_month_of(f["mo"], pat), ref, tense)
        return _Resolved(f"{y:04d}-{m:02d}", Granularity.MONTH, tense)
    if kind == "year":
        if f["y2"]:
            value = f"{f['y']}/{_expand_year(f['y'], f['y2'] or '')}"
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
        this = (f["after"] or "").lower() in pat.data.THIS_AFTER or (
            f["before"] or ""
        ).lower() in pat.data.THIS_BEFORE
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


def _aux_tense(text: str, found: Found, pred_start: int | None, pat: _Patterns) -> str | None:
    """Tense from an auxiliary right before the governing predicate ("telah bertemu") or
    right after the date ("tahun 2024 akan menjadi"); None when there is none or both."""
    windows = [text[found.end : found.end + AUX_WINDOW]]
    if pred_start is not None:
        windows.append(text[max(0, pred_start - AUX_WINDOW) : pred_start])
    future = any(pat.future_aux.search(w) for w in windows)
    past = any(pat.past_aux.search(w) for w in windows)
    if future != past:
        return "future" if future else "past"
    return None


def _event(text: str, found: Found, preds: Sequence[Predicate], lo: int, hi: int,
           pat: _Patterns) -> Predicate | None:  # fmt: skip
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
    pat = _patterns(article.language if article.language in ("id", "en") else "id")
    today = today or datetime.now(timezone.utc).date()
    pub = _published_day(article.published)
    found_all = find(text, language=pat.language)
    preds = list(predicates(text, language=pat.language))
    starts = [s.start for s in article.sentences]
    events: list[Predicate | None] = []
    tenses: list[str | None] = []
    for f in found_all:
        lo, hi = _sentence_bounds(article.sentences, starts, f.start, f.end, len(text))
        pred = _event(text, f, preds, lo, hi, pat)
        events.append(pred)
        cue = pred.start if pred and pred.canonical != "cite" else None
        tenses.append(_marker_tense(f.fields, pat.data) or _aux_tense(text, f, cue, pat))
    # 1. dates that carry their own year anchor the rest when there is no publication date
    full = ("iso", "paren", "dmy", "mdy")
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
    body_anchor = pub or max((r.day for r in resolved if r and r.day), default=None)
    # 3. everything else, with the event each date belongs to
    for f, t, r, pred in zip(found_all, tenses, resolved, events, strict=True):
        r = r or _resolve(f, t, pub, body_anchor, today, pat)
        yield DateMention(
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
        )
