"""Who speaks: cue phrases, pronouns and "-nya" resolved to the people of the article.

``SpeakerResolver`` holds an article's entities and sentences and answers "who is the
speaker of this phrase", "who is the subject right before this verb" and "who does
*Ia* / *Menurutnya* / *he* stand for" (the last person who was a speaker or the first
person named in a sentence before that point).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from functools import cached_property, lru_cache

from crosscheck.extract.aliases import AliasTable, WordMatches, first_words
from crosscheck.extract.entities import fuller_body, home_country, listed_words, owned_name
from crosscheck.extract.names import (
    ACRONYM,
    PARENTHESIS,
    apposition_opening,
    inside_apposition,
)
from crosscheck.extract.quote_marks import segments
from crosscheck.extract.spans import SpanSet
from crosscheck.extract.speech_cues import MAX_SPEAKER_WORDS, cue_patterns
from crosscheck.lang import is_calendar_word, table
from crosscheck.types import Article, Entity, EntityType, Quote, TextSpan

# "the national disaster agency (BNPB)": a described body and its acronym in brackets
DESCRIBED_ACRONYM = re.compile(rf"(?:\w+\s+){{0,4}}?(?P<head>\w+)\s*\((?P<acronym>{ACRONYM})\)")
NAME_CONNECTORS = frozenset(
    {"dan", "and", "of", "de", "du", "des", "dello", "della", "van", "von"}
)  # ("Electricite du Cambodge")
TRAILING_NAME = re.compile(
    r"(?<=[a-z] )(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}|[A-Z]{2,}[A-Z0-9-]*)$"
)  # "lawmaker Lee Seong-kweun", "the state weather service PAGASA"
CONTINUATION_VERB_CHARS = 40  # "Dia| juga menambahkan": where the verb after a pronoun is
BODY_PRONOUN_SENTENCES = 2  # "it said" for a body opening one of the two sentences before
MIN_DESCRIBED_ROLE_WORDS = 2  # "Deputy Minister" within "deputy agriculture minister"
MAX_MEDIUM_WORDS = 2  # "yang dikutip kantor berita| resmi| Xinhua"
MAX_DESCRIPTOR_GAP = 2  # "perusahaan| analisis blockchain| ChainWatch"
FRONTED_PRONOUN = re.compile(r",\s+([\w'’-]+)\s")  # "Setibanya di bandara, ia disambut"
LONE_TRAILING_NAME = re.compile(r"(?<=[a-z] )[A-Z][\w'’-]*$")  # "firm ChainWatch"
# "juru bicara Kementerian Pertahanan Korea Selatan, Jeon Min-soo": a name set off by a
# comma at the end of a phrase that opens with a role
APPOSED_NAME = re.compile(r",\s+(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\W*$")
RUN_STOPS = frozenset({"The", "A", "An", "Para", "Sang"})  # never the start of a name
SUBJECT_WINDOW = 80  # characters before a verb that can hold a subject of six words
# nothing, or an age ("Sumiati (47)", "Marites Cruz, 38"), before the comma
AGE_BEFORE = re.compile(r"(?:,[ \t]*\d{1,3}|[ \t]*\(\d{1,3}\))$")  # ", 43" / " (43)" at the end
AGE_ONLY = re.compile(r"\s*(?:\(\d{1,3}\)|,\s*\d{1,3})?\s*")
MAX_ANAPHOR_WORDS = 4  # "the Indonesian defence minister"
WORD_BEFORE_NAME = re.compile(r"([\w'’-]+),?[ \t]+$")  # "His wife, |Keiko Nishida"
WORD_BEFORE_NAME_CHARS = 30  # how far back that word is looked for
MAX_OWNER_WORDS = 3  # "South Korea's spy agency": the owner's possessive within 3 words
RELAY_CUE_CHARS = 60  # "sebagaimana dikutip kantor berita resmi " before an agency's name
MAX_OPEN_RELATIVE_WORDS = 12  # "yang mendampingi Hendrik dalam jumpa pers itu"
AGENCY_SENTENCES = 2  # "the newspaper" looks this many sentences back for one that spoke
RECENT_SUBJECTS = 2  # a title points to the holder named last when it spoke this recently
MAX_PRONOUN_LOOKBACK = 4  # subjects a gendered pronoun may skip back over
MAX_DESCRIBED_WORDS = 6  # "Pria yang akrab disapa Budi itu"
# How many paragraphs after its own a title or body pointing ahead may find its holder.
CATAPHOR_PERSON_PARAGRAPHS = 1
CATAPHOR_BODY_PARAGRAPHS = 2
# Appositions in commas that may stand between a name and its verb.
MAX_APPOSITIONS = 2
# How far a relative clause may run after a one-word description before its closing "itu"
MAX_DESCRIBED_TAIL_CHARS = 120
# The words right before a body's name that describe it ("the monitoring group X").
DESCRIPTOR_WORDS = 2
DESCRIPTOR_CHARS = 30
BODY_ACRONYM = re.compile(
    r"\s*\([A-Z][A-Za-z-]{1,14}\)(?=[\s,]|$)"
)  # "Network (KFRN), a coalition ..."
AGED = re.compile(r"\d{1,3}-year-old")  # "The 45-year-old said"
DESCRIPTION_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d{1,3}-year-old")  # no "company's"
MEASURE_ADJECTIVE = re.compile(r"\d+-[a-z]+")  # "the 38-page report"
MIN_CATAPHOR_SHARED_WORDS = 2  # a description that words a body's name in part ...
MAX_CATAPHOR_UNSHARED_WORDS = 2  # ... with at most two words of its own
# No name runs longer: how far back an entity that contains a word may start.
MAX_ENTITY_CHARS = 200
MAX_NAME_WORDS = 3  # "Rafael Siregar", "Choe Son Hui"; longer capital runs are not one name
SPEAKER_PRIORITY = {
    EntityType.PERSON: 0,
    EntityType.AGENCY: 1,
    EntityType.ORG: 2,
    EntityType.COUNTRY: 3,
    EntityType.PLACE: 4,
}


# ", chairman of the project's developer, " / ", ketua pengembang proyek itu, ": a
# description in lower case between a person's name and the body it names
PERSON_DESCRIPTION = re.compile(
    # (places may follow it in commas: ", warga Kampung Batubulan, ", ", a market vendor
    # from Jagna, ")
    r",\s+[a-z][^,;\"“”]{1,80}(?:,\s+[A-Z][^,;\"“”]{0,40})*,\s+"
)
OPENING_NAME = re.compile(
    r"\s*(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})(?:\s*\(\d{1,3}\)|,\s+\d{1,3}(?=,))?"
)
PLACE_IN_COMMAS = re.compile(r",\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?=,)")


@dataclasses.dataclass
class Speaker:
    """A resolved speaker: as written, canonical, where, and the entity if there is one."""

    written: str | None
    canonical: str | None
    position: int
    entity: Entity | None = None


# "Rep. Cho Min-seok of the ruling Democratic Party, who sits on ..., told": adjectives
# between the word of membership and the body
MAX_MEMBER_ADJECTIVES = 2


class SpeakerResolver:
    """Speaker look-ups over one article (built once, used by every quote of it)."""

    def __init__(
        self,
        article: Article,
        found: Sequence[Entity],
        *,
        own_outlet: str = "",
        aliases: AliasTable | None = None,
    ):
        self.article = article
        self.aliases = aliases or AliasTable.load()
        # the country of the dateline ("SEOUL, March 19 (Yonhap) --"): whose ministry an
        # unqualified "the foreign ministry" is when nothing before names one
        self.home_country = home_country(article, self.aliases)
        # the article's own outlet, canonical and casefolded (its dateline "(AFP)" is no
        # agency the article quotes); the written outlet when no canonical is given
        self.own_outlet = own_outlet or (article.outlet or "").casefold()
        self.body = article.body
        self.lang = article.language
        self.cues = cue_patterns(self.lang)
        # the speech verbs of the article, found once and read off per clause
        self.verbs = WordMatches(self.cues.speech_verb, _speech_verb_keys(self.lang), self.body)
        self.according = WordMatches(self.cues.according, _according_keys(self.lang), self.body)
        self.speech = table(self.lang, "speech")
        self.entities = sorted(found, key=lambda e: e.start)
        self.entity_starts = [e.start for e in self.entities]
        self.sentences = list(article.sentences)
        self.sentence_starts = [s.start for s in self.sentences]
        self.not_names_openers = _not_name_openers(self.lang)
        # what may stand around a title standing for a person: "Sang bupati", "juru bicara
        # itu", "the minister"; and the one-word adverbs that may follow it
        self.anaphor_before = frozenset(
            w.casefold() for w in getattr(self.speech, "TITLE_ANAPHOR_BEFORE", ())
        )
        self._anaphor_after = frozenset(
            w.casefold() for w in getattr(self.speech, "TITLE_ANAPHOR_AFTER", ())
        )
        self._adverbs = frozenset(a for a in self.speech.ADVERBS if " " not in a)
        self._generic_titles = frozenset(getattr(self.speech, "GENERIC_TITLES", ()))
        self._statement_anaphors = frozenset(getattr(self.speech, "STATEMENT_ANAPHORS", ()))
        self._person_nouns = frozenset(getattr(self.speech, "PERSON_NOUNS", ()))
        self._lay_nouns = self._person_nouns | frozenset(getattr(self.speech, "LAY_ROLES", ()))
        self._joiners = frozenset(
            w.casefold()
            for w in (*getattr(self.speech, "CONJUNCTIONS", ()), *self.speech.CLAUSE_JOINERS)
        )
        self._same_markers = tuple(getattr(self.speech, "SAME_MARKERS", ()))
        self._anaphor_after_words = tuple(getattr(self.speech, "TITLE_ANAPHOR_AFTER", ()))
        self._pronoun_genders: dict[str, str] = getattr(self.speech, "PRONOUN_GENDERS", {})
        self._body_pronouns = frozenset(getattr(self.speech, "BODY_PRONOUNS", ()))
        self._object_pronouns: dict[str, str] = getattr(self.speech, "OBJECT_PRONOUNS", {})
        self._described_titles: dict[str, str] = getattr(self.speech, "DESCRIBED_TITLES", {})
        self._auxiliaries = frozenset(getattr(self.speech, "AUXILIARIES", ()))
        self._described_bodies: dict[str, tuple[str, ...]] = getattr(
            self.speech, "DESCRIBED_BODIES", {}
        )
        self._body_sides = frozenset(getattr(self.speech, "BODY_SIDE_WORDS", ()))
        self._copulas = frozenset(getattr(self.speech, "COPULAS", ()))
        self._articles = frozenset(getattr(self.speech, "ARTICLES", ()))
        self._body_kinds: dict[str, frozenset[str]] = {
            kind: frozenset(words) for kind, words in getattr(self.speech, "BODY_KINDS", {}).items()
        }
        self._possessive_body_pronouns = frozenset(
            getattr(self.speech, "POSSESSIVE_BODY_PRONOUNS", ())
        )
        self._countries = {e.canonical for e in self.entities if e.type is EntityType.COUNTRY}
        self._person_pronouns = frozenset(p.casefold() for p in self.speech.PRONOUNS)
        self._topic_openers = frozenset(getattr(self.speech, "TOPIC_OPENERS", ()))
        self._title_modifiers = frozenset(
            m.casefold() for m in getattr(table(self.lang, "titles"), "TITLE_MODIFIERS", ())
        ) | frozenset(getattr(self.speech, "RANK_WORDS", ()))
        self._honorifics = frozenset(getattr(self.speech, "HONORIFICS", ()))
        openers = getattr(self.speech, "FRONTED_PARTICIPLES", ())
        # "Asked whether ... Kim Jong Un, she said": a fronted clause names no subject
        self._fronted_clause = (
            re.compile(rf"(?:{'|'.join(map(re.escape, openers))})\b[^,.;:]*,\s*$")
            if openers
            else None
        )
        # canonical names that are only ever places or countries in this article
        people = {e.canonical for e in self.entities if e.type is EntityType.PERSON}
        self._places = frozenset(
            e.canonical
            for e in self.entities
            if e.type in (EntityType.PLACE, EntityType.COUNTRY) and e.canonical not in people
        )
        # ... and only ever news agencies: "He told the ministers" after "according to a
        # report by Kyodo" stands for no agency
        self._agencies = frozenset(
            e.canonical
            for e in self.entities
            if e.type is EntityType.AGENCY and e.canonical not in people
        )
        self._relatives = frozenset(w.casefold() for w in getattr(self.speech, "RELATIVES", ()))
        # words after which a role describes someone else: "who", "yang", "his", "her"
        self._role_cuts = self._relatives | frozenset(
            w.casefold() for w in getattr(self.speech, "POSSESSIVES", ())
        )
        self._lay_roles = frozenset(getattr(self.speech, "LAY_ROLES", ()))
        self._gendered_words = {
            w.casefold(): g
            for g, ws in getattr(self.speech, "GENDERED_ROLES", {}).items()
            for w in ws
        }
        self._body_nouns = frozenset(getattr(self.speech, "BODY_NOUNS", ()))
        self._clause_openers = frozenset(
            w.casefold() for w in getattr(self.speech, "CLAUSE_AFTER_VERB", ())
        )
        # canonical name -> the roles the article gives, on demand
        self._role_map: dict[str, tuple[str, ...]] | None = None
        self._role_text_map: dict[str, str] | None = None
        # a name's fullest form scans the whole body: once per name, not once per quote
        self._fullest: dict[str, str] = {}
        data = table(self.lang, "aliases")
        self._org_heads = frozenset(
            h.casefold() for h in (*data.ORG_HEADS, *getattr(data, "ORG_TAILS", ())) if " " not in h
        )
        self._locatives = frozenset(w.casefold() for w in getattr(data, "LOCATIVES", ()))
        self._addressee_words = frozenset(getattr(self.speech, "ADDRESSEE_WORDS", ()))
        self._clitic_sources = frozenset(getattr(self.speech, "CLITIC_SOURCES", ()))
        self._media = frozenset(getattr(table(self.lang, "attribution"), "MEDIUM_WORDS", ()))
        # words inside quote marks are the quoted speaker's: a name there ("Tapi bagi
        # Kim, ...") is no subject a later "ujarnya" can point to
        self.segments = list(segments(article))
        self._quoted = SpanSet((s.start, s.end) for s in self.segments)
        self.subjects: list[tuple[int, str, str]] = []
        # (position, canonical) of every person who spoke: speech verbs' subjects and the
        # speakers of resolved quotes ("Dia menambahkan" goes on for one of them)
        self.spoken: list[tuple[int, str]] = []
        self._continuing = frozenset(getattr(self.speech, "CONTINUATION_VERBS", ()))
        self.subjects = self._subjects()
        # a second pass: "Sang menteri" after two ministers stands for the one the first
        # pass found a subject most often (the article's main figure)
        self.subjects = self._subjects()

    def _subjects(self) -> list[tuple[int, str, str]]:
        """(position, written, canonical) of people who are a sentence's subject; who was
        a speech verb's subject, and where, is kept too (``self.spoken``)."""
        subjects = []
        speaking: list[tuple[int, str]] = []
        for sentence in self.sentences:
            start = self._clause_start(sentence.start, sentence.end)
            person = self._first_person(start, sentence.end)
            while person is not None and self.body.startswith(("'s", "’s"), person.end):
                # "Villaraza's challenger, ... Teresita Abalos-Lim, trailed him": the owner
                # is no subject
                person = self._first_person(person.end, sentence.end)
            verb = self.verbs.search(start, sentence.end)
            if (
                person is not None
                and verb is not None
                and person.start > verb.end()
                and self.body[verb.end() : person.start].strip()
            ):
                person = None  # named inside what was said ("said Siti" still speaks)
            opening = re.match(r"\s*([\w'’-]+)\s", self.body[start : sentence.end])
            fronted = (
                FRONTED_PRONOUN.search(self.body, start, person.start)
                if person is not None
                else None
            )
            if person is not None and (
                (opening is not None and opening.group(1).casefold() in self.speech.PRONOUNS)
                or (fronted is not None and fronted.group(1).casefold() in self.speech.PRONOUNS)
            ):
                person = None  # "Dia menolak berkomentar soal kabar bahwa Pak ...": the
                # subject is who "Dia" is, not a name later in the sentence; also after a
                # fronted phrase ("Setibanya di bandara, ia disambut Perdana Menteri ...")
            leading = self.cues.according.match(self.body, sentence.start, sentence.end)
            if leading is not None and person is not None and person.start >= leading.end():
                person = None  # "Menurut jaksa, ... Doni Saputra ...": the jaksa says it
            who = leading.group("who") if leading is not None else None
            if leading is not None and who and who.strip().casefold() not in self.speech.PRONOUNS:
                said = self._speaker_in(leading.start("who"), leading.end("who"))
                inside = (
                    said is not None
                    and said.entity is not None
                    and (leading.start("who") <= said.entity.start < leading.end("who"))
                )
                if said is not None and said.canonical and not inside:
                    subjects.append((leading.start("who"), said.written or "", said.canonical))
            anaphor = self._opening_anaphor(start, sentence.end)
            if anaphor is not None and (person is None or person.start > anaphor[0]):
                subjects.append(anaphor)  # "Sang bupati mengatakan ...": the bupati
            elif person is not None:
                subjects.append((person.start, person.text, person.canonical))
            elif (topic := self._topic_person(sentence.start, start)) is not None:
                # "For Dewi Rahmawati, 38, who sells fried rice, the closures mean lost
                # income. '...,' she said": the person the sentence is about
                subjects.append((topic.start, topic.text, topic.canonical))
            reported_from = -1  # where a person's reported clause opens in this sentence
            for match in self.verbs.finditer(sentence.start, sentence.end):
                speaker = self._entity_before(match.start(), sentence.start)
                if speaker is not None and speaker.type is EntityType.PERSON:
                    if 0 <= reported_from <= speaker.start:
                        # "Choi noted that the jamming started after Kim Yo Jong ...
                        # denounced ...": a speaker inside another's reported clause is no
                        # subject a later pronoun stands for
                        speaking.append((match.start(), speaker.canonical))
                        continue
                    subjects.append((speaker.start, speaker.text, speaker.canonical))
                    speaking.append((match.start(), speaker.canonical))
                    that = self.cues.complementizer.match(self.body, match.end() + 1, sentence.end)
                    if that is not None and reported_from < 0:
                        reported_from = that.end()
                elif speaker is not None and speaker.type is EntityType.ORG:
                    held = self._title_anaphor(speaker.text, speaker.start)
                    if held is not None and held.canonical:
                        # "Kadinkes Sragen menyatakan": a title read as a body
                        subjects.append((speaker.start, speaker.text, held.canonical))
                elif speaker is None and (titled := self._title_before(match.start(), sentence)):
                    subjects.append(titled)  # "Asked about it, the transport minister said"
            for match in self.according.finditer(sentence.start, sentence.end):
                if match.group("who"):
                    for entity in self._entities_in(match.start("who"), match.end("who")):
                        if entity.type is EntityType.PERSON:
                            subjects.append((entity.start, entity.text, entity.canonical))
        subjects = [s for s in subjects if not self._quoted.overlaps(s[0], s[0] + 1)]
        subjects.sort()
        self.spoken = sorted(speaking)
        return subjects

    def _title_before(self, verb_start: int, sentence: TextSpan) -> tuple[int, str, str] | None:
        """A title standing for a person right before a speech verb, after a comma or at
        the sentence start ("Asked about that report, the transport minister said")."""
        start = max(sentence.start, self.body.rfind(",", sentence.start, verb_start) + 1)
        phrase = self.body[start:verb_start].strip()
        words = phrase.casefold().split()
        if not 1 <= len(words) <= MAX_ANAPHOR_WORDS:
            return None
        bare = getattr(self.speech, "BARE_TITLE_ANAPHORS", False)
        if words[0] not in self.anaphor_before and not bare:
            return None  # "Menanggapi hal itu, Kadinkes Sragen menyatakan": bare titles too
        found = self._title_anaphor(phrase, verb_start)
        if found is None or found.canonical is None:
            return None
        return (self.body.find(phrase, start, verb_start), phrase, found.canonical)

    def _note_speaker(self, quote: Quote) -> None:
        """A resolved quote's speaker is a subject from the end of its words on: "He
        added" after '"...," Moelyono Hadisaputro, chairman of ..., told the paper'."""
        if quote.speaker_canonical:
            bisect.insort(self.subjects, (quote.end, quote.speaker or "", quote.speaker_canonical))
            bisect.insort(self.spoken, (quote.start, quote.speaker_canonical))

    def _opening_anaphor(self, start: int, end: int) -> tuple[int, str, str] | None:
        """A title standing for a person at the start of a clause ("The Indonesian
        minister", "Sang bupati"), resolved: (position, written, canonical)."""
        words = list(re.finditer(r"[\w'’-]+", self.body[start : min(end, start + 60)]))
        if not words:
            return None
        opens = words[0].group().casefold() in self.anaphor_before
        bare = (
            getattr(self.speech, "BARE_TITLE_ANAPHORS", False)
            and words[0].group().casefold() in _capitalised_titles(self.lang)
            and words[0].group()[:1].isupper()
        )  # "Kepala", "Mendag"; not a common noun opening a sentence ("Warga yang ...")
        for n in range(1 if bare else 2, min(len(words), MAX_ANAPHOR_WORDS) + 1):
            closed = words[n - 1].group().casefold() in self._anaphor_after
            # "Mendag menanggapi ...", "Kepala BPS juga mengingatkan ...": a capitalised
            # title, with the body it heads, opening the sentence before a lower-case word
            capitalised = (
                bare
                and all(w.group()[:1].isupper() for w in words[:n])
                and n < len(words)
                and words[n].group()[:1].islower()
            )
            if not opens and not closed and not capitalised:
                continue  # "Hakim ketua itu menyebutkan": a title closed by "itu"
            phrase = self.body[start + words[0].start() : start + words[n - 1].end()]
            found = self._title_anaphor(phrase, start)
            if (found is None or not found.canonical) and closed:
                # "Gelandang Persija Jakarta itu juga menyinggung": a title nobody holds,
                # closed by "itu", describes the last subject
                found = self._described_person(phrase, start)
            if found is not None and found.canonical:
                return (start + words[0].start(), phrase, found.canonical)
        return None

    def _opens_fronted(self, start: int, end: int) -> bool:
        """Whether ``body[start:end]`` is a fronted clause in commas ("Asked whether ...,",
        "Ditanya soal ...,"; ``FRONTED_PARTICIPLES``)."""
        return self._fronted_clause is not None and bool(
            self._fronted_clause.match(self.body, start, end)
        )

    def _topic_person(self, start: int, clause: int) -> Entity | None:
        """The person right after a topic word that opens a sentence ("For", "Bagi"),
        before the clause proper starts at ``clause``."""
        opening = re.match(r"\s*([\w'’-]+)\s+", self.body[start:clause])
        if opening is None or opening.group(1) not in self._topic_openers:
            return None
        at = start + opening.end()
        honorific = re.match(r"([\w'’-]+)\.?\s+", self.body[at:clause])
        if honorific is not None and honorific.group(1) in self._honorifics:
            at += honorific.end()  # "For Mr Muhammad Faizal Rahman, 34, ..."
        person = self._first_person(at, clause)
        if person is None or person.start != at:
            return None
        return person

    def _clause_start(self, start: int, end: int) -> int:
        """Skip an opener ("Di sisi lain,") or a leading adverbial clause up to its comma."""
        match = self.cues.opener.match(self.body, start, end)
        if match:
            start = match.end()
        if self.cues.adverbial.match(self.body, start, end):
            comma = self.body.find(",", start, end)
            if comma >= 0 and not self._copulas.intersection(
                w.casefold() for w in re.findall(r"[\w'’-]+", self.body[start:comma])
            ):
                return comma + 1
            # ("Di antara pedagang yang kehilangan dagangan adalah Nur Aisyah (45), ...":
            # the phrase names the sentence's subject after a copula, no adverbial clause)
        return start

    def _first_person(self, start: int, end: int) -> Entity | None:
        i = bisect.bisect_left(self.entity_starts, start)
        while i < len(self.entities) and self.entities[i].start < end:
            if self.entities[i].type is EntityType.PERSON:
                return self.entities[i]
            i += 1
        return None

    def _continued(self, start: int, end: int, pronoun: str) -> Speaker | None:
        """ "Dia menambahkan", "He added" after a sentence about someone who has not
        spoken ("Putin sendiri berkunjung ke Pyongyang ..."): a verb that goes on
        (``CONTINUATION_VERBS``) stands for the last subject who spoke before; None when
        the last subject spoke (the usual reading holds)."""
        after = [
            w.casefold()
            for w in re.findall(r"[\w'’-]+", self.body[end : end + CONTINUATION_VERB_CHARS])
        ]
        verb = next((w for w in after if w not in self._adverbs), None)  # "Dia juga menambahkan"
        if verb not in self._continuing:
            return None
        return self._went_on(start, pronoun)

    def _went_on(self, start: int, pronoun: str = "") -> Speaker | None:
        """The last subject before ``start`` who spoke before it, when the very last
        subject did not: no speech cue in its sentence and no quote of it (None when it
        did)."""
        i = bisect.bisect_left(self.subjects, (start,)) - 1
        if i >= 0:
            sentence = self.sentences[self._sentence_index(self.subjects[i][0])]
            if self.verbs.search(sentence.start, sentence.end) or self.according.search(
                sentence.start, sentence.end
            ):
                return None  # the last subject spoke ("the transport minister said")
        spoke = {c for p, c in self.spoken[: bisect.bisect_left(self.spoken, (start,))]}
        wanted = self._pronoun_genders.get(pronoun.casefold())
        for j in range(i, max(-1, i - MAX_PRONOUN_LOOKBACK), -1):
            _, written, canonical = self.subjects[j]
            if canonical in spoke:
                if j == i:
                    return None
                if wanted is not None and self._gender(canonical) not in (None, wanted):
                    return None
                return Speaker(written, canonical, start)
        return None

    def _last_subject(self, position: int, pronoun: str = "", *, person: bool = False) -> Speaker:
        """The last subject before ``position``; for a gendered pronoun ("she"), the last
        one whose roles do not say otherwise ("spokesman", "Mr")."""
        i = bisect.bisect_left(self.subjects, (position,)) - 1
        if pronoun:
            start = self.sentence_starts[self._sentence_index(position)]
            if self._opens_fronted(start, position):
                # "Asked whether the trip could prepare a visit by Kim Jong Un, she said":
                # the pronoun is the subject of the sentence, not a name in its opener
                i = bisect.bisect_left(self.subjects, (start,)) - 1
        if person or pronoun.casefold() in self._person_pronouns:
            # "He said" stands for a person: past a place that was a subject ("Riau
            # declared a fire emergency last month. He said ...")
            while i >= 0 and (
                self.subjects[i][2] in self._places or self.subjects[i][2] in self._agencies
            ):
                i -= 1
        if i < 0:
            return Speaker(None, None, position)
        wanted = self._pronoun_genders.get(pronoun.casefold())
        if wanted is not None:
            for j in range(i, max(-1, i - MAX_PRONOUN_LOOKBACK), -1):
                _, written, canonical = self.subjects[j]
                if self._gender(canonical) in (None, wanted):
                    return Speaker(written, canonical, position)
        _, written, canonical = self.subjects[i]
        return Speaker(written, canonical, position)

    def _owned_after_possessive(self, owner: Entity, phrase: str, position: int) -> Speaker | None:
        """ "Japan's defence ministry said": a body written in lower case after its
        country's possessive, as the tables name it ("Foreign Ministry of China"), by the
        fuller name the article gives it ("Ministry of Trade, Industry and Energy" for
        "Seoul's trade ministry"), else, for a ministry, with its country ("Defence
        Ministry of Japan")."""
        if owner.type is not EntityType.COUNTRY:
            return None
        match = re.fullmatch(rf"{re.escape(owner.text)}['’]s\s+(?P<body>[a-z][\w -]*)", phrase)
        if match is None:
            return None
        name = match.group("body").strip()
        entry = self.aliases.owned_body(name, owner.canonical)
        canonical = (
            entry.canonical
            if entry is not None
            else fuller_body(name, self.entities) or owned_name(name, owner.canonical, self.lang)
        )
        if canonical is not None and (known := self.aliases.lookup(canonical)) is not None:
            canonical = known.canonical  # "Defense Ministry of Japan" as the tables spell it
        return None if canonical is None else Speaker(phrase, canonical, position)

    def _titled_after_possessive(self, owner: Entity, phrase: str) -> bool:
        """ "ASEAN's special envoy on Myanmar": a person's title after a possessive owner."""
        match = re.match(rf"{re.escape(owner.text)}['’]s\s+(?P<rest>[a-z][\w -]*)", phrase)
        if match is None:
            return False
        _, titles = _titles(self.lang)
        return bool(_longest_title(match.group("rest").split(), titles))

    def _opening_entity(self, start: int) -> Entity | None:
        """The entity that opens the clause at ``start``, after at most one determiner
        ("North Korea rejected ...", "The Multilateral Sanctions Monitoring Team ...")."""
        i = bisect.bisect_left(self.entity_starts, start)
        if i >= len(self.entities):
            return None
        entity = self.entities[i]
        lead = self.body[start : entity.start].split()
        if len(lead) > 1 or (lead and lead[0].casefold() not in self.anaphor_before):
            return None
        return entity

    def _owned_by_pronoun(self, phrase: str, position: int) -> Speaker | None:
        """ "North Korea has denied involvement. Its foreign ministry described ...": a
        body owned by the country that was the last subject, as the tables name it."""
        words = phrase.split()
        if len(words) < 2 or words[0].casefold() not in self._possessive_body_pronouns:
            return None
        owner = None
        index = self._sentence_index(position)
        opening = self._opening_entity(self.sentence_starts[index])
        if opening is not None and opening.type is EntityType.COUNTRY and opening.end < position:
            # "North Korea has long denied involvement, and its foreign ministry ...": the
            # country that opens the same sentence
            owner = opening.canonical
        elif index > 0:
            # "North Korea rejected the findings. Its foreign ministry ...": the country
            # that opens the sentence before
            opening = self._opening_entity(self.sentence_starts[index - 1])
            if opening is not None and opening.type is EntityType.COUNTRY:
                owner = opening.canonical
        i = bisect.bisect_left(self.subjects, (position,)) - 1
        if owner is None and i >= 0 and self.subjects[i][2] in self._countries:
            owner = self.subjects[i][2]
        if owner is None:
            return None
        owned = self.aliases.owned_body(" ".join(words[1:]).casefold(), owner)
        if owned is None:
            return None
        at = self.body.find(phrase, position)
        entity = Entity(phrase, at, at + len(phrase), EntityType.ORG, owned.canonical)
        return Speaker(phrase, owned.canonical, position, entity if at >= 0 else None)

    def _last_body_subject(self, position: int, written: str) -> Speaker:
        """The last subject before ``position`` that is an organisation or an agency."""
        bodies = {
            e.canonical
            for e in self.entities
            if e.type in (EntityType.ORG, EntityType.AGENCY) and e.start < position
        }
        # "The China Coast Guard gave a different account. ..., it said": a body opening
        # one of the sentences right before, that no quote has made a subject yet
        opening = None
        index = self._sentence_index(position)
        for sentence in reversed(self.sentences[max(0, index - BODY_PRONOUN_SENTENCES) : index]):
            inside = self._entities_in(sentence.start, sentence.end)
            if not inside or inside[0].type not in (EntityType.ORG, EntityType.AGENCY):
                continue
            lead = self.body[sentence.start : inside[0].start].split()
            if all(w.casefold() in self.anaphor_before for w in lead):
                opening = inside[0]
                break
        i = bisect.bisect_left(self.subjects, (position,)) - 1
        while i >= 0:
            if self.subjects[i][2] in bodies:
                if opening is not None and opening.start > self.subjects[i][0]:
                    break  # "KCNA, North Korea's state news agency, said ... It said": the
                    # body opening a later sentence than the last body that spoke
                return Speaker(written, self.subjects[i][2], position)
            i -= 1
        if opening is not None:
            return Speaker(written, opening.canonical, position, opening)
        return Speaker(written, None, position)

    def _gender(self, canonical: str) -> str | None:
        """ "f" or "m" when a role of the person says so, else None."""
        words: set[str] = set()
        for role in self._all_roles().get(canonical, ()):
            split = [w.strip(".,").casefold() for w in role.split()]
            # "a driver who rents a flat with his wife": the words after a relative
            # pronoun or a possessive describe someone else
            cut = next(
                (i for i, w in enumerate(split) if w in self._role_cuts),
                len(split),
            )
            words.update(split[:cut])
        words.update(self._words_before_names.get(canonical, ()))
        genders = {g for word, g in self._gendered_words.items() if word in words}
        if len(genders) == 1:
            return genders.pop()
        return self._pronoun_gender(canonical) if not genders else None

    @cached_property
    def _words_before_names(self) -> dict[str, set[str]]:
        """The word right before each mention of a person, by canonical name ("His wife,
        Keiko Nishida, 55, said": "wife"), casefolded."""
        out: dict[str, set[str]] = {}
        for entity in self.entities:
            if entity.type is EntityType.PERSON:
                before = WORD_BEFORE_NAME.search(
                    self.body, max(0, entity.start - WORD_BEFORE_NAME_CHARS), entity.start
                )
                if before is not None:
                    out.setdefault(entity.canonical, set()).add(before.group(1).casefold())
        return out

    def _pronoun_gender(self, canonical: str) -> str | None:
        """ "A lawyer ..., Somchai Tangsiri, told AFP that his clients ...": the gendered
        pronouns after a person in the sentences they open as a subject, when they all
        agree."""
        pronouns = getattr(self.speech, "GENDERED_PRONOUNS", {})
        if not pronouns:
            return None
        found: set[str] = set()
        for position, _, name in self.subjects:
            if name != canonical:
                continue
            end = self.sentences[self._sentence_index(position)].end
            words = re.findall(r"[\w'’]+", self.body[position:end].casefold())
            found.update(pronouns[w] for w in words if w in pronouns)
        return found.pop() if len(found) == 1 else None

    def _speaker_after(self, start: int, end: int) -> tuple[Speaker | None, int]:
        """The speaker phrase after a post-quote verb: up to a stop word or punctuation."""
        match = self.cues.speaker_phrase.match(self.body, start, end)
        if not match:
            return None, start
        phrase_start, phrase_end = match.start("who"), match.end("who")
        closer = re.match(r"\s*([\w'’-]+)", self.body[phrase_end:end])
        written = self.body[phrase_start:phrase_end].split()
        if (
            closer is not None
            and closer.group(1).casefold() in self._anaphor_after
            and written
            and all(w[:1].islower() for w in written)
        ):
            # "kata kementerian itu dalam pernyataan ...": the demonstrative closes a
            # lower-case phrase that stands for a body or a person named before (not one
            # that names a body: "tutur mantan analis Kementerian Pertahanan ... itu")
            phrase_end += closer.end()
        elif (
            written
            and written[0] in self._person_nouns
            and (placed := _placed_closer(self.lang)) is not None
            and (closed := placed.match(self.body, phrase_end, end)) is not None
            and all(
                e.type in (EntityType.PLACE, EntityType.COUNTRY)
                for e in self._entities_in(phrase_start, closed.end())
            )
        ):
            # "tutur warga Desa Pelauw, Pulau Haruku, itu": a person described by the
            # places they live in (the larger in commas) and closed by the demonstrative
            phrase_end = closed.end()
        return self._speaker_in(phrase_start, phrase_end), phrase_end

    def _speaker_in(self, start: int, end: int) -> Speaker | None:
        """The most specific entity in a phrase (person > agency > org > country)."""
        phrase = self.body[start:end].strip(" ,")
        if not phrase:
            return None
        if is_calendar_word(phrase, self.lang) and self._fullest_name(phrase) == phrase:
            return None  # "..., Rabu, mengatakan": a day, not a speaker ("Sun Lihua" is one)
        if phrase.casefold() in self.speech.PRONOUNS:
            return self._continued(start, end, phrase) or self._last_subject(start, phrase)
        clitic = getattr(self.speech, "CLITIC", "")
        if (
            clitic
            and phrase.casefold().endswith(clitic)
            and phrase.casefold()[: -len(clitic)] in self._clitic_sources
        ):
            return self._last_subject(start, person=True)  # "Menurut perkiraannya"
        subject_form = self._object_pronouns.get(phrase.casefold())
        if subject_form is not None:
            found = self._last_subject(start, subject_form)  # "MRTV quoted him as saying"
            return Speaker(phrase, found.canonical, start)
        if phrase.casefold() in self._body_pronouns:
            return self._last_body_subject(start, phrase)  # "It said": the body last named
        owned = self._owned_by_pronoun(phrase, start)
        if owned is not None:
            return owned
        words = phrase.split()
        if words and words[0].casefold() in self._relatives:
            # "Yoon Ha-rim, yang mengikuti pengarahan tersebut mengatakan": the relative
            # clause's antecedent, the person right before its comma
            antecedent = self._person_before_comma(start)
            if antecedent is None:
                # "said Daniel Hartley, a strategist at ... in Sydney, who added that": the
                # person before the apposition the clause follows
                floor = self.sentence_starts[self._sentence_index(start)]
                antecedent = self._person_before_apposition(start, floor, 2)
                if antecedent is not None and antecedent.type is not EntityType.PERSON:
                    antecedent = None
            if antecedent is not None:
                return Speaker(antecedent.text, antecedent.canonical, start, antecedent)
            # "The institute, which had warned on Monday that ...": a short phrase before
            # the comma that opens its sentence
            comma = self.body.rfind(",", max(0, start - 4), start)
            opening = self.sentence_starts[self._sentence_index(start)]
            head = self.body[opening:comma].strip() if comma > opening else ""
            if head and len(head.split()) <= MAX_ANAPHOR_WORDS and "," not in head:
                found = self._speaker_in(opening, comma)
                if found is not None and found.canonical:
                    return found
        phrase = self._without_same(phrase)  # "kementerian yang sama" = "kementerian itu"
        named_body = next(
            (
                e
                for e in self._entities_in(start, end)
                if e.type in (EntityType.ORG, EntityType.AGENCY)
                and phrase.endswith(e.text)
                and phrase[: len(phrase) - len(e.text)].strip().casefold() in self._articles
            ),
            None,
        )
        if named_body is not None:
            # "the General Administration of Customs": a body's name after an article, no
            # title ("General")
            return Speaker(named_body.text, named_body.canonical, named_body.start, named_body)
        anaphor = self._title_anaphor(phrase, start)
        if anaphor is not None:
            return anaphor
        if self._agency_anaphor(phrase):
            named = [e for e in self._entities_in(start, end) if e.type is EntityType.AGENCY]
            if named:
                # "The Star newspaper reported": the agency named in the phrase itself
                return Speaker(named[-1].text, named[-1].canonical, named[-1].start, named[-1])
            agency = self._last_agency(start)
            body = self._body_anaphor(phrase, start)  # "The agency": a government agency?
            if (
                body is not None
                and body.entity is not None
                and (agency is None or body.entity.start > agency.start)
            ):
                return body
            if agency is not None:
                return Speaker(phrase, agency.canonical, start, agency)
            if body is None:
                # "the agency said" with no news agency named before: the body that
                # spoke last ("The NIS said ... the agency said")
                spoke = self._last_body_subject(start, phrase)
                if spoke.canonical:
                    return spoke
        described = self._described_person(phrase, start)
        if described is not None:
            return described
        measured = [w for w in phrase.casefold().split() if not MEASURE_ADJECTIVE.fullmatch(w)]
        if " ".join(measured) in self._statement_anaphors:
            # "The statement said ...": the last speaker, whose statement was named before
            last = self._last_subject(start)
            if last.canonical:
                return Speaker(phrase, last.canonical, start)
        body = self._body_anaphor(phrase, start)
        if body is not None:
            return body
        apposed = self._apposed_name(start, end)
        if apposed is not None:
            return apposed
        inside = self._entities_in(start, end)
        if inside:
            best = min(inside, key=lambda e: (SPEAKER_PRIORITY[e.type], e.start))
            owned = self._owned_after_possessive(best, phrase, start)
            if owned is not None:
                return owned
            if self._titled_after_possessive(inside[0], phrase):
                # "ASEAN's special envoy on Myanmar said": a person, named further on
                ahead = self._cataphor(phrase, start)
                if ahead is not None and ahead.canonical:
                    return ahead
            if best.type in (EntityType.COUNTRY, EntityType.PLACE) and best.text != phrase:
                # "Chinese customs data", "Kementerian Unifikasi Korea Selatan": a source
                # inside the country, not the country itself
                words = phrase.split()
                if all(w[:1].isupper() or w in NAME_CONNECTORS for w in words):
                    name = _without_owner(phrase, best.text)
                    if words[0].casefold() in self._articles and len(words) > 2:
                        name = name[len(words[0]) :].lstrip()  # "The| Seoul Metropolitan ..."
                    return Speaker(phrase, PARENTHESIS.sub("", name), start)
                return self._cataphor(phrase, start) or Speaker(phrase, None, start)
            return Speaker(best.text, best.canonical, best.start, best)
        lone = LONE_TRAILING_NAME.search(phrase)
        if lone is not None and self._introduces_name(phrase[: lone.start()]):
            # "Seoul-based blockchain analysis firm ChainWatch": a body no table knows
            return Speaker(phrase, self._fullest_name(lone.group()), start)
        words = phrase.split()
        if len(words) > MAX_SPEAKER_WORDS:
            # "the state news agency Agence Kampuchea Presse": a long phrase only when it
            # names a medium the tables do not know
            return self._medium_in(PARENTHESIS.sub("", phrase).strip(), start, end, phrase)
        acronym = DESCRIBED_ACRONYM.fullmatch(phrase)
        if acronym is not None and acronym.group("head").casefold() in self._body_nouns:
            # "the volcanology agency (PVMBG)": the body the article names by its acronym
            return Speaker(phrase, acronym.group("acronym"), start)
        name = PARENTHESIS.sub("", phrase).strip()
        name_words = name.split()
        if name_words and name_words[0].casefold() in self.speech.GROUP_DETERMINERS:
            name_words = name_words[1:]  # "the International Nickel Study Group"
        if len(name_words) > 2 and name_words[0] in listed_words("NAME_PREFIXES"):
            name_words = name_words[1:]  # "H. Rusdiman Hakim": a degree is no part of a name
        if (
            name_words
            and all(w[:1].isupper() or w in NAME_CONNECTORS for w in name_words)
            and name_words[0][:1].isupper()
        ):
            # an unknown name: its fullest form in the article ("Rafael" -> "Rafael Siregar")
            return Speaker(phrase, self._fullest_name(" ".join(name_words)), start)
        tail = TRAILING_NAME.search(name)
        if tail is not None and " " in tail.group():
            return Speaker(phrase, tail.group(), start)  # "lawmaker Lee Seong-kweun"
        medium = self._medium_in(name, start, end, phrase)
        if medium is not None:  # "state broadcaster KRT": a medium the tables do not know
            return medium
        if tail is not None:  # "the state weather service PAGASA": a body's acronym
            return Speaker(phrase, tail.group(), start)
        if (
            name_words
            and len(name_words) < len(phrase.split())  # "the ...": not "Media pemerintah"
            and name_words[0][:1].isupper()
            and name_words[-1].casefold() in self._body_nouns
        ):
            # "the Southern Leyte provincial government": a body named by its place
            return Speaker(phrase, " ".join(name_words), start)
        return self._cataphor(phrase, start) or Speaker(phrase, None, start)

    def _introduces_name(self, before: str) -> bool:
        """``before`` ends in a word that introduces a body's name ("firm", "report by"),
        or in one with a few lower-case words describing the body after it ("perusahaan
        analisis blockchain")."""
        words = before.split()
        for gap in range(min(MAX_DESCRIPTOR_GAP, len(words)) + 1):
            if any(not w.islower() for w in words[len(words) - gap :]):
                return False
            head = [w.casefold() for w in words[: len(words) - gap]]
            if any(
                head[-len(w.split()) :] == w.split()
                for w in getattr(self.speech, "NAME_INTRODUCERS", ())
            ):
                return True
        return False

    def _medium_in(
        self, name: str, start: int, end: int, phrase: str | None = None
    ) -> Speaker | None:
        """A medium no table knows, named after a word for one ("state broadcaster KRT",
        "the state news agency Agence Kampuchea Presse"), as an agency."""
        medium = self.cues.medium_name.search(name)
        if medium is None:
            return None
        outlet = medium.group("name")
        at = self.body.find(outlet, start, end)
        if at < 0:
            return None
        entity = Entity(outlet, at, at + len(outlet), EntityType.AGENCY, outlet)
        return Speaker(phrase or name, outlet, start, entity)

    def _without_same(self, phrase: str) -> str:
        """ "kementerian yang sama" -> "kementerian itu", "the same ministry" -> "the
        ministry": "the same" points back like the plain anaphor."""
        lowered = phrase.casefold()
        for marker in self._same_markers:
            if lowered.endswith(f" {marker}") and self._anaphor_after_words:
                return f"{phrase[: -len(marker) - 1]} {self._anaphor_after_words[0]}"
            at = lowered.find(f" {marker} ")
            if at >= 0:
                return phrase[:at] + phrase[at + len(marker) + 1 :]
        return phrase

    def _described_person(self, phrase: str, position: int) -> Speaker | None:
        """ "Pria kelahiran Bandung itu", "Politikus senior itu", "The 45-year-old": a
        person described, not named, stands for the last subject."""
        words = phrase.casefold().split()
        before, after = self.anaphor_before, self._anaphor_after
        at = self.body.find(phrase, position)
        if len(words) == 1 and at >= 0 and words[0] in self._person_nouns:
            # "ujar diplomat yang sudah 11 tahun bertugas di Pyongyang itu": a relative
            # clause, then the demonstrative, close the sentence
            closed = _closed_relative_pattern(self.lang)
            if closed is not None and closed.match(
                self.body, at + len(phrase), at + len(phrase) + MAX_DESCRIBED_TAIL_CHARS
            ):
                last = self._last_subject(position)
                return Speaker(phrase, last.canonical, position) if last.canonical else None
        # "tutur nenek tujuh cucu itu": the phrase may stop before its "itu"
        next_word = (
            self.body[at + len(phrase) : at + len(phrase) + 12].split()[:1] if at >= 0 else []
        )
        closing = bool(next_word) and next_word[0].strip(".,;:").casefold() in after
        if len(words) > MAX_DESCRIBED_WORDS or (len(words) < 2 and not closing):
            return None  # ("tutur perempuan itu": one word before its "itu" is enough)
        if words[-1] in after or closing:
            heads = [words[0]]
        elif words[0] in before:
            heads = [words[1]]
            if len(words) > 2 and all(DESCRIPTION_WORD.fullmatch(w) for w in words[1:]):
                # "the retired rubber tapper": lower-case words before a noun for a
                # person who holds no office (an office is a title anaphor's)
                heads += [w for w in (" ".join(words[-2:]), words[-1]) if w in self._lay_nouns]
        else:
            return None
        titles = _titles(self.lang)[1]
        if not any(
            head in self._person_nouns or head in titles or AGED.fullmatch(head) for head in heads
        ):
            return None
        last = self._last_subject(position)
        if last.canonical is None:
            return None
        return Speaker(phrase, last.canonical, position)

    def _agency_anaphor(self, phrase: str) -> bool:
        """ "kantor berita itu", "the news agency", also with the agency's country:
        "Kantor berita Jepang itu", "the Japanese agency"."""
        words = phrase.split()
        plain = [w for i, w in enumerate(words) if i == 0 or not w[:1].isupper()]
        return " ".join(w.casefold() for w in plain) in self.speech.AGENCY_ANAPHORS

    def _body_anaphor(self, phrase: str, position: int) -> Speaker | None:
        """ "kementerian itu", "the ministry": the last organisation before ``position``
        whose name holds that head word; of several, the last that already spoke (a
        ministry named on the way, "Chinese Foreign Ministry spokeswoman Zhao", does not
        take "the ministry said" from the ministry the article quotes)."""
        words = phrase.casefold().split()
        before, after = self.anaphor_before, self._anaphor_after
        if words[:1] and words[0] in self._body_sides and words[-1] not in after:
            before = before | {words[0]}  # "Pihak rumah sakit" = "rumah sakit itu"
        if not 2 <= len(words) <= MAX_ANAPHOR_WORDS:
            return None
        if not (words[0] in before or words[-1] in after):
            return None
        # "the ministry", "kementerian itu"; "the meteorological agency": every word
        # beside the head must be in the body's name
        inner = words[1:] if words[0] in before else words[:-1]
        described = self._described_bodies.get(" ".join(inner))
        if described is not None:
            # "the spy agency": the body whose name holds what the description stands for
            # ("National Intelligence Service")
            inner = list(described)
        head = inner[-1] if words[0] in before else inner[0]
        kinds = self._body_kinds.get(" ".join(inner))
        if head not in self._org_heads and described is None and kinds is None:
            return None
        found: list[Entity] = []  # last first
        of_kind: list[Entity] = []
        i = bisect.bisect_left(self.entity_starts, position) - 1
        while i >= 0:
            entity = self.entities[i]
            name = entity.text.casefold().split()
            # "the monitoring group Halmahera Forest Watch": the words that introduce a
            # body count as its name's ("the group said")
            described = self.body[max(0, entity.start - DESCRIPTOR_CHARS) : entity.start]
            name += described.casefold().split()[-DESCRIPTOR_WORDS:]
            if entity.type is EntityType.ORG:
                if all(w in name for w in inner):
                    found.append(entity)
                elif kinds is not None and (not kinds or kinds & {w.strip(".,") for w in name}):
                    # "the company" for "Indonesia Battery Corp."; "lembaga itu" for any
                    # body (only when no body's name holds the word itself)
                    of_kind.append(entity)
            i -= 1
        any_body = not found and bool(of_kind) and not kinds  # "lembaga itu"
        found = found or of_kind
        if found:
            # of several that already spoke, the one that spoke most (the article's main
            # body: "the ministry said" after a ministry another agency cited once); a
            # word for any body stands for the last body that spoke
            times = {e.canonical: self._times_subject(e.canonical, position) for e in found}
            spoke = [e for e in found if times[e.canonical]]
            if any_body and spoke:
                return Speaker(phrase, self._fullest_body(spoke[0]), position, spoke[0])
            entity = max(spoke, key=lambda e: times[e.canonical]) if spoke else found[0]
            return Speaker(phrase, self._fullest_body(entity), position, entity)
        # a body that spoke under a name no entity holds ("the foreign ministry said",
        # resolved to the dateline country's)
        j = bisect.bisect_left(self.subjects, (position,)) - 1
        while j >= 0:
            _, written, canonical = self.subjects[j]
            # "a multinational sanctions monitoring group said ... The group also said":
            # the words it was first written with count too
            known = canonical.casefold().split() + written.casefold().split()
            if all(w in known for w in inner):
                return Speaker(phrase, canonical, position)
            j -= 1
        return self._home_body(phrase, inner, position)

    def _cataphor(self, phrase: str, position: int) -> Speaker | None:
        """A title or body that points ahead: "a national police spokesperson said" in
        a lede, named in the next paragraph ("Brig. Gen. Yusri Pranoto, the spokesperson,
        told ..."); "the coast guard said", then "Philippine Coast Guard spokesman ...".
        The first person after ``position`` and up to the end of the next paragraph whose
        role holds the title and who was not named before; for a body, the first
        organisation whose name holds its words."""
        words = re.findall(r"[\w'’-]+", phrase.casefold())
        openers = frozenset(getattr(self.speech, "TITLE_CATAPHOR_BEFORE", ()))
        if len(words) < 2 or len(words) > MAX_ANAPHOR_WORDS + 1:
            return None
        described_title = self._described_titles.get(" ".join(words[1:]))
        if described_title is not None and words[0] in openers:
            words = [words[0], *described_title.split()]  # "the top government spokesman"
        owner = next(
            (i for i, w in enumerate(words[:MAX_OWNER_WORDS]) if w.endswith(("'s", "’s"))), None
        )  # "South Korea's spy agency": the owner's words are no part of the description
        if owner is None and words[0] not in openers:
            return None
        inner = (
            words[owner + 1 :]
            if owner is not None
            else [w for w in words[1:] if not w.endswith(("'s", "’s"))]
        )
        if not inner:
            return None
        _, titles = _titles(self.lang)
        title = _longest_title(inner, titles)
        described = self._described_bodies.get(" ".join(inner))
        if described is not None and not title:
            inner = list(described)  # "the spy agency": a name that holds "intelligence"
        body = not title and (inner[-1] in self._org_heads or described is not None)
        if not title and not body:
            return None
        roles = self._role_texts()
        holds = _holds(self.lang, title) if title else None
        paragraphs = self.article.paragraphs
        at = bisect.bisect_right([p.start for p in paragraphs], position) - 1
        # a body's words name it more surely than a title names a person: it may be named
        # a paragraph further on ("the country's disaster mitigation agency said" in a lede)
        ahead = CATAPHOR_BODY_PARAGRAPHS if body else CATAPHOR_PERSON_PARAGRAPHS
        end = paragraphs[min(at + ahead, len(paragraphs) - 1)].end if paragraphs else len(self.body)
        i = bisect.bisect_left(self.entity_starts, position)
        named_before = {e.canonical for e in self.entities[:i]}
        while i < len(self.entities) and self.entities[i].start < end:
            entity = self.entities[i]
            i += 1
            if entity.canonical in named_before:
                continue
            if holds is not None and entity.type is EntityType.PERSON:
                if holds.search(roles.get(entity.canonical, "").casefold()):
                    return Speaker(phrase, entity.canonical, position, entity)
            elif body and entity.type is EntityType.ORG:
                # "South Korea's spy agency said", then "The NIS said": the name the
                # tables give an acronym counts too
                name = re.findall(r"[\w'’-]+", f"{entity.text} {entity.canonical}".casefold())
                shared = sum(w in name for w in inner)
                if shared == len(inner) or (
                    shared >= MIN_CATAPHOR_SHARED_WORDS
                    and shared >= len(inner) - MAX_CATAPHOR_UNSHARED_WORDS
                ):
                    # "a multinational sanctions monitoring group said" in a lede, then
                    # "The Multilateral Sanctions Monitoring Team (MSMT)": a description
                    # words the name in part
                    return Speaker(phrase, entity.canonical, position, entity)
        if title:
            # "the country's deputy agriculture minister said" in a lede, then "Deputy
            # Minister Tran Quang Vinh told ...": a role whose every word the description
            # holds, its title's head word among them
            i = bisect.bisect_left(self.entity_starts, position)
            while i < len(self.entities) and self.entities[i].start < end:
                entity = self.entities[i]
                i += 1
                role = re.findall(r"[\w'’-]+", roles.get(entity.canonical, "").casefold())
                if (
                    entity.type is EntityType.PERSON
                    and entity.canonical not in named_before
                    and len(role) >= MIN_DESCRIBED_ROLE_WORDS
                    and title.split()[-1] in role
                    and set(role) <= set(inner)
                ):
                    return Speaker(phrase, entity.canonical, position, entity)
        if title and " " in title:
            # "its investment minister said" in a lede, then "Investment, Trade and
            # Industry Minister Hafiz Rahman Zainal told ...": a role listing the title's
            # portfolio among others, with no rank the title lacks ("Deputy")
            wanted = set(title.split())
            ranks = self._title_modifiers - wanted
            i = bisect.bisect_left(self.entity_starts, position)
            while i < len(self.entities) and self.entities[i].start < end:
                entity = self.entities[i]
                i += 1
                role = set(re.findall(r"[\w'’-]+", roles.get(entity.canonical, "").casefold()))
                if (
                    entity.type is EntityType.PERSON
                    and entity.canonical not in named_before
                    and wanted <= role
                    and not ranks & role
                ):
                    return Speaker(phrase, entity.canonical, position, entity)
        if holds is not None and owner is not None:
            # "as the bloc's special envoy said" in a lede, named paragraphs later
            # ("Asean's special envoy on Myanmar, Mr Othman Kassim, said"): further on
            # only when one person of the whole article holds the title
            holders = {
                e.canonical: e
                for e in self.entities
                if e.type is EntityType.PERSON
                and holds.search(roles.get(e.canonical, "").casefold())
            }
            if len(holders) == 1:
                (entity,) = holders.values()
                if entity.start > position and entity.canonical not in named_before:
                    return Speaker(phrase, entity.canonical, position, entity)
        if described is not None and owner is not None:
            # "South Korea's spy agency said" with the service named nowhere: the body the
            # language's table gives the owner country for the description
            owner_text = " ".join(words[: owner + 1])[: -len("'s")]  # "south korea"
            country = self.aliases.country_of(owner_text)
            bodies = getattr(self.speech, "COUNTRY_BODIES", {}).get(" ".join(words[owner + 1 :]))
            if country is not None and bodies and country in bodies:
                return Speaker(phrase, bodies[country], position)
        return None

    def _fullest_body(self, entity: Entity) -> str:
        """A body the tables do not know, named in full elsewhere with its country after
        it ("Kementerian Unifikasi Korea Selatan"), goes by that fullest name."""
        if self.aliases.lookup(entity.text) is not None:
            return entity.canonical
        best = entity.canonical
        for other in self.entities:
            if other.type is not EntityType.ORG or other.canonical != entity.canonical:
                continue
            i = bisect.bisect_left(self.entity_starts, other.end)
            after = self.entities[i] if i < len(self.entities) else None
            if after is None or self.body[other.end : after.start] != " ":
                continue
            widened = self._widen(after)
            if widened.start == other.start and len(widened.canonical) > len(best):
                best = widened.canonical
        return best

    def _home_body(self, phrase: str, inner: list[str], position: int) -> Speaker | None:
        """ "the foreign ministry said" with no ministry named before: the dateline
        country's, when the tables know it by a possessive or suffixed name."""
        if self.home_country is None:
            return None
        owned = self.aliases.owned_body(" ".join(inner), self.home_country)
        return None if owned is None else Speaker(phrase, owned.canonical, position)

    def _title_anaphor(self, phrase: str, position: int) -> Speaker | None:
        """ "Sang bupati", "juru bicara itu", "the Indonesian minister": the last person
        before ``position`` whose role in the article holds that title."""
        words = phrase.casefold().split()
        before, after = self.anaphor_before, self._anaphor_after
        bare = False
        if not words or not (words[0] in before or words[-1] in after):
            # "Menurut jaksa", "kata hakim": a bare lowercase title, in languages that
            # write no article, stands for the one person of the article who holds it
            lowered = phrase[:1].lower() + phrase[1:]  # "Kapolres menambahkan" opens a sentence
            _, known = _titles(self.lang)
            capitalised_title = any(  # "Kasat Lantas menambahkan", "Kadinkes Sragen menyatakan"
                " ".join(words[:n]) in known for n in range(len(words), 0, -1)
            )
            if not getattr(self.speech, "BARE_TITLE_ANAPHORS", False) or not (
                lowered.islower() or capitalised_title
            ):
                return None
            bare = True
        words = [w for w in words if w not in before and w not in after and w not in self._adverbs]
        described_title = self._described_titles.get(" ".join(words))
        if described_title is not None:
            # "The top government spokesman later said" after "Chief Cabinet Secretary
            # Hiroyuki Tanabe": the title the description stands for
            words = described_title.split()
        _, titles = _titles(self.lang)
        # the longest run of words that is a title: "the Indonesian minister" -> "minister",
        # "Kepala Pelaksana BPBD itu" -> "kepala pelaksana"
        title = _longest_title(words, titles)
        if not title:
            return None
        if title in self._generic_titles and any(
            e.type in (EntityType.ORG, EntityType.AGENCY)
            for e in self._entities_in(position, position + len(phrase) + 1)
        ):
            return None  # "The official Korean Central News Agency said": an adjective
        # "sang wamen": roles are written with short forms expanded ("Wakil Menteri ..."),
        # unless the article wrote the role short too ("Kasat Lantas Polres Majalengka")
        short, title = title, _expansions(self.lang).get(title, title)
        roles = self._role_texts()
        if short != title and not any(title in r.casefold() for r in roles.values()):
            title = short
        if not any(title in r.casefold() for r in roles.values()):
            # "Hakim ketua itu" for a "Ketua Majelis Hakim": one of its title words
            for word in reversed(title.split()):
                if word in titles and any(word in r.casefold().split() for r in roles.values()):
                    title = word
                    break
        extra = [w for w in words if w not in title.split()]
        # a bare title stands for one who holds it under a synonym too ("the spokeswoman"
        # for "a spokesperson for the agency"); a described one ("the top government
        # spokesman") only for the title as written
        holds = _holds(self.lang, title, synonyms=not extra)
        head_of = title in _head_of_words(self.lang)
        if head_of:
            # "Bos Antam itu": whoever heads the body, a deputy never
            holds = _head_titles(self.lang)
        # everyone of the article whose role holds the title, named before or not
        holding = {p for p, r in roles.items() if holds.search(r.casefold())}
        named = [w for w in extra if w not in short.split()]  # "Kadinkes Sragen": "sragen"
        written = {w.casefold(): w for w in phrase.split()}
        home_named = [w for w in named if self._is_home_country(written.get(w, w))]
        if bare and home_named:
            # "Menlu RI" in a Jakarta story: the minister whose role names no other country
            named = [w for w in named if w not in home_named]
            holding = {p for p in holding if not self._names_foreign_country(roles[p])}
        if bare and named:
            # "Kepala BPS": of the heads, the one whose role names the body
            holding = {p for p in holding if _role_names(self.lang, roles[p].casefold(), named)}
        if bare and len(holding) > 1:
            # "Kepala BMKG" after "Kepala BMKG Ratih" and "Kepala Pusat Gempa Bumi ... BMKG
            # Bayu": the one whose role is the phrase itself
            written = " ".join(phrase.casefold().split())
            exact_role = {p for p in holding if " ".join(roles[p].casefold().split()) == written}
            holding = exact_role if len(exact_role) == 1 else holding
        if bare and len(holding) != 1:
            return None
        # "his South Korean counterpart Yoo" holds the title of the one he is set against,
        # for a phrase whose other words his role holds ("the South Korean minister")
        counterparts = frozenset(getattr(self.speech, "COUNTERPART_WORDS", ()))
        title_held = bool(extra) and bool(holding)
        holders: list[Entity] = []  # the people named before who hold the title, last first
        i = bisect.bisect_left(self.entity_starts, position) - 1
        while i >= 0:
            entity = self.entities[i]
            role = roles.get(entity.canonical, "").casefold()
            new = all(h.canonical != entity.canonical for h in holders)
            counterpart = (
                title_held
                and bool(counterparts & set(role.split()))
                and all(w in role for w in extra)
            )
            held = holds.search(role) or counterpart
            if bare and entity.canonical not in holding:
                held = False  # "Kepala BMKG": only the one the roles single out
            if entity.type is EntityType.PERSON and held and new:
                holders.append(entity)
            i -= 1
        if holders:
            # "Sang menteri" after two ministers: the one the article has quoted most so far
            # (its main figure), else the one named last
            specific = [
                h
                for h in holders
                if _role_names(self.lang, roles.get(h.canonical, "").casefold(), extra)
            ]
            if not specific and extra and title in self._lay_roles:
                # "Warga Desa Pajarakan Kulon itu" after "Siti, warga Sumberkerang": a
                # resident of another place is someone else
                return None
            holders = specific or holders  # "sang ketua KPU": the chair whose role names KPU
            exact = [
                h
                for h in holders
                if re.search(rf"\b{re.escape(title)}\b", roles.get(h.canonical, "").casefold())
            ]
            holders = exact or holders  # "the spokesman": a spokesman before a spokesperson
            deputy = _deputy_of(self.lang, None if head_of else title)
            if deputy is not None and not deputy.search(" ".join(words)):
                # "Sang gubernur" after "Gubernur BI" and "Deputi Gubernur Senior BI": the
                # governor, not a deputy, when the phrase names no deputy
                principal = [
                    h for h in holders if not deputy.search(roles.get(h.canonical, "").casefold())
                ]
                holders = principal or holders
            spoken = {h.canonical: self._times_subject(h.canonical, position) for h in holders}
            best = max(holders, key=lambda h: spoken[h.canonical])
            # the holder named last is meant when it is one of the last two subjects
            # ("tegas Ratna. Bambang ... mengatakan ... Sang juru bicara menambahkan")
            current = holders[0].canonical in self._recent_subjects(position, RECENT_SUBJECTS)
            more = spoken[best.canonical] > spoken[holders[0].canonical]
            chosen = best if more and not current else holders[0]
            return Speaker(phrase, chosen.canonical, position, chosen)
        if not bare and title in self._generic_titles:
            # "the official said": the last subject the article gave any role, not a lay
            # one ("Ketut Darma, a resident," is no official)
            j = bisect.bisect_left(self.subjects, (position,)) - 1
            while j >= 0:
                _, _, canonical = self.subjects[j]
                if canonical in roles and not self._lay_roles & set(
                    roles[canonical].casefold().split()
                ):
                    return Speaker(phrase, canonical, position)
                j -= 1
        if not bare and not holding:
            # "Chief Cabinet Secretary Hiroshi Tanabe told a press conference ... '...,' the
            # top government spokesman said": a title nobody of the article holds stands
            # for the person with a role who is the last subject, in the same paragraph or,
            # when the paragraph names no subject before it, at the end of the one before
            j = bisect.bisect_left(self.subjects, (position,)) - 1
            paragraph = self.body.rfind("\n", 0, position)
            previous = self.body.rfind("\n", 0, max(0, paragraph - 1))
            if j >= 0 and self.subjects[j][0] > previous and self.subjects[j][2] in roles:
                return Speaker(phrase, self.subjects[j][2], position)
            if title in self._lay_roles:
                # "Yakobus Lolaro remembers ... Now, the 58-year-old fisherman says": a lay
                # title nobody holds stands for the last person named, when no official
                i = bisect.bisect_left(self.entity_starts, position) - 1
                while i >= 0 and self.entities[i].start > previous:
                    person = self.entities[i]
                    if person.type is EntityType.PERSON:
                        role = roles.get(person.canonical, "").casefold().split()
                        if not role or self._lay_roles & set(role):
                            return Speaker(phrase, person.canonical, position, person)
                        break
                    i -= 1
        return None

    def _is_home_country(self, word: str) -> bool:
        """``word``, as written, names the dateline's country ("RI" in a Jakarta story)."""
        entry = self.aliases.lookup(word)
        return (
            self.home_country is not None
            and entry is not None
            and entry.type is EntityType.COUNTRY
            and entry.canonical == self.home_country
        )

    def _names_foreign_country(self, role: str) -> bool:
        """The role names a country other than the dateline's ("Menteri Luar Negeri
        Filipina" in a Jakarta story)."""
        entries = (self.aliases.lookup(m.group()) for m in self.aliases.pattern.finditer(role))
        return any(
            e is not None and e.type is EntityType.COUNTRY and e.canonical != self.home_country
            for e in entries
        )

    def _recent_subjects(self, position: int, count: int) -> list[str]:
        """The last ``count`` distinct subjects before ``position``, last first."""
        recent: list[str] = []
        i = bisect.bisect_left(self.subjects, (position,)) - 1
        while i >= 0 and len(recent) < count:
            canonical = self.subjects[i][2]
            if canonical not in recent:
                recent.append(canonical)
            i -= 1
        return recent

    def _times_subject(self, canonical: str, position: int) -> int:
        """How often ``canonical`` was a subject (or a quote's speaker) before ``position``."""
        end = bisect.bisect_left(self.subjects, (position,))
        return sum(1 for _, _, name in self.subjects[:end] if name == canonical)

    def _opens_with_title(self, phrase: str) -> bool:
        """The phrase opens with a title of the language ("juru bicara ...", "police chief")."""
        return _titles(self.lang)[0].match(phrase.casefold()) is not None

    def _roles(self) -> dict[str, str]:
        """Each person's fullest role (shown with their quotes)."""
        return {name: max(given, key=len) for name, given in self._all_roles().items()}

    def _all_roles(self) -> dict[str, tuple[str, ...]]:
        if self._role_map is None:
            from crosscheck.extract.entities import role_phrases

            self._role_map = role_phrases(self.article, self.entities)
        return self._role_map

    def _role_texts(self) -> dict[str, str]:
        """Every role of each person in one string, for "holds this title" tests (built
        once per article: every standing-in title asks)."""
        if self._role_text_map is None:
            given = self._all_roles().items()
            expansions = _expansions(self.lang)
            self._role_text_map = {}
            for name, roles in given:
                # a rank written short holds its full title too ("Brigjen TNI" is a
                # "jenderal"): the expanded form joins the roles tested
                expanded = [
                    " ".join(expansions.get(w.casefold(), w) for w in role.split())
                    for role in roles
                ]
                extra = [e for e in expanded if e.casefold() not in {r.casefold() for r in roles}]
                self._role_text_map[name] = " / ".join((*roles, *extra))
        return self._role_text_map

    def _apposed_name(self, start: int, end: int) -> Speaker | None:
        """The person in "ROLE ..., Name": the phrase opens with a role, no person is
        named before the comma, and the name after it is no known place, body or title."""
        phrase = self.body[start:end]
        match = APPOSED_NAME.search(phrase)
        role_opening, titles = _titles(self.lang)
        if match is None or not role_opening.match(phrase.casefold()):
            return None
        name = match.group("name")
        first = name.split()[0]
        if first.casefold() in titles or is_calendar_word(first, self.lang):  # "..., Rabu (14/1)"
            return None
        name_start = start + match.start("name")
        before = self._entities_in(start, start + match.start())
        if any(e.type is EntityType.PERSON for e in before):
            return None
        for entity in self._entities_in(name_start, name_start + len(name)):
            if entity.type is not EntityType.PERSON:
                return None
            return Speaker(entity.text, entity.canonical, entity.start, entity)
        return Speaker(name, self._fullest_name(name), name_start)

    def _fullest_name(self, name: str) -> str:
        """The longest run of capitalised words in the article that contains ``name``."""
        if name in self._fullest:
            return self._fullest[name]
        # runs outside a body's or place's name come first: "Kim" is "Kim Chol Ung", not
        # "Kim Chaek University" of "Kim Chaek University of Technology" (a body's short
        # name, "Mandala" of "PT Mandala Nikel Baterai", still finds its body)
        outside, inside = [], []
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.body):
            within = any(
                e.type is not EntityType.PERSON for e in self._entities_around(match.start())
            )
            (inside if within else outside).append(match)
        best = self._longest_run(name, outside)
        if best == name:
            best = self._longest_run(name, inside)
        self._fullest[name] = best
        return best

    def _longest_run(self, name: str, matches: Sequence[re.Match[str]]) -> str:
        """The longest run of capitalised words around one of ``matches`` of ``name`` that
        is short enough to be a name (``name`` itself when none is longer)."""
        best = name
        for match in matches:
            run = _capitalised_run(self.body, match.start(), match.end(), self.not_names_openers)
            words = run.split()
            if len(words) > MAX_NAME_WORDS:
                # "Menteri ... Mesir Ahmed Samir Fawzy": the words after the last one
                # that belongs to a place, body or title of the article
                # the run holds the name, so it starts at most len(run) before it
                start = self.body.find(
                    run, max(0, match.end() - len(run)), match.start() + len(run)
                )
                words = (self._name_tail(start, run) if start >= 0 else []) or words
            if len(words) <= MAX_NAME_WORDS + 1 and len(" ".join(words)) > len(best):
                best = " ".join(words)
        return best

    def _name_tail(self, start: int, run: str) -> list[str]:
        """The last words of a capitalised run that are no part of a known non-person
        entity and no title word."""
        _, titles = _titles(self.lang)
        words = list(re.finditer(r"\S+", run))
        for index in range(len(words) - 1, -1, -1):
            word = words[index]
            w_start, w_end = start + word.start(), start + word.end()
            known = any(
                e.type is not EntityType.PERSON
                for e in self._entities_in(w_start, w_end) + self._entities_around(w_start)
            )
            if known or word.group().casefold() in titles:
                return [w.group() for w in words[index + 1 :]]
        return []

    def _entities_around(self, position: int) -> list[Entity]:
        """Entities that contain ``position`` (a word inside a longer name)."""
        i = bisect.bisect_right(self.entity_starts, position) - 1
        out = []
        while i >= 0 and self.entities[i].end > position - MAX_ENTITY_CHARS:
            entity = self.entities[i]
            if entity.start <= position < entity.end:
                out.append(entity)
            i -= 1
        return out

    def _last_agency(self, position: int) -> Entity | None:
        """The last news agency named before ``position``, not the article's own outlet
        (its dateline "(AFP)" is no agency the article quotes)."""
        agencies: list[Entity] = []  # last first
        i = bisect.bisect_left(self.entity_starts, position) - 1
        while i >= 0:
            entity = self.entities[i]
            if entity.type is EntityType.AGENCY and entity.canonical.casefold() != self.own_outlet:
                agencies.append(entity)
            i -= 1
        if not agencies:
            return None
        # "The Global Times, a tabloid published by the People's Daily, said ... '...,' the
        # newspaper wrote": of the agencies named in the last sentences, the one that spoke
        floor = self.sentence_starts[max(0, self._sentence_index(position) - AGENCY_SENTENCES)]
        spoke = {c for p, _, c in self.subjects if p < position}
        recent = [a for a in agencies if a.start >= floor]
        speaking = [a for a in recent if a.canonical in spoke]
        if speaking and agencies[0].canonical not in spoke:
            return speaking[0]
        if len(agencies) > 1 and inside_apposition(
            self.body[agencies[1].end : agencies[0].start], self.lang
        ):
            return agencies[1]  # the agency the apposition describes, not one inside it
        return agencies[0]

    def _person_before_description(
        self, body: Entity, floor: int, verb_start: int
    ) -> Speaker | None:
        """A person opening the clause, then a description in lower case and the body or
        place it names, each in commas, right before the verb: the person is the subject
        (a place's own qualifiers may follow it in commas: "warga Kampung Batubulan,
        Kecamatan Siau Timur Selatan,")."""
        end = body.end
        while (more := PLACE_IN_COMMAS.match(self.body, end, verb_start)) is not None:
            end = more.end()
        if not re.fullmatch(r",\s*", self.body[end:verb_start]):
            return None
        opening = OPENING_NAME.match(self.body, floor, body.start)
        if opening is None or not PERSON_DESCRIPTION.fullmatch(
            self.body, opening.end(), body.start
        ):
            return None
        person = self._speaker_in(opening.start("who"), opening.end("who"))
        if person is None or not person.canonical:
            return None
        if person.entity is not None and person.entity.type is not EntityType.PERSON:
            return None  # a body or a place opens the clause, no person
        return person

    def _speaker_before(self, verb_start: int, floor: int) -> Speaker | None:
        """The subject right before a speech verb: a name, a pronoun or a short phrase."""
        entity = self._entity_before(verb_start, floor)
        if (
            entity is not None
            and entity.type is EntityType.PLACE
            and self._preceded_by(self._place_list_start(entity), self._locatives)
        ):
            # "Guo Peng dalam jumpa pers di Beijing menyebut": Beijing is where, not who;
            # "Kedutaan Besar China di Jakarta, seperti dikutip Xinhua, menyatakan": nor
            # for a body placed there
            person = self._first_person(floor, entity.start)
            if person is None:
                person = next(
                    (
                        e
                        for e in reversed(self._entities_in(floor, entity.start))
                        if e.type in (EntityType.ORG, EntityType.AGENCY)
                    ),
                    None,
                )
            entity = person
        if entity is not None and entity.type is EntityType.PLACE:
            resident = self._person_before_description(entity, floor, verb_start)
            if resident is not None:
                return resident  # "Martinus Salindeho (47), warga Kampung Batubulan,
                # Kecamatan Siau Timur Selatan, mengaku": where the person lives
            relative = self._relative_before(floor, entity.start)
            if relative is not None:
                # "a trader who ships flour across the Yalu River said": the river is in
                # the relative clause; the subject stands before "who"
                return self._speaker_before(relative, floor)
        if entity is not None and entity.type in (EntityType.PLACE, EntityType.COUNTRY):
            titled_place = self._titled_place(entity, floor)
            if titled_place is not None:
                return titled_place  # "Kadinkes Sragen menyatakan": the health office head
        if entity is not None and entity.type is EntityType.COUNTRY:
            owner = self._body_before_country(entity, floor)
            if owner is not None:
                entity = owner  # "Kepala Staf Gabungan (JCS) Korea Selatan menyatakan"
        if entity is not None and entity.type in (EntityType.ORG, EntityType.AGENCY):
            described = self._person_before_description(entity, floor, verb_start)
            if described is not None:
                return described  # "Li Guohua, chairman of the developer, China Hanjiang
                # Road and Bridge Group, told": the body names what the person heads
            titled = self._titled_body_phrase(entity, floor)
            if titled is not None:
                return titled  # "Sang juru bicara JCS menambahkan": the spokesman
            held = self._title_anaphor(entity.text, entity.start)
            if held is not None and held.canonical:
                return held  # "Kadinkes Sragen menyatakan": a title read as a body
        if entity is not None:
            return Speaker(entity.text, entity.canonical, entity.start, entity)
        # "The agency, in a statement, said": the subject stands before the adjunct
        adjunct = self.cues.trailing_adjunct.search(self.body, floor, verb_start)
        if adjunct is not None:
            verb_start = adjunct.start()
        # the subject is at most a few words: look only at the end of the clause
        window_start = max(floor, verb_start - SUBJECT_WINDOW)
        window = self.body[window_start:verb_start]
        aside = re.search(r",\s*([\w'’ -]+),\s*$", window)
        asides = {w.casefold() for w in getattr(self.speech, "ASIDE_ADVERBS", ())}
        if aside is not None and aside.group(1).casefold() in self._adverbs | asides:
            # "The minister, however, said": an adverb in commas after the subject
            window = window[: aside.start()] + " "
        match = self.cues.subject_before.search(window if adjunct is None else f"{window} ")
        if not match:
            return None
        who = match.group("who")
        who_start = window_start + match.start("who")
        words = who.split()
        if len(words) > 1 and words[-1].casefold() in self.speech.PRONOUNS:
            # "against what he called": the pronoun right before the verb is its subject
            return self._last_subject(who_start, words[-1])
        while len(words) > 1 and words[-1].casefold() in self._adverbs:
            words.pop()  # "Kantor berita Jepang itu juga": "juga" is no part of the subject
        if len(words) > 1 and words[-1].casefold() in self.speech.PRONOUNS:
            # "Saat itu ia juga berpesan": the pronoun before the adverb is the subject
            return self._last_subject(who_start, words[-1])
        who = who[: who.rindex(words[-1]) + len(words[-1])]
        if who.casefold() in self.speech.PRONOUNS:
            return self._continued(who_start, who_start + len(who), who) or self._last_subject(
                who_start, who
            )
        if who.casefold() in self._auxiliaries:
            return None  # "Japan, one of Myanmar's largest donors, has pledged"
        if words[0].casefold() in self._addressee_words:
            return None  # "Muhammad Fajar (34), pengemudi ojek daring, kepada Antara
            # mengatakan": who listened is no subject
        # A bare phrase counts only as a whole clause subject ("Media pemerintah"), also
        # after a fronted clause in commas ("Ditanya soal keluhan pedagang, sang dirjen")
        lead = self.body[floor:who_start]
        first, *rest = who.split()
        if (
            lead.rstrip().endswith(",")
            and first.casefold() in self._joiners
            and rest
            and rest[0].casefold() in self._possessive_body_pronouns
        ):
            # "North Korea has denied involvement, and its foreign ministry dismissed":
            # a clause joined after a comma opens with its own subject
            at = who.index(rest[0], len(first))
            who, who_start, lead = who[at:], who_start + at, ""
        fronted = lead.rstrip().endswith(",") and who.split()[0].casefold() not in self._joiners
        if fronted and who.split()[0].casefold() in self._clause_openers:
            # "Prices rose 5%, as the ministry said": the subject after the writer's "as"
            rest = who.split()[1:]
            if not rest:
                return None  # "..., as reported by Kyodo": no subject before the verb
            at = who.index(rest[0], len(who.split()[0]))
            who, who_start = who[at:], who_start + at
        if len(who.split()) > MAX_SPEAKER_WORDS or (lead.strip() and not fronted):
            return None
        return self._speaker_in(who_start, who_start + len(who))

    def _body_before_country(self, country: Entity, floor: int) -> Entity | None:
        """The body a country right after it qualifies: "Kepala Staf Gabungan (JCS) Korea
        Selatan" (only spaces or the body's acronym in brackets between them)."""
        i = bisect.bisect_left(self.entity_starts, country.start) - 1
        while i >= 0 and self.entities[i].start >= floor:
            entity = self.entities[i]
            if entity.end <= country.start:
                between = self.body[entity.end : country.start]
                if entity.type in (EntityType.ORG, EntityType.AGENCY) and re.fullmatch(
                    r"\s*(?:\([A-Z][A-Za-z]{1,9}\)\s*)?", between
                ):
                    return entity
                if between.strip() and not re.fullmatch(r"\s*\([A-Z][A-Za-z]{1,9}\)\s*", between):
                    return None
            i -= 1
        return None

    def _titled_body_phrase(self, body: Entity, floor: int) -> Speaker | None:
        """ "Sang juru bicara JCS", "the JCS spokesman": a title anaphor around a body's
        name stands for the person who holds it, not for the body."""
        start = max(floor, self.body.rfind(",", floor, body.start) + 1)
        lead = self.body[start : body.start].strip()
        words = lead.casefold().split()
        bare = (
            getattr(self.speech, "BARE_TITLE_ANAPHORS", False)
            and lead[:1].isupper()
            and " ".join(words) in _titles(self.lang)[1]
        )  # "Kepala BPS juga mengingatkan": the head of the body, not the body
        if not bare and (not words or words[0] not in self.anaphor_before or len(words) < 2):
            return None
        phrase = self.body[start : body.end].strip()
        found = self._title_anaphor(phrase, body.start)
        return found if found is not None and found.canonical else None

    def _open_relative_antecedent(self, floor: int, verb_start: int) -> Entity | None:
        """ "Ketua Umum PSSI, Arief Wicaksono, yang mendampingi Hendrik dalam jumpa pers itu
        menyebut": a relative clause left open up to the verb; the person before its comma
        speaks, not the one inside it."""
        pattern = _relative_pattern(self.lang)
        if pattern is None:
            return None
        found = list(pattern.finditer(self.body, floor, verb_start))
        if not found:
            return None
        start = found[-1].start()
        clause = self.body[start:verb_start]
        if "," in clause or len(clause.split()) > MAX_OPEN_RELATIVE_WORDS:
            return None
        i = bisect.bisect_left(self.entity_starts, start) - 1
        if i < 0:
            return None
        person = self.entities[i]
        gap = self.body[person.end : start].strip()
        body_named = person.type in (EntityType.ORG, EntityType.AGENCY) and gap == ""
        if (person.type is not EntityType.PERSON and not body_named) or gap not in (",", ""):
            return None  # (a comma, or nothing, opens the clause right after the name; a
            # body's name only with nothing between: "Hengtai Group yang berbasis di Provinsi
            # Fujian menyatakan")
        if gap == "" and self._preceded_by(person, self._addressee_words):
            return None  # "kepada Budi yang ...": the listener
        if gap == "," and not any(
            e.type is EntityType.PERSON for e in self._entities_in(start, verb_start)
        ):
            return None  # nobody inside to mistake for the subject
        # ("Menteri Luar Negeri Park Ji-hoon yang pada Selasa menyebut ...": the clause
        # without a comma holds the verb; its antecedent speaks)
        return person

    def _relative_before(self, floor: int, position: int) -> int | None:
        """Where the last relative pronoun ("who", "yang") between ``floor`` and
        ``position`` starts, if any."""
        pattern = _relative_pattern(self.lang)
        found = list(pattern.finditer(self.body, floor, position)) if pattern else []
        return found[-1].start() if found else None

    def _place_list_start(self, place: Entity) -> Entity:
        """The first place of "Makassar, Sulawesi Selatan" that ``place`` ends."""
        i = self.entities.index(place)
        while (
            i > 0
            and self.entities[i - 1].type in (EntityType.PLACE, EntityType.COUNTRY)
            and self.body[self.entities[i - 1].end : self.entities[i].start].strip() == ","
        ):
            i -= 1
        return self.entities[i]

    def _preceded_by(self, entity: Entity, words: frozenset[str]) -> bool:
        """The word right before ``entity`` is one of ``words``: a locative ("di
        Beijing": where, not who) or an addressee cue ("kepada Antara": who listened)."""
        before = self.body[max(0, entity.start - 12) : entity.start].casefold().split()
        return bool(before) and before[-1] in words

    def _entity_before(self, verb_start: int, floor: int) -> Entity | None:
        # "Laporan X, sebagaimana dikutip Reuters, menyatakan": X speaks, Reuters relays.
        aside = self.cues.aside.search(self.body, floor, verb_start)
        if aside is not None:
            verb_start = aside.start()
        # "The Malaysian Meteorological Department (MetMalaysia), in a statement, said"
        adjunct = self.cues.trailing_adjunct.search(self.body, floor, verb_start)
        if adjunct is not None:
            verb_start = adjunct.start()
        # "Kenji Morita, who signed it alongside Adinegoro, said": Morita speaks
        relative = self.cues.relative_before.search(self.body, floor, verb_start)
        if relative is not None:
            verb_start = relative.start()
            # "Dian Puspitasari, 43, who heads ...": an age before the relative clause
            aged = AGE_BEFORE.search(self.body, floor, verb_start)
            if aged is not None:
                verb_start = aged.start()
        if relative is None:
            antecedent = self._open_relative_antecedent(floor, verb_start)
            if antecedent is not None:
                return antecedent
        i = bisect.bisect_left(self.entity_starts, verb_start) - 1
        while i >= 0 and self.entities[i].start >= floor:
            entity = self.entities[i]
            if (
                entity.type is EntityType.AGENCY
                and entity.end <= verb_start
                and _relayed_by(self.lang).search(
                    self.body, max(0, entity.start - RELAY_CUE_CHARS), entity.start
                )
            ):
                # "Kementerian Luar Negeri Korut dalam pernyataan yang dikutip KCNA
                # menegaskan": the agency relays; the body before it speaks
                i -= 1
                continue
            if entity.end <= verb_start and self._preceded_by(entity, self._addressee_words):
                # "Lestari Handayani, kepada Antara mengatakan": Antara listens
                verb_start = self.body.rfind(",", floor, entity.start) + 1 or entity.start
                i -= 1
                continue
            if entity.end <= verb_start:
                gap = self.body[entity.end : verb_start]
                if (
                    gap.startswith(")")
                    and self.body[entity.start - 1 : entity.start] == "("
                    and i > 0
                    and self.entities[i - 1].canonical == entity.canonical
                    and not self.body[self.entities[i - 1].end : entity.start - 1].strip()
                ):
                    # "The Korean Central News Agency (KCNA) said": the name and its
                    # acronym in brackets are one subject
                    gap = gap[1:]
                    i -= 1
                    entity = self.entities[i]
                acronym = BODY_ACRONYM.match(gap)
                if acronym is not None and entity.type in (EntityType.ORG, EntityType.AGENCY):
                    # "the Kelantan Flood Relief Network (KFRN), a coalition of 14
                    # non-governmental organisations, said": the body's acronym first
                    gap = gap[acronym.end() :]
                timed = _time_adjunct(self.lang).fullmatch(gap)
                if timed is not None:
                    gap = ""  # "KCNA last month dismissed ...": when, not who
                if entity.type is EntityType.AGENCY and " ".join(gap.split()) in self._media:
                    gap = ""  # "The state-run Global New Light of Myanmar newspaper reported"
                if not self.cues.gap.fullmatch(gap):
                    # "Emi Saito, a spokeswoman for the Japan Coast Guard in Naha, Okinawa,
                    # said": a name inside the apposition is no subject; the one before is
                    person = self._person_before_opener(verb_start, floor)
                    if person is not None and self.cues.gap.fullmatch(
                        self.body[person.end : verb_start]
                    ):
                        return person
                    return None
                entity = self._outermost(i, entity)
                if relative is not None and entity.type is not EntityType.PERSON:
                    # "Zhou Wenbin, chairman of Yunhai Shipping Group, which leads the
                    # consortium, told": the body closes an apposition of the person before
                    person = self._person_before_apposition(entity.start, floor)
                    if person is not None and person.type is EntityType.PERSON:
                        return person
                if entity.type in (EntityType.ORG, EntityType.AGENCY):
                    # "Farah Iskandar of the National University of Singapore's Faculty of
                    # Law, who studies environmental law, said", "Nur Azlina of the
                    # Malaysian Anti-Corruption Commission (MACC) had urged": the member
                    member = self._member_before(self.entities.index(entity), floor)
                    if member is not None:
                        return member
                comma = self.body.rfind(",", floor, entity.start)
                inside = self.body[comma + 1 : entity.start].strip() if comma >= 0 else ""
                if "," in gap and inside[:1].islower():
                    # "Kim Yo Jong, the powerful sister of leader Kim Jong Un, called": the
                    # name before the apposition speaks, not the one inside it
                    person = self._person_before_apposition(entity.start, floor)
                    if person is not None:
                        return person
                if "," in gap and entity.type is not EntityType.PERSON:
                    # "Kim Jong Un, general secretary of the Workers' Party, said": the
                    # person before the apposition speaks, not the party inside it
                    person = self._person_before_apposition(entity.start, floor)
                    if person is None:
                        # "Emi Saito, a spokeswoman for the coast guard in Naha, Okinawa,
                        # said": the apposition holds a comma of its own
                        person = self._person_before_opener(entity.start, floor)
                    if person is None and entity.type in (EntityType.PLACE, EntityType.COUNTRY):
                        # the same in a language without an apposition's article
                        person = self._person_before_apposition(
                            entity.start, floor, MAX_APPOSITIONS + 1
                        )
                    if person is not None:
                        return person
                return self._widen(entity)
            i -= 1
        return None

    def _outermost(self, index: int, entity: Entity) -> Entity:
        """A mention that encloses ``entity`` ("Menlu China" around "China") wins."""
        j = index - 1
        while j >= 0 and self.entities[j].end >= entity.start:
            outer = self.entities[j]
            if outer.start <= entity.start and outer.end >= entity.end:
                entity = outer
            j -= 1
        return entity

    def _person_before_opener(self, position: int, floor: int) -> Entity | None:
        """The person right before the last ", a|an|the" apposition before ``position``."""
        pattern = apposition_opening(self.lang)
        found = list(pattern.finditer(self.body, floor, position)) if pattern else []
        for opener in reversed(found[-MAX_APPOSITIONS:]):
            # (two appositions may follow the name: "Rina Hapsari, a lawmaker from ...,
            # the only faction to reject the bill, said")
            comma = opener.start()
            i = bisect.bisect_left(self.entity_starts, comma) - 1
            person = self.entities[i] if i >= 0 else None
            if (
                person is not None
                and person.type is EntityType.PERSON
                and AGE_ONLY.fullmatch(self.body[person.end : comma])
            ):
                return person
        return None

    def _titled_place(self, place: Entity, floor: int) -> Speaker | None:
        """A title standing for a person, written with the place it serves right before a
        speech verb ("Kadinkes Sragen menyatakan", "Bupati Bone Bolango menambahkan")."""
        words = list(re.finditer(r"\S+", self.body[floor : place.start]))[-MAX_ANAPHOR_WORDS:]
        for i in range(len(words)):
            start = floor + words[i].start()
            found = self._title_anaphor(self.body[start : place.end], start)
            if found is not None and found.canonical:
                return found
        return None

    def _person_before_comma(self, position: int) -> Entity | None:
        """The person whose name ends right before the comma before ``position``."""
        comma = self.body.rfind(",", max(0, position - 4), position)
        if comma < 0:
            return None
        i = bisect.bisect_left(self.entity_starts, comma) - 1
        if i < 0:
            return None
        entity = self.entities[i]
        if entity.type is not EntityType.PERSON or self.body[entity.end : comma].strip():
            return None
        return entity

    def _member_before(self, index: int, floor: int) -> Entity | None:
        """The person right before the body ``self.entities[index]``, joined to it by a
        word of membership ("Farah Iskandar of the ...", "Budi dari ...")."""
        if index < 1 or self.entities[index - 1].start < floor:
            return None
        person, body = self.entities[index - 1], self.entities[index]
        if person.type is not EntityType.PERSON:
            return None
        words = self.body[person.end : body.start].casefold().split()
        members = frozenset(getattr(self.speech, "BELONGS_PREPOSITIONS", ()))
        if (
            not words
            or words[0] not in members
            or len([w for w in words[1:] if w not in self._articles]) > MAX_MEMBER_ADJECTIVES
            or not all(w.islower() for w in words)
        ):
            return None  # "of the ruling Democratic Party": an adjective may stand between
        return person

    def _person_before_apposition(
        self, position: int, floor: int, commas: int = 1
    ) -> Entity | None:
        """The person (or agency) right before the apposition that ends at ``position``;
        with ``commas`` > 1 the apposition may hold commas of its own when it opens in
        lower case ("Sumarni (47), pedagang sembako di Pasar Kramat Jati, Jakarta Timur,
        mengatakan")."""
        end = position
        for depth in range(commas):
            comma = self.body.rfind(",", floor, end)
            if comma < 0:
                return None
            i = bisect.bisect_left(self.entity_starts, comma) - 1
            found = self.entities[i] if i >= 0 else None
            between = self.body[found.end : comma] if found else ""
            opening = self.body[comma + 1 : comma + 3].strip()[:1]
            if depth and not opening.islower():
                end = comma
                continue  # the name of the apposition's place, not its opening
            if found and found.type is EntityType.PERSON and AGE_ONLY.fullmatch(between):
                return found  # "Sumiati (47), warga Desa Supiturang, mengaku"
            if found and found.type is EntityType.AGENCY and not between.strip():
                return found  # "The Rodong Sinmun, the main newspaper of the party, called"
            end = comma
        return None

    def _widen(self, entity: Entity) -> Entity:
        """A country inside a longer capitalised name speaks as that name:
        "Kementerian Unifikasi Korea Selatan" is not South Korea as a whole."""
        if entity.type not in (EntityType.COUNTRY, EntityType.PLACE):
            return entity
        run = _capitalised_run(self.body, entity.start, entity.end, self.not_names_openers)
        start = self.body.rfind(run, 0, entity.end)
        if len(run) <= len(entity.text) or start < 0 or run.split()[0] in self.not_names_openers:
            return entity
        name = _without_owner(run, entity.text) if start == entity.start else run
        return Entity(run, start, start + len(run), EntityType.ORG, name)

    def _entities_in(self, start: int, end: int) -> list[Entity]:
        i = bisect.bisect_left(self.entity_starts, start)
        out = []
        while i < len(self.entities) and self.entities[i].start < end:
            if self.entities[i].end <= end:
                out.append(self.entities[i])
            i += 1
        return out

    def _sentence_index(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, position) - 1)

    def _paragraph_end(self, position: int) -> int:
        end = self.body.find("\n", position)
        return len(self.body) if end < 0 else end


