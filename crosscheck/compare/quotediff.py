"""Word-level diff of two renderings of a quote, classified as a kind of drift.

Case, punctuation and quote style are ignored; the words are compared in order.
Each word keeps its offsets in the quote text so the report can highlight it.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import unicodedata

from crosscheck.extract.numbers import numbers_in
from crosscheck.lang import table

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)

SUBSTITUTION = "substitution"
INSERTION = "insertion"
OMISSION = "omission"
TRUNCATION = "truncation"
NEGATION_FLIP = "negation_flip"


@dataclasses.dataclass(frozen=True)
class Token:
    """A word of a quote: its comparison form and its offsets in the quote text."""

    norm: str
    start: int
    end: int


@dataclasses.dataclass(frozen=True)
class Edit:
    """One differing stretch: ``op`` is replace, insert or delete (a -> b)."""

    op: str
    a: tuple[Token, ...]
    b: tuple[Token, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "op": self.op,
            "a": " ".join(t.norm for t in self.a),
            "b": " ".join(t.norm for t in self.b),
        }


@dataclasses.dataclass(frozen=True)
class QuoteDiff:
    """The diff of quote ``a`` against quote ``b`` and its classification."""

    a: tuple[Token, ...]
    b: tuple[Token, ...]
    edits: tuple[Edit, ...]
    drift: str | None  # None when the words are the same
    negators_a: int
    negators_b: int


def tokens(text: str) -> tuple[Token, ...]:
    """The words of ``text`` in comparison form, with their offsets.

    >>> [(t.norm, t.start) for t in tokens("“Tak AKAN,” katanya")]
    [('tak', 1), ('akan', 5), ('katanya', 12)]
    """
    return tuple(
        Token(unicodedata.normalize("NFKC", m.group()).casefold().replace("’", "'"), *m.span())
        for m in _TOKEN.finditer(text)
    )


def _negator_count(words: tuple[Token, ...], negators: frozenset[str]) -> int:
    count = 0
    for word in words:
        if word.norm in negators or word.norm.endswith("n't"):
            count += 1
    return count


def diff_quotes(a: str, b: str, *, language: str) -> QuoteDiff:
    """Diff two quotes of one language and classify the drift.

    A changed number of negators anywhere is a negation flip; an edit only at one
    end of the shorter quote is a truncation; otherwise the edit types decide.

    >>> diff_quotes("Kami akan menyerang.", "Kami tidak akan menyerang.", language="id").drift
    'negation_flip'
    >>> diff_quotes("kami siap berunding", "Kami siap berunding!", language="id").drift is None
    True
    """
    data = table(language, "compare")
    ta, tb = tokens(a), tokens(b)
    matcher = difflib.SequenceMatcher(None, [t.norm for t in ta], [t.norm for t in tb], False)
    edits = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        side_a, side_b = ta[i1:i2], tb[j1:j2]
        if {t.norm for t in side_a + side_b} <= data.FILLER:
            continue
        if op == "replace":
            numbers_a = _numbers_around(a, ta, i1, i2, language)
            if numbers_a is not None and numbers_a == _numbers_around(b, tb, j1, j2, language):
                continue  # one number written two ways ("Rp 12 miliar" / "dua belas miliar")
        edits.append(Edit(op, side_a, side_b))
    neg_a = _negator_count(ta, data.NEGATORS)
    neg_b = _negator_count(tb, data.NEGATORS)
    return QuoteDiff(ta, tb, tuple(edits), _classify(edits, ta, tb, neg_a, neg_b), neg_a, neg_b)


def _numbers_around(
    text: str, words: tuple[Token, ...], i: int, j: int, language: str
) -> tuple[tuple[float | None, float | None, float | None], ...] | None:
    """The values of the numbers that hold every edited word ``words[i:j]``, else None.

    The edit is read with one neighbouring word either way, since a scale word or a
    currency sign both renderings share is not part of the edit.
    """
    start = words[max(i - 1, 0)].start
    end = words[min(j, len(words) - 1)].end
    found = list(numbers_in(text[start:end], language=language))
    edited = words[i:j]
    inside = all(
        any(n.start <= w.start - start and w.end - start <= n.end for n in found) for w in edited
    )
    if not found or not inside:
        return None
    return tuple(sorted((n.value, n.low, n.high) for n in found))


def _classify(
    edits: list[Edit], ta: tuple[Token, ...], tb: tuple[Token, ...], neg_a: int, neg_b: int
) -> str | None:
    if not edits:
        return None
    if neg_a != neg_b:
        return NEGATION_FLIP
    ops = {e.op for e in edits}
    if ops == {"delete"} or ops == {"insert"}:
        longer, shorter = (ta, tb) if ops == {"delete"} else (tb, ta)
        if len(edits) == 1 and shorter and _at_end(edits[0], longer):
            return TRUNCATION
        return OMISSION if ops == {"delete"} else INSERTION
    if "replace" in ops:
        return SUBSTITUTION
    return OMISSION


def _at_end(edit: Edit, longer: tuple[Token, ...]) -> bool:
    removed = edit.a or edit.b
    return removed[0] == longer[0] or removed[-1] == longer[-1]


def changed_span(words: tuple[Token, ...], edits: tuple[Edit, ...], side: str) -> tuple[int, int]:
    """Offsets (in the quote text) covering every changed word on one side; (0, 0) if none.

    >>> d = diff_quotes("kami siap", "kami tidak siap", language="id")
    >>> changed_span(d.b, d.edits, "b")
    (5, 10)
    """
    changed = [t for e in edits for t in (e.a if side == "a" else e.b)]
    if not changed:
        return (0, 0)
    return (min(t.start for t in changed), max(t.end for t in changed))
