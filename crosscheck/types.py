"""The records, enums and protocols that flow between crosscheck's stages.

The data path is a chain of frozen records::

    Article -> Extraction -> (embeddings) -> Alignment -> Finding -> Report

Every extracted item keeps its character span (``start``/``end``) in
``Article.body``, so a report can always point back to the exact words:
``article.body[item.start:item.end] == item.text`` holds for every item.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

import numpy as np

SCHEMA_EXTRACT = "crosscheck.extract/1"
SCHEMA_REPORT = "crosscheck.report/1"


def _plain(value: Any) -> Any:
    """Turn a record field into JSON-ready data (one level of recursion per call)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


class Record:
    """Mixin: ``to_dict()`` for frozen dataclasses, field order preserved."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]


# --------------------------------------------------------------------------- enums


class Granularity(str, enum.Enum):
    """How precise a normalised date is."""

    INSTANT = "instant"  # date and time of day
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"  # value is "START/END" (ISO 8601 interval)
    RELATIVE = "relative"  # could not be resolved ("pekan lalu" without anchor)


class QuoteKind(str, enum.Enum):
    """Direct, partial (a few quoted words inside a sentence) or indirect speech."""

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"


class EntityType(str, enum.Enum):
    """Coarse entity classes; enough to decide what may be compared with what."""

    PERSON = "person"
    ORG = "org"
    AGENCY = "agency"  # news agencies and outlets
    COUNTRY = "country"
    PLACE = "place"


class FindingKind(str, enum.Enum):
    """The fixed vocabulary of what ``compare`` reports."""

    AGREEMENT = "agreement"
    DATE_CONFLICT = "date_conflict"
    NUMBER_CONFLICT = "number_conflict"
    SPEAKER_CONFLICT = "speaker_conflict"
    ATTRIBUTION_CONFLICT = "attribution_conflict"
    QUOTE_DRIFT = "quote_drift"
    WEEKDAY_MISMATCH = "weekday_mismatch"


# --------------------------------------------------------------------------- article


@dataclasses.dataclass(frozen=True)
class TextSpan(Record):
    """A paragraph or sentence: its text and offsets into ``Article.body``."""

    start: int
    end: int
    text: str


@dataclasses.dataclass(frozen=True)
class Credit(Record):
    """Attribution metadata about a whole article, e.g. ``Sumber: Reuters``.

    ``label`` is the kind of credit (``source``, ``first_published``, ``author``,
    ``editor``, ``photo``), ``value`` the credited name, ``text`` the line as written.
    Credits are facts about the article, so their lines are not part of the body.
    """

    label: str
    value: str
    text: str


@dataclasses.dataclass(frozen=True)
class Article(Record):
    """One ingested article: metadata, clean body and its segmentation."""

    id: str  # stable: short hash of source + body
    source: str  # path, URL or "-" as given by the user (with "#N" for a JSONL line)
    outlet: str | None
    url: str | None
    title: str | None
    published: datetime | None  # timezone-aware when known
    language: str  # ISO 639-1: "id", "en", ... ("und" when undetermined)
    body: str
    paragraphs: tuple[TextSpan, ...]
    sentences: tuple[TextSpan, ...]
    credits: tuple[Credit, ...] = ()
    metadata: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    content_hash: str = ""  # sha256 of the body, for index de-duplication

    def span(self, start: int, end: int) -> str:
        """The body text between two offsets."""
        return self.body[start:end]


# --------------------------------------------------------------------------- extraction


@dataclasses.dataclass(frozen=True)
class ChainLink(Record):
    """One party in an attribution chain.

    ``role`` is ``origin`` (who first reported or said it) or ``relay`` (who passed
    it on: "dilansir ... dari", "via", "sebagaimana dikutip"). ``start``/``end`` are
    -1 when the link comes from article metadata (a ``Credit``) rather than the body.
    """

    name: str  # as written: "kantor berita pemerintah Korea Utara, KCNA"
    canonical: str  # "KCNA"
    role: str  # "origin" | "relay"
    start: int
    end: int


@dataclasses.dataclass(frozen=True)
class Quote(Record):
    """A direct, partial or indirect quote with speaker and attribution chain."""

    text: str  # the quoted words, without the quote marks
    start: int  # span of ``text`` in the body
    end: int
    kind: QuoteKind
    cue: str | None  # speech verb as written: "kata", "ujar", "said", "menurut"
    speaker: str | None  # as written: "Wang", "Menurutnya" -> "Choe"
    speaker_canonical: str | None  # fullest name in the article: "Wang Yi"
    speaker_role: str | None = None  # "Menteri Luar Negeri China"
    attribution: tuple[ChainLink, ...] = ()
    sentence_start: int = -1  # the sentence(s) carrying the quote and its cue
    sentence_end: int = -1


@dataclasses.dataclass(frozen=True)
class DateMention(Record):
    """A date or time expression, normalised, with the event it dates."""

    text: str
    start: int
    end: int
    value: str | None  # ISO 8601: "2024-01-26", "2024-01", "2024", "1950/1953"
    granularity: Granularity
    event: str | None  # canonical predicate: "arrive", "meet", "report", "cite", ...
    event_text: str | None = None  # the predicate as written: "tiba", "bertemu"
    tense: str | None = None  # "past" | "future" | None
    weekday: str | None = None  # weekday as written, if any
    weekday_consistent: bool | None = None  # None when no weekday was given


@dataclasses.dataclass(frozen=True)
class NumberMention(Record):
    """A number or vague amount with what it counts."""

    text: str
    start: int
    end: int
    value: float | None  # exact value when there is one
    low: float | None  # bounds for vague or qualified amounts ("puluhan" -> 20..99)
    high: float | None
    unit: str | None  # canonical counted thing: "tentara", "korban jiwa", "rupiah"
    kind: str = "cardinal"  # cardinal | ordinal | money | percent | duration | age
    qualifier: str | None = None  # "lebih dari", "sekitar", "setidaknya", "hampir"


@dataclasses.dataclass(frozen=True)
class Entity(Record):
    """A named person, organisation, agency, country or place."""

    text: str
    start: int
    end: int
    type: EntityType
    canonical: str


@dataclasses.dataclass(frozen=True)
class Claim(Record):
    """A sentence carrying at least one checkable fact, with links to those facts.

    The link fields are indices into the lists of the owning ``Extraction``.
    """

    text: str
    start: int
    end: int
    quotes: tuple[int, ...] = ()
    dates: tuple[int, ...] = ()
    numbers: tuple[int, ...] = ()
    entities: tuple[int, ...] = ()
    attribution: tuple[ChainLink, ...] = ()
    predicates: tuple[str, ...] = ()  # canonical event predicates in the sentence


@dataclasses.dataclass(frozen=True)
class Extraction(Record):
    """Everything extracted from one article."""

    article: Article
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        return {"schema": SCHEMA_EXTRACT, **data}


# --------------------------------------------------------------------------- compare


@dataclasses.dataclass(frozen=True)
class Evidence(Record):
    """One article's side of a finding: the claim sentence and the exact span."""

    article: str  # Article.id
    text: str  # the claim sentence
    start: int  # claim sentence offsets in the body
    end: int
    evidence: str  # exact substring that differs or matches: "pada Jumat (26/1)"
    evidence_start: int
    evidence_end: int
    value: Any = None  # normalised value: ISO date, number, canonical name, quote text


