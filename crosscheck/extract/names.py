"""Organisations and places that no table lists, named by a head word.

"Kabupaten Banjar", "Kementerian Desa dan Pembangunan Daerah Tertinggal" (the head comes
first in Indonesian) and "London Metal Exchange", "Unification Ministry" (last in
English). The head words are data in ``crosscheck/lang/<lang>/aliases.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from crosscheck.extract.aliases import AliasTable, before_words, first_words
from crosscheck.lang import table
from crosscheck.types import Entity, EntityType

# A body's short name written in brackets after it: "(BMKG)", "(Indef)", "(Bawaslu)".
ACRONYM = r"[A-Z][A-Za-z]{1,11}"  # "KCNA", "MetMalaysia"
TITLE_WINDOW = 40  # the longest title ("Wakil Menteri Luar Negeri") fits in 40 characters
MAX_HEADED_WORDS = 7  # "Badan Penanggulangan Bencana Daerah (BPBD) Kalimantan Selatan"
# Titles opening a run of capitalised words before a tail are no part of the name when at
# least this many words are left before the tail.
MIN_WORDS_AFTER_TITLE = 2
BARE_ACRONYM = re.compile(r"[A-Z]{2,6}")  # "DPR", "BPBD": a body's acronym without brackets
# Lower-case particles inside a person's name ("Maarten de Vries", "Ahmad bin Ismail",
# "Ursula von der Leyen"), before the next capitalised word.
# ("Jimbun anak Nyandang": the Iban and Dayak patronymic of Sarawak and Kalimantan)
NAME_PARTICLE = r"(?:(?:de|dela|del|van|von|der|den|bin|binti|anak|da|dos)[ \t]+){0,2}"
CAPITALISED_RUN = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*)*")  # the capitalised words that follow
DOTTED_ABBREVIATION = re.compile(r"[A-Z](?:\.[A-Z])+\.")  # "U.S.", "U.N." opening a name
PARENTHESIS = re.compile(r"\s*\([^)]*\)")  # "(KPL)", "(Persero)": a bracketed aside
TITLE_CASE_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")  # "Sugeng", "Hartono"


@lru_cache(maxsize=16)
def _title_alternation(lang: str, *, multiword: bool = False, capitalised: bool = False) -> str:
    """The titles of ``lang`` as one regex alternation, longest first (spaces as \\s+)."""
    return (
        "|".join(
            re.escape(t).replace(r"\ ", r"\s+")
            for t in _by_len(table(lang, "titles").TITLES)
            if (not multiword or " " in t) and (not capitalised or t[:1].isupper())
        )
        or "(?!x)x"
    )


@lru_cache(maxsize=8)
def _title_opening(lang: str) -> re.Pattern[str]:
    """Capitalised titles (and the spaces after them) that open a run of capitalised
    words: no part of the body's name the run ends in."""
    titles = _title_alternation(lang, capitalised=True)
    return re.compile(rf"(?:{titles})[ \t]+(?=[A-Z])")


@lru_cache(maxsize=8)
def _title_before(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?i:{_title_alternation(lang)})\s+$")


@lru_cache(maxsize=8)
def _title_at(lang: str) -> re.Pattern[str]:
    """A title in any case and the spaces after it, before a capitalised word."""
    return re.compile(rf"(?i:{_title_alternation(lang)})[ \t]+(?=[A-Z])")


@lru_cache(maxsize=8)
def _title_spanning(lang: str) -> re.Pattern[str]:
    """Multi-word titles that start with a capital ("Ketua Majelis Hakim")."""
    titles = _title_alternation(lang, multiword=True, capitalised=True)
    return re.compile(rf"(?<![\w-])(?:{titles})(?![\w-])")


@lru_cache(maxsize=8)
def _title_ending(lang: str) -> re.Pattern[str]:
    """A title that ends where a head word ends: "Wali Kota" around the head "Kota"."""
    return re.compile(rf"(?<![\w-])(?i:{_title_alternation(lang, multiword=True)})$")


def _by_len(words: Sequence[str]) -> list[str]:
    return sorted(words, key=len, reverse=True)


def longest_first(found: list[Entity]) -> list[Entity]:
    """Keep the longest of overlapping names (sorts ``found`` in place)."""
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out: list[Entity] = []
    for entity in found:
        if out and entity.start < out[-1].end:
            continue
        out.append(entity)
    return out


