"""Date spans: patterns built from the language tables, tried only at trigger tokens.

``find`` returns the raw spans (``Found``) with the groups each pattern captured;
``crosscheck.extract.dates`` normalises them. ``numbers()`` also uses ``find`` to skip
dates, so the result is cached per text.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from crosscheck.extract.spans import DisjointSpans
from crosscheck.lang import table

# A four-digit number in this span written with no cue ("untuk 2025.", "2024 akan menjadi")
# is read as a year when nothing marks it as an amount; outside it, it is a number.
BARE_YEAR_MIN, BARE_YEAR_MAX = 1900, 2099

_SENTENCE_START = re.compile(r"(?:^|[.!?\"“”]\s*|\n\s*)$")


@dataclasses.dataclass(frozen=True)
class Found:
    """A date span found by a pattern, before normalisation."""

    start: int
    end: int
    kind: str  # paren | dmy | mdy | my | month | year | iso | relday | period | weekday
    fields: dict[str, str | None]


def expand_year(y: str | None, y2: str) -> str:
    """'1953' -> '1953'; '53' after '1950' -> '1953'."""
    if len(y2) == 2 and y:
        return y[:2] + y2
    return y2


# --------------------------------------------------------------------------- patterns


@dataclasses.dataclass(frozen=True)
class Patterns:
    language: str
    regexes: tuple[tuple[str, re.Pattern[str]], ...]
    triggers: dict[str, tuple[frozenset[str], int]]  # kind -> (trigger tokens, look-back)
    joiner: re.Pattern[str]  # what stands between the two ends of a range
    by_token: dict[str, tuple[tuple[str, int], ...]]  # token -> ((kind, look-back), ...)
    months: dict[str, int]
    weekdays: dict[str, int]
    data: Any
    number_words: re.Pattern[str]
    citation: re.Pattern[str]
    bound: re.Pattern[str]
    future_aux: re.Pattern[str]
    past_aux: re.Pattern[str]
    units: frozenset[str]
    counted: frozenset[str]  # first words of every counted thing of the number tables
    year_before_noun: bool  # "the 2024 simultaneous regional elections"
    year_prepositions: frozenset[str]  # "in 2020", "sejak 2019": a year whatever follows
    amount_after_year: frozenset[str]  # "kuota 2025 sebesar ...": the amount comes next
    year_after_name: bool  # "Pilkada 2024", "APBN 2025"
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
def patterns(language: str) -> Patterns:
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
    after_words = [*data.PAST_AFTER, *data.FUTURE_AFTER, *data.THIS_AFTER]
    after_all = _alt(after_words)
    # ("Selasa pekan lalu", "Tuesday last week": a week after the weekday)
    weekday_after = _alt([*getattr(data, "WEEKDAY_WEEKS", {}), *after_words])
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
            # ("Rabu malam, 19 November 2025": a part of the day after the weekday)
            rf"(?:(?P<wd>{wd_prefix})(?:\s+(?P<daypart0>{_alt(data.DAY_PARTS)}))?"
            rf"(?:\s*[,.]?\s+|\s*(?P<open>\()\s*))?(?:the\s+)?"
            rf"(?<![\d.,/])(?P<d>\d{{1,2}})"
            rf"(?:st|nd|rd|th)?(?:\s*(?:/|{joiners})\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?"
            rf"\s+(?:of\s+)?(?P<mo>{mo})"
            rf"(?:,?\s+(?P<y>{year}))?(?(open)\s*\))(?!\w)"
            rf"(?:\s+(?P<after>{after_all})(?![\w-]))?{clock}",
        ),
        (
            "my",
            rf"(?:(?P<cue>{parts}|{month_cue}){sep})?(?P<mo>{mo})"
            rf"(?:\s*(?:{joiners})\s*(?P<mo2>{mo}))?\s+(?:of\s+)?"
            rf"(?P<y>{year})(?:\s+(?P<after>{past_after}))?{word_end}",
        ),
        (
            "month",
            rf"(?:(?P<pre>{month_pre})\s+)?(?:(?P<cue>{parts}|{month_cue}){sep})?"
            rf"(?P<mo>{mo_full})(?:\s*(?:{joiners})\s*(?P<mo2>{mo_full}))?"
            rf"(?:\s+(?P<after>{after_all}))?{word_end}",
        ),
        (
            "year",
            rf"(?:(?P<pre>{year_pre})\s+)?(?:(?P<cue>{parts}|{year_cue})\s+)?(?<![\d.,])"
            rf"(?P<y>{year})(?:\s*(?P<join>{joiners})\s*(?P<y2>{year}|\d\d))?"
            rf"(?:\s+(?P<after>{past_after}))?(?![\w.,]\d|\w|-[^\W\d_])",
        ),
        ("relday", rf"(?<![\w-])(?P<rel>{_alt(list(data.RELATIVE_DAYS))}){word_end}"),
        (
            "period",
            rf"(?<![\w-])(?:(?P<part>{parts}){sep})?(?:(?P<before>{before_all})\s+)?"
            rf"(?:(?P<n>\d{{1,3}}|{numword}|{_alt(data.ONE_WORDS)})\s+)?(?P<se>se)?"
            rf"(?P<per>{_alt(list(data.PERIODS))})"
            rf"(?:\s+(?P<after>{after_count}))?{word_end}",
        ),
        (
            "weekday",
            rf"(?<![\w-])(?:(?P<before>{before_all})\s+)?(?P<wd>{wd_full})"
            rf"(?:\s+(?P<after>{weekday_after}))?{word_end}{clock}",
        ),
    ]
    regexes.insert(
        1,
        (
            "mdy",
            # ("Friday (Sep 4)": Singapore and Malaysian papers put the date in brackets)
            rf"(?:(?P<wd>{wd_prefix})(?:,?\s+|\s*(?P<open>\()\s*))?(?P<mo>{mo})\s+"
            rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:{joiners})\s*(?P<d2>\d{{1,2}}))?"
            rf"(?:,?\s+(?P<y>{year}))?(?(open)\s*\))(?![\w:]|[.,]\d){clock}",
        ),
    )
    if data.DAY_FIRST_NUMERIC:
        # "Senin, 29/1/2024": numeric day/month/year without parentheses (year required,
        # so that "1/2" stays a fraction)
        regexes.insert(
            1,
            (
                "slash",
                rf"(?:(?P<wd>{wd_prefix})\s*,?\s+)?(?<![\d/.,])(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})"
                rf"/(?P<y>{year})(?![\d/]){clock}",
            ),
        )
    if language == "id":
        regexes.insert(
            1,
            (
                "paren",
                rf"(?:(?P<wd>{wd_prefix})(?:\s+(?P<daypart0>{_alt(data.DAY_PARTS)}))?\s*[,.]?\s*)?"
                rf"\(\s*(?P<d>\d{{1,2}})"
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
        "paren": (frozenset({"("}), 3),  # "Sabtu dini hari (27/1)"
        "mdy": (month_words, 2),  # "Friday (Sep 4)"
        "dmy": (month_words, 3),
        "my": (month_words, 2),
        "month": (month_words, 4),
        "year": (frozenset({_YEAR_TOKEN}), 3),
        "relday": (frozenset(k.split()[0] for k in data.RELATIVE_DAYS), 0),
        "period": (period_words, 6),
        "slash": (frozenset({_YEAR_TOKEN}), 3),
        "weekday": (frozenset(weekdays), 1),
    }
    return Patterns(
        language=language,
        regexes=compiled,
        triggers=triggers,
        joiner=re.compile(rf"\s*(?:{joiners}|{_alt(list(data.BOUND_MARKERS))})\s*", re.I),
        by_token=_invert(triggers),
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
        counted=frozenset(
            u.split()[0].lower()
            for u in (*nums.UNITS, *nums.PERCENT_WORDS, *nums.TIME_UNITS, *nums.CURRENCY_WORDS)
        ),
        year_before_noun=getattr(data, "YEAR_BEFORE_NOUN", False),
        year_prepositions=frozenset(getattr(data, "YEAR_PREPOSITIONS", ())),
        amount_after_year=frozenset(getattr(data, "AMOUNT_AFTER_YEAR", ())),
        year_after_name=getattr(data, "YEAR_AFTER_NAME", False),
        stopwords=frozenset(
            [*nums.STOPWORDS, *data.PAST_AFTER, *data.FUTURE_AFTER, *data.FUTURE_AUXILIARIES]
        ),
        amount_before=re.compile(
            rf"(?:{_alt([*nums.QUALIFIERS, *nums.CURRENCY_PREFIXES, *data.AMOUNT_CUES])})\s*$"
        ),
    )


# --------------------------------------------------------------------------- finding


def prev_word(text: str, pos: int) -> str:
    """The word before ``pos``, lowercased, past any punctuation ("" when there is none)."""
    match = re.search(r"([\w'-]+)\W*$", text[max(0, pos - 40) : pos])
    return match.group(1).lower() if match else ""


def _next_word(text: str, pos: int) -> str:
    match = re.match(r"\s*([\w%'-]+)", text[pos : pos + 40])
    return match.group(1).lower() if match else ""


def _keep(found: Found, text: str, pat: Patterns) -> bool:
    """Reject pattern matches that are not dates in context ("dua minggu", "Juni" a name)."""
    f, data = found.fields, pat.data
    if found.kind == "month":
        if getattr(data, "MONTHS_CAPITALISED", False) and (f["mo"] or "")[:1].islower():
            return False  # "the march to parliament": English writes months with a capital
        return bool(f["pre"] or f["cue"] or f["after"]) or _around_months(found, text, pat)
    if found.kind == "year":
        if prev_word(text, found.start) in pat.year_prepositions:
            return True  # "Floods in early 2020 killed ...": a year, not 2,020 killed
        if _next_word(text, found.end) in pat.units:
            return False  # "hingga 2000 orang" is an amount
        if f["y2"] and int(expand_year(f["y"], f["y2"])) <= int(f["y"] or 0):
            return False
        if f["pre"] or f["cue"] or f["y2"]:
            return True
        return _bare_year(found, text, pat)
    if found.kind == "period":
        marker = f["before"] or f["after"]
        if not marker:
            # "akhir tahun", "the middle of the year": a part of the current month or year
            coarse = data.PERIODS.get((f["per"] or "").lower()) in ("month", "year")
            generic = prev_word(text, found.start) in data.GENERIC_BEFORE
            return bool(f["part"] and coarse and not (f["n"] or f["se"] or generic))
        this = (f["after"] or "").lower() in data.THIS_AFTER or (
            f["before"] or ""
        ).lower() in data.THIS_BEFORE
        if (f["n"] or f["se"]) and (this or f["before"]):
            return False  # "tiga hari ini", "last two weeks": durations
        if (f["after"] or "").lower() in data.COUNT_FUTURE_AFTER and not (f["n"] or f["se"]):
            return False
        per = f["per"] or ""
        if per.lower() == data.AMBIGUOUS_WEEKDAY and per[0].isupper():
            return sentence_initial(text, found.start) or bool(f["n"] or f["part"])
        return True
    if found.kind == "weekday":
        word = f["wd"] or ""
        before = prev_word(text, found.start)
        if before in data.NOT_WEEKDAY_BEFORE:
            return False
        if word.lower() == data.AMBIGUOUS_WEEKDAY:
            if word.islower():
                return before == "hari"
            if before in data.WEEK_BEFORE or _next_word(text, found.end) in data.WEEK_AFTER:
                return False
            if sentence_initial(text, found.start) and f["after"]:
                return False  # "Minggu lalu, ..." opens with "last week"
        if word.islower():
            return before in data.WEEKDAY_CUES
        return word[0].isupper()
    if found.kind in ("dmy", "mdy", "paren", "slash"):
        return 1 <= int(f["d"] or 0) <= 31 and (not f.get("m") or 1 <= int(f["m"] or 0) <= 12)
    return True


def _around_months(found: Found, text: str, pat: Patterns) -> bool:
    """A month that opens or closes a range written around its ends ("between January and
    June", "antara Januari dan Juni"; ``RANGE_AROUND``)."""
    before = prev_word(text, found.start)
    for opener, closer in getattr(pat.data, "RANGE_AROUND", ()):
        if before == opener.casefold():
            after = re.match(rf"\s+{re.escape(closer)}\s+([\w.]+)", text[found.end :], re.I)
            return after is not None and after.group(1).casefold().rstrip(".") in pat.months
        if before == closer.casefold():
            words = text[max(0, found.start - 40) : found.start].split()
            return (
                len(words) >= 3
                and words[-3].casefold() == opener.casefold()
                and words[-2].casefold().rstrip(".") in pat.months
            )
    return False


def _bare_year(found: Found, text: str, pat: Patterns) -> bool:
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
    if not word[:1].islower() or word.lower() in pat.stopwords:
        return True
    if word.lower() in pat.amount_after_year:
        return True  # "kuota 2025 sebesar 7,9 juta ton": the amount follows the year
    if word.lower() in pat.counted:
        return False  # "2000 orang", "1950 troops": what is counted follows
    # a lower-case word after leaves a year where the language's edited copy writes
    # thousands with a separator and the year qualifies a noun ("the 2024 simultaneous
    # regional elections") or follows a name ("Pilkada 2024 biaya ...")
    written = text[max(0, found.start - 25) : found.start].split()[-1:]
    return pat.year_before_noun or (
        pat.year_after_name and bool(written) and written[0][:1].isupper()
    )


def sentence_initial(text: str, pos: int) -> bool:
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
    pat = patterns(language)
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
    free = DisjointSpans()
    for _, _, found in candidates:
        if free.add_if_free(found.start, found.end):
            taken.append(found)
    return tuple(sorted(taken, key=lambda f: f.start))


_TOKEN = re.compile(r"[^\W_]+|\(")
_YEAR_TOKEN = "<year>"


def _invert(
    triggers: dict[str, tuple[frozenset[str], int]],
) -> dict[str, tuple[tuple[str, int], ...]]:
    """token -> the pattern kinds it triggers, with their look-back."""
    inverted: dict[str, list[tuple[str, int]]] = {}
    for kind, (words, back) in triggers.items():
        for word in words:
            inverted.setdefault(word, []).append((kind, back))
    return {word: tuple(kinds) for word, kinds in inverted.items()}


def _candidate_starts(text: str, pat: Patterns) -> dict[str, list[int]]:
    """Where each pattern may match: at trigger tokens (month and weekday names, period
    words, four-digit numbers, "(") and a few tokens before them. Trying the patterns
    only there, instead of at every character, is what makes extraction fast."""
    starts: dict[str, set[int]] = {kind: set() for kind in pat.triggers}
    positions: list[int] = []
    by_token = pat.by_token
    for m in _TOKEN.finditer(text):
        positions.append(m.start())
        word = m.group().lower()
        kinds = by_token.get(_YEAR_TOKEN if len(word) == 4 and word.isdigit() else word)
        if kinds:
            i = len(positions) - 1
            for kind, back in kinds:
                starts[kind].update(positions[max(0, i - back) : i + 1])
    return {kind: sorted(found) for kind, found in starts.items()}


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
