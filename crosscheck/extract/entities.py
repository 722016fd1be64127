"""Named people, organisations, agencies, countries and places, with in-article coreference.

No named-entity model loads offline here, so this is alias tables plus rules:

1. every alias of the tables (``crosscheck/lang/aliases/*.json`` and user files);
2. unknown people introduced by a title ("Wakil Menteri Luar Negeri China Sun Weidong",
   "Menteri Luar Negeri Korut, Choe Son Hui,");
3. surnames and given names of people named in full elsewhere in the article
   ("Wang" -> "Wang Yi", "Kim" -> "Kim Jong Un");
4. a title with a country but no name ("Wakil Menteri Luar Negeri China") when exactly
   one person in the article holds that role.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from crosscheck.extract.aliases import (
    WORD,
    AliasTable,
    before_words,
    first_words,
    prefiltered,
    word_starts,
)
from crosscheck.extract.attribution import medium_words
from crosscheck.extract.names import (
    ACRONYM,
    BARE_ACRONYM,
    NAME_PARTICLE,
    WORD_BEFORE,
    headed_names,
    inner_place_words,
    lay_roles,
    longest_first,
    speaker_words,
    with_headed_names,
)
from crosscheck.extract.quote_marks import is_nickname
from crosscheck.extract.spans import SpanSet
from crosscheck.extract.speech_cues import ABBREVIATED_CHAR, MAX_BELONGS_CHARS
from crosscheck.ingest.outlets import outlet_home
from crosscheck.lang import table
from crosscheck.types import Article, Entity, EntityType

# (a given name written short keeps its dot: "Moh. Rizal Lamasigi"; SHORT_GIVEN_NAMES)
_SHORT_GIVEN = "|".join(
    re.escape(n)
    for lang in ("en", "id")
    for n in getattr(table(lang, "titles"), "SHORT_GIVEN_NAMES", ())
)
NAME_TOKEN = rf"(?:(?:{_SHORT_GIVEN or '(?!x)x'})|[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)?)"
# capitalised words between a title and the name: "Kemlu RI", "Kadin Bidang Hubungan Internasional"
MAX_TITLE_GAP = 5
MAX_COMPLEMENT_WORDS = 7  # "Menteri Desa dan Pembangunan Daerah Tertinggal" has five
# a complement of names only may run longer: "Direktur Asia Timur dan Pasifik Kementerian
# Luar Negeri RI" has eight words
MAX_NAMED_COMPLEMENT_WORDS = 10
MAX_TITLE_BEFORE_RANK = 3  # "Ketua panel, Hakim Konstitusi ...": a short role before a long rank
GIVEN_NAME_WINDOW = 30  # a given name right before a title that is also a name word
# "Name, regional director of ...,", "Name, economic and commercial counselor at ...,": the
# title within this many words of the apposition
APPOSED_TITLE_WORDS = 4
MAX_NAME_TOKENS = 4  # "Kim Jong Un", "Choe Son Hui" have three; four leaves slack
# a Balinese name's birth-order or caste words come on top ("I Gusti Ayu Ratna Kesumadewi")
MAX_ORDER_PREFIX_TOKENS = 2
# "Camat Lunyuk Syamsul Bahri": a territory and a name of two words at least
MIN_TERRITORY_AND_NAME_WORDS = 3
MIN_KEY_LEN = 2  # "Xi" is a surname; one letter never is
# Capitalised words before a word used alone as a speaker that may complete its full name
# ("Yakobus| Lolaro"; "Muhammad Faizal| Rahman")
MAX_GIVEN_WORDS = 2
# A person's apposition in commas that may name another person ("Kim Yo Jong, adik
# perempuan pemimpin Korea Utara (Korut) Kim Jong Un,"): characters from the first name
# to the second.
MAX_APPOSITION_CHARS = 90
# How far back a locative word may stand before a capital: "tiba di Pyongyang".
LOCATIVE_WINDOW = 16
# A line with more than this share of capitalised words (and at least this many words) is
# a headline; the seeds' body sentences stay below 0.45, their headlines above 0.8.
TITLE_CASE_SHARE = 0.6
# A dateline is a city among the first words of a line, followed by "(", "," or a dash:
# "Seoul (KABARIN) -", "TEMPO.CO, Jakarta –".
DATELINE_LEAD_WORDS = 2
DATELINE_AFTER = re.compile(r"\s*(?:\(|,|[-–—]\s)")
TITLE_CASE_MIN_WORDS = 4


@dataclasses.dataclass(frozen=True)
class TitleMention:
    """A title phrase, with the person it names (if written) and the role key."""

    start: int  # start of the title
    end: int  # end of the title phrase (before the name)
    role: str  # as written, short forms expanded: "Menteri Luar Negeri China"
    key: str  # normalised role: "menteri luar negeri|China"
    name_start: int = -1
    name_end: int = -1
    name: str | None = None
    kind: EntityType = EntityType.PERSON  # a resident's place: "warga Kiaracondong"


def as_table(aliases: AliasTable | Sequence[Path | str]) -> AliasTable:
    """An ``AliasTable`` from a table or a sequence of user alias-file paths."""
    return aliases if isinstance(aliases, AliasTable) else AliasTable.load(tuple(aliases))


def entities(
    article: Article, *, aliases: AliasTable | Sequence[Path | str] = ()
) -> Iterator[Entity]:
    """Yield the named entities of ``article`` in text order.

    >>> from crosscheck.ingest.build import make_article
    >>> a = make_article("Menteri Luar Negeri China, Wang Yi, tiba. Wang tersenyum.",
    ...                  language="id")
    >>> [(e.text, e.canonical) for e in entities(a)]
    [('China', 'China'), ('Wang Yi', 'Wang Yi'), ('Wang', 'Wang Yi')]
    """
    yield from _analyse(article, as_table(aliases))


def roles(article: Article, found: Sequence[Entity], *, aliases: AliasTable | None = None) -> dict:
    """Map each person's canonical name to the fullest role the article gives them.

    >>> from crosscheck.ingest.build import make_article
    >>> a = make_article("Menteri Luar Negeri China, Wang Yi, tiba.", language="id")
    >>> roles(a, list(entities(a)))
    {'Wang Yi': 'Menteri Luar Negeri China'}
    """
    given = role_phrases(article, found, aliases=aliases)
    return {name: max(phrases, key=len) for name, phrases in given.items()}


def role_phrases(
    article: Article, found: Sequence[Entity], *, aliases: AliasTable | None = None
) -> dict[str, tuple[str, ...]]:
    """Every role the article gives each person: a title before the name ("Capt. Liza
    Montemayor") and an apposition after it ("..., a spokeswoman for the army command,").

    >>> from crosscheck.ingest.build import make_article
    >>> a = make_article("Army Capt. Liza Montemayor, a spokeswoman for the regional "
    ...                  "army command, said rescuers were working in shifts.", language="en")
    >>> role_phrases(a, list(entities(a)))
    {'Liza Montemayor': ('Capt.', 'spokeswoman for the regional army command')}
    """
    table_ = aliases or AliasTable.load()
    people = [e for e in found if e.type is EntityType.PERSON]
    by_span = {(e.start, e.end): e for e in people}
    out: dict[str, list[str]] = {}
    prefixes = listed_words("NAME_PREFIXES")
    for mention in _titles(article, table_, found):
        person = by_span.get((mention.name_start, mention.name_end))
        words = mention.role.split()
        if words and words[-1] in prefixes:
            # "Kepala Dinas Kesehatan Jember dr.": a degree before the name is no part of
            # the role; alone ("Jember dr.") it is none
            if mention.key.split("|")[0] in {p.casefold() for p in prefixes}:
                continue
            words = words[:-1]
        role = " ".join(words)
        window = max(0, mention.start - MAX_LISTED_PORTFOLIO_CHARS)
        listed = LISTED_PORTFOLIO_BEFORE.search(article.body, window, mention.start)
        if listed is not None and role:
            role = f"{listed.group()}{role}"  # "Investment, Trade and| Industry Minister"
        joined = _slash_joined_title(article.body, mention.start, article.language)
        if joined is not None and role:
            role = f"{joined}/{role}"  # "Menteri Investasi dan Hilirisasi/Kepala BKPM"
        if person is not None and role and role not in out.setdefault(person.canonical, []):
            out[person.canonical].append(role)
    body = article.body
    for person in people:
        role = apposed_role(body, person.end, article.language)
        if role and _after_according(body, person.start, article.language):
            # "Menurut Yohanes, majelis hakim mengabaikan ...": the comma ends the cue; an
            # apposition there is closed by a comma ("According to Lee, a lawyer, ...")
            closed = APPOSED_ROLE.match(body, person.end)
            if closed is None or not body.startswith(",", closed.end()):
                role = None
        if role and role not in out.setdefault(person.canonical, []):
            out[person.canonical].append(role)
    return {name: tuple(given) for name, given in out.items() if given}


def _slash_joined_title(body: str, start: int, lang: str) -> str | None:
    """A title joined by a slash before the one at ``start`` ("Menteri Investasi dan
    Hilirisasi/|Kepala BKPM"): a capitalised run opening with a title, or None."""
    if body[start - 1 : start] != "/":
        return None
    window = body[max(0, start - 1 - MAX_SLASH_TITLE_CHARS) : start - 1]
    run = re.search(r"(?:[A-Z][\w'’-]*|dan|and|of)(?:[ \t]+(?:[A-Z][\w'’-]*|dan|and|of))*$", window)
    if run is None:
        return None
    opening = _title_in(lang).match(run.group().casefold())
    return run.group() if opening is not None else None


MAX_SLASH_TITLE_CHARS = 60  # "Menteri Investasi dan Hilirisasi/"
# The parts of a portfolio listed before a title's last one: "Investment, Trade and|
# Industry Minister", "Deputy Tourism, Arts and| Culture Minister" (one word each, then
# the joiner; a rank or an owner may open it)
MAX_LISTED_PORTFOLIO_CHARS = 80
LISTED_PORTFOLIO_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]*[ \t]+){0,2}(?:[A-Z][\w'’-]*,[ \t]+)+[A-Z][\w'’-]*,?"
    r"[ \t]+(?:and|dan)[ \t]+$"
)


# "Rommel Dagohoy, the provincial disaster-response chief,", "Sumiati (47), warga Desa
# Supiturang,": a role in commas right after a name (an age may come first)
OWNER_IN_NAME = re.compile(r"(?P<owner>[A-Z][\w ]*?)['’]s?\s+(?=[A-Z])")  # "Laos' Ministry"
APPOSED_ROLE = re.compile(
    r"(?:[ \t]*\(\d{1,3}\))?,[ \t]+(?:\d{1,3},[ \t]+)?"
    r"(?P<role>[^,;.\"“”()\n]{2,80}?)(?=,|\.(?:\s|$))"
)


def apposed_role(body: str, name_end: int, lang: str) -> str | None:
    """The role in an apposition after a name, without its article; None if the phrase
    holds no title near its start."""
    match = APPOSED_ROLE.match(body, name_end)
    if match is None:
        return None
    words = match.group("role").split()
    relatives = {r.casefold() for r in getattr(table(lang, "speech"), "RELATIVES", ())}
    role_verbs = getattr(table(lang, "titles"), "ROLE_VERBS", {})
    if len(words) > 2 and words[0].casefold() in relatives and words[1].casefold() in role_verbs:
        # "who heads the local search and rescue office" -> "head of the local ... office"
        joiner = getattr(table(lang, "titles"), "ROLE_OF", " of ")
        return f"{role_verbs[words[1].casefold()]}{joiner}{' '.join(words[2:])}"
    openers = frozenset(getattr(table(lang, "speech"), "APPOSITION_OPENERS", ()))
    if words and words[0].casefold() in openers:
        words = words[1:]
    # the owner first: "PLN's executive vice president for ...", "a TEPCO official in charge
    # of the plant" (a body's acronym before a title word)
    owner = (
        words[:1]
        if len(words) > 1
        and (
            words[0].endswith(("'s", "’s"))
            or (BARE_ACRONYM.fullmatch(words[0]) and words[1].casefold() in _title_words(lang))
        )
        else []
    )
    titled = words[len(owner) :]
    if not titled or (titled[0][:1].isupper() and titled[0].casefold() not in _title_words(lang)):
        return None  # "Jakarta, Senin": a place or a date, not a role
    titles = table(lang, "titles")
    head = " ".join(w.casefold() for w in titled[: getattr(titles, "APPOSED_ROLE_HEAD_WORDS", 1)])
    found = _title_in(lang).search(" ".join(w.casefold() for w in titled))
    if found is None or found.start() > len(head):
        return None  # "Fajar Nugroho, menilai tuntutan jaksa ...": a clause, not a role
    return " ".join(words)