def _longest_title(words: Sequence[str], titles: frozenset[str] | set[str]) -> str:
    """The longest run of ``words`` that is a title ("the Indonesian minister" ->
    "minister", "Kepala Pelaksana BPBD itu" -> "kepala pelaksana"), or ""."""
    runs = (" ".join(words[i:j]) for i in range(len(words)) for j in range(len(words), i, -1))
    return max((r for r in runs if r in titles), key=len, default="")


@lru_cache(maxsize=8)
def _relayed_by(lang: str) -> re.Pattern[str]:
    """A relay cue right before an agency's name ("yang dikutip KCNA", "quoted by")."""
    data = table(lang, "attribution")
    cues = [*getattr(data, "QUOTED_BY", ()), *getattr(data, "LANSIR", ())]
    if not cues:
        return re.compile(r"(?!x)x")
    alternation = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    # ("dalam pernyataan yang dikutip kantor berita resmi Xinhua": the kind of medium,
    # with a word or two describing it, may stand between)
    media = "|".join(
        re.escape(m) for m in sorted(getattr(data, "MEDIUM_WORDS", ()), key=len, reverse=True)
    )
    described = rf"(?:(?i:{media})(?:\s+[a-z][\w-]*){{0,{MAX_MEDIUM_WORDS}}}\s+)?" if media else ""
    return re.compile(rf"(?<![\w-])(?i:{alternation})\s+{described}$")


