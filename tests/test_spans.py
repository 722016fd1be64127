"""Span-overlap helpers agree with the brute-force definition."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crosscheck.extract.spans import DisjointSpans, SpanSet

span = st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(span, max_size=25), span)
def test_spanset_matches_brute_force(spans: list[tuple[int, int]], query: tuple[int, int]) -> None:
    start, end = query
    expected = any(s < end and start < e for s, e in spans)
    assert SpanSet(spans).overlaps(start, end) == expected


@given(st.lists(span, max_size=25))
def test_disjoint_spans_greedy_matches_brute_force(spans: list[tuple[int, int]]) -> None:
    free = DisjointSpans()
    taken: list[tuple[int, int]] = []
    for start, end in spans:
        expected = all(end <= s or start >= e for s, e in taken)
        assert free.add_if_free(start, end) == expected
        if expected:
            taken.append((start, end))
