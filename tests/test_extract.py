"""extract(): the orchestration, spans, JSON shape, speed-independent sanity on the seeds."""

from __future__ import annotations

import json

import pytest
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
