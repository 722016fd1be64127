"""read_articles on every input form: text, front matter, directories, HTML, JSON, JSONL, stdin."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from crosscheck.ingest import IngestResult, read_articles
from crosscheck.ingest.sources import NON_ARTICLE_FILES

LEDE = (
    "Jakarta (ANTARA) - Pemerintah menaikkan harga beras medium di pasar induk mulai Senin. "
    "Kenaikan itu berlaku di seluruh provinsi."
)
SECOND = "Menteri Perdagangan mengatakan stok beras nasional cukup hingga akhir tahun."


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_plain_text_dump(tmp_path: Path) -> None:
    page = f"Menu\nHarga Beras Medium Naik Mulai Senin\n\n{LEDE}\n\nBaca Juga: Lain\n\n{SECOND}\n"
    result = read_articles([_write(tmp_path / "a.txt", page)])
    (article,) = result.articles
    assert article.title == "Harga Beras Medium Naik Mulai Senin"
    assert article.outlet == "Antara"
    assert [p.text for p in article.paragraphs] == [LEDE.split(" - ", 1)[1], SECOND]
    assert article.metadata["form"] == "text"


def test_front_matter_wins_over_inference(tmp_path: Path) -> None:
    page = (
        "---\noutlet: Kompas\nurl: https://www.kompas.com/x\npublished: 2024-01-26T12:30:00+07:00\n"
        "language: id\ntitle: Judul Dari Front Matter\nsection: Ekonomi\n---\n"
        f"Judul Lain Di Halaman Ini\n\n{LEDE}\n\n{SECOND}\n"
    )
    (article,) = read_articles([_write(tmp_path / "a.md", page)]).articles
    assert article.outlet == "Kompas"  # not Antara from the signature
    assert article.title == "Judul Dari Front Matter"
    assert article.published.isoformat() == "2024-01-26T12:30:00+07:00"
    assert article.url == "https://www.kompas.com/x"
    assert article.metadata["section"] == "Ekonomi"
    assert article.metadata["form"] == "front-matter"


def test_directory_is_recursive_sorted_and_skips_non_articles(tmp_path: Path) -> None:
    _write(tmp_path / "b" / "2.txt", f"{LEDE}\n\n{SECOND}")
    _write(tmp_path / "a.txt", f"{LEDE}\n\n{SECOND}")
    _write(tmp_path / "b" / "1.txt", f"{LEDE}\n\n{SECOND}")
    for name in ("expected.json", "gold.json", "x.gold.json", "floors.json", "README.md", ".h.txt"):
        _write(tmp_path / "b" / name, "{}")
    _write(tmp_path / ".hidden" / "c.txt", f"{LEDE}\n\n{SECOND}")
    result = read_articles([tmp_path])
    assert result.skipped == ()
    names = [Path(a.source).relative_to(tmp_path).as_posix() for a in result.articles]
    assert names == ["a.txt", "b/1.txt", "b/2.txt"]
    assert "expected.json" in NON_ARTICLE_FILES


def test_result_is_a_frozen_record(tmp_path: Path) -> None:
    result = read_articles([_write(tmp_path / "a.txt", f"{LEDE}\n\n{SECOND}")])
    assert isinstance(result, IngestResult)
    with pytest.raises(AttributeError):
        result.articles = ()  # type: ignore[misc]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(f"{LEDE}\n\n{SECOND}".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    (article,) = read_articles(["-"]).articles
    assert article.source == "-"
    assert article.outlet == "Antara"


def test_json_object_and_list(tmp_path: Path) -> None:
    record = {"text": f"{LEDE}\n\n{SECOND}", "title": "T", "outlet": "Tempo", "desk": "Ekonomi"}
    one = _write(tmp_path / "one.json", json.dumps(record))
    many = _write(tmp_path / "many.json", json.dumps([record, {**record, "title": "U"}]))
    result = read_articles([one, many])
    assert [a.source for a in result.articles] == [str(one), f"{many}#1", f"{many}#2"]
    assert result.articles[0].outlet == "Tempo"
    assert result.articles[0].metadata["desk"] == "Ekonomi"
    assert [a.title for a in result.articles] == ["T", "T", "U"]


def test_html_file(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Harga Beras Medium Naik</title>"
        '<meta property="article:published_time" content="2024-01-26T12:30:00+07:00"></head>'
        "<body><nav><a href='/'>Beranda</a> <a href='/ekonomi'>Ekonomi</a></nav><article>"
        f"<h1>Harga Beras Medium Naik</h1><p>{LEDE}</p><p>Baca juga: Stok beras aman</p>"
        f"<p>{SECOND}</p></article><aside><h2>Terpopuler</h2><ul><li>Lain</li></ul></aside>"
        "</body></html>"
    )
    (article,) = read_articles([_write(tmp_path / "a.html", page)]).articles
    assert article.title == "Harga Beras Medium Naik"
    assert article.outlet == "Antara"
    assert article.published.isoformat() == "2024-01-26T12:30:00+07:00"
    assert [p.text for p in article.paragraphs] == [LEDE.split(" - ", 1)[1], SECOND]
    assert article.metadata["form"] == "html"


def test_jsonl(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": f"{LEDE}\n\n{SECOND}", "url": "https://www.antaranews.com/b/1"}),
        json.dumps({"body": SECOND + " " + SECOND, "language": "id", "published": "2024-01-26"}),
    ]
    path = _write(tmp_path / "feed.jsonl", "\n".join(lines))
    first, second = read_articles([path]).articles
    assert (first.source, second.source) == (f"{path}#1", f"{path}#2")
    assert first.outlet == "Antara" and first.url == "https://www.antaranews.com/b/1"
    # a date without a zone: the language's usual zone (WIB for Indonesian), flagged
    assert second.published.isoformat() == "2024-01-26T00:00:00+07:00"
    assert second.metadata["published_zone"] == "assumed"
    assert second.metadata["published_granularity"] == "day"


def test_stdin_html_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    page = (
        f"<!DOCTYPE html><html><body><article><p>{LEDE}</p><p>{SECOND}</p></article></body></html>"
    )
    fake = io.TextIOWrapper(io.BytesIO(page.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    (article,) = read_articles(["-"]).articles
    assert article.metadata["form"] == "html"


def test_json_text_is_the_article_so_a_short_first_paragraph_stays(tmp_path: Path) -> None:
    record = {"title": "Harga Beras", "text": f"Harga Beras\n\nHarga naik.\n\n{SECOND}"}
    (article,) = read_articles([_write(tmp_path / "a.json", json.dumps(record))]).articles
    assert [p.text for p in article.paragraphs] == ["Harga naik.", SECOND]
    # the same text as a page dump: a short line above the first prose is page header
    (dump,) = read_articles([_write(tmp_path / "a.txt", record["text"])]).articles
    assert [p.text for p in dump.paragraphs] == [SECOND]


def test_html_meta_date_that_does_not_parse_is_passed_over(tmp_path: Path) -> None:
    page = (
        '<html><head><meta property="article:published_time" content="kemarin">'
        '<meta name="publishdate" content="2024/03/18 11:45:12"></head>'
        f"<body><article><p>{LEDE}</p><p>{SECOND}</p></article></body></html>"
    )
    result = read_articles([_write(tmp_path / "a.html", page)])
    assert result.skipped == ()
    assert result.articles[0].published.isoformat() == "2024-03-18T11:45:12+07:00"
