"""Alignment units: the claims and quotes of each article, with the facts they carry."""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence

from crosscheck.extract.names import inner_places
from crosscheck.lang import SUPPORTED, table
from crosscheck.types import EntityType, Extraction, QuoteKind

# A quote shorter than this many words ("damai") is too thin to align on its own;
# it is still compared as part of its claim sentence.
MIN_QUOTE_WORDS = 4

_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """Lower-cased words of ``text`` without punctuation or quote marks.

    >>> words("“Kami TIDAK setuju,” ujar-nya.")
    ['kami', 'tidak', 'setuju', 'ujar-nya']
    """
    folded = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return _WORD.findall(folded)


@functools.cache
def _not_name_words() -> frozenset[str]:
    """Words of titles, roles and speech cues in every language's tables ("menteri", "kepala",
    "menurut"): they are not part of who someone is, whatever an extractor kept."""
    found: set[str] = set()
    for language in SUPPORTED:
        titles = table(language, "titles")
        speech = table(language, "speech")
        for phrase in (*titles.TITLES, *speech.ACCORDING_TO, *speech.SPEECH_VERBS):
            found.update(words(phrase))
    return frozenset(found)


def name_key(name: str) -> frozenset[str]:
    """The set of lower-cased name tokens, without titles and cue words.

    >>> sorted(name_key("Wang Yi")), sorted(name_key("Menlu Wang Yi"))
    (['wang', 'yi'], ['wang', 'yi'])
    """
    tokens = frozenset(words(name.replace("-", " ")))
    kept = tokens - _not_name_words()
    return kept or tokens


def same_name(a: str | None, b: str | None) -> bool | None:
    """True when two names denote the same party, False when they differ, None if unknown.

    A name is the same when one's tokens are a subset of the other's ("Wang" and
    "Wang Yi"; "AP" and "AP News"), so short and full forms agree.

    >>> same_name("Wang", "Menlu China Wang Yi"), same_name("Wang Yi", "Choe Son Hui")
    (True, False)
    """
    if not a or not b:
        return None
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return None
    return ka <= kb or kb <= ka


@dataclasses.dataclass(frozen=True)
class Unit:
    """One item to align: a claim sentence, or a quote, of one article."""

    id: int  # position in the unit list; also the vector id in the store
    article: int  # index into the list of extractions
    kind: str  # "claim" | "sentence" | "quote"
    text: str  # what is embedded and compared lexically
    start: int  # the claim sentence in the body
    end: int
    quote: int | None = None  # index into Extraction.quotes for quote units
    claim: int | None = None  # index into Extraction.claims for claim units
    dates: tuple[int, ...] = ()
    numbers: tuple[int, ...] = ()
    entities: frozenset[str] = frozenset()  # canonical names, casefolded, non-agency
    predicates: frozenset[str] = frozenset()
    language: str = "und"
    words: frozenset[str] = frozenset()  # words less dates and numbers (see ``masked_words``)

    def __post_init__(self) -> None:
        if not self.words:
            object.__setattr__(self, "words", frozenset(words(self.text)))


def masked_words(ext: Extraction, start: int, end: int) -> frozenset[str]:
    """Words of ``body[start:end]`` without the dates and numbers in it.

    Two tellings of one claim that differ only in a date or a number then have the
    same words: the wording says "same claim", the typed facts say what differs.
    """
    body = ext.article.body
    spans = sorted(
        (m.start, m.end) for m in (*ext.dates, *ext.numbers) if start <= m.start and m.end <= end
    )
    pieces, cursor = [], start
    for lo, hi in spans:
        if lo >= cursor:
            pieces.append(body[cursor:lo])
            cursor = hi
    pieces.append(body[cursor:end])
    return frozenset(words(" ".join(pieces)))


def _inside(start: int, lo: int, hi: int) -> bool:
    return lo <= start < hi


def _entity_keys(ext: Extraction, indices: Sequence[int]) -> frozenset[str]:
    keys = set()
    for i in indices:
        entity = ext.entities[i]
        if entity.type is not EntityType.AGENCY:
            keys.add(entity.canonical.casefold())
        if entity.type is EntityType.ORG:
            # "BPBD Kota Bekasi" names Kota Bekasi too: a claim about the body and one
            # about the place share that name
            keys.update(p.casefold() for p in inner_places(entity.text, ext.article.language))
    return frozenset(keys)