@dataclasses.dataclass(frozen=True)
class Finding(Record):
    """A typed agreement or discrepancy with a confidence and its evidence."""

    kind: FindingKind
    confidence: float  # in [0, 1]
    summary: str  # the one-line reason
    claims: tuple[Evidence, ...]
    detail: Mapping[str, Any] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class Skipped(Record):
    """An input that could not be read, and why: reported, never dropped silently."""

    source: str
    reason: str
    fix: str = ""


# --------------------------------------------------------------------------- protocols


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors of a fixed dimension."""

    model_id: str
    dimension: int

    def embed(self, texts: Sequence[str], *, kind: str = "query") -> np.ndarray:
        """Embed ``texts``; ``kind`` is ``"query"`` or ``"passage"`` (prefix choice)."""
        ...


@runtime_checkable
class VectorStore(Protocol):
    """A nearest-neighbour index over vectors keyed by integer ids."""

    dimension: int

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Add vectors under the given int64 ids."""
        ...

    def search(self, vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Return (scores, ids) arrays of shape (n, k); missing hits have id -1."""
        ...

    def remove(self, ids: np.ndarray) -> int:
        """Remove vectors by id; return how many were removed."""
        ...

    def __len__(self) -> int: ...


@dataclasses.dataclass(frozen=True)
class Report(Record):
    """The result of a comparison: articles, findings and skipped inputs."""

    articles: tuple[Article, ...]
    findings: tuple[Finding, ...]
    skipped: tuple[Skipped, ...] = ()
    stats: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_REPORT,
            "articles": [
                {
                    "id": a.id,
                    "source": a.source,
                    "outlet": a.outlet,
                    "title": a.title,
                    "published": a.published.isoformat() if a.published else None,
                    "language": a.language,
                }
                for a in self.articles
            ],
            "findings": [f.to_dict() for f in self.findings],
            "skipped": [s.to_dict() for s in self.skipped],
            "stats": _plain(self.stats),
        }