def _posted_to(body: str, title_end: int, title: str, lang: str, aliases: AliasTable) -> int | None:
    """The end of "untuk Rusia" / "to Russia" / "di Tawau" after an envoy's title (and its
    country): where the envoy is posted, part of the role and no part of the name. A place
    no table knows counts when it is one word and a name of two or more follows it
    ("Konsul Republik Indonesia di Tawau Hendro Wicaksono")."""
    titles, pattern = _posting(lang)
    if pattern is None or title.casefold() not in titles:
        return None
    match = pattern.match(body, title_end)
    if match is None:
        return None
    at = match.end()
    article = POSTED_ARTICLE.match(body, at)
    if article is not None:
        at = article.end()  # "Chinese Ambassador to the DPRK Zhao Hongyi"
    country = aliases.match(body, at)
    entry = aliases.lookup(country.group()) if country is not None else None
    if country is not None and entry is not None:
        if entry.type not in (EntityType.COUNTRY, EntityType.PLACE):
            return None
        return country.end()
    unknown = _POSTED_PLACE_AND_NAME.match(body, at)
    return unknown.end("place") if unknown is not None else None


# An article before the country an envoy is posted to ("to the DPRK", "to the Philippines").
POSTED_ARTICLE = re.compile(r"the[ \t]+")


# One unknown capitalised word, then a name of two or more capitalised words.
_POSTED_PLACE_AND_NAME = re.compile(r"(?P<place>[A-Z][a-z]+)(?=(?:[ \t]+[A-Z][a-z]+){2})")


@lru_cache(maxsize=8)
def _honorifics(lang: str) -> frozenset[str]:
    """Honorifics written between a title and a name ("Datuk Seri")."""
    return frozenset(getattr(table(lang, "titles"), "HONORIFICS", ()))


@lru_cache(maxsize=8)
def _posting(lang: str) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """Envoys' titles (casefolded) and the word before where they are posted."""
    data = table(lang, "titles")
    titles = frozenset(t.casefold() for t in getattr(data, "POSTED_TITLES", ()))
    words = getattr(data, "POSTED_TO", ())
    alternation = "|".join(re.escape(w) for w in words)
    return titles, re.compile(rf"[ \t]+(?:{alternation})[ \t]+") if words else None


@lru_cache(maxsize=8)
def _title_words(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for t in table(lang, "titles").TITLES for w in t.split())


@lru_cache(maxsize=8)
def _title_in(lang: str) -> re.Pattern[str]:
    titles = sorted({t.casefold() for t in table(lang, "titles").TITLES}, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(t) for t in titles)})(?![\w-])")


# --------------------------------------------------------------------------- steps


def _analyse(article: Article, aliases: AliasTable) -> list[Entity]:
    body = article.body
    lang = article.language
    # 1. alias tables, then bodies and places named by a head word ("Kabupaten Banjar")
    speakers = speaker_words(body, lang)  # names the article uses alone as a speaker
    found = longest_first(list(_alias_entities(body, aliases, lang)))
    found = [_qualified_place(body, e, lang, aliases) for e in found]
    found = with_headed_names(found, list(headed_names(body, lang, aliases, speakers)))
    taken = _Spans(found, len(body))
    # acronyms a body is given in brackets stand for it later ("the National Environment
    # Agency (NEA) said ... NEA said")
    for entity in _acronym_mentions(body, found, taken, lang):
        found.append(entity)
        taken.add(entity)
    found.sort(key=lambda e: (e.start, -e.end))
    # 2. people named with a nickname in marks, introduced by a title, or named in full
    # next to a speech verb
    for person in _nicknamed_people(article, aliases, taken):
        found.append(person)
        taken.add(person)
    titles = list(_titles(article, aliases, found, speakers))
    for mention in [*titles, *_speech_named(article, aliases, taken)]:
        if mention.name is None:
            continue
        if taken.overlaps(mention.name_start, mention.name_end):
            opening = _place_opening_name(found, mention)
            if opening is None:
                continue
            found.remove(opening)  # "Agriculture Minister Bima Prasetyo": no city Bima
            taken = _Spans(found, len(body))
        entry = aliases.lookup(mention.name)
        canonical = entry.canonical if entry else mention.name
        person = Entity(mention.name, mention.name_start, mention.name_end, mention.kind,
                        canonical)  # fmt: skip
        found.append(person)
        taken.add(person)
    # people given an age: "Nurhayati (38)", "Sutrisno, 47,"
    for person in _aged_people(article, aliases, taken):
        found.append(person)
        taken.add(person)
    # people named by a surname or initials only: "a trader surnamed Liu"
    for person in _surnamed_people(article, aliases, taken):
        found.append(person)
        taken.add(person)
    # the full name of a word the article uses alone as a speaker: "Yakobus Lolaro
    # remembers ..." in an article that says "Lolaro told AFP"
    for person in _speakers_in_full(article, aliases, speakers, taken):
        found.append(person)
        taken.add(person)
    # Korean names written in full: a surname of the tables and a hyphenated given name
    # ("Ri Kyong-nam", "Park Ji-hoon"), whatever stands around them
    for person in _korean_full_names(body, aliases, taken):
        found.append(person)
        taken.add(person)
    # 3. surnames and given names of people named in full
    found.extend(_coreferent_names(body, found, taken))
    # 4. a title with a country that names exactly one person of the article
    found.extend(_titled_people(body, titles, found, taken))
    # "Badan Pengawas Pemilu (Bawaslu) Buton Selatan" is named without its acronym
    found = [
        dataclasses.replace(e, canonical=_ACRONYM_IN_NAME.sub("", e.canonical))
        if e.type in (EntityType.ORG, EntityType.AGENCY) and _ACRONYM_IN_NAME.search(e.canonical)
        else e
        for e in found
    ]
    found = [_without_prefix(e) for e in found]
    found = _fullest_canonicals(found, aliases)
    found = _single_names_in_full(body, found, aliases, _not_names(lang))
    found = _owned_ministries(body, found, aliases, lang)
    home = home_country(article, aliases)
    if home is not None:
        found = [_home_body(body, e, home, aliases) for e in found]
    found.sort(key=lambda e: (e.start, -e.end))
    return found


def home_country(article: Article, aliases: AliasTable) -> str | None:
    """The country whose bodies the article names without their country: its dateline's
    ("SEOUL, March 19 (Yonhap) --"), else its outlet's home (Kyodo's "the Defense
    Ministry" is Japan's; ``home`` in the outlet tables)."""
    dateline = aliases.country_of(str(article.metadata.get("dateline_place") or ""))
    if dateline is not None:
        return dateline
    home = outlet_home(article.outlet)
    return aliases.country_of(home) if home else None


def _place_opening_name(found: Sequence[Entity], mention: TitleMention) -> Entity | None:
    """The one-word place a titled name opens with, when it is all that name overlaps."""
    clash = [e for e in found if e.start < mention.name_end and mention.name_start < e.end]
    if (
        len(clash) == 1
        and clash[0].type is EntityType.PLACE
        and clash[0].start == mention.name_start
        and clash[0].end < mention.name_end
        and " " not in clash[0].text
    ):
        return clash[0]
    return None


def owned_name(body_name: str, country: str, lang: str) -> str | None:
    """The canonical of a body the tables do not know, owned by a country: "Unification
    Ministry" of South Korea -> "Unification Ministry of South Korea", as the tables name
    the foreign ministries (two countries' defence ministries in one story stay two); None
    for a body whose head the language does not name so."""
    heads = getattr(table(lang, "aliases"), "OWNED_BODY_HEADS", ())
    words = body_name.split()
    if not words or words[-1].casefold() not in heads:
        return None
    name = " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in words)
    return f"{name} of {country}"


def _without_prefix(entity: Entity) -> Entity:
    """ "H. Rusdiman Hakim", "Ir Mohd Zaidi Hamzah": a degree or honorific before a
    person's name is no part of it (``NAME_PREFIXES``)."""
    if entity.type is not EntityType.PERSON:
        return entity
    honorifics = listed_words("HONORIFIC_PREFIXES")
    named = entity.canonical.split()
    if len(named) > 1 and named[0] in honorifics:
        # "Mulyadi" read as the "Haji Mulyadi" named before: the name without the honorific
        entity = dataclasses.replace(entity, canonical=" ".join(named[1:]))
    words = entity.text.split()
    shortest = 2 if words[:1] and words[0] in honorifics else 3
    if len(words) < shortest or words[0] not in listed_words("NAME_PREFIXES"):
        return entity
    cut = entity.text.index(words[1], len(words[0]))
    canonical = entity.canonical
    if canonical.split()[:1] == words[:1]:
        canonical = canonical[canonical.index(words[1], len(words[0])) :]
    return dataclasses.replace(
        entity, text=entity.text[cut:], start=entity.start + cut, canonical=canonical
    )


def _owned_ministries(
    body: str, found: list[Entity], aliases: AliasTable, lang: str
) -> list[Entity]:
    """ "South Korea's Unification Ministry": a body after its country's possessive, when
    the tables do not know it, goes by the fuller name the article gives it elsewhere
    ("Ministry of Trade, Industry and Energy" for "South Korea's Trade Ministry"), else,
    for a ministry, by its name with its country ("Unification Ministry of South Korea")."""
    out = list(found)
    countries = {e.end: e for e in found if e.type is EntityType.COUNTRY}
    for index, entity in enumerate(out):
        if entity.type is not EntityType.ORG or aliases.lookup(entity.text) is not None:
            continue
        owned = OWNER_IN_NAME.match(entity.canonical)
        if owned is not None and aliases.lookup(owned.group("owner")) is not None:
            # "Laos' Ministry of Energy and Mines": the owner's possessive is no part of
            # the body's name
            rest = entity.canonical[owned.end() :]
            named = owned_name(rest, owned.group("owner"), lang) or rest
            out[index] = entity = dataclasses.replace(entity, canonical=named)
            continue
        possessive = re.search(r"['’]s\s+$", body[max(0, entity.start - 4) : entity.start])
        owner = countries.get(entity.start - len(possessive.group())) if possessive else None
        if owner is None:
            continue
        named = fuller_body(entity.text, found) or owned_name(
            entity.canonical, owner.canonical, lang
        )
        if named is not None:
            known = aliases.lookup(named)  # "Defense Ministry of Japan" as the tables spell it
            canonical = known.canonical if known is not None else named
            out[index] = dataclasses.replace(entity, canonical=canonical)
    return out


def fuller_body(name: str, found: Sequence[Entity]) -> str | None:
    """The canonical of a longer body of the article that holds every word of ``name``
    ("Ministry of Trade, Industry and Energy" for "trade ministry"), the longest first."""
    words = set(re.findall(r"\w+", name.casefold()))
    fuller = [
        e
        for e in found
        if e.type is EntityType.ORG
        and len(e.text) > len(name)
        and words <= set(re.findall(r"\w+", e.text.casefold()))
    ]
    return max(fuller, key=lambda e: len(e.text)).canonical if fuller else None


def _home_body(body: str, entity: Entity, home: str, aliases: AliasTable) -> Entity:
    """A body named without its country ("Kementerian Luar Negeri", "the Foreign
    Ministry") in an article datelined in that country is the home country's, when the
    tables know it by a suffixed or possessive name ("Kementerian Luar Negeri Indonesia",
    "South Korea's Foreign Ministry"). Not after a possessive or a country named just
    before it ("Cambodia's Foreign Ministry")."""
    if entity.type is not EntityType.ORG or aliases.lookup(entity.text) is not None:
        return entity
    before = body[max(0, entity.start - 40) : entity.start].rstrip()
    last = before.split()[-1] if before.split() else ""
    if last.endswith(("'s", "’s")) or (last[:1].isupper() and last[-1:].isalnum()):
        return entity
    owned = aliases.owned_body(entity.text, home)
    return entity if owned is None else dataclasses.replace(entity, canonical=owned.canonical)


