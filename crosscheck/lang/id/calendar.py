"""Indonesian month and weekday names, and Indonesian time-zone abbreviations."""

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "nopember": 11, "nop": 11,
    "desember": 12, "des": 12,
}  # fmt: skip

# Monday = 0, as datetime.weekday(). "Minggu" also means "week": callers must check context.
WEEKDAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4, "jum'at": 4,
    "sabtu": 5,
    "minggu": 6, "ahad": 6,
}  # fmt: skip

# Hours east of UTC.
TIMEZONES: dict[str, int] = {"wib": 7, "wita": 8, "wit": 9}

# Words that surround a publication dateline ("Diperbarui 26 Jan 2024, 12:30 WIB").
DATELINE_WORDS: tuple[str, ...] = (
    "diperbarui", "dipublikasikan", "diterbitkan", "terbit", "pukul", "update", "jam",
)  # fmt: skip

# Words of a dateline that gives the last update, not the publication.
DATELINE_UPDATED_WORDS: tuple[str, ...] = ("diperbarui", "update", "updated")

# The zone of a dateline that names none, when its outlet is unknown: most Indonesian
# outlets publish from Jakarta (WIB).
DEFAULT_UTC_OFFSET: int | None = 7
