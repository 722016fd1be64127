"""Overlap look-ups over character spans in logarithmic time, so dense texts stay linear."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate
from typing import TypeVar

T = TypeVar("T")


def joined_pairs(found: Sequence[T], join: Callable[[T, T], T | None]) -> Iterator[T]:
    """``found`` in order, each neighbour pair that ``join`` makes one replaced by it
    ("17 Februari" + "2 Maret 2025" -> one range).

    >>> list(joined_pairs([1, 2, 5], lambda a, b: a + b if b == a + 1 else None))
    [3, 5]
    """
    i = 0
    while i < len(found):
        merged = join(found[i], found[i + 1]) if i + 1 < len(found) else None
        if merged is not None:
            yield merged
            i += 2
        else:
            yield found[i]
            i += 1


class SpanSet:
    """A fixed set of ``(start, end)`` spans answering "does anything overlap?".

    >>> spans = SpanSet([(0, 4), (10, 12)])
    >>> spans.overlaps(3, 5), spans.overlaps(4, 10), spans.overlaps(11, 30)
    (True, False, True)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        # the furthest end among all spans that start at or before each position
        self._reach = list(accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span shares at least one character with ``[start, end)``."""
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start


class DisjointSpans:
    """A growing set of non-overlapping spans (greedy selection of the best readings).

    >>> taken = DisjointSpans()
    >>> taken.add_if_free(5, 9), taken.add_if_free(8, 12), taken.add_if_free(9, 12)
    (True, False, True)
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add_if_free(self, start: int, end: int) -> bool:
        """Add ``[start, end)`` unless it overlaps a span already taken."""
        i = bisect.bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return False
        if i < len(self._starts) and self._starts[i] < end:
            return False
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True