@lru_cache(maxsize=8)
def _headed_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, EntityType]]:
    data = table(lang, "aliases")
    kinds: dict[str, EntityType] = {}
    for words, kind in (
        (data.ORG_HEADS, EntityType.ORG), (data.PLACE_HEADS, EntityType.PLACE),
        (data.ORG_TAILS, EntityType.ORG), (data.PLACE_TAILS, EntityType.PLACE),
        (getattr(data, "MEDIA_TAILS", ()), EntityType.AGENCY),
    ):  # fmt: skip
        kinds.update({w.casefold(): kind for w in words})
    # "RSUD dr.": a hospital's head with the title of the doctor it is named after
    namesakes = [
        f"{head} {title}"
        for head in getattr(data, "NAMESAKE_HEADS", ())
        for title in getattr(data, "NAMESAKE_TITLES", ())
    ]
    kinds.update({" ".join(n.split()).casefold(): EntityType.ORG for n in namesakes})
    connectors = "|".join(re.escape(c) for c in data.NAME_CONNECTORS) or "(?!x)x"
    cal = table(lang, "calendar")
    calendar_alt = (
        "|".join(re.escape(w) for w in sorted({*cal.WEEKDAYS, *cal.MONTHS}, key=len, reverse=True))
        or "(?!x)x"
    )
    # "Center of Reform on Economics", "Commission on Human Rights": a topic after "on"
    # (not a day: "the Ministry of Health on Tuesday")
    topics = "|".join(re.escape(c) for c in getattr(data, "TOPIC_CONNECTORS", ())) or "(?!x)x"
    token = (
        rf"(?:[A-Z0-9][\w'’&-]*(?:\.[\w'’&-]+)*|\([A-Z][\w.]*\)"
        rf"|(?:{connectors})(?=[ \t]+[A-Z])"
        rf"|(?:{topics})(?=[ \t]+[A-Z])(?![ \t]+(?i:{calendar_alt})\b))"
    )
    heads = "|".join(re.escape(h).replace(r"\ ", r"[ \t]+") for h in _by_len(
        (*data.ORG_HEADS, *data.PLACE_HEADS, *namesakes))) or "(?!x)x"  # fmt: skip
    media = getattr(data, "MEDIA_TAILS", ())
    tails = "|".join(re.escape(t) for t in _by_len((*data.ORG_TAILS, *data.PLACE_TAILS, *media)))
    # a comma may join the words of a listed name: "Badan Meteorologi, Klimatologi, dan
    # Geofisika", "Meteorology, Climatology and Geophysics Agency" (checked by _listed)
    head_pattern = re.compile(
        rf"(?<![\w-])(?P<head>{heads})(?P<rest>(?:,?[ \t]+{token}){{1,{MAX_HEADED_WORDS}}})"
    )
    suffixes = (
        "|".join(re.escape(x) for x in _by_len(getattr(data, "COMPANY_SUFFIXES", ()))) or "(?!x)x"
    )
    located = (
        "|".join(rf"(?<={re.escape(t)})" for t in getattr(data, "LOCATED_TAILS", ())) or "(?!x)x"
    )
    tail_pattern = re.compile(
        # ("U.S. Geological Survey": a dotted abbreviation may open the name)
        rf"(?<![\w'’.-])(?P<rest>[A-Z](?:(?:\.[A-Z])+\.|[\w&'’-]*)"
        rf"(?:,?[ \t]+{token}){{0,{MAX_HEADED_WORDS - 1}}}?)"
        rf"[ \t]+(?P<head>{tails or '(?!x)x'})"
        # "Benguet Provincial Police Office", "Korean Railway Workers' Union": a tail may
        # follow another, up to two words after it; the last one names
        rf"(?:(?:[ \t]+[A-Z][\w'’-]*){{0,2}}?[ \t]+(?P<last>{tails or '(?!x)x'})(?![\w-]))*"
        rf"(?:[ \t]+(?:{suffixes}))?(?![\w-])"
        # ("UN Office on Drugs and Crime": "on" before a topic, not before a day)
        rf"(?P<more>[ \t]+(?:of|for|on(?![ \t]+(?i:{calendar_alt})\b))"
        rf"(?:[ \t]+{token}){{1,{MAX_HEADED_WORDS}}}"
        # "the Chinese Embassy in Manila": a mission is named with the city it sits in
        rf"|(?:{located})[ \t]+in[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)?"
    )
    return head_pattern, tail_pattern, kinds


