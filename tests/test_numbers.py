"""Numbers: Indonesian and English formats, vague amounts, qualifiers, units and kinds."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.numbers import (
    APPROX_BAND,
    numbers,
    parse_digits,
    parse_number_words,
)
from crosscheck.ingest.build import make_article
from crosscheck.types import NumberMention


def _numbers(body: str, *, language: str = "id") -> list:
    article = make_article(body, language=language)
    found = list(numbers(article))
    for n in found:
        assert article.body[n.start : n.end] == n.text
    return found


def _one(body: str, *, language: str = "id") -> NumberMention:
    found = _numbers(body, language=language)
    assert len(found) == 1, found
    return found[0]


# (sentence, text, value, low, high, unit, kind)
ID_CASES = [
    ("Sebanyak 1.500 tentara dikirim.", "1.500", 1500, 1500, 1500, "tentara", "cardinal"),
    ("Inflasi 12,5 persen tahun ini.", "12,5 persen", 12.5, 12.5, 12.5, "persen", "percent"),
    ("Inflasi naik 40% pada Januari.", "40%", 40, 40, 40, "persen", "percent"),
    ("Ada 2,5 juta pengungsi.", "2,5 juta", 2.5e6, 2.5e6, 2.5e6, "pengungsi", "cardinal"),
    ("Ada setengah juta pengungsi.", "setengah juta", 5e5, 5e5, 5e5, "pengungsi", "cardinal"),
    ("Gempa bermagnitudo 5,6 mengguncang Cianjur.", "5,6", 5.6, 5.6, 5.6, "magnitudo",
     "cardinal"),
    ("Tim mencari 39 korban hilang.", "39", 39, 39, 39, "korban hilang", "cardinal"),
    ("Pelaku, Budi (45), ditangkap.", "45", 45, 45, 45, "tahun", "age"),
    ("Ada 100 perempuan hadir.", "100", 100, 100, 100, "perempuan", "cardinal"),
    ("Ada satu setengah juta pengungsi.", "satu setengah juta", 1.5e6, 1.5e6, 1.5e6,
     "pengungsi", "cardinal"),
    ("Dana Rp1,5 triliun disiapkan.", "Rp1,5 triliun", 1.5e12, 1.5e12, 1.5e12, "rupiah", "money"),
    ("Dana Rp 50 rb per orang.", "Rp 50 rb", 5e4, 5e4, 5e4, "rupiah", "money"),
    ("Investasi US$ 3 miliar masuk.", "US$ 3 miliar", 3e9, 3e9, 3e9, "dolar AS", "money"),
    ("Nilainya 3 miliar dolar AS.", "3 miliar dolar AS", 3e9, 3e9, 3e9, "dolar AS", "money"),
    ("Nilainya Rp2 M saja.", "Rp2 M", 2e9, 2e9, 2e9, "rupiah", "money"),
    ("Sebanyak enam prajurit tewas.", "enam", 6, 6, 6, "tentara", "cardinal"),
    ("Ada seribu lima ratus orang.", "seribu lima ratus", 1500, 1500, 1500, "orang", "cardinal"),
    ("Ada dua puluh lima korban tewas.", "dua puluh lima", 25, 25, 25, "korban jiwa", "cardinal"),
    ("Perayaan ulang tahun ke-75 Korea Utara.", "ke-75", 75, 75, 75, "ulang tahun", "ordinal"),
    ("Pleno keempat Komite Sentral.", "keempat", 4, 4, 4, "pleno", "ordinal"),
    ("Puluhan pasukan tiba.", "Puluhan", None, 20, 99, "tentara", "cardinal"),
    ("Ribuan tentara dikirim.", "Ribuan", None, 1000, 9999, "tentara", "cardinal"),
    ("Puluhan ribu warga mengungsi.", "Puluhan ribu", None, 1e4, 99_999, "orang", "cardinal"),
    ("Ratusan ribu warga mengungsi.", "Ratusan ribu", None, 1e5, 999_999, "orang", "cardinal"),
    ("Belasan rumah rusak.", "Belasan", None, 11, 19, "rumah", "cardinal"),
    ("Lebih dari 100 orang tewas.", "Lebih dari 100", 100, 100, None, "korban jiwa", "cardinal"),
    ("Setidaknya 1.500 tentara dikirim.", "Setidaknya 1.500", 1500, 1500, None, "tentara",
     "cardinal"),
    ("Hampir 100 rumah rusak.", "Hampir 100", 100, 90, 100, "rumah", "cardinal"),
    ("Kurang dari 50 orang hadir.", "Kurang dari 50", 50, None, 50, "orang", "cardinal"),
    ("Ada 10-20 orang hadir.", "10-20", None, 10, 20, "orang", "cardinal"),
    ("Ada 10 hingga 20 orang hadir.", "10 hingga 20", None, 10, 20, "orang", "cardinal"),
    ("Merayakan 75 tahun hubungan diplomatik.", "75 tahun", 75, 75, 75, "tahun", "duration"),
    ("Kunjungan dalam enam tahun terakhir.", "enam tahun", 6, 6, 6, "tahun", "duration"),
    ("waktu baca 2 menit", "2 menit", 2, 2, 2, "menit", "duration"),
    ("Kim, yang berusia 40 tahun, hadir.", "40 tahun", 40, 40, 40, "tahun", "age"),
    ("Ia menjabat selama 3 bulan.", "3 bulan", 3, 3, 3, "bulan", "duration"),
    ("Pengungsi mencapai 1.234.567 jiwa.", "1.234.567", 1234567, 1234567, 1234567, "orang",
     "cardinal"),
    ("Warga tewas sebanyak 1.500 korban jiwa.", "1.500", 1500, 1500, 1500, "korban jiwa",
     "cardinal"),
    ("Menjelang KTT ASEAN ke-47 di Kuala Lumpur.", "ke-47", 47, 47, 47, "KTT", "ordinal"),
    ("Sebanyak 2000 peserta hadir.", "2000", 2000, 2000, 2000, "peserta", "cardinal"),
    ("Ini merupakan uji coba rudal keenam tahun ini.", "keenam", 6, 6, 6, "uji coba",
     "ordinal"),
    ("Harapan atas keberhasilan pleno keempat Komite Sentral.", "keempat", 4, 4, 4, "pleno",
     "ordinal"),
    ("Anggota Komite Sentral Partai Komunis China ke-20 hadir.", "ke-20", 20, 20, 20,
     "komite sentral", "ordinal"),
    ("Ekonomi tumbuh 5.2 persen.", "5.2 persen", 5.2, 5.2, 5.2, "persen", "percent"),
    ("Seoul sudah dua kali mengirim pesan.", "dua", 2, 2, 2, "kali", "cardinal"),
    # an ordinal numbers the phrase before it even when no table noun is in it; a
    # superlative and "yang" stand between; "kalinya" after it says what it counts
    ("Ini sidang keempat tahun ini.", "keempat", 4, 4, 4, "sidang", "ordinal"),
    ("Jepang adalah mitra dagang terbesar keempat kita.", "keempat", 4, 4, 4, "mitra",
     "ordinal"),
    ("Ia menang untuk kedua kalinya.", "kedua", 2, 2, 2, "kali", "ordinal"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "text", "value", "low", "high", "unit", "kind"), ID_CASES)
def test_indonesian_numbers(body, text, value, low, high, unit, kind):
    n = _one(body)
    assert (n.text, n.unit, n.kind) == (text, unit, kind)
    assert n.value == (None if value is None else pytest.approx(value))
    assert n.low == (None if low is None else pytest.approx(low))
    assert n.high == (None if high is None else pytest.approx(high))


def test_others_is_not_the_counted_thing():
    found = _numbers("Sebanyak 35 orang tewas dan 120 lainnya luka.")
    assert [(n.text, n.unit) for n in found] == [("35", "korban jiwa"), ("120", None)]


def test_approx_band():
    n = _one("Sekitar 40 orang hadir.")
    assert n.qualifier == "sekitar"
    assert (n.low, n.high) == (pytest.approx(40 * (1 - APPROX_BAND)),
                               pytest.approx(40 * (1 + APPROX_BAND)))  # fmt: skip


EN_CASES = [
    ("At least 1,500 soldiers were sent.", "At least 1,500", 1500, 1500, None, "tentara",
     "cardinal"),
    ("There are 2.5 million refugees.", "2.5 million", 2.5e6, 2.5e6, 2.5e6, "pengungsi",
     "cardinal"),
    ("Dozens of troops arrived.", "Dozens", None, 24, 144, "tentara", "cardinal"),
    ("Thousands of people fled.", "Thousands", None, 1000, 9999, "orang", "cardinal"),
    ("Tens of thousands of people fled.", "Tens of thousands", None, 1e4, 99_999, "orang",
     "cardinal"),
    ("More than 100 people died.", "More than 100", 100, 100, None, "korban jiwa", "cardinal"),
    ("Inflation hit 12.5 percent.", "12.5 percent", 12.5, 12.5, 12.5, "persen", "percent"),
    ("A $3 billion deal.", "$3 billion", 3e9, 3e9, 3e9, "dolar AS", "money"),
    ("It marks the 75th anniversary of ties.", "75th", 75, 75, 75, "ulang tahun", "ordinal"),
    ("Six soldiers were killed.", "Six", 6, 6, 6, "tentara", "cardinal"),
    ("Kim Jong Un, 40, has vowed to act.", "40", 40, 40, 40, "tahun", "age"),
    ("Drills involve some 20,000 troops.", "some 20,000", 20000, 17000, 23000, "tentara",
     "cardinal"),
    ("Twenty-five people died.", "Twenty-five", 25, 25, 25, "korban jiwa", "cardinal"),
    ("The 45-year-old leader spoke.", "45-year-old", 45, 45, 45, "tahun", "age"),
    ("Ties of 75 years were marked.", "75 years", 75, 75, 75, "tahun", "duration"),
    ("Nearly 3,000 troops were sent.", "Nearly 3,000", 3000, 2700, 3000, "tentara", "cardinal"),
    ("It was the fourth plenum.", "fourth", 4, 4, 4, "pleno", "ordinal"),
    ("It was the first annual decline.", "first", 1, 1, 1, "decline", "ordinal"),
    ("Growth was about 5.2%.", "about 5.2%", 5.2, 4.42, 5.98, "persen", "percent"),
    ("Quotas were cut by as much as 10%.", "as much as 10%", 10, None, 10, "persen", "percent"),
    ("Prices fell to four-year lows.", "four-year", 4, 4, 4, "tahun", "duration"),
    ("Dozens of missing villagers were found.", "Dozens", None, 24, 144, "villagers",
     "cardinal"),
    ("Dozens of North Korean officials attended.", "Dozens", None, 24, 144, "officials",
     "cardinal"),
    ("Rescuers recovered two more bodies.", "two", 2, 2, 2, "korban jiwa", "cardinal"),
    ("North Korea fired two short-range missiles.", "two", 2, 2, 2, "rudal", "cardinal"),
    ("They met for the second time.", "second", 2, 2, 2, "kali", "ordinal"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "text", "value", "low", "high", "unit", "kind"), EN_CASES)
def test_english_numbers(body, text, value, low, high, unit, kind):
    n = _one(body, language="en")
    assert (n.text, n.unit, n.kind) == (text, unit, kind)
    assert n.value == (None if value is None else pytest.approx(value))
    assert n.low == (None if low is None else pytest.approx(low))
    assert n.high == (None if high is None else pytest.approx(high))


@pytest.mark.parametrize(
    "body",
    [
        "Hubungan kedua negara makin erat.",
        "Kedua belah pihak sepakat.",
        "Keduanya berjanji bekerja sama.",
        "Ia adalah satu-satunya sekutu.",
        "Mereka saling mendukung satu sama lain.",
        "Salah satu pejabat hadir.",
        "Hubungan dari kedua pemerintahan membaik.",
        "Sabtu, 27 Januari 2024, 15:52 WIB",
        "Rapat dimulai pukul 15.30 WIB.",
        "Acara dimulai pada 10.00 dan selesai 12.30.",
        "Hubungi 0812-3456-7890 untuk info.",
        "Pandemi Covid-19 melanda.",
        "Pertemuan pada Jumat (26/1) di Pyongyang.",
        "Ia tiba tiga hari lalu.",
        "Perang Korea tahun 1950-1953.",
        "KTT G20 digelar.",
        "Menurut Pasal 28 undang-undang itu.",
        "Resolusi 2397 Dewan Keamanan PBB.",
    ],
)
def test_not_amounts(body):
    assert _numbers(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "No one came.",
        "Two-thirds of voters agreed.",
        "They respect one another.",
        "It was one of the talks.",
        "At 10:30 GMT.",
    ],
)
def test_english_not_amounts(body):
    assert _numbers(body, language="en") == []


def test_first_before_a_count_is_not_a_rank():
    found = _numbers("Trade grew in the first 11 months of 2024.", language="en")
    assert [(n.text, n.kind) for n in found] == [("11 months", "duration")]


@pytest.mark.parametrize(
    "body", ["Target 2030 itu ambisius.", "Anggaran untuk tahun anggaran 2025.", "Sejak 2019."]
)
def test_years_are_dates_not_numbers(body):
    assert _numbers(body) == []


# --------------------------------------------------------------------------- round trips


def _id_format(value: int, decimals: str = "") -> str:
    grouped = f"{value:,}".replace(",", ".")
    return grouped + ("," + decimals if decimals else "")


@settings(max_examples=200, deadline=None)
@given(value=st.integers(min_value=0, max_value=10**12))
def test_indonesian_integer_round_trip(value):
    assert parse_digits(_id_format(value), language="id") == value


@settings(max_examples=200, deadline=None)
@given(
    value=st.integers(min_value=0, max_value=10**9),
    decimals=st.from_regex(r"[0-9]{1,3}", fullmatch=True),
)
def test_indonesian_decimal_round_trip(value, decimals):
    written = _id_format(value, decimals)
    assert parse_digits(written, language="id") == pytest.approx(float(f"{value}.{decimals}"))


@settings(max_examples=100, deadline=None)
@given(value=st.integers(min_value=1, max_value=10**9))
def test_english_integer_round_trip(value):
    assert parse_digits(f"{value:,}", language="en") == value


ID_UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _id_words(n: int) -> str:
    """Write 1 <= n < 10**12 in Indonesian words (the oracle for the parser)."""
    if n == 0:
        return ""
    for size, name, one in ((10**9, "miliar", None), (10**6, "juta", None),
                            (1000, "ribu", "seribu")):  # fmt: skip
        if n >= size:
            head, rest = divmod(n, size)
            first = one if head == 1 and one else f"{_id_words(head)} {name}"
            return f"{first} {_id_words(rest)}".strip()
    if n >= 100:
        head, rest = divmod(n, 100)
        first = "seratus" if head == 1 else f"{ID_UNITS[head]} ratus"
        return f"{first} {_id_words(rest)}".strip()
    if n >= 20:
        head, rest = divmod(n, 10)
        return f"{ID_UNITS[head]} puluh {ID_UNITS[rest]}".strip()
    if n >= 12:
        return f"{ID_UNITS[n - 10]} belas"
    return {10: "sepuluh", 11: "sebelas"}[n] if n >= 10 else ID_UNITS[n]


@settings(max_examples=200, deadline=None)
@given(value=st.integers(min_value=1, max_value=10**12 - 1))
def test_indonesian_number_words_round_trip(value):
    assert parse_number_words(_id_words(value), language="id") == value


@settings(max_examples=60, deadline=None)
@given(
    value=st.integers(min_value=1, max_value=999_999),
    unit=st.sampled_from(
        [("tentara", "tentara"), ("prajurit", "tentara"), ("korban tewas", "korban jiwa")]
    ),
)
def test_number_in_sentence_round_trip(value, unit):
    written = _id_format(value)
    n = _one(f"Sebanyak {written} {unit[0]} dilaporkan.")
    assert (n.text, n.value, n.unit) == (written, value, unit[1])


# --------------------------------------------------------------------------- seed articles

SEED_NUMBERS = {
    "001": [("keempat", 4.0, "pleno", "ordinal"), ("ke-20", 20.0, "komite sentral", "ordinal"),
            ("enam tahun", 6.0, "tahun", "duration"), ("dua", 2.0, "menteri", "cardinal")],
    "002": [("60 tahun", 60.0, "tahun", "duration"), ("satu abad", 1.0, "abad", "duration")],
    "003": [("ke-75", 75.0, "ulang tahun", "ordinal")],
    "004": [("75 tahun", 75.0, "tahun", "duration")],
}  # fmt: skip


@pytest.mark.parametrize("seed", sorted(SEED_NUMBERS))
def test_seed_numbers(seed, seed_paths):
    from crosscheck.ingest import read_articles

    article = read_articles([seed_paths[seed]]).articles[0]
    found = list(numbers(article))
    facts = {(n.text, n.value, n.unit, n.kind) for n in found}
    for expected in SEED_NUMBERS[seed]:
        assert expected in facts
    # "kedua negara" (both countries) and the dates are never numbers
    assert not any(n.text.lower() == "kedua" and n.unit == "negara" for n in found)
    assert not any(n.text in ("26", "1", "2024", "28", "9") for n in found)


@settings(max_examples=100, deadline=None)
@given(
    units=st.integers(min_value=1, max_value=999),
    decimals=st.from_regex(r"[0-9]{0,2}", fullmatch=True),
    scale=st.sampled_from([("ribu", 1e3), ("juta", 1e6), ("miliar", 1e9), ("triliun", 1e12)]),
)
def test_money_round_trip(units, decimals, scale):
    written = f"Rp{units}" + (f",{decimals}" if decimals else "") + f" {scale[0]}"
    n = _one(f"Anggaran {written} disiapkan.")
    expected = float(f"{units}.{decimals or 0}") * scale[1]
    assert (n.text, n.unit, n.kind) == (written, "rupiah", "money")
    assert n.value == pytest.approx(expected)


def test_a_ke_word_before_a_noun_and_a_demonstrative_is_collective():
    found = _numbers("Yonhap menyatakan keenam nelayan itu diserahkan pada Rabu.", language="id")
    assert [n.text for n in found] == []


def test_an_english_count_of_a_people():
    (found,) = _numbers("About 300 Indonesians were still held.", language="en")
    assert found.value == 300 and found.unit == "Indonesians"


@pytest.mark.parametrize(
    ("body", "language", "text", "value", "unit", "kind"),
    [
        ("They ended a seven-match winless run.", "en", "seven-match", 7, "match", "cardinal"),
        ("Pemulangan ini merupakan yang ketiga sepanjang 2025.", "id", "ketiga", 3,
         "pemulangan", "ordinal"),
    ],
)  # fmt: skip
def test_hyphen_counts_and_ordinals_after_yang(body, language, text, value, unit, kind):
    found = {n.text: n for n in _numbers(body, language=language)}
    assert found[text].value == value and found[text].unit == unit
    assert found[text].kind == kind


def test_a_fraction_written_with_a_hyphen_is_not_a_count():
    assert _numbers("About two-thirds of shipments left unprocessed.", language="en") == []


@pytest.mark.parametrize(
    ("body", "language", "text", "low", "high", "unit"),
    [
        # two amounts joined by a range word are one range
        ("Inflation is seen at 1% to 3% this year.", "en", "1% to 3%", 1, 3, "persen"),
        ("Penerimaan diperkirakan Rp130 triliun hingga Rp150 triliun.", "id",
         "diperkirakan Rp130 triliun hingga Rp150 triliun", 130e12, 150e12, "rupiah"),
        # written around its ends
        ("The fishermen were aged between 19 and 61.", "en", "between 19 and 61", 19, 61, None),
        ("Usia mereka antara 19 dan 61 tahun.", "id", "antara 19 dan 61 tahun", 19, 61, "tahun"),
        # upper bounds
        ("Prices fell below $16,000 a ton.", "en", "below $16,000", None, 16000, "dolar AS"),
        ("Ash rose as high as 9 kilometers.", "en", "as high as 9", None, 9, "km"),
        ("Pelaku terancam hukuman paling lama empat tahun penjara.", "id",
         "paling lama empat tahun", None, 4, "tahun"),
    ],
)  # fmt: skip
def test_ranges_and_upper_bounds(body, language, text, low, high, unit):
    n = _one(body, language=language)
    assert (n.text, n.unit) == (text, unit)
    assert n.low == (None if low is None else pytest.approx(low))
    assert n.high == pytest.approx(high)


@pytest.mark.parametrize(
    "body",
    [
        "He scored 3 goals and 2 assists.",  # no range word between
        "Sebanyak 20 rumah hingga 30 orang terdampak.",  # two units
        "Prices fell from 30% to 20%.",  # falling: two values, not a range
    ],
)
def test_two_amounts_that_are_no_range(body):
    assert len(_numbers(body, language="id" if "rumah" in body else "en")) == 2


def test_a_percentage_after_at_is_no_time_of_day():
    assert _one("Inflation is seen at 1% this year.", language="en").value == 1


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("Seoul sent back six North Korean fishermen whose boat drifted.", "fishermen"),
        ("Some 9.4 million South Koreans visited Japan.", "Koreans"),
        ("The bank cut rates by 25 basis points.", "points"),
        ("The six fishermen departed on Monday.", "fishermen"),
        # a plural head right after the number wins over a table noun further on
        ("The coast guard logged 40 incidents involving Chinese vessels.", "incidents"),
        # modifiers joined by "and" before the counted thing
        ("About 300 Korean and Japanese manufacturers joined.", "manufacturers"),
        ("Hundreds of wooden and brick homes collapsed.", "rumah"),
        ("Five boats and a ship sank.", "boats"),
        # a dotted abbreviation among the modifiers
        ("About 28,500 U.S. troops are stationed in South Korea.", "tentara"),
        # a singular unit after a hyphen takes its canonical form
        ("The 9.7-kilometer tunnel opened.", "km"),
        ("It sold 3-kilogram cylinders.", "kg"),
    ],
)
def test_the_english_counted_thing(body, unit):
    assert _one(body, language="en").unit == unit


@pytest.mark.parametrize(
    ("body", "language", "low", "high"),
    [
        ("Annual commerce topped $5 billion in 2017.", "en", 5e9, None),
        ("Nilai ekspor melampaui Rp5 triliun.", "id", 5e12, None),
        ("Sekarang paling banter 26 kontainer.", "id", None, 26),
    ],
)  # fmt: skip
def test_verbs_of_exceeding_give_a_lower_bound(body, language, low, high):
    n = _one(body, language=language)
    assert (n.low, n.high) == (low, high)


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        # after "yang" and a copula the ordinal counts the subject
        ("Hujan turun. Kecelakaan ini menjadi yang ketiga sepanjang tahun.", "kecelakaan"),
        # a capital that only opens the sentence is no part of the counted thing's name
        ("Hujan turun. Gelombang pertama tiba Senin.", "gelombang"),
    ],
)
def test_what_an_indonesian_ordinal_after_a_copula_counts(body, unit):
    assert _one(body).unit == unit


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("The price would stay at 6,500 rupiah per kg.", "6,500 rupiah"),
        ("The baht was little changed at 33.15 per dollar.", "33.15"),
    ],
)
def test_an_amount_after_at_that_reads_as_no_clock_is_kept(body, text):
    assert _one(body, language="en").text == text


def test_a_time_with_a_zone_is_no_number():
    assert _numbers("It launched at 10:43 p.m. (1343 GMT) on Wednesday.", language="en") == []


def test_an_ordinal_head_ends_before_a_clause():
    found = _one("They will review it in the third quarter if output fell short.", language="en")
    assert found.unit == "quarter"


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("Kim and Putin signed 11 other documents.", "documents"),
        ("It will build 20 gigawatt-hours of capacity.", "gigawatt-hours"),
        ("They opened the second road bridge across the river.", "bridge"),
        # a scale named before the number wins over the noun after it
        ("A magnitude 6.9 earthquake struck.", "magnitudo"),
    ],
)
def test_english_heads_past_other_within_hyphens_and_scales_named_before(body, unit):
    assert _one(body, language="en").unit == unit


@pytest.mark.parametrize(
    ("body", "language", "unit"),
    [
        # the possessive clitic goes; a table noun then takes its canonical
        ("Pengacara itu mewakili 46 kliennya.", "id", "klien"),
        ("Padahal puluhan warganya bekerja di sana.", "id", "orang"),
        # short measures after the number
        ("Sedans above 2,000 cc are barred.", "en", "cc"),
        ("Sales reached 29.1 million kl last year.", "en", "kl"),
    ],
)  # fmt: skip
def test_clitics_and_short_measures(body, language, unit):
    assert _one(body, language=language).unit == unit


def test_kedua_before_a_capitalised_name_opening_a_sentence_is_both():
    assert _numbers("Hujan turun. Kedua Korea secara teknis masih berperang.") == []


def test_an_indonesian_acronym_right_after_the_number_is_what_is_counted():
    assert _one("Sebanyak 97 PMI juga dipulangkan.", language="id").unit == "PMI"


@pytest.mark.parametrize(
    ("body", "language", "value", "unit", "kind"),
    [
        # ringgit and other prefixed currencies of the region
        ("He was fined RM1.2 million.", "en", 1.2e6, "ringgit", "money"),
        ("Denda RM386.500 dijatuhkan.", "id", 386500, "ringgit", "money"),
        ("He asked for 50 million pesos.", "en", 5e7, "peso", "money"),
        # an ordinal joined to a superlative counts what follows
        ("It is the world's second-largest exporter of the metal.", "en", 2, "exporter",
         "ordinal"),
        ("It is the second-largest.", "en", 2, None, "ordinal"),
    ],
)  # fmt: skip
def test_regional_currencies_and_ordinal_superlatives(body, language, value, unit, kind):
    n = _one(body, language=language)
    assert (n.value, n.unit, n.kind) == (value, unit, kind)


@pytest.mark.parametrize(
    ("body", "language", "low", "high"),
    [
        # a negated bound turns round
        ("Households earning no more than RM7,000 a month qualify.", "en", None, 7000),
        ("No less than 40 boats sank.", "en", 40, None),
        ("At most 300 people came.", "en", None, 300),
        ("Penghasilan tidak lebih dari Rp7 juta.", "id", None, 7e6),
        ("Tak kurang dari 40 kapal tenggelam.", "id", 40, None),
    ],
)  # fmt: skip
def test_negated_bounds(body, language, low, high):
    n = _one(body, language=language)
    assert (n.low, n.high) == (low, high)


@pytest.mark.parametrize(
    ("body", "language", "text", "unit"),
    [
        # an English ordinal numbers the head that ends its noun phrase
        ("It was the seventh ballistic missile test this year.", "en", "seventh", "uji coba"),
        ("The 57th ASEAN Economic Ministers' Meeting opened.", "en", "57th", "pertemuan"),
        ("It was the third round of talks.", "en", "third", "putaran"),
        # units written in two words
        ("Konsumsi mencapai 8,17 juta metrik ton tahun depan.", "id", "8,17 juta", "ton"),
        ("BI menaikkan suku bunga 25 basis poin.", "id", "25", "basis poin"),
    ],
)  # fmt: skip
def test_ordinal_heads_and_two_word_units(body, language, text, unit):
    found = {n.text: n.unit for n in _numbers(body, language=language)}
    assert found.get(text) == unit, found


@pytest.mark.parametrize(
    ("body", "language"),
    [("Floods in 2020 killed more than 60 people.", "en"),
     ("Kuota 2025 sebesar 7,9 juta ton sudah habis.", "id")],
)  # fmt: skip
def test_a_year_before_a_verb_or_an_amount_is_no_count(body, language):
    assert not any(n.text.startswith("20") for n in _numbers(body, language=language))


@pytest.mark.parametrize(
    ("outlet", "unit"),
    [("The Straits Times", "dolar Singapura"), ("CNA", "dolar Singapura"), ("Reuters", "dolar AS")],
)
def test_a_bare_dollar_is_the_outlets_own_dollar(outlet, unit):
    # Singapore papers write "$" for Singapore dollars and "US$" for US ones
    article = dataclasses.replace(
        make_article("He was paid $3,000 for each account and US$500 in fees.", language="en"),
        outlet=outlet,
    )
    found = {n.text: n.unit for n in numbers(article)}
    assert found == {"$3,000": unit, "US$500": "dolar AS"}


@pytest.mark.parametrize(
    ("body", "language", "text"),
    [
        ("Inflasi naik 0,21 persen poin menjadi 2,5 persen.", "id", "0,21 persen poin"),
        ("Inflation rose 0.5 percent points to 2.5 percent.", "en", "0.5 percent points"),
    ],
)
def test_a_difference_of_percentages_is_counted_in_points(body, language, text):
    found = {n.text: n.unit for n in numbers(make_article(body, language=language))}
    assert found[text] == "persen poin"
    assert "persen" in found.values()  # the level itself stays a percentage
