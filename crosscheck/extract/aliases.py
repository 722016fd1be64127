"""Alias tables: built-in per-language JSON files plus user files given with ``--aliases``.

An alias file is a JSON list of entries (see ``docs/extract.md``)::

    [{"canonical": "KCNA", "type": "agency", "aliases": ["Kantor Berita Pusat Korea"]},
     {"canonical": "Pyongyang", "type": "place", "aliases": [], "metonym_of": "North Korea"}]

Later tables override earlier ones alias by alias, so a user file can both add names
and re-point a built-in alias to another canonical name or type.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from crosscheck.errors import ConfigError
from crosscheck.types import EntityType

# countries.json is generated from CLDR (benchmarks/make_country_aliases.py); the curated
# tables load after it and win where they disagree.
BUILTIN_TABLES = (
    "countries.json",
    "id_places.json",
    "id_regencies.json",
    "id_universities.json",
    "id_companies.json",
    "id.json",
    "en.json",
)
# Built-in place tables whose every place lies in one country (the country a dateline
# "SUMEDANG -" names); an entry's own "country" key wins.
TABLE_COUNTRY = {"id_places.json": "Indonesia", "id_regencies.json": "Indonesia"}
WORD = re.compile(r"\w+")
# An alias pattern: one of the alternatives, neither inside a word nor followed by a
# hyphen and a lowercase letter (a suffix or a compound's lowercase part).
_ALIAS_PATTERN = r"(?<![\w-])(?:{})(?![\w]|-[a-z])"
ENTRY_KEYS = frozenset({"canonical", "type", "aliases", "metonym_of", "country"})
# Aliases written in capitals and at most this long are acronyms ("AS", "PBB", "KCNA")
# and match case-sensitively, so the English word "as" is never the United States.
ACRONYM_MAX_LEN = 6


@dataclasses.dataclass(frozen=True)
class AliasEntry:
    """What one alias stands for."""

    canonical: str
    type: EntityType
    metonym_of: str | None = None  # capital city standing for its government
    country: str | None = None  # the country a place lies in ("Bandung" -> "Indonesia")


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(alias) <= ACRONYM_MAX_LEN and all(c.isupper() for c in letters)


def prefiltered(
    pattern: re.Pattern[str], first_words: frozenset[str], text: str
) -> Iterator[re.Match[str]]:
    """Non-overlapping matches of ``pattern`` tried only at words in ``first_words``.

    >>> list(m.group() for m in prefiltered(re.compile("Korea Utara"), frozenset({"korea"}),
    ...                                     "di Korea Utara"))
    ['Korea Utara']
    """
    return _leftmost(text, ((start, pattern) for start, _ in _keyed_starts(text, first_words)))


def _keyed_starts(text: str, keys: frozenset[str]) -> list[tuple[int, str]]:
    """Where each word of ``text`` whose casefolded form is in ``keys`` starts, with that
    form, in text order."""
    where = word_starts(text)
    if len(where) < len(keys):
        found = [(s, w) for w, at in where.items() if w in keys for s in at]
    else:
        found = [(s, w) for w in keys if (at := where.get(w)) is not None for s in at]
    return sorted(found)


def _leftmost(text: str, tries: Iterable[tuple[int, re.Pattern[str]]]) -> Iterator[re.Match[str]]:
    """The matches of each pattern tried at its start (``tries`` in text order), without
    overlaps: what ``finditer`` finds when no match can start elsewhere."""
    end = 0
    for start, pattern in tries:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            end = match.end()
            yield match


def first_words(texts: Iterable[str]) -> frozenset[str]:
    """The casefolded first run of word characters of each text ("Hye-rim" -> "hye"):
    the key ``word_starts`` files a place where one of them may start under."""
    return frozenset(m.group().casefold() for t in texts if (m := WORD.match(t)) is not None)


def before_words(
    pattern: re.Pattern[str], text: str, keys: frozenset[str], stretches: int
) -> Iterator[re.Match[str]]:
    r"""``pattern.finditer(text)`` for a pattern whose every match opens with a capital
    (A-Z) at most ``stretches`` stretches of non-space before a word whose first run is
    in ``keys``, each stretch followed by spaces or tabs: the pattern is tried only at the
    capitals there, not at every position of the text.

    >>> agency = re.compile(r"[A-Z]\w+ Agency")
    >>> text = "the Korea Meteorological Agency said"
    >>> [m.group() for m in before_words(agency, text, frozenset({"agency"}), 2)]
    ['Meteorological Agency']
    """
    where = word_starts(text)
    candidates: set[int] = set()
    for at in (s for key in keys for s in where.get(key, ())):
        start = at
        for _ in range(stretches):
            gap = start
            while gap > 0 and text[gap - 1] in " \t":
                gap -= 1
            if gap == start:
                break
            start = gap
            while start > 0 and not text[start - 1].isspace():
                start -= 1
        candidates.update(p for p in range(start, at + 1) if "A" <= text[p] <= "Z")
    return _leftmost(text, ((start, pattern) for start in sorted(candidates)))


class WordMatches:
    r"""``pattern.search``/``pattern.finditer`` over stretches of one text, for a pattern
    whose every match opens at a word whose first run is in ``keys``: the pattern is tried
    only at such words (found once for the text), not at every position of a stretch.

    >>> said = re.compile(r"(?<![\w-])(?i:said|told)\b")
    >>> verbs = WordMatches(said, frozenset({"said", "told"}), "He said so. She told me.")
    >>> [m.group() for m in verbs.finditer(0, 24)], verbs.search(4, 11) is None
    (['said', 'told'], True)
    """

    def __init__(self, pattern: re.Pattern[str], keys: frozenset[str], text: str):
        self.pattern = pattern
        self.text = text
        self._keys = keys
        self._starts = [start for start, _ in _keyed_starts(text, keys)]

    def _candidates(self, start: int, end: int) -> list[int]:
        """Where a match in ``text[start:end]`` may open: the listed words, and the word
        that ``end`` cuts short when its cut part is a key ("menyatakannya" cut to
        "menyatakan")."""
        low = bisect.bisect_left(self._starts, start)
        found = self._starts[low : bisect.bisect_left(self._starts, end)]
        if _splits_word(self.text, end):
            opening = end - 1
            while opening > 0 and WORD.match(self.text, opening - 1, opening):
                opening -= 1
            if (
                opening >= start
                and (not found or found[-1] != opening)
                and self.text[opening:end].casefold() in self._keys
            ):
                found = [*found, opening]
        return found

    def search(self, start: int, end: int) -> re.Match[str] | None:
        """``pattern.search(text, start, end)``."""
        for at in self._candidates(start, end):
            if (match := self.pattern.match(self.text, at, end)) is not None:
                return match
        return None

    def finditer(self, start: int, end: int) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, start, end)``."""
        after = start
        for at in self._candidates(start, end):
            if at >= after and (match := self.pattern.match(self.text, at, end)) is not None:
                after = match.end()
                yield match


