"""The fast paths that try a pattern only where it can start give the pattern's own matches.

``AliasTable.finditer``/``AliasTable.match`` try each word's own small pattern instead of
the whole alias pattern, and ``before_words`` tries a pattern only before its key words;
both must find exactly what the plain ``finditer``/``match`` of the pattern finds.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract import names, speakers
from crosscheck.extract.aliases import (
    AliasTable,
    WordMatches,
    before_words,
    first_words,
    prefiltered,
)
from crosscheck.extract.speech_cues import cue_patterns
from crosscheck.ingest import read_articles
from crosscheck.lang import table

ROOT = Path(__file__).resolve().parent.parent
TABLE = AliasTable.load()

# words of aliases (in several cases; some aliases open longer ones: "Jawa", "Jawa Barat"),
# tails and heads of bodies' names, and filler
WORDS = [
    "Jawa Barat", "Amerika Serikat", "Papua Barat", "Jakarta Timur", "Aceh Besar", "Jakarta",
    "Korea", "Utara", "korea", "KOREA", "Selatan", "Kementerian", "Luar", "Negeri",
    "kementerian", "AS", "as", "As", "PBB", "Amerika", "Serikat", "China", "Tiongkok",
    "North", "South", "Jawa", "Barat", "Timur", "Kota", "Bekasi", "Kabupaten", "Banjar",
    "KCNA", "Xinhua", "Reuters", "Antara", "antara", "Police", "Agency", "Ministry",
    "Meteorological", "National", "Disaster", "Office", "of", "for", "the", "di", "dan",
    "Budi", "Hye-rim", "Shin", "U.S.", "Union", "Workers'", "Co.", "Ltd",
    "said", "says", "saying", "told", "mengatakan", "kata", "ujar", "menurut", "added",
    "Said", "katanya", "said-", "menurutnya", "Menurutnya", "according", "to",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "  ", "\t", "\n", ", ", "-", "'s ", "’", ". ", "(", ") ", "-nya "]

texts = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=1, max_size=14
).map(lambda pairs: "".join(w + s for w, s in pairs))


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


def _real_bodies() -> list[tuple[str, str]]:
    paths = sorted((ROOT / "fixtures" / "events").glob("*/*"))
    return [(a.body, a.language) for a in read_articles(paths).articles]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_alias_finditer_finds_what_the_whole_pattern_finds(text: str) -> None:
    assert _spans(TABLE.finditer(text)) == _spans(TABLE.pattern.finditer(text))


@settings(max_examples=200, deadline=None)
@given(texts)
def test_alias_match_at_each_position_is_the_whole_pattern_match(text: str) -> None:
    for pos in range(len(text) + 1):
        mine, whole = TABLE.match(text, pos), TABLE.pattern.match(text, pos)
        assert (mine and mine.span()) == (whole and whole.span()), (text, pos)


@pytest.mark.parametrize("lang", ["id", "en"])
@settings(max_examples=200, deadline=None)
@given(text=texts)
def test_tail_names_before_their_tail_words_are_all_the_tail_matches(lang: str, text: str) -> None:
    pattern = names._headed_patterns(lang)[1]
    found = before_words(pattern, text, names._tail_words(lang), names.MAX_HEADED_WORDS)
    assert _spans(found) == _spans(pattern.finditer(text))


@settings(max_examples=200, deadline=None)
@given(texts, st.lists(st.sampled_from(["Budi", "Hye-rim", "Korea", "Shin"]), min_size=1))
def test_up_to_two_capitalised_words_before_a_key_word(text: str, words: list[str]) -> None:
    alternation = "|".join(re.escape(w) for w in sorted(set(words)))
    pattern = re.compile(
        rf"(?<![\w'’-])(?P<given>(?:[A-Z][\w'’]*[ \t]+){{0,2}})(?P<word>{alternation})(?![\w-])"
    )
    found = before_words(pattern, text, first_words(words), 2)
    assert _spans(found) == _spans(pattern.finditer(text))


def test_the_fast_paths_agree_with_the_plain_patterns_on_the_bundled_articles() -> None:
    bodies = _real_bodies()
    assert len(bodies) >= 20
    compared = 0
    for body, lang in bodies:
        assert _spans(TABLE.finditer(body)) == _spans(TABLE.pattern.finditer(body))
        tail = names._headed_patterns(lang)[1]
        found = before_words(tail, body, names._tail_words(lang), names.MAX_HEADED_WORDS)
        assert _spans(found) == _spans(tail.finditer(body))
        compared += len(_spans(tail.finditer(body)))
    assert compared > 0


def test_prefiltered_tries_only_the_given_first_words() -> None:
    pattern = re.compile(r"(?<!\w)(?:Korea Utara|Utara)")
    text = "Korea Utara dan Utara"
    assert [m.group() for m in prefiltered(pattern, frozenset({"korea"}), text)] == ["Korea Utara"]
    assert [m.group() for m in prefiltered(pattern, frozenset({"korea", "utara"}), text)] == [
        "Korea Utara",
        "Utara",
    ]


def _cue_index(lang: str, cue: str, text: str) -> tuple[re.Pattern[str], WordMatches]:
    """The cue pattern of ``lang`` and its index over ``text``."""
    pattern = getattr(cue_patterns(lang), cue)
    keys = (
        first_words(table(lang, "speech").SPEECH_VERBS)
        if cue == "speech_verb"
        else speakers._according_keys(lang)
    )
    return pattern, WordMatches(pattern, keys, text)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("cue", ["speech_verb", "according"])
@settings(max_examples=150, deadline=None)
@given(text=texts, cuts=st.lists(st.integers(min_value=0, max_value=400), min_size=2, max_size=6))
def test_cues_read_off_the_index_are_the_patterns_own(
    lang: str, cue: str, text: str, cuts: list[int]
) -> None:
    pattern, index = _cue_index(lang, cue, text)
    bounds = sorted(min(c, len(text)) for c in cuts)
    for start, end in pairwise(bounds):
        mine, plain = index.search(start, end), pattern.search(text, start, end)
        assert (mine and mine.span()) == (plain and plain.span()), (text, start, end)
        assert _spans(index.finditer(start, end)) == _spans(pattern.finditer(text, start, end))


@pytest.mark.parametrize(
    ("lang", "text", "start", "end"),
    [
        ("id", "Ia menyatakannya kemarin.", 0, 13),  # ends inside a longer word: "menyatakan"
        ("en", "He saidx so.", 0, 7),  # the stretch ends inside a longer word: "said"
        ("en", "He said so.", 4, 11),  # starts inside the verb: none
        ("en", "He called forth the spirits.", 0, 13),  # "called for" within the stretch
    ],
)
def test_a_stretch_that_cuts_a_word_matches_as_the_pattern_does(lang, text, start, end):
    pattern = cue_patterns(lang).speech_verb
    verbs = WordMatches(pattern, first_words(table(lang, "speech").SPEECH_VERBS), text)
    plain = pattern.search(text, start, end)
    mine = verbs.search(start, end)
    assert (mine and mine.span()) == (plain and plain.span())
    assert _spans(verbs.finditer(start, end)) == _spans(pattern.finditer(text, start, end))


def test_a_clitic_on_the_cue_is_found():
    text = "Menurutnya, harga naik."
    cues = WordMatches(cue_patterns("id").according, speakers._according_keys("id"), text)
    assert [m.group("cue") for m in cues.finditer(0, len(text))] == ["Menurut"]