@lru_cache(maxsize=8)
def _time_adjunct(lang: str) -> re.Pattern[str]:
    """A short time adjunct between a subject and its verb ("last month", "on Monday")."""
    phrases = getattr(table(lang, "speech"), "TIME_ADJUNCTS", ())
    weekdays = getattr(table(lang, "calendar"), "WEEKDAYS", {})
    parts = [re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)]
    parts += [rf"(?:on\s+)?{re.escape(w.capitalize())}" for w in weekdays if len(w) > 3]
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile(rf"\s+(?:{'|'.join(parts)})\s*")


def _without_owner(name: str, owner: str) -> str:
    """ "Malaysia's Department of Environment" -> "Department of Environment": a body
    named without the country that owns it."""
    match = re.match(rf"{re.escape(owner)}['’]s\s+", name)
    return name[match.end() :] if match else name


@lru_cache(maxsize=8)
def _expansions(lang: str) -> dict[str, str]:
    """Short titles and their full forms, casefolded ("wamen" -> "wakil menteri")."""
    return {k.casefold(): v.casefold() for k, v in table(lang, "titles").EXPANSIONS.items()}


@lru_cache(maxsize=256)
def _holds(lang: str, title: str, *, synonyms: bool = True) -> re.Pattern[str]:
    """A casefolded role holds ``title``; with ``synonyms``, any of its words may be
    written as a synonym ("the spokeswoman" for "a spokesperson for the agency")."""
    groups = getattr(table(lang, "titles"), "SYNONYMS", ()) if synonyms else ()
    synonyms = {w.casefold(): group for group in groups for w in group}
    words = [
        "(?:" + "|".join(re.escape(s.casefold()) for s in synonyms[w]) + ")"
        if w in synonyms
        else re.escape(w)
        for w in title.split()
    ]
    spaced = r"\s+".join(words)
    return re.compile(rf"(?<!\w){spaced}(?!\w)")