def _span_facts(ext: Extraction, lo: int, hi: int) -> dict[str, tuple[int, ...]]:
    """Indices of the dates, numbers and entities that start inside ``[lo, hi)``."""
    return {
        "dates": tuple(i for i, d in enumerate(ext.dates) if _inside(d.start, lo, hi)),
        "numbers": tuple(i for i, n in enumerate(ext.numbers) if _inside(n.start, lo, hi)),
        "entities": tuple(i for i, e in enumerate(ext.entities) if _inside(e.start, lo, hi)),
    }


def units_of(ext: Extraction, article: int, first_id: int) -> Iterator[Unit]:
    """Yield the units of one extraction: its claims (or sentences) and its quotes.

    Claims carry their linked facts; when an extraction has no claims, every
    sentence becomes a unit and takes the facts that lie inside it.
    """
    lang = ext.article.language
    next_id = first_id
    if ext.claims:
        for ci, claim in enumerate(ext.claims):
            dates = claim.dates or _span_facts(ext, claim.start, claim.end)["dates"]
            numbers = claim.numbers or _span_facts(ext, claim.start, claim.end)["numbers"]
            entities = claim.entities or _span_facts(ext, claim.start, claim.end)["entities"]
            predicates = set(claim.predicates)
            predicates.update(ext.dates[i].event for i in dates if ext.dates[i].event)
            yield Unit(
                id=next_id,
                article=article,
                kind="claim",
                text=claim.text,
                start=claim.start,
                end=claim.end,
                claim=ci,
                words=masked_words(ext, claim.start, claim.end),
                dates=tuple(dates),
                numbers=tuple(numbers),
                entities=_entity_keys(ext, entities),
                predicates=frozenset(predicates),
                language=lang,
            )
            next_id += 1
    else:
        for sentence in ext.article.sentences:
            facts = _span_facts(ext, sentence.start, sentence.end)
            yield Unit(
                id=next_id,
                article=article,
                kind="sentence",
                text=sentence.text,
                start=sentence.start,
                end=sentence.end,
                words=masked_words(ext, sentence.start, sentence.end),
                dates=facts["dates"],
                numbers=facts["numbers"],
                entities=_entity_keys(ext, facts["entities"]),
                predicates=frozenset(
                    ext.dates[i].event for i in facts["dates"] if ext.dates[i].event
                ),
                language=lang,
            )
            next_id += 1
    for qi, quote in enumerate(ext.quotes):
        if quote.kind is QuoteKind.INDIRECT or len(words(quote.text)) < MIN_QUOTE_WORDS:
            continue
        lo, hi = _quote_sentence(ext, qi)
        yield Unit(
            id=next_id,
            article=article,
            kind="quote",
            text=quote.text,
            start=lo,
            end=hi,
            quote=qi,
            language=lang,
        )
        next_id += 1


def _quote_sentence(ext: Extraction, qi: int) -> tuple[int, int]:
    """The sentence(s) carrying a quote: its own fields, else the enclosing sentence."""
    quote = ext.quotes[qi]
    if quote.sentence_start >= 0 and quote.sentence_end > quote.sentence_start:
        return quote.sentence_start, quote.sentence_end
    return sentence_around(ext, quote.start, quote.end)


def sentence_around(ext: Extraction, start: int, end: int) -> tuple[int, int]:
    """Offsets of the claim or sentence that contains ``[start, end)``."""
    for claim in ext.claims:
        if claim.start <= start and end <= claim.end:
            return claim.start, claim.end
    lo, hi = start, end
    for sentence in ext.article.sentences:
        if sentence.start <= start < sentence.end:
            lo = sentence.start
        if sentence.start < end <= sentence.end:
            hi = sentence.end
    return lo, max(hi, end)


def build_units(extractions: Sequence[Extraction]) -> list[Unit]:
    """All units of all extractions, numbered from 0.

    >>> build_units([])
    []
    """
    units: list[Unit] = []
    for article, ext in enumerate(extractions):
        units.extend(units_of(ext, article, len(units)))
    return units
