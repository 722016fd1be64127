"""Attribution chains: who first reported a fact and who passed it on.

``attributions(article)`` finds the explicit cues in the body ("Dilansir X dari laman Y",
"sebagaimana dikutip Reuters", "dilaporkan oleh KCNA", "KCNA via Reuters", "citing KCNA",
"kata ..., KCNA") plus the source credits of the article ("Sumber: Sputnik-OANA").
``ChainResolver`` then decides the chain of any sentence or quote (policy in
``docs/extract.md``):

1. the links of cues inside the sentence itself;
2. else the nearest preceding cue in the same paragraph (reports keep attributing
   within a paragraph: "KCNA melaporkan, ... . Latihan ini ...");
3. else the article's lead: report cues ("dilansir", "dilaporkan oleh") in the first
   paragraph;
4. in every case the article's source credits are appended as relays (the outlet took
   the whole story from them); a chain with no origin promotes its first link.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from crosscheck.extract.aliases import AliasTable
from crosscheck.extract.names import ACRONYM, PARENTHESIS, inside_apposition
from crosscheck.lang import is_calendar_word, table
from crosscheck.types import Article, ChainLink, Entity, EntityType, Record

ORIGIN = "origin"
RELAY = "relay"
# A source name: capitalised words (dots allowed: "MalangNetwork.com"; a brand may open in
# lower case before a capital: "iNews", "detikNews"), optionally with a parenthesised short
# form: "Associated Press (AP News)".
_SOURCE_WORD = r"(?:[A-Z]|[a-z]{1,6}(?=[A-Z]))[\w&'’-]*(?:\.[\w&'’-]+)*"  # not "Antara. Ia"
SOURCE_NAME = (
    rf"{_SOURCE_WORD}(?:[ \t]+(?:{_SOURCE_WORD}|(?:of|de|del|dello|della|di)(?![\w'’-])))*"
    r"(?:\s*\([^)\n]{1,40}\))?"
)
# Kinds of attribution: "report" cues can set the article's default from its lead;
# "speech" is an agency as speaker ("kata ..., KCNA"); "credit" comes from metadata.
REPORT, SPEECH, CREDIT = "report", "speech", "credit"
APPOSITION = re.compile(rf",\s*(?P<name>{SOURCE_NAME})")
PREFIX_WINDOW = 40  # "the state news agency " before an agency's name fits in 40 characters
MAX_WORDS_BEFORE_MEDIUM = (
    4  # "told Chinese state broadcaster CCTV", "told the state news agency Antara"
)
# ... after a possessive owner: "told Indonesia's state news agency Antara" ("Indonesia's"
# is the owner; three medium words follow it)


@dataclasses.dataclass(frozen=True)
class Attribution(Record):
    """One explicit attribution cue and the chain links it gives."""

    start: int  # span of the cue phrase in the body (-1 for credits)
    end: int
    cue: str
    kind: str  # report | speech | credit
    links: tuple[ChainLink, ...]


def attributions(
    article: Article,
    *,
    entities: Sequence[Entity] = (),
    aliases: AliasTable | None = None,
) -> Iterator[Attribution]:
    """Yield the attribution cues of ``article`` in body order, then its source credits.

    >>> from crosscheck.ingest.build import make_article
    >>> a = make_article("Laporan itu, sebagaimana dikutip Reuters, menyatakan kesiapan.",
    ...                  language="id")
    >>> [(l.canonical, l.role) for at in attributions(a) for l in at.links]
    [('Reuters', 'relay')]
    """
    aliases = aliases or AliasTable.load()
    index = _EntityIndex(entities)
    found: list[Attribution] = []
    for pattern, handler in _patterns(article.language):
        for match in pattern.finditer(article.body):
            item = handler(article, match, aliases, index)
            if item is not None:
                found.append(item)
    found.extend(_after_agencies(article, index.entities, aliases))
    found.sort(key=lambda a: a.start)
    kept: list[Attribution] = []
    for item in found:  # overlapping cues: the one with the fuller chain wins
        if kept and item.start < kept[-1].end:
            if len(item.links) > len(kept[-1].links):
                kept[-1] = item
            continue
        kept.append(item)
    own = own_outlet(article, aliases)
    for item in kept:
        links = tuple(link for link in item.links if link.canonical.casefold() != own)
        if links:  # the article's own outlet is where the chain ends, not a link of it
            yield dataclasses.replace(item, links=links) if links != item.links else item
    yield from _credit_attributions(article, aliases)


# --------------------------------------------------------------------------- patterns


def _alt(words: Sequence[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


@lru_cache(maxsize=8)
def _patterns(lang: str) -> list[tuple[re.Pattern[str], object]]:
    cues = table(lang, "attribution")
    speech = table(lang, "speech")
    # up to two connecting words: "dari kantor berita Malaysia, Bernama"
    # a country's possessive may open them: "told Indonesia's state news agency Antara"
    # or a country's adjective: "a report by Indonesian state news agency Antara"
    # (within the line, and no word ending a sentence: "according to KCNA.| China's ...")
    owner = (
        r"(?:[A-Z](?:[\w.-]*[\w-])?(?:[ \t]+[A-Z](?:[\w.-]*[\w-])?)?['’]s[ \t]+"
        r"|[A-Z][a-z]+(?:an|ese|ish|ine|i)[ \t]+(?=[a-z]))?"
    )
    prefixes = rf"(?P<prefix>(?:{owner}(?i:{_alt(cues.SOURCE_PREFIXES)})\s+){{1,2}})?"
    name = rf"(?P<origin>{SOURCE_NAME})"
    anaphor_cues = getattr(cues, "AGENCY_ANAPHOR_CUES", cues.CITING)
    relay_cues = _alt((*cues.LANSIR, *cues.QUOTED_BY, *cues.REPORTED_BY, *cues.CITING))
    return [
        # "Dilansir MalangNetwork.com dari laman AP News" / "Dilansir dari AP News"
        (
            re.compile(
                rf"(?i:(?<!\w)(?P<cue>{_alt(cues.LANSIR)}))\s+"
                rf"(?:(?P<relay>{SOURCE_NAME})\s+(?i:dari|from)\s+)?{prefixes}{name}"
            ),
            _lansir,
        ),
        # "sebagaimana dikutip Reuters" (relay); "dikutip Sabtu (27/1)" is rejected later
        (
            re.compile(rf"(?i:(?<!\w)(?P<cue>{_alt(cues.QUOTED_BY)}))\s+{prefixes}{name}"),
            _quoted_by,
        ),
        # "dilaporkan oleh KCNA", "citing KCNA", "according to Xinhua", "mengutip KCNA"
        (
            re.compile(
                rf"(?i:(?<!\w)(?P<cue>{_alt((*cues.REPORTED_BY, *cues.CITING))}))\s+"
                rf"{prefixes}{name}"
            ),
            _origin_after,
        ),
        # "according to the agency", "menurut kantor berita itu": the agency last named
        (
            re.compile(
                rf"(?i:(?<!\w)(?P<cue>{_alt(anaphor_cues)}))\s+"
                rf"(?P<anaphor>(?i:{_alt(cues.AGENCY_ANAPHORS)}))(?![\w-])"
            ),
            _agency_anaphor,
        ),
        # "..., the agency said", "kantor berita itu melaporkan": the agency last named
        # reports it
        (
            re.compile(
                rf"(?<![\w-])(?P<anaphor>(?i:{_alt(cues.AGENCY_ANAPHORS)}))"
                rf"(?:\s+(?i:{_alt(cues.REPORT_ADVERBS)}))?\s+"
                rf"(?P<cue>(?i:{_alt(cues.REPORT_VERBS)}))\b"
            ),
            _agency_anaphor,
        ),
        # "told Reuters", "kepada Reuters", "told Chinese state broadcaster CCTV", "told
        # radio station DZRH": a known news agency or outlet, or a name a medium word
        # introduces (checked later)
        (
            re.compile(rf"(?i:(?<!\w)(?P<cue>{_alt(cues.TOLD_AGENCY)}))\s+"),
            _told_agency,
        ),
        # `kata kantor berita pemerintah Korea Utara, KCNA`, `tulis laporan KCNA`,
        # `kata Xi, Kantor Berita resmi China Xinhua`
        (
            re.compile(
                rf"(?i:(?<!\w)(?P<cue>{_alt(_speakers_verbs(speech))}))\s+"
                rf"(?P<phrase>[^.;\n\"“”]{{1,90}}?)(?=\s*(?:[.;\n\"“”]|,?\s+(?i:dikutip|dilansir|pada|dalam|on|in)\b"
                # (", according to KCNA", ", sebagaimana dilaporkan KCNA": a cue of its own)
                rf"|,\s+(?i:{relay_cues})(?!\w)|$))"
            ),
            _speech_phrase,
        ),
    ]


def _speakers_verbs(speech) -> tuple[str, ...]:
    """Post-quote verbs whose object is the speaker ("kata KCNA"), not the listener."""
    listeners = set(getattr(speech, "ADDRESSEE_VERBS", ()))
    return tuple(v for v in speech.POST_VERBS if v not in listeners)


def own_outlet(article: Article, aliases: AliasTable) -> str:
    """The article's own outlet, canonical and casefolded ("" when unknown)."""
    return _canonical(article.outlet, aliases)[0].casefold() if article.outlet else ""