@lru_cache(maxsize=8)
def _head_of_words(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in getattr(table(lang, "titles"), "HEAD_OF_WORDS", ()))


@lru_cache(maxsize=8)
def _head_titles(lang: str) -> re.Pattern[str]:
    """Any title of one who heads a body (``HEAD_TITLES``), casefolded."""
    titles = getattr(table(lang, "titles"), "HEAD_TITLES", ())
    alternation = "|".join(re.escape(t.casefold()).replace(r"\ ", r"\s+") for t in titles)
    return re.compile(rf"(?<!\w)(?:{alternation or '(?!x)x'})(?!\w)")


@lru_cache(maxsize=256)
def _deputy_of(lang: str, title: str | None) -> re.Pattern[str] | None:
    """A deputy's word before ``title`` (one word may stand between: "deputi gubernur
    senior" has none, "wakil ketua umum"), or anywhere for no title, casefolded; None
    when the language has none."""
    words = getattr(table(lang, "titles"), "DEPUTY_WORDS", ())
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in words)
    if title is None:
        return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
    return re.compile(rf"(?<!\w)(?:{alternation})\s+(?:\w+\s+)?{re.escape(title)}(?!\w)")


@lru_cache(maxsize=8)
def _capitalised_titles(lang: str) -> frozenset[str]:
    """Titles (casefolded) the table writes with a capital only ("Kepala", "Mendag"), not
    common nouns it also writes in lower case ("warga", "profesor")."""
    written = table(lang, "titles").TITLES
    lower = {t.casefold() for t in written if t[:1].islower()}
    return frozenset(t.casefold() for t in written if t[:1].isupper()) - lower