def _splits_word(text: str, at: int) -> bool:
    """``at`` falls between two word characters of ``text``."""
    return 0 < at < len(text) and WORD.fullmatch(text[at - 1 : at + 1]) is not None


@lru_cache(maxsize=8)
def word_starts(text: str) -> dict[str, list[int]]:
    """Where each word of ``text`` starts, by its casefolded form (an article's text is
    searched by several prefiltered patterns, so its words are read once)."""
    out: dict[str, list[int]] = {}
    for word in WORD.finditer(text):
        out.setdefault(word.group().casefold(), []).append(word.start())
    return out


def _alias_regex(alias: str, escaped: str) -> str:
    """Acronyms match exactly; one-word names need their capital ("Antara" is not
    "antara", between); longer names match in any case ("kementerian luar negeri China")."""
    if _is_acronym(alias):
        return escaped
    if " " not in alias and alias[:1].isupper():
        return f"{re.escape(alias[0])}(?i:{re.escape(alias[1:])})"
    return f"(?i:{escaped})"


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


class AliasTable:
    """A merged alias table with one compiled pattern that finds every alias in a text.

    >>> t = AliasTable.load()
    >>> t.lookup("Korut").canonical, t.lookup("Kantor Berita Pusat Korea").canonical
    ('North Korea', 'KCNA')
    """

    def __init__(self, entries: dict[str, AliasEntry]):
        self._exact = dict(entries)
        self._folded = {_fold(a): e for a, e in entries.items() if not _is_acronym(a)}
        alternatives = []
        # the aliases by their first word, longest first as in the whole pattern: where a
        # word starts, only the aliases that open with it can match, so each word's own
        # small pattern is tried there instead of the whole one (compiled when first met)
        self._by_first_word: dict[str, list[str]] = {}
        for alias in sorted(entries, key=len, reverse=True):
            body = re.escape(alias).replace(r"\ ", r"\s+")
            alternatives.append(_alias_regex(alias, body))
            if (first := WORD.match(alias)) is not None:
                self._by_first_word.setdefault(first.group().casefold(), []).append(
                    alternatives[-1]
                )
        joined = "|".join(alternatives) or r"(?!x)x"
        self.pattern = re.compile(_ALIAS_PATTERN.format(joined))
        self._word_patterns: dict[str, re.Pattern[str]] = {}
        # First words of every alias: aliases are looked for only where one starts,
        # which is several times faster than letting the pattern scan every position.
        self.first_words = frozenset(self._by_first_word)
        self._names: dict[str, list[str]] = {}
        for alias, entry in entries.items():
            self._names.setdefault(entry.canonical, []).append(alias)

    @classmethod
    def load(cls, paths: Sequence[Path | str] = ()) -> AliasTable:
        """Built-in tables, then each user file in order (later entries win)."""
        return _load_cached(tuple(str(p) for p in paths))

    def lookup(self, text: str) -> AliasEntry | None:
        """The entry for ``text`` as written, or None."""
        text = " ".join(text.split())
        return self._exact.get(text) or self._folded.get(_fold(text))

    def names_of(self, canonical: str) -> tuple[str, ...]:
        """Every alias of ``canonical`` (its canonical name included), as written."""
        return tuple(self._names.get(canonical, ()))

    def owned_body(self, body: str, country: str) -> AliasEntry | None:
        """The organisation the tables name ``body`` of ``country`` by, suffixed or
        possessive ("Kementerian Luar Negeri" + Indonesia -> "Kementerian Luar Negeri
        Indonesia"; "foreign ministry" + South Korea -> "South Korea's foreign ministry").

        >>> AliasTable.load().owned_body("foreign ministry", "South Korea").canonical
        'Foreign Ministry of South Korea'
        """
        for name in self.names_of(country):
            # ("Japanese Defense Ministry": a country's adjective before the body too)
            for form in (f"{body} {name}", f"{name}'s {body}", f"{name} {body}"):
                entry = self.lookup(form)
                if entry is not None and entry.type is EntityType.ORG:
                    return entry
        return None

    def country_of(self, place: str) -> str | None:
        """The country a dateline place names or lies in, if the tables know it.

        >>> t = AliasTable.load()
        >>> t.country_of("SEOUL"), t.country_of("MANILA, Philippines"), t.country_of("Garut")
        ('South Korea', 'Philippines', 'Indonesia')
        """
        for part in reversed(re.split(r"[,()]", place)):
            entry = self.lookup(part.strip()) if part.strip() else None
            if entry is None:
                continue
            if entry.type is EntityType.COUNTRY:
                return entry.canonical
            if entry.country or entry.metonym_of:
                return entry.country or entry.metonym_of
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every alias occurrence in ``text``, longest first at each position (the
        matches of ``pattern``, without overlaps)."""
        starts = _keyed_starts(text, self.first_words)
        return _leftmost(text, ((start, self._word_pattern(word)) for start, word in starts))

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        """The alias that starts at ``pos`` in ``text``, longest first (as
        ``pattern.match(text, pos)``)."""
        word = WORD.match(text, pos)
        if word is None:
            return self.pattern.match(text, pos)
        key = word.group().casefold()
        return self._word_pattern(key).match(text, pos) if key in self.first_words else None

    def _word_pattern(self, word: str) -> re.Pattern[str]:
        pattern = self._word_patterns.get(word)
        if pattern is None:
            joined = "|".join(self._by_first_word[word])
            pattern = self._word_patterns[word] = re.compile(_ALIAS_PATTERN.format(joined))
        return pattern

    def __len__(self) -> int:
        return len(self._exact)


@lru_cache(maxsize=16)
def _load_cached(paths: tuple[str, ...]) -> AliasTable:
    merged: dict[str, AliasEntry] = {}
    package = resources.files("crosscheck.lang") / "aliases"
    for name in BUILTIN_TABLES:
        text = (package / name).read_text(encoding="utf-8")
        source = f"crosscheck/lang/aliases/{name}"
        _merge(merged, parse_alias_file(text, source=source, country=TABLE_COUNTRY.get(name)))
    for path in paths:
        _merge(merged, read_alias_file(Path(path)))
    return AliasTable(merged)


def _merge(merged: dict[str, AliasEntry], pairs: Iterable[tuple[str, AliasEntry]]) -> None:
    for alias, entry in pairs:
        merged[alias] = entry


def read_alias_file(path: Path) -> list[tuple[str, AliasEntry]]:
    """Read and validate a user alias file; raise ``ConfigError`` naming the problem.

    >>> read_alias_file(Path("missing.json"))
    Traceback (most recent call last):
    ...
    crosscheck.errors.ConfigError: missing.json: alias file not found Fix: check the --aliases path
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(
            "alias file not found", source=str(path), fix="check the --aliases path"
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"cannot read alias file ({exc})", source=str(path), fix="save it as UTF-8 JSON"
        ) from exc
    return parse_alias_file(text, source=str(path))