def _canonical(name: str, aliases: AliasTable) -> tuple[str, EntityType | None]:
    name = name.strip().rstrip(".,")
    entry = aliases.lookup(name)
    if entry is None and "(" in name:
        inner = name[name.index("(") + 1 : name.rindex(")")] if ")" in name else ""
        entry = aliases.lookup(name[: name.index("(")]) or aliases.lookup(inner)
    if entry is None:
        return re.sub(r"\s*\([^)]*\)", "", name).strip() or name, None
    return entry.canonical, entry.type


def _is_source(name: str, lang: str) -> bool:
    """A source is a name, not a date: "dikutip Sabtu (27/1)" is a citation date."""
    first = name.split()[0].strip("(),.") if name.split() else ""
    return bool(first) and not is_calendar_word(first, lang)


def _link(body: str, start: int, end: int, role: str, aliases: AliasTable) -> ChainLink:
    text = body[start:end].rstrip(" .,")
    canonical, _ = _canonical(text, aliases)
    return ChainLink(text, canonical, role, start, start + len(text))


def _origin_start(match: re.Match[str], aliases: AliasTable) -> int:
    """Take prefix words into the name when together they are an alias: "Kantor Berita
    Pusat Korea" is KCNA, while "dari laman" before "AP News" is not part of the name."""
    if not match.group("prefix"):
        return match.start("origin")
    origin = match.group("origin").split("(")[0].strip()
    for word in re.finditer(r"\S+", match.group("prefix")):
        candidate = match.group("prefix")[word.start() :] + origin
        if aliases.lookup(candidate):
            return match.start("prefix") + word.start()
    return match.start("origin")


