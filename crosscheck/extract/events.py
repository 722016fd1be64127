"""Event predicates (tiba/arrived -> "arrive") and the predicate a date or number belongs to."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from crosscheck.lang import table
from crosscheck.types import Record

# How far back (in characters) a predicate may sit before a date and still govern it.
# Indonesian and English put the date adverbial after the verb phrase ("bertemu dengan para
# diplomat penting Korea Utara di Pyongyang pada Jumat (26/1)"); the longest verb-to-date
# gap in the five seed articles is 95 characters, so 160 leaves room for longer objects
# while a predicate further away loses to one after the date in the same clause.
PRECEDING_GAP_MAX = 160

# A postposed attribution names its source in a few words: ", the state news agency said".
POSTPOSED_SUBJECT_WORDS = 5

_CLITICS = ("nya", "lah", "kah")
# Words as the predicate tables see them: hyphenated words stay whole ("test-fired").
_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
# Quotation marks close a clause: a date inside a quote is not dated by the speech verb
# outside it ("Tahun ini akan menjadi halaman baru,” kata Kim").
_QUOTES = '["“”„«»]'


@dataclasses.dataclass(frozen=True)
class Predicate(Record):
    """An event predicate found in text: canonical event and the words as written."""

    canonical: str  # "arrive", "meet", "report", "cite", ...
    text: str
    start: int
    end: int


@dataclasses.dataclass(frozen=True)
class _Tables:
    # first word -> [(words of the form, canonical event)], longest form first
    by_first: dict[str, list[tuple[tuple[str, ...], str]]]
    clitics: tuple[str, ...]
    opener: re.Pattern[str]
    reporting: frozenset[str]
    content: re.Pattern[str]
    noun_suffixes: tuple[str, ...]
    verb_prefixes: tuple[str, ...]
    tail_words: frozenset[str]


def _words(form: str) -> str:
    """Regex for a (possibly multiword) form: any run of spaces between its words."""
    return r"\s+".join(re.escape(w) for w in form.split())


@lru_cache(maxsize=8)
def _tables(language: str) -> _Tables:
    data = table(language, "events")
    canonical: dict[tuple[str, ...], str] = {}
    for event, forms in data.EVENTS.items():
        for form in forms:
            canonical.setdefault(tuple(form.lower().split()), event)
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words in sorted(canonical, key=lambda w: -len(" ".join(w))):
        by_first.setdefault(words[0], []).append((words, canonical[words]))
    openers = "|".join(_words(w) for w in data.CLAUSE_OPENERS)
    # ";" and a sentence end the pysbd segmenter missed (inside quotes) also close a clause.
    opener = re.compile(
        rf"(?<![\w-])(?:{openers})(?![\w-])|;|{_QUOTES}|[.!?][\"”’]?(?=\s+[\"“]?(?-i:[A-Z]))",
        re.IGNORECASE,
    )
    content = re.compile(
        rf"(?<![\w-])(?:{'|'.join(_words(w) for w in data.CONTENT_OPENERS)})(?![\w-])|{_QUOTES}",
        re.IGNORECASE,
    )
    return _Tables(
        by_first,
        _CLITICS if language == "id" else (),
        opener,
        frozenset(data.REPORTING_EVENTS),
        content,
        tuple(data.NOUN_SUFFIXES),
        tuple(data.VERB_PREFIXES),
        frozenset(data.ATTRIBUTION_TAIL_WORDS),
    )


def predicates(text: str, *, language: str) -> Iterator[Predicate]:
    """Yield the event predicates in ``text`` with their canonical event.

    >>> [(p.canonical, p.text) for p in predicates("Sun tiba di Pyongyang.", language="id")]
    [('arrive', 'tiba')]
    """
    tables = _tables(language)
    tokens = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
    by_first, clitics = tables.by_first, tables.clitics
    i = 0
    while i < len(tokens):
        word = tokens[i][2]
        if word not in by_first and not (clitics and word[:-3] in by_first):
            i += 1  # fast path: most words start no form (every clitic is 3 letters)
            continue
        found = _form_at(text, tokens, i, tables)
        if found is None:
            i += 1
            continue
        n, event = found
        start, end = tokens[i][0], tokens[i + n - 1][1]
        yield Predicate(event, text[start:end], start, end)
        i += n


def _form_at(
    text: str, tokens: list[tuple[int, int, str]], i: int, tables: _Tables
) -> tuple[int, str] | None:
    """(number of tokens, canonical event) of the longest form starting at token ``i``."""
    word = tokens[i][2]
    options = list(tables.by_first.get(word, ()))
    for clitic in tables.clitics:
        if word.endswith(clitic) and len(word) > len(clitic) + 2:
            options += tables.by_first.get(word[: -len(clitic)], ())
    best: tuple[int, str] | None = None
    best_len = -1
    for words, event in options:
        n = len(words)
        if i + n > len(tokens) or len(" ".join(words)) <= best_len:
            continue
        if not _tokens_match(text, tokens, i, words, tables.clitics):
            continue
        best, best_len = (n, event), len(" ".join(words))
    return best


def _tokens_match(
    text: str,
    tokens: list[tuple[int, int, str]],
    i: int,
    words: tuple[str, ...],
    clitics: tuple[str, ...],
) -> bool:
    """Whether tokens i.. spell ``words`` (separated by spaces only; a clitic may end it)."""
    for k, want in enumerate(words):
        got = tokens[i + k][2]
        last = k == len(words) - 1
        if got != want and not (last and any(got == want + c for c in clitics)):
            return False
        if k and text[tokens[i + k - 1][1] : tokens[i + k][0]].strip():
            return False
    return True


def clause_bounds(
    text: str,
    start: int,
    end: int,
    preds: Sequence[Predicate],
    *,
    language: str,
    lo: int = 0,
    hi: int | None = None,
) -> tuple[int, int]:
    """The clause of ``text[lo:hi]`` around ``text[start:end]``, as (left, right) offsets.

    Clauses end at ";", at subordinating words ("setelah", "bahwa", "after") and at the
    comma after a reporting verb ("KCNA melaporkan, Kim terlihat ...").

    >>> s = "Kim tiba setelah Xi berpidato."
    >>> left, right = clause_bounds(s, s.index("Xi"), s.index("Xi") + 2, [], language="id")
    >>> s[left:right]
    ' Xi berpidato.'
    """
    tables = _tables(language)
    right = len(text) if hi is None else hi
    left = lo
    for match in tables.opener.finditer(text, lo, right):
        if match.end() <= start:
            left = max(left, match.end())
        elif match.start() >= end:
            right = min(right, match.start())
            break
    for pred in preds:
        if pred.canonical not in tables.reporting:
            continue
        after = text[pred.end : pred.end + 2].lstrip(" ")
        if after.startswith(",") and lo <= pred.end <= start:
            left = max(left, pred.end + 1)
    return left, right


def governing(
    text: str,
    start: int,
    end: int,
    preds: Sequence[Predicate],
    *,
    language: str,
    lo: int = 0,
    hi: int | None = None,
) -> Predicate | None:
    """The predicate that ``text[start:end]`` (a date, a number) belongs to, or None.

    Looks in the clause of the sentence ``text[lo:hi]``: the nearest predicate before the
    span (within PRECEDING_GAP_MAX characters), else the nearest after it, else the
    nearest one before it at any distance.

    >>> s = "Sun tiba di Pyongyang pada Kamis dan bertemu Choe pada Jumat."
    >>> ps = list(predicates(s, language="id"))
    >>> governing(s, s.index("Jumat"), len(s) - 1, ps, language="id").canonical
    'meet'
    """
    tables = _tables(language)
    left, right = clause_bounds(text, start, end, preds, language=language, lo=lo, hi=hi)
    before = [p for p in preds if left <= p.start and p.end <= start]
    after = [p for p in preds if end <= p.start and p.end <= right]
    nearest_before = max(before, key=lambda p: p.end) if before else None
    if nearest_before is not None and _is_noun(nearest_before, tables):
        verb = [p for p in before if p.end < nearest_before.start
                and not text[p.end : nearest_before.start].strip()]  # fmt: skip
        nearest_before = verb[0] if verb else nearest_before
    if nearest_before is not None and start - nearest_before.end <= PRECEDING_GAP_MAX:
        return nearest_before
    after = [p for p in after if not _postposed_attribution(text, end, p, right, tables)]
    if after:
        return min(after, key=lambda p: p.start)
    if nearest_before is not None:
        return nearest_before
    # A clause with no predicate of its own ("kata Hendra saat dihubungi, Sabtu") takes the
    # nearest one before it in the sentence, if it is close.
    earlier = [p for p in preds if lo <= p.start and p.end <= left]
    if earlier:
        last = max(earlier, key=lambda p: p.end)
        reported = tables.content.search(text, last.end, start)
        if start - last.end <= PRECEDING_GAP_MAX and not reported:
            return last
    return None


def _postposed_attribution(
    text: str, end: int, pred: Predicate, right: int, tables: _Tables
) -> bool:
    """True for a reporting verb that attributes the whole sentence from its end: in
    "banjir sejak Jumat malam, kata BNPB, Sabtu (16/3)." (verb right after the comma) or
    "..., the agency said on Saturday." (nothing said after the verb) it dates nothing
    before it, unlike "Pada Jumat, Kim mengatakan partainya siap"."""
    if pred.canonical not in tables.reporting:
        return False
    between = text[end : pred.start].strip()
    if not between.startswith(","):
        return False
    if between == ",":
        return True  # Indonesian inversion: ", kata BNPB"
    if len(between.split()) > POSTPOSED_SUBJECT_WORDS:
        return False
    tail = text[pred.end : right].split()
    return not tail or not tail[0][:1].isalnum() or tail[0].lower() in tables.tail_words


def _is_noun(pred: Predicate, tables: _Tables) -> bool:
    """An event noun ("perayaan", "kunjungannya"), told from verbs by its affixes."""
    word = pred.text.lower()
    return (
        (
            " " not in word
            and word.endswith(tables.noun_suffixes)
            and not word.startswith(tables.verb_prefixes)
        )
        if tables.noun_suffixes
        else False
    )
