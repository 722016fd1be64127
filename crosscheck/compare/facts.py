"""Pure comparisons of normalised facts: dates at compatible granularity, counted numbers."""

from __future__ import annotations

import enum
import functools
from datetime import date

from crosscheck.lang import SUPPORTED, table
from crosscheck.types import DateMention, Granularity, NumberMention


class Relation(str, enum.Enum):
    """How two normalised values relate."""

    SAME = "same"
    DIFFERENT = "different"
    VAGUE_DIFFERENT = "vague_different"  # a vague amount that does not cover the other
    UNKNOWN = "unknown"  # not comparable: relative date, unparsed value, update


# ISO prefix length that each granularity fixes: "2024" / "2024-01" / "2024-01-26".
_ISO_LENGTH = {Granularity.YEAR: 4, Granularity.MONTH: 7, Granularity.DAY: 10}
_ORDER = {Granularity.INSTANT: 0, Granularity.DAY: 1, Granularity.MONTH: 2, Granularity.YEAR: 3}

# Predicates that date the reporting rather than the event ("dikutip Sabtu (27/1)",
# "reported on Friday"): outlets cite and publish on different days, so never a conflict.
# A statement's date ("kata Kim pada Senin") is an event like any other: compared.
REPORTING_EVENTS: frozenset[str] = frozenset({"cite", "report", "publish"})

# Two dates of "the same event" further apart than this are taken as two occurrences
# of a recurring event (an anniversary celebrated each year, an annual summit), not a
# conflict: on the five seeds, the 75th anniversary of the DPRK (September 2023) and
# the 75th year of China-DPRK ties (October 2024) share predicate and wording. Outlets
# that disagree on one event disagree by days or weeks; a year apart is another event.
RECURRENCE_GAP_DAYS = 180

# Two exact numbers agree when within this relative tolerance: "2,5 juta" and
# "2.500.000" are equal, and rounding in one outlet ("sekitar" aside) is not a conflict.
NUMBER_TOLERANCE = 0.005


def _interval(mention: DateMention) -> tuple[str, str] | None:
    """The mention as an inclusive (first, last) pair of ISO strings, or None."""
    value = mention.value
    if not value or mention.granularity is Granularity.RELATIVE:
        return None
    if mention.granularity is Granularity.RANGE or "/" in value:
        first, _, last = value.partition("/")
        return (first, last or first)
    return (value, value)


def date_relation(a: DateMention, b: DateMention) -> Relation:
    """Compare two dates at the coarser of their granularities.

    "Januari 2024" and "26 Januari 2024" are the SAME; 25 and 26 January DIFFERENT.

    >>> from crosscheck.types import DateMention, Granularity as G
    >>> m = DateMention("Januari 2024", 0, 12, "2024-01", G.MONTH, "meet")
    >>> d = DateMention("26/1", 0, 4, "2024-01-26", G.DAY, "meet")
    >>> date_relation(m, d).value
    'same'
    """
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return Relation.UNKNOWN
    if Granularity.RANGE in (a.granularity, b.granularity) or ia[0] != ia[1] or ib[0] != ib[1]:
        # Intervals: compare as text at the shortest common precision; overlap is agreement.
        size = min(len(x) for x in (*ia, *ib))
        a0, a1, b0, b1 = (x[:size] for x in (*ia, *ib))
        return Relation.SAME if a0 <= b1 and b0 <= a1 else Relation.DIFFERENT
    coarse = max(a.granularity, b.granularity, key=lambda g: _ORDER.get(g, 0))
    size = _ISO_LENGTH.get(coarse, 10)
    return Relation.SAME if ia[0][:size] == ib[0][:size] else Relation.DIFFERENT


def _first_day(iso: str) -> date | None:
    parts = iso[:10].split("-")
    try:
        return date(
            int(parts[0]),
            int(parts[1]) if len(parts) > 1 else 1,
            int(parts[2]) if len(parts) > 2 else 1,
        )
    except (ValueError, IndexError):
        return None


def gap_days(a: DateMention, b: DateMention) -> int | None:
    """Days between the starts of two dates (month and year dates start on day 1).

    >>> from crosscheck.types import DateMention, Granularity as G
    >>> gap_days(DateMention("x", 0, 1, "2023-09", G.MONTH, None),
    ...          DateMention("y", 0, 1, "2024-10-06", G.DAY, None))
    401
    """
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return None
    da, db = _first_day(ia[0]), _first_day(ib[0])
    if da is None or db is None:
        return None
    return abs((da - db).days)


def granularity_matches(a: DateMention, b: DateMention) -> bool:
    """True when both dates are stated at the same precision (a stronger conflict).

    >>> from crosscheck.types import DateMention, Granularity as G
    >>> granularity_matches(DateMention("x", 0, 1, "2024", G.YEAR, None),
    ...                     DateMention("y", 0, 1, "2024-01", G.MONTH, None))
    False
    """
    coarse = {Granularity.INSTANT: Granularity.DAY}
    return coarse.get(a.granularity, a.granularity) == coarse.get(b.granularity, b.granularity)


def comparable_events(a: DateMention, b: DateMention) -> bool | None:
    """True when both date the same event, False when not, None when either is unknown.

    >>> from crosscheck.types import DateMention, Granularity as G
    >>> comparable_events(DateMention("x", 0, 1, "2024-01-25", G.DAY, "arrive"),
    ...                   DateMention("y", 0, 1, "2024-01-26", G.DAY, "meet"))
    False
    """
    if a.event in REPORTING_EVENTS or b.event in REPORTING_EVENTS:
        return False
    if not a.event or not b.event:
        return None
    return a.event == b.event