def _lansir(article: Article, match: re.Match[str], aliases: AliasTable, _known):
    body = article.body
    if not _is_source(match.group("origin"), article.language):
        return None
    origin_start, origin_end = _origin_start(match, aliases), match.end("origin")
    # "Dilansir dari kantor berita Malaysia, Bernama,": the agency in apposition
    apposition = APPOSITION.match(body, origin_end)
    _, origin_kind = _canonical(body[origin_start:origin_end], aliases)
    places = (EntityType.COUNTRY, EntityType.PLACE)
    if apposition and (
        origin_kind in places
        or _canonical(apposition.group("name"), aliases)[1] is EntityType.AGENCY
    ):
        origin_start, origin_end = apposition.start("name"), apposition.end("name")
    links = [_link(body, origin_start, origin_end, ORIGIN, aliases)]
    if match.group("relay"):
        links.append(_link(body, match.start("relay"), match.end("relay"), RELAY, aliases))
    return Attribution(match.start(), match.end(), match.group("cue"), REPORT, tuple(links))


# "China's official Xinhua News Agency": a possessive owner, words of the table's prefixes,
# then the name
_OWNED = re.compile(rf"['’]s\s+(?P<between>(?:[a-z-]+\s+){{0,3}})(?P<name>{SOURCE_NAME})")


