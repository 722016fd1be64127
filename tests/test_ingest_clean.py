"""The boilerplate filter's parts as tables: markers, credits, captions, signatures, datelines."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.ingest.clean import clean_page, is_caption, line_credits
from crosscheck.ingest.dateline import find_dateline, parse_published
from crosscheck.ingest.outlets import (
    canonical_outlet,
    cut_logo_markers,
    find_signature,
    outlet_from_url,
)

LEDE = "Jakarta (ANTARA) - Pemerintah menaikkan harga beras medium di pasar induk mulai Senin."
BODY = "Menteri Perdagangan mengatakan stok beras nasional cukup hingga akhir tahun."


@pytest.mark.parametrize(
    "chrome",
    [
        "Baca Juga: Harga Cabai Naik Lagi",
        "BACA JUGA: Stok Beras Aman",
        "Lihat Juga: Video Banjir",
        "[Gambas:Video CNN]",
        "[Gambas:Video 20detik]",
        "waktu baca 3 menit",
        "Bagikan",
        "Bagikan artikel ini melalui",
        "spinner loading",
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Advertisement · Scroll to continue",
        "Temukan berita-berita hangat terpercaya dari Kantor Berita Politik RMOL di Google News.",
        'Simak Video "Detik-detik Gempa"',
        "Read more: Floods hit Jakarta",
        "Skip to main content",
        "Share",
    ],
)
def test_dropped_lines_never_reach_the_body(chrome: str) -> None:
    page = clean_page(f"{LEDE}\n\n{chrome}\n\n{BODY}")
    assert chrome not in page.paragraphs
    assert page.paragraphs[-1] == BODY  # a dropped line does not end the body


@pytest.mark.parametrize(
    "stop",
    [
        "ARTIKEL LAINNYA",
        "(hoi/hoi)",
        "(fby/agt)",
        "Terpopuler",
        "Mungkin Kamu Suka",
        "Pilihan Editor: Israel meningkatkan serangan",
        "Komentar",
        "Berita Terkait",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Read Next",
        "Related Stories",
        "Copyright 2024 The Associated Press. All Rights Reserved.",
        "Para ekonom percaya bahwa Indonesia dapat bergabung dengan BRICS. Baca terus",
    ],
)
def test_stop_markers_end_the_body(stop: str) -> None:
    teaser = "Badan intelijen mengonfirmasi 1.500 tentara dikirim ke Ukraina. Baca terus"
    page = clean_page(f"{LEDE}\n\n{stop}\n\n{BODY}\n\n{teaser}")
    assert len(page.paragraphs) == 1
    assert BODY not in page.paragraphs


CREDITS = [  # (line, "label=value; label=value")
    ("Sumber: Reuters", "source=Reuters"),
    ("Sumber: Sputnik-OANA", "source=Sputnik-OANA"),
    ("Artikel ini telah lebih dulu tayang di: malang.jn.com", "first_published=malang.jn.com"),
    ("Artikel ini telah tayang di Tribunnews.com dengan judul X", "first_published=Tribunnews.com"),
    ("EDITOR: RENI ERINA", "editor=RENI ERINA"),
    ("LAPORAN: ALIFIA DWI RAMANDHITA", "author=ALIFIA DWI RAMANDHITA"),
    ("Pewarta: Rendra Oxtora", "author=Rendra Oxtora"),
    ("Penulis Yohana Uly | Editor Erlangga D", "author=Yohana Uly; editor=Erlangga D"),
    ("Reporter: Dewi Lestari | Editor: Agustiyanti", "author=Dewi Lestari; editor=Agustiyanti"),
    ("News - Thea Fathanah Arbar, CNBC Indonesia", "author=Thea Fathanah Arbar"),
    ("By Bernard Orr and Ethan Wang", "author=Bernard Orr and Ethan Wang"),
    ("Reporting by Hyonhee Shin; Editing by Ed Davies", "author=Hyonhee Shin; editor=Ed Davies"),
    ("AP writer Niniek Karmini contributed to this report.", "author=Niniek Karmini"),
    ("By the end of the week the water receded.", ""),
    ("Sumber air bersih warga tercemar lumpur setelah banjir.", ""),
]


@pytest.mark.parametrize(("line", "credits"), CREDITS)
def test_credit_lines(line: str, credits: str) -> None:
    assert "; ".join(f"{c.label}={c.value}" for c in line_credits(line)) == credits


def test_inline_source_credit_is_cut_and_ends_the_body() -> None:
    last = "Kim mengatakan partainya tidak akan ragu. Sumber: Reuters"
    page = clean_page(f"{LEDE}\n{last}\nKorea Utara dituduh mengirim tentara. Baca terus")
    assert page.paragraphs[-1] == "Kim mengatakan partainya tidak akan ragu."
    assert [(c.label, c.value, c.text) for c in page.credits] == [
        ("source", "Reuters", "Sumber: Reuters")
    ]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Delegasi China berfoto saat berkunjung ke Pyongyang/KCNA", True),
        ("Kim Jong Un shakes hands with Xi. KCNA via REUTERS ATTENTION EDITORS - THIS", True),
        ("Penumpang menunggu kereta di Stasiun Halim. (KOMPAS.com/YOHANA ARTHA ULY)", True),
        ("Helikopter memadamkan api. ANTARA FOTO/Jessica Wuysang/foc.", True),
        ("Mount Ruang spews ash, April 30, 2024. (AP Photo/Hendra Pratama)", True),
        ("Pertemuan pada Kamis (28/10/2021) tersebut dilakukan di Beijing.", False),
        ("Harga naik di Jawa Tengah dan Jawa Timur, kata Bayu (6/3).", False),
    ],
)  # fmt: skip
def test_captions(line: str, caption: bool) -> None:
    assert is_caption(line) is caption


SIGNATURES = [
    ("TEMPO.CO, Jakarta – Tiongkok dan Korea Utara merayakan", "Tempo", "Jakarta"),
    (
        "Jakarta, CNBC Indonesia - Diplomat top China bertemu duta besar",
        "CNBC Indonesia",
        "Jakarta",
    ),
    ("Jakarta, CNN Indonesia -- Perum Bulog menyalurkan 150 ribu ton", "CNN Indonesia", "Jakarta"),
    ("JAKARTA, KOMPAS.com - PT KCIC mencatat jumlah penumpang", "Kompas", "JAKARTA"),
    ("MalangNetwork.com - Korea Utara menjadi tuan rumah bagi", "MalangNetwork", None),
    ("Seoul (KABARIN) - Hubungan Korea Utara dan China makin", "Kabarin", "Seoul"),
    (
        "BEIJING, July 26 (Reuters) - Chinese authorities evacuated more people",
        "Reuters",
        "BEIJING",
    ),
    ("JAKARTA, Indonesia (AP) — A volcano in eastern Indonesia", "AP", "JAKARTA, Indonesia"),
    ("Jakarta - Kementerian Perhubungan memprediksi jumlah pemudik", None, "Jakarta"),
    ("Pertemuan ini - kata dia - berjalan baik sekali hari ini.", "none", "none"),
    ("SINGAPORE: Air quality in Singapore slipped into the unhealthy range", None, "SINGAPORE"),
    ("KUALA LUMPUR: Malaysia will cut fuel subsidies from next month", None, "KUALA LUMPUR"),
    ('Kata Heru: "Saya akan menjelaskan semuanya di sidang berikutnya."', "none", "none"),
]


@pytest.mark.parametrize(("line", "outlet", "place"), SIGNATURES)
def test_signatures(line: str, outlet: str | None, place: str | None) -> None:
    found = find_signature(line)
    if outlet == "none":
        assert found is None
        return
    assert found is not None and (found.outlet, found.place) == (outlet, place)
    assert len(line[found.end :].split()) >= 5


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("  • Sabtu, 27 Januari 2024, 15:52 WIB", "2024-01-27T15:52:00+07:00"),
        ("- Jumat, 26 Januari 2024 | 12:30 WIB", "2024-01-26T12:30:00+07:00"),
        ("28 October 2021 20:47", "2021-10-28T20:47:00"),
        ("Rabu, 06 Mar 2024 14:32 WIB", "2024-03-06T14:32:00+07:00"),
        ("Kompas.com - 02/04/2024, 10:15 WIB", "2024-04-02T10:15:00+07:00"),
        ("Kamis, 23 Mei 2024 19:05 WITA", "2024-05-23T19:05:00+08:00"),
        ("Senin, 1 Juli 2024 08:00 WIT", "2024-07-01T08:00:00+09:00"),
        ("July 26, 2024 3:12 PM GMT+8 Updated 2 hours ago", "2024-07-26T15:12:00+08:00"),
        ("Updated 12:21 PM GMT+7, April 30, 2024", "2024-04-30T12:21:00+07:00"),
        ("Published On 26 Jan 2024", "2024-01-26T00:00:00"),
    ],
)
def test_datelines(line: str, iso: str) -> None:
    found = find_dateline(line)
    assert found is not None and found.value.isoformat() == iso


@pytest.mark.parametrize(
    "line",
    [
        "waktu baca 2 menit",
        "Sun Weidong tiba di Korea Utara sejak Kamis, 25 Januari 2024, atas undangan Kim.",
        "Tiongkok dan Korea Utara pada Minggu, 6 Oktober 2024 merayakan 75 tahun hubungan.",
        "Top 3 Dunia Berita Pembaca Top 25 Oktober 2024 adalah berita isi wasiat",
    ],
)
def test_not_datelines(line: str) -> None:
    assert find_dateline(line) is None


def test_published_metadata_forms() -> None:
    assert (
        parse_published("2024-01-26T12:30:00+07:00").value.isoformat()
        == "2024-01-26T12:30:00+07:00"
    )
    assert parse_published("2024-04-30T05:21:00Z").value.isoformat() == "2024-04-30T05:21:00+00:00"
    assert parse_published("2024-05-23 19:05 WIB").value.isoformat() == "2024-05-23T19:05:00+07:00"
    assert parse_published("kemarin sore") is None


@pytest.mark.parametrize(
    ("where", "outlet"),
    [
        ("https://www.tempo.co/politik/x", "Tempo"),
        ("https://metro.tempo.co/read/1", "Tempo"),
        ("https://news.detik.com/berita/d-1", "Detik"),
        ("https://www.bbc.com/indonesia/articles/x", "BBC News Indonesia"),
        ("https://www.bbc.com/news/world-1", "BBC"),
        ("https://example.org/news", None),
        ("https://notkompas.com/x", None),
    ],
)
def test_outlet_from_url(where: str, outlet: str | None) -> None:
    assert outlet_from_url(where) == outlet


def test_outlet_names_and_logo_markers() -> None:
    assert canonical_outlet("KOMPAS.com") == "Kompas"
    assert canonical_outlet("detikSulsel") == "Detik"
    assert canonical_outlet("Harian Lokal") is None
    assert cut_logo_markers("satelit mata-mata ke orbit. rmol news logo article") == (
        "satelit mata-mata ke orbit.",
        "RMOL",
    )


def test_title_is_the_headline_above_the_byline_not_site_chrome() -> None:
    page = clean_page(
        "Skip to main content\nExclusive news, data and analytics for professionals\nWorld\n"
        "Floods Force Thousands From Homes in Central Java\nBy Ed Davies\n"
        "January 26, 2024 4:41 PM GMT+7\n" + LEDE
    )
    assert page.title == "Floods Force Thousands From Homes in Central Java"


def test_markdown_layout_is_removed() -> None:
    page = clean_page(
        "# Harga Beras Naik Lagi di Pasar Induk\n\n**Jakarta** - Harga beras medium naik lagi di "
        "pasar induk pada Senin pagi ini.\n\n**Baca juga:** [Stok aman](https://x.id/a)\n\n"
        "*Reporter: Dewi Lestari | Editor: Agustiyanti*"
    )
    assert page.title == "Harga Beras Naik Lagi di Pasar Induk"
    assert page.paragraphs == ("Harga beras medium naik lagi di pasar induk pada Senin pagi ini.",)
    assert [(c.label, c.value) for c in page.credits] == [
        ("author", "Dewi Lestari"),
        ("editor", "Agustiyanti"),
    ]


_prose = st.lists(
    st.sampled_from(["Pemerintah", "menaikkan", "harga", "beras", "di", "pasar", "pada", "Senin"]),
    min_size=8,
    max_size=20,
).map(lambda words: " ".join(words).capitalize() + ".")


@given(st.lists(_prose, min_size=1, max_size=6))
def test_clean_prose_passes_through_unchanged(paragraphs: list[str]) -> None:
    assert clean_page("\n\n".join(paragraphs)).paragraphs == tuple(paragraphs)


_ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]  # fmt: skip
_ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]  # fmt: skip


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2069, 12, 31)),
    st.sampled_from([("WIB", 7), ("WITA", 8), ("WIT", 9)]),
)
def test_indonesian_dateline_round_trip(moment: datetime, zone: tuple[str, int]) -> None:
    moment = moment.replace(second=0, microsecond=0)
    name, hours = zone
    line = (
        f"{_ID_DAYS[moment.weekday()]}, {moment.day} {_ID_MONTHS[moment.month - 1]} "
        f"{moment.year}, {moment:%H:%M} {name}"
    )
    found = find_dateline(line)
    assert found is not None
    assert found.value == moment.replace(tzinfo=timezone(timedelta(hours=hours)))


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2069, 12, 31)),
    st.integers(min_value=-11, max_value=12),
)
def test_english_dateline_round_trip(moment: datetime, offset: int) -> None:
    moment = moment.replace(second=0, microsecond=0)
    hour12 = moment.hour % 12 or 12
    line = (
        f"Updated {hour12}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'} GMT{offset:+d}, "
        f"{_EN_MONTHS[moment.month - 1]} {moment.day}, {moment.year}"
    )
    found = find_dateline(line)
    assert found is not None
    assert found.value == moment.replace(tzinfo=timezone(timedelta(hours=offset)))


def test_publication_dateline_wins_over_update_time() -> None:
    assert find_dateline("Diperbarui 20 Des 2024, 09:15 WIB").updated is True
    assert find_dateline("Diterbitkan 20 Des 2024, 07:30 WIB").updated is False
    page = clean_page(
        "Harga Beras Medium Naik Lagi di Pasar Induk\nDiperbarui 20 Des 2024, 09:15 WIB\n"
        f"Diterbitkan 20 Des 2024, 07:30 WIB\n{LEDE}"
    )
    assert page.dateline is not None and page.dateline.value.hour == 7
