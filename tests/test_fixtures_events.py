"""The regression fixtures: seeds untouched, expectations well-formed, every span verbatim."""

from __future__ import annotations

import hashlib
import html
import json
import re
from pathlib import Path

import pytest

from crosscheck.regress import find_events, load_event
from crosscheck.types import FindingKind

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ROOT / "fixtures" / "events"
EVENT_DIRS = find_events(ROOT / "fixtures")

# sha256 of the five real seed articles as they were handed over: they must stay byte-identical.
SEED_SHA256 = {
    "000_33271571271f027b.txt": "463621f70774a92cf8712d292d2dd0af897ef5078d9fad239f9471f1e0e0d2a6",
    "001_46dba73b1170418d.txt": "311034f7b4028cfc17f04f9410d60a4b28409cda7a92ba19ff7f1f754e0c3c4b",
    "002_7cab8cf64f69f02b.txt": "58210381236bcd3510f62532b19a91fc6b4a91f6721496f6e0a309d3c3cc1848",
    "003_b2c3ed69fe7be2db.txt": "ff33133f41ed787df5aba12253a0a1314559134b707d582bb9884232ad4906a3",
    "004_2d0a914a37e17141.txt": "9a4ed6a2e9e8ac21fc83b76406e2cf4ff0a10a206a38b5d57df52db6202e7486",
}


def raw_text(folder: Path, label: str) -> str:
    """The article text of a fixture label straight from its file (no ingestion)."""
    name, _, line = label.partition("#")
    path = folder / name
    if path.suffix == ".jsonl":
        record = json.loads(path.read_text(encoding="utf-8").splitlines()[int(line) - 1])
        return record.get("text") or record["body"]
    if path.suffix == ".json":
        record = json.loads(path.read_text(encoding="utf-8"))
        return record.get("text") or record["body"]
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".htm"):
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return text


def test_seeds_are_byte_identical() -> None:
    found = {p.name: p for p in EVENTS.glob("*/0[0-9][0-9]_*.txt")}
    assert set(found) == set(SEED_SHA256)
    for name, digest in SEED_SHA256.items():
        assert hashlib.sha256(found[name].read_bytes()).hexdigest() == digest, name


def test_at_least_eight_events_with_every_ingestion_form() -> None:
    assert len(EVENT_DIRS) >= 8
    suffixes = {p.suffix for d in EVENT_DIRS for p in d.iterdir() if p.name != "expected.json"}
    assert {".txt", ".md", ".html", ".json", ".jsonl"} <= suffixes
    front_matter = [
        p for d in EVENT_DIRS for p in d.glob("*.txt") if p.read_text("utf-8").startswith("---\n")
    ]
    assert front_matter, "no front-matter text file"


def test_every_kind_is_planted_somewhere() -> None:
    kinds = {e.kind for d in EVENT_DIRS for e in load_event(d).findings}
    assert {k.value for k in FindingKind} <= kinds


@pytest.mark.parametrize("folder", EVENT_DIRS, ids=lambda p: p.name)
def test_every_span_occurs_verbatim_and_once(folder: Path) -> None:
    event = load_event(folder)
    for item in event.findings + event.traps:
        for label, alternatives in zip(item.articles, item.evidence, strict=True):
            text = raw_text(folder, label)
            counts = [text.count(alt) for alt in alternatives]
            assert any(counts), f"{folder.name}/{label}: no span of {alternatives} in the text"
            if not item.is_trap:  # a trap may recur; an expected span must be unambiguous
                assert all(c <= 1 for c in counts), f"{folder.name}/{label}: {alternatives} twice"


@pytest.mark.parametrize("folder", EVENT_DIRS, ids=lambda p: p.name)
def test_finding_spans_are_in_the_ingested_body(folder: Path) -> None:
    ingest = pytest.importorskip("crosscheck.ingest")
    if not hasattr(ingest, "read_articles"):
        pytest.skip("ingestion not available")
    from crosscheck.regress import article_label

    result = ingest.read_articles([str(folder)])
    bodies = {article_label(a.source, folder): a.body for a in result.articles}
    event = load_event(folder)
    for item in event.findings:
        for label, alternatives in zip(item.articles, item.evidence, strict=True):
            assert label in bodies, f"{folder.name}: {label} not ingested ({sorted(bodies)})"
            assert any(alt in bodies[label] for alt in alternatives), (
                f"{folder.name}/{label}: {alternatives} not in the ingested body"
            )