def _owned_name(body: str, start: int, end: int, lang: str, aliases: AliasTable) -> tuple[int, int]:
    """The span of a source named after its owner ("China's official Xinhua News Agency"
    -> "Xinhua News Agency"); the span as given otherwise."""
    text = body[start:end]
    owner = re.match(r"(.+?)['’]s$", text.strip())
    if owner is None:
        return start, end
    entry = aliases.lookup(owner.group(1))
    if entry is None or entry.type not in (EntityType.COUNTRY, EntityType.PLACE):
        return start, end
    match = _OWNED.match(body, start + len(owner.group(1)))
    prefixes = {p.casefold() for p in table(lang, "attribution").SOURCE_PREFIXES}
    if match is None or (
        match.group("between").strip()
        and not all(w in prefixes for w in match.group("between").split())
    ):
        return start, end
    return match.start("name"), match.end("name")


def _quoted_by(article: Article, match: re.Match[str], aliases: AliasTable, _known):
    if not _is_source(match.group("origin"), article.language):
        return None
    start, end = _owned_name(
        article.body, _origin_start(match, aliases), match.end("origin"), article.language, aliases
    )
    link = _link(article.body, start, end, RELAY, aliases)
    # "seperti dikutip Reuters dari KCNA": Reuters relays what KCNA reported
    source = _from_source(article.language).match(article.body, match.end())
    if source is not None and _is_source(source.group("name"), article.language):
        origin = _link(article.body, source.start("name"), source.end("name"), ORIGIN, aliases)
        return Attribution(match.start(), source.end(), match.group("cue"), REPORT, (origin, link))
    return Attribution(match.start(), match.end(), match.group("cue"), REPORT, (link,))


@lru_cache(maxsize=8)
def _from_source(lang: str) -> re.Pattern[str]:
    cues = table(lang, "attribution")
    return re.compile(
        rf"\s+(?i:{_alt(cues.FROM_WORDS)})\s+(?:(?i:{_alt(cues.SOURCE_PREFIXES)})\s+)?"
        rf"(?P<name>{SOURCE_NAME})"
    )