def _role_names(lang: str, role: str, words: Sequence[str]) -> bool:
    """Every word is in the casefolded role, as written or by the full name of the body it
    is a short form of ("dinkes" in "kepala dinas kesehatan ...")."""
    short_forms = _body_short_forms(lang)
    return all(w in role or short_forms.get(w, w) in role for w in words)


@lru_cache(maxsize=8)
def _body_short_forms(lang: str) -> dict[str, str]:
    """Bodies' short forms and their full names, casefolded ("dinkes" -> "dinas kesehatan")."""
    forms = getattr(table(lang, "titles"), "BODY_SHORT_FORMS", {})
    return {k.casefold(): v.casefold() for k, v in forms.items()}


@lru_cache(maxsize=8)
def _closed_relative_pattern(lang: str) -> re.Pattern[str] | None:
    """A relative clause closed by a demonstrative at the sentence end ("yang sudah 11
    tahun bertugas di Pyongyang itu.")."""
    relatives = _relative_pattern(lang)
    closing = "|".join(
        re.escape(w.casefold()) for w in getattr(table(lang, "speech"), "TITLE_ANAPHOR_AFTER", ())
    )
    if relatives is None or not closing:
        return None
    return re.compile(rf"\s+{relatives.pattern}[^.!?\n]*\s(?:{closing})\s*[.!?]")


