"""The boilerplate filter: page text in; clean paragraphs, title, dateline, outlet, credits out.

A news page dump has three zones, read top to bottom:

1. the *header* before the lede: site chrome, the title (often twice), byline,
   dateline, reading time, a photo caption;
2. the *body*, from the lede (the first paragraph that opens with an outlet signature,
   or else the first paragraph that reads like prose) to the first stop marker;
3. the *tail* after a stop marker ("Sumber: Reuters", "Pilihan Editor:", "ARTIKEL
   LAINNYA"): credits, related links and teasers of other articles.

Markers are data (``crosscheck/lang/<lang>/boilerplate.py``); the tables of every
supported language apply at once, since chrome and body may be in different languages.
"""

from __future__ import annotations

import dataclasses
import html
import re
from functools import lru_cache

from crosscheck.ingest.dateline import Dateline, find_dateline
from crosscheck.ingest.outlets import (
    Signature,
    cut_logo_markers,
    find_signature,
    outlet_in_byline,
)
from crosscheck.lang import SUPPORTED, table
from crosscheck.types import Credit

# The lede is looked for in the first lines only: a page whose first 60 lines hold no
# prose is not a news article (the seeds' ledes are at lines 1-12).
HEADER_SCAN_LINES = 60
# Without a signature, the lede is the first line of prose: at least this many words and
# sentence-final punctuation. 8 is below every lede in the seeds and fixtures (shortest:
# 14 words) and above every header line in them (bylines, captions with credit markers
# excepted; longest other: 6 words).
LEDE_MIN_WORDS = 8
# A headline has 4-30 words and does not end with a full stop; 4 is above site-name
# chrome ("Dimensy.id Mobile", "Apollo Solar Panel") and below the shortest seed title (7).
# A prose-like line followed within this many lines by a dateline is a headline or deck,
# not the lede: datelines sit between the title and the body (byline lines between them
# number at most 2 in the pages seen).
DATELINE_LOOKAHEAD = 3
TITLE_MIN_WORDS = 4
TITLE_MAX_WORDS = 30
_SENTENCE_END = re.compile(r"[.!?…:;\"”’')]\s*$")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# Markdown around a whole line ("# Judul", "**(rdp/idh)**", "*Editor: X*") is layout.
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_WRAP = re.compile(r"^(\*{1,3}|_{1,3})(\S(?:.*\S)?)\1$")
# Inline Markdown: "**Jakarta** - ...", "[judul](https://...)" keep their words only.
_MD_STRONG = re.compile(r"(?<![\w*])(\*{1,3})(\S(?:[^*\n]*\S)?)\1(?![\w*])")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/)[^)\s]*\)")
_CREDIT_KINDS = ("source", "first_published", "author", "editor", "photo")


@dataclasses.dataclass(frozen=True)
class CleanPage:
    """What the filter found in one page."""

    paragraphs: tuple[str, ...]
    title: str | None = None
    dateline: Dateline | None = None
    outlet: str | None = None
    place: str | None = None  # the dateline place of the lede signature ("Seoul")
    credits: tuple[Credit, ...] = ()
    dropped: tuple[str, ...] = ()  # every non-empty line left out of the body


@dataclasses.dataclass(frozen=True)
class _Markers:
    drop: tuple[re.Pattern[str], ...]
    stop: tuple[re.Pattern[str], ...]
    teaser: tuple[re.Pattern[str], ...]
    credit: tuple[re.Pattern[str], ...]
    inline_credit: tuple[re.Pattern[str], ...]
    caption: tuple[re.Pattern[str], ...]
    caption_label: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def _markers() -> _Markers:
    def gather(name: str, flags: int) -> tuple[re.Pattern[str], ...]:
        found: list[re.Pattern[str]] = []
        for lang in SUPPORTED:
            found += [re.compile(p, flags) for p in getattr(table(lang, "boilerplate"), name, ())]
        return tuple(found)

    return _Markers(
        drop=gather("DROP_LINES", re.I),
        stop=gather("STOP_LINES", re.I),
        teaser=gather("TEASER_LINES", re.I),
        credit=gather("CREDIT_LINES", 0),
        inline_credit=gather("INLINE_CREDITS", 0),
        caption=gather("CAPTION_MARKERS", 0),
        caption_label=gather("CAPTION_LABELS", re.I),
    )


