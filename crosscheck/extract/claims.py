"""Claims: the sentences that carry at least one checkable fact, linked to those facts."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence

from crosscheck.extract.attribution import ChainResolver
from crosscheck.types import Article, Claim, DateMention, Entity, NumberMention, Quote

# events.predicates(text, language=...) -> iterable of objects with ``canonical``
PredicateFinder = Callable[..., Iterable[object]]


def claims(
    article: Article,
    quotes: Sequence[Quote],
    dates: Sequence[DateMention],
    numbers: Sequence[NumberMention],
    entities: Sequence[Entity],
    chains: ChainResolver,
    *,
    predicates: PredicateFinder | None = None,
) -> Iterator[Claim]:
    """Yield one claim per sentence with a date, a number, a quote, or a name plus an event.

    Link fields are indices into the sequences given, so they match the ``Extraction``
    built from the same sequences.

    >>> from crosscheck.ingest.build import make_article
    >>> from crosscheck.extract.attribution import ChainResolver
    >>> a = make_article("Cuaca cerah. Harga naik 5 persen.", language="id")
    >>> from crosscheck.types import NumberMention
    >>> n = NumberMention("5 persen", 24, 32, 5.0, None, None, "persen")
    >>> [c.text for c in claims(a, [], [], [n], [], ChainResolver(a, []))]
    ['Harga naik 5 persen.']
    """
    quote_index = _Overlaps([(q.start, q.end) for q in quotes])
    date_index = _Overlaps([(d.start, d.end) for d in dates])
    number_index = _Overlaps([(n.start, n.end) for n in numbers])
    entity_index = _Overlaps([(e.start, e.end) for e in entities])
    for sentence in article.sentences:
        start, end = sentence.start, sentence.end
        linked_quotes = quote_index.within(start, end, partial=True)
        linked_dates = date_index.within(start, end)
        linked_numbers = number_index.within(start, end)
        linked_entities = entity_index.within(start, end)
        events: tuple[str, ...] = ()
        if predicates is not None:
            found = predicates(sentence.text, language=article.language)
            events = tuple(dict.fromkeys(str(getattr(p, "canonical", p)) for p in found))
        checkable = linked_quotes or linked_dates or linked_numbers
        if not checkable and not (linked_entities and events):
            continue
        yield Claim(
            text=sentence.text,
            start=start,
            end=end,
            quotes=linked_quotes,
            dates=linked_dates,
            numbers=linked_numbers,
            entities=linked_entities,
            attribution=chains.chain(
                start, end, own=[link for i in linked_quotes for link in quotes[i].attribution]
            ),
            predicates=events,
        )


class _Overlaps:
    """Indices of spans that fall in (or, with ``partial``, overlap) a sentence."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        self.order = sorted(range(len(spans)), key=lambda i: spans[i])
        self.spans = [spans[i] for i in self.order]
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in spans), default=0)

    def within(self, start: int, end: int, *, partial: bool = False) -> tuple[int, ...]:
        lo = bisect.bisect_left(self.starts, start - self.longest if partial else start)
        hi = bisect.bisect_left(self.starts, end)
        out = []
        for k in range(lo, hi):
            s, e = self.spans[k]
            if (partial and e > start) or (s >= start and e <= end):
                out.append(self.order[k])
        return tuple(sorted(out))
