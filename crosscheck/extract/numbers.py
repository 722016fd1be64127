"""Numbers and amounts in an article: value or bounds, what is counted, and the kind.

Indonesian groups thousands with a dot and marks decimals with a comma ("1.500",
"12,5"); English the other way round. Dates (calendar years included: "tahun
2024", "untuk 2025" are dates, see ``datespans.BARE_YEAR_MIN``), times of day, phone numbers
and codes such as "Covid-19" are not amounts and are not yielded.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from crosscheck.extract import datespans
from crosscheck.extract.spans import SpanSet, joined_pairs
from crosscheck.ingest.outlets import outlet_dollar
from crosscheck.lang import table
from crosscheck.types import Article, NumberMention

# "sekitar 40" / "about 40": the band around the stated value. Round numbers in news are
# usually rounded to the nearest 5 or 10 % of their size, so 15 % either way keeps
# "sekitar 1.500" compatible with a precise 1.700 but not with 2.000.
APPROX_BAND = 0.15
# "hampir 100" / "nearly 100": at most the value and at least 10 % under it.
ALMOST_BAND = 0.10
# Digit strings this long with no separator are phone or ID numbers, not amounts.
PHONE_MIN_DIGITS = 8


# --------------------------------------------------------------------------- words


def _alt(words: Any) -> str:
    parts = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(x) for x in p.split()) for p in parts) or r"(?!x)x"


@lru_cache(maxsize=8)
def number_word_pattern(language: str) -> str:
    """Regex (no anchors, no groups) for a run of number words ("seribu lima ratus").

    >>> bool(re.fullmatch(number_word_pattern("id"), "dua puluh lima"))
    True
    """
    data = table(language, "numbers")
    starts = [w for w in data.WORDS if w not in data.CONTINUATION_ONLY]
    joiner = r"(?:\s+|-)" if language == "en" else r"\s+"
    start = _alt(starts)
    if language == "en":
        start += rf"|a(?=\s+(?:{_alt(data.CONTINUATION_ONLY)})\b)"
    return rf"(?:{start})(?:{joiner}(?:{_alt(data.WORDS)}))*"


def parse_number_words(text: str, *, language: str) -> float | None:
    """The value of a run of number words, or None if it is not one number.

    >>> parse_number_words("seribu lima ratus", language="id")
    1500.0
    >>> parse_number_words("two hundred fifty thousand", language="en")
    250000.0
    """
    words: dict[str, tuple[str, float]] = table(language, "numbers").WORDS
    total = group = last = 0.0
    previous = ""
    for token in re.split(r"[\s-]+", text.strip().lower()):
        if language == "en" and token == "a":
            op, value = "add", 1.0
        elif token in words:
            op, value = words[token]
        else:
            return None
        if op == "add":
            # "twenty five", "seratus sepuluh" are one number; "dua tiga" (two or three) is not
            place = 10 ** len(str(int(value)))
            if previous == "add" and not (last > value and last % place == 0):
                return None  # "dua tiga" (two or three) is not one number
            group += value
            last = value
        elif op == "tens":
            group += last * (value - 1)
            last = 0
        elif op == "teen":
            group += value
            last = 0
        elif op == "mul":
            group = (group or 1) * value
            last = 0
        elif op == "frac":  # "setengah juta", "satu setengah"
            group += value
            last = 0
        elif op == "scale":
            total += (group or 1) * value
            group = last = 0
        else:  # scale1: "seribu"
            total += value
            group = last = 0
        previous = op
    return float(total + group)


# --------------------------------------------------------------------------- tables


@dataclasses.dataclass(frozen=True)
class _Tables:
    language: str
    data: Any
    main: re.Pattern[str]
    ordinal: re.Pattern[str]
    not_amounts: re.Pattern[str]
    heads: dict[str, tuple[str, str]]  # words as written -> (canonical, class)
    scales: dict[str, float]
    vague: dict[str, tuple[float, float]]
    ke_words: dict[str, int]
    time_cues: frozenset[str]
    time_zones: re.Pattern[str]
    modifier_joiners: frozenset[str]  # "and" between modifiers before the counted thing
    superlatives: frozenset[str]  # "largest" in "second-largest"
    percent_point: re.Pattern[str]  # " poin" after "persen": a difference of percentages


@lru_cache(maxsize=8)
def _tables(language: str) -> _Tables:
    data = table(language, "numbers")
    if language == "id":
        digits = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d{1,2}(?!\d)|\d+"
    else:
        digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+"
    words = number_word_pattern(language)
    num = rf"(?:{digits}|(?<![\w-])(?:{words})(?![\w]))"
    scales = {k.lower(): v for k, v in data.SCALES.items()}
    scale = rf"(?:{_alt(data.SCALES)}|(?-i:{'|'.join(map(re.escape, data.SCALES_CASED))}))"
    vague = _alt(data.VAGUE)
    main = re.compile(
        rf"(?<![\w$€£¥.,/:+-])"
        rf"(?:(?P<qual>{_alt(data.QUALIFIERS)})\s+)?"
        rf"(?:(?P<cur>{_alt(data.CURRENCY_PREFIXES)})\s?)?"
        rf"(?:(?P<vague>{vague})(?![\w-])|(?P<num>{num})"
        rf"(?:\s*(?P<join>{_alt(data.RANGE_JOINERS)})\s*(?P<cur2>{_alt(data.CURRENCY_PREFIXES)})?"
        rf"\s?(?P<num2>{num}))?)"
        rf"(?:\s*(?P<scale>{scale})(?![\w]))?"
        rf"(?:\s*(?P<pct>{_alt(data.PERCENT_WORDS)})(?![\w]))?",
        re.IGNORECASE,
    )
    ke_words: dict[str, int] = dict(data.ORDINALS)
    if data.ORDINAL_PREFIX:
        for word, (op, value) in data.WORDS.items():
            if op in ("add", "scale1") and value >= 1:
                ke_words[data.ORDINAL_PREFIX + word] = int(value)
    if language == "id":
        ordinal = re.compile(
            rf"(?<![\w-])(?:ke-(?P<n>\d+)|(?P<w>{_alt(ke_words)})(?P<nya>nya)?)(?![\w-])", re.I
        )
    else:
        # "the world's second-largest exporter": an ordinal before a superlative
        superlative = _alt(getattr(data, "SUPERLATIVES", ())) or "(?!x)x"
        ordinal = re.compile(
            rf"(?<![\w-])(?:(?P<n>\d+)(?:st|nd|rd|th)|(?P<w>{_alt(ke_words)}))"
            rf"(?![\w])(?!-(?!(?:{superlative})(?![\w-])))",
            re.I,
        )
    heads: dict[str, tuple[str, str]] = {}
    for key, value in data.UNITS.items():
        heads[key.lower()] = (value, "unit")
    for key, value in data.TIME_UNITS.items():
        heads[key.lower()] = (value, "time")
    for key, value in data.CURRENCY_WORDS.items():
        heads[key.lower()] = (value, "money")
    return _Tables(
        language=language,
        data=data,
        main=main,
        ordinal=ordinal,
        not_amounts=re.compile(rf"(?<![\w-])(?:{_alt(data.NOT_AMOUNTS)})(?![\w-])", re.I),
        heads=heads,
        scales=scales | {k: v for k, v in data.SCALES_CASED.items()},
        vague={" ".join(k.lower().split()): v for k, v in data.VAGUE.items()},
        ke_words={k.lower(): v for k, v in ke_words.items()},
        time_cues=frozenset(c.lower() for c in data.TIME_OF_DAY_CUES),
        modifier_joiners=frozenset(getattr(data, "MODIFIER_JOINERS", ())),
        superlatives=frozenset(getattr(data, "SUPERLATIVES", ())),
        time_zones=re.compile(rf"\s*(?:{_alt(data.TIME_ZONES)})(?![\w])", re.I),
        percent_point=re.compile(
            rf"[ \t]+(?:{_alt(getattr(data, 'PERCENT_POINT_WORDS', ())) or '(?!x)x'})(?![\w-])",
            re.I,
        ),
    )


# --------------------------------------------------------------------------- values


def parse_digits(text: str, *, language: str) -> float | None:
    """The value of a number written in digits, in the language's convention.

    >>> parse_digits("1.500", language="id"), parse_digits("12,5", language="id")
    (1500.0, 12.5)
    >>> parse_digits("1,500", language="en")
    1500.0
    """
    data = table(language, "numbers")
    raw = text.strip()
    if language == "id" and re.fullmatch(r"\d+\.\d{1,2}", raw):
        normal = raw  # "2.5 juta": an English-style decimal in Indonesian text
    else:
        normal = raw.replace(data.GROUP_MARK, "").replace(data.DECIMAL_MARK, ".")
    try:
        return float(Decimal(normal))
    except InvalidOperation:
        return None


def _value(text: str, t: _Tables) -> float | None:
    if text[:1].isdigit():
        return parse_digits(text, language=t.language)
    return parse_number_words(text, language=t.language)


def _times(value: float, factor: float) -> float:
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def _tidy(value: float) -> float:
    """Drop binary noise from a computed bound: 5.2 * 1.15 is 5.98, not 5.9799999999999995."""
    return float(f"{value:.12g}")


def _bounds(value: float, qualifier: str | None) -> tuple[float | None, float | None]:
    """(low, high) for a value and its canonical qualifier; exact values are their own bounds."""
    if qualifier in ("setidaknya", "lebih dari"):
        return value, None
    if qualifier == "sekitar":
        return _tidy(value * (1 - APPROX_BAND)), _tidy(value * (1 + APPROX_BAND))
    if qualifier == "hampir":
        return _tidy(value * (1 - ALMOST_BAND)), value
    if qualifier in ("kurang dari", "hingga"):
        return None, value
    return value, value


# --------------------------------------------------------------------------- context


# hyphenated heads too ("gigawatt-hours"), and dotted abbreviations ("U.S. troops")
_WORD = re.compile(r"\s*((?:[A-Z]\.){2,}|[\w%'-]+)")
# How many words after a number are searched for its counted thing ("dozens of missing
# villagers", "North Korean officials"); English puts adjectives and names first.
HEAD_WINDOW = 4
# A head noun keeps at least this many letters when its possessive clitic goes ("anaknya").
MIN_CLITIC_STEM = 3
# A plural head before a table noun is longer than this ("its 20 meetings" has none).
MIN_PLURAL_HEAD = 3
# How many words before an Indonesian ordinal are searched for what it numbers, looking
# past names: "Komite Sentral Partai Komunis China ke-20" needs six.
ORDINAL_HEAD_WINDOW = 6


# A capitalised plural of a people right after an English number: "6,800 Indonesians",
# "300 Filipinos", "12 Japanese" is left out (no plural mark to tell it from an adjective).
_DEMONYM_PLURAL = re.compile(r"[A-Z][a-z]+(?:ians|ans|ers|os|is)")


# An acronym that is counted, right after the number in a head-first language.
_ACRONYM_HEAD = re.compile(r"[A-Z]{2,6}")


def _head(text: str, pos: int, t: _Tables) -> tuple[str | None, str | None, int]:
    """The counted thing after ``pos``: (canonical, class, end of its words) or Nones.

    A table entry (longest first) wins; else, in Indonesian the first lower-case word
    (the head noun comes first), in English the first plural-looking lower-case word
    of the noun phrase (its head comes last).
    """
    if t.language == "en":
        skip = re.match(r"\s+of(?:\s+the)?(?=\s)", text[pos : pos + 12])
        if skip:
            pos += skip.end()
        joined = re.match(r"-([a-z]+(?:-[a-z]+)?)(?![\w-])", text[pos : pos + 24])
        if joined and joined.group(1) in t.superlatives:
            pos += joined.end()  # "second-largest exporter": what follows is counted
    words: list[re.Match[str]] = []
    cursor = pos
    while len(words) < HEAD_WINDOW:
        match = _WORD.match(text, cursor)
        if not match or match.start(1) - cursor > 2:
            break
        word = match.group(1).lower()
        if word in t.data.STOPWORDS:
            if (
                word in t.modifier_joiners
                and words
                and not any(
                    w.group(1).lower() in t.heads or _is_plural(w.group(1).lower(), t)
                    for w in words
                )
            ):
                cursor = match.end()  # "300 Korean and Japanese manufacturers": modifiers
                continue
            break
        words.append(match)
        cursor = match.end()
    lowered = [w.group(1).lower().rstrip("'’") for w in words]  # "six years' jail"
    for i in range(len(words)):
        for n in range(min(3, len(words) - i), 0, -1):
            key = " ".join(lowered[i : i + n])
            if (
                key in t.heads
                and (
                    i == 0
                    or all(
                        x in t.data.SKIP_WORDS
                        or x[:1].isupper()
                        # English: not past a plural head ("40 incidents involving vessels")
                        or (
                            t.language == "en"
                            and not (x.islower() and len(x) > MIN_PLURAL_HEAD and _is_plural(x, t))
                        )
                        for x in (w.group(1) for w in words[:i])
                    )
                )
            ):
                canonical, cls = t.heads[key]
                return canonical, cls, words[i + n - 1].end()
        if t.language != "en":
            break  # Indonesian: only the first word (after skip words) may be the head
    if t.language == "en":
        # "about 300 Indonesians", "9.4 million South Koreans": a people after its
        # capitalised words
        for w in words[:2]:
            if _DEMONYM_PLURAL.fullmatch(w.group(1)):
                return w.group(1), "noun", pos
            if not w.group(1)[:1].isupper():
                break
    plain = [w for w in words if w.group(1).replace("-", "").isalpha() and w.group(1).islower()
             and w.group(1) not in t.data.SKIP_WORDS]  # fmt: skip
    if t.language != "en" and words and _ACRONYM_HEAD.fullmatch(words[0].group(1)):
        return words[0].group(1), "noun", pos  # "97 PMI", "12 WNI": the head comes first
    if not plain or (t.language != "en" and plain[0] is not words[0]):
        return None, None, pos
    first = plain[0].group(1)
    if first.startswith(t.data.HEAD_VERB_PREFIXES) and first not in t.data.NOUNS_WITH_VERB_PREFIX:
        return None, None, pos  # "5,6 mengguncang": a verb, not a counted thing
    if t.language == "en":
        # the head ends the noun phrase: the first plural word, else the last word of the
        # run of lower-case words ("the first annual decline" -> "decline")
        plural = [w for w in plain if _is_plural(w.group(1), t)]
        if plural:
            return plural[0].group(1), "noun", pos
        run = [plain[0]]
        for w in plain[1:]:
            if w.start() - run[-1].end() > 2 or w.group(1).endswith("ed"):
                break  # "six fishermen departed": the verb ends the noun phrase
            run.append(w)
        return run[-1].group(1), "noun", pos
    head = plain[0].group(1)
    clitic = getattr(t.data, "POSSESSIVE_CLITIC", "")
    if clitic and head.endswith(clitic) and len(head) - len(clitic) >= MIN_CLITIC_STEM:
        head = head[: -len(clitic)]  # "46 kliennya", "tiga anaknya": what is counted
        if head in t.heads:
            return t.heads[head][0], t.heads[head][1], pos  # "puluhan warganya": orang
    return head, "noun", pos


def _is_plural(word: str, t: _Tables) -> bool:
    """An English plural head: "boats", "fishermen", "people"; not "basis"."""
    if word.endswith(tuple(getattr(t.data, "NOT_PLURAL_ENDINGS", ()))):
        return False
    return word.endswith(tuple(getattr(t.data, "PLURAL_ENDINGS", ("s",))))


def _prev_words(text: str, pos: int, n: int = 2) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w'-]+", text[max(0, pos - 40) : pos])[-n:]]


def _is_time_of_day(text: str, start: int, end: int, t: _Tables, num: str = "") -> bool:
    """A time: a zone after the number ("1343 GMT"), or a time cue before one that reads
    as a clock ("at 10", "pukul 07.25"; not "at 6,500 rupiah", "at 33.15 per dollar")."""
    if t.time_zones.match(text, end):
        return True
    prev = _prev_words(text, start, 1)
    clock = not num or re.fullmatch(r"(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?", num) is not None
    return bool(prev) and prev[0] in t.time_cues and clock


# --------------------------------------------------------------------------- public


def _mention(text: str, start: int, end: int, **kw: Any) -> NumberMention:
    return NumberMention(text=text[start:end], start=start, end=end, **kw)


def _head_before(text: str, pos: int, t: _Tables) -> str | None:
    """What an Indonesian ordinal numbers: the first table noun of the phrase before it.

    The phrase runs back to a function word, a verb ("me-", "di-" ...) or punctuation, so
    "uji coba rudal keenam" is the sixth test and "KTT ASEAN ke-47" the 47th summit.
    """
    tokens = re.findall(r"[\w'-]+|[^\w\s]", text[max(0, pos - 100) : pos])
    markers = getattr(t.data, "ORDINAL_MARKERS", ())
    if tokens and tokens[-1].lower() in markers:
        tokens = tokens[:-1]  # "pemulangan yang ketiga": the phrase before "yang"
        copulas = getattr(t.data, "ORDINAL_COPULAS", ())
        if tokens and tokens[-1].lower() in copulas:
            # "Kecelakaan ini menjadi yang ketiga": the subject is what is counted
            tokens = tokens[:-1]
            if tokens and tokens[-1].lower() in getattr(t.data, "DEMONSTRATIVES", ()):
                tokens = tokens[:-1]
    superlative = getattr(t.data, "SUPERLATIVE_PREFIX", "")
    if superlative and tokens and tokens[-1].lower().startswith(superlative):
        tokens = tokens[:-1]  # "mitra dagang terbesar keempat": the fourth largest partner
    phrase: list[str] = []
    written: list[str] = []
    for token in reversed(tokens[-ORDINAL_HEAD_WINDOW:]):
        word = token.lower()
        if not token[:1].isalnum() or word in t.data.STOPWORDS:
            break
        if word.startswith(t.data.VERB_PREFIXES) and word not in t.heads:
            break
        phrase.insert(0, word)
        written.insert(0, token)
    for i in range(len(phrase)):
        for n in (3, 2, 1):
            key = " ".join(phrase[i : i + n])
            if len(phrase[i : i + n]) == n and key in t.heads:
                return t.heads[key][0]
    # no table noun in it: the phrase's first word, its head ("perkara keempat", "mitra
    # dagang terbesar keempat"), unless it is a number
    if written and not written[0][:1].isdigit():
        before = tokens[-len(written) - 1] if len(tokens) > len(written) else "."
        if before in (".", "!", "?", '"', "”") and not written[0].isupper():
            return written[0].lower()  # "Kecelakaan ini menjadi yang ketiga": a sentence
            # opens with it
        return written[0]
    return None


def _collective(text: str, start: int, end: int, t: _Tables) -> bool:
    """True when a ke- word means "both" / "all three": before a collective head noun,
    or opening a noun phrase after a function word ("dari kedua pemerintahan")."""
    after = re.match(r"\s*([\w-]+)", text[end : end + 40])
    if not t.data.COLLECTIVE_HEADS or not after:
        return False
    if after.group(1)[:1].isupper():
        # "Kedua Korea secara teknis masih berperang": both Koreas (a rank comes after
        # its noun, "Putaran Kedua")
        return text[start : start + 1].isupper() and datespans.sentence_initial(text, start)
    if not after.group(1)[:1].islower():
        return False
    word = after.group(1).lower()
    if word in getattr(t.data, "ORDINAL_UNITS_AFTER", {}):
        return False  # "untuk kedua kalinya": the second time
    before = _prev_words(text, start, 1)
    if before and before[0] in getattr(t.data, "ORDINAL_MARKERS", ()):
        return False  # "yang ketiga sepanjang 2025", "yang kedua kalinya": the third
    if any(word.startswith(h) for h in t.data.COLLECTIVE_HEADS):
        return True
    phrase = re.match(r"\s*[\w-]+\s+([\w-]+)", text[end : end + 40])
    demonstratives = getattr(t.data, "COLLECTIVE_DEMONSTRATIVES", ())
    if phrase and phrase.group(1).lower() in demonstratives:
        return True  # "keenam nelayan itu": the six fishermen
    return not before or before[0] in t.data.STOPWORDS or datespans.sentence_initial(text, start)


def _appositive_age(text: str, start: int, end: int, t: _Tables) -> bool:
    """An age written next to a name: "Kim Jong Un, 40, ..." or "Budi (45)"."""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 2]
    if t.data.AGE_APPOSITION == "comma":
        return bool(re.search(r"[A-Z][\w'-]*,\s?$", before)) and after[:1] == ","
    return bool(re.search(r"[A-Z][\w'-]*\s?\($", before)) and after[:1] == ")"


def _ordinals(text: str, t: _Tables, taken: list[tuple[int, int]]) -> Iterator[NumberMention]:
    for m in t.ordinal.finditer(text):
        if m.groupdict().get("nya"):
            continue  # "keduanya": both of them
        if m.group("w") and _collective(text, m.start(), m.end(), t):
            continue  # "kedua negara": both countries
        if m.group("w") and re.match(r"\s+\d", text[m.end() : m.end() + 3]):
            continue  # "the first 11 months": part of a period, not a rank
        if t.language == "en" and m.group("w"):
            prev = _prev_words(text, m.start(), 1)
            if not prev or not (prev[0] in ("the", "a", "an", "its", "his", "her", "their",
                                           "our", "this") or prev[0].endswith("'s")):  # fmt: skip
                continue
        value = int(m.group("n")) if m.group("n") else t.ke_words[m.group("w").lower()]
        after = re.match(r"\s+([\w-]+)", text[m.end() : m.end() + 20])
        units_after = getattr(t.data, "ORDINAL_UNITS_AFTER", {})
        if after and after.group(1).lower() in units_after:
            unit = units_after[after.group(1).lower()]  # "untuk kedua kalinya"
        elif t.language == "en":
            unit = _last_table_head(text, m.end(), t) or _head(text, m.end(), t)[0]
        else:
            unit = _head_before(text, m.start(), t)
        taken.append((m.start(), m.end()))
        yield _mention(text, m.start(), m.end(), value=float(value), low=float(value),
                       high=float(value), unit=unit, kind="ordinal")  # fmt: skip


def _last_table_head(text: str, pos: int, t: _Tables) -> str | None:
    """What an English ordinal numbers: the last table noun of the phrase after it, where
    an English noun phrase puts its head ("the seventh ballistic missile test" -> test,
    "the 57th ASEAN Economic Ministers' Meeting" -> meeting)."""
    words: list[str] = []
    cursor = pos
    while len(words) < HEAD_WINDOW:
        match = _WORD.match(text, cursor)
        if not match or match.start(1) - cursor > 2:
            break
        word = match.group(1).lower().rstrip("'’")
        if word in t.data.STOPWORDS:
            break
        words.append(word)
        cursor = match.end()
    found = None
    for i in range(len(words)):
        for n in range(min(3, len(words) - i), 0, -1):
            key = " ".join(words[i : i + n])
            if key in t.heads:
                found = t.heads[key][0]
                break
    return found


def _amount(
    m: re.Match[str], text: str, t: _Tables, dollar: str | None = None
) -> NumberMention | None:
    """Turn one match of the main pattern into a mention (None when it is not an amount)."""
    g = m.groupdict()
    start, end = m.start(), m.end()
    if end < len(text) and (text[end].isalnum() or text[end] in "_"):
        return None
    if re.match(r"[.,:/-]\d", text[end : end + 2]):
        return None  # "15:52", "15.52", "0812-3456": times, dates and phone numbers
    if not (g["num"] or g["vague"]):
        return None
    qualifier = t.data.QUALIFIERS.get(" ".join((g["qual"] or "").lower().split()))
    factor = t.scales.get(g["scale"] or "", t.scales.get((g["scale"] or "").lower(), 1.0))
    currency = t.data.CURRENCY_PREFIXES.get((g["cur"] or g["cur2"] or "").lower())
    if dollar and (g["cur"] or g["cur2"]) == "$":
        currency = dollar  # "$58,000" in The Straits Times: Singapore dollars
    num = g["num"] or ""
    if num and num[:1].isdigit():
        measured = g["pct"] or g["cur"] or g["scale"]  # "at 1%" is no time of day
        if not measured and _is_time_of_day(text, m.start("num"), m.end("num"), t, num):
            return None
        if not (g["qual"] or g["cur"]) and _prev_words(text, start, 1)[-1:] in (
            [c] for c in t.data.IDENTIFIER_CUES
        ):
            return None  # "Pasal 28", "Resolution 2397": identifiers
        if (t.language == "id" and re.fullmatch(r"(?:[01]?\d|2[0-3])\.[0-5]\d", num)
                and not (g["scale"] or g["pct"] or g["cur"])):  # fmt: skip
            return None  # "pada 10.00": a time of day written the Indonesian way
        plain = num.isdigit()
        if plain and len(num) >= PHONE_MIN_DIGITS:
            return None
    value: float | None
    if g["vague"]:
        low0, high0 = t.vague[" ".join(g["vague"].lower().split())]
        low, high = _times(low0, factor), _times(high0 + 1, factor) - 1 if factor > 1 else high0
        value = None
    else:
        first = _value(num, t)
        if first is None:
            return None
        if g["num2"]:
            second = _value(g["num2"], t)
            if second is None or second <= first:
                return None
            value, low, high = None, _times(first, factor), _times(second, factor)
        else:
            value = _times(first, factor)
            low, high = _bounds(value, qualifier)
    kind, unit = "cardinal", None
    if g["pct"]:
        kind, unit = "percent", "persen"
        point = t.percent_point.match(text, end)
        if point is not None:
            unit, end = "persen poin", point.end()  # "0,21 persen poin": a difference
    elif currency:
        kind, unit = "money", currency
    head, cls, head_end = (None, None, end) if g["pct"] else _head(text, end, t)
    if kind == "cardinal" and cls == "money":
        kind, unit, end = "money", head, head_end
    elif kind == "cardinal" and cls == "time":
        before = _prev_words(text, start, 2)
        kind = "age" if any(w in t.data.AGE_CUES for w in before) else "duration"
        unit, end = head, head_end
    elif kind == "cardinal" and cls in ("unit", "noun"):
        unit = head
    before = _prev_words(text, start, 1)
    named_before = t.data.UNITS_BEFORE.get(before[0]) if before else None
    if kind == "cardinal" and named_before is not None:
        unit = named_before  # "magnitude 6.9 earthquake": the scale is named before
    if kind == "cardinal" and value is not None and _appositive_age(text, start, end, t):
        kind, unit = "age", "tahun"
    if kind == "cardinal" and t.language == "en":
        hyphen = re.match(r"-([a-z]+)(?![\w-])", text[end : end + 12])
        if hyphen and t.heads.get(hyphen.group(1), ("", ""))[1] == "time":
            kind, unit, end = "duration", t.heads[hyphen.group(1)][0], end + hyphen.end()
        elif hyphen and hyphen.group(1) not in getattr(t.data, "NOT_HYPHEN_UNITS", ()):
            # "a seven-match winless run": seven matches
            word = hyphen.group(1)
            unit, end = (t.heads[word][0] if word in t.heads else word), end + hyphen.end()
        age = re.match(r"-years?-old|\s+years?\s+old", text[end:])
        if age or any(w in t.data.AGE_CUES for w in _prev_words(text, start, 1)):
            kind, unit = "age", "tahun"
            end += age.end() if age else 0
    if kind == "cardinal" and re.match(r"-[^\W\d_]", text[end : end + 2]):
        return None  # "two-thirds", "1990-an": a compound word, not an amount
    return _mention(text, start, end, value=value, low=low, high=high, unit=unit, kind=kind,
                    qualifier=qualifier)  # fmt: skip


def numbers(article: Article) -> Iterator[NumberMention]:
    """Yield the numbers and amounts in ``article.body`` in text order.

    Exact numbers have ``low == high == value``; vague amounts ("puluhan") and ranges
    have ``value None`` and bounds; qualifiers set one or both bounds.

    >>> from crosscheck.ingest.build import make_article
    >>> a = make_article("Setidaknya 1.500 tentara dikirim.", language="id")
    >>> [(n.text, n.value, n.low, n.high, n.unit) for n in numbers(a)]
    [('Setidaknya 1.500', 1500.0, 1500.0, None, 'tentara')]
    """
    yield from numbers_in(
        article.body, language=article.language, dollar=outlet_dollar(article.outlet)
    )


def numbers_in(text: str, *, language: str, dollar: str | None = None) -> Iterator[NumberMention]:
    """The numbers of a bare ``text`` (a quote, a phrase), as ``numbers`` finds them.

    >>> [n.value for n in numbers_in("Rp 12 miliar", language="id")]
    [12000000000.0]
    """
    language = language if language in ("id", "en") else "id"
    t = _tables(language)
    blocked: list[tuple[int, int]] = [
        (f.start, f.end) for f in datespans.find(text, language=language)
    ]
    blocked += [(m.start(), m.end()) for m in t.not_amounts.finditer(text)]
    found: list[NumberMention] = []
    ordinal_spans: list[tuple[int, int]] = []
    not_amounts = SpanSet(blocked)
    for mention in _ordinals(text, t, ordinal_spans):
        if not not_amounts.overlaps(mention.start, mention.end):
            found.append(mention)
    not_amounts = SpanSet(blocked + ordinal_spans)
    for m in t.main.finditer(text):
        if not_amounts.overlaps(m.start(), m.end()):
            continue
        mention = _amount(m, text, t, dollar)
        if mention is not None:
            found.append(mention)
    # two amounts that are one range: "1% to 3%", "Rp130 triliun hingga Rp150 triliun" (the
    # second read as "up to" on its own), "between 19 and 61"
    yield from joined_pairs(
        sorted(found, key=lambda n: n.start), lambda a, b: _range(text, a, b, t)
    )


def _range(
    text: str, first: NumberMention, second: NumberMention, t: _Tables
) -> NumberMention | None:
    """One range of two amounts, or None: the ends must be of one kind, the first without
    a unit or with the second's, and they must rise."""
    if first.kind == "ordinal" or second.kind == "ordinal" or first.value is None:
        return None
    if first.unit not in (None, second.unit) or first.kind not in ("cardinal", second.kind):
        return None
    between = text[first.end : second.start].strip().lower()
    start = first.start
    if between in {j.lower() for j in t.data.RANGE_JOINERS}:
        pass
    elif not between and second.qualifier == "hingga" and first.qualifier in (None, "sekitar"):
        pass  # "Rp130 triliun hingga Rp150 triliun": "hingga" opened the second amount
    else:
        opener = next((a for a, b in getattr(t.data, "RANGE_AROUND", ()) if between == b), None)
        window = max(0, first.start - 20)
        before = text[window : first.start].rstrip()
        if opener is None or not re.search(rf"(?<![\w-]){re.escape(opener)}$", before, re.I):
            return None
        start = window + len(before) - len(opener)
    high = second.value if second.value is not None else second.high
    if high is None or high <= first.value:
        return None
    return NumberMention(
        text=text[start : second.end],
        start=start,
        end=second.end,
        value=None,
        low=first.value,
        high=high,
        unit=second.unit,
        kind=second.kind,
        qualifier=None,
    )