def _origin_after(article: Article, match: re.Match[str], aliases: AliasTable, known):
    if not _is_source(match.group("origin"), article.language):
        return None
    _, kind = _canonical(match.group("origin"), aliases)
    cue = match.group("cue").casefold()
    body, end = article.body, match.end("origin")
    if any(e.type is EntityType.PERSON for e in known.inside(match.start("origin"), end)):
        return None  # "mengutip Kim": a person is a speaker, never a link
    clause_end = min((i for i in (body.find(",", end), body.find(".", end)) if i >= 0), default=end)
    if re.match(r"\s+[a-z]", body[end:]) and any(
        e.type is EntityType.PERSON for e in known.inside(end, clause_end)
    ):
        return None  # "citing Rote Ndao fisheries agency head Yohanes Bria": a person
    # "according to Wang" is indirect speech of a person, not a report chain; "according to
    # state broadcaster KRT" names a medium
    prefix = " ".join((match.group("prefix") or "").split()).casefold()
    medium = bool(prefix) and prefix.endswith(medium_words(article.language))
    origin = " ".join(PARENTHESIS.sub("", match.group("origin")).split()).casefold()
    # "according to a report by the Lao News Agency (KPL)": the name says what it is
    medium = medium or origin.endswith(tuple(f" {w}" for w in medium_words(article.language)))
    known_kind = kind in (EntityType.AGENCY, EntityType.ORG)
    if not known_kind and not medium and cue.startswith(("according", "menurut")):
        return None
    if kind in (EntityType.COUNTRY, EntityType.PLACE):
        return None  # "menurut kantor berita Korea Utara, KCNA": the agency's country
    place = known.starting_at(match.start("origin"))
    if kind is None and (
        (place is not None and place.type in (EntityType.COUNTRY, EntityType.PLACE))
        or (not medium and re.fullmatch(r"(?:\s+[a-z][\w-]*)+\s*", body[end:clause_end]))
    ):
        # "citing the Oita prefectural government": a place's body, no medium; "citing
        # Japan's Defense Ministry", "kantor berita Rusia TASS": a name that a country opens
        # is read by the cues that know its parts
        return None
    if cue == "menurut" and kind is not EntityType.AGENCY and not medium:
        return None  # "Menurut JCS, ...": a body speaking, no link (only "menurut Xinhua")
    return _origin_report(article, match, aliases, known)


def _agency_anaphor(article: Article, match: re.Match[str], aliases: AliasTable, known):
    """ "..., according to the agency", "..., the agency said": the news agency named
    last before the cue, not one that only relayed it ("KCNA via Xinhua. Kantor berita
    itu menambahkan": KCNA), and none when a body named after it is the agency the phrase
    means ("Indonesia's National Disaster Management Agency said ... the agency said")."""
    body = article.body
    via = _via_before(article.language)
    before = [
        e
        for e in known.entities
        if e.type is EntityType.AGENCY
        and e.end <= match.start()
        and not via.search(body, max(0, e.start - VIA_WINDOW), e.start)
    ]
    if not before:
        return None
    agency = before[-1]
    if len(before) > 1:
        gap = body[before[-2].end : agency.start]
        if inside_apposition(gap, article.language):
            # "The Global Times, a tabloid published by the People's Daily, said ... the
            # newspaper wrote": an agency inside another's apposition only describes it
            agency = before[-2]
    head = match.group("anaphor").split()[-1].casefold()
    if any(
        e.type is EntityType.ORG and head in e.text.casefold().split()
        for e in known.inside(agency.end, match.start())
    ):
        return None
    start, end = match.start("anaphor"), match.end("anaphor")
    link = ChainLink(article.body[start:end], agency.canonical, ORIGIN, start, end)
    return Attribution(match.start(), end, match.group("cue"), REPORT, (link,))


VIA_WINDOW = 8  # "via |Xinhua": the relay cue right before an agency's name


@lru_cache(maxsize=8)
def _via_before(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?i:(?<![\w-])(?:{_alt(table(lang, 'attribution').VIA)}))\s+$")