@lru_cache(maxsize=8)
def _relative_pattern(lang: str) -> re.Pattern[str] | None:
    """A relative pronoun of the language ("who", "yang")."""
    words = getattr(table(lang, "speech"), "RELATIVES", ())
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w-])(?i:{alternation})\b") if alternation else None


@lru_cache(maxsize=8)
def _titles(lang: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """A phrase opening with a role ("juru bicara ..."), casefolded; and the titles."""
    data = table(lang, "titles")
    titles = frozenset(t.casefold() for t in data.TITLES)
    alternation = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    # "deputy director-general", "acting spokesperson": a modifier may come first
    modifiers = "|".join(re.escape(m.casefold()) for m in getattr(data, "TITLE_MODIFIERS", ()))
    opener = rf"(?:(?:{modifiers})\s+)?" if modifiers else ""
    return re.compile(rf"{opener}(?:{alternation})(?=[ ,])"), titles


@lru_cache(maxsize=8)
def _placed_closer(lang: str) -> re.Pattern[str] | None:
    """ ", Pulau Haruku, itu", " itu": capitalised places in commas, if any, then a
    demonstrative that closes a described person (``TITLE_ANAPHOR_AFTER``)."""
    after = getattr(table(lang, "speech"), "TITLE_ANAPHOR_AFTER", ())
    if not after:
        return None
    place = r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)*"
    closing = "|".join(re.escape(w) for w in after)
    return re.compile(rf"(?:\s*,\s*(?-i:(?=[A-Z])){place})*\s*,?\s+(?:{closing})\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _not_name_openers(lang: str) -> frozenset[str]:
    """Capitalised words that open a sentence but no name the run after them holds."""
    speech = table(lang, "speech")
    return (
        frozenset(
            w.capitalize()
            for w in (
                *speech.OPENERS,
                *speech.ADVERBIAL_STARTERS,
                *speech.POST_VERBS,  # "Kata Dyah:" names Dyah
            )
        )
        | listed_words("HONORIFIC_PREFIXES")  # "Haji Mulyadi" is Mulyadi
        # "Selain Hanul, Rizal menyebut": "Selain" opens no name of Hanul
        | frozenset(getattr(table(lang, "aliases"), "NOT_NAME_OPENERS", ()))
    )


@lru_cache(maxsize=8)
def _speech_verb_keys(lang: str) -> frozenset[str]:
    """Where a speech verb may start: the first words of the language's speech verbs."""
    return first_words(table(lang, "speech").SPEECH_VERBS)


@lru_cache(maxsize=8)
def _according_keys(lang: str) -> frozenset[str]:
    """Where an "according to" cue may start: its first word, with the speaker clitic
    written onto it too ("menurut", "menurutnya", "according")."""
    speech = table(lang, "speech")
    keys = first_words(speech.ACCORDING_TO)
    return keys | {f"{k}{speech.CLITIC}" for k in keys} if speech.CLITIC else keys


def _capitalised_run(body: str, start: int, end: int, stop: frozenset[str] = frozenset()) -> str:
    """Extend ``body[start:end]`` over neighbouring capitalised words on the same line
    (not over ``stop`` words such as a sentence-initial "The")."""
    word = re.compile(r"[A-Z][\w'’-]*")
    while True:
        match = re.search(r"([A-Z][\w'’-]*)[ \t]+$", body[max(0, start - 40) : start])
        if not match or match.group(1) in stop or match.group(1) in RUN_STOPS:
            break
        start -= len(match.group())
    while True:
        match = word.match(body, end + 1) if body[end : end + 1] in (" ", "\t") else None
        if not match:
            break
        end = match.end()
    return body[start:end]
