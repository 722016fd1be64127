"""Attribution: who each article credits as the origin of a report it shares with another.

Two articles that tell the same claims but credit different origins (KCNA vs AP News)
disagree on attribution. An origin passed on by a relay ("KCNA via Reuters") agrees
with the origin alone; the relay is noted.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from crosscheck.compare.align import Pair
from crosscheck.compare.evidence import clamp, evidence, metadata_evidence
from crosscheck.compare.findings import (
    CONF_ATTRIBUTION_ARTICLE,
    CONF_ATTRIBUTION_CLAIM,
    PairResult,
    pair_factor,
)
from crosscheck.compare.units import Unit, same_name
from crosscheck.extract.aliases import AliasTable
from crosscheck.types import (
    ChainLink,
    EntityType,
    Evidence,
    Extraction,
    Finding,
    FindingKind,
    QuoteKind,
)

# Two articles tell "the same report" when an aligned pair between them shares a typed
# fact (a date, number or quote, agreeing or not) or this much rarity-weighted wording.
# Without it, articles on different events about the same countries would have their
# sources compared (seen on the five seeds before this rule: 3 false conflicts).
SAME_REPORT_LEXICAL = 0.50

# An acronym names one body: "PVMBG", "BNPB", "KCNA".
ACRONYM_NAME = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")

# How much of the shared claim an article-wide attribution conflict quotes in its reason.
SHARED_CLAIM_CHARS = 90

# Credit labels that name where a report came from (not author, editor or photo).
SOURCE_CREDIT_LABELS: frozenset[str] = frozenset({"source"})


@dataclasses.dataclass(frozen=True)
class Origin:
    """An origin an article credits, with the relays that passed it on."""

    name: str  # canonical
    relays: tuple[str, ...]
    link: ChainLink | None  # where the body says so
    credit_text: str | None = None  # or the credit line that says so


def _people(ext: Extraction) -> set[str]:
    """Canonical names of the people in an article, speakers included."""
    agencies = {e.canonical for e in ext.entities if e.type is EntityType.AGENCY}
    names = {e.canonical for e in ext.entities if e.type is EntityType.PERSON}
    for quote in ext.quotes:
        speaker = quote.speaker_canonical
        if speaker and not any(same_name(speaker, a) for a in agencies):
            names.add(speaker)  # "kata KCNA": an agency speaking is still a source
    return names


def _chain_origins(ext: Extraction, chain: Sequence[ChainLink]) -> list[Origin]:
    """Origins of a chain that are sources, not people: who said a quote is compared by
    the speaker rule, so a changed speaker is one finding, not two."""
    people = _people(ext)
    sources = [link for link in chain if not any(same_name(link.canonical, p) for p in people)]
    relays = tuple(link.canonical for link in sources if link.role == "relay")
    return [Origin(link.canonical, relays, link) for link in sources if link.role == "origin"]


def claim_origins(ext: Extraction, unit: Unit, aliases: AliasTable) -> list[Origin]:
    """Origins credited in the words of one unit (its claim's chain, or its quote's).

    Links that come from the article's metadata (offsets -1) are article-wide credits,
    not something the sentence says: they are compared once per article pair.
    """
    chain: Sequence[ChainLink] = ()
    if unit.claim is not None:
        chain = ext.claims[unit.claim].attribution
    elif unit.quote is not None:
        chain = ext.quotes[unit.quote].attribution
    found = [o for o in _chain_origins(ext, chain) if o.link is not None and o.link.start >= 0]
    if unit.claim is not None:
        bodies = _speaking_bodies(ext, ext.claims[unit.claim].quotes, aliases)
        if bodies:
            # "menurut Kepala Staf Gabungan (JCS) ... sebagaimana dikutip kantor berita
            # Yonhap": the body is the origin, the media that carried it relays
            relays = tuple(
                link.canonical
                for link in chain
                if not any(same_name(link.canonical, body.name) for body in bodies)
            )
            found = [dataclasses.replace(body, relays=relays) for body in bodies]
    return found


def _speaking_bodies(ext: Extraction, quotes: Sequence[int], aliases: AliasTable) -> list[Origin]:
    """Bodies a claim's reported speech is credited to ("..., the volcanology agency
    (PVMBG) said"): no chain link (a body speaking directly is a speaker), yet the source
    of the claim. Reported speech is compared by no speaker rule (only quoted words are
    aligned as quotes), so a body here is compared as an origin; people are not (a
    claim told by the minister in one article and his spokesman in another is the same
    report)."""
    candidates = [
        quote
        for quote in (ext.quotes[index] for index in quotes)
        if quote.kind is QuoteKind.INDIRECT
        and quote.speaker_canonical
        and _known_body(quote.speaker_canonical, aliases)
    ]
    if not candidates:
        return []  # most claims: no reported speech of a named body (no entity scan)
    others = [
        e.canonical
        for e in ext.entities
        if e.type in (EntityType.PERSON, EntityType.COUNTRY, EntityType.PLACE)
    ]
    found: list[Origin] = []
    for quote in candidates:
        name = quote.speaker_canonical or ""
        if any(same_name(name, other) for other in others):
            continue  # a person is a speaker; "North Korea said" is the state, not a source
        link = ChainLink(
            quote.speaker or name, name, "origin", quote.sentence_start, quote.sentence_end
        )
        found.append(Origin(name, (), link))
    return found


def article_origins(ext: Extraction) -> list[Origin]:
    """Every origin the article credits: body chains first, then source credit lines.

    >>> from crosscheck.ingest.build import make_article
    >>> article_origins(Extraction(article=make_article("Teks.", language="id")))
    []
    """
    found: list[Origin] = []
    for claim in ext.claims:
        found.extend(_chain_origins(ext, claim.attribution))
    for quote in ext.quotes:
        found.extend(_chain_origins(ext, quote.attribution))
    for credit in ext.article.credits:
        if credit.label in SOURCE_CREDIT_LABELS and credit.value:
            found.append(Origin(credit.value, (), None, credit.text))
    unique: dict[str, Origin] = {}
    for origin in found:
        key = origin.name.casefold()
        if key not in unique or (origin.relays and not unique[key].relays):
            unique[key] = origin
    return list(unique.values())


def _known_body(name: str, aliases: AliasTable) -> bool:
    """A body named so that two different names are two bodies: an alias-table entry
    (one name across spellings and languages) or an acronym ("PVMBG", "BNPB"). A body
    named only as written ("Indonesia's Meteorology, Climatology and Geophysical
    Agency" beside "BMKG") may be the same body under another name. ``aliases`` are the
    tables the articles were extracted with, the user's files included."""
    entry = aliases.lookup(name)
    if entry is not None:
        return entry.type in (EntityType.ORG, EntityType.AGENCY)
    return ACRONYM_NAME.fullmatch(name) is not None


def _side(ext: Extraction, origin: Origin) -> Evidence:
    link = origin.link
    if link is not None and link.start >= 0:
        return evidence(ext, link.start, link.end, origin.name)
    return metadata_evidence(ext, origin.credit_text or origin.name, origin.name)


def _match(a: list[Origin], b: list[Origin]) -> tuple[Origin, Origin] | None:
    for oa in a:
        for ob in b:
            if same_name(oa.name, ob.name):
                return oa, ob
    return None


def _decide(
    ea: Extraction, oa: list[Origin], eb: Extraction, ob: list[Origin], base: float, detail: dict
) -> Finding:
    matched = _match(oa, ob)
    if matched is not None:
        first, second = matched
        relays = sorted({*first.relays, *second.relays})
        relay_note = f" (relayed via {', '.join(relays)})" if relays else ""
        return Finding(
            FindingKind.AGREEMENT,
            clamp(base),
            f"both credit {first.name}{relay_note}",
            (_side(ea, first), _side(eb, second)),
            {**detail, "fact": "attribution", "relays": relays},
        )
    names_a = ", ".join(o.name for o in oa)
    names_b = ", ".join(o.name for o in ob)
    return Finding(
        FindingKind.ATTRIBUTION_CONFLICT,
        clamp(base),
        f"the same report is credited to {names_a} and to {names_b}",
        (_side(ea, oa[0]), _side(eb, ob[0])),
        {**detail, "origins": [names_a, names_b]},
    )


def _same_report(pair: Pair, results: Mapping[tuple[int, int], PairResult]) -> bool:
    result = results.get((pair.a, pair.b))
    typed = result is not None and bool(result.findings or result.agreed)
    return typed or pair.lexical >= SAME_REPORT_LEXICAL


def attribution_findings(
    extractions: Sequence[Extraction],
    units: Sequence[Unit],
    pairs: Sequence[Pair],
    results: Mapping[tuple[int, int], PairResult],
    *,
    aliases: AliasTable | None = None,
) -> list[Finding]:
    """Compare credited origins, per aligned pair when both sentences credit one,
    else once per article pair that shares the same report (see ``SAME_REPORT_LEXICAL``).
    ``aliases``: the tables the articles were extracted with (built-in ones by default)."""
    aliases = aliases or AliasTable.load()
    out: list[Finding] = []
    shared: dict[tuple[int, int], list[Pair]] = {}
    decided: set[tuple[int, int]] = set()
    for pair in pairs:
        ua, ub = units[pair.a], units[pair.b]
        ea, eb = extractions[ua.article], extractions[ub.article]
        key = (ua.article, ub.article) if ua.article < ub.article else (ub.article, ua.article)
        if not _same_report(pair, results):
            continue
        shared.setdefault(key, []).append(pair)
        oa, ob = claim_origins(ea, ua, aliases), claim_origins(eb, ub, aliases)
        if oa and ob:
            base = CONF_ATTRIBUTION_CLAIM * pair_factor(pair)
            out.append(_decide(ea, oa, eb, ob, base, {"scope": "claim", "alignment": pair.score}))
            decided.add(key)
    for (i, j), article_pairs in sorted(shared.items()):
        if (i, j) in decided:
            continue
        oa, ob = article_origins(extractions[i]), article_origins(extractions[j])
        if not oa or not ob:
            continue
        top = max(article_pairs, key=lambda p: p.score)
        best = top.score
        base = CONF_ATTRIBUTION_ARTICLE * (0.75 + 0.25 * best)
        shared_claim = _shared_claim(units, top, i)
        detail = {
            "scope": "article",
            "aligned_pairs": len(article_pairs),
            "alignment": best,
            "shared_claim": shared_claim,
        }
        finding = _decide(extractions[i], oa, extractions[j], ob, base, detail)
        if finding.kind is FindingKind.ATTRIBUTION_CONFLICT:
            # the credits are article-wide, so their sentences need not be the shared
            # claim: say which claim the two articles share
            short = (
                shared_claim
                if len(shared_claim) <= SHARED_CLAIM_CHARS
                else (shared_claim[: SHARED_CLAIM_CHARS - 1].rstrip() + "…")
            )
            finding = dataclasses.replace(finding, summary=f"{finding.summary}; both tell: {short}")
        out.append(finding)
    return out


def _shared_claim(units: Sequence[Unit], pair: Pair, article: int) -> str:
    """The text of the best aligned pair's unit in ``article`` (the first of the pair)."""
    unit = units[pair.a] if units[pair.a].article == article else units[pair.b]
    return " ".join(unit.text.split())
