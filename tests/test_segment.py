"""Sentence and paragraph segmentation keep exact offsets and Indonesian abbreviations."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.ingest.segment import paragraphs, sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kata Dr. Budi, ekonomi tumbuh. Harga naik.",
            ["Kata Dr. Budi, ekonomi tumbuh.", "Harga naik."],
        ),
        (
            "Saham PT. Astra Tbk. naik. Investor senang.",
            ["Saham PT. Astra Tbk. naik.", "Investor senang."],
        ),
        (
            "Studi Rahman dkk. terbit. Hasilnya jelas.",
            ["Studi Rahman dkk. terbit.", "Hasilnya jelas."],
        ),
        (
            "Kantor di Jl. Sudirman No. 5 tutup. Warga kecewa.",
            ["Kantor di Jl. Sudirman No. 5 tutup.", "Warga kecewa."],
        ),
        (
            "Wapres KH. Ma'ruf Amin hadir. Acara usai.",
            ["Wapres KH. Ma'ruf Amin hadir.", "Acara usai."],
        ),
        (
            "Pasien ditangani dr. Budi di RSUD. Ia pulih.",
            ["Pasien ditangani dr. Budi di RSUD.", "Ia pulih."],
        ),
        (
            "Menurut drg. Sari kondisi membaik. Ia senang.",
            ["Menurut drg. Sari kondisi membaik.", "Ia senang."],
        ),
        ("Kapolres AKBP. Budi hadir. Acara usai.", ["Kapolres AKBP. Budi hadir.", "Acara usai."]),
        (
            "Ia lulus S.Sos. tahun lalu. Kini bekerja.",
            ["Ia lulus S.Sos. tahun lalu.", "Kini bekerja."],
        ),
        ("“Kami siap,” ujar Wang. Ia tersenyum.", ["“Kami siap,” ujar Wang.", "Ia tersenyum."]),
    ],
)
def test_indonesian_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(text, language="id")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote of several sentences stays one sentence with its cue: attributable
        (
            '"Kami siap. Kami menang," kata Budi. Ia pergi.',
            ['"Kami siap. Kami menang," kata Budi.', "Ia pergi."],
        ),
        (
            "“Harga naik 5 persen. Stok aman sampai Juni,” kata Menteri di Jakarta, Senin (4/3).",
            ["“Harga naik 5 persen. Stok aman sampai Juni,” kata Menteri di Jakarta, Senin (4/3)."],
        ),
        # mixed straight-open / curly-close quotes, as in the rmol seed
        (
            '"Kedua negara akan maju. Tahun ini halaman baru,” kata Kim. Ia tersenyum.',
            ['"Kedua negara akan maju. Tahun ini halaman baru,” kata Kim.', "Ia tersenyum."],
        ),
        ("“Apa salahnya? Kami bertanya!” ujar dia.", ["“Apa salahnya? Kami bertanya!” ujar dia."]),
        # a quote without a cue after it is its own sentence
        (
            '"Dunia berubah," kata Xi. "Saya ingin maju."',
            ['"Dunia berubah," kata Xi.', '"Saya ingin maju."'],
        ),
        # an unclosed quote (it continues in the next paragraph) does not swallow the rest
        ('"Kami siap. Kami menang. Kami juara.', ['"Kami siap.', "Kami menang.", "Kami juara."]),
        (
            '"We are ready. We will win," he said. Then he left.',
            ['"We are ready. We will win," he said.', "Then he left."],
        ),
    ],
)
def test_quotes_stay_attributable(text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(text, language="id")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith met Gen. Lee. They talked.", ["Mr. Smith met Gen. Lee.", "They talked."]),
        (
            "The U.S. and China met on Jan. 26. It ended.",
            ["The U.S. and China met on Jan. 26.", "It ended."],
        ),
    ],
)
def test_english_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(text, language="en")] == expected


def test_sentences_never_cross_paragraphs() -> None:
    body = "Paragraf satu tanpa titik\nParagraf dua. Kalimat tiga."
    assert [s.text for s in sentences(body)] == [
        "Paragraf satu tanpa titik",
        "Paragraf dua.",
        "Kalimat tiga.",
    ]


def test_seed_offsets_round_trip(seed_paths) -> None:
    for path in seed_paths.values():
        body = path.read_text(encoding="utf-8")
        for span in list(paragraphs(body)) + list(sentences(body)):
            assert body[span.start : span.end] == span.text


@given(st.lists(st.text(alphabet="abc .“”\"'\n", min_size=0, max_size=40), max_size=5))
def test_offsets_round_trip_on_any_text(parts: list[str]) -> None:
    body = "".join(parts)
    for span in sentences(body):
        assert body[span.start : span.end] == span.text
        assert span.text == span.text.strip() and span.text


@given(
    st.lists(
        st.sampled_from(
            ["Dr.", "PT.", "Tbk.", "dkk.", "Budi", "kata", "naik.", "“Ya.”", '"A. B,"', "\n"]
        ),
        max_size=20,
    ),
    st.sampled_from(["id", "en"]),
)
def test_sentences_cover_every_word_once(words: list[str], language: str) -> None:
    body = " ".join(words)
    spans = list(sentences(body, language=language))
    for span in spans:
        assert body[span.start : span.end] == span.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))  # ordered, no overlap
    covered = " ".join(body[s.start : s.end] for s in spans)
    assert covered.split() == body.split()  # nothing dropped, nothing invented


def test_a_quotation_closed_by_a_full_stop_and_a_new_one_are_two_sentences():
    body = 'He dismissed it as "hysteric." "Our right will never be surrendered," she said.'
    assert [s.text for s in sentences(body, language="en")] == [
        'He dismissed it as "hysteric."',
        '"Our right will never be surrendered," she said.',
    ]