def _fullest_canonicals(found: list[Entity], aliases: AliasTable) -> list[Entity]:
    """A person whose canonical is part of a longer person's name in the article takes that
    name ("Bupati Mahmud" -> "Mahmud Abdullah", "Thu Ha" -> "Phan Thi Thu Ha"): the
    nearest such person named before, else the first after. A body of the tables keeps
    its own name ("Pertamina" beside "Pertamina Patra Niaga")."""
    people = [e for e in found if e.type is EntityType.PERSON]
    full = [(e.start, e.canonical, e.canonical.split()) for e in people]
    bodies = [e for e in found if e.type is EntityType.ORG and e.canonical == e.text]
    out = []
    for entity in found:
        if (
            entity.type is EntityType.ORG
            and entity.canonical == entity.text
            and aliases.lookup(entity.text) is None
        ):
            # "Dinas Kesehatan" after "Dinas Kesehatan Kabupaten Lebak": the one longer
            # body of the article that it opens
            longer = {b.canonical for b in bodies if b.text.startswith(entity.text + " ")}
            if len(longer) == 1:
                entity = dataclasses.replace(entity, canonical=longer.pop())
        if entity.type is not EntityType.PERSON:
            out.append(entity)
            continue
        parts = entity.canonical.split()
        longer = [
            (start, canonical)
            for start, canonical, words in full
            if len(words) > len(parts) and _contains_run(words, parts)
        ]
        if longer:
            canonical = _nearest(longer, entity.start)
            entity = dataclasses.replace(entity, canonical=canonical)
        elif len(parts) > 1 and entity.canonical == entity.text:
            # "the Joint Chiefs said" after "Joint Chiefs of Staff": the one body whose
            # name it opens, not a person
            opened = {b.canonical for b in bodies if b.text.startswith(entity.text + " ")}
            if len(opened) == 1:
                entity = dataclasses.replace(entity, type=EntityType.ORG, canonical=opened.pop())
        out.append(entity)
    return out


def _single_names_in_full(
    body: str, found: list[Entity], aliases: AliasTable, stop: frozenset[str]
) -> list[Entity]:
    """A person known by one word ("Stefanus (52)") whom the article also names in full
    without a title ("pasangan Stefanus Adi Wijaya dan Maria Goreti Ladu") takes that
    full name, when the article writes exactly one such name: one to three capitalised
    words after it that are no title, place, body or other non-name word, the run ending
    at a lowercase word or punctuation."""
    single = {e.canonical for e in found if e.type is EntityType.PERSON and " " not in e.canonical}
    taken = [(e.start, e.end) for e in found if e.type is not EntityType.PERSON]
    full: dict[str, str] = {}
    more = rf"((?:[ \t]+{NAME_TOKEN}){{1,{MAX_NAME_TOKENS - 2}}})(?![ \t]+[A-Z])(?![\w'’-])"
    for name in single:
        runs = set()
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}{more}", body):
            words = match.group(1).split()
            inside = any(s < match.end() and match.start() < e for s, e in taken)
            if inside or any(w in stop or aliases.lookup(w) for w in words):
                continue
            runs.add(f"{name} {' '.join(words)}")
        if len(runs) == 1:
            full[name] = runs.pop()
    return [
        dataclasses.replace(e, canonical=full[e.canonical])
        if e.type is EntityType.PERSON and e.canonical in full
        else e
        for e in found
    ]


def _contains_run(words: Sequence[str], parts: Sequence[str]) -> bool:
    """``parts`` occurs in ``words`` as consecutive words (a name particle opening a
    sentence is capitalised: "De Vries" in "Maarten de Vries")."""
    n = len(parts)
    wanted = [parts[0].casefold(), *parts[1:]] if parts else []
    return any(
        [words[i].casefold(), *words[i + 1 : i + n]] == wanted for i in range(len(words) - n + 1)
    )


_ACRONYM_IN_NAME = re.compile(rf"[ \t]*\({ACRONYM}\)(?=[ \t]+\S|$)")
_BRACKETED_ACRONYM = re.compile(rf"\(({ACRONYM})\)")


def _acronym_mentions(
    body: str, found: Sequence[Entity], taken: _Spans, lang: str = "en"
) -> Iterator[Entity]:
    """Later mentions of an acronym that a body was given in brackets, in or right after
    its name, with that body's canonical name."""
    acronyms: dict[str, Entity] = {}
    for entity in found:
        if entity.type not in (EntityType.ORG, EntityType.AGENCY):
            continue
        inside = _BRACKETED_ACRONYM.search(entity.text)
        # ("Korea Railroad Corp. (KORAIL)": the abbreviation's dot first)
        gap = 2 if body[entity.end : entity.end + 2] == ". " else 1
        after = (
            _BRACKETED_ACRONYM.match(body, entity.end + gap)
            if body[entity.end + gap - 1 : entity.end + gap] == " "
            else None
        )
        # "the Corruption Eradication Commission, known by its Indonesian acronym KPK,"
        known = _known_as(lang).match(body, entity.end)
        match = inside or after or known
        if match is not None:
            acronyms.setdefault(match.group(1), entity)
    if not acronyms:
        return
    alternation = "|".join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True))
    for match in re.finditer(rf"(?<![\w(-])(?:{alternation})(?![\w)-])", body):
        if taken.overlaps(match.start(), match.end()):
            continue
        owner = acronyms[match.group()]
        yield Entity(match.group(), match.start(), match.end(), owner.type, owner.canonical)


@lru_cache(maxsize=8)
def _known_as(lang: str) -> re.Pattern[str]:
    """ ", known by its Indonesian acronym KPK", ", dikenal sebagai KPK": an acronym a body
    is given in words right after its name."""
    phrases = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in getattr(table(lang, "aliases"), "KNOWN_AS", ())
    )
    return re.compile(
        rf",?\s+(?i:{phrases or '(?!x)x'})(?:\s+[\w-]+){{0,3}}?\s+([A-Z][A-Z0-9]{{1,9}})(?![\w-])"
    )


def _alias_entities(body: str, aliases: AliasTable, lang: str) -> Iterator[Entity]:
    locative = _locative_pattern(lang)
    for match in aliases.finditer(body):
        entry = aliases.lookup(match.group())
        if entry is None:
            continue
        kind, canonical = entry.type, entry.canonical
        if entry.metonym_of and not _is_place_use(body, match.start(), match.end(), locative):
            kind, canonical = EntityType.COUNTRY, entry.metonym_of
        yield Entity(match.group(), match.start(), match.end(), kind, canonical)


def _qualified_place(body: str, entity: Entity, lang: str, aliases: AliasTable) -> Entity:
    """A known place with a compass word that names a part of it is that part: "Jakarta
    Timur", "Lombok Timur", "East Flores" (a place of its own, named as written)."""
    entry = aliases.lookup(entity.text)
    if entity.type is not EntityType.PLACE and (entry is None or entry.metonym_of is None):
        return entity  # countries have their own names ("Korea Selatan")
    after, before = _qualifier_patterns(lang)
    start, end = entity.start, entity.end
    if after is not None and (found := after.match(body, end)):
        end = found.end()
    elif before is not None and (found := before.search(body, max(0, start - 12), start)):
        start = found.start()
    if (start, end) == (entity.start, entity.end):
        return entity
    text = body[start:end]
    return Entity(text, start, end, EntityType.PLACE, " ".join(text.split()))