def _told_agency(article: Article, match: re.Match[str], aliases: AliasTable, _known):
    """The listener after "told" / "kepada" when it is a medium: a known agency or
    outlet, or a name a medium word introduces; a few words may come first ("told
    Chinese state broadcaster CCTV", "told radio station DZRH")."""
    body = article.body
    media = medium_words(article.language)
    window = re.match(r"[^.,;:!?\n\"“”]*", body[match.end() : match.end() + 80]).group()
    words = list(re.finditer(r"[\w'’-]+", window))
    between: list[str] = []
    owner = 0
    owned_until = -1
    for index, word in enumerate(words):
        if index > MAX_WORDS_BEFORE_MEDIUM + owner:
            break
        at = match.end() + word.start()
        if at < owned_until:
            continue  # the owner's other words
        name = _NAME.match(body, at)
        possessive = re.match(r"(.+?)['’]s\b\s*", name.group()) if name is not None else None
        if (
            possessive is not None
            and not between
            and _canonical(possessive.group(1), aliases)[1] is EntityType.COUNTRY
        ):
            # "told Indonesia's state news agency Antara", "told South Korea's Yonhap":
            # the owner, then the medium
            owner = len(possessive.group(1).split())
            owned_until = at + possessive.end()
            name = _NAME.match(body, owned_until)
            if name is None:
                continue
            at = name.start()
        if name is not None:
            _, kind = _canonical(name.group(), aliases)
            # "radio station DZRH": the words right before the name say it is a medium
            medium = " ".join(between).casefold().endswith(media)
            # "told DZRH radio", "told the Kompas daily": or a medium word right after it
            after = _medium_after(article.language).match(body, name.end())
            if after is not None and re.match(r"\s+[A-Z]", body[after.end() :]):
                # "told Chinese-language daily Lianhe Zaobao": the name comes after the
                # medium word; this one only describes it
                between.append(word.group())
                continue
            medium = medium or after is not None
            if kind is EntityType.AGENCY or (medium and kind is None):
                link = _link(body, at, name.end(), ORIGIN, aliases)
                return Attribution(match.start(), name.end(), match.group("cue"), REPORT, (link,))
            if kind is not EntityType.COUNTRY:
                return None  # "told Kim", "kepada Wang": a person listens
        between.append(word.group())
    return None  # "told reporters": no report


_NAME = re.compile(SOURCE_NAME)


@lru_cache(maxsize=8)
def _medium_after(lang: str) -> re.Pattern[str]:
    """A medium word right after a name ("DZRH radio", "the Kompas daily")."""
    words = "|".join(re.escape(w) for w in medium_words(lang)) or "(?!x)x"
    return re.compile(rf"\s+(?i:{words})\b")


@lru_cache(maxsize=8)
def medium_words(lang: str) -> tuple[str, ...]:
    """Words that say the next name is a medium: "radio station", "broadcaster"."""
    return tuple(w.casefold() for w in getattr(table(lang, "attribution"), "MEDIUM_WORDS", ()))


def _origin_report(
    article: Article, match: re.Match[str], aliases: AliasTable, known: _EntityIndex
) -> Attribution:
    """A report whose one link is the matched name, as origin; a known body that starts
    there and runs on past a comma is the name ("mengutip Kementerian Perdagangan,
    Perindustrian dan Energi Korea Selatan")."""
    start = _origin_start(match, aliases)
    end = match.end("origin")
    longer = known.starting_at(match.start("origin"))
    bodies = (EntityType.ORG, EntityType.AGENCY)
    if longer is not None and longer.end > end and longer.type in bodies:
        link = ChainLink(longer.text, longer.canonical, ORIGIN, longer.start, longer.end)
        return Attribution(match.start(), longer.end, match.group("cue"), REPORT, (link,))
    link = _link(article.body, start, end, ORIGIN, aliases)
    return Attribution(match.start(), match.end(), match.group("cue"), REPORT, (link,))


@lru_cache(maxsize=8)
def _after_agency_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cues = table(lang, "attribution")
    return (
        re.compile(rf"\s+(?P<cue>{_alt(cues.VIA)})\s+(?P<origin>{SOURCE_NAME})"),
        # "Yonhap news agency reported", "KCNA melaporkan"
        # ("KCNA juga melaporkan", "Xinhua also reported": an adverb between; "Korean
        # Central News Agency (KCNA) said": its acronym in brackets)
        re.compile(
            rf"(?:\s*\({ACRONYM}\))?(?:\s+(?i:{_alt(cues.AGENCY_SUFFIXES)}))?,?\s+"
            rf"(?:(?i:{_alt(cues.REPORT_ADVERBS)})\s+)?"
            rf"(?P<cue>(?i:{_alt(cues.REPORT_VERBS)}))\b"
        ),
        re.compile(rf"(?i:(?:{_alt(cues.SOURCE_PREFIXES)}))\s+$"),
    )