def _full(patterns: tuple[re.Pattern[str], ...], line: str) -> bool:
    return any(p.fullmatch(line) for p in patterns)


def _credits_in(match: re.Match[str], text: str) -> list[Credit]:
    out = []
    for label in _CREDIT_KINDS:
        value = match.groupdict().get(label)
        if value and value.strip():
            out.append(Credit(label=label, value=value.strip(), text=text))
    return out


def line_credits(line: str) -> list[Credit]:
    """Credits in a whole attribution line ("Sumber: Reuters", "EDITOR: RENI ERINA").

    >>> line_credits("Sumber: Sputnik-OANA")
    [Credit(label='source', value='Sputnik-OANA', text='Sumber: Sputnik-OANA')]
    """
    for pattern in _markers().credit:
        if m := pattern.fullmatch(line):
            return _credits_in(m, line)
    return []


def is_caption(line: str) -> bool:
    """True when a line carries a photo-credit marker ("/KCNA", "KCNA via REUTERS").

    >>> is_caption("Delegasi China berfoto saat berkunjung ke Pyongyang/KCNA")
    True
    """
    return any(p.search(line) for p in _markers().caption)


def _is_prose(line: str) -> bool:
    return len(line.split()) >= LEDE_MIN_WORDS and bool(_SENTENCE_END.search(line))


def _is_headline(line: str) -> bool:
    words = len(line.split())
    return TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS and not line.rstrip().endswith(".")