@lru_cache(maxsize=8)
def _qualifier_patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Compass words after ("Jakarta Timur") and before ("East Flores") a known place."""
    data = table(lang, "aliases")
    after_words = getattr(data, "PLACE_QUALIFIERS_AFTER", getattr(data, "PLACE_QUALIFIERS", ()))
    before_words = getattr(data, "PLACE_QUALIFIERS_BEFORE", ())
    after = "|".join(re.escape(q) for q in after_words)
    before = "|".join(re.escape(q) for q in before_words)
    return (
        re.compile(rf"[ \t]+(?:{after})(?![\w-])") if after else None,
        re.compile(rf"(?<![\w-])(?:{before})[ \t]+$") if before else None,
    )


def _is_place_use(body: str, start: int, end: int, locative: re.Pattern[str]) -> bool:
    """A capital is a place after a locative word or as a dateline ("Seoul (KABARIN)")."""
    if locative.search(body, max(0, start - LOCATIVE_WINDOW), start):
        return True
    line_start = body.rfind("\n", 0, start) + 1
    lead = body[line_start:start].split()
    return len(lead) <= DATELINE_LEAD_WORDS and DATELINE_AFTER.match(body, end) is not None


@lru_cache(maxsize=8)
def _locative_pattern(lang: str) -> re.Pattern[str]:
    words = getattr(table(lang, "aliases"), "LOCATIVES", ())
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?i:(?<!\w)(?:{alternation}))\s+$")


class _Spans:
    """Occupied characters of the body, for 'is this already an entity?' checks."""

    def __init__(self, found: Sequence[Entity], length: int):
        self.occupied = bytearray(length)
        for entity in found:
            self.add(entity)

    def add(self, entity: Entity) -> None:
        self.occupied[entity.start : entity.end] = b"\x01" * (entity.end - entity.start)

    def overlaps(self, start: int, end: int) -> bool:
        return self.occupied.find(1, start, end) >= 0


# --------------------------------------------------------------------------- titles


@lru_cache(maxsize=8)
def _title_pattern(lang: str) -> re.Pattern[str]:
    titles = table(lang, "titles")
    title_alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in _by_len(titles.TITLES))
    modifier_alt = "|".join(re.escape(m) for m in titles.TITLE_MODIFIERS)
    portfolio_alt = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in _by_len(getattr(titles, "PORTFOLIOS", ()))
    )
    connector = "|".join(re.escape(c) for c in getattr(titles, "PORTFOLIO_CONNECTORS", ()))
    joined = rf"(?:\s+(?:{connector})\s+[A-Z][\w'’-]*)?" if connector else ""
    return re.compile(
        rf"(?P<title>(?i:(?<![\w-])(?:{title_alt})(?:\s+(?:{modifier_alt}))?)(?![\w-])"
        rf"(?:\s+(?:{portfolio_alt})(?![\w-]){joined})*)"
    )


@lru_cache(maxsize=8)
def _lowercase_titles(lang: str) -> frozenset[str]:
    """One-word titles that the table writes in lowercase only ("official", "farmer",
    "warga"): common nouns, so a capitalised one inside a sentence is part of a proper
    name, not a title (two-word ones such as "Juru Bicara" are capitalised as titles)."""
    titles = table(lang, "titles").TITLES
    lower = {t.casefold() for t in titles if t[:1].islower() and " " not in t}
    upper = {t.split()[0].casefold() for t in titles if t[:1].isupper()}
    return frozenset(lower - upper)


def _common_noun_capitalised(body: str, start: int, title: str, lang: str) -> bool:
    if not title[:1].isupper() or title.casefold() not in _lowercase_titles(lang):
        return False
    before = body[:start].rstrip(" \t")
    return bool(before) and before[-1] not in '.!?\n"“”:'


@lru_cache(maxsize=8)
def _title_first_words(lang: str) -> frozenset[str]:
    """The first whitespace-separated word of every title, casefolded, without a full
    stop ("Brig. Gen." -> "brig", "Vice-President" -> "vice-president")."""
    return frozenset(t.split()[0].casefold().rstrip(".") for t in table(lang, "titles").TITLES)


@lru_cache(maxsize=8)
def _title_stems(lang: str) -> frozenset[str]:
    """The first run of word characters of every title, casefolded: where a title starts
    ("Dato'" -> "dato", "Vice-President" -> "vice")."""
    return frozenset(
        m.group().casefold() for t in table(lang, "titles").TITLES if (m := WORD.match(t))
    )


NAME_AFTER_TITLE = re.compile(
    rf",?[ \t]+{NAME_TOKEN}(?:[ \t]+{NAME_PARTICLE}{NAME_TOKEN})"
    rf"{{0,{MAX_NAME_TOKENS + MAX_TITLE_GAP - 1}}}"
)


@lru_cache(maxsize=8)
def _name_after_title(lang: str) -> re.Pattern[str]:
    """``NAME_AFTER_TITLE`` that also steps over a degree or honorific written before the
    name ("Kepala Dinas Kesehatan Jember dr. Hendro Prasetyo"; NAME_PREFIXES)."""
    prefixes = "|".join(re.escape(p) for p in getattr(table(lang, "titles"), "NAME_PREFIXES", ()))
    if not prefixes:
        return NAME_AFTER_TITLE
    prefix = rf"(?:(?:{prefixes})[ \t]+)?"
    token = rf"{prefix}{NAME_PARTICLE}{NAME_TOKEN}"
    return re.compile(
        rf",?[ \t]+{prefix}{NAME_TOKEN}(?:[ \t]+{token})"
        rf"{{0,{MAX_NAME_TOKENS + MAX_TITLE_GAP - 1}}}"
    )


SPACES = re.compile(r"\s+")
# A person's name (or age in brackets) and the comma opening an apposition after it,
# looked for this many characters back ("Euis Komariah (48), warga ..."; not swept)
APPOSED_NAME_WINDOW = 40
NAMED_BEFORE_APPOSITION = re.compile(r"(?:[A-Z][\w'’-]*|\(\d{1,3}\))[ \t]*,[ \t]+$")
# A larger place in commas after a resident's place: ", Kota Mataram" (its head word)
PLACE_HEAD_IN_COMMAS = re.compile(r",[ \t]+([A-Z][a-z]+)[ \t]+[A-Z]")
# Two capitalised words joined by a hyphen name a field before a name of two words or more
# ("untuk Komunitas Politik-Keamanan Phan Duc Minh"); names hyphenate lower case ("Ji-hoon").
PORTFOLIO_COMPOUND = re.compile(r"[A-Z][a-z]{3,}-[A-Z][a-z]{3,}")
# An abbreviated rank right after a title ("spokesperson Col."): it joins the role when
# the title table knows it.
_RANK_AFTER_TITLE = re.compile(r"[ \t]+(?P<rank>[A-Z][A-Za-z]{1,5}\.)")


def _by_len(words: Sequence[str]) -> list[str]:
    return sorted(words, key=len, reverse=True)


@lru_cache(maxsize=8)
def _abbreviated_titles(lang: str) -> tuple[str, ...]:
    """Titles of the table written with a full stop ("Rear Adm.", "Lt. Col."), casefolded."""
    return tuple(t.casefold() for t in table(lang, "titles").TITLES if t.endswith("."))


def _abbreviated_title_before(body: str, end: int, lang: str) -> bool:
    """The words before ``end`` and the full stop at ``end`` close an abbreviated title
    ("said Rear Adm. Ernesto Villaraza": "Rear Adm" is a rank, not a name)."""
    if body[end : end + 1] != ".":
        return False
    head = body[max(0, end - 20) : end + 1].casefold()
    return any(
        head.endswith(t) and not head[: len(head) - len(t)][-1:].isalnum()
        for t in _abbreviated_titles(lang)
    )


@lru_cache(maxsize=8)
def _not_names(lang: str) -> frozenset[str]:
    cal = table(lang, "calendar")
    # Weekday and month names; short English abbreviations ("Sun") are real names too.
    calendar_words = {w.capitalize() for w in [*cal.WEEKDAYS, *cal.MONTHS] if len(w) > 3}
    titles = table(lang, "titles")
    # one-word titles inside a name run ("juru bicara JCS Kolonel Choi Jae-hoon")
    one_word = {t[:1].upper() + t[1:] for t in titles.TITLES if " " not in t}
    one_word -= set(getattr(titles, "NAME_WORD_TITLES", ()))  # "Rizal Hakim Pratama"
    # head words of bodies and places ("Menteri Desa Bambang Suryadi": Desa is no name)
    data = table(lang, "aliases")
    heads = {h.split()[0] for h in (*data.ORG_HEADS, *data.PLACE_HEADS) if h[:1].isupper()}
    # the tails of bodies' English names ("Direktur Eksekutif Center of Reform on
    # Economics": "Center" is no name)
    tails = {t for t in table("en", "aliases").ORG_TAILS if " " not in t and t[:1].isupper()}
    # a country's adjective ("The envoy, Philippine diplomat Teresa Ocampo,") is no name
    demonyms = set(getattr(titles, "DEMONYMS", {}))
    # a force after a written-out rank ("Komisaris Besar Polisi Dani Prasetyo")
    forces = {f for f in getattr(titles, "RANK_FORCES", ()) if " " not in f}
    return (
        frozenset(titles.NOT_NAMES) | calendar_words | one_word | heads | tails | demonyms | forces
    )


@lru_cache(maxsize=8)
def _appositive_pattern(lang: str) -> re.Pattern[str]:
    """ "Menteri Desa dan Pembangunan Daerah Tertinggal, Bambang Suryadi, mengatakan" """
    titles = table(lang, "titles")
    speech = table(lang, "speech")
    title_alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in _by_len(titles.TITLES))
    verbs = "|".join(re.escape(v) for v in (*speech.SPEECH_VERBS, *speech.POST_VERBS))
    # one-word capitalised titles that are ranks before a name ("AKP", "Kombes", "Colonel")
    # (and capitalised titles of several words: "Ketua panel, Hakim Konstitusi Yuliana
    # Pratiwi Siregar,")
    ranks = (
        "|".join(
            re.escape(t).replace(r"\ ", r"[ \t]+")
            for t in _by_len(titles.TITLES)
            if all(w[:1].isupper() for w in t.split())
        )
        or "(?!x)x"
    )
    forces = "|".join(re.escape(f) for f in getattr(titles, "RANK_FORCES", ())) or "(?!x)x"
    connectors = "|".join(
        re.escape(c) for c in getattr(titles, "PORTFOLIO_CONNECTORS", ()) or ("and",)
    )
    return re.compile(
        rf"(?P<title>(?i:(?<![\w-])(?:{title_alt}))(?![\w-])"
        rf"(?:(?:[ \t]+[\w'’()-]+){{0,{MAX_COMPLEMENT_WORDS}}}?"
        rf"|(?P<long>(?:[ \t]+(?:[A-Z][\w'’()-]*|{connectors})){{{MAX_COMPLEMENT_WORDS + 1},"
        rf"{MAX_NAMED_COMPLEMENT_WORDS}}}?))),[ \t]+"
        # "A spokeswoman for the Eastern Army, Maj. Yuki Hasegawa, said", "Kasat Lantas Polres
        # Majalengka, AKP Dimas Prakoso Wibowo,": a rank may come first
        # ("Juru bicara Kemhan, Brigjen TNI Yudha Pramana,": a force after the rank)
        rf"(?:[A-Z][a-z]{{1,4}}\.[ \t]+){{0,2}}"
        rf"(?:(?P<rank>(?:{ranks})(?:[ \t]+(?:{forces}))?)[ \t]+)?"
        rf"(?P<name>{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{1,{MAX_NAME_TOKENS - 1}}})"
        # ("Pandangan berbeda datang dari Direktur Eksekutif CORE Indonesia, Nadia
        # Prameswari.": the sentence may end with the name, after a short complement; a
        # long one may hold another name, "Wakil Gubernur Jilin Zhao Minghui dan ...")
        rf"(?=[ \t]*,|[ \t]+(?i:{verbs})\b|(?(long)(?!x)x|\.(?:\s|$)))"
    )


class _NameParts(NamedTuple):
    """Regex sources shared by the patterns that find a full name by its context."""

    verbs: str  # the speech verbs
    name: str  # a full name: two to four capitalised words
    # a role with a title among its first words ("Lourdes Macaraeg, regional director of
    # the Office of Civil Defense, said")
    role: str
    relatives: str  # "who", "yang"
    apposition: str  # the articles that open an apposition ("a", "the")


@lru_cache(maxsize=8)
def _name_parts(lang: str) -> _NameParts:
    speech = table(lang, "speech")
    verbs = "|".join(re.escape(v) for v in (*speech.SPEECH_VERBS, *speech.POST_VERBS))
    name = rf"{NAME_TOKEN}(?:[ \t]+{NAME_PARTICLE}{NAME_TOKEN}){{1,{MAX_NAME_TOKENS - 1}}}"
    titles = "|".join(
        re.escape(t).replace(r"\ ", r"[ \t]+") for t in _by_len(table(lang, "titles").TITLES)
    )
    role = rf"(?:[\w'’-]+[ \t]+){{0,{APPOSED_TITLE_WORDS - 1}}}(?i:{titles})(?![\w-])"
    relatives = "|".join(re.escape(r) for r in getattr(speech, "RELATIVES", ())) or "(?!x)x"
    apposition = "|".join(re.escape(a) for a in getattr(speech, "APPOSITION_OPENERS", ()))
    return _NameParts(verbs, name, role, relatives, apposition or "(?!x)x")


@lru_cache(maxsize=8)
def _speech_name_pattern(lang: str) -> re.Pattern[str]:
    """A full name (two to four capitalised words) right after or before a speech verb."""
    speech = table(lang, "speech")
    verbs, name, role, relatives, apposition = _name_parts(lang)
    after = "|".join(re.escape(v) for v in (*speech.POST_VERBS, *speech.ACCORDING_TO))
    suffixes = "|".join(
        re.escape(x)
        for x in getattr(table(lang, "aliases"), "COMPANY_SUFFIXES", ())
        if "," not in x
    )
    suffixes = suffixes or "(?!x)x"
    # "Lestari Anggraini, who chairs the commission, said": a relative clause in commas
    # "Dian Puspitasari, an economist at the institute, said": an apposition in commas
    # (a place may stand inside, "a spokeswoman for the coast guard in Naha, Okinawa,";
    # a second apposition may follow, "..., the only faction to reject the bill,")
    place_part = r"(?:,[ \t][A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?(?=,))"
    segment = (
        rf",[ \t]*(?:(?i:{relatives})[ \t]|(?:{apposition})[ \t]|{role})"
        rf"{ABBREVIATED_CHAR}{{0,100}}{place_part}{{0,2}}"
    )
    relative = rf"(?:(?:{segment}){{1,2}},)?"
    return re.compile(
        rf"(?<![\w-])(?i:{after})[ \t]+(?P<a>{name})(?![\w-])"
        rf"|(?<![\w'’-])(?P<b>{name}){relative},?[ \t]+(?i:{verbs})\b"
        # "One of the victims, a woman from West Java, Wulan, said": a one-word name
        rf"|,[ \t]+(?P<c>{NAME_TOKEN}),[ \t]+(?i:{verbs})\b"
        # "Lim Boon Keat, president of the Malaysia-China Business Council, co-chaired":
        # a full name opening a sentence, a role with a title in commas, then a verb
        rf"|(?:(?<![^\n])|(?<=[.!?] ))(?P<d>{name}),[ \t]+{role}[^,;\"“”\n]{{0,100}}"
        # ("... of Huanong Seed Technology Co., Ltd., said": a legal form after a comma)
        rf"(?:,[ \t]+(?:{suffixes})\.?)?,[ \t]+[a-z]"
    )


@lru_cache(maxsize=8)
def _placed_name_pattern(lang: str) -> re.Pattern[str]:
    """A full name set in place by what follows it (matched apart from
    ``_speech_name_pattern``, whose matches it must not swallow)."""
    speech = table(lang, "speech")
    verbs, name, role, relatives, apposition = _name_parts(lang)
    belongs = "|".join(re.escape(b) for b in getattr(speech, "BELONGS_PREPOSITIONS", ()))
    return re.compile(
        # "Shin Hye-rim of the opposition People Power Party said": a full name opening a
        # sentence, the body it belongs to, then a verb
        # (a relative clause in commas may follow: "..., who also attended the briefing,")
        rf"(?:(?<![^\n])|(?<=[.!?] ))(?P<e>{name})[ \t]+(?:{belongs or '(?!x)x'})[ \t]"
        rf"[^,.;\"“”\n]{{1,{MAX_BELONGS_CHARS}}}?"
        rf"(?:,[ \t]+(?i:{relatives})[ \t][^,.;\"“”\n]{{1,80}},)?[ \t]+(?i:{verbs})\b"
        # "Myanmar sent Kyaw Thura Aung, a permanent secretary at its foreign ministry,": a
        # full name anywhere, then an apposition with an article and a title
        # (not "... in northern Shan State, the minister said": a final cue, no apposition)
        rf"|(?<![\w'’-])(?P<f>{name}),[ \t]+(?i:{apposition})[ \t]+{role}"
        rf"(?![ \t]+(?i:{verbs})\b)"
        # "Darmawan, a 61-year-old rubber farmer in ..., told": a one-word name opening a
        # sentence, then such an apposition
        rf"|(?:(?<![^\n])|(?<=[.!?] ))(?P<g>{NAME_TOKEN}),[ \t]+"
        rf"(?i:{apposition})[ \t]+{role}"
    )


def _speech_named(
    article: Article, aliases: AliasTable, taken: _Spans | None = None
) -> Iterator[TitleMention]:
    stop = _not_names(article.language)
    matches = [
        *_speech_name_pattern(article.language).finditer(article.body),
        *_placed_name_pattern(article.language).finditer(article.body),
    ]
    matches.sort(key=lambda m: m.start())
    for match in matches:
        group = next(g for g in ("a", "b", "c", "d", "e", "f", "g") if match.groupdict().get(g))
        start, end = match.start(group), match.end(group)
        words = list(re.finditer(r"\S+", match.group(group)))
        if group in ("b", "e"):
            # "... Kota Bekasi Hadi Santoso mengatakan": the name is the run after the
            # last word that is no name (head words, titles, places of the tables; an
            # opener, "Adapun Sinta Wulandari dari PT Jasa Raharja ... menyatakan")
            base = match.start(group)

            def no_name(_: int, word: re.Match[str], base: int = base) -> bool:
                known = taken is not None and taken.overlaps(base + word.start(), base + word.end())
                acronym = len(word.group()) > 1 and word.group().isupper()
                compound = bool(PORTFOLIO_COMPOUND.fullmatch(word.group()))
                return (
                    word.group() in stop
                    or bool(aliases.lookup(word.group()))
                    or known
                    or acronym
                    or compound
                )

            words = _after_last(words, no_name)
            if len(words) < 2:  # a full name has two words at least
                continue
            start = match.start(group) + words[0].start()
        name = article.body[start:end]
        if _abbreviated_title_before(article.body, end, article.language):
            continue  # "said Rear Adm. Ernesto Villaraza": the title pattern reads the name
        if group == "g" and name.casefold() in _sentence_openers(article.language):
            continue  # "Now, the 58-year-old fisherman ...": an adverb, not a name
        if group in ("c", "g") and name.isupper():
            continue  # ", UNHCR, told": an acronym in commas is a body, not a one-word name
        # "said I Gede Wirawan": a Balinese particle opens a name of three words or more
        particle = len(words) > 2 and words[0].group() in NAME_PARTICLES
        if any(
            (w.group() in stop and not (particle and i == 0)) or aliases.lookup(w.group())
            for i, w in enumerate(words)
        ):
            continue
        if aliases.lookup(name) or _is_title_case_line(article.body, match.start(), match.end()):
            continue
        if group == "b" and _after_locative(article.body, start, article.language):
            continue  # "... of the Office of Civil Defense in Eastern Visayas, said": a place
        if _after_medium_word(article.body, start, article.language):
            continue  # "the state news agency Agence Kampuchea Presse said": a medium
        yield TitleMention(start, start, "", "|", start, end, name)


@lru_cache(maxsize=8)
def _nominal(lang: str) -> re.Pattern[str]:
    """A noun built with one of the language's circumfixes ("Kedatangan", "Pertemuan")."""
    forms = getattr(table(lang, "titles"), "NOMINAL_CIRCUMFIXES", ())
    alternation = "|".join(rf"{re.escape(pre)}[a-z]{{3,}}{re.escape(suf)}" for pre, suf in forms)
    return re.compile(alternation or "(?!x)x")


