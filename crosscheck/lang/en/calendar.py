"""English month and weekday names, and common news time-zone abbreviations."""

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

# Hours east of UTC (standard time; daylight-saving variants listed separately).
TIMEZONES: dict[str, float] = {
    "utc": 0, "gmt": 0, "kst": 9, "cst": 8, "jst": 9, "bst": 1, "edt": -4, "est": -5,
    "pdt": -7, "pst": -8, "cet": 1, "cest": 2,
}  # fmt: skip

# Words that surround a publication dateline ("Updated 3:14 AM GMT+7, January 26, 2024").
DATELINE_WORDS: tuple[str, ...] = (
    "published", "updated", "posted", "last", "on", "at", "ago", "hours", "hour", "minutes",
    "am", "pm", "a.m.", "p.m.",
)  # fmt: skip

# Words of a dateline that gives the last update, not the publication.
DATELINE_UPDATED_WORDS: tuple[str, ...] = ("updated", "modified")

# English pages come from every zone: a dateline without one is read as UTC.
DEFAULT_UTC_OFFSET: int | None = 0