def parse_alias_file(
    text: str, *, source: str, country: str | None = None
) -> list[tuple[str, AliasEntry]]:
    """Validate alias-file JSON and return (alias, entry) pairs, canonical names included.

    ``country`` is the country of every place of the file that names none itself.

    >>> parse_alias_file('[{"canonical": "KCNA", "type": "agency", "aliases": ["K"]}]',
    ...                  source="x.json")[1][0]
    'K'
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
            source=source,
            fix="fix the JSON syntax (a list of alias entries)",
        ) from exc
    if not isinstance(data, list):
        raise ConfigError(
            f"expected a JSON list of entries, got {type(data).__name__}",
            source=source,
            fix='write [{"canonical": "...", "type": "person", "aliases": ["..."]}]',
        )
    types = [t.value for t in EntityType]
    pairs: list[tuple[str, AliasEntry]] = []
    for number, item in enumerate(data, start=1):
        where = f"entry {number}"
        if not isinstance(item, dict):
            raise ConfigError(f"{where} is not an object", source=source, fix="use {...}")
        unknown = set(item) - ENTRY_KEYS
        if unknown:
            raise ConfigError(
                f"{where} has unknown key(s) {sorted(unknown)}; known: {sorted(ENTRY_KEYS)}",
                source=source,
                fix="remove or rename the key",
            )
        canonical = item.get("canonical")
        if not isinstance(canonical, str) or not canonical.strip():
            raise ConfigError(
                f'{where} needs a non-empty string "canonical"', source=source, fix="add it"
            )
        kind = item.get("type")
        if kind not in types:
            raise ConfigError(
                f"{where} ({canonical!r}) has type {kind!r}; expected one of {types}",
                source=source,
                fix="set a valid type",
            )
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list) or not all(
            isinstance(a, str) and a.strip() for a in aliases
        ):
            raise ConfigError(
                f'{where} ({canonical!r}): "aliases" must be a list of non-empty strings',
                source=source,
                fix='write "aliases": ["...", "..."]',
            )
        for key in ("metonym_of", "country"):
            value = item.get(key)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise ConfigError(
                    f'{where} ({canonical!r}): "{key}" must be a canonical name',
                    source=source,
                    fix="remove it or give the country's canonical name",
                )
        place_country = item.get("country") or (country if kind == "place" else None)
        entry = AliasEntry(
            canonical.strip(), EntityType(kind), item.get("metonym_of"), place_country
        )
        for alias in [canonical, *aliases]:
            pairs.append((" ".join(alias.split()), entry))
    return pairs
