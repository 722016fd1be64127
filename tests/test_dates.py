"""Dates: span finding, normalisation on the publication date, weekday checks, events."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.dates import dates
from crosscheck.ingest.build import make_article
from crosscheck.lang.en.calendar import MONTHS as EN_MONTHS
from crosscheck.lang.en.calendar import WEEKDAYS as EN_WEEKDAYS
from crosscheck.lang.id.calendar import MONTHS as ID_MONTHS
from crosscheck.lang.id.calendar import WEEKDAYS as ID_WEEKDAYS
from crosscheck.types import Granularity

WIB = timezone(timedelta(hours=7))
JAN27 = datetime(2024, 1, 27, 15, 52, tzinfo=WIB)  # a Saturday
TODAY = date(2026, 11, 22)


def _dates(body: str, *, language: str = "id", published: datetime | None = JAN27) -> list:
    article = make_article(body, language=language, published=published)
    found = list(dates(article, today=TODAY))
    for d in found:
        assert article.body[d.start : d.end] == d.text
    return found


def _one(body: str, **kw: object) -> object:
    found = _dates(body, **kw)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


# (sentence, published, expected text, value, granularity)
ID_CASES = [
    ("Sun bertemu Choe pada Jumat (26/1).", JAN27, "Jumat (26/1)", "2024-01-26", "day"),
    (
        "Mereka bertemu pada Sabtu (30/12).",
        datetime(2024, 1, 2, tzinfo=WIB),
        "Sabtu (30/12)",
        "2023-12-30",
        "day",
    ),
    (
        "Pertemuan pada Kamis (28/10/2021) tersebut.",
        None,
        "Kamis (28/10/2021)",
        "2021-10-28",
        "day",
    ),
    (
        "Ia tiba sejak Kamis, 25 Januari 2024, di sana.",
        None,
        "Kamis, 25 Januari 2024",
        "2024-01-25",
        "day",
    ),
    (
        "Mereka merayakan pada Minggu, 6 Oktober 2024.",
        None,
        "Minggu, 6 Oktober 2024",
        "2024-10-06",
        "day",
    ),
    ("kata Xi pada Minggu. 6 Oktober 2024.", None, "Minggu. 6 Oktober 2024", "2024-10-06", "day"),
    ("Pada Juni 2021 lalu, keduanya bertemu.", JAN27, "Juni 2021 lalu", "2021-06", "month"),
    ("Kim mengatakan pada awal bulan ini bahwa ...", JAN27, "awal bulan ini", "2024-01", "month"),
    ("Pada bulan Juli, Kim mengundang pejabat.", JAN27, "bulan Juli", "2023-07", "month"),
    ("Delegasi telah hadir pada September.", JAN27, "September", "2023-09", "month"),
    ("Sidang digelar pada Oktober mendatang.", JAN27, "Oktober mendatang", "2024-10", "month"),
    ("Sidang digelar pada Januari mendatang.", JAN27, "Januari mendatang", "2025-01", "month"),
    ("Perang Korea tahun 1950-1953.", JAN27, "tahun 1950-1953", "1950/1953", "range"),
    ("Perang berlangsung 1950–53.", JAN27, "1950–53", "1950/1953", "range"),
    ("Pada tahun 2024, Rusia menandatangani perjanjian.", JAN27, "tahun 2024", "2024", "year"),
    ("Ia bertemu Kim pekan lalu.", JAN27, "pekan lalu", "2024-01-15/2024-01-21", "range"),
    ("Ia bertemu Kim minggu lalu.", JAN27, "minggu lalu", "2024-01-15/2024-01-21", "range"),
    (
        "Mereka bertemu pada akhir pekan lalu.",
        JAN27,
        "akhir pekan lalu",
        "2024-01-20/2024-01-21",
        "range",
    ),
    ("Ia tiba Senin lalu.", JAN27, "Senin lalu", "2024-01-22", "day"),
    ("Ia tiba tiga hari lalu.", JAN27, "tiga hari lalu", "2024-01-24", "day"),
    ("Ia tiba 3 hari yang lalu.", JAN27, "3 hari yang lalu", "2024-01-24", "day"),
    ("Ia tiba kemarin.", JAN27, "kemarin", "2024-01-26", "day"),
    ("Ia akan tiba lusa.", JAN27, "lusa", "2024-01-29", "day"),
    ("Ia tiba dua tahun lalu.", JAN27, "dua tahun lalu", "2022", "year"),
    ("Ia tiba bulan lalu.", JAN27, "bulan lalu", "2023-12", "month"),
    ("Ia akan tiba tahun depan.", JAN27, "tahun depan", "2025", "year"),
    ("Putaran keenam digelar sebelum akhir tahun.", JAN27, "akhir tahun", "2024", "year"),
    ("Laporan terbit pada pertengahan bulan.", JAN27, "pertengahan bulan", "2024-01", "month"),
    ("Ia tiba pada Jumat.", JAN27, "Jumat", "2024-01-26", "day"),
    ("Ia akan tiba pada Selasa.", JAN27, "Selasa", "2024-01-30", "day"),
    ("Ia tiba pada hari Minggu.", JAN27, "Minggu", "2024-01-21", "day"),
    ("Ia tiba 25-26 Januari 2024.", None, "25-26 Januari 2024", "2024-01-25/2024-01-26", "range"),
    (
        "Jokowi akan berkunjung pada 25-27 Maret mendatang.",
        JAN27,
        "25-27 Maret mendatang",
        "2024-03-25/2024-03-27",
        "range",
    ),
    ("Ia tiba sejak 2019.", JAN27, "2019", "2019", "year"),
    (
        "Ekspor naik pada periode Januari-Maret 2024.",
        JAN27,
        "Januari-Maret 2024",
        "2024-01/2024-03",
        "range",
    ),
    ("Banjir terjadi Senin, 29/1/2024 malam.", None, "Senin, 29/1/2024 malam", "2024-01-29", "day"),
    ("Pameran digelar medio Maret lalu.", JAN27, "medio Maret lalu", "2023-03", "month"),
    ("Ia tiba sepekan lalu.", JAN27, "sepekan lalu", "2024-01-15/2024-01-21", "range"),
    (
        "Berita 28 October 2021 20:47 ini.",
        None,
        "28 October 2021 20:47",
        "2021-10-28T20:47",
        "instant",
    ),
    ("Tambahan anggaran untuk tahun anggaran 2025.", JAN27, "2025", "2025", "year"),
    ("Program itu digulirkan pada 2018 dan kini meluas.", JAN27, "2018", "2018", "year"),
    ("Kim mengatakan 2024 akan menjadi tahun persahabatan.", JAN27, "2024", "2024", "year"),
    # a year qualifying a noun, or after a name, before a lower-case word
    ("Pada Pilkada 2024 biaya naik.", JAN27, "2024", "2024", "year"),
    (
        "Sabtu, 27 Januari 2024, 15:52 WIB",
        None,
        "Sabtu, 27 Januari 2024, 15:52 WIB",
        "2024-01-27T15:52+07:00",
        "instant",
    ),
    (
        "Rapat pada Jumat (26/1) pukul 10.00 WITA.",
        JAN27,
        "Jumat (26/1) pukul 10.00 WITA",
        "2024-01-26T10:00+08:00",
        "instant",
    ),
    ("Mereka bertemu Jumat (26/1) malam.", JAN27, "Jumat (26/1) malam", "2024-01-26", "day"),
    ("Mereka bertemu Jumat malam (26/1).", JAN27, "Jumat malam (26/1)", "2024-01-26", "day"),
    (
        "Ia tiba pada Minggu, 6 Oktober 2024, 15 orang hadir.",
        None,
        "Minggu, 6 Oktober 2024",
        "2024-10-06",
        "day",
    ),
]


@pytest.mark.parametrize(("body", "published", "text", "value", "granularity"), ID_CASES)
def test_indonesian_forms(body, published, text, value, granularity):
    d = _one(body, published=published)
    assert (d.text, d.value, d.granularity.value) == (text, value, granularity)


EN_CASES = [
    ("Sun met Choe on Friday in Pyongyang.", JAN27, "Friday", "2024-01-26", "day"),
    ("He arrived on Thursday (local time).", JAN27, "Thursday", "2024-01-25", "day"),
    ("He arrived on Jan. 26, 2024.", None, "Jan. 26, 2024", "2024-01-26", "day"),
    ("He arrived on January 25 in Pyongyang.", JAN27, "January 25", "2024-01-25", "day"),
    ("He arrived on 26 January 2024.", None, "26 January 2024", "2024-01-26", "day"),
    ("He arrived on 26th January 2024.", None, "26th January 2024", "2024-01-26", "day"),
    ("He arrived on the 26th of January.", JAN27, "the 26th of January", "2024-01-26", "day"),
    ("Talks were held last week.", JAN27, "last week", "2024-01-15/2024-01-21", "range"),
    ("Kim visited Russia in September.", JAN27, "September", "2023-09", "month"),
    ("A plenum will be held in October.", JAN27, "October", "2024-10", "month"),
    ("He met Putin in June 2021.", None, "June 2021", "2021-06", "month"),
    ("He met Putin three days ago.", JAN27, "three days ago", "2024-01-24", "day"),
    ("Drills run from May 13 to 24.", JAN27, "May 13 to 24", "2024-05-13/2024-05-24", "range"),
    ("The summit, first held in 2018, is scheduled for May.", JAN27, "2018", "2018", "year"),
    ("He met Putin a week ago.", JAN27, "a week ago", "2024-01-15/2024-01-21", "range"),
    ("He met Putin late last year.", JAN27, "late last year", "2023", "year"),
    (
        "Quotas are reviewed in the middle of the year.",
        JAN27,
        "the middle of the year",
        "2024",
        "year",
    ),
    ("He met Putin on Sunday's summit.", JAN27, "Sunday", "2024-01-21", "day"),
    ("He met Putin yesterday.", JAN27, "yesterday", "2024-01-26", "day"),
    ("He met Putin last Monday.", JAN27, "last Monday", "2024-01-22", "day"),
    ("The Korean War of 1950-1953.", JAN27, "1950-1953", "1950/1953", "range"),
    ("Relations have grown since 2019.", JAN27, "2019", "2019", "year"),
    ("Sales rose in 2024-01-15 filings.", None, "2024-01-15", "2024-01-15", "day"),
    ("Earlier this month, Kim said so.", JAN27, "Earlier this month", "2024-01", "month"),
    ("They met on Friday evening.", JAN27, "Friday evening", "2024-01-26", "day"),
    # a bare year before a noun: English writes amounts over a thousand with a comma
    ("The 2024 simultaneous regional elections cost a lot.", JAN27, "2024", "2024", "year"),
    (
        "They met on Jan. 26, 2024, at 10:30 GMT.",
        None,
        "Jan. 26, 2024, at 10:30 GMT",
        "2024-01-26T10:30+00:00",
        "instant",
    ),
]


@pytest.mark.parametrize(("body", "published", "text", "value", "granularity"), EN_CASES)
def test_english_forms(body, published, text, value, granularity):
    d = _one(body, language="en", published=published)
    assert (d.text, d.value, d.granularity.value) == (text, value, granularity)


@pytest.mark.parametrize(
    "body",
    [
        "waktu baca 2 menit",
        "75 tahun hubungan diplomatik kedua negara",
        "pertemuan pertama dalam enam tahun terakhir",
        "dalam dua minggu ini",
        "selama beberapa minggu",
        "dalam beberapa bulan terakhir",
        "Ia melaksanakan salat Jumat di masjid.",
        "Hingga 2000 orang hadir.",
        "Sebanyak 2000 relawan dikerahkan.",
        "Juni menyanyi di panggung.",
        "Musik tahun 1990-an kembali populer.",
        "Bonus dibagikan setiap akhir tahun.",
        "Ia berlibur pada akhir pekan.",
    ],
)
def test_durations_and_names_are_not_dates(body):
    assert _dates(body) == []


@pytest.mark.parametrize(
    "body", ["Exports fell from a year earlier.", "Two days later, he left.", "Buy one now."]
)
def test_english_story_relative_forms_are_not_dates(body):
    assert _dates(body, language="en") == []


@pytest.mark.parametrize(
    ("body", "published", "value"),
    [
        ("Ia bertemu Kim pekan lalu.", None, None),
        ("Ia tiba kemarin.", None, None),
        ("Ia tiba Senin lalu.", None, None),
        ("Ia tiba pada Juli.", None, None),
    ],
)
def test_relative_without_publication_date_is_unresolved(body, published, value):
    d = _one(body, published=published)
    assert d.value is value
    assert d.granularity is Granularity.RELATIVE


def test_range_end_gives_its_year_to_the_start():
    found = _dates("Turnamen digelar 28 Desember hingga 3 Januari 2025.", published=JAN27)
    assert [(d.text, d.value, d.granularity) for d in found] == [
        ("28 Desember hingga 3 Januari 2025", "2024-12-28/2025-01-03", Granularity.RANGE)
    ]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        # two days joined: one range
        ("Imunisasi berlangsung 17 Februari hingga 2 Maret 2025.", "id",
         [("17 Februari hingga 2 Maret 2025", "2025-02-17/2025-03-02", "range")]),
        ("Applications will be accepted from July 1 to Aug. 15.", "en",
         [("July 1 to Aug. 15", "2025-07-01/2025-08-15", "range")]),
        # two days in the wrong order are two dates, not a range
        ("Talks moved from Aug. 15 to July 1.", "en",
         [("Aug. 15", "2025-08-15", "day"), ("July 1", "2025-07-01", "day")]),
        # a month and the year its tense names
        ("Ekspor naik sejak Oktober tahun lalu.", "id",
         [("Oktober tahun lalu", "2024-10", "month")]),
        ("The summit will be held in April next year.", "en",
         [("April next year", "2026-04", "month")]),
        # ... or "this year"; a day of that year too
        ("Harga naik sejak Maret tahun ini.", "id", [("Maret tahun ini", "2025-03", "month")]),
        ("The changes took effect on Jan 1 this year.", "en",
         [("Jan 1 this year", "2025-01-01", "day")]),
        ("Harga naik sejak 5 Januari tahun lalu.", "id",
         [("5 Januari tahun lalu", "2024-01-05", "day")]),
        # a range of months placed by its last month
        ("Exports rose in January-July, data showed.", "en",
         [("January-July", "2025-01/2025-07", "range")]),
        # written around its ends; months of the year named after them
        ("Rates rose between October 2023 and April 2024.", "en",
         [("October 2023 and April 2024", "2023-10/2024-04", "range")]),
        ("Harga naik antara Januari 2024 dan Maret 2024.", "id",
         [("Januari 2024 dan Maret 2024", "2024-01/2024-03", "range")]),
        ("The radars will be delivered from April to September next year.", "en",
         [("April to September next year", "2026-04/2026-09", "range")]),
        # bare months around a range's ends; the year after them; a start in its end's year
        ("Exports rose between January and June, officials said.", "en",
         [("January and June", "2025-01/2025-06", "range")]),
        ("Harga naik antara Januari dan Juni, kata dia.", "id",
         [("Januari dan Juni", "2025-01/2025-06", "range")]),
        ("Balloons landed between May and November last year.", "en",
         [("May and November last year", "2024-05/2024-11", "range")]),
        ("The syndicate used the accounts between January and April 2024.", "en",
         [("January and April 2024", "2024-01/2024-04", "range")]),
        # a bare month kept for such a range that does not form is dropped
        ("He chose between June and the army.", "en", []),
        ("Exports will rise between October and March, officials said.", "en", []),
        # "and" without "between" joins nothing
        ("He met Kim in January 2024 and in March 2024.", "en",
         [("January 2024", "2024-01", "month"), ("March 2024", "2024-03", "month")]),
    ],
)  # fmt: skip
def test_dates_that_are_one(body, language, expected):
    published = datetime(2025, 9, 1, tzinfo=timezone.utc)
    found = _dates(body, published=published, language=language)
    assert [(d.text, d.value, d.granularity.value) for d in found] == expected


def test_dated_day_in_body_fixes_the_year_and_weekday_is_checked():
    found = _dates(
        "Sun tiba pada Kamis, 25 Januari 2024. Ia bertemu Choe pada Sabtu (26/1).",
        published=None,
    )
    assert [(d.value, d.weekday_consistent) for d in found] == [
        ("2024-01-25", True),
        ("2024-01-26", False),
    ]


def test_weekday_resolves_the_year_without_publication_date():
    found = _dates(
        "Choe dan Wang duduk bareng pada Minggu (28/9). Pertemuan ini dilaporkan oleh KCNA, "
        "Senin (29/9). Choe berharap atas keberhasilan pleno keempat pada Oktober mendatang.",
        published=None,
    )
    assert [(d.text, d.value, d.event) for d in found] == [
        ("Minggu (28/9)", "2025-09-28", "meet"),
        ("Senin (29/9)", "2025-09-29", "report"),
        ("Oktober mendatang", "2025-10", "session"),
    ]
    assert found[0].weekday_consistent is True
    assert found[2].tense == "future"


@pytest.mark.parametrize(
    ("body", "consistent"),
    [
        ("Mereka bertemu pada Jumat (27/1).", False),
        ("Mereka bertemu pada Jumat (26/1).", True),
        ("Mereka bertemu pada Sabtu, 26 Januari 2024.", False),
        ("Mereka bertemu pada Jumat, 26 Januari 2024.", True),
    ],
)
def test_weekday_consistency(body, consistent):
    d = _one(body)
    assert d.weekday_consistent is consistent
    assert d.weekday is not None


@pytest.mark.parametrize(
    ("body", "event"),
    [
        ("Sun tiba di Korea Utara sejak Kamis, 25 Januari 2024, untuk kunjungan.", "arrive"),
        ("Sun bertemu dengan para diplomat penting di Pyongyang pada Jumat (26/1).", "meet"),
        ("Pertemuan ini dilaporkan langsung oleh Kantor Berita Pusat Korea (KCNA), Senin (29/9).",
         "report"),
        ("“Delegasi tiba di Pyongyang,” kata kantor berita KCNA, dikutip Sabtu (27/1).", "cite"),
        ("Tiongkok dan Korea Utara pada Minggu, 6 Oktober 2024 merayakan 75 tahun hubungan.",
         "celebrate"),
        ("Sebelumnya pada Jumat, 4 Oktober 2024, Kim mengatakan partainya siap.", "say"),
        ("KCNA melaporkan, Kim terlihat pada Minggu, 6 Oktober 2024, mengawasi latihan.",
         "inspect"),
        ("Pertemuan ini terjadi setelah awal bulan ini Kim mengatakan hal itu.", "say"),
        ("Pada 2024, Rusia dan Korea Utara menandatangani perjanjian.", "sign"),
        ("Korut menguji coba rudal jelajah pada Rabu (24/1), demikian dilaporkan KCNA.",
         "launch"),
        ("Bulog menggelontorkan beras mulai Kamis (25/1) ke pasar.", "start"),
        ("“Air mencapai 2,5 meter,” kata Hendra saat dihubungi, Sabtu (27/1/2024).", "say"),
        ("Delegasi telah menghadiri perayaan ulang tahun ke-75 Korea Utara pada September.",
         "attend"),
        ("Kim Jong-Un mengatakan bahwa tahun 2024 akan menjadi tahun persahabatan.", None),
        ("“Tahun ini akan menjadi halaman baru,” kata Kim.", None),
        # a reporting verb closing the sentence attributes it; it does not date the flood
        ("Sebanyak 1,2 juta warga terdampak banjir sejak Jumat malam, kata BNPB.", None),
        ("Ia lahir pada 17 Agustus 1945 dan meninggal dunia pada usia 79 tahun.", "born"),
        ("Hal itu disampaikan Retno dalam keterangan tertulis, Kamis (25/1).", "say"),
        ("Banjir melanda Kabupaten Banjar sejak Jumat (26/1/2024) dini hari.", "hit"),
        ("Ribuan warga mengungsi pada Sabtu (27/1).", "evacuate"),
        ("Laporan itu dirilis pada Kamis (25/1).", "announce"),
        ("Puluhan ribu orang berunjuk rasa di depan gedung DPR, Kamis (25/1) siang.",
         "protest"),
    ],
)  # fmt: skip
def test_event_of_the_date(body, event):
    assert _one(body).event == event


@pytest.mark.parametrize(
    ("body", "tense"),
    [
        ("Pleno digelar pada Oktober mendatang.", "future"),
        ("Pada Juni 2021 lalu mereka bertemu.", "past"),
        ("Kim mengatakan tahun 2024 akan menjadi tahun persahabatan.", "future"),
        ("Kim telah bertemu Putin pada September.", "past"),
        ("Kim will visit Beijing next month.", "future"),
    ],
)
def test_tense(body, tense):
    language = "en" if "will" in body else "id"
    d = _dates(body, language=language)[0]
    assert d.tense == tense


# --------------------------------------------------------------------------- round trips


def _longest(names: dict[str, int]) -> dict[int, str]:
    """The full spelling of each month or weekday (the longest name for its number)."""
    out: dict[int, str] = {}
    for name, value in names.items():
        if "'" not in name and len(name) > len(out.get(value, "")):
            out[value] = name
    return out


ID_MONTH_NAMES = _longest(ID_MONTHS)
ID_WEEKDAY_NAMES = _longest(ID_WEEKDAYS)
EN_MONTH_NAMES = _longest(EN_MONTHS)
EN_WEEKDAY_NAMES = _longest(EN_WEEKDAYS)

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))


def _id_forms(d: date) -> list[str]:
    wd = ID_WEEKDAY_NAMES[d.weekday()].capitalize()
    mo = ID_MONTH_NAMES[d.month].capitalize()
    return [
        f"{wd} ({d.day}/{d.month}/{d.year})",
        f"{wd}, {d.day} {mo} {d.year}",
        f"{wd} {d.day} {mo} {d.year}",
        f"{wd}. {d.day} {mo} {d.year}",
        f"{d.day} {mo} {d.year}",
    ]


@settings(max_examples=60, deadline=None)
@given(day=days, form=st.integers(min_value=0, max_value=4))
def test_indonesian_written_date_round_trip(day, form):
    written = _id_forms(day)[form]
    d = _one(f"Mereka bertemu pada {written} di Jakarta.", published=None)
    assert d.text == written
    assert d.value == day.isoformat()
    assert d.weekday_consistent is (True if form < 4 else None)


@settings(max_examples=60, deadline=None)
@given(day=days, shift=st.integers(min_value=1, max_value=6))
def test_wrong_weekday_is_flagged(day, shift):
    wrong = ID_WEEKDAY_NAMES[(day.weekday() + shift) % 7].capitalize()
    d = _one(f"Mereka bertemu pada {wrong} ({day.day}/{day.month}/{day.year}).", published=None)
    assert d.value == day.isoformat()
    assert d.weekday_consistent is False


@settings(max_examples=60, deadline=None)
@given(day=days, back=st.integers(min_value=0, max_value=300))
def test_day_month_takes_year_from_publication(day, back):
    published = datetime.combine(day + timedelta(days=back // 10), datetime.min.time(), WIB)
    d = _one(f"Mereka bertemu pada ({day.day}/{day.month}).", published=published)
    assert d.value == day.isoformat()


@settings(max_examples=60, deadline=None)
@given(day=st.dates(min_value=date(2016, 1, 1), max_value=TODAY))
def test_weekday_search_finds_recent_dates(day):
    wd = ID_WEEKDAY_NAMES[day.weekday()].capitalize()
    d = _one(f"Mereka bertemu pada {wd} ({day.day}/{day.month}).", published=None)
    # the most recent matching year not after today: the written day, or a later one
    assert d.value is not None and d.value >= day.isoformat()
    assert date.fromisoformat(d.value).weekday() == day.weekday()
    assert (d.value[5:], d.weekday_consistent) == (day.isoformat()[5:], True)


@settings(max_examples=60, deadline=None)
@given(day=days)
def test_english_written_date_round_trip(day):
    wd = EN_WEEKDAY_NAMES[day.weekday()].capitalize()
    mo = EN_MONTH_NAMES[day.month].capitalize()
    for written in (f"{wd}, {mo} {day.day}, {day.year}", f"{day.day} {mo} {day.year}"):
        d = _one(f"They met on {written} in Seoul.", language="en", published=None)
        assert (d.text, d.value) == (written, day.isoformat())


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # no publication date: months and years come from the latest dated day in the body
        ("Pada Minggu, 6 Oktober 2024 mereka merayakan. Namun tahun ini Tiongkok berhati-hati.",
         [("Minggu, 6 Oktober 2024", "2024-10-06", "day"), ("tahun ini", "2024", "year")]),
        # ... but days and weeks stay relative
        ("Pada Minggu, 6 Oktober 2024 mereka merayakan. Pekan lalu Kim berpidato.",
         [("Minggu, 6 Oktober 2024", "2024-10-06", "day"), ("Pekan lalu", None, "relative")]),
        ("Tahun ini Tiongkok berhati-hati.", [("Tahun ini", None, "relative")]),
    ],
)  # fmt: skip
def test_body_anchor_without_publication_date(body, expected):
    found = _dates(body, published=None)
    assert [(d.text, d.value, d.granularity.value) for d in found] == expected


# --------------------------------------------------------------------------- seed articles

SEED_DATES = {
    "000": [("Jumat (26/1)", "2024-01-26", "meet", True),
            ("Sabtu (27/1)", "2024-01-27", "cite", True),
            ("awal bulan ini", "2024-01", "say", None)],
    "001": [("Minggu (28/9)", "2025-09-28", "meet", True),
            ("Senin (29/9)", "2025-09-29", "report", True),
            ("Oktober mendatang", "2025-10", "session", None)],
    "002": [("Kamis (28/10/2021)", "2021-10-28", "meet", True),
            ("Juni 2021 lalu", "2021-06", "meet", None)],
    "003": [("Kamis, 25 Januari 2024", "2024-01-25", "arrive", True),
            ("bulan September lalu", "2023-09", "visit", None)],
    "004": [("Minggu, 6 Oktober 2024", "2024-10-06", "celebrate", True),
            ("Minggu. 6 Oktober 2024", "2024-10-06", "say", True),
            ("tahun 1950-1953", "1950/1953", None, None),
            ("Jumat, 4 Oktober 2024", "2024-10-04", "say", True)],
}  # fmt: skip


@pytest.mark.parametrize("seed", sorted(SEED_DATES))
def test_seed_dates(seed, seed_paths):
    from crosscheck.ingest import read_articles

    article = read_articles([seed_paths[seed]]).articles[0]
    found = {(d.text, d.value, d.event, d.weekday_consistent) for d in dates(article, today=TODAY)}
    for expected in SEED_DATES[seed]:
        assert expected in found
    assert not any(d.text.startswith("2 menit") or "75 tahun" in d.text for d in dates(article))


# --------------------------------------------------------------------------- robustness

VOCABULARY = [
    "Senin", "Minggu", "minggu", "Jumat", "Friday", "Sun", "Januari", "Mei", "May", "Oktober",
    "Jan.", "(", ")", "/", ",", ".", "-", "–", "26", "1", "2024", "1950", "53", "31", "2",
    "00", ":", "pukul", "WIB", "lalu", "mendatang", "depan", "ini", "tahun", "bulan",
    "pekan", "hari", "awal", "akhir", "pada", "sejak", "hingga", "tiga", "dua", "se",
    "ke-", "kedua", "Rp", "US$", "juta", "miliar", "M", "%", "persen", "lebih", "dari",
    "sekitar", "puluhan", "ribu", "tentara", "orang", "tiba", "bertemu", "dikutip", "kata",
    "“", "”", '"', "last", "next", "week", "ago", "the", "first", "of", "on", "in",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(st.sampled_from(VOCABULARY), max_size=30),
    separators=st.lists(st.sampled_from([" ", "", "  ", "\n"]), min_size=30, max_size=30),
    language=st.sampled_from(["id", "en"]),
    published=st.sampled_from([None, JAN27]),
)
def test_never_crashes_and_spans_are_exact(words, separators, language, published):
    from crosscheck.extract.numbers import numbers

    body = "".join(w + s for w, s in zip(words, separators, strict=False)).strip() or "x"
    article = make_article(body, language=language, published=published)
    for d in dates(article, today=TODAY):
        assert article.body[d.start : d.end] == d.text
        assert d.value is None or d.granularity is not Granularity.RELATIVE
    for n in numbers(article):
        assert article.body[n.start : n.end] == n.text


@settings(max_examples=80, deadline=None)
@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
       back=st.integers(min_value=1, max_value=30))  # fmt: skip
def test_days_ago_round_trip(day, back):
    published = datetime.combine(day, datetime.min.time(), WIB)
    for written in (f"{back} hari lalu", f"{back} hari yang lalu"):
        d = _one(f"Ia tiba {written}.", published=published)
        assert (d.text, d.value) == (written, (day - timedelta(days=back)).isoformat())


@pytest.mark.parametrize(
    ("body", "language", "published", "value"),
    [
        # the next March is nearer, but "since" looks back
        (
            "The rupiah's decline since March 3 reached 9%.",
            "en",
            datetime(2025, 10, 8),
            "2025-03-03",
        ),
        ("Baleg menggelar rapat sejak Februari.", "id", datetime(2025, 9, 24), "2025-02"),
        # without it the nearer one stands
        ("The rupiah's decline may end on March 3.", "en", datetime(2025, 10, 8), "2026-03-03"),
    ],
)
def test_since_puts_a_date_without_a_year_in_the_past(body, language, published, value):
    found = _dates(body, language=language, published=published.replace(tzinfo=timezone.utc))
    assert [d.value for d in found] == [value]


def test_a_month_after_as_early_as_is_a_date():
    found = _dates("Tours could resume as early as August.", language="en")
    assert [(d.text, d.granularity.value) for d in found] == [("August", "month")]


@pytest.mark.parametrize(
    ("body", "language", "text"),
    [
        ("Indonesia will not issue permits for 2027.", "en", "2027"),
        ("Indeks harga naik 0,87 persen dibanding Februari.", "id", "Februari"),
    ],
)
def test_a_year_after_for_and_a_month_after_dibanding_are_dates(body, language, text):
    assert [d.text for d in _dates(body, language=language)] == [text]


def test_a_year_after_sepanjang_is_a_date():
    found = _dates("Nilai ekspor sepanjang 2025 tercatat US$1,2 miliar.", language="id")
    assert [d.text for d in found] == ["2025"]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # a verb in a past form before a date without a year: the date before the story
        ("The government first submitted a draft on March 3.", "2025-03-03"),
        ("Morioka visited Seoul on March 3 for their first summit.", "2025-03-03"),
        # ... but not another clause's verb, a participle qualifying a noun or a noun
        ("He said the talks would resume on March 3.", "2026-03-03"),
        ("The vote is scheduled for March 3.", "2026-03-03"),
        ("The allies would hold a combined drill on March 3.", "2026-03-03"),
        ("The ministry will host a seaweed summit in Jakarta on March 3.", "2026-03-03"),
    ],
)
def test_a_past_form_puts_a_yearless_date_in_the_past(body, value):
    december = datetime(2025, 12, 4, 9, tzinfo=timezone.utc)
    assert _one(body, language="en", published=december).value == value


@pytest.mark.parametrize(
    ("body", "language", "text", "value", "granularity"),
    [
        # two years around "between ... and" are one range
        ("Catches fell by half between 2018 and 2023.", "en", "2018 and 2023", "2018/2023",
         "range"),
        ("Tangkapan turun antara 2018 dan 2023.", "id", "2018 dan 2023", "2018/2023", "range"),
        # more cues before a bare month name
        ("Sisanya kami targetkan selesai sebelum Juli.", "id", "Juli", "2025-07", "month"),
        ("Harga minyak bergerak sepanjang Agustus.", "id", "Agustus", "2025-08", "month"),
        ("Two crew members were hurt in the June incident.", "en", "June", "2025-06", "month"),
        ("Engineers visited the site as recently as April.", "en", "April", "2025-04", "month"),
    ],
)  # fmt: skip
def test_year_ranges_and_month_cues(body, language, text, value, granularity):
    december = datetime(2025, 12, 4, 9, tzinfo=timezone.utc)
    d = _one(body, language=language, published=december)
    assert (d.text, d.value, d.granularity.value) == (text, value, granularity)


def test_an_english_month_in_lower_case_is_a_word():
    assert _dates("Thousands joined the march to parliament.", language="en") == []


@pytest.mark.parametrize(
    ("body", "language", "published", "texts", "value"),
    [
        # a weekday with its date in brackets, Singapore and Malaysian style
        ("It was approved at a Cabinet meeting on Friday (Sep 4).", "en", (2025, 9, 10),
         ["Friday (Sep 4)"], "2025-09-04"),
        ("It opens on Monday (6 Oct).", "en", (2025, 9, 10), ["Monday (6 Oct)"], "2025-10-06"),
        # a part of the day between the weekday and the date
        ("Korut meluncurkan satelit pada Rabu malam, 19 November 2025.", "id", (2025, 11, 20),
         ["Rabu malam, 19 November 2025"], "2025-11-19"),
        # an irregular past participle; "to" before a name is a preposition
        ("Duterte was flown to The Hague in March to face a case.", "en", (2025, 11, 20),
         ["March"], "2025-03"),
        # a verb that sets a date ahead
        ("The court allowed him bail and fixed Dec 3 for mention.", "en", (2025, 10, 8),
         ["Dec 3"], "2025-12-03"),
        # more month cues
        ("If this drags on into May, we will give up.", "en", (2025, 3, 1), ["May"],
         "2025-05"),
        ("Untuk periode Juli, harga referensi naik.", "id", (2025, 7, 20), ["Juli"], "2025-07"),
    ],
)  # fmt: skip
def test_bracketed_days_day_parts_participles_and_scheduling(
    body, language, published, texts, value
):
    found = _dates(body, language=language, published=datetime(*published, tzinfo=timezone.utc))
    assert [d.text for d in found] == texts
    assert found[-1].value == value


def test_this_year_puts_the_months_of_its_sentence_in_the_year_of_publication():
    september = datetime(2025, 9, 10, tzinfo=timezone.utc)
    found = _dates(
        "It is the third scheme announced this year, after an exemption in January.",
        language="en",
        published=september,
    )
    assert [(d.text, d.value) for d in found] == [("this year", "2025"), ("January", "2025-01")]
    # without "this year" the nearest January is the coming one
    assert (
        _dates("Exports will resume in January.", language="en", published=september)[0].value
        == "2026-01"
    )


def test_a_weekday_contradicting_its_bracketed_date_is_recorded():
    found = _dates(
        "It was approved on Friday (Sep 4).",
        language="en",
        published=datetime(2025, 9, 10, tzinfo=timezone.utc),
    )
    assert found[0].weekday_consistent is False


DEC10 = datetime(2025, 12, 10, 11, 0, tzinfo=WIB)


@pytest.mark.parametrize(
    ("body", "language", "text", "value"),
    [
        # a month fronted in commas takes the tense of the verb after it
        ("In May, the state news agency said the test had succeeded.", "en", "May", "2025-05"),
        ("In March, the agency reported a second launch.", "en", "March", "2025-03"),
        # without a past form after it, the nearest month
        ("In May, talks will resume in Geneva.", "en", "May", "2026-05"),
        # a year after "in" or "early" whatever follows it
        ("Floods in early 2020 killed more than 60 people.", "en", "early 2020", "2020"),
        ("Floods in 2021 killed 12 people.", "en", "2021", "2021"),
        # a year before the word that brings its amount
        ("Kuota 2025 sebesar 7,9 juta ton sudah habis.", "id", "2025", "2025"),
    ],
)  # fmt: skip
def test_fronted_months_and_years_before_verbs_or_amounts(body, language, text, value):
    found = {d.text: d.value for d in _dates(body, language=language, published=DEC10)}
    assert found.get(text) == value, found


JUL16 = datetime(2025, 7, 16, 15, 30, tzinfo=WIB)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # the start of a range, written without a year, lies before its end
        ("Cases had been recorded between Jan. 1 and July 12.", "2025-01-01/2025-07-12"),
        ("Cases rose from Jan. 1 to July 12.", "2025-01-01/2025-07-12"),
    ],
)
def test_a_range_start_without_a_year_precedes_its_end(body, value):
    found = _dates(body, language="en", published=JUL16)
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize(
    ("body", "language", "text", "value"),
    [
        # a weekday with a week after it: that weekday in the week before or after the
        # publication's (JAN27 is a Saturday)
        ("KPK menahan tersangka pada Selasa pekan lalu di Jakarta.", "id",
         "Selasa pekan lalu", "2024-01-16"),
        ("Rapat digelar Rabu minggu depan.", "id", "Rabu minggu depan", "2024-01-31"),
        ("Ia tiba Kamis pekan ini.", "id", "Kamis pekan ini", "2024-01-25"),
        ("He arrived on Tuesday last week.", "en", "Tuesday last week", "2024-01-16"),
        ("They will meet on Friday next week.", "en", "Friday next week", "2024-02-02"),
    ],
)  # fmt: skip
def test_a_weekday_with_its_week(body, language, text, value):
    found = _one(body, language=language)
    assert (found.text, found.value, found.granularity) == (text, value, Granularity.DAY)
