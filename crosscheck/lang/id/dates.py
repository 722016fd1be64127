"""Indonesian date vocabulary: relative expressions, tense and citation markers, cues.

Month and weekday names live in ``calendar.py``; this table holds what turns them into
dated events: "kemarin", "pekan lalu", "Oktober mendatang", "dikutip Sabtu (27/1)".
"""

# Day offsets from the publication date.
RELATIVE_DAYS: dict[str, int] = {
    "kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "esok hari": 1, "lusa": 2,
}  # fmt: skip

# Calendar periods that relative expressions count in.
PERIODS: dict[str, str] = {
    "hari": "day", "pekan": "week", "minggu": "week", "bulan": "month", "tahun": "year",
}  # fmt: skip

# Markers written after a period, month or weekday ("pekan lalu", "Oktober mendatang").
PAST_AFTER: tuple[str, ...] = ("yang lalu", "lalu", "silam", "kemarin")
FUTURE_AFTER: tuple[str, ...] = ("yang akan datang", "mendatang", "depan", "nanti")
THIS_AFTER: tuple[str, ...] = ("ini",)
# A week after a weekday, and how many weeks from the publication's week: "Selasa pekan
# lalu" is the Tuesday of the week before.
WEEKDAY_WEEKS: dict[str, int] = {
    "pekan lalu": -1, "minggu lalu": -1, "pekan depan": 1, "minggu depan": 1,
    "pekan ini": 0, "minggu ini": 0,
}  # fmt: skip
# Only after a counted period: "tiga hari lagi" (in three days).
COUNT_FUTURE_AFTER: tuple[str, ...] = ("lagi",)
# English-style markers written before the period; Indonesian has none.
PAST_BEFORE: tuple[str, ...] = ()
FUTURE_BEFORE: tuple[str, ...] = ()
THIS_BEFORE: tuple[str, ...] = ()

# Part of a period: "awal bulan ini", "akhir pekan lalu", "pertengahan Juli".
PARTS: dict[str, str] = {
    "awal": "early", "akhir": "late", "pertengahan": "mid", "medio": "mid",
}  # fmt: skip
# Words that count one of a period ("sepekan" is handled by the "se" prefix).
ONE_WORDS: tuple[str, ...] = ()
# Numeric dates without parentheses are day/month/year ("29/1/2024").
DAY_FIRST_NUMERIC = True
# Before a part of a period, these make it a habit, not a date ("setiap akhir tahun").
GENERIC_BEFORE: tuple[str, ...] = ("setiap", "tiap", "per", "saban")
# The part that turns a week into its weekend ("akhir pekan" = weekend).
WEEKEND_PART = "akhir"

# Parts of the day and time-of-day cues written after a date ("Jumat (26/1) malam",
# "Sabtu (27/1) pukul 15.52 WIB"); time zones come from calendar.py.
DAY_PARTS: tuple[str, ...] = ("dini hari", "pagi", "siang", "sore", "petang", "malam")
TIME_CUES: tuple[str, ...] = ("pukul", "pkl.", "pk.", "jam")

# Grammatical tense markers looked for in the date's clause.
FUTURE_AUXILIARIES: tuple[str, ...] = (
    "akan", "bakal", "hendak", "dijadwalkan", "berencana", "direncanakan",
)  # fmt: skip
PAST_AUXILIARIES: tuple[str, ...] = ("telah", "sudah", "sempat", "pernah", "tadi")

# A date right after one of these is in the past ("sejak Februari" in September is this
# year's February, not next year's, though next year's is nearer).
SINCE_MARKERS: tuple[str, ...] = ("sejak", "semenjak")

# A date right after one of these is when the report was quoted, not when the event was.
CITATION_MARKERS: tuple[str, ...] = (
    "dikutip", "seperti dikutip", "sebagaimana dikutip", "dilansir", "diakses", "mengutip",
)  # fmt: skip

# A date right after one of these is the start or the end of what the sentence tells
# ("menggelontorkan beras mulai Kamis (1/2) hingga akhir Februari").
BOUND_MARKERS: dict[str, str] = {"mulai": "start", "hingga": "end", "sampai": "end"}

# Words before a bare month name or year that make it a date ("pada Juli", "sejak 2019").
# Without a cue (or a marker after it) a capitalised "Juni" may be a name.
MONTH_CUES: tuple[str, ...] = (
    "pada", "bulan", "sejak", "hingga", "sampai", "awal", "akhir",
    "pertengahan", "per", "selama", "mulai", "dibanding", "dibandingkan", "ketimbang",
    "sepanjang", "sebelum", "setelah", "menjelang", "jelang", "memasuki", "periode",
)  # fmt: skip
YEAR_CUES: tuple[str, ...] = (
    "tahun anggaran", "tahun", "pada", "sejak", "hingga", "sampai", "awal", "akhir",
    "pertengahan", "periode", "mulai", "selama", "sepanjang",
)  # fmt: skip
# Month names of other languages also read in full dates with digits ("28 October 2021"
# datelines on Indonesian pages).
EXTRA_MONTH_LANGUAGES: tuple[str, ...] = ("en",)
# Words right before a bare four-digit number that make it an amount, not a year.
AMOUNT_CUES: tuple[str, ...] = ("sebanyak", "sejumlah", "total", "mencapai", "berjumlah", "nomor")
# Cue words kept inside the date's span ("tahun 1950-1953", "bulan Juli"); other cues
# (prepositions) stay outside it.
SPAN_CUES: tuple[str, ...] = ("tahun", "bulan", "awal", "akhir", "pertengahan")

RANGE_JOINERS: tuple[str, ...] = ("-", "–", "—", "hingga", "sampai", "s.d.", "s/d")
# "between October 2023 and April 2024": a range written around its two ends.
RANGE_AROUND: tuple[tuple[str, str], ...] = (("antara", "dan"),)

# "Minggu" is Sunday and "minggu" a week. Before these words, or after these, it is a week.
WEEK_AFTER: tuple[str, ...] = ("ini", "depan", "terakhir", "mendatang", "pertama", "kedua")
WEEK_BEFORE: tuple[str, ...] = (
    "beberapa", "se", "akhir", "awal", "dalam", "per", "tiap", "setiap", "selama", "dua",
    "tiga", "empat", "lima", "enam", "satu",
)  # fmt: skip
# The weekday word that doubles as a period word.
AMBIGUOUS_WEEKDAY = "minggu"
# A weekday after one of these is not a date ("salat Jumat", "Jumat Agung" is kept).
NOT_WEEKDAY_BEFORE: tuple[str, ...] = ("salat", "shalat", "sholat", "solat")
# Words before a lower-case weekday that make it a date ("pada senin").
WEEKDAY_CUES: tuple[str, ...] = ("pada", "hari", "sejak", "hingga", "sampai", "setiap")

# A bare four-digit number in the years' range after a name is a year ("Pilkada 2024
# biaya ...", "APBN 2025 naik") even before a lower-case word.
YEAR_AFTER_NAME = True

# A four-digit number right after one of these is a year whatever word follows it
# ("floods in early 2020 killed 60", not 2,020 killed).
YEAR_PREPOSITIONS: tuple[str, ...] = ("sejak", "awal", "akhir", "pertengahan")
# A four-digit number right before one of these is a year: the amount comes after it
# ("kuota 2025 sebesar 7,9 juta metrik ton").
AMOUNT_AFTER_YEAR: tuple[str, ...] = ("sebesar", "senilai")