def _after_agencies(
    article: Article, known: Sequence[Entity], aliases: AliasTable
) -> Iterator[Attribution]:
    """Cues that follow an agency's name: "KCNA via Reuters" (origin KCNA, relay Reuters)
    and "Kantor berita KCNA melaporkan" / "KCNA reported" (origin KCNA)."""
    body = article.body
    via, report, prefix = _after_agency_patterns(article.language)
    agencies = [e for e in known if e.type is EntityType.AGENCY]
    for index, entity in enumerate(agencies):
        match = via.match(body, entity.end)
        if match:
            links = (
                ChainLink(entity.text, entity.canonical, ORIGIN, entity.start, entity.end),
                _link(body, match.start("origin"), match.end("origin"), RELAY, aliases),
            )
            yield Attribution(entity.start, match.end(), match.group("cue"), REPORT, links)
            continue
        match = report.match(body, entity.end)
        if match:
            if match.group().lstrip(")").lstrip().startswith(",") and index > 0:
                gap = body[agencies[index - 1].end : entity.start]
                if inside_apposition(gap, article.language):
                    # "The Global Times, a tabloid published by the People's Daily, said":
                    # the agency the apposition describes reports, not the one inside it
                    entity = agencies[index - 1]
            lead = prefix.search(body, max(0, entity.start - PREFIX_WINDOW), entity.start)
            start = lead.start() if lead else entity.start
            link = ChainLink(body[start : entity.end], entity.canonical, ORIGIN, start, entity.end)
            yield Attribution(start, match.end(), match.group("cue"), REPORT, (link,))


class _EntityIndex:
    """Entities sorted by start, with a fast 'which lie inside this span' look-up."""

    def __init__(self, entities: Sequence[Entity]):
        self.entities = sorted(entities, key=lambda e: e.start)
        self.starts = [e.start for e in self.entities]

    def starting_at(self, position: int) -> Entity | None:
        """The longest entity that starts at ``position``."""
        i = bisect.bisect_left(self.starts, position)
        found = None
        while i < len(self.entities) and self.entities[i].start == position:
            if found is None or self.entities[i].end > found.end:
                found = self.entities[i]
            i += 1
        return found

    def inside(self, start: int, end: int) -> list[Entity]:
        out = []
        for entity in self.entities[bisect.bisect_left(self.starts, start) :]:
            if entity.start >= end:
                break
            if entity.end <= end:
                out.append(entity)
        return out


def _speech_phrase(article: Article, match: re.Match[str], aliases: AliasTable, known):
    start, end = match.start("phrase"), match.end("phrase")
    inside = known.inside(start, end)
    agencies = [e for e in inside if e.type is EntityType.AGENCY]
    if not agencies:
        return None
    agency = agencies[-1]
    name_start = start
    # "kata Xi, Kantor Berita resmi China Xinhua": Xi speaks, the agency's appositive is
    # the origin; "kata kantor berita pemerintah Korea Utara, KCNA": the agency speaks.
    if any(e.type is EntityType.PERSON and e.end <= agency.start for e in inside):
        comma = article.body.rfind(",", start, agency.start)
        if comma >= 0:
            name_start = comma + 1
    while article.body[name_start].isspace():
        name_start += 1
    link = ChainLink(
        article.body[name_start : agency.end], agency.canonical, ORIGIN, name_start, agency.end
    )
    return Attribution(match.start(), agency.end, match.group("cue"), SPEECH, (link,))


def _credit_attributions(article: Article, aliases: AliasTable) -> Iterator[Attribution]:
    labels = table(article.language, "attribution").SOURCE_CREDIT_LABELS
    for credit in article.credits:
        if credit.label not in labels or not credit.value.strip():
            continue
        canonical, _ = _canonical(credit.value, aliases)
        link = ChainLink(credit.value.strip(), canonical, ORIGIN, -1, -1)
        yield Attribution(-1, -1, credit.text, CREDIT, (link,))