def _bounds(n: NumberMention) -> tuple[float, float] | None:
    if n.value is not None and not is_vague(n):
        return (n.value, n.value)
    low = n.low if n.low is not None else n.value
    high = n.high if n.high is not None else n.value
    if low is None and high is None:
        return None
    return (low if low is not None else float("-inf"), high if high is not None else float("inf"))


def is_vague(n: NumberMention) -> bool:
    """True for amounts given as a range or with a qualifier ("puluhan", "lebih dari 40").

    >>> from crosscheck.types import NumberMention
    >>> is_vague(NumberMention("puluhan", 0, 7, None, 20, 99, "tentara"))
    True
    >>> is_vague(NumberMention("47", 0, 2, 47, 47, 47, "tentara"))
    False
    """
    if n.value is None or n.qualifier:
        return True
    bounds = {b for b in (n.low, n.high) if b is not None}
    return bool(bounds) and bounds != {n.value}


def number_relation(a: NumberMention, b: NumberMention) -> Relation:
    """Compare two amounts of the same counted thing.

    >>> from crosscheck.types import NumberMention as N
    >>> number_relation(N("47", 0, 2, 47, None, None, "x"), N("puluhan", 0, 7, None, 20, 99, "x"))
    <Relation.SAME: 'same'>
    """
    ba, bb = _bounds(a), _bounds(b)
    if ba is None or bb is None:
        return Relation.UNKNOWN
    if not is_vague(a) and not is_vague(b):
        va, vb = ba[0], bb[0]
        scale = max(abs(va), abs(vb), 1e-9)
        return Relation.SAME if abs(va - vb) / scale <= NUMBER_TOLERANCE else Relation.DIFFERENT
    if ba[0] <= bb[1] and bb[0] <= ba[1]:
        return Relation.SAME
    return Relation.VAGUE_DIFFERENT


@functools.cache
def _canonical_units() -> frozenset[str]:
    """Every canonical counted-thing key of every language's tables, casefolded."""
    keys: set[str] = set()
    for language in SUPPORTED:
        numbers = table(language, "numbers")
        for mapping in (
            numbers.UNITS,
            numbers.UNITS_BEFORE,
            numbers.TIME_UNITS,
            numbers.CURRENCY_PREFIXES,
            numbers.CURRENCY_WORDS,
            table(language, "compare").COUNTED_THINGS,
        ):
            keys.update(value.casefold() for value in mapping.values())
    return frozenset(keys)


def counted_thing(unit: str | None, language: str) -> tuple[str | None, bool]:
    """The shared canonical key of a counted thing, and whether it is one.

    The number extractor already maps table words to keys ("troops" -> "tentara"); a
    word it left as written is looked up in the language's ``compare.COUNTED_THINGS``
    ("villagers" -> "orang"). A word in neither stays as written, marked not canonical:
    it means something only next to the same word in the same language.

    >>> counted_thing("villagers", "en"), counted_thing("putaran", "id")
    (('orang', True), ('putaran', True))
    >>> counted_thing("gizmos", "en")
    ('gizmos', False)
    """
    if not unit:
        return None, False
    key = unit.casefold()
    if key in _canonical_units():
        return key, True
    mapped = _counted_things(language).get(key)
    if mapped:
        return mapped.casefold(), True
    return key, False


@functools.cache
def _counted_things(language: str) -> dict[str, str]:
    return dict(table(language, "compare").COUNTED_THINGS)


def same_counted_thing(
    a: NumberMention, b: NumberMention, lang_a: str = "und", lang_b: str = "und"
) -> bool | None:
    """True when both count the same thing, False when they differ, None when unknown.

    Units are compared through their shared canonical keys, so "18 rounds" and
    "17 putaran" count the same thing. Across languages a word that is in no table is
    never the same as another word: "12 villagers" and "12 korban" are not compared.

    >>> from crosscheck.types import NumberMention as N
    >>> one, two = N("1", 0, 1, 1, None, None, "Tentara"), N("2", 0, 1, 2, None, None, "tentara")
    >>> same_counted_thing(one, two)
    True
    >>> en, id_ = N("12", 0, 2, 12, None, None, "villagers"), N("12", 0, 2, 12, None, None, "orang")
    >>> same_counted_thing(en, id_, "en", "id")
    True
    """
    if a.kind != b.kind:
        return False
    if not a.unit or not b.unit:
        return None
    ka, canon_a = counted_thing(a.unit, lang_a)
    kb, canon_b = counted_thing(b.unit, lang_b)
    if lang_a != lang_b and not (canon_a and canon_b):
        return False
    return ka == kb


def announces_update(sentence: str, number_offset: int, language: str) -> bool:
    """True when an update marker ("bertambah menjadi") stands just before the number.

    ``number_offset`` is the number's position inside ``sentence``.

    >>> announces_update("Korban bertambah menjadi 47 orang.", 25, "id")
    True
    """
    before = sentence[max(0, number_offset - 40) : number_offset].casefold()
    markers = table(language, "compare").UPDATE_MARKERS
    return any(marker in before for marker in markers)