def headed_names(
    body: str, lang: str, aliases: AliasTable, speakers: frozenset[str] | None = None
) -> Iterator[Entity]:
    """Yield organisations and places named by a head word, in text order per pattern.

    ``speakers`` are the words the article uses alone as a speaker (``speaker_words``;
    found here when not given).

    >>> [e.text for e in headed_names("Banjir di Kabupaten Banjar dan Kabupaten Tapin.",
    ...                                "id", AliasTable.load())]
    ['Kabupaten Banjar', 'Kabupaten Tapin']
    """
    head_pattern, tail_pattern, kinds = _headed_patterns(lang)
    calendar = _calendar_words(lang)
    head_words = _head_words(lang)
    connectors = set(table(lang, "aliases").NAME_CONNECTORS)
    joiners = frozenset(getattr(table(lang, "aliases"), "LIST_JOINERS", ()))
    if speakers is None:
        speakers = speaker_words(body, lang)
    runs = list(
        _head_runs(body, lang, head_pattern, kinds, calendar, head_words, connectors, aliases)
    )
    closed = _closed_names(
        body, [(m.start(), m.start("rest") + kept[-1].end()) for m, kept in runs]
    )
    qualifiers = frozenset(getattr(table(lang, "aliases"), "PLACE_QUALIFIERS", ()))
    compass = frozenset(getattr(table(lang, "aliases"), "COMPASS_WORDS", ()))
    companies = frozenset(getattr(table(lang, "aliases"), "COMPANY_HEADS", ()))
    for match, kept in runs:
        cut = _name_cut(
            body,
            match,
            kept,
            speakers,
            closed,
            head_words,
            (qualifiers, compass, companies),
            aliases,
            place=kinds[_fold_head(match.group("head"))] is EntityType.PLACE,
        )
        end = match.start("rest") + kept[cut - 1].end() if cut else match.end("head")
        if cut and body[end - 2 : end] in POSSESSIVE_ENDINGS:
            end -= 2  # "PT Freeport Indonesia's copper smelter": the body, not its possessive
        kind = kinds[_fold_head(match.group("head"))]
        end = _before_placed_topic(body, match.start(), end, kind, aliases, lang)
        yield _named(body, match.start(), end, kind, aliases)
    # (each name ends in a tail word: tried only within its words before one)
    topic_words = frozenset(getattr(table(lang, "aliases"), "TOPIC_CONNECTORS", ()))
    for match in before_words(tail_pattern, body, _tail_words(lang), MAX_HEADED_WORDS):
        start = match.start("rest")
        rest = match.group("rest")
        if "," in rest and not _listed(rest.split(","), joiners, head_words, aliases):
            listed = _listed_tail(rest, joiners, head_words, aliases)
            if listed is not None:
                # "Meanwhile, the Tourism, Arts and Culture Ministry": the listed name
                # starts after a comma of the sentence's own
                start += listed
            else:
                # "In Jakarta, Bandung Police", "Separately, the Japanese Ministry": no
                # listed name; it starts at the first capitalised word after the last comma
                after = re.search(r"[A-Z]", rest[rest.rfind(",") :])
                if after is not None:
                    start += rest.rfind(",") + after.start()
                else:
                    start = match.start("head")  # "In neighboring Malaysia, the| Department"
        for word in re.finditer(r"\S+", match.group("rest")):
            text = word.group()
            if (
                text in ("The", "A", "An")
                or text in calendar
                or text.endswith(("'s", "’s", "-based"))  # "Manila-based Timberline ..."
                or text in getattr(table(lang, "aliases"), "NOT_NAME_OPENERS", ())
            ):
                # "The Unification Ministry", "South Korea's Unification Ministry"
                start = max(start, match.start("rest") + word.end() + 1)
            elif text in topic_words:
                # "San Agustin on| Tablas Island": a topic word before a tail opens a place
                start = max(start, match.start("rest") + word.end() + 1)
        opened = start
        while (
            opening := _title_opening(lang).match(body, opened, match.start("head"))
        ) is not None:
            opened = opening.end()
        if len(body[opened : match.start("head")].split()) >= MIN_WORDS_AFTER_TITLE:
            start = opened  # "Presiden Direktur| Hanbit Marine Industries": titles open it
            # (not "General| Elections Commission": one word left is no name)
        # after a title, the capitalised words before "of" name its holder: "urban planner
        # Yosef Manurung of| Mulawarman University", "Economist Rina Kusuma of| ..."
        titled = _title_at(lang).match(body, start, match.start("head"))
        member = PERSON_OF.match(body, titled.end() if titled else start, match.start("head"))
        if member is not None and (
            titled or _title_before(lang).search(body, max(0, start - TITLE_WINDOW), start)
        ):
            start = member.end()
        # ("Myanmar's Union Election Commission": the first tail opens a longer name)
        named_to = match.start("last") if match.group("last") else match.start("head")
        if not body[start:named_to].strip():
            if not match.group("more"):
                continue
            start = match.start("head")  # "Australia's Department of Home Affairs"
        kind = kinds[_fold_head(match.group("last") or match.group("head"))]
        if kind is EntityType.PLACE and re.match(r"[ \t]+[A-Z]", body[match.end() :]):
            continue  # "Samar Ocean Lines": the place word is inside a longer name
        # "South Korea's Unification Ministry" is named as written, "Unification Ministry"
        # (the gold set's convention: the fullest written name, no possessive country)
        end = match.end()
        if match.group("head")[:1].islower():
            end = len(body[: match.start("head")].rstrip())  # "Bangli district": Bangli
        yield _named(body, start, end, kind, aliases)


