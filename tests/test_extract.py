"""extract(): the orchestration, spans, JSON shape, speed-independent sanity on the seeds."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from crosscheck.extract import extract
from crosscheck.ingest import read_articles
from crosscheck.ingest.build import make_article
from crosscheck.report.facts_view import render_facts


@pytest.fixture(scope="module")
def seed_extractions(seed_paths):
    return {key: extract(read_articles([p]).articles[0]) for key, p in seed_paths.items()}


def test_every_span_points_at_its_text(seed_extractions):
    for x in seed_extractions.values():
        body = x.article.body
        for item in (*x.quotes, *x.dates, *x.numbers, *x.entities, *x.claims):
            assert body[item.start : item.end] == item.text
        for quote in x.quotes:
            for link in quote.attribution:
                if link.start >= 0:
                    assert body[link.start : link.end] == link.name


def test_claim_links_are_valid_indices(seed_extractions):
    for x in seed_extractions.values():
        for claim in x.claims:
            assert all(0 <= i < len(x.quotes) for i in claim.quotes)
            assert all(0 <= i < len(x.dates) for i in claim.dates)
            assert all(0 <= i < len(x.numbers) for i in claim.numbers)
            assert all(0 <= i < len(x.entities) for i in claim.entities)
            assert claim.quotes or claim.dates or claim.numbers or claim.predicates


def test_json_has_the_documented_fields(seed_extractions):
    data = json.loads(json.dumps(seed_extractions["001"].to_dict()))
    assert data["schema"] == "crosscheck.extract/1"
    quote = data["quotes"][0]
    for field in ("text", "start", "end", "kind", "cue", "speaker", "speaker_canonical",
                  "speaker_role", "attribution", "sentence_start", "sentence_end"):  # fmt: skip
        assert field in quote
    entity = data["entities"][0]
    assert set(entity) == {"text", "start", "end", "type", "canonical"}
    claim = data["claims"][0]
    for field in ("text", "start", "end", "quotes", "dates", "numbers", "entities",
                  "attribution", "predicates"):  # fmt: skip
        assert field in claim


def test_user_aliases_reach_extract(tmp_path):
    path = tmp_path / "a.json"
    path.write_text('[{"canonical": "Kementerian Desa", "type": "org", "aliases": ["Kemendes"]}]')
    x = extract(make_article("Kemendes mengusulkan anggaran baru.", language="id"), aliases=[path])
    assert [(e.text, e.canonical) for e in x.entities] == [("Kemendes", "Kementerian Desa")]


def test_facts_view_renders_as_text(seed_extractions):
    console = Console(width=120, record=True, color_system=None)
    console.print(render_facts(seed_extractions["001"]))
    text = console.export_text()
    assert "Quotes" in text and "Wang Yi" in text and "Names" in text
    empty = Console(width=80, record=True, color_system=None)
    empty.print(render_facts(extract(make_article("Cuaca cerah.", language="id"))))
    assert "No quotes found." in empty.export_text()


PIECES = [
    "Menteri Luar Negeri China, Wang Yi,", "Wang", "Ia", "Kim Jong-Un", "KCNA", "Korut",
    "mengatakan", "mengatakan bahwa", "kata", "ujarnya", "Menurutnya,", "menurut Wang,",
    "said", "according to Xinhua", "sebagaimana dikutip Reuters,", "Dilansir dari AP News,",
    '"', "“", "”", ",", ".", "\n\n", "kerja sama", "tiba di Pyongyang", "pada Jumat (26/1)",
    "1.500 tentara", "Jum\"at", "(", ")", "-nya", "via", "dikutip Sabtu (27/1)",
]  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40), st.sampled_from(["id", "en"]))
def test_any_text_gives_exact_spans_and_valid_links(pieces, language):
    body = " ".join(pieces).strip()
    if not body:
        return
    x = extract(make_article(body, language=language))
    for item in (*x.quotes, *x.entities, *x.claims):
        assert body[item.start : item.end] == item.text
    for quote in x.quotes:
        assert quote.text.strip() == quote.text and quote.text
        assert quote.sentence_start <= quote.start and quote.end <= max(
            quote.sentence_end, quote.end
        )
        for link in quote.attribution:
            assert link.role in ("origin", "relay")
            assert link.start == -1 or body[link.start : link.end] == link.name
    for claim in x.claims:
        assert all(0 <= i < len(x.quotes) for i in claim.quotes)
