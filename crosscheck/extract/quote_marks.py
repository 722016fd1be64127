"""Quote marks: which mark opens, which closes, and how they pair across paragraphs."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from crosscheck.types import Article

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
MARKS = re.compile(f"[{OPENING}{CLOSING}{STRAIGHT}]")
TRAILING = ",;:"  # separators before the cue; a final "." inside the marks is kept
# A nickname in marks inside a person's name is no quote: 'Ferdinand "Ferdie" Asuncion',
# 'Ronald "Bato" dela Rosa' (one or two capitalised words between two name words).
NICKNAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?")
NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]* $")
NAME_AFTER = re.compile(r" (?:(?:de|dela|del|van|von|bin|binti) )?[A-Z][a-z]")


@dataclasses.dataclass
class Segment:
    """A stretch between quote marks (text offsets exclude the marks)."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark (-1 when it was missing)
    close_mark: int  # offset of the closing mark (-1 when the paragraph ran out)
    continues: bool = False  # the quote goes on in the next paragraph


def trim(body: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and the separator before a cue ("...,” ujar Wang") from a span.

    >>> trim(' Kami siap, ', 0, 12)
    (1, 10)
    """
    while start < end and body[start].isspace():
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in TRAILING):
        end -= 1
    return start, end


def _mark_kind(body: str, i: int) -> str | None:
    """'open', 'close' or None for a quote mark between letters ("mid-word")."""
    ch = body[i]
    prev = body[i - 1] if i > 0 else " "
    nxt = body[i + 1] if i + 1 < len(body) else " "
    if prev.isalnum() and nxt.isalnum():
        return None
    if ch in OPENING:
        return "open"
    if ch in CLOSING:
        return "close"
    if prev.isspace() or prev in "([{—–-":
        return None if nxt.isspace() else "open"
    return "close"


def is_nickname(body: str, open_mark: int, close_mark: int) -> bool:
    """The marks at ``open_mark`` and ``close_mark`` hold a nickname inside a name.

    >>> text = 'lawyer Ferdinand "Ferdie" Asuncion said'
    >>> is_nickname(text, 17, 24)
    True
    >>> is_nickname('menyebut "Golkar" partai', 9, 16)
    False
    """
    return (
        NICKNAME.fullmatch(body, open_mark + 1, close_mark) is not None
        and NAME_BEFORE.search(body, max(0, open_mark - 30), open_mark) is not None
        and NAME_AFTER.match(body, close_mark + 1) is not None
    )


def segments(article: Article) -> Iterator[Segment]:
    """Pair quote marks paragraph by paragraph; an unclosed quote continues when the next
    paragraph opens with a quote mark, and otherwise ends with its paragraph.

    >>> from crosscheck.ingest.build import make_article
    >>> a = make_article('"Kami siap,” kata Wang. Kata Jum"at bukan kutipan.', language="id")
    >>> [a.body[s.start : s.end] for s in segments(a)]
    ['Kami siap,']
    """
    body = article.body
    paragraphs = list(article.paragraphs)
    for index, paragraph in enumerate(paragraphs):
        open_at = -1
        for mark in MARKS.finditer(body, paragraph.start, paragraph.end):
            i = mark.start()
            kind = _mark_kind(body, i)
            if kind == "open":
                if open_at >= 0:  # a second opening: the first quote lost its close
                    yield Segment(open_at + 1, i, open_at, -1)
                open_at = i
            elif kind == "close":
                if open_at >= 0:
                    if not is_nickname(body, open_at, i):
                        yield Segment(open_at + 1, i, open_at, i)
                    open_at = -1
                elif i - paragraph.start > 1:  # the opening mark is missing
                    yield Segment(paragraph.start, i, -1, i)
        if open_at >= 0:
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            continues = nxt is not None and body[nxt.start] in OPENING + STRAIGHT
            yield Segment(open_at + 1, paragraph.end, open_at, -1, continues)