def inner_place_words(text: str, lang: str) -> set[str]:
    """The capitalised words a place head names inside a body's name: "Sintang" in "KPU
    Kabupaten Sintang", "Lebak" in "Dinas Kesehatan Kabupaten Lebak".

    >>> sorted(inner_place_words("KPU Kabupaten Buton Selatan", "id"))
    ['Buton', 'Selatan']
    """
    out: set[str] = set()
    for match in _inner_place_pattern(lang).finditer(text):
        out.update(match.group(1).split())
    return out


def inner_places(text: str, lang: str) -> list[str]:
    """The places a place head names inside a body's name, as written: "Kota Bekasi" in
    "BPBD Kota Bekasi" (so that the body and a mention of the place share a name).

    >>> inner_places("Kepala Pelaksana BPBD Kota Bekasi", "id")
    ['Kota Bekasi']
    """
    return [" ".join(m.group(0).split()) for m in _inner_place_pattern(lang).finditer(text)]


@lru_cache(maxsize=8)
def _inner_place_pattern(lang: str) -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in _by_len(table(lang, "aliases").PLACE_HEADS))
    return re.compile(rf"(?<=\s)(?:{heads or '(?!x)x'})((?:[ \t]+[A-Z][\w'’-]*)+)")


# An age in brackets after a run of capitalised words ends a person's name, not a body's.
AGE_AFTER = re.compile(r"[ \t]*\(\d{1,3}\)")
AGED_NAME_WORDS = 2  # "Masaru Ebina (64)": the words of the name before the age


def _ends_in_body(words: Sequence[str], aliases: AliasTable) -> bool:
    """Whether the words are, or end with a name of two or more words that is, an
    organisation of the tables ("... dan Bisnis Universitas Indonesia")."""
    for start in range(len(words)):
        if start and len(words) - start < 2:
            break
        entry = aliases.lookup(" ".join(words[start:]))
        if entry is not None and entry.type in (EntityType.ORG, EntityType.AGENCY):
            return True
    return False


