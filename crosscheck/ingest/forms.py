"""Read one raw input in its form: page text, front matter, HTML, JSON or JSONL, into records.

A ``PageRecord`` is page text plus whatever metadata the form itself gives (front
matter, HTML meta tags, JSON fields); the boilerplate filter and inference come after.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from crosscheck.errors import EmptyInputError, InputError
from crosscheck.ingest.dateline import parse_published
from crosscheck.ingest.decode import decode
from crosscheck.ingest.sources import RawInput

# Fields a record may carry; any other field is kept in ``Article.metadata``.
KNOWN_FIELDS = ("title", "outlet", "url", "published", "language")
TEXT_FIELDS = ("text", "body")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
# <meta> names that carry the publication time with its zone (trafilatura keeps the day only)
PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "article:published",
    "datePublished",
    "publishedDate",
    "pubdate",
    "publishdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "DC.date.issued",
    "date",
)
# Class names of the deck (standfirst) under a headline, across site templates.
_DECK_CLASS = re.compile(
    r"(^|[-_])(subhead|sub-headline|standfirst|dek|deck|subtitle)($|[-_])", re.I
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<head>.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_HTML_SNIFF = re.compile(r"\A\s*(<!doctype html|<html|<head|<body|<!--|<meta|<div|<p\b)", re.I)


@dataclasses.dataclass(frozen=True)
class PageRecord:
    """Page text (or a clean body) and the metadata its form gave."""

    source: str
    text: str
    fields: dict[str, Any]
    form: str  # "text" | "front-matter" | "html" | "json" | "jsonl"
    encoding: str = "utf-8"


def parse(raw: RawInput) -> list[PageRecord | InputError]:
    """Split one input into page records; a bad JSONL line becomes an error in the list.

    >>> raw = RawInput("a.jsonl", b'{"text": "Teks."}\\n{bad', ".jsonl")
    >>> [type(r).__name__ for r in parse(raw)]
    ['PageRecord', 'InputError']
    """
    text, encoding = decode(raw.data, source=raw.source)
    kind = _form(raw, text)
    fields = {"url": raw.url} if raw.url else {}
    if kind == "html":
        return [_html(raw.source, text, fields, encoding)]
    if kind == "json":
        return _json(raw.source, text, encoding)
    if kind == "jsonl":
        return _jsonl(raw.source, text, encoding)
    return [_text(raw.source, text, fields, encoding)]


def _form(raw: RawInput, text: str) -> str:
    ctype = (raw.content_type or "").lower()
    if raw.suffix in HTML_SUFFIXES or "html" in ctype:
        return "html"
    if raw.suffix in JSONL_SUFFIXES or "ndjson" in ctype or "jsonl" in ctype:
        return "jsonl"
    if raw.suffix in JSON_SUFFIXES or "json" in ctype:
        return "json"
    if raw.suffix in (".txt", ".md", ".markdown", ".text"):
        return "text"
    stripped = text.lstrip()
    if _HTML_SNIFF.match(stripped):
        return "html"
    if stripped.startswith(("{", "[")):
        try:
            json.loads(stripped)
            return "json"
        except json.JSONDecodeError:
            lines = [line for line in stripped.splitlines() if line.strip()]
            return "jsonl" if all(line.lstrip().startswith("{") for line in lines) else "json"
    return "text"


def _text(source: str, text: str, fields: dict[str, Any], encoding: str) -> PageRecord:
    m = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if m is None:
        return PageRecord(source, text, dict(fields), "text", encoding)
    head: dict[str, Any] = dict(fields)
    for number, line in enumerate(m["head"].splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            raise InputError(
                f"front matter line {number} is not 'key: value': {line!r}",
                source=source,
                fix="write each front-matter line as e.g. 'outlet: Tempo'",
            )
        head[key.strip().lower()] = value.strip().strip("'\"") or None
    return PageRecord(source, text[m.end() :], head, "front-matter", encoding)


def _json_ld_dates(tree: Any) -> list[str]:
    """``datePublished`` values from the page's JSON-LD blocks (schema.org NewsArticle)."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("datePublished"), str):
                found.append(node["datePublished"].strip())
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for block in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            walk(json.loads(block))
        except json.JSONDecodeError:
            continue  # a broken JSON-LD block is common and not the article's fault
    return found


