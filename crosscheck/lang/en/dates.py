"""English date vocabulary: relative expressions, tense and citation markers, cues."""

RELATIVE_DAYS: dict[str, int] = {
    "the day before yesterday": -2, "yesterday": -1, "today": 0, "tomorrow": 1,
    "the day after tomorrow": 2,
}  # fmt: skip

PERIODS: dict[str, str] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "weekend": "weekend",
    "month": "month", "months": "month", "year": "year", "years": "year",
}  # fmt: skip

# Only markers counted from the time of writing: "two days earlier" / "later" count from
# the story's own events and are not read.
PAST_AFTER: tuple[str, ...] = ("ago",)
FUTURE_AFTER: tuple[str, ...] = ("from now",)
THIS_AFTER: tuple[str, ...] = ()
COUNT_FUTURE_AFTER: tuple[str, ...] = ("from now",)
PAST_BEFORE: tuple[str, ...] = ("last", "past", "previous")
FUTURE_BEFORE: tuple[str, ...] = ("next", "coming")
THIS_BEFORE: tuple[str, ...] = ("this",)

PARTS: dict[str, str] = {
    "early": "early", "earlier": "early", "late": "late", "later": "late", "mid": "mid",
    "mid-": "mid", "the end of": "late", "the beginning of": "early", "the start of": "early",
    "the end of the": "late", "the middle of the": "mid", "the beginning of the": "early",
    "the start of the": "early",
}  # fmt: skip
GENERIC_BEFORE: tuple[str, ...] = ("every", "each", "per")
WEEKEND_PART = ""
# "a week ago", "an hour later": one of the period.
ONE_WORDS: tuple[str, ...] = ("a", "an")
# Numeric dates are month-first in US English and day-first elsewhere: not read.
DAY_FIRST_NUMERIC = False

DAY_PARTS: tuple[str, ...] = ("morning", "afternoon", "evening", "night")
TIME_CUES: tuple[str, ...] = ("at",)

FUTURE_AUXILIARIES: tuple[str, ...] = ("will", "shall", "is due", "is scheduled", "plans to")
PAST_AUXILIARIES: tuple[str, ...] = ("had", "has", "have")

BOUND_MARKERS: dict[str, str] = {"starting": "start", "until": "end", "till": "end"}
# A date right after one of these is in the past ("since March 3" in October is this
# year's March, not next year's, though next year's is nearer).
SINCE_MARKERS: tuple[str, ...] = ("since",)

CITATION_MARKERS: tuple[str, ...] = ("cited", "quoted", "accessed", "retrieved")

MONTH_CUES: tuple[str, ...] = (
    "in", "since", "until", "by", "from", "through", "early", "late", "mid", "mid-",
    "last", "next", "this", "during", "of", "as early as", "as late as", "as soon as",
)  # fmt: skip
YEAR_CUES: tuple[str, ...] = ("in", "since", "until", "by", "from", "through", "during", "for",
                              "early", "late", "mid", "mid-", "of", "as early as",
                              "as late as")  # fmt: skip
EXTRA_MONTH_LANGUAGES: tuple[str, ...] = ()
AMOUNT_CUES: tuple[str, ...] = ("total of", "totalling", "number", "no.", "reached")
SPAN_CUES: tuple[str, ...] = ("early", "late", "mid", "mid-", "last", "next", "this")

RANGE_JOINERS: tuple[str, ...] = ("-", "–", "—", "to", "through")
# "between October 2023 and April 2024": a range written around its two ends.
RANGE_AROUND: tuple[tuple[str, str], ...] = (("between", "and"),)

WEEK_AFTER: tuple[str, ...] = ()
WEEK_BEFORE: tuple[str, ...] = ()
AMBIGUOUS_WEEKDAY = ""
NOT_WEEKDAY_BEFORE: tuple[str, ...] = ("black", "good", "super", "bloody", "ash", "palm")
WEEKDAY_CUES: tuple[str, ...] = ("on", "since", "until", "by", "last", "next", "this")

# Edited English copy writes amounts over a thousand with a comma ("2,400 respondents"):
# a bare four-digit number in the years' range before a noun is a year ("the 2024
# simultaneous regional elections") unless the noun is a counted thing of the tables.
YEAR_BEFORE_NOUN = True