def _name_cut(
    body: str,
    match: re.Match[str],
    kept: Sequence[re.Match[str]],
    speakers: frozenset[str],
    closed: frozenset[str],
    head_words: frozenset[str],
    place_words: tuple[frozenset[str], frozenset[str], frozenset[str]],
    aliases: AliasTable,
    place: bool = False,
) -> int:
    """How many of a headed name's words are its own: the name stops before a person's
    name that evidence in the article sets apart. ``place_words`` are the words that
    qualify a place ("Tengah", "Kota"), the compass words among them and the heads of
    companies, whose names a place does not end; ``place``: the head names a place."""
    qualifiers, compass, companies = place_words
    end = match.start("rest") + kept[-1].end()

    def prefix_of(index: int) -> str:
        """The name's first ``index`` words after its head, the head included."""
        return body[match.start() : match.start("rest") + kept[index - 1].end()]

    if len(kept) >= AGED_NAME_WORDS + 1 and AGE_AFTER.match(body, end):
        # "Ketua Federasi Koperasi Perikanan Hokkaido Masaru Ebina (64)": a body has no
        # age; the last two words are the person's name, or every word after a body of
        # the tables ("Universitas Indonesia| Teuku Rizal Fahmi (58)")
        for index in range(1, len(kept) - AGED_NAME_WORDS):
            if _ends_in_body(prefix_of(index).split(), aliases):
                return index
        return len(kept) - AGED_NAME_WORDS
    first = kept[0].group()
    if (
        BARE_ACRONYM.fullmatch(match.group("head"))
        and match.group("head") not in companies  # "PT Mandala Nikel Baterai ... Mandala said"
        and len(kept) > 1
        and first in speakers
        and aliases.lookup(first) is None
        and first not in qualifiers
    ):
        return 0  # "Kepala BPBD| Sugeng Haryadi" where the article says "Sugeng menegaskan"
    # (the run may stop short of the name's last word: count the body's words after it)
    words_after_run = len(CAPITALISED_RUN.match(body, end).group().split())
    for index in range(1, len(kept)):
        prefix = prefix_of(index)
        # "Kabupaten Lampung Tengah", "Kementerian Perdagangan Korea Selatan" go on
        continues = kept[index].group() in qualifiers or _ends_in_place(
            f"{prefix} {kept[index].group()}", aliases
        )
        last_of_company = match.group("head") in companies and index == len(kept) - 1
        if kept[index].group() in speakers and not continues and not last_of_company:
            return index  # "Kota Bekasi Hadi Santoso" where the article says "kata Hadi"
            # (not "PT Jasa Raharja menyatakan": a company's last word before its verb)
        heads_here = kept[index].group().casefold() in head_words
        name_words = len(kept) - index + words_after_run
        if prefix.endswith(")") and not continues and not heads_here and name_words > 1:
            return index  # "Kementerian Kelautan dan Perikanan (KKP)| Bambang Sutejo": the
            # acronym closes the body before a name of two words; a place goes on after it
            # ("(Bawaslu) Buton Selatan", "(BBWS) Brantas", "(Tipikor) Tanjungkarang")
        rest = [k.group() for k in kept[index:]]
        if (
            BARE_ACRONYM.fullmatch(prefix.split()[-1])
            and not continues
            and not heads_here
            # ("PT SNS| Bonar Sitompul": a company named by its acronym alone, before a
            # name the article uses as a speaker)
            and (
                match.group("head") not in companies
                or (index == 1 and len(rest) == 2 and rest[-1] in speakers)
            )
            and len(rest) + words_after_run > 1
            and all(TITLE_CASE_WORD.fullmatch(w) for w in rest)
        ):
            return index  # "Komisi VII DPR| Sugeng Hartono": an acronym closes the body
            # before a name of two words (a place still goes on: "BPBD DKI Jakarta")
        if " ".join(prefix.split()) in closed and not heads_here:
            return index  # "Kota Bekasi Dedi Kurniawan" where "Kota Bekasi" stands alone
        listed = body[match.start("rest") + kept[index - 1].end() :].startswith(",")
        if (
            _ends_in_body(prefix.split(), aliases)
            and not continues
            and not listed  # "Kementerian Perdagangan, Industri, dan Energi": one name
            and not heads_here
            and len(kept) - index > 1
        ):
            return index  # "Universitas Padjadjaran| Laksmi Hapsari Wulandari", "Fakultas
            # Ekonomi dan Bisnis Universitas Indonesia| Teuku Rizal Fahmi": a body of the
            # tables is whole; a name of two words after it is a person's
        words = prefix.split()
        qualified = (  # "Kabupaten Lampung Tengah| Heru Santoso"
            len(words) > 2
            and words[-1] in qualifiers
            and (
                _ends_in_place(" ".join(words[:-1]), aliases)
                # "BPBD Halmahera Barat| Sahril Abubakar": a compass word closes a
                # territory no table knows when a name of two words follows
                or (len(kept) - index > 1 and not heads_here and words[-1] in compass)
            )
        )
        company = match.group("head") in companies  # "PT Morowali Mas Nickel Industry"
        # "warga Kampung Tegal Asri, Desa ...": one word before a comma ends a place's own
        # name (Tegal is also a city) rather than opening a person's
        last_word = (
            place and index == len(kept) - 1 and not words_after_run and body[end : end + 1] == ","
        )
        if (
            not continues
            and not company
            and not last_word
            and (
                _ends_in_place(prefix, aliases)
                or qualified
                # ("Kepala Jasa Raharja Cabang Jawa Tengah| Bambang Wicaksono": the place of
                # the tables is the whole name so far)
                or (
                    place
                    and (whole := aliases.lookup(" ".join(words))) is not None
                    and whole.type is EntityType.PLACE
                )
            )
        ):
            return index  # "Kementerian Luar Negeri China Guo Peng": a body ends with its
            # country or place; a name after it is a person's
    return len(kept)


@lru_cache(maxsize=8)
def speaker_words(body: str, lang: str) -> frozenset[str]:
    """Capitalised words used as a speaker on their own: right after a post-quote verb or
    "menurut" ("kata Hadi", "Menurut Hadi,"), or right before a speech verb ("Hadi
    menyebut"). A place name does not run on over such a word: "Kota Bekasi Hadi
    Santoso" in an article that also says "kata Hadi" is a place and a person."""
    # "Kementerian Luar Negeri menyatakan": a word never part of a name is no speaker
    never = frozenset(getattr(table(lang, "titles"), "NOT_NAMES", ()))
    found = (
        m.group("a") or m.group("b") or m.group("c")
        for m in _speaker_word_pattern(lang).finditer(body)
    )
    return frozenset(w for w in found if w not in never)


