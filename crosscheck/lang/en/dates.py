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

# A week after a weekday, and how many weeks from the publication's week: "Tuesday last
# week" is the Tuesday of the week before.
WEEKDAY_WEEKS: dict[str, int] = {"last week": -1, "next week": 1, "this week": 0}
BOUND_MARKERS: dict[str, str] = {"starting": "start", "until": "end", "till": "end"}
# A date right after one of these is in the past ("since March 3" in October is this
# year's March, not next year's, though next year's is nearer).
SINCE_MARKERS: tuple[str, ...] = ("since",)

CITATION_MARKERS: tuple[str, ...] = ("cited", "quoted", "accessed", "retrieved")

MONTH_CUES: tuple[str, ...] = (
    "in", "since", "until", "by", "from", "through", "early", "late", "mid", "mid-",
    "last", "next", "this", "during", "of", "as early as", "as late as", "as soon as",
    "as recently as", "before", "after", "throughout", "the", "into",
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

# A verb in a past form in the clause before a date without a year puts the date in the
# past ("first submitted a draft on March 3" in a December story is the March before).
PAST_SUFFIXES: tuple[str, ...] = ("ed",)
PAST_FORMS: tuple[str, ...] = (
    "began", "met", "said", "held", "took", "made", "gave", "told", "went", "came", "left",
    "won", "lost", "sent", "paid", "sold", "struck", "fell", "rose", "flew", "spoke", "wrote",
    "hit", "ran", "led", "saw", "became", "brought", "built", "fought", "found", "kept",
    "chose", "froze", "stood", "broke", "drove", "swore", "agreed", "freed", "decreed",
    # irregular participles ("was flown to The Hague in March")
    "flown", "taken", "given", "driven", "seen", "written", "spoken", "shown", "grown",
    "thrown", "begun", "done", "gone", "sworn", "chosen", "frozen", "broken", "stolen",
    "hidden", "caught", "bought", "sought", "taught", "felt", "heard", "sank", "sunk", "shot",
)  # fmt: skip
NOT_PAST_SUFFIXES: tuple[str, ...] = ("eed",)  # "seaweed", "proceed", "need"
# An "-ed" word after one of these qualifies a noun ("a combined air drill").
DETERMINERS: tuple[str, ...] = (
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those",
)  # fmt: skip
# Words that end the search for a past form: the date belongs to another verb.
PAST_SCAN_STOPS: tuple[str, ...] = (
    "will", "would", "shall", "could", "may", "might", "should", "can", "to", "that", "until",
    "before", "by", "next", "from",
    # verbs that set a date ahead ("fixed Dec 3 for mention", "adjourned the case to May 2")
    "fixed", "adjourned", "deferred", "rescheduled",
)  # fmt: skip
# ("to" before a name or an article is a preposition, "was flown to The Hague in March",
# no infinitive)
# ... but not after these ("is scheduled", "was expected to be held", "to be finalized")
NOT_PAST_AFTER: tuple[str, ...] = ("is", "are", "be", "been", "being", "will", "to", "am")
# participles used as adjectives before a noun ("the planned drills on March 3")
NOT_PAST_FORMS: tuple[str, ...] = (
    "planned", "scheduled", "expected", "proposed", "slated", "anticipated", "intended",
    "delayed", "postponed", "related", "based", "hundred", "united", "sacred", "naked",
)  # fmt: skip

# English writes month names with a capital: a lower-case one is a word ("the march").
MONTHS_CAPITALISED = True

# A four-digit number right after one of these is a year whatever word follows it
# ("floods in early 2020 killed 60", not 2,020 killed).
YEAR_PREPOSITIONS: tuple[str, ...] = ("in", "since", "early", "late", "mid", "during", "until")
