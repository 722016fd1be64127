"""Alignment: candidates from other articles only, mutual best pairs, clusters; quote diff."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_compare_kit import WordEmbedder, article, extraction

from crosscheck.compare.align import K_NEIGHBOURS, align, candidates, weighted_overlap
from crosscheck.compare.quotediff import diff_quotes, tokens
from crosscheck.compare.units import build_units, same_name
from crosscheck.index import memory_store

SENTENCES = [
    "Banjir merendam 320 rumah di Bekasi Timur pada Senin.",
    "Petugas mengevakuasi warga lanjut usia dengan perahu karet.",
    "Ketinggian air di Pondok Gede Permai mencapai dua meter.",
]


def _aligned(bodies: list[str]):  # type: ignore[no-untyped-def]
    extractions = [extraction(article(body, source=f"{n}.txt")) for n, body in enumerate(bodies)]
    units = build_units(extractions)
    vectors = WordEmbedder().embed([u.text for u in units])
    store = memory_store(vectors.shape[1])
    return units, align(extractions, units, vectors, store, model_id="test-words")


def test_candidates_come_from_other_articles_only() -> None:
    extractions = [
        extraction(article(" ".join(SENTENCES), source="a.txt")),
        extraction(article(" ".join(reversed(SENTENCES)), source="b.txt")),
    ]
    units = build_units(extractions)
    vectors = WordEmbedder().embed([u.text for u in units])
    near = candidates(units, vectors, memory_store(vectors.shape[1]))
    for uid, hits in near.items():
        assert 0 < len(hits) <= K_NEIGHBOURS
        assert all(units[other].article != units[uid].article for other, _ in hits)


def test_each_sentence_aligns_with_its_counterpart() -> None:
    units, result = _aligned([" ".join(SENTENCES), " ".join(reversed(SENTENCES))])
    pairs = {(units[p.a].text, units[p.b].text) for p in result.pairs}
    assert pairs == {(s, s) for s in SENTENCES}
    assert all(p.mutual for p in result.pairs)
    assert len(result.clusters) == 3


def test_three_articles_form_one_cluster_per_claim() -> None:
    units, result = _aligned([SENTENCES[0], SENTENCES[0], SENTENCES[0] + " " + SENTENCES[1]])
    assert len(result.clusters) == 1
    assert len({units[u].article for u in result.clusters[0]}) == 3


def test_one_counterpart_per_article() -> None:
    """A sentence told twice in one article aligns with one of the two, not both."""
    _, result = _aligned([SENTENCES[0], SENTENCES[0] + " " + SENTENCES[0]])
    assert len(result.pairs) == 1


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [({"x"}, {"x"}, 1.0), ({"x"}, {"y"}, 0.0), (set(), set(), 0.0)],
)
def test_weighted_overlap_bounds(a: set[str], b: set[str], expected: float) -> None:
    assert weighted_overlap(frozenset(a), frozenset(b), {}) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Wang", "Wang Yi", True),
        ("Menlu China Wang Yi", "Wang Yi", True),
        ("AP", "AP News", True),
        ("Kim Jong Un", "Kim Yo Jong", False),
        ("Choe Son Hui", "Wang Yi", False),
        (None, "Wang Yi", None),
    ],
)
def test_same_name(a: str | None, b: str, same: bool | None) -> None:
    assert same_name(a, b) is same


QUOTE_TEXT = st.text(alphabet=st.sampled_from("abc tidak,.“”\"'!"), max_size=40)


@given(QUOTE_TEXT)
def test_a_quote_never_drifts_from_itself(text: str) -> None:
    assert diff_quotes(text, text, language="id").drift is None


@given(QUOTE_TEXT)
def test_quote_style_and_case_never_drift(text: str) -> None:
    restyled = "“" + text.upper().replace('"', "").replace("“", "").replace("”", "") + "!”"
    original = text.replace('"', "").replace("“", "").replace("”", "")
    assert diff_quotes(original, restyled, language="id").drift is None


@given(QUOTE_TEXT)
def test_token_offsets_point_at_the_words(text: str) -> None:
    for token in tokens(text):
        assert text[token.start : token.end].casefold().replace("’", "'") == token.norm


@pytest.mark.parametrize(
    ("a", "b", "language", "edits"),
    [
        # one number written two ways inside a quote is no drift
        ("Kami siapkan Rp 12 miliar untuk warga.", "Kami siapkan dua belas miliar untuk warga.",
         "id", []),
        ("Ada 1.500 korban.", "Ada seribu lima ratus korban.", "id", []),
        ("We sent 1,500 troops.", "We sent fifteen hundred troops.", "en", []),
        # a different value, scale or counted thing still is
        ("Kami siapkan Rp 12 miliar.", "Kami siapkan Rp 15 miliar.", "id", [("12", "15")]),
        ("Kami siapkan Rp 12 miliar.", "Kami siapkan Rp 12 juta.", "id", [("miliar", "juta")]),
        ("Ada 12 tentara di sana.", "Ada dua belas kapal di sana.", "id",
         [("12 tentara", "dua belas kapal")]),
    ],
)  # fmt: skip
def test_numbers_inside_quotes_compare_by_value(
    a: str, b: str, language: str, edits: list[tuple[str, str]]
) -> None:
    found = diff_quotes(a, b, language=language)
    assert [(e.to_dict()["a"], e.to_dict()["b"]) for e in found.edits] == edits
    assert (found.drift is None) == (not edits)


def test_a_body_named_after_a_place_shares_the_places_name() -> None:
    from crosscheck.extract import extract

    body = "BPBD Kota Bekasi mencatat 2.100 warga mengungsi ke sejumlah posko."
    (unit,) = [u for u in build_units([extract(article(body))]) if "2.100" in u.text]
    assert {"bpbd kota bekasi", "kota bekasi"} <= unit.entities