@lru_cache(maxsize=8)
def _speaker_word_pattern(lang: str) -> re.Pattern[str]:
    speech = table(lang, "speech")
    before = "|".join(re.escape(w) for w in (*speech.POST_VERBS, *speech.ACCORDING_TO))
    after = "|".join(re.escape(w) for w in speech.SPEECH_VERBS)
    honorifics = "|".join(re.escape(h) for h in getattr(speech, "HONORIFICS", ()))
    return re.compile(
        rf"(?<![\w-])(?i:{before or '(?!x)x'})\s+(?P<a>[A-Z][a-z][\w'’-]*)(?=[\s,.;:])"
        rf"|(?<![\w'’-])(?P<b>[A-Z][a-z][\w'’-]*)\s+(?i:{after or '(?!x)x'})(?![\w-])"
        # "Ms Goh said", "Dr Lim": a surname after an honorific
        rf"|(?<![\w-])(?:{honorifics or '(?!x)x'})\.?\s+(?P<c>[A-Z][a-z][\w'’-]*)"
    )


def _ends_in_place(text: str, aliases: AliasTable) -> bool:
    """``text`` ends with a country or place of the alias tables ("... Korea Selatan",
    "Kabupaten Cianjur")."""
    words = text.split()
    for size in (1, 2, 3):
        if len(words) > size:
            entry = aliases.lookup(" ".join(words[-size:]))
            if entry is not None and entry.type in (EntityType.COUNTRY, EntityType.PLACE):
                return True
    return False


def _closed_names(body: str, runs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """Headed names that end before a lowercase word or punctuation somewhere in the body."""
    out = set()
    for start, end in runs:
        if not re.match(r"[ \t]+[A-Z]", body[end : end + 2]):
            out.add(" ".join(body[start:end].split()))
    return frozenset(out)


@lru_cache(maxsize=8)
def _tail_words(lang: str) -> frozenset[str]:
    """Where a name ended by a tail word ("... Agency", "... Police") may end: the first
    words of the tails."""
    data = table(lang, "aliases")
    return first_words((*data.ORG_TAILS, *data.PLACE_TAILS, *getattr(data, "MEDIA_TAILS", ())))


@lru_cache(maxsize=8)
def _head_words(lang: str) -> frozenset[str]:
    """The first words of the heads and tails that name a body or place, casefolded."""
    return frozenset(h.split()[0] for h in _headed_patterns(lang)[2])


def _head_runs(
    body: str,
    lang: str,
    head_pattern: re.Pattern[str],
    kinds: dict[str, EntityType],
    calendar: frozenset[str],
    head_words: frozenset[str],
    connectors: set[str],
    aliases: AliasTable,
) -> Iterator[tuple[re.Match[str], list[re.Match[str]]]]:
    """Each head-word match with the words of its name (before any cut)."""
    joiners = frozenset(getattr(table(lang, "aliases"), "LIST_JOINERS", ()))
    parents = frozenset(getattr(table(lang, "aliases"), "PARENT_BODY_HEADS", ()))
    # ("Warga Kampung Lehi, Nus Lumingkewas (58), mengaku": a lay role before a place
    # opening its sentence names the place)
    lay = lay_roles(lang)
    inner = frozenset(getattr(table(lang, "aliases"), "INNER_HEADS", ()))
    closing = frozenset(getattr(table(lang, "titles"), "BODY_CLOSING_TITLES", ()))
    position = 0
    after_title = _title_before(lang)
    title_ending = _title_ending(lang)
    spanning = _title_spanning(lang)
    while (match := head_pattern.search(body, position)) is not None:
        position = match.end()
        is_place = kinds[_fold_head(match.group("head"))] is EntityType.PLACE
        title = is_place and after_title.search(
            body, max(0, match.start() - TITLE_WINDOW), match.start()
        )
        if title and title.group()[:1].isupper() and title.group().strip().casefold() not in lay:
            continue  # "Menteri Desa Bambang Suryadi": a role, not a village ("warga Kota
            # Bekasi" is a place: roles fused with a body are written with a capital)
        if title_ending.search(body, max(0, match.start() - TITLE_WINDOW), match.end("head")):
            position = match.end("head")
            continue  # "Wali Kota Bekasi": the head word is part of a title
        around = spanning.search(body, max(0, match.start() - TITLE_WINDOW), match.end() + 1)
        if around is not None and around.start() < match.start() < around.end():
            position = around.end()
            continue  # "Ketua Majelis Hakim Hendro Saputra": a title, not the body Majelis
        if (
            match.group("head") in inner
            and WORD_BEFORE.search(body, max(0, match.start() - TITLE_WINDOW), match.start())
            and not after_title.search(body, max(0, match.start() - TITLE_WINDOW), match.start())
        ):
            position = match.end("head")
            continue  # "Pengurus Pusat PBSI", "Jakarta Pusat": inside a longer name (not
            # after a title: "Kepala Pusat Data ...")
        rest = match.group("rest")
        acronym_head = match.group("head").isupper()
        if acronym_head and rest.startswith(","):
            continue  # "dari BPBD, Manggala Agni, TNI": a list of bodies, not one name
        words = list(re.finditer(r"[^\s,]+", rest))
        kept = []
        for index, word in enumerate(words):
            following = words[index + 1].group().casefold() if index + 1 < len(words) else ""
            if word.group().strip("()") in calendar:
                break
            if word.group() in connectors and following in head_words:
                break  # "Kabupaten Banjar dan Kabupaten Tapin" are two places
            if word.group().isupper() and word.group() in _rank_words(lang):
                break  # "Polres Kuningan AKP Deni ...": a rank opens the person's name
            if (
                kept
                and word.group() in closing
                and index + 1 < len(words)
                and words[index + 1].group()[:1].isupper()
            ):
                break  # "Office of Civil Defense| Administrator Rodolfo Banaag"
            if kept and word.group() in parents:
                break  # "Pusat Vulkanologi ... (PVMBG)| Badan Geologi": the body above it
            kept.append(word)
            comma = rest[word.end() : word.end() + 1] == ","
            if comma and (
                acronym_head
                or not _listed(rest[word.start() :].split(","), joiners, head_words, aliases)
            ):
                break  # "Kementerian Luar Negeri, Kementerian ...": the name ends here
                # (and no list follows an acronym: "BPBD, Manggala Agni, TNI, dan ...")
        while kept and not kept[-1].group()[:1].isupper() and not kept[-1].group()[:1].isdigit():
            kept.pop()  # a name ends in a capitalised word, not in "dan"
        if not kept:
            continue
        position = match.start("rest") + kept[-1].end()  # the next name starts right after
        yield match, kept


POSSESSIVE_ENDINGS = ("'s", "’s")
# A person's name and the "of" before the body the person belongs to: "Yosef Manurung of"
PERSON_OF = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+){1,3}?of[ \t]+(?=[A-Z])")
# A capitalised word right before a position: "his |Indonesian| counterpart", "Pengurus|
# Pusat PBSI".
WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \t]+$")