@lru_cache(maxsize=8)
def _sentence_openers(lang: str) -> frozenset[str]:
    """Words that open a sentence before its subject ("Now,", "Meanwhile,", "Kini,"),
    casefolded."""
    speech = table(lang, "speech")
    words = (
        *speech.OPENERS, *speech.ADVERBIAL_STARTERS, *speech.ADVERBS,
        *getattr(speech, "SENTENCE_ADVERBS", ()),
    )  # fmt: skip
    return frozenset(w.casefold() for w in words)


def _after_medium_word(body: str, start: int, lang: str) -> bool:
    """The words before ``start`` say a medium's name follows ("news agency", "harian")."""
    before = " ".join(body[max(0, start - 30) : start].casefold().split())
    return any(before.endswith(w) for w in medium_words(lang))


def _after_according(body: str, start: int, lang: str) -> bool:
    """The words before ``start`` are "according to" ("Menurut jaksa, ...")."""
    words = getattr(table(lang, "speech"), "ACCORDING_TO", ())
    before = " ".join(body[max(0, start - 20) : start].casefold().split())
    return any(before.endswith(w.casefold()) for w in words)


def _after_locative(body: str, start: int, lang: str) -> bool:
    """The word before ``start`` is a locative or "of" ("in Eastern Visayas")."""
    before = body[max(0, start - 20) : start].split()
    words = {w.casefold() for w in getattr(table(lang, "aliases"), "LOCATIVES", ())}
    words |= {w.casefold() for w in getattr(table(lang, "speech"), "BELONGS_PREPOSITIONS", ())}
    return bool(before) and before[-1].casefold() in words


# A name followed by an age: "(38)" in Indonesian news, ", 47," in English.
AGED_NAME = re.compile(
    rf"(?<![\w'’-])(?P<name>{NAME_TOKEN}(?:[ \t]+{NAME_PARTICLE}{NAME_TOKEN})"
    rf"{{0,{MAX_NAME_TOKENS - 1}}})"
    r"(?:[ \t]*\((?P<paren>\d{1,2})\)|,[ \t]+(?P<comma>\d{1,2}),)"
)
MIN_AGE, MAX_AGE = 1, 110
# Capitalised particles that open a name and are also stop words elsewhere ("I" in English).
NAME_PARTICLES = frozenset({"I", "Ni"})


@lru_cache(maxsize=8)
def _naming_pattern(lang: str) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """A word that introduces a person by surname or initials, and the name after it; and
    the first words where such a word may start."""
    words = getattr(table(lang, "titles"), "NAMING_WORDS", ())
    if not words:
        return None
    alternation = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in _by_len(words))
    pattern = re.compile(
        rf"(?<![\w-])(?i:{alternation})[ \t]+(?P<name>{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,2}})"
        r"(?![\w'’-])"
    )
    return pattern, first_words(words)


def _surnamed_people(article: Article, aliases: AliasTable, taken: _Spans) -> Iterator[Entity]:
    """People the article names only by a surname or initials ("a trader surnamed Liu",
    "sopir berinisial SH"; ``NAMING_WORDS``)."""
    naming = _naming_pattern(article.language)
    if naming is None:
        return
    stop = _not_names(article.language)
    for match in prefiltered(*naming, article.body):
        name = match.group("name")
        start, end = match.start("name"), match.end("name")
        if taken.overlaps(start, end) or any(w in stop for w in name.split()):
            continue
        entry = aliases.lookup(name)
        if entry is not None and entry.type is not EntityType.PERSON:
            continue
        yield Entity(name, start, end, EntityType.PERSON, entry.canonical if entry else name)


def _aged_people(article: Article, aliases: AliasTable, taken: _Spans) -> Iterator[Entity]:
    """People introduced with their age ("Salah satu pengungsi, Nurhayati (38),"): a
    single capitalised word is a name here, which no other rule accepts."""
    stop = _not_names(article.language)
    body = article.body
    for match in AGED_NAME.finditer(body):
        age = int(match.group("paren") or match.group("comma"))
        if not MIN_AGE <= age <= MAX_AGE:
            continue
        base = match.start("name")
        words = list(re.finditer(r"\S+", match.group("name")))

        def no_name(
            index: int, word: re.Match[str], base: int = base, last: int = len(words)
        ) -> bool:
            if word.group() in NAME_PARTICLES and index + 1 < last:
                return False  # "I Wayan Sukarta", "Ni Luh Putu": Balinese name particles
            known = taken.overlaps(base + word.start(), base + word.end())
            return word.group() in stop or bool(aliases.lookup(word.group())) or known

        words = _after_last(words, no_name)
        if not words:
            continue
        start, end = base + words[0].start(), base + words[-1].end()
        if _is_title_case_line(body, start, end):
            continue
        name = body[start:end]
        entry = aliases.lookup(name)
        if entry is not None and entry.type is not EntityType.PERSON:
            continue
        yield Entity(name, start, end, EntityType.PERSON, entry.canonical if entry else name)


NICKNAMED = re.compile(
    rf"(?<![\w'’-])(?P<given>{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN})?)[ \t]+[\"“][^\"“”\n]+[\"”]"
    rf"(?P<surname>[ \t]+{NAME_PARTICLE}{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN})?)(?![\w-])"
)


def _nicknamed_people(article: Article, aliases: AliasTable, taken: _Spans) -> Iterator[Entity]:
    """People written with a nickname in marks ('Ferdinand "Ferdie" Asuncion'): the
    whole span is the mention, the name without the nickname its canonical form."""
    stop = _not_names(article.language)
    body = article.body
    for match in NICKNAMED.finditer(body):
        open_mark = match.end("given") + 1
        close_mark = match.start("surname") - 1
        while body[open_mark] not in '"“':
            open_mark += 1
        if not is_nickname(body, open_mark, close_mark):
            continue
        given = [w for w in match.group("given").split() if w not in stop]
        surname = match.group("surname").split()
        if not given or any(w in stop for w in surname):
            continue
        start = match.end("given") - len(given[-1]) if len(given) == 1 else match.start("given")
        if taken.overlaps(start, match.end()):
            continue
        yield Entity(body[start : match.end()], start, match.end(), EntityType.PERSON,
                     " ".join((*given, *surname)))  # fmt: skip


