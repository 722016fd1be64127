"""Publication datelines: find "Sabtu, 27 Januari 2024, 15:52 WIB"-style lines and read them.

Month, weekday and zone names come from ``crosscheck/lang/<lang>/calendar.py`` for every
supported language at once, because page chrome is often in another language than the
body (an Indonesian article under an English photo caption, and the reverse).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from crosscheck.lang import SUPPORTED, table

# A dateline is a short line: at most this many words besides the date, time, zone,
# weekday and dateline words ("Diperbarui", "Updated"). 4 keeps "Kompas.com - 26/01/2024,
# 12:30 WIB" and "Updated 2 hours ago" lines, and rejects body sentences that hold a date
# (the shortest such sentence in the seeds has 9 other words).
DATELINE_MAX_EXTRA_WORDS = 4
DATELINE_MAX_CHARS = 120  # longer lines are text, not a dateline


@dataclasses.dataclass(frozen=True)
class Dateline:
    """A date read from a dateline; ``value`` is naive when the line names no zone."""

    value: datetime
    text: str
    has_time: bool
    zone_given: bool
    updated: bool = False  # the line gives the last update ("Diperbarui", "Updated")


def _calendar(name: str) -> dict[str, int | float]:
    merged: dict[str, int | float] = {}
    for lang in SUPPORTED:
        merged.update(getattr(table(lang, "calendar"), name, {}))
    return merged


def _words(name: str) -> set[str]:
    merged: set[str] = set()
    for lang in SUPPORTED:
        merged.update(getattr(table(lang, "calendar"), name, ()))
    return merged


def _alternation(names: object) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[re.Pattern[str]], re.Pattern[str], re.Pattern[str]]:
    months = _alternation(_calendar("MONTHS"))
    dates = [
        re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{months})\.?,?\s+(?P<y>\d{{4}})\b", re.I),
        re.compile(
            rf"\b(?P<m>{months})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I
        ),
        re.compile(r"\b(?P<y>\d{4})([-/])(?P<m>\d{1,2})\2(?P<d>\d{1,2})\b"),  # 2024/03/18
        re.compile(r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b"),
    ]
    time = re.compile(
        r"(?<![\d/.:])(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?"
        r"(?:\s*(?P<ap>[AaPp])\.?[Mm]\.?(?!\w))?(?![\d/])"
    )
    zones = _alternation(z.upper() for z in _calendar("TIMEZONES"))
    zone = re.compile(
        rf"\b(?P<z>{zones})\b(?:\s*(?P<sign>[+-])\s*(?P<oh>\d{{1,2}})(?::?(?P<om>\d{{2}}))?)?"
    )
    return dates, time, zone


def _month(value: str) -> int:
    if value.isdigit():
        return int(value)
    return int(_calendar("MONTHS")[value.lower()])


def _read(text: str) -> tuple[Dateline, str] | None:
    """Read the first date in ``text``; also return the text with the parts read removed."""
    dates, time_re, zone_re = _patterns()
    for pattern in dates:
        m = pattern.search(text)
        if m is None:
            continue
        try:
            day = datetime(int(m["y"]), _month(m["m"]), int(m["d"]))
        except (ValueError, KeyError):
            continue
        rest = text[: m.start()] + " " + text[m.end() :]
        t = time_re.search(rest)
        has_time = False
        if t is not None:
            hour = int(t["h"])
            if t["ap"]:
                hour = hour % 12 + (12 if t["ap"].lower() == "p" else 0)
            if hour < 24 and int(t["mi"]) < 60:
                day = day.replace(hour=hour, minute=int(t["mi"]), second=int(t["s"] or 0))
                has_time = True
                rest = rest[: t.start()] + " " + rest[t.end() :]
        z = zone_re.search(rest)
        zone_given = False
        if z is not None:
            hours = float(_calendar("TIMEZONES")[z["z"].lower()])
            if z["sign"]:
                sign = 1 if z["sign"] == "+" else -1
                hours += sign * (int(z["oh"]) + int(z["om"] or 0) / 60)
            day = day.replace(tzinfo=timezone(timedelta(hours=hours)))
            zone_given = True
            rest = rest[: z.start()] + " " + rest[z.end() :]
        return Dateline(day, text.strip(), has_time, zone_given), rest
    return None


def find_dateline(line: str) -> Dateline | None:
    """Return the dateline in ``line`` if the line is a dateline and nothing much else.

    >>> find_dateline("- Jumat, 26 Januari 2024 | 12:30 WIB").value.isoformat()
    '2024-01-26T12:30:00+07:00'
    >>> find_dateline("Pertemuan pada Kamis (28/10/2021) tersebut dilakukan di Beijing.") is None
    True
    """
    if len(line) > DATELINE_MAX_CHARS:
        return None
    read = _read(line)
    if read is None:
        return None
    dateline, rest = read
    ignorable = {w.lower() for w in _calendar("WEEKDAYS")} | _words("DATELINE_WORDS")
    extra = [w for w in re.findall(r"[\w.+]+", rest) if w.lower().strip(".") not in ignorable]
    if len(extra) > DATELINE_MAX_EXTRA_WORDS:
        return None
    words = {w.lower() for w in re.findall(r"\w+", line)}
    return dataclasses.replace(dateline, updated=bool(words & _words("DATELINE_UPDATED_WORDS")))


def parse_published(value: str) -> Dateline | None:
    """Read a publication date given as metadata (ISO 8601 or a written dateline).

    >>> parse_published("2024-01-26T12:30:00+07:00").value.isoformat()
    '2024-01-26T12:30:00+07:00'
    >>> parse_published("Sabtu, 27 Januari 2024, 15:52 WIB").value.hour
    15
    """
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        read = _read(text)
        return read[0] if read else None
    has_time = "T" in text or ":" in text
    return Dateline(parsed, text, has_time, parsed.tzinfo is not None)


def with_zone(value: datetime, utc_offset: float | None) -> datetime:
    """Attach ``utc_offset`` hours to a naive ``value`` (aware values are returned as is).

    >>> with_zone(datetime(2021, 10, 28, 20, 47), 7).isoformat()
    '2021-10-28T20:47:00+07:00'
    """
    if value.tzinfo is not None or utc_offset is None:
        return value
    return value.replace(tzinfo=timezone(timedelta(hours=utc_offset)))