@lru_cache(maxsize=8)
def lay_roles(lang: str) -> frozenset[str]:
    """Roles of people who hold no office ("warga", "resident"; ``LAY_ROLES``), casefolded."""
    return frozenset(r.casefold() for r in getattr(table(lang, "speech"), "LAY_ROLES", ()))


def _listed(
    parts: Sequence[str], joiners: frozenset[str], head_words: frozenset[str], aliases: AliasTable
) -> bool:
    """The comma-separated parts of a name are one listed name: every part before the last
    is one capitalised word that is no head word and no known place, and the last part
    joins the list with a connector ("Klimatologi, dan Geofisika", "Climatology and ...")."""
    *listed, last = [p.strip() for p in parts]
    for part in listed:
        words = part.split()
        if not words:
            continue  # the comma before "dan" in "Klimatologi, dan Geofisika"
        word = words[-1]
        if not word[:1].isupper() or word.casefold() in head_words or aliases.lookup(word):
            return False
        if len(words) > 1 and part is not listed[0]:
            return False  # only the first part may hold more words ("Badan Meteorologi")
    tail = last.split()
    return len(tail) >= 2 and any(w in joiners for w in tail[:2])


def _before_placed_topic(
    body: str, start: int, end: int, kind: EntityType, aliases: AliasTable, lang: str
) -> int:
    """Where a name ends before a topic word ("on") that opens a place, not a topic: a
    place is on an island ("Mount Lewotobi Laki-laki| on Indonesia's Flores"), a body's
    topic is no place of the tables ("Center of Reform on Economics" stays whole)."""
    for word in getattr(table(lang, "aliases"), "TOPIC_CONNECTORS", ()):
        at = body.find(f" {word} ", start, end)
        while at >= 0:
            after = re.match(r"[\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]*)?", body[at + len(word) + 2 : end])
            topic = after.group() if after is not None else ""
            entry = aliases.lookup(topic) or aliases.lookup(topic.split()[0] if topic else "")
            placed = entry is not None and entry.type in (EntityType.PLACE, EntityType.COUNTRY)
            if kind is EntityType.PLACE or placed or OWNER_WORD.match(topic):
                return at
            at = body.find(f" {word} ", at + 1, end)
    return end