def _normalise(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if _TAG.search(text):  # raw markup left in a text dump ("<a href=...>NAME</a>")
        text = html.unescape(_TAG.sub("", text))
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    lines = [_MD_WRAP.sub(r"\2", _MD_HEADING.sub("", line)) for line in lines]
    return [_MD_LINK.sub(r"\1", _MD_STRONG.sub(r"\2", line)) for line in lines]


def _is_chrome(line: str) -> bool:
    m = _markers()
    return any(_full(group, line) for group in (m.drop, m.stop, m.teaser, m.caption_label))


def _find_lede(lines: list[str]) -> int | None:
    window = [i for i, line in enumerate(lines) if line][:HEADER_SCAN_LINES]
    for i in window:
        stripped, logo = cut_logo_markers(lines[i])
        if _is_chrome(stripped) or line_credits(stripped) or not _SENTENCE_END.search(stripped):
            continue
        if logo or find_signature(stripped):
            return i
    for k, i in enumerate(window):
        line = lines[i]
        if not _is_prose(line) or _is_chrome(line) or is_caption(line) or line_credits(line):
            continue
        if k and _full(_markers().caption_label, lines[window[k - 1]]):
            continue  # the caption under "Keterangan gambar,"
        following = window[k + 1 : k + 1 + DATELINE_LOOKAHEAD]
        if any(find_dateline(lines[j]) for j in following):
            continue  # a headline (even one ending in "?") sits above its dateline
        if find_dateline(line) is None:
            return i
    return None


_NAME = re.compile(r"[A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,4}")
_BYLINE_SPLIT = re.compile(r"\s+[-–|]\s+")


def _byline_credits(line: str) -> list[Credit]:
    """An author from a "Name - Outlet" byline ("Andi Saputra - detikSulsel")."""
    parts = _BYLINE_SPLIT.split(line)
    if (
        len(parts) == 2
        and _NAME.fullmatch(parts[0])
        and outlet_in_byline(parts[1])
        and outlet_in_byline(parts[0]) is None  # "Kompas.com - Megapolitan" names no person
    ):
        return [Credit(label="author", value=parts[0], text=line)]
    return []


def _pick_title(candidates: list[str], before_byline: int) -> str | None:
    """The repeated headline, else the last one above the byline/dateline, else the first."""
    for line in candidates:
        if candidates.count(line) > 1:  # dumps often repeat the headline above the lede
            return line
    if 0 < before_byline <= len(candidates):
        return candidates[before_byline - 1]  # site chrome comes before, not after, the title
    return candidates[0] if candidates else None


def clean_page(text: str, *, has_header: bool = True, title: str | None = None) -> CleanPage:
    """Split a page dump into header, body and tail and keep only the article's prose.

    ``has_header=False`` is for text that is the article by contract (a JSON record's
    ``text``): the body starts at its first line, so a short first paragraph is kept.
    ``title``, when known, is dropped wherever it repeats.

    >>> page = "Judul Berita Tentang Korea Utara\\n\\nBaca Juga: Lain\\n\\nSeoul (KABARIN) - "
    >>> page += "Menteri luar negeri kedua negara bertemu di Beijing pada Minggu.\\n\\nSumber: OANA"
    >>> c = clean_page(page)
    >>> c.title, c.outlet, c.paragraphs, c.credits[0].value
    ('Judul Berita Tentang Korea Utara', 'Kabarin', ('Menteri luar negeri kedua negara bertemu di Beijing pada Minggu.',), 'OANA')
    """  # noqa: E501
    markers = _markers()
    lines = _normalise(text)
    if has_header:
        lede = _find_lede(lines)
    else:
        lede = next((i for i, line in enumerate(lines) if line), None)
    if lede is None:
        return CleanPage(paragraphs=(), dropped=tuple(line for line in lines if line))

    credits: list[Credit] = []
    dropped: list[str] = []
    titles: list[str] = []
    before_byline = 0  # how many title candidates precede the first byline or dateline
    dateline: Dateline | None = None
    outlet: str | None = None

    # 1. Header: title candidates, dateline, bylines; nothing here is body text.
    for line in lines[:lede]:
        if not line:
            continue
        dropped.append(line)
        found = line_credits(line) or _byline_credits(line)
        is_dateline = not found and (d := find_dateline(line)) is not None
        if (found or is_dateline) and not before_byline:
            before_byline = len(titles)
        if found:
            credits += found
        elif is_dateline and (dateline is None or (dateline.updated and not d.updated)):
            dateline = d  # the first publication dateline; an update time only as fallback
        elif not (_is_chrome(line) or is_caption(line) or outlet_in_byline(line)) and _is_headline(
            line
        ):
            titles.append(line)
    title = title or _pick_title(titles, before_byline)
    named = [found for line in lines[:lede] if line and (found := outlet_in_byline(line))]

    # 2. Body, up to the first stop marker; 3. the tail only yields credits.
    paragraphs: list[str] = []
    stopped = label_only = caption_next = False
    signature: Signature | None = None
    for line in lines[lede:]:
        if not line:
            continue
        line, logo = cut_logo_markers(line)
        outlet = outlet or logo
        if not line:
            continue
        if stopped or _full(markers.stop, line) or _full(markers.teaser, line):
            stopped = True
            credits += line_credits(line)
            dropped.append(line)
            continue
        found = line_credits(line)
        if caption_next or _full(markers.caption_label, line):
            caption_next = not caption_next  # the label, then the caption line itself
            dropped.append(line)
            continue
        if found or _full(markers.drop, line) or is_caption(line) or line == title:
            credits += found
            dropped.append(line)
            label_only = line.endswith(":")  # "Baca juga:" with its link on the next line
            continue
        if label_only and _is_headline(line):
            dropped.append(line)
            label_only = False
            continue
        label_only = False
        if (d := find_dateline(line)) is not None:
            dateline = dateline or d
            dropped.append(line)
            continue
        if not paragraphs and (signature := find_signature(line)) is not None:
            dropped.append(line[: signature.end].strip())
            line = line[signature.end :].strip()
            outlet = outlet or signature.outlet
        for pattern in markers.inline_credit:
            if m := pattern.search(line):
                credits += _credits_in(m, m.group().strip())
                dropped.append(m.group().strip())
                line = line[: m.start()].rstrip()
                stopped = True  # an inline source credit closes the article (Tempo)
                break
        paragraphs.append(line)

    unique: list[Credit] = []
    for credit in credits:
        if all((c.label, c.value) != (credit.label, credit.value) for c in unique):
            unique.append(credit)
    return CleanPage(
        paragraphs=tuple(paragraphs),
        title=title,
        dateline=dateline,
        outlet=outlet or (named[0] if named else None),
        place=signature.place if signature else None,
        credits=tuple(unique),
        dropped=tuple(dropped),
    )
