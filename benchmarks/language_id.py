"""Measure crosscheck.ingest.language on paragraphs and sentences of hand-labelled articles.

Gold languages come from the hand-made ingest expectations (fixtures/ingest/expected.json,
fixtures/ingest/seeds.gold.json), whose texts are the expected body paragraphs and their
sentences, and from a hand-made label per article of the composed event fixtures
(fixtures/events/; English files are named after English-language outlets), whose texts
are the bodies read by ``read_articles``. Run: .venv/bin/python benchmarks/language_id.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from crosscheck.ingest import read_articles
from crosscheck.ingest.language import MIN_CHARS, detect_language
from crosscheck.ingest.segment import sentences

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILES = (ROOT / "fixtures/ingest/expected.json", ROOT / "fixtures/ingest/seeds.gold.json")
# File-name stems of the English articles among fixtures/events (labelled by reading them).
EVENTS_ENGLISH = ("ap", "afp", "reuters", "wires", "jakartapost")


def _units() -> list[tuple[str, str, str]]:
    """(unit kind, gold language, text) for every paragraph and sentence."""
    units = []
    for path in GOLD_FILES:
        for gold in json.loads(path.read_text(encoding="utf-8")).values():
            for paragraph in gold["paragraphs"]:
                units.append(("paragraph", gold["language"], paragraph))
                for s in sentences(paragraph, language=gold["language"]):
                    units.append(("sentence", gold["language"], s.text))
            units.append(("article", gold["language"], "\n\n".join(gold["paragraphs"])))
            if gold["title"]:  # headlines: the shortest texts a user passes
                units.append(("title", gold["language"], gold["title"]))
    seeds = {
        Path(json.loads(GOLD_FILES[1].read_text(encoding="utf-8"))[k]["file"]).name
        for k in json.loads(GOLD_FILES[1].read_text(encoding="utf-8"))
    }
    for article in read_articles([ROOT / "fixtures/events"]).articles:
        name = Path(article.source.split("#")[0]).name
        if name in seeds:
            continue  # already counted from the hand-made expectations
        lang = "en" if Path(name).stem in EVENTS_ENGLISH else "id"
        for p in article.paragraphs:
            units.append(("paragraph", lang, p.text))
        for s in article.sentences:
            units.append(("sentence", lang, s.text))
        units.append(("article", lang, article.body))
        if article.title:
            units.append(("title", lang, article.title))
    return units


def main() -> None:
    results: dict[tuple[str, str], Counter[str]] = {}
    errors = []
    for kind, lang, text in _units():
        got = detect_language(text)
        key = (kind, lang)
        results.setdefault(key, Counter())["right" if got == lang else "wrong"] += 1
        if got != lang:
            errors.append((kind, lang, got, text))
    print(f"py3langid via detect_language (MIN_CHARS={MIN_CHARS}); 'und' counts as wrong")
    print(f"{'unit':<10} {'gold':<4} {'right':>5} / {'total':<5} accuracy")
    for (kind, lang), c in sorted(results.items()):
        total = c["right"] + c["wrong"]
        print(f"{kind:<10} {lang:<4} {c['right']:>5} / {total:<5} {c['right'] / total:.3f}")
    for kind, lang, got, text in errors:
        print(f"  wrong: {kind} gold={lang} got={got}: {text[:70]!r}")


if __name__ == "__main__":
    main()