def _html_published(tree: Any) -> str | None:
    """The first publication time in the page's meta tags that reads as a date."""
    found = [
        str(value).strip()
        for name in PUBLISHED_META
        for attr in ("property", "name", "itemprop")
        for value in tree.xpath(f"//meta[@{attr}=$n]/@content", n=name)
    ]
    found += _json_ld_dates(tree)
    found += [str(v).strip() for v in tree.xpath("//time[@datetime]/@datetime")]
    return next((value for value in found if value and parse_published(value)), None)


def _cut_standfirst(tree: Any) -> str | None:
    """Remove the deck under the headline from the page; return its text.

    trafilatura keeps a standfirst ("Volcano on Negros island spews ash ...") as if it were
    the first paragraph; it is the outlet's summary, so it goes to metadata instead.
    """
    decks = [
        element
        for element in tree.xpath("//*[@class]")
        if any(_DECK_CLASS.search(token) for token in element.get("class", "").split())
    ]
    text = " ".join(" ".join(d.text_content().split()) for d in decks[:1]) or None
    for element in decks:
        if element.getparent() is not None:
            element.getparent().remove(element)
    return text


def _html(source: str, text: str, fields: dict[str, Any], encoding: str) -> PageRecord:
    import lxml.etree
    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(
            f"HTML could not be parsed ({exc})",
            source=source,
            fix="save the complete page again (File > Save Page As, HTML only)",
        ) from exc
    published = _html_published(tree)
    standfirst = _cut_standfirst(tree)
    result = trafilatura.extract(
        tree,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        url=fields.get("url"),
    )
    data = json.loads(result) if result else {}
    body = (data.get("text") or "").strip()
    if not body:
        raise EmptyInputError(
            "no article text found in the HTML (broken or non-article markup)",
            source=source,
            fix="check that the page is a complete news article; save it again if it was cut off",
        )
    found: dict[str, Any] = {
        "title": data.get("title"),
        "url": data.get("source") or fields.get("url"),
        "outlet": None,
        "published": published or data.get("date"),
        "sitename": data.get("sitename"),
        "author": data.get("author"),
        "standfirst": standfirst,
    }
    found.update({k: v for k, v in fields.items() if v})
    return PageRecord(source, body, {k: v for k, v in found.items() if v}, "html", encoding)


def _record(source: str, obj: Any, form: str, encoding: str) -> PageRecord:
    if not isinstance(obj, dict):
        raise InputError(
            f"expected a JSON object, got {type(obj).__name__}",
            source=source,
            fix='write each record as {"text": "...", "title": "...", ...}',
        )
    text = next((obj[k] for k in TEXT_FIELDS if isinstance(obj.get(k), str)), None)
    if not text or not text.strip():
        raise EmptyInputError(
            "record has no 'text' or 'body' field with article text",
            source=source,
            fix='add the article text as "text" (or "body")',
        )
    fields = {k: v for k, v in obj.items() if k not in TEXT_FIELDS and v is not None}
    return PageRecord(source, text, fields, form, encoding)


def _json(source: str, text: str, encoding: str) -> list[PageRecord | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
            source=source,
            fix="fix the JSON syntax (e.g. check it with python -m json.tool)",
        ) from exc
    if isinstance(data, dict):
        return [_record(source, data, "json", encoding)]
    if not isinstance(data, list):
        raise InputError(
            f"expected a JSON object or a list of objects, got {type(data).__name__}",
            source=source,
            fix='write {"text": ...} or [{"text": ...}, ...]',
        )
    out: list[PageRecord | InputError] = []
    for index, obj in enumerate(data, start=1):
        try:
            out.append(_record(f"{source}#{index}", obj, "json", encoding))
        except InputError as exc:
            out.append(exc)
    return out


def _jsonl(source: str, text: str, encoding: str) -> list[PageRecord | InputError]:
    out: list[PageRecord | InputError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}#{number}"
        try:
            out.append(_record(where, json.loads(line), "jsonl", encoding))
        except json.JSONDecodeError as exc:
            out.append(
                InputError(
                    f"invalid JSON on line {number}, column {exc.colno}: {exc.msg}",
                    source=where,
                    fix="fix that line; the other lines were read",
                )
            )
        except InputError as exc:
            out.append(exc)
    return out