OWNER_WORD = re.compile(r"[\w.-]+['’]s\b")  # "on Indonesia's Flores": an owner opens a place


def _listed_tail(
    rest: str, joiners: frozenset[str], head_words: frozenset[str], aliases: AliasTable
) -> int | None:
    """Where a listed name starts inside ``rest`` after one of its commas, past the
    lower-case words that open it ("Meanwhile, the| Tourism, Arts and Culture"); None if
    no part after a comma opens one."""
    commas = [i for i, c in enumerate(rest) if c == ","]
    for comma in commas[:-1]:  # a list needs a comma of its own after its first part
        opening = re.search(r"[A-Z]", rest[comma:])
        if opening is None:
            return None
        at = comma + opening.start()
        if "," in rest[comma + 1 : at]:
            continue
        if _listed(rest[at:].split(","), joiners, head_words, aliases):
            return at
    return None


def _fold_head(head: str) -> str:
    return " ".join(head.split()).casefold()


def _named(body: str, start: int, end: int, kind: EntityType, aliases: AliasTable) -> Entity:
    text = body[start:end]
    entry = aliases.lookup(text)
    if entry is None and DOTTED_ABBREVIATION.match(text):
        # "U.S. State Department" as the tables write it ("US State Department")
        entry = aliases.lookup(DOTTED_ABBREVIATION.sub(lambda m: m.group().replace(".", ""), text))
    bare = ACRONYM_AT_END.sub("", text)
    if entry is None and bare != text:
        # "US Federal Bureau of Investigation (FBI)": the name the tables know, without
        # the acronym it is given in brackets
        entry = aliases.lookup(bare)
    if entry is not None:
        return Entity(text, start, end, entry.type, entry.canonical)
    return Entity(text, start, end, kind, " ".join(text.split()))


ACRONYM_AT_END = re.compile(r"\s*\([A-Z][\w.]*\)$")


def with_headed_names(found: list[Entity], named: list[Entity]) -> list[Entity]:
    """Headed names replace the table matches they contain ("Kedutaan Besar Korea Selatan"
    is an embassy, not South Korea); a table match of the same span keeps its canonical.

    >>> korea = Entity("Korea Selatan", 16, 29, EntityType.COUNTRY, "South Korea")
    >>> embassy = Entity("Kedutaan Besar Korea Selatan", 0, 29, EntityType.ORG, "x")
    >>> [e.text for e in with_headed_names([korea], [embassy])]
    ['Kedutaan Besar Korea Selatan']
    """
    kept_named = []
    for entity in named:
        clash = [e for e in found if e.start < entity.end and entity.start < e.end]
        if any(not (entity.start <= e.start and e.end <= entity.end) for e in clash):
            continue  # overlaps a table name it does not contain
        if any(e.start == entity.start and e.end == entity.end for e in clash):
            continue
        found = [e for e in found if e not in clash]
        kept_named.append(entity)
    return longest_first([*found, *kept_named])


@lru_cache(maxsize=8)
def _rank_words(lang: str) -> frozenset[str]:
    """One-word titles of the language written in capitals (ranks: "AKP", "AKBP")."""
    return frozenset(t for t in table(lang, "titles").TITLES if " " not in t and t.isupper())


@lru_cache(maxsize=8)
def _calendar_words(lang: str) -> frozenset[str]:
    cal = table(lang, "calendar")
    return frozenset(w.capitalize() for w in [*cal.WEEKDAYS, *cal.MONTHS] if len(w) > 3)


MAX_APPOSITION_GAP = 100  # ", a tabloid published by the ruling Communist Party's "
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


@lru_cache(maxsize=8)
def apposition_opening(lang: str) -> re.Pattern[str] | None:
    """A comma and an apposition's opening article (", a", ", the";
    ``APPOSITION_OPENERS``); None for a language that writes none."""
    openers = getattr(table(lang, "speech"), "APPOSITION_OPENERS", ())
    alternation = "|".join(re.escape(o) for o in openers)
    return re.compile(rf",\s+(?:{alternation})\s") if alternation else None


def inside_apposition(gap: str, lang: str) -> bool:
    """``gap``, the text between a name and a later one, opens an apposition of the first
    that holds the second within its sentence ("The Global Times|, a tabloid published by
    the |People's Daily"): the later name only describes the first."""
    opening = apposition_opening(lang)
    return (
        opening is not None
        and len(gap) <= MAX_APPOSITION_GAP
        and opening.match(gap) is not None
        and not _SENTENCE_END.search(gap)
    )
