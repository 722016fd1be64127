"""Sentence and paragraph segmentation keep exact offsets and Indonesian abbreviations."""

from __future__ import annotations

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
        ("“Kami siap,” ujar Wang. Ia tersenyum.", ["“Kami siap,” ujar Wang.", "Ia tersenyum."]),
    ],
)
def test_indonesian_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(text, language="id")] == expected


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