def _speakers_in_full(
    article: Article, aliases: AliasTable, speakers: frozenset[str], taken: _Spans
) -> Iterator[Entity]:
    """Names that end in a word the article uses alone as a speaker, with one or two
    capitalised words before it that are no stop word, no name of the tables and no
    common word (the article never writes them in lower case)."""
    body = article.body
    stop = _not_names(article.language)
    nominal = _nominal(article.language)
    words = sorted(w for w in speakers if w not in stop and aliases.lookup(w) is None)
    if not words:
        return
    alternation = "|".join(re.escape(w) for w in words)
    # every mention of the words, with the capitalised words right before it
    mention = re.compile(
        rf"(?<![\w'’-])(?P<given>(?:{NAME_TOKEN}[ \t]+){{0,{MAX_GIVEN_WORDS}}})"
        rf"(?P<word>{alternation})(?![\w-])"
    )
    mentions = list(before_words(mention, body, first_words(words), MAX_GIVEN_WORDS))
    # "Phnom Penh", "Universiti Malaya": a word never written alone is no one's name
    alone = {m.group("word") for m in mentions if _alone_at(body, m.start("word"))}
    lowered = set(re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", body))
    speech = table(article.language, "speech")
    cue_words = {
        w.casefold()
        for w in (*speech.POST_VERBS, *speech.SPEECH_VERBS, *speech.ACCORDING_TO)
        if " " not in w
    }
    done: set[str] = set()
    for match in mentions:
        word = match.group("word")
        given = match.group("given").split()
        if word in done or word not in alone or not given:
            continue
        if any(
            w in stop
            or aliases.lookup(w) is not None
            or w.casefold() in lowered
            or w.casefold() in cue_words  # "Kata Mursid:": the cue opens the sentence
            or nominal.fullmatch(w)  # "Kedatangan Jon diberitakan": a noun opens it
            for w in given
        ):
            continue
        if taken.overlaps(match.start(), match.end()):
            continue
        if _is_title_case_line(body, match.start(), match.end()):
            continue
        done.add(word)  # the first full mention; the rest are found by their keys
        yield Entity(match.group(), match.start(), match.end(), EntityType.PERSON,
                     match.group())  # fmt: skip


def _alone_at(body: str, start: int) -> bool:
    """No capitalised word stands right before ``start``."""
    previous = re.search(r"([\w'’-]+)[ \t]+$", body[max(0, start - 40) : start])
    return previous is None or not previous.group(1)[:1].isupper()


def _after_last(
    words: list[re.Match[str]], no_name: Callable[[int, re.Match[str]], bool]
) -> list[re.Match[str]]:
    """The words after the last one that is no part of a name (all when there is none)."""
    for index in range(len(words) - 1, -1, -1):
        if no_name(index, words[index]):
            return words[index + 1 :]
    return words


def _titles(
    article: Article,
    aliases: AliasTable,
    known: Sequence[Entity] = (),
    speakers: frozenset[str] | None = None,
) -> Iterator[TitleMention]:
    """Title mentions; ``known`` are alias entities (a country before the title).

    "Chinese Foreign Minister Wang Yi", "Menteri Luar Negeri Korut, Choe Son Hui,".
    """
    body = article.body
    lang = article.language
    expansions = table(lang, "titles").EXPANSIONS
    stop = _not_names(lang)
    appositions: list[tuple[int, int]] = []
    joiners = "|".join(re.escape(j) for j in getattr(table(lang, "aliases"), "LIST_JOINERS", ()))
    listed = re.compile(rf"[ \t]*,[ \t]*(?:[A-Z][\w'’-]*[ \t]*)+,?[ \t]+(?:{joiners})[ \t]+[A-Z]")
    for match in prefiltered(_appositive_pattern(lang), _title_stems(lang), body):
        name = match.group("name")
        words = name.split()
        if any(w in stop or aliases.lookup(w) for w in words) and not _korean_name(words):
            continue
        if joiners and listed.match(body, match.end("name")):
            continue  # "Warga Desa Gam Ici, Sangaji Nyeku, Goin, dan Soana Masungi": a list
        rank = match.group("rank") or ""
        if " " in rank.strip() and len(match.group("title").split()) > MAX_TITLE_BEFORE_RANK:
            continue  # "Defense Minister Takeshi Morioka and his Philippine counterpart,
            # Defense Secretary Ramon Villaflor,": a clause, not one person's role
        appositions.append((match.start(), match.end()))
        role = " ".join(match.group("title").split())
        if match.group("rank"):
            role = f"{role}, {' '.join(match.group('rank').split())}"  # "..., Brigjen TNI"
        yield TitleMention(match.start("title"), match.end("title"), role,
                           f"{role.casefold()}|", match.start("name"), match.end("name"),
                           name)  # fmt: skip
    ends = {e.end: e for e in known}
    # words of the article's places: "Wali Kota Bekasi Dedi Kurniawan" where "Kota Bekasi"
    # is a place of the article names Dedi Kurniawan, not "Bekasi Dedi Kurniawan"
    place_words = {
        w
        for e in known
        if e.type in (EntityType.PLACE, EntityType.COUNTRY) and _confirmed(body, e, aliases)
        for w in _place_name_words(e.text, lang, aliases)
    }
    # and the places inside a body's name: "KPU Kabupaten Sintang" names "Sintang"
    for e in known:
        if e.type is EntityType.ORG:
            place_words |= inner_place_words(e.text, lang)
    stop = stop | place_words
    if speakers is None:
        speakers = speaker_words(body, lang)
    # spans of the article's organisations: "Juru bicara Dinas Kesehatan Provinsi Banten,
    # dr. Yuliana Kartika" names no "Banten"
    named_bodies = [e for e in known if e.type in (EntityType.ORG, EntityType.AGENCY)]
    bodies = SpanSet((e.start, e.end) for e in named_bodies)
    body_ends = {e.start: e.end for e in named_bodies}
    territory_after = getattr(table(lang, "titles"), "PLACE_AFTER_TITLE", True)
    name_word_titles = frozenset(getattr(table(lang, "titles"), "NAME_WORD_TITLES", ()))
    for match in prefiltered(_title_pattern(lang), _title_stems(lang), body):
        title_start, title_end = match.start("title"), match.end("title")
        if any(s <= title_start < e for s, e in appositions):
            continue
        title = " ".join(match.group("title").split())
        if _common_noun_capitalised(body, title_start, title, lang):
            continue  # "Japan's Official Security Assistance programme": no official
        if title in name_word_titles:
            given = WORD_BEFORE.search(body, max(0, title_start - GIVEN_NAME_WINDOW), title_start)
            if (
                given is not None
                and given.group(1) not in stop
                and given.group(1).casefold() not in _title_words(lang)
                and not bodies.overlaps(given.start(1), given.end(1))
            ):
                continue  # "Rizal Hakim Pratama (47)": a word of the name, not a judge
        # a country before ("Chinese Foreign Minister") or after ("Menteri Luar Negeri China")
        before_text = body[max(0, title_start - 1) : title_start]
        before = ends.get(title_start - 1) if before_text.isspace() else None
        if before is not None and before.type not in (EntityType.COUNTRY, EntityType.PLACE):
            before = None
        if before is None and before_text.isspace():
            # "his Indonesian counterpart Ratih Wulandari": a country's adjective that no
            # entity holds (adjectives before lower-case nouns are not kept as entities)
            adjective = WORD_BEFORE.search(body, max(0, title_start - 30), title_start)
            word = adjective.group(1) if adjective is not None else ""
            demonyms = getattr(table(lang, "titles"), "DEMONYMS", {})
            entry = aliases.lookup(demonyms.get(word, word)) if word else None
            if entry is not None and entry.type is EntityType.COUNTRY:
                before = Entity(
                    adjective.group(1), adjective.start(1), adjective.end(1), entry.type,
                    entry.canonical,
                )  # fmt: skip
        after = None
        space = SPACES.match(body, title_end)
        if space:
            candidate = aliases.match(body, space.end())
            if candidate is not None:
                entry = aliases.lookup(candidate.group())
                kinds = (
                    (EntityType.COUNTRY, EntityType.PLACE)
                    if territory_after
                    else (EntityType.COUNTRY,)
                )  # "Agriculture Minister Bima Prasetyo": English names no place there
                if entry is not None and entry.type in kinds:
                    after = candidate
        expanded = expansions.get(title.casefold(), title)
        if after is not None:
            role, country = f"{expanded} {after.group()}", aliases.lookup(after.group())
            title_end = after.end()
        elif before is not None:
            role, country = f"{before.text} {expanded}", aliases.lookup(before.text)
        else:
            role, country = expanded, None
        country_name = (country.metonym_of or country.canonical) if country else ""
        key = f"{expanded.casefold()}|{country_name}"
        posted = _posted_to(body, title_end, title, lang, aliases)
        if posted is not None:
            # "Duta Besar Korea Utara untuk Rusia Ri Kwang Hyok": where the envoy is posted
            role = f"{role} {' '.join(body[title_end:posted].split())}"
            title_end = posted
        acronym_portfolio = PORTFOLIO_WITH_ACRONYM.match(body, title_end)
        if acronym_portfolio is not None and _joins_another_title(acronym_portfolio.group(), lang):
            # "Menteri Perdagangan Hendrawan Saputra dan Wakil Kepala Administrasi ... (GACC)
            # Sun Meiling": a second person's title after the joiner, not one portfolio
            acronym_portfolio = None
        matched = (
            acronym_portfolio
            or _english_portfolio(lang).match(body, title_end)
            or _listed_portfolio(lang).match(body, title_end)
        )
        portfolio_end = matched.end() if matched is not None else None
        if portfolio_end is None and after is None:
            portfolio_end = _joined_portfolio_end(body, title_end, lang, stop, aliases)
        portfolio = body[title_end:portfolio_end] if portfolio_end is not None else None
        if portfolio is not None:
            # "Menteri Energi dan Sumber Daya Mineral (ESDM) Rahmat Hidayatullah",
            # "Vice Finance Minister for International Affairs Kenji Morimoto"
            listed = " ".join(portfolio.split())
            role = f"{role}{listed}" if listed.startswith(",") else f"{role} {listed}"
            title_end += len(portfolio)
        space = SPACES.match(body, title_end)
        rank = _title_pattern(lang).match(body, space.end()) if space is not None else None
        if (
            rank is not None
            and rank.group("title")[:1].isupper()
            and (
                _RANK_AFTER_TITLE.match(body, title_end) or rank.group("title") in _honorifics(lang)
            )
        ):
            # "JCS spokesperson Col. Yoon Tae-seok", "Home Minister Datuk Seri Kamarul
            # Ariffin Yusof": a rank or honorific between the title and the name
            role = f"{role} {' '.join(rank.group('title').split())}"
            title_end = rank.end("title")
        name_match = _name_after_title(lang).match(body, title_end)
        gap = SPACES.match(body, title_end)
        headed = body_ends.get(gap.end(), -1) if gap is not None else -1
        if name_match is not None and headed > name_match.end():
            # "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Wisnu
            # Hardiyanto": the body the title heads runs past the words a name may hold
            # (a listed name); the name comes after the whole body
            name_match = _name_after_title(lang).match(body, headed)
        if (
            name_match is not None
            and name_match.group().startswith(",")
            and _after_according(body, title_start, lang)
        ):
            name_match = None  # "Menurut jaksa, Hendarto ...": the comma ends the cue
        name, name_start, name_end = (
            _name_in(
                name_match.start(),
                name_match.end(),
                body,
                stop,
                aliases,
                bodies,
                place_may_open=not territory_after
                and title.casefold() not in _territorial(lang)
                and after is None,
            )
            if name_match
            else (None, -1, -1)
        )
        kind = EntityType.PERSON
        if name is not None and _is_title_case_line(body, title_start, name_end):
            name, name_start, name_end = None, -1, -1
        if (
            name is not None
            and title.casefold() in lay_roles(lang)
            and body[:name_start].split()[-1:] != []
            and body[:name_start].split()[-1] in _place_heads()
        ):
            # "Warga Desa Gam Ici": a resident of the place a head word names (not
            # "Menteri Desa Bambang Suryadi", a portfolio)
            name, name_start, name_end = None, -1, -1
        if (
            name is not None
            and title.casefold() in lay_roles(lang)
            and " " not in name
            and (
                # "warga Cakranegara, Kota Mataram": a larger place in commas qualifies it
                (
                    (heads := PLACE_HEAD_IN_COMMAS.match(body, name_end)) is not None
                    and heads.group(1) in _place_heads()
                )
                # "Euis Komariah (48), warga Kiaracondong, yang ...": the role stands in an
                # apposition after a named person
                or NAMED_BEFORE_APPOSITION.search(
                    body, max(0, title_start - APPOSED_NAME_WINDOW), title_start
                )
            )
        ):
            kind = EntityType.PLACE  # a resident's place, not a second person
        if name is not None and _described_after(body, name_end, lang):
            # "Gelandang Persija Jakarta itu": a demonstrative closes a description (the
            # midfielder of that club), never a person's name
            name, name_start, name_end = None, -1, -1
        closed = portfolio is not None and portfolio.rstrip().endswith(")")
        if name is not None and len(name.split()) > 2 and portfolio is not None and not closed:
            # the portfolio may run on into the name: the name holds the word the
            # article uses alone ("Ms Goh", "Morimoto said"), with one given name before
            # a surname that ends it
            name, name_start = _name_by_later_use(name, name_start, speakers, _not_names(lang))
        elif (
            name is not None
            and after is None
            and before is None
            and portfolio is None
            and posted is None
            and not body[title_end:name_start].strip()
            and _body_before_given_name(name, speakers, lang)
        ):
            # "Ketua Umum Aptrindo Bambang Widjanarko ... kata Bambang": right after the
            # title, the word before the given name the article uses alone is the body the
            # title heads (not after a body already named: "Kepala Pelaksana BPBD Luwu
            # Andi Syamsul Bahri ... kata Syamsul")
            cut = name.index(" ") + 1
            name, name_start = name[cut:], name_start + cut
        if (
            name is not None
            and len(name.split()) >= MIN_TERRITORY_AND_NAME_WORDS
            and title.casefold() in _territorial(lang)
            and not body[title_end:name_start].strip(" ,\t")
            and after is None
            and name.split()[0] not in speakers
        ):
            # "Kepala Desa Sukamaju Asep Saepudin", "Camat Lunyuk Syamsul Bahri": a title
            # of a territory names the territory first
            first = re.match(r"\S+\s+", name)
            if first is not None:
                name, name_start = name[first.end() :], name_start + first.end()
        between = body[title_end:name_start].strip(" ,\t") if name is not None else ""
        if between:  # "Kepala BNPB Suharyanto": the role is "Kepala BNPB"
            role = f"{role} {' '.join(between.split())}"
        if kind is not EntityType.PERSON:
            yield TitleMention(title_start, title_end, role, key)
            yield TitleMention(name_start, name_start, "", "|", name_start, name_end, name, kind)
            continue
        yield TitleMention(title_start, title_end, role, key, name_start, name_end, name)


# A capitalised portfolio closed by its acronym in brackets, right after a title.
PORTFOLIO_WITH_ACRONYM = re.compile(
    # "Menteri Energi dan Sumber Daya Mineral (ESDM)", or only the short form after a
    # portfolio the title already holds ("Menteri Perdagangan (Mendag)")
    # ("Direktur Utama PT Aneka Tambang Tbk. (Antam)": a company's dotted suffix too)
    # ("Kepala Badan Pengatur Hilir Minyak dan Gas Bumi (BPH Migas)": a short form of two)
    r"(?:[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:dan|and|of|for|on|&|[A-Z][\w'’-]*)){0,8}?\.?)?[ \t]*"
    r"\([A-Z][A-Za-z]{1,10}(?:[ \t][A-Z][A-Za-z]{1,10})?\)"
)


def _joins_another_title(text: str, lang: str) -> bool:
    """A joiner in ``text`` followed by the first word of a title ("dan Wakil Kepala")."""
    joiners = {c.casefold() for c in getattr(table(lang, "titles"), "PORTFOLIO_CONNECTORS", ())}
    words = text.split()
    firsts = _title_first_words(lang)
    return any(w.casefold() in joiners and nxt.casefold() in firsts for w, nxt in pairwise(words))


@lru_cache(maxsize=8)
def _territorial(lang: str) -> frozenset[str]:
    """Titles of a territory's head ("Bupati", "Kepala Desa", "Regent"), casefolded."""
    return frozenset(t.casefold() for t in getattr(table(lang, "titles"), "TERRITORIAL", ()))


@lru_cache(maxsize=8)
def _listed_portfolio(lang: str) -> re.Pattern[str]:
    """ "Menteri Ekonomi, Perdagangan, dan Industri Jepang Takeshi Morikawa": portfolios
    listed with commas and closed by "dan" / "and"."""
    joiners = "|".join(re.escape(j) for j in getattr(table(lang, "aliases"), "LIST_JOINERS", ()))
    word = r"[A-Z][\w'’-]*"
    # "Menteri Pertanian, Kehutanan dan Perikanan Jepang": the title took the first
    # portfolio ("Menteri Pertanian"), the list goes on after its comma
    return re.compile(
        rf"(?:(?:[ \t]+{word},)+[ \t]+|,[ \t]+)(?:{word},?[ \t]+)?"
        rf"(?:{joiners or '(?!x)x'})[ \t]+{word}"
    )


# "Menteri Lingkungan Hidup dan Kehutanan Siti Nurbaya": at most this many capitalised
# words before the joiner of a portfolio of two parts
MAX_PORTFOLIO_WORDS_BEFORE_JOINER = 4
# ... and at most this many after it before the name: the word after the joiner, then
# portfolio words or a place ("dan Ekologi Rusia", "dan Pembangunan Daerah Tertinggal")
MAX_PORTFOLIO_WORDS_AFTER_JOINER = 3
_WORD_AFTER = re.compile(r"[ \t]+(\S+)")


def _joined_portfolio_end(
    body: str, title_end: int, lang: str, stop: frozenset[str], aliases: AliasTable
) -> int | None:
    """Where a portfolio of two parts joined by "dan"/"and" ends, when a name follows:
    "Menteri Lingkungan Hidup dan Kehutanan| Siti Nurbaya", "Menteri Sumber Daya Alam dan
    Ekologi Rusia| Sergei Volkonsky". Every word before the joiner is one never part of a
    name (a portfolio word of the titles table). After the joiner the portfolio takes one
    capitalised word, then the words that are never part of a name and a country or place
    of the tables (which ends it); the rest, at least one capitalised word, is the name."""
    joiners = frozenset(getattr(table(lang, "aliases"), "LIST_JOINERS", ()))
    words: list[re.Match[str]] = []
    position = title_end
    # the words before the joiner, the joiner, the words after it, then the name
    run = MAX_PORTFOLIO_WORDS_BEFORE_JOINER + 1 + MAX_PORTFOLIO_WORDS_AFTER_JOINER + MAX_NAME_TOKENS
    while len(words) < run:
        match = _WORD_AFTER.match(body, position)
        if match is None or not (match.group(1)[:1].isupper() or match.group(1) in joiners):
            break
        words.append(match)
        position = match.end()
        if not match.group(1)[-1:].isalnum():
            break  # "Kehutanan," or "Nurbaya." ends the run
    texts = [w.group(1) for w in words]
    at = next((i for i, t in enumerate(texts) if t in joiners), -1)
    if not 1 <= at <= MAX_PORTFOLIO_WORDS_BEFORE_JOINER or at + 2 >= len(texts):
        return None
    if any(t not in stop for t in texts[:at]):
        return None  # "Kang Hyun-seok and Chinese ...": a name before the joiner
    end = at + 1  # the word after the joiner
    while end + 1 < len(texts):
        nxt = texts[end + 1].rstrip(",.")
        pair = " ".join(t.rstrip(",.") for t in texts[end + 1 : end + 3])
        place = next(
            (
                size
                for size, text in ((2, pair), (1, nxt))
                if (entry := aliases.lookup(text)) is not None
                and entry.type in (EntityType.COUNTRY, EntityType.PLACE)
            ),
            0,
        )
        if place:
            end += place
            break
        if nxt not in stop:
            break
        end += 1
    if end + 1 >= len(texts) or not texts[end + 1][:1].isupper():
        return None
    return words[end].end()


@lru_cache(maxsize=8)
def _english_portfolio(lang: str) -> re.Pattern[str]:
    """ "for International Affairs", "of State for Sustainability and the Environment"."""
    if lang != "en":
        return re.compile(r"(?!x)x")
    word = r"[A-Z][\w'’-]*"
    part = rf"(?:for|of)[ \t]+(?:the[ \t]+)?{word}(?:[ \t]+(?:and[ \t]+(?:the[ \t]+)?)?{word})*?"
    # the name after it opens with no portfolio word ("of Marine| Affairs and Fisheries" goes
    # on to "of Marine Affairs and Fisheries| Arief Wicaksono")
    portfolio_words = "|".join(re.escape(w) for w in table(lang, "titles").NOT_NAMES)
    return re.compile(
        rf"[ \t]+{part}(?:[ \t]+{part})*?(?=[ \t]+(?!(?:{portfolio_words})(?![\w'’-]))[A-Z])"
    )


@lru_cache(maxsize=8)
def _description_end(lang: str) -> re.Pattern[str] | None:
    """A demonstrative after up to two capitalised words: where a description ends."""
    words = getattr(table(lang, "speech"), "TITLE_ANAPHOR_AFTER", ())
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:[ \t]+[A-Z][\w'’-]*){{0,2}}[ \t]+(?:{alternation})(?![\w-])")


def _described_after(body: str, end: int, lang: str) -> bool:
    pattern = _description_end(lang)
    return pattern is not None and pattern.match(body, end) is not None


def _place_name_words(text: str, lang: str, aliases: AliasTable) -> set[str]:
    """The capitalised words of a place that no name runs on over: all of a one-word
    place or of one named by a head ("Kota Bekasi"); of a longer one only the words that
    are places themselves or qualify one ("Jakarta Timur"), not "Nguyen" of "Thai Nguyen"
    (a name may open with it: "Nguyen Van Khoa")."""
    words = [w for w in text.split() if w[:1].isupper()]
    heads, qualifiers = _place_heads_and_qualifiers(lang)
    if len(words) <= 1 or words[0] in heads:
        return set(words)
    return {w for w in words if w in qualifiers or aliases.lookup(w) is not None}


@lru_cache(maxsize=8)
def _place_heads_and_qualifiers(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The first words of place heads ("Kota") and the words that qualify a place."""
    data = table(lang, "aliases")
    return (
        frozenset(h.split()[0] for h in getattr(data, "PLACE_HEADS", ())),
        frozenset(getattr(data, "PLACE_QUALIFIERS", ())),
    )


def _body_before_given_name(name: str, speakers: frozenset[str], lang: str) -> bool:
    """In a language whose articles call people by the given name ("kata Bambang"), a
    name of three words or more after a title whose second word is used alone and whose
    first word is not opens with something else: the body the title heads."""
    if not getattr(table(lang, "titles"), "GIVEN_NAME_USED_ALONE", False):
        return False
    words = name.split()
    return len(words) > 2 and words[0] not in speakers and words[1] in speakers


def _name_by_later_use(
    name: str, start: int, speakers: frozenset[str], stop: frozenset[str]
) -> tuple[str, int]:
    """The name after a portfolio that may have run on into it ("... for International
    Affairs Kenji Morimoto"): it starts at the word the article uses alone, with one given
    name before a surname that ends it, cutting only words that are never names
    ("Minister of Science and Technology Nguyen Van Khoa ... Khoa said" keeps all three)."""
    words = list(re.finditer(r"\S+", name))
    for index, word in enumerate(words):
        if word.group() in speakers:
            first = index if index < len(words) - 1 else max(0, index - 1)
            while first > 0 and words[first - 1].group() not in stop:
                first -= 1  # a word no table calls a non-name stays in the name
            cut = words[first].start()
            return name[cut:], start + cut
    return name, start


def _confirmed(body: str, entity: Entity, aliases: AliasTable) -> bool:
    """A place the tables know, one the article names more than once, or one the head-word
    rules cut short before a name ("Kota Bekasi" in "Kota Bekasi Hadi Santoso"); not a
    one-off guess from a head word ("Laut Yudi Prasetyo" after "Panglima Armada")."""
    proper = entity.text.split(maxsplit=1)[-1]  # "Kecamatan Lunyuk" -> "Lunyuk"
    if aliases.lookup(entity.text) is not None or _named_more_than_once(proper, body):
        return True
    # cut short before a name by the head-word rules ("Kota Bekasi| Hadi Santoso")
    return re.match(r"[ \t]+[A-Z]", body[entity.end : entity.end + 2]) is not None


def _named_more_than_once(words: str, body: str) -> bool:
    """``words`` stand on their own at least twice in ``body``."""
    if WORD.fullmatch(words) is None:
        return len(re.findall(rf"\b{re.escape(words)}\b", body)) > 1
    # one word: read off the body's word index instead of compiling a pattern for it
    starts = word_starts(body).get(words.casefold(), ())
    return sum(1 for s in starts if body.startswith(words, s)) > 1


def _is_title_case_line(body: str, start: int, end: int) -> bool:
    """Headlines capitalise every word, so a capital there does not mark a name.

    The words of the candidate itself (``start``..``end``) are left out of the count.
    """
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line_end = len(body) if line_end < 0 else line_end
    if body[line_start:line_end].rstrip().endswith((".", '"', "”", "!", "?")):
        return False  # headlines carry no closing punctuation; body sentences do
    rest = body[line_start:start] + " " + body[end:line_end]
    words = re.findall(r"[^\W\d_][\w'-]*", rest)
    if len(words) < TITLE_CASE_MIN_WORDS:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) > TITLE_CASE_SHARE


def _name_in(
    raw_start: int,
    raw_end: int,
    body: str,
    stop: frozenset[str],
    aliases: AliasTable,
    bodies: SpanSet | None = None,
    *,
    place_may_open: bool = False,
) -> tuple[str | None, int, int]:
    """The name in ``body[raw_start:raw_end]`` after a title: the last run of name words.
    With ``place_may_open`` (a title that names no territory), a one-word place of the
    tables right after the title opens a name when a name word follows ("Agriculture
    Minister Bima Prasetyo": Bima is also a city)."""
    raw = body[raw_start:raw_end]
    offset = raw_start + len(raw) - len(raw.lstrip(", \t"))
    tokens = list(re.finditer(r"\S+", body[offset:raw_end]))
    runs: list[list[re.Match[str]]] = [[]]
    for index, token in enumerate(tokens):
        word = token.group()
        entry = aliases.lookup(word)
        acronym = len(word) > 1 and word.isupper()  # "Kepala BNPB Suharyanto"
        if word in NAME_PARTICLES and index + 1 < len(tokens):
            runs[-1].append(token)  # "farmer I Wayan Sukarta"
            continue
        if word in listed_words("NAME_PREFIXES"):
            runs.append([])  # "Jember dr.| Hendro Prasetyo": a degree opens the name
            continue
        if (
            word in listed_words("GIVEN_NAME_WORDS")
            and index + 1 < len(tokens)
            and _opens_name(tokens[index + 1].group(), stop, aliases)
        ):
            runs[-1].append(token)  # "Kabupaten Lumajang Hari Sulistyo": "Hari" is a name
            continue
        if word in listed_words("SURNAME_WORDS") and runs[-1] and index + 1 == len(tokens):
            runs[-1].append(token)  # "AKBP Ridwan Hakim": "Hakim" ends a name (a judge
            continue  # elsewhere)
        if (
            index == 0
            and word in listed_words("WORD_SURNAMES")
            and index + 1 < len(tokens)
            and _opens_name(tokens[index + 1].group(), stop, aliases)
        ):
            runs[-1].append(token)  # "Commerce Minister He Shulan": a surname, no pronoun
            continue
        at = offset + token.start()
        if (
            place_may_open
            and index == 0
            and entry is not None
            and entry.type is EntityType.PLACE
            and " " not in word
            and index + 1 < len(tokens)
            and _opens_name(tokens[index + 1].group(), stop, aliases)
        ):
            runs[-1].append(token)
            continue
        inside = bodies is not None and bodies.overlaps(at, at + 1)
        compound = bool(PORTFOLIO_COMPOUND.fullmatch(word)) and index + 2 < len(tokens)
        if (
            word in stop
            or acronym
            or inside
            or compound  # "Komunitas Politik-Keamanan| Phan Duc Minh": a field, no name
            or (entry is not None and entry.type is not EntityType.PERSON)
        ):
            runs.append([])  # "Gelandang Timnas Indonesia Rafael Siregar": the last run
            continue
        runs[-1].append(token)
    last = next((run for run in reversed(runs) if run), [])
    kept = last[-MAX_NAME_TOKENS:]
    for extra in range(1, MAX_ORDER_PREFIX_TOKENS + 1):
        longer = last[-MAX_NAME_TOKENS - extra :]
        if len(longer) == MAX_NAME_TOKENS + extra and " ".join(
            t.group() for t in longer[:2]
        ) in listed_words("NAME_ORDER_PREFIXES"):
            kept = longer  # "I Gusti Ayu Ratna Kesumadewi": the order words come on top
    if not kept:
        return None, -1, -1
    kept = kept[_surname_start([t.group() for t in kept]) :]
    start = offset + kept[0].start()
    end = offset + kept[-1].end()
    return body[start:end], start, end


KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Hye-rin", "Min-seok"


def _korean_full_names(body: str, aliases: AliasTable, taken: _Spans) -> Iterator[Entity]:
    """People named by a Korean surname of the tables and a hyphenated given name ("Ri
    Kyong-nam"), where no other rule has found them."""
    for match in KOREAN_FULL_NAME.finditer(body):
        if not _korean_name(match.group().split()) or taken.overlaps(match.start(), match.end()):
            continue
        name = match.group()
        entry = aliases.lookup(name)
        if entry is not None and entry.type is not EntityType.PERSON:
            continue
        yield Entity(
            name, match.start(), match.end(), EntityType.PERSON, entry.canonical if entry else name
        )


KOREAN_FULL_NAME = re.compile(rf"(?<![\w'’-])[A-Z][a-z]+ {KOREAN_GIVEN_NAME.pattern}(?![\w-])")


def _korean_name(words: Sequence[str]) -> bool:
    """A surname of the tables that is also a word ("Yang") before a hyphenated Korean
    given name is a name: "Yang Hye-rin"."""
    return (
        len(words) == 2
        and words[0] in listed_words("EAST_ASIAN_SURNAMES")
        and KOREAN_GIVEN_NAME.fullmatch(words[1]) is not None
    )


def _surname_start(words: Sequence[str]) -> int:
    """Where a Chinese or Korean name starts inside a run of capitalised words: at a
    surname of the tables followed by one or two words, when the run does not open with
    one ("Kantor Bea Cukai Dandong| Sun Weiming", "Wakil Menteri Perkeretaapian| Ri Chol
    Man"; not "Choe Son Hui")."""
    surnames = listed_words("EAST_ASIAN_SURNAMES")
    if len(words) < 2 or words[0] in surnames or words[0] in listed_words("OPENING_SURNAMES"):
        return 0  # ("Loh Wei Ling": "Wei" is a surname too)
    opening = listed_words("OPENING_SURNAMES")
    for index in range(1, len(words)):
        if words[index] in surnames and len(words) - index in (2, 3):
            if words[index - 1] in opening:
                # "Aaron Tan Wei Ming": a Singapore surname before a given name that is a
                # surname too; one English given name may come first
                return 0 if index == 2 else index - 1
            return index
    return 0


@lru_cache(maxsize=32)
def listed_words(name: str) -> frozenset[str]:
    """The words of the titles tables' list ``name``, of every language ("NAME_PREFIXES",
    "WORD_SURNAMES", "SURNAME_WORDS", "GIVEN_NAME_WORDS", "EAST_ASIAN_SURNAMES",
    "OPENING_SURNAMES")."""
    return frozenset(w for lang in ("en", "id") for w in getattr(table(lang, "titles"), name, ()))


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    """Personal pronouns of every language, casefolded: never a key of a name."""
    return frozenset(w.casefold() for lang in ("en", "id") for w in table(lang, "speech").PRONOUNS)


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    """One-word place heads of every language ("Desa", "Kabupaten", "Pulau")."""
    return frozenset(
        h for lang in ("id", "en") for h in table(lang, "aliases").PLACE_HEADS if " " not in h
    )


def _opens_name(word: str, stop: frozenset[str], aliases: AliasTable) -> bool:
    """A capitalised word that may go on a person's name: no stop word, acronym or name
    of the tables."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and word not in stop
        and aliases.lookup(word.rstrip(",.")) is None
    )


# --------------------------------------------------------------------------- coreference


def _name_keys(found: Sequence[Entity]) -> dict[str, list[tuple[int, str]]]:
    """Surname/given-name keys of people named in full, with where they were named."""
    keys: dict[str, list[tuple[int, str]]] = {}
    for entity in found:
        if entity.type is not EntityType.PERSON:
            continue
        for name in {entity.canonical, entity.text}:
            parts = re.split(r"[\s-]+", name)
            if len(parts) < 2:
                continue
            words = name.split()
            last = words[-1]
            double = [last] if DOUBLE_SURNAME.fullmatch(last) and " " in name else []
            # "Mohd Zaidi" for "Mohd Zaidi Hamzah": the first two words of a longer name
            opening = [" ".join(words[:2])] if len(words) > 2 and words[1][:1].isupper() else []
            if opening and words[0].rstrip(".") in listed_words("COMMON_FIRST_NAMES"):
                opening.append(words[1])  # "Arafah" for "Muhammad Arafah Lubis"
            if len(words) > 2 and " ".join(words[:2]) in listed_words("NAME_ORDER_PREFIXES"):
                opening.append(words[2])  # "Wirawan" for "I Gede Wirawan Putra"
            # "Bautista-Reyes" for "Carmelita Bautista-Reyes": a double-barrelled surname
            for part in {parts[0], parts[-1], *double, *opening}:
                # (not "He" of "He Shulan": "He said" is a pronoun; not "Hari" of "Hari
                # Sulistyo": "Hari Senin" is a day)
                if (
                    len(part) >= MIN_KEY_LEN
                    and part[0].isupper()
                    and part.casefold() not in _pronouns()
                    and part not in listed_words("GIVEN_NAME_WORDS")
                    and part not in listed_words("SURNAME_WORDS")  # "Majelis Hakim" is a bench
                ):
                    keys.setdefault(part, []).append((entity.start, entity.canonical))
    return keys


DOUBLE_SURNAME = re.compile(r"[A-Z][\w'’]+-[A-Z][\w'’]+")


def _coreferent_names(body: str, found: list[Entity], taken: _Spans) -> list[Entity]:
    keys = _name_keys(found)
    if not keys:
        return []
    alternation = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    out = []
    for match in re.finditer(rf"(?<![\w-])(?:{alternation})(?![\w]|-[A-Za-z])", body):
        if taken.overlaps(match.start(), match.end()):
            continue
        if match.group() in listed_words("EAST_ASIAN_SURNAMES") and KOREAN_GIVEN_NAME.match(
            body, match.end() + 1
        ):
            continue  # "Ri Kyong-nam" after "Ri Jong-ho": another person of the same surname
        canonical = _nearest(keys[match.group()], match.start(), body)
        entity = Entity(match.group(), match.start(), match.end(), EntityType.PERSON, canonical)
        out.append(entity)
        taken.add(entity)
    return out


def _nearest(candidates: list[tuple[int, str]], position: int, body: str = "") -> str:
    """The person named in full most recently before ``position`` (else the first after);
    not one named only inside the apposition of another of the same name ("Kim Yo Jong,
    adik perempuan pemimpin Korut Kim Jong Un, mengecam ... kata Kim" is Kim Yo Jong)."""
    before = sorted(c for c in candidates if c[0] < position)
    if not before:
        return min(candidates)[1]
    latest = before[-1]
    # the person named before the latest, if another one
    other = next((c for c in reversed(before[:-1]) if c[1] != latest[1]), None)
    if other is None:
        return latest[1]
    start, canonical = other
    other_end = _written_end(body, start, canonical)
    latest_end = _written_end(body, latest[0], latest[1])
    apposed = (
        other_end is not None
        and latest_end is not None
        and body[other_end : other_end + 1] == ","
        and latest[0] - start <= MAX_APPOSITION_CHARS
        and not re.search(r"[.!?\n]", body[other_end : latest[0]])
        and body[latest_end : latest_end + 1] == ","
    )
    return canonical if apposed else latest[1]


def _written_end(body: str, start: int, canonical: str) -> int | None:
    """Where the name ``canonical`` ends when written at ``start``, its words joined by
    spaces or hyphens in any case ("Kim Yo-jong" for "Kim Yo Jong"); None if it is not."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", canonical) if w]
    match = re.compile(r"[ \t-]+".join(words), re.IGNORECASE).match(body, start)
    return match.end() if match is not None else None


def _titled_people(
    body: str, titles: Sequence[TitleMention], found: Sequence[Entity], taken: _Spans
) -> list[Entity]:
    people = {(e.start, e.end): e.canonical for e in found if e.type is EntityType.PERSON}
    holders: dict[str, set[str]] = {}
    for mention in titles:
        canonical = people.get((mention.name_start, mention.name_end))
        if canonical:
            holders.setdefault(mention.key, set()).add(canonical)
    out = []
    for mention in titles:
        # Without a country the role is too vague ("para pemimpin") to name anyone.
        if mention.name is not None or mention.key.endswith("|"):
            continue
        names = holders.get(mention.key, set())
        if len(names) != 1 or taken.overlaps(mention.start, mention.start + 1):
            continue
        text = body[mention.start : mention.end]
        entity = Entity(text, mention.start, mention.end, EntityType.PERSON, next(iter(names)))
        out.append(entity)
        taken.add(entity)
    return out