# --------------------------------------------------------------------------- resolver


class ChainResolver:
    """Decides the attribution chain of a span (sentence, quote) by the policy above.

    >>> from crosscheck.ingest.build import make_article
    >>> a = make_article("Dilansir dari AP News, Kim tiba. Ia tersenyum.", language="id")
    >>> r = ChainResolver(a, list(attributions(a)))
    >>> [l.canonical for l in r.chain(a.sentences[1].start, a.sentences[1].end)]
    ['AP']
    """

    def __init__(
        self,
        article: Article,
        found: Sequence[Attribution],
        *,
        aliases: AliasTable | None = None,
    ):
        self.aliases = aliases or AliasTable.load()
        # the article's own outlet ends every chain and is no link of it
        self.own_outlet = own_outlet(article, self.aliases)
        self.body_cues = [a for a in found if a.kind != CREDIT]
        self.starts = [a.start for a in self.body_cues]
        self.credits = [link for a in found if a.kind == CREDIT for link in a.links]
        self.paragraphs = [(p.start, p.end) for p in article.paragraphs]
        self.paragraph_starts = [p.start for p in article.paragraphs]
        lead_end = self.paragraphs[0][1] if self.paragraphs else 0
        self.lead = [
            link
            for a in self.body_cues
            if a.kind == REPORT and a.end <= lead_end
            for link in a.links
        ]

    def cues_in(self, start: int, end: int) -> list[Attribution]:
        """The body cues that start inside ``[start, end)``."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.body_cues[lo:hi]

    def local(self, start: int, end: int) -> list[ChainLink]:
        """Links of the cues inside ``[start, end)``."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [link for a in self.body_cues[lo:hi] for link in a.links]

    def carried(self, start: int) -> list[ChainLink]:
        """Links of the nearest cue before ``start`` in the same paragraph."""
        index = bisect.bisect_right(self.paragraph_starts, start) - 1
        if index < 0:
            return []
        paragraph_start = self.paragraph_starts[index]
        i = bisect.bisect_left(self.starts, start) - 1
        if i >= 0 and self.body_cues[i].start >= paragraph_start:
            return list(self.body_cues[i].links)
        return []

    def explicit(
        self, start: int, end: int, *, own: Sequence[ChainLink] = ()
    ) -> tuple[ChainLink, ...]:
        """Only what is written in ``[start, end)``: the chain a quote carries; the
        speaker's own link first ("Kementerian Unifikasi, seperti dilansir Yonhap,
        menyatakan": the ministry, then Yonhap)."""
        local = self.local(start, end)
        if any(link.role == ORIGIN for link in own):
            # the speaker is the origin; a medium named beside it passed the words on
            local = [
                link if link.role != ORIGIN else dataclasses.replace(link, role=RELAY)
                for link in local
            ]
        return merge_links([*own, *local])

    def chain(
        self, start: int, end: int, *, own: Sequence[ChainLink] = ()
    ) -> tuple[ChainLink, ...]:
        """The chain for the span ``[start, end)``; ``own`` links come first (a quote's)."""
        links = [*self.local(start, end), *own] or self.carried(start) or list(self.lead)
        return merge_links([*links, *(dataclasses.replace(c, role=RELAY) for c in self.credits)])


def merge_links(links: Sequence[ChainLink]) -> tuple[ChainLink, ...]:
    """Origins first, then relays, one link per canonical name; promote a lone relay.

    >>> merge_links([ChainLink("Reuters", "Reuters", "relay", 0, 7)])[0].role
    'origin'
    """
    seen: set[str] = set()
    origins, relays = [], []
    for link in links:
        if link.canonical.casefold() in seen:
            continue
        seen.add(link.canonical.casefold())
        (origins if link.role == ORIGIN else relays).append(link)
    if not origins and relays:
        origins.append(dataclasses.replace(relays.pop(0), role=ORIGIN))
    return tuple(origins + relays)
