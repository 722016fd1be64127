"""Direct, partial and indirect quotes with their speakers, resolved within the article.

Decisions (also in ``docs/extract.md``):

* A quoted stretch that starts its sentence (or follows "X mengatakan:" / "Menurut X,")
  is ``direct``; quoted words inside a sentence are ``partial`` only when the sentence
  has a speech cue (a speech verb, "menurut", "bahwa"/"that", or a cue after the quote):
  `mengatakan bahwa 2024 akan menjadi "tahun persahabatan DPRK-Tiongkok"` is a partial
  quote of Kim. Quoted words in a sentence without any speech cue are scare quotes or
  titles and are not quotes. Quote marks with letters on both sides are not quote marks.
* A clause that carries quote marks yields the direct/partial quotes only, not also an
  indirect quote of the same clause.
* "Ia"/"Dia"/"he"/"she", "-nya" cues ("ujarnya", "Menurutnya") stand for the last person
  who was a speaker or the first person named in a sentence before the cue; ``speaker``
  then holds that person's name as last written.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from crosscheck.extract.attribution import ChainResolver, attributions, medium_words, merge_links
from crosscheck.extract.entities import apposed_role
from crosscheck.extract.entities import entities as find_entities
from crosscheck.extract.quote_marks import Segment, trim
from crosscheck.extract.spans import SpanSet
from crosscheck.extract.speakers import (
    AGED,
    BODY_ACRONYM,
    MAX_ANAPHOR_WORDS,
    NAME_CONNECTORS,
    Speaker,
    SpeakerResolver,
    _titles,
)
from crosscheck.extract.speech_cues import MAX_POST_SUBJECT_WORDS
from crosscheck.lang import is_calendar_word, table
from crosscheck.types import Article, ChainLink, Entity, EntityType, Quote, QuoteKind

# A quote with no cue at all must be this long to count (shorter ones are titles).
MIN_UNCUED_WORDS = 6  # the seeds' cue-less quote continuations have 12+ words
# A clause this long before a mid-sentence "according to X," is the reported content;
# shorter ones are a fronted subject ("Sebagian besar aduan, menurut Ratna, datang ...").
MIN_CLAUSE_BEFORE_ACCORDING = 6
MIN_INDIRECT_WORDS = 3  # "Ia menegaskan, siap." is too little to compare
# "..., KCNA said on Saturday, in the latest sign": at most this many words may follow a
# sentence-final speech verb before a comma (a longer stretch is the reported content).
MAX_TRAILING_WORDS = 3
# The words after a closing marker and its passive verb, up to the end of what was said:
# the agency with its medium words and country ("kantor berita Rusia TASS").
MAX_CLOSING_SOURCE_WORDS = 6
# "told reporters after meeting his Japanese counterpart, Kenji Morimoto, in Jakarta that"
MAX_ADJUNCT_BEFORE_THAT_CHARS = 120
# "A South Korean official, speaking on condition of anonymity,": an aside in commas
LOWERCASE_ASIDE = re.compile(r",\s*[a-z][^,;\"“”]{1,80},?$")
_MARKS = re.compile('["“”«»„]')  # quote marks inside a reported clause
MAX_LISTENER_WORDS = 3  # "told a news conference", "told the parliament"
MAX_FINAL_TAIL_WORDS = 8  # up to the next comma: "..., officials said on Monday, as ..."
# "..., Morimoto said after meeting his South Korean counterpart Yoo Sang-hoon in Tokyo."
MAX_FINAL_ADJUNCT_WORDS = 14
MAX_DEFINITE_SUBJECT_WORDS = 4  # "the meteorological agency"
# "The institute, which had warned that ...": a relative pronoun and up to two auxiliaries
# before the speech verb
MAX_RELATIVE_WORDS = 3
# "Another member of the panel, Judge Anton Siregar, ...": a description this long before
# a name in commas opens the clause
MAX_DESCRIPTION_WORDS = 6
MAX_TITLE_WORDS_BEFORE_SUBJECT = 5  # "Deputy Finance Minister Lim Wei Jie defended ..."
# "..., and tourism officials said": the words of an unnamed subject after a conjunction
MAX_JOINED_SUBJECT_WORDS = 3
# How far back from a reported clause its joined speech verb may start ("and said", "but
# added that"): the verb and a comma.
MAX_JOINED_VERB_GAP = 16
SPACES_AFTER_COMMA = re.compile(r",\s+")
COMMA = re.compile(",")
FREE_RELATIVE_SUBJECT = re.compile(r"\b(?P<relative>\w+)\s+(?P<pronoun>\w+)\s+$")
# "KCNA news agency reported on Monday that ...": words between an agency and its verb
MAX_WORDS_BEFORE_REPORT_VERB = 4
# "Zhao Minghui|, deputy director of the ministry's Department of International
# Cooperation and Exchanges, |told": an age, then a role in commas before a closing verb
# (up to MAX_CLOSING_ROLE_CHARS: not swept; longer than the 80 of an apposed role, which
# raising measured worse, because here the closing verb must follow at once)
MAX_CLOSING_ROLE_CHARS = 150
CLOSING_ROLE = re.compile(
    r"(?:[ \t]*\(\d{1,3}\))?,[ \t]+(?:\d{1,3},[ \t]+)?"
    rf"(?P<role>[^,;.\"“”()\n]{{2,{MAX_CLOSING_ROLE_CHARS}}}),\s*"
)
# the words after a verb up to the next comma, full stop or semicolon; one between digits
# is part of a number ("said 1,240 families ...", "menyetor Rp47,5 juta")
TRAILING = re.compile(r"(?:[^,.;]|(?<=\d)[,.](?=\d))*")
PASSIVE_WINDOW = 24  # "were also| estimated": an auxiliary and one adverb before the verb
MAX_HEAD_WORDS_BEFORE_RELATIVE = 2  # "Warga Incheon yang ... itu mengatakan"
# "The 47-year-old, who has sold building materials ..., said": a description in lower
# case, a relative clause in commas, then the verb (the clause up to the verb's start)
DESCRIPTION_BEFORE_RELATIVE = re.compile(
    r"\s*(?P<who>[A-Z][a-z]*(?:[ \t]+[a-z0-9][\w-]*)+),[ \t]+(?P<relative>[\w'’-]+)[ \t][^\n]*,\s*$"
)
MAX_TITLE_RUN_WORDS = 14  # a title, its portfolio and a name before the verb
MAX_OBJECT_WITH_ADJUNCT_WORDS = 5  # "the adjustment on Monday": no clause
MAX_OPENING_APPOSITION_WORDS = 40  # a body's apposition may list places and dates
# "According to Xinhua, Japanese Foreign Ministry spokesman Daisuke Mori| said"
MAX_RELAYED_SUBJECT_WORDS = 8
MAX_UNNAMED_SUBJECT_WORDS = 12  # "Seorang pejabat senior Vietnam yang enggan disebut namanya"
# A capitalised name of one to four words, set off in commas before the verb.
_NAME_RUN = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
MAX_LEADING_DESCRIPTION_CHARS = 30  # "Warga lain,", "Another refugee,"
APPOSED_LAST = re.compile(rf",\s*(?P<who>{_NAME_RUN}),\s*$")
# "Marites Cruz, 38, a market vendor from Jagna, said", "Nurhayati (38), penumpang ...,"
APPOSED_FIRST = re.compile(
    # (a short description may come first: "Warga lain, Muhammad Ikhsan (29), pengemudi
    # ojek daring, mengatakan")
    rf"(?:[^,;\"“”]{{1,{MAX_LEADING_DESCRIPTION_CHARS}}},)?"
    # (a medium's kind may open the subject: "Surat kabar Rodong Sinmun, corong resmi
    # partai, menulis")
    rf"\s*(?P<kind>[A-Z][a-z]+\s+[a-z]+\s+)?"
    rf"(?P<who>{_NAME_RUN})(?:\s*\(\d{{1,3}}\))?,\s(?:\d{{1,3}},\s)?[^,;\"“”]{{3,120}},\s*$"
)


def quotes(
    article: Article,
    *,
    entities: Sequence[Entity] | None = None,
    chains: ChainResolver | None = None,
) -> Iterator[Quote]:
    """Yield the quotes of ``article`` in text order.

    >>> from crosscheck.ingest.build import make_article
    >>> a = make_article('Menteri Luar Negeri China, Wang Yi, tiba. "Kami siap," ujar Wang.',
    ...                  language="id")
    >>> [(q.text, q.kind.value, q.speaker_canonical) for q in quotes(a)]
    [('Kami siap', 'direct', 'Wang Yi')]
    """
    found = list(entities) if entities is not None else list(find_entities(article))
    if chains is None:
        chains = ChainResolver(article, list(attributions(article, entities=found)))
    yield from _Finder(article, found, chains).run()


class _Finder(SpeakerResolver):
    """One pass over an article: quote marks, cues, speakers, pronoun resolution."""

    def __init__(self, article: Article, found: Sequence[Entity], chains: ChainResolver):
        super().__init__(article, found, own_outlet=chains.own_outlet, aliases=chains.aliases)
        # words that must occur before the "quoted ... as saying" pattern is worth a search
        self.quoted_words = tuple(
            w.casefold() for w in (*self.speech.QUOTED_AS, *self.speech.PASSIVE_QUOTED)
        )
        self.roles = self._roles()  # the resolver's role map: found once per article
        self._complementizers = frozenset(c.casefold() for c in self.speech.COMPLEMENTIZERS)
        self._final_adjuncts = frozenset(getattr(self.speech, "FINAL_ADJUNCTS", ()))
        self._addressee_verbs = frozenset(getattr(self.speech, "ADDRESSEE_VERBS", ()))
        self._listeners = frozenset(w.casefold() for w in getattr(self.speech, "LISTENERS", ()))
        self._future_markers = tuple(getattr(self.speech, "FUTURE_MARKERS", ()))
        self._comma_after_final_verb = getattr(self.speech, "WRITERS_COMMA_AFTER_FINAL_VERB", False)
        self._conjunctions = frozenset(getattr(self.speech, "CONJUNCTIONS", ()))
        self._refusals = tuple(w.casefold() for w in getattr(self.speech, "REFUSALS", ()))
        self._unnamed_members = frozenset(
            w.casefold() for w in getattr(self.speech, "UNNAMED_MEMBERS", ())
        )
        self._belongs = frozenset(
            w.casefold() for w in getattr(self.speech, "BELONGS_PREPOSITIONS", ())
        )
        self._unnamed_people = frozenset(
            w.casefold() for w in getattr(self.speech, "UNNAMED_PEOPLE", ())
        )
        self._clause_joiners = frozenset(
            w.casefold() for w in getattr(self.speech, "CLAUSE_JOINERS", ())
        )
        self._passive_auxiliaries = frozenset(getattr(self.speech, "PASSIVE_AUXILIARIES", ()))
        self._statement_objects = frozenset(getattr(self.speech, "STATEMENT_OBJECTS", ()))
        citing = "|".join(re.escape(c) for c in getattr(self.speech, "CITING_RELATIVES", ()))
        self._citing_relative = re.compile(rf"(?i)(?<!\w)(?:{citing or '(?!x)x'})\s+")
        self._participle_cues = frozenset(
            w.casefold()
            for w in (
                *getattr(self.speech, "PARTICIPLE_CUES", ()),
                *getattr(self.speech, "BARE_PARTICIPLE_CUES", ()),
                *getattr(self.speech, "FRAMING_PARTICIPLES", ()),
            )
        )
        self._framing_participles = frozenset(
            w.casefold() for w in getattr(self.speech, "FRAMING_PARTICIPLES", ())
        )
        self._objects_before_adjunct = frozenset(getattr(self.speech, "OBJECTS_BEFORE_ADJUNCT", ()))
        self._free_relatives = frozenset(getattr(self.speech, "FREE_RELATIVES", ()))
        self._agent_words = frozenset(
            w.casefold() for w in getattr(self.speech, "PASSIVE_AGENT_WORDS", ())
        )
        self._medium_listener_words = frozenset(
            w
            for phrase in (*medium_words(self.lang), *self._articles)
            for w in phrase.casefold().split()
        )
        self.chains = chains

    def run(self) -> Iterator[Quote]:
        out: list[Quote] = []
        found = self.segments  # paired once by the resolver
        previous: Quote | None = None
        for index, segment in enumerate(found):
            quote = self._from_segment(segment, previous, found[index + 1 :])
            if quote is not None:
                out.append(quote)
                self._note_speaker(quote)
                previous = quote if quote.kind is QuoteKind.DIRECT else previous
        marked = self._marked_sentences(out)
        direct = [(q.start, q.end) for q in out]
        for sentence_index, sentence in enumerate(self.sentences):
            found_here = self._indirect(sentence)
            found_here += self._participle_after(sentence, [*out, *found_here])
            if sentence_index in marked:
                # a sentence with quote marks keeps only reported clauses that hold none
                # and overlap no quoted words ("... told a briefing that the coastguard had
                # acted \"with restraint\" and that the boat had entered Chinese waters")
                found_here = [
                    q
                    for q in found_here
                    if QuoteKind.INDIRECT is q.kind
                    and not any(a < q.end and q.start < b for a, b in direct)
                    and not _MARKS.search(self.body, q.start, q.end)
                    and (
                        (
                            self._after_quoted_words(q.start, direct)
                            and self._after_complementizer(q.start)
                        )
                        or self._before_quoted_words(q, sentence, direct)
                    )
                ]
            out.extend(found_here)
            for quote in found_here:
                self._note_speaker(quote)
        out = [self._resolved_late(q) for q in out]
        out.sort(key=lambda q: q.start)
        yield from out

    def _resolved_late(self, quote: Quote) -> Quote:
        """A quote in marks whose speaker phrase pointed back to nobody known when it was
        read ("the 38-page report said", "Its foreign ministry"), read again once the
        reported speech of the whole article has named its subjects."""
        if quote.kind is QuoteKind.INDIRECT or quote.speaker_canonical or not quote.speaker:
            return quote
        at = self.body.find(quote.speaker, quote.sentence_start, quote.sentence_end)
        while at >= 0 and quote.start <= at < quote.end:
            at = self.body.find(quote.speaker, at + 1, quote.sentence_end)
        if at < 0:
            return quote
        speaker = self._speaker_in(at, at + len(quote.speaker))
        if speaker is None or not speaker.canonical:
            return quote
        own = self._own_links(speaker, quote.sentence_start, quote.sentence_end)
        chain = quote.attribution
        if own:
            # the speaker is the origin; what the chain held before passed its words on
            chain = self.chains.explicit(quote.sentence_start, quote.sentence_end, own=own)
            known = {link.canonical for link in chain}
            chain = merge_links(
                [
                    *chain,
                    *(
                        dataclasses.replace(link, role="relay")
                        for link in quote.attribution
                        if link.canonical not in known
                    ),
                ]
            )
        return dataclasses.replace(
            quote,
            speaker_canonical=speaker.canonical,
            speaker_role=self.roles.get(speaker.canonical),
            attribution=chain,
        )

    def _after_complementizer(self, start: int) -> bool:
        """The clause opens with "that" / "bahwa" ("..., and that the boat had entered"),
        or follows a speech verb joined to the quoted words' clause ('described the
        talks as "frank" and said B')."""
        words = self.body[max(0, start - 20) : start].split()
        if bool(words) and words[-1].casefold() in self._complementizers:
            return True
        verb = self.verbs.search(max(0, start - MAX_JOINED_VERB_GAP), start)
        if verb is None or self.body[verb.end() : start].strip(" ,"):
            return False
        before = self.body[max(0, verb.start() - 12) : verb.start()].split()
        return bool(before) and before[-1].casefold() in self._conjunctions

    def _before_quoted_words(
        self, quote: Quote, sentence, direct: Sequence[tuple[int, int]]
    ) -> bool:
        """ "Morimoto said A, describing ties as "..."": a reported clause before every
        quoted word of its sentence, closed by a clause of the writer's."""
        if (
            quote.cue
            and quote.cue.casefold() not in self.body[sentence.start : quote.start].casefold()
        ):
            return False  # "Putin praised X, saying Russia "...", TASS reported": A's cue
            # closes the sentence after the quoted words; A is no reported clause of its own
        marks = [a for a, _ in direct if sentence.start <= a < sentence.end]
        joined = _joined_clause(self.lang)
        closed = (
            self.cues.writers_clause_in.match(self.body, quote.end) is not None
            or self.cues.and_that.match(self.body, quote.end) is not None
            # "Siregar said A, but called South Korea "a partner ...": a second verb of
            # the same subject frames the quoted words
            or (joined is not None and joined.match(self.body, quote.end) is not None)
        )
        return closed and all(quote.end <= a for a in marks)

    @staticmethod
    def _after_quoted_words(start: int, direct: Sequence[tuple[int, int]]) -> bool:
        """A reported clause in a marked sentence counts only after the quoted words:
        what comes before them is the clause that introduces them."""
        return any(b <= start for _, b in direct)

    def _closes_sentence(self, text_end: int, after_from: int) -> bool:
        """The quoted words end with a full stop (or ! ?) and a capital follows the mark."""
        inside = self.body[max(0, text_end - 1) : after_from].rstrip()
        nxt = re.match(r"\s+(\S)", self.body[after_from : after_from + 3])
        return bool(re.search(r"[.!?][\"'”’»]*$", inside)) and bool(nxt) and nxt.group(1).isupper()

    def _marked_sentences(self, found: Sequence[Quote]) -> set[int]:
        """Sentences that carry a direct or partial quote (no indirect quote there)."""
        marked: set[int] = set()
        for quote in found:
            first = self._sentence_index(quote.sentence_start)
            last = self._sentence_index(max(quote.sentence_start, quote.sentence_end - 1))
            marked.update(range(first, last + 1))
        return marked

    # ----------------------------------------------------------------- direct / partial
    def _from_segment(
        self, segment: Segment, previous: Quote | None, following: Sequence[Segment]
    ) -> Quote | None:
        text_start, text_end = trim(self.body, segment.start, segment.end)
        if text_end <= text_start:
            return None
        sentence = self.sentences[self._sentence_index(text_start)]
        para_end = self._paragraph_end(text_start)
        before = self.body[sentence.start : max(sentence.start, segment.open_mark)]
        after_from = segment.close_mark + 1 if segment.close_mark >= 0 else text_end
        cue_bound = para_end
        if (
            before.strip()
            and after_from < sentence.end
            and not self._closes_sentence(text_end, after_from)
        ):
            # quoted words inside a sentence: a cue after them is in the same sentence
            # ('... dalam kondisi "laik terbang" saat berangkat. Ia memastikan ...')
            cue_bound = min(para_end, sentence.end)
        cue, speaker, cue_end = self._post_cue(after_from, cue_bound)
        if (
            speaker is not None
            and speaker.entity is not None
            and speaker.entity.type is EntityType.AGENCY
            and before.strip()
            and not self._pre_cue_at_end(before)
        ):
            # 'Feng told Harada that China "has always handled ...," Xinhua reported':
            # the verb before the quoted words is their cue; the agency relays them
            inner_cue, inner = self._cue_in(before, sentence.start)
            if inner_cue is not None and inner is not None and inner.canonical:
                cue, speaker = inner_cue, inner
        if cue is not None and before.strip() and self._closes_sentence(text_end, after_from):
            # '... review it "as a formality." The spokeswoman said ...': the words after
            # the mark open the next sentence; the quote belongs to its own sentence's cue
            in_sentence = self._cue_in(before, sentence.start)
            if in_sentence[0] is None and self._pre_cue_at_end(before):
                # 'Kata Dyah: "...." Ia menambahkan, ...': the cue before the quote is its
                # own; the next sentence reports something else
                in_sentence = self._pre_cue(before, sentence.start)
            if in_sentence[0] is not None:
                cue, speaker = in_sentence
                cue_end = after_from
        kind = QuoteKind.DIRECT
        inherited_chain: tuple[ChainLink, ...] = ()
        relaying: Speaker | None = None  # an agency that relays the speaker's words
        if cue is None:
            cue, speaker = self._pre_cue(before, sentence.start)
        starts_sentence = not before.strip() or (cue is not None and self._pre_cue_at_end(before))
        if not starts_sentence:
            kind = QuoteKind.PARTIAL
            if cue is None or cue.casefold() in self._participle_cues:
                # (", saying that the accused posed "...": the participle's subject)
                cue, speaker = self._cue_in(before, sentence.start)
            elif speaker is None or not speaker.canonical:
                # 'Mohd Zaidi, who described the network as "a ticking time bomb", said the
                # state ...': the verb after the marks reports a clause; the cue before
                # the words names their speaker
                inner_cue, inner = self._cue_in(before, sentence.start)
                if inner_cue is not None and inner is not None and inner.canonical:
                    cue, speaker = inner_cue, inner
            if cue is None:
                return None  # scare quotes or a title
            cited = self._cited_aside(speaker, sentence.start, segment.open_mark)
            if cited is not None:
                relaying, speaker = speaker, cited  # the agency's own links stay the chain
            else:
                reported = self._reported_person(speaker, segment.open_mark, sentence.start)
                speaker = reported or speaker
            if (
                (speaker is None or speaker.canonical is None)
                and previous is not None
                and previous.sentence_start == sentence.start
                and previous.speaker_canonical is not None
            ):
                # '"...," the department said, adding that ... "as soon as practicable"':
                # quoted words after a quote of the same sentence with its speaker named
                speaker = Speaker(previous.speaker, previous.speaker_canonical, previous.start)
        elif cue is None:
            inherited = self._inherit(segment, previous, following) or self._cue_above(sentence)
            if inherited is None:
                if len(self.body[text_start:text_end].split()) < MIN_UNCUED_WORDS:
                    return None
                speaker = Speaker(None, None, text_start)
            else:
                cue, speaker = inherited
                if previous is not None and previous.speaker_canonical == speaker.canonical:
                    inherited_chain = previous.attribution
        sentence_end = max(cue_end, text_end, sentence.end)
        last_sentence = self.sentences[self._sentence_index(min(sentence_end, len(self.body)) - 1)]
        span_end = max(last_sentence.end, cue_end)
        own = self._own_links(relaying or speaker, sentence.start, span_end)
        chain = self.chains.explicit(sentence.start, span_end, own=own)
        if not chain and inherited_chain:
            chain = inherited_chain  # the second half of a split quote keeps its chain
        return Quote(
            text=self.body[text_start:text_end],
            start=text_start,
            end=text_end,
            kind=kind,
            cue=cue,
            speaker=speaker.written if speaker else None,
            speaker_canonical=speaker.canonical if speaker else None,
            speaker_role=self.roles.get(speaker.canonical)
            if speaker and speaker.canonical
            else None,
            attribution=chain,
            sentence_start=sentence.start,
            sentence_end=span_end,
        )

    def _own_links(self, speaker: Speaker | None, start: int, end: int) -> tuple[ChainLink, ...]:
        """A news agency that speaks is the origin of its words; another organisation is
        a link only when a medium in the same sentence cites it ("Laporan kementerian ...,
        sebagaimana dikutip Reuters"); a body speaking directly is just a speaker."""
        entity = speaker.entity if speaker else None
        if entity is None or entity.type not in (EntityType.AGENCY, EntityType.ORG):
            return ()
        local = self.chains.local(start, end)
        if entity.type is EntityType.ORG and not local:
            return ()
        before = re.findall(
            r"[\w'’-]+", self.body[max(0, entity.start - MEMBER_WORDS_CHARS) : entity.start]
        )
        before = [w.casefold() for w in before[-2:]]
        if (
            entity.type is EntityType.ORG
            and before
            and (
                before[-1] in self._unnamed_members
                or (
                    len(before) == 2
                    and before[0] in self._unnamed_members
                    and before[1] in self._belongs
                )
            )
        ):
            # "Mengutip Yonhap, seorang pejabat Kementerian Pertahanan Korsel mengatakan":
            # a person of the body spoke, not the body; the agency is the whole chain
            return ()
        cited = [
            link
            for cue in self.chains.cues_in(start, end)
            if self.cues.citing.fullmatch(" ".join(cue.cue.split()))
            for link in cue.links
        ]
        if entity.type is EntityType.AGENCY and any(
            link.role == "origin" and link.canonical != entity.canonical for link in cited
        ):
            # "Yonhap, mengutip Kepala Staf Gabungan": the speaking agency relays what it
            # cites ('tulis KCNA, seperti dilansir Reuters' keeps KCNA the origin)
            return (ChainLink(entity.text, entity.canonical, "relay", entity.start, entity.end),)
        return (ChainLink(entity.text, entity.canonical, "origin", entity.start, entity.end),)

    def _post_cue(self, start: int, end: int) -> tuple[str | None, Speaker | None, int]:
        """`"...," kata Wang` / `"...," Wang said` / `"...," ujarnya`."""
        match = self.cues.post_verb.match(self.body, start, end)
        if match:
            verb = match.group("verb") + (match.group("clitic") or "")
            if match.group("clitic"):
                # "katanya": a person, past a place that was a subject
                return verb, self._last_subject(match.start(), person=True), match.end()
            speaker, phrase_end = self._speaker_after(match.end("verb"), end)
            return verb, speaker, max(phrase_end, match.end())
        match = self.cues.post_passive_quoted.match(self.body, start, end)
        if match:  # '"...," Zhou was quoted as saying by Xinhua', '... was quoted by X as saying'
            speaker = self._speaker_in(match.start("who"), match.end("who"))
            if speaker is not None and speaker.canonical:
                return match.group("verb"), speaker, match.end()
        match = self.cues.quoted_as.match(self.body, start, end)
        if match:  # `"...," KCNA quoted Kim as saying`
            speaker = self._speaker_in(match.start("who"), match.end("who"))
            if speaker is not None:
                return match.group("verb"), speaker, match.end()
        match = self.cues.post_apposed_verb.match(self.body, start, end)
        if match:  # '"...," Hiroshi Tanabe, a commander with the fire department, said'
            speaker = self._speaker_in(match.start("who"), match.end("who"))
            if speaker is not None and speaker.canonical:
                return match.group("verb"), speaker, match.end()
        match = self.cues.post_role_name_verb.match(self.body, start, end)
        if match and self._opens_role(match.group("role")):
            # '"...," the association's executive director, Ratna Djuwita Halim, told'
            speaker = self._speaker_in(match.start("who"), match.end("who"))
            if speaker is not None and speaker.canonical:
                return match.group("verb"), speaker, match.end()
        match = self.cues.post_subject_verb.match(self.body, start, end)
        if match and self._free_relatives & {w.casefold() for w in match.group("who").split()}:
            match = None  # '"firmly stand together" against what he called': no cue
        if match and {match.group("who").split()[i].casefold() for i in (0, -1)} & set(
            self._conjunctions
        ):
            # '... "a reckless provocation" and warned that ...', '... "closely following"
            # Indonesia's plan and urged ...': a coordinated verb, no subject
            match = None
        if match:
            speaker = self._speaker_in(match.start("who"), match.end("who"))
            words = len(match.group("who").split())
            # a long subject must hold a name: "Chinese foreign ministry spokesperson Mao Ning"
            named = speaker is not None and (speaker.entity is not None or words <= 3)
            if named or (speaker is not None and speaker.canonical and words <= 3):
                return match.group("verb"), speaker, match.end()
            who = match.group("who").split()
            if who[0].casefold() in self.anaphor_before and words <= MAX_DEFINITE_SUBJECT_WORDS:
                # '"...," the 52-year-old police chief said': a quote, its speaker unnamed
                unnamed = speaker or Speaker(" ".join(who), None, match.start("who"))
                return match.group("verb"), unnamed, match.end()
        titled = self._titled_person_before_verb(start, end)
        if titled is not None:
            return titled
        return None, None, start

    def _titled_person_before_verb(self, start: int, end: int) -> tuple[str, Speaker, int] | None:
        """'"...," Indonesian Deputy Minister of Investment and Downstreaming Arief Budiman
        Nasution said': a long capitalised title, then the person, then the verb."""
        verb = self.verbs.search(start, end)
        if verb is None:
            return None
        words = self.body[start : verb.start()].strip(" ,").split()
        if not words or len(words) > MAX_TITLE_RUN_WORDS or not words[0][:1].isupper():
            return None
        if not all(w[:1].isupper() or w in NAME_CONNECTORS for w in words):
            return None
        i = bisect.bisect_left(self.entity_starts, verb.start()) - 1
        person = self.entities[i] if i >= 0 else None
        if (
            person is None
            or person.type is not EntityType.PERSON
            or person.start < start
            or self.body[person.end : verb.start()].strip()
        ):
            return None
        return (
            verb.group(),
            Speaker(person.text, person.canonical, person.start, person),
            verb.end(),
        )

    def _verb_after_clause(self, start: int, end: int) -> bool:
        """A speech verb follows right after the next comma (the one closing a clause in
        commas that runs from ``start``)."""
        closing = SPACES_AFTER_COMMA.search(self.body, start, end)  # not "85,000"
        return closing is not None and bool(
            self.cues.speech_verb.match(self.body, closing.end(), end)
        )

    def _pre_cue(self, before: str, offset: int) -> tuple[str | None, Speaker | None]:
        """`Wang mengatakan, "...` / `Kata Wang: "...` / `Menurut Wang, "...`."""
        match = self.cues.pre_end.search(before)
        if not match:
            return None, None
        if match.group("verb_first"):
            who_start, who_end = offset + match.start("who"), offset + match.end("who")
            listener = self.cues.addressee_word.search(self.body, who_start, who_end)
            if listener is not None:
                who_end = listener.start()  # 'Kata Sutrisno kepada Kontan.co.id, "...'
            return match.group("verb_first"), self._speaker_in(who_start, who_end)
        group = "verb" if match.group("verb") else "bare"
        if group == "bare" and self._free_relative_before(before, match.start(group)):
            return None, None  # 'at a time of what it called "..."': the verb before
            # reports the quoted words (see _cue_in)
        verb_at = offset + match.start(group)
        # ('Pranata then turned back to the crowd and warned: "..."': a verb joined by
        # "and" shares the subject that opens the clause)
        speaker = self._speaker_before(verb_at, offset) or self._coordinated_subject(
            offset, verb_at
        )
        return match.group(group), speaker

    def _cue_above(self, sentence) -> tuple[str | None, Speaker] | None:
        """'Retno mengatakan:' closing the paragraph above a quote that opens its own."""
        index = self._sentence_index(sentence.start)
        if index == 0:
            return None
        above = self.sentences[index - 1]
        text = self.body[above.start : above.end]
        if "\n" not in self.body[above.end : sentence.start] or not text.rstrip().endswith(":"):
            return None
        cue, speaker = self._pre_cue(text, above.start)
        if cue is None or speaker is None:
            return None
        return cue, speaker

    def _pre_cue_at_end(self, before: str) -> bool:
        """A cue ends the words before a quote mark: 'Ia menegaskan, "', 'Kata Budi: "';
        a bare verb without a colon or comma frames quoted words inside the sentence
        ('against what he called "hegemonic pressure"')."""
        match = self.cues.pre_end.search(before)
        if match is None:
            return False
        return match.group("bare") is None or before.rstrip().endswith((":", ","))

    def _cue_verbs(self, text: str, start: int, end: int) -> list[re.Match[str]]:
        """Speech and framing verbs of ``text[start:end]``, in text order."""
        return sorted(
            (
                *self.cues.speech_verb.finditer(text, start, end),
                *self.cues.framing_verb.finditer(text, start, end),
            ),
            key=lambda v: v.start(),
        )

    def _cited_aside(self, speaker: Speaker | None, start: int, mark: int) -> Speaker | None:
        """The source an agency cites in commas before its verb, for quoted words after
        it: 'KCNA, mengutip pernyataan Kementerian Luar Negeri Korea Utara, menyebut
        laporan itu sebagai "fitnah murahan"' are the ministry's, relayed by KCNA."""
        agency = speaker.entity if speaker is not None else None
        if agency is None or agency.type is not EntityType.AGENCY:
            return None
        verbs = self._cue_verbs(self.body, agency.end, mark)
        if not verbs:
            return None
        aside = self.cues.aside.search(self.body, agency.end, verbs[0].start())
        if aside is None or not self.cues.citing.fullmatch(aside.group("cue")):
            return None
        cited = self._speaker_in(aside.start("name"), aside.end("name"))
        if cited is None or cited.entity is None or cited.entity.type is EntityType.AGENCY:
            return None
        return cited

    def _reported_person(
        self, speaker: Speaker | None, mark: int, sentence_start: int
    ) -> Speaker | None:
        """The person a news agency reports on, for quoted words inside the report: 'KCNA
        said leader Kim Jong Un had ordered the navy to "sharply increase" ...' are Kim's
        words, relayed by KCNA; not when a pronoun of the agency frames them ('... what
        it described as "new-type"'). With no speaker found, the first agency of the
        sentence ('KCNA, melaporkan Kim Jong Un saat meninjau ... mengatakan ...')."""
        agency = speaker.entity if speaker is not None else None
        if speaker is None or speaker.canonical is None:
            agency = next(
                (e for e in self._entities_in(sentence_start, mark) if e.type is EntityType.AGENCY),
                None,
            )
        if agency is None:
            # "But the agency reported that leader Kim Jong Un ...": an agency named by
            # its anaphor, when a news agency was named before
            anaphor = _agency_phrase(self.lang).search(self.body, sentence_start, mark)
            if anaphor is None or self._last_agency(anaphor.start()) is None:
                return None
            agency_end = anaphor.end()
        elif agency.type is not EntityType.AGENCY or agency.end >= mark:
            return None
        else:
            agency_end = agency.end
        verb = self.verbs.search(agency_end, mark)
        if verb is None or len(self.body[agency_end : verb.start()].split()) > (
            MAX_WORDS_BEFORE_REPORT_VERB
        ):
            return None
        content, _ = self._content(verb, mark)
        person = self._clause_subject(content, mark)
        if person is None or person.entity is None or person.entity.end >= mark:
            return None
        between = self.body[person.entity.end : mark]
        verbs = self._cue_verbs(between, 0, len(between))
        if not verbs:
            return None
        free = FREE_RELATIVE_SUBJECT.search(between, 0, verbs[-1].start())
        if free is not None and free.group("pronoun").casefold() in self._body_pronouns:
            return None
        return person

    def _free_relative_before(self, text: str, end: int) -> bool:
        """``text`` ends at ``end`` in a free relative with a pronoun as its subject ("what
        it", "which he"): the verb after it frames words for the subject before."""
        free = FREE_RELATIVE_SUBJECT.search(text, 0, end)
        return (
            free is not None
            and free.group("relative").casefold() in self._free_relatives
            and free.group("pronoun").casefold() in self._body_pronouns | self._person_pronouns
        )

    def _cue_in(self, before: str, offset: int) -> tuple[str | None, Speaker | None]:
        """A partial quote's speaker: the subject of the last speech cue before it (or of a
        verb that frames quoted words: 'dismissed the criticism as "hysteric"')."""
        quoted = SpanSet((m.start(), m.end()) for m in QUOTED_WORDS.finditer(before))
        verbs = [
            v
            for v in self._cue_verbs(before, 0, len(before))
            if not self._after_article(offset + v.start())  # "the accused": a noun
            # 'had "clearly expressed his wish ..." and that ... "in line with ..."': a
            # verb inside quoted words is no cue
            and not quoted.overlaps(v.start(), v.end())
        ]
        if verbs:
            verb = verbs[-1]  # the nearest: 'saying that ... against what he called "..."'
            if len(verbs) > 1 and self._free_relative_before(before, verb.start()):
                # 'KCNA said Kim had overseen the test of what it described as a
                # "new-type" missile': the pronoun is the reporting subject before it
                verb = verbs[-2]

            at = offset + verb.start()
            refusal = self._refusal_start(at)
            participle = self.cues.participle.search(before, verb.end()) if refusal else None
            if participle is not None and refusal is not None:
                # 'She declined to say whether ..., adding that ... "a detailed analysis"':
                # the refused verb reports nothing; the participle after it does, for the
                # refusal's subject
                cue = participle.group("participle") or participle.group("bare_participle")
                return cue, self._speaker_before(refusal, offset)
            if verb.group().casefold() in self._participle_cues and before[
                : verb.start()
            ].rstrip().endswith(","):
                # 'X had asked for RM150,000, telling the court that the accused posed
                # "a real risk ..."': the participle reports for the clause's subject
                clause = self._clause_start(offset, at)
                subject = self._clause_subject(clause, at)
                if subject is None and verb.group().casefold() in self._framing_participles:
                    # 'North Korea has denied the charges, dismissing them as a "smear
                    # campaign"': the body or country that opens the clause frames them
                    opening = self._opening_entity(clause)
                    if opening is not None and opening.end < at:
                        subject = Speaker(opening.text, opening.canonical, opening.start, opening)
                if subject is not None:
                    return verb.group(), subject
                if verb.group().casefold() in self._framing_participles and len(verbs) > 1:
                    # '... Souksavanh Keobounphanh said the station was ..., describing it
                    # as "a battery"': the participle frames for the verb before it
                    verb = verbs[-2]
                    at = offset + verb.start()
            speaker = self._speaker_before(at, offset)
            if speaker is None or speaker.canonical is None:
                # ("memuat 14 foto kunjungan itu dan| menulis": no subject before the verb)
                speaker = (
                    self._apposed_subject(offset, at)
                    or self._coordinated_subject(offset, at)
                    or speaker
                )
            if speaker is None and len(verbs) > 1:
                # 'KCNA, in a commentary, accused Seoul of "luring" troops and warned that
                # "..."': a verb joined by "and" to the one before shares its subject
                gap = before[verbs[-2].end() : verb.start()].split()
                if gap and gap[-1].casefold() in self._conjunctions:
                    earlier = offset + verbs[-2].start()
                    speaker = self._speaker_before(earlier, offset) or self._apposed_subject(
                        offset, earlier
                    )
            return verb.group(), speaker
        match = self.cues.according.search(before)
        if match:
            if match.group("clitic"):
                cue = match.group("cue") + match.group("clitic")
                return cue, self._last_subject(offset + match.start())
            who = self._speaker_in(offset + match.start("who"), offset + match.end("who"))
            return match.group("cue"), who
        match = self.cues.complementizer.search(before)
        if match:
            start = self._clause_start(offset, offset + len(before))
            person = self._first_person(start, offset + match.start())
            if person is not None:
                return match.group(), Speaker(person.text, person.canonical, person.start, person)
        return None, None

    def _inherit(
        self, segment: Segment, previous: Quote | None, following: Sequence[Segment]
    ) -> tuple[str | None, Speaker] | None:
        """A cue-less quote continues the quote just before it, or the one it runs into."""
        if previous is not None and (previous.speaker_canonical is not None or previous.speaker):
            # (an unresolved speaker named by a cue continues too: '"...," the executive
            # said. "That ends now."')
            gap = self.body[previous.sentence_end : segment.open_mark]
            if previous.sentence_end <= segment.open_mark and _is_adjacent(gap):
                return previous.cue, Speaker(
                    previous.speaker, previous.speaker_canonical, previous.start
                )
        if segment.continues and following:
            nxt = following[0]
            after = nxt.close_mark + 1 if nxt.close_mark >= 0 else nxt.end
            cue, speaker, _ = self._post_cue(after, self._paragraph_end(nxt.start))
            if cue is not None and speaker is not None:
                return cue, speaker
        return None

    # ----------------------------------------------------------------- indirect
    def _apposed_subject(self, clause: int, verb_start: int) -> Speaker | None:
        """A subject set off by an apposition in commas, right before the verb:
        "Bagus Widjanarko, the ministry's director for ..., said" (the name first) or
        "One of the victims, a woman from West Java, Wulan, said" (the name last)."""
        text = self.body[clause:verb_start]
        adjunct = self.cues.adjunct_before_verb.search(text)
        if adjunct is not None:
            # "..., corong resmi partai, dalam tajuknya pada Minggu (28/12) menulis": an
            # adjunct between the apposition and the verb
            text = text[: adjunct.start() + 1]
        match = APPOSED_LAST.search(text) or APPOSED_FIRST.match(text)
        if match is None:
            return None
        opened = "kind" in match.re.groupindex and match.group("kind")
        who_start = clause + match.start("kind" if opened else "who")
        speaker = self._speaker_in(who_start, clause + match.end("who"))
        if speaker is None or not speaker.canonical or not speaker.written[:1].isupper():
            return None
        return speaker

    def _unnamed_subject(self, clause: int, verb_start: int) -> Speaker | None:
        """An unnamed speaker that is the whole subject: "Seorang pejabat senior yang
        enggan disebut namanya mengatakan", "A senior official said". The quote counts;
        its speaker stays unresolved."""
        phrase = self.body[clause:verb_start].strip()
        openers = getattr(self.speech, "UNNAMED_SUBJECTS", ())
        joined = phrase[phrase.rfind(",") + 1 :].split() if "," in phrase else []
        while len(joined) > 2 and joined[-1].casefold() in self._adverbs:
            joined.pop()  # "..., and officials have said": the auxiliary is the verb's
        people = self._unnamed_people
        if (
            2 <= len(joined) <= MAX_JOINED_SUBJECT_WORDS + 1
            and joined[0].casefold() in self._conjunctions
            and (joined[-1].casefold() in openers or joined[-1].casefold() in people)
        ):
            # "..., and scientists say ...", "..., and tourism officials said ...": a
            # clause of its own after a comma and a conjunction, its subject unnamed
            phrase = " ".join(joined[1:])
            return Speaker(phrase, None, self.body.rfind(phrase, clause, verb_start))
        # "A town official, who asked not to be named, said"
        phrase = self.cues.trailing_relative.sub("", phrase).strip()
        # "A South Korean government official, speaking on condition of anonymity, said"
        phrase = LOWERCASE_ASIDE.sub("", phrase).strip()
        words = phrase.split()
        if not words or len(words) > MAX_UNNAMED_SUBJECT_WORDS or "," in phrase:
            return None
        if words[0].casefold() not in openers:
            return None
        return Speaker(phrase, None, clause)

    def _reports(self, verb_start: int, clause: int) -> bool:
        """A speech verb that reports: not after a passive auxiliary ("losses were
        estimated at ...": nobody speaks) nor after an article ("Vietnam lost an estimated
        US$3.1 billion": an adjective)."""
        return (
            not self._passive(verb_start, clause)
            and not self._after_article(verb_start)
            and not self._declined(verb_start)
        )

    def _cited_between(self, speaker: Speaker, verb_end: int, content_start: int) -> Speaker | None:
        """The named body an agency cites between its verb and "that" (", citing a
        statement from the Indonesian Ministry of Defense, that"); None for an unnamed
        source ("citing two sources") or a speaker that is no agency."""
        if speaker.entity is None or speaker.entity.type is not EntityType.AGENCY:
            return None
        aside = _CITING_AFTER_VERB.match(self.body, verb_end, content_start)
        if aside is None or not self.cues.citing.fullmatch(aside.group("cue")):
            return None
        named = [
            e
            for e in self._entities_in(aside.start("source"), aside.end("source"))
            if e.type in (EntityType.ORG, EntityType.PERSON)
        ]
        if not named:
            # "citing the Oita prefectural government": a place's body in lower case
            described = self._speaker_in(aside.start("source"), aside.end("source"))
            if (
                described is None
                or not described.canonical
                or (
                    described.entity is not None
                    and described.entity.type
                    in (EntityType.AGENCY, EntityType.PLACE, EntityType.COUNTRY)
                )
            ):
                return None
            source = self.body[aside.start("source") : aside.end("source")].strip()
            words = source.split()
            if words and words[0].casefold() in self._articles:
                source = source[len(words[0]) :].lstrip()
            at = self.body.find(source, aside.start("source"))
            cited = Entity(source, at, at + len(source), EntityType.ORG, described.canonical)
            return Speaker(source, described.canonical, at, cited)
        return Speaker(named[0].text, self._fullest_body(named[0]), named[0].start, named[0])

    def _medium_listener(self, start: int, end: int) -> bool:
        """What follows "told" up to the sentence end is a medium: an agency with articles
        and words for a medium around it ("told the Kyodo news agency")."""
        agencies = [e for e in self._entities_in(start, end) if e.type is EntityType.AGENCY]
        if len(agencies) != 1:
            return False
        agency = agencies[0]
        after = re.findall(r"[\w'’-]+", self.body[agency.end : end].casefold())
        adjunct = next((i for i, w in enumerate(after) if w in self._final_adjuncts), None)
        if adjunct is not None and len(after) - adjunct <= MAX_FINAL_ADJUNCT_WORDS:
            after = after[:adjunct]  # "told Reuters in an interview": an adjunct closes it
        words = re.findall(r"[\w'’-]+", self.body[start : agency.start].casefold()) + after
        return all(w in self._medium_listener_words for w in words)

    def _declined(self, verb_start: int) -> bool:
        """The verb follows a refusal or a negation ("declined to say whether ...",
        "did not say when ..."): nothing is reported."""
        before = " ".join(
            self.body[max(0, verb_start - REFUSAL_CHARS) : verb_start].casefold().split()
        )
        return bool(before) and before.endswith(self._refusals)

    def _refusal_start(self, verb_start: int) -> int | None:
        """Where the refusal or negation before a speech verb starts ("She| declined to
        say"), or None when the verb follows none."""
        words = self.body[max(0, verb_start - REFUSAL_CHARS) : verb_start].split()
        for n in range(1, len(words) + 1):
            if " ".join(words[-n:]).casefold() in self._refusals:
                return self.body.rfind(words[-n], 0, verb_start)
        return None

    def _after_article(self, position: int) -> bool:
        """The word before ``position`` is an article: "an estimated", "the reported"."""
        before = self.body[max(0, position - 5) : position].split()
        return bool(before) and before[-1].casefold() in self._articles

    def _unnamed_source(self, start: int, end: int) -> Speaker | None:
        """An unnamed person or group after "according to" ("two court officials who
        spoke on condition of anonymity"), not a document ("a filing with the stock
        exchange")."""
        speaker = self._unnamed_subject(start, end)
        people = self._unnamed_people
        words = {w.strip(",.").casefold() for w in self.body[start:end].split()}
        return speaker if speaker is not None and words & people else None

    def _writers_clause(self, position: int, end: int) -> bool:
        """A comma after the verb opens the writer's own clause ("said, as ...")."""
        if not self.body[:position].rstrip().endswith(","):
            return False
        next_word = re.match(r"\s*([\w'’-]+)", self.body[position:end])
        words = getattr(self.speech, "CLAUSE_AFTER_VERB", ())
        return bool(next_word) and next_word.group(1).casefold() in words

    def _indirect(self, sentence) -> list[Quote]:
        """Reported speech in a sentence without quote marks (first cue that fits)."""
        start, end = sentence.start, sentence.end
        clause = self._clause_start(start, end)
        # a. "Menurut X, ..."
        found = self._according(sentence, clause, leading=True)
        if found:
            return found
        # a0. "<fact>, X was quoted as saying by Antara."
        match = self.cues.final_passive_quoted.search(self.body, start, end)
        if match:
            speaker = self._speaker_in(match.start("who"), match.end("who"))
            if speaker is not None and speaker.canonical:
                return self._split_quotes(
                    match.group("verb"), speaker, clause, match.start(), sentence
                )
        # a1. "KCNA quoted Kim as saying ...", "Kim was quoted by KCNA as saying ..."
        has_quoted = any(w in sentence.text.casefold() for w in self.quoted_words)
        match = self.cues.quoted_as_indirect.search(self.body, clause, end) if has_quoted else None
        if match:
            group = "who" if match.group("who") else "subject"
            speaker = self._speaker_in(match.start(group), match.end(group))
            first = (match.group("who") or "").split()[:1]
            agent = bool(first) and first[0].casefold() in self._agent_words
            auxiliary = _passive_auxiliary(self.lang).search(self.body, clause, match.start())
            if agent and auxiliary is not None:
                # "Datuk Aminuddin Hashim, was quoted by Sinar Harian as saying": the
                # subject before the passive said it; the outlet after "by" relays it
                subject = self._speaker_before(auxiliary.start(), clause) or self._apposed_subject(
                    clause, auxiliary.start()
                )
                if subject is not None and subject.canonical:
                    speaker = subject
            if speaker is not None:
                # ("quoted him as saying on Monday that B": past a short adjunct and "that")
                content = self.cues.content_start.match(self.body, match.end(), end)
                opens = content.end() if content is not None else match.end()
                return self._split_quotes(match.group("verb"), speaker, opens, end, sentence)
        # b. "X mengatakan (bahwa) ...", "Ia menegaskan, ...", "X said (that) ..."
        mid = self.cues.mid_post_verb.search(self.body, start, end)
        held = -1  # where the subject ends before a relative clause whose verb was skipped
        for verb in self.verbs.finditer(clause, end):
            if mid is not None and mid.end() <= verb.start():
                break  # "Hal yang memberatkan, lanjut Hendrawan, terdakwa tidak mengakui ...":
                # the cue in commas comes first; the verb after it is what was said
            if not self._reports(verb.start(), clause):
                continue
            speaker = self._speaker_before(verb.start(), clause)
            if speaker is None and held > clause:
                speaker = self._speaker_in(clause, held)
            if speaker is not None and self._inverted_after(speaker, verb, end):
                continue  # "... west of Scarborough Shoal, said Commodore Arnel Villacorta":
                # the name closes what was said; the speaker follows the verb
            before_verb = self.body[clause : verb.start()].rstrip().rsplit(",", 1)[-1].split()
            if (
                1 <= len(before_verb) <= MAX_RELATIVE_WORDS
                and before_verb[0].casefold() in self._relatives
                and self._verb_after_clause(verb.end(), end)
            ):
                held = self.body.rfind(",", clause, verb.start())
                continue  # "The federation, which says it represents 85,000 households,
                # said the cut ...": the verb of a relative clause inside the subject
            if (
                speaker is not None
                and 1 <= len(before_verb) <= MAX_RELATIVE_WORDS
                and before_verb[0].casefold() in self._relatives
            ):
                # "A, according to Rusli, who said B": Rusli is the source of A and said B
                according = self._according(sentence, clause, leading=False)
                if according and according[0].speaker_canonical:
                    named = Speaker(
                        according[0].speaker or "", according[0].speaker_canonical, speaker.position
                    )
                    return [
                        *according,
                        *self._split_quotes(
                            verb.group(), named, *self._content(verb, end), sentence
                        ),
                    ]
                closing = self.body.find(",", verb.end(), end)
                if (
                    speaker.canonical
                    and closing > 0
                    and self.body[clause : verb.start()].count(",") >= 1
                    and re.match(r",\s+[a-z]", self.body[closing : closing + 3])
                ):
                    # "The institute, which had warned that A, raised ...": what was said
                    # ends with the relative clause
                    content_start = self._content(verb, end)[0]
                    if content_start < closing:
                        return self._split_quotes(
                            verb.group(), speaker, content_start, closing, sentence
                        )
            if speaker is None:
                speaker = self._apposed_subject(clause, verb.start())
            if speaker is None:
                speaker = self._unnamed_subject(clause, verb.start())
            if speaker is None:
                speaker = self._coordinated_subject(clause, verb.start())
            if speaker is None:
                speaker = self._opening_body(clause, verb.start())
            if speaker is None:
                speaker = self._described_with_relative(clause, verb.start())
            if speaker is None:
                # "..., Xi said in his message": a short subject after the last comma
                comma = self.body.rfind(",", clause, verb.start())
                words = self.body[comma + 1 : verb.start()].split() if comma >= 0 else []
                if 0 < len(words) <= MAX_POST_SUBJECT_WORDS:
                    speaker = self._speaker_in(comma + 1, verb.start())
                definite = (
                    speaker is not None
                    and bool(words)
                    and words[0].casefold() in self.anaphor_before
                    and len(words) <= MAX_DEFINITE_SUBJECT_WORDS
                )  # "..., the meteorological agency said ..."
                if (
                    speaker is None
                    or not speaker.written
                    or (not speaker.written[:1].isupper() and not definite)
                ):
                    continue
            aside = self.cues.aside.search(self.body, clause, verb.start())
            fronted = None
            if speaker.entity is not None and speaker.entity.type is EntityType.AGENCY:
                # "Citing a statement from the Department of Trade and Industry, the
                # Philippine News Agency reported that B": the same, the source first
                fronted = self.cues.fronted_citing.match(
                    self.body, sentence.start, speaker.entity.start
                )
            if fronted is not None:
                cited = self._speaker_in(fronted.start("name"), fronted.end("name"))
                if (
                    cited is not None
                    and cited.entity is not None
                    and cited.entity.type is not EntityType.AGENCY
                ):
                    return self._relayed(verb, cited, speaker, start, end, sentence)
            if aside and self.cues.citing.fullmatch(aside.group("cue")):
                # "Yonhap, mengutip Kepala Staf Gabungan (JCS) melaporkan": the cited
                # source said it; the agency relays it
                cited = self._speaker_in(aside.start("name"), aside.end("name"))
                reported = (
                    cited is not None
                    and cited.entity is not None
                    and cited.entity.type is EntityType.AGENCY
                    and speaker.entity is not None
                    and speaker.entity.type is not EntityType.AGENCY
                )  # "Li, menurut laporan Xinhua, menyampaikan": Li speaks, Xinhua reports
                if (
                    cited is not None
                    and not reported
                    and (cited.canonical or not speaker.canonical)
                ):
                    # ("Reuters, citing two diplomatic sources, reported": an unnamed
                    # source leaves the report the agency's)
                    return self._relayed(verb, cited, speaker, start, end, sentence)
            content_start = self._content(verb, end)[0]
            cited = self._cited_between(speaker, verb.end(), content_start)
            if cited is not None:
                # "Antara news agency reported, citing a statement from the Indonesian
                # Ministry of Defense, that B": the cited body said B; the agency relays it
                relay = self._own_links(speaker, start, end)
                relay = tuple(dataclasses.replace(link, role="relay") for link in relay)
                return self._split_quotes(
                    verb.group(), cited, content_start, end, sentence, extra=relay
                )
            comma = self.body.rfind(",", clause, speaker.position)
            before = self.body[clause : comma + 1] if comma >= 0 else ""
            subject_words = self.body[comma + 1 : speaker.position].split() if comma >= 0 else []
            forward = self.cues.forward.match(self.body, verb.end(), end)
            if forward and self._writers_clause(forward.end(), end):
                forward = None  # "..., the minister said, as Tokyo deepens ties"
            if (
                forward
                and self._comma_after_final_verb
                and self.body[forward.start() : forward.end()].strip() == ","
                and len(before.split()) >= MIN_INDIRECT_WORDS
            ):
                # English "<what was said>, the JCS said, less than a week after ...": a
                # comma after a verb that closes reported words opens the writer's clause
                forward = None
            # ", Dewi, mendesak" (a comma inside the speaker's own name does not count:
            # "Meteorology, Climatology and Geophysical Agency said")
            name_end = speaker.entity.end if speaker.entity is not None else speaker.position
            appositive = "," in self.body[max(name_end, speaker.position) : verb.start()]
            person = speaker.entity is not None and speaker.entity.type is EntityType.PERSON
            closing_role = False
            if appositive and person:
                role = CLOSING_ROLE.fullmatch(self.body, name_end, verb.start())
                if role is not None and (
                    _titles(self.lang)[0].match(role.group("role").casefold())
                    or role.group("role").split()[0].casefold() in self._articles
                ):
                    # "..., Sun Haoran, an expert on Korean Peninsula affairs, told the
                    # Global Times.": the person's role in commas, then the verb that closes
                    # the sentence (checked below: nothing may follow it)
                    closing_role = True
            trailing = TRAILING.match(self.body[verb.end() : end]).group().split()
            tail = " ".join(trailing)
            if (
                (
                    trailing
                    and len(trailing) <= MAX_FINAL_ADJUNCT_WORDS
                    and trailing[0].casefold() in self._final_adjuncts
                )
                or self._adjunct_chain(trailing)
                or (
                    verb.group().casefold() in self._addressee_verbs
                    and (
                        tail.casefold() in self._listeners
                        or self._listener_then_adjunct(trailing)
                        or self._medium_listener(verb.end(), end)
                    )
                )
            ):
                trailing = []  # "..., the ministry said in a press release.", "... told a
                # joint press conference.", "... said after meeting his counterpart in Tokyo."
            final = (
                len(trailing) <= MAX_TRAILING_WORDS
                # ("Mayor Liza Macatangay said 1,240 families, or ...": a number opens what
                # was said, no adjunct)
                and not (trailing and trailing[0][:1].isdigit())
                and len(before.split()) >= MIN_INDIRECT_WORDS
                # "Asked about the visit, Gao said talks would go on": a fronted clause
                # is no reported speech the verb closes
                and not self._opens_fronted(clause, comma + 1)
                # "..., and tourism officials said Bali ...": a clause of its own opens
                and not (subject_words and subject_words[0].casefold() in self._conjunctions)
                and len(subject_words) <= MAX_POST_SUBJECT_WORDS
                and not any(
                    self._reports(v.start(), clause)
                    for v in self.verbs.finditer(clause, max(clause, comma))
                )
            )
            if closing_role:
                appositive = bool(trailing)  # ("Salah satu korban, Sitti (41), warga ...,
                # mengaku menyetor Rp47,5 juta": the verb opens what was said)
            if final and not forward and not appositive:
                # "..., North Korean state media KCNA said on Saturday": what came before
                cited = self._cited_after(verb.end(), end)
                agency = speaker.entity is not None and speaker.entity.type is EntityType.AGENCY
                if cited is not None and agency:
                    speaker = cited  # "..., Antara reported, citing the West Java police"
                elif agency:
                    # "Health Minister Yulianti Rahardjo welcomed the decision, saying B,
                    # state news agency Antara reported": the participle's subject said B;
                    # the agency relays it
                    reported = self._participle(sentence, clause)
                    if reported and all(q.speaker_canonical for q in reported):
                        closing = clause + len(before) - 1
                        return [
                            dataclasses.replace(q, end=closing, text=self.body[q.start : closing])
                            if q.start < closing < q.end
                            else q
                            for q in reported
                        ]
                return self._split_quotes(verb.group(), speaker, clause, clause + len(before) - 1,
                                          sentence)  # fmt: skip
            if speaker.entity is not None and speaker.entity.type is EntityType.AGENCY:
                for comma in reversed(
                    [m.start() for m in COMMA.finditer(self.body, content_start, end)]
                ):
                    cited = self._cited_after(comma, end)
                    if cited is not None:
                        # "Bernama reported that A, citing the Kelantan Public Works
                        # Department": the body the agency cites after its report said A
                        return self._relayed(verb, cited, speaker, start, comma, sentence)
            return self._split_quotes(verb.group(), speaker, content_start, end, sentence)
        # b2. "X defended the plan, telling reporters that ...": the subject of the sentence
        found = self._participle(sentence, clause)
        if found:
            return found
        # a2. "..., menurut X, ...", "..., according to X."
        found = self._according(sentence, clause, leading=False)
        if found:
            return found
        # c0. "<fact>, demikian dilaporkan KCNA pada Kamis."
        match = self.cues.closing.search(self.body, start, end)
        if match:
            speaker, _ = self._speaker_after(match.end(), end)
            if (
                speaker is not None
                and speaker.entity is not None
                and speaker.entity.type is EntityType.AGENCY
            ):
                # "..., demikian dilaporkan kantor berita Yonhap mengutip Kepala Staf
                # Gabungan (JCS)": the body the agency cites said it
                speaker = self._cited_after(speaker.entity.end, end, comma=False) or speaker
            if speaker is not None:
                return self._split_quotes(
                    match.group("verb"), speaker, start, match.start(), sentence
                )
        # c1. "Pertemuan itu, kata seorang pejabat, berlangsung dua jam": the sentence
        match = self.cues.mid_post_verb.search(self.body, start, end)
        if match:
            speaker = self._cue_speaker(match, end)
            if speaker is not None:
                cue = match.group("verb") + (match.group("clitic") or "")
                rest = self.body[match.end() : end].strip().rstrip(".!?").split(maxsplit=1)
                openers = getattr(self.speech, "APPOSITION_OPENERS", ())
                # (languages that open appositions with an article only: Indonesian
                # "lanjut Hendrawan, terdakwa tidak mengakui ..." goes on with the clause)
                if (
                    openers
                    and rest
                    and "," not in rest[-1]
                    and (
                        (rest[0].casefold() in openers and len(rest) > 1)
                        or self._opens_with_title(" ".join(rest))
                        or rest[0].casefold() in self._relatives  # "said X, who heads ..."
                    )
                ):
                    # "..., said Kittipong Saengthong, deputy director-general of the
                    # department.": an apposition ends the sentence; the cue is final
                    return self._split_quotes(cue, speaker, start, match.start(), sentence)
                return self._split_quotes(cue, speaker, start, end, sentence, split=False)
        # c. "..., kata X." / "..., said X, who ..." / "..., ujarnya."
        match = self.cues.final_post_verb.search(self.body, start, end)
        if match and match.group("verb").casefold() in self._addressee_verbs:
            match = None  # "..., told Reuters that ...": the name after "told" listens
        if match:
            if match.group("clitic"):
                # ("tambahnya" after "Menurut jaksa, ...": a subject that already spoke)
                speaker = self._last_subject(match.start())
            else:
                speaker, _ = self._speaker_after(match.end("verb"), end)
            if (
                speaker is not None
                and speaker.written
                and (match.group("clitic") or self._may_speak(speaker))
            ):
                cue = match.group("verb") + (match.group("clitic") or "")
                return self._split_quotes(cue, speaker, start, match.start(), sentence)
        # d. "..., officials said Monday." / "..., beberapa ahli mengatakan."
        match = self.cues.final_subject_verb.search(self.body, start, end)
        tail = self.body[match.end() : end].split(",")[0] if match else ""
        if (
            match
            and len(tail.split()) > MAX_FINAL_TAIL_WORDS
            and not self._adjunct_chain(tail.split())
        ):
            match = None  # "..., the agency said more than 40 quakes ...": not a final cue
        tail_words = tail.strip(" .!?").split()
        if (
            match
            and len(tail_words) > MAX_TRAILING_WORDS
            and not (
                tail_words[0].casefold() in self._final_adjuncts or tail_words[0][:1].isupper()
            )
        ):
            match = None  # "..., the group asked the government to delay ...": an object
            # and a clause follow the verb; it closes nothing
        if match:
            who_start, who_end = match.start("who"), match.end("who")
            first = re.match(r"\s*(\S+)\s*", self.body[who_start:who_end])
            if first and first.group(1).casefold() in self._clause_openers:
                # "..., as the ministry said": the subject after the writer's "as"; "...,
                # as reported by Kyodo": the agent after "by"
                who_start += first.end()
                agent = _passive_agent(self.lang).match(self.body, match.end(), end)
                if who_start >= who_end and agent is not None:
                    who_start, who_end = agent.start("agent"), agent.end("agent")
            speaker = self._speaker_in(who_start, who_end) if who_start < who_end else None
            if speaker is not None and re.search(r"[^\W\d_]", speaker.written or ""):
                # (a word, not a stray mark: ",' kata Retno" is no "..., officials said")
                return self._split_quotes(
                    match.group("verb"), speaker, start, match.start(), sentence
                )
        # e. "Dilansir X, <fact>": X reported the fact
        return self._lansir_lead(sentence)

    def _participle(self, sentence, clause: int) -> list[Quote]:
        """ "Lim Wei Jie defended the plan, telling reporters that B": a participle reports
        B for the person who opens the sentence (no speech verb came before it)."""
        match = self.cues.participle.search(self.body, clause, sentence.end)
        if match is None:
            return []
        speaker = self._clause_subject(clause, match.start())
        if speaker is None:
            return []
        return self._split_quotes(
            match.group("participle") or match.group("bare_participle"),
            speaker,
            match.end(),
            sentence.end,
            sentence,
        )

    def _coordinated_subject(self, clause: int, verb_start: int) -> Speaker | None:
        """ "The spokeswoman declined to comment, but said A": a verb joined by "but" or
        "and" shares the subject that opens the clause."""
        before = self.body[clause:verb_start].rstrip()
        words = before.split()
        if len(words) < 2 or words[-1].casefold() not in self._conjunctions:
            return None
        # "Siregar said A, but added that ...": the subject of the speech verb before
        earlier = list(self.verbs.finditer(clause, clause + len(before)))
        if earlier:
            found = self._speaker_before(earlier[-1].start(), clause) or self._apposed_subject(
                clause, earlier[-1].start()
            )
            if found is not None and found.canonical:
                return found
        subject = self._clause_subject(clause, verb_start)
        if subject is not None:
            return subject
        first_comma = self.body.find(",", clause, verb_start)
        if 0 <= first_comma - clause <= MAX_DESCRIPTION_CHARS:
            # "Surat kabar resmi Partai Buruh Korea, Rodong Sinmun, memuat ... dan menulis":
            # the medium or person named in commas after the description that opens it
            named = self._apposed_person(first_comma + 1, verb_start, kinds=_NAMED_SUBJECTS)
            if named is not None:
                return named[0]
        lead = list(re.finditer(r"[\w'’-]+", self.body[clause:verb_start]))
        # ("Ia juga memerintahkan ..., serta menyebut": a comma may stand before the joiner)
        joined = before[: before.rfind(words[-1])].rstrip().rstrip(",")
        if (
            lead
            and lead[0].group().casefold() in self.speech.PRONOUNS
            and not re.search(r",\s", joined)  # (a comma inside "$860,000" is no clause's)
        ):
            # "He asked the government for funds and said B": the pronoun's referent
            pronoun = self._last_subject(clause, lead[0].group())
            if pronoun.canonical:
                return Speaker(lead[0].group(), pronoun.canonical, clause + lead[0].start())
        for n in range(2, min(len(lead), MAX_ANAPHOR_WORDS) + 1):
            phrase = self.body[clause + lead[0].start() : clause + lead[n - 1].end()]
            found = self._title_anaphor(phrase, clause) or self._body_anaphor(phrase, clause)
            if found is not None and found.canonical:
                return found  # "The spokeswoman ..., but said": the title stands in
        return None

    def _described_with_relative(self, clause: int, verb_start: int) -> Speaker | None:
        """ "Politikus yang kini menjalani periode kedua di Senayan itu mengungkapkan": a
        person described by a noun and a relative clause, closed by a demonstrative,
        stands for the last subject."""
        described = DESCRIPTION_BEFORE_RELATIVE.match(self.body, clause, verb_start)
        if (
            described is not None
            and described.group("relative").casefold() in self._relatives
            and described.group("who").split()[0].casefold() in self.anaphor_before
            and len(described.group("who").split()) <= MAX_DEFINITE_SUBJECT_WORDS
            and self._names_a_person(described.group("who").casefold().split()[1:])
        ):
            # "The 47-year-old, who has sold building materials for two decades, said": a
            # description before a relative clause in commas is the subject, whoever it
            # stands for (nobody: "The official, who requested anonymity, said")
            who = self._speaker_in(described.start("who"), described.end("who"))
            if who is not None and who.canonical:
                return who
            return Speaker(described.group("who"), None, clause)
        words = self.body[clause:verb_start].split()
        if not 3 <= len(words) <= MAX_UNNAMED_SUBJECT_WORDS:
            return None
        head, last = words[0].casefold(), words[-1].casefold()
        # the relative pronoun may follow the head's own place ("Warga Incheon yang ...")
        relative = next(
            (i for i, w in enumerate(words[1:MAX_HEAD_WORDS_BEFORE_RELATIVE + 1], 1)
             if w.casefold() in self._relatives),
            None,
        )  # fmt: skip
        if (
            relative is None
            or last not in self._anaphor_after
            or (head not in self._person_nouns and head not in _titles(self.lang)[1])
        ):
            return None
        subject = self._last_subject(clause)
        if not subject.canonical:
            return None
        return Speaker(" ".join(words), subject.canonical, clause)

    def _names_a_person(self, words: list[str]) -> bool:
        """ "engineer", "retired rubber tapper", "47-year-old": the head of a description
        (its last word or two, or an age) is a word for a person or a title."""
        titles = _titles(self.lang)[1]
        heads = {" ".join(words[-2:]), *words[-1:]}
        return any(AGED.fullmatch(w) for w in words) or any(
            h in self._lay_nouns or h in titles for h in heads
        )

    def _opening_body(self, clause: int, verb_start: int) -> Speaker | None:
        """ "The Multilateral Sanctions Monitoring Team (MSMT), set up by 11 countries
        including the United States, Japan and South Korea ..., said": the body that
        opens the clause speaks across a long apposition in commas (commas of its own
        inside), when no other speech verb stands in it."""
        entity = self._opening_entity(clause)
        if (
            entity is None
            or entity.type not in (EntityType.ORG, EntityType.AGENCY)
            or entity.end > verb_start
        ):
            return None
        apposition = self.body[entity.end : verb_start]
        acronym = BODY_ACRONYM.match(apposition)
        if acronym is not None:
            apposition = apposition[acronym.end() :]
        words = apposition.strip(" ,").split()
        if (
            not apposition.startswith(",")
            or not apposition.rstrip().endswith(",")
            or not words
            or not words[0][:1].islower()
            or len(words) > MAX_OPENING_APPOSITION_WORDS
            or _MARKS.search(apposition)
            or self.verbs.search(entity.end, verb_start)
        ):
            return None
        return Speaker(entity.text, entity.canonical, entity.start, entity)

    def _closing_report(self, start: int, end: int) -> int | None:
        """Where a closing ", <agency> reported" starts inside a reported clause."""
        for match in self.cues.final_subject_verb.finditer(self.body, start, end):
            tail = self.body[match.end() : end].split()
            if len(tail) > MAX_TRAILING_WORDS:
                continue
            agencies = [
                e
                for e in self._entities_in(match.start("who"), match.end("who"))
                if e.type is EntityType.AGENCY
            ]
            if agencies:
                return match.start()
        for match in self.cues.closing.finditer(self.body, start, end):
            # "Ia mengatakan A, demikian dilaporkan kantor berita Rusia TASS": a closing
            # marker and a passive report verb end what was said
            tail = self.body[match.end() : end]
            if len(tail.split()) <= MAX_CLOSING_SOURCE_WORDS and any(
                e.type is EntityType.AGENCY for e in self._entities_in(match.end(), end)
            ):
                return match.start()
        return None

    def _relayed(
        self, verb: re.Match[str], cited: Speaker, agency: Speaker, start: int, end: int, sentence
    ) -> list[Quote]:
        """What ``cited`` said after ``verb``, the agency's own links relaying it."""
        relay = self._own_links(agency, start, end)
        relay = tuple(dataclasses.replace(link, role="relay") for link in relay)
        return self._split_quotes(
            verb.group(), cited, *self._content(verb, end), sentence, extra=relay
        )

    def _cited_after(self, position: int, end: int, *, comma: bool = True) -> Speaker | None:
        """ "reported, citing the West Java Regional Police": the named body or person an
        agency cites right after its report verb (after a comma), or right after its name
        when ``comma`` is False ("kantor berita Yonhap mengutip Kepala Staf Gabungan")."""
        day = DAY_AFTER_VERB.match(self.body, position, end)
        if day is not None and is_calendar_word(day.group("day"), self.lang):
            position = day.end()  # "reported Tuesday, citing ...": the day is no subject
        adjunct = SHORT_ADJUNCT.match(self.body, position, end) if comma else None
        if adjunct is not None and not any(
            w.casefold() in self._complementizers for w in adjunct.group().split()
        ):
            position = adjunct.end()  # "reported last month, citing ...": a short adjunct
        match = re.match(r"\s*,\s*" if comma else r"\s*,?\s*", self.body[position:end])
        if match is None:
            return None
        at = position + match.end()
        cue = self.cues.citing.match(self.body, at, end)
        if cue is None:
            return None
        rest = re.match(r"[^,.;\"“”]+", self.body[cue.end() : end])
        if rest is None:
            return None
        cited = self._named_whole(cue.end(), cue.end() + rest.end()) or self._speaker_in(
            cue.end(), cue.end() + rest.end()
        )
        if cited is None or not cited.canonical:
            return None
        if cited.entity is not None and cited.entity.type is EntityType.AGENCY:
            return None  # "citing KCNA": the agency chain, not a speaker
        return cited

    def _cited_within(self, start: int, end: int) -> Speaker | None:
        """The source a report cites inside a cue's phrase ("a report by Kyodo News that
        cited Nagano prefectural police"): a body or person, not another agency."""
        match = self._citing_relative.search(self.body, start, end)
        if match is None:
            return None
        cited = self._named_whole(match.end(), end) or self._speaker_in(match.end(), end)
        if cited is None or not cited.canonical:
            words = self.body[match.end() : end].strip(" .,").split()
            if words and words[0][:1].isupper() and words[-1].casefold() in self._body_nouns:
                # "Nagano prefectural police": a body named by its place and its noun
                name = " ".join(words)
                return Speaker(name, name, match.end())
            return None
        if cited.entity is not None and cited.entity.type is EntityType.AGENCY:
            return None
        return cited

    def _named_whole(self, start: int, end: int) -> Speaker | None:
        """The one name that a phrase is, after a leading article ("the General
        Administration of Customs"): no title or body anaphor reads it."""
        inside = self._entities_in(start, end)
        if len(inside) != 1:
            return None
        entity = inside[0]
        before = self.body[start : entity.start].split()
        if self.body[entity.end : end].strip() or len(before) > 1:
            return None
        if before and before[0].casefold() not in self.anaphor_before:
            return None
        return Speaker(entity.text, entity.canonical, entity.start, entity)

    def _inverted_after(self, before: Speaker, verb: re.Match[str], end: int) -> bool:
        """A name that only a comma parts from a post-quote verb, with a person named right
        after the verb: the name ends the reported clause ("The collision happened west of
        Scarborough Shoal, said Commodore Arnel Villacorta")."""
        if before.entity is None or before.entity.type is EntityType.PERSON:
            return False
        name_end = before.entity.end
        if self.body[name_end : verb.start()].strip() != ",":
            return False
        inverted = self.cues.final_post_verb.match(self.body, name_end, end)
        if (
            inverted is None
            or inverted.start("verb") != verb.start()
            or inverted.group("clitic")
            or verb.group().casefold() in self._addressee_verbs
        ):
            return False
        after, _ = self._speaker_after(inverted.end("verb"), end)
        return (
            after is not None
            and after.entity is not None
            and after.entity.type is EntityType.PERSON
        )

    def _adjunct_chain(self, words: Sequence[str]) -> bool:
        """The words after a final verb are adjuncts only: a preposition and a day, then
        another preposition ("said on Tuesday at a ceremony in Vientiane marking ..."), not
        a clause after the day ("said on Wednesday the death toll rose")."""
        return (
            len(words) > 2
            and words[0].casefold() in self._final_adjuncts
            and is_calendar_word(words[1].strip(".,"), self.lang)
            and words[2].casefold() in self._final_adjuncts
        )

    def _may_speak(self, speaker: Speaker) -> bool:
        """A phrase after ", said" that can be a speaker: a known name, a capitalised word,
        a title or "the ..."; not "12 people had been arrested" (the agency, in a
        statement, said ...)."""
        written = speaker.written or ""
        first = written.split()[0]
        if speaker.entity is not None or first[:1].isupper():
            return True
        lowered = first.casefold()
        return (
            lowered in self.anaphor_before
            or lowered in self.speech.PRONOUNS
            or lowered in self.speech.GROUP_DETERMINERS
            or self._opens_with_title(written)
        )

    def _participle_after(self, sentence, found: Sequence[Quote]) -> list[Quote]:
        """'"...," Dr Lim said, adding that B': B, for the speaker of the quote before the
        participle in the same sentence, when no quote holds it yet."""
        match = self.cues.participle.search(self.body, sentence.start, sentence.end)
        if match is None or any(q.start <= match.end() < q.end for q in found):
            return []
        before = [
            q
            for q in found
            if sentence.start <= q.start < match.start() and q.speaker_canonical is not None
        ]
        if not before:
            return []
        last = max(before, key=lambda q: q.start)
        speaker = Speaker(last.speaker, last.speaker_canonical, last.start)
        return [
            q
            for q in self._split_quotes(
                match.group("participle") or match.group("bare_participle"),
                speaker,
                match.end(),
                sentence.end,
                sentence,
            )
            if not any(a < q.end and q.start < b for a, b in ((f.start, f.end) for f in found))
        ]

    def _clause_subject(self, clause: int, end: int) -> Speaker | None:
        """The first person named before ``end`` when only a title (a few words, no comma)
        stands before the name in its clause: "Deputy Finance Minister Lim Wei Jie ..."."""
        person = self._first_person(clause, end)
        if person is None:
            return None
        lead = self.body[clause : person.start]
        if lead.count(",") == 1 and self.body[person.end : person.end + 1] == ",":
            # "Another member of the panel, Judge Anton Siregar, dissented in part,
            # arguing that B": a description, then the name in commas
            description, title = lead.split(",")
            if (
                len(description.split()) <= MAX_DESCRIPTION_WORDS
                and len(title.split()) <= MAX_TITLE_WORDS_BEFORE_SUBJECT
            ):
                return Speaker(person.text, person.canonical, person.start, person)
        if "," in lead or len(lead.split()) > MAX_TITLE_WORDS_BEFORE_SUBJECT:
            return None
        return Speaker(person.text, person.canonical, person.start, person)

    def _content(self, verb: re.Match[str], end: int) -> tuple[int, int]:
        """Where reported content starts after a speech verb (past "bahwa", ":" or ",")."""
        content = self.cues.content_start.match(self.body, verb.end(), end)
        start = content.end() if content else verb.end()
        if start > verb.end() and self._not_reporting_that(verb, start, end):
            start = verb.end()
        if start == verb.end() or not self.body[verb.end() : start].strip():
            # "told lawmakers the deficit would stay ...": the listener is no content
            listener = self.cues.listener.match(self.body, start, end)
            if listener is not None and verb.group().casefold() in self._addressee_verbs:
                start = listener.end()
                word = re.match(r"[\w'’-]+", self.body[start:end])
                if word is not None and word.group().casefold() in self._final_adjuncts:
                    # "told reporters after meeting X, in Jakarta, that ...": past the adjunct
                    that = self.cues.complementizer.search(
                        self.body, start, min(end, start + MAX_ADJUNCT_BEFORE_THAT_CHARS)
                    )
                    marks = _MARKS.search(self.body, start, that.start() if that else start)
                    if that is not None and marks is None:
                        start = that.end()
        return start, end

    def _not_reporting_that(self, verb: re.Match[str], start: int, end: int) -> bool:
        """Words stand between the verb and a "that" that opens no reported clause: a
        relative one ("said outside a temple that has become a shelter") or a result
        ("said the water rose so fast that ...")."""
        skipped = re.findall(r"[\w'’-]+", self.body[verb.end() : start].casefold())
        if len(skipped) < 2:
            return False  # "said that ...": nothing between the verb and "that"
        following = re.match(r"\s*([\w'’-]+)", self.body[start:end])
        relative = getattr(self.speech, "THAT_RELATIVE_NEXT", ())
        result = getattr(self.speech, "THAT_RESULT_BEFORE", ())
        if len(skipped) > 2 and skipped[-2] in self._clause_joiners:
            return True  # "said about 300 people took part and that ...": A, then B
        if skipped[0] in self._articles and verb.group().split()[-1].casefold() not in (
            self._addressee_verbs
        ):
            return True  # "said a balloon that came down ... set a car on fire": a noun
            # phrase opens what was said; its "that" is a relative pronoun
        finite = getattr(self.speech, "THAT_FINITE_BETWEEN", ())
        if any(w in finite for w in skipped[:-1]):
            return True  # "said new dams are needed to cut that share": a clause already
            # began; its "that" is no complementizer of the speech verb
        return (following is not None and following.group(1).casefold() in relative) or any(
            w in result for w in skipped[:-1]
        )

    def _according(self, sentence, clause: int, *, leading: bool) -> list[Quote]:
        """ "Menurut X, ..." (``leading``), or "..., menurut X, ..." / "..., according to X."
        (not leading: tried after the speech verbs, so "..., Xi said, according to Xinhua"
        is Xi's)."""
        start, end = sentence.start, sentence.end
        match = self.according.search(start, end)
        if match and leading != bool(self.body[clause : match.start()].strip(" ,")):
            speaker = self._cue_speaker(match, end)
            if speaker is None and not match.group("clitic"):
                # "..., according to two court officials who spoke on condition of
                # anonymity": an unnamed source; the quote counts, unresolved
                speaker = self._unnamed_source(match.start("who"), match.end("who"))
            if speaker is not None:
                cue = match.group("cue") + (match.group("clitic") or "")
                before = self.body[clause : match.start()].strip(" ,")
                after = self.body[match.end() : end].strip(" ,.")
                if before and len(after.split()) >= MIN_INDIRECT_WORDS:
                    # "Dengan sisa waktu kurang dari empat bulan, menurut Yosua, sulit bagi
                    # penambang ...": the sentence goes on after the cue; all of it was said
                    return self._split_quotes(cue, speaker, start, end, sentence, split=False)
                if len(before.split()) >= MIN_CLAUSE_BEFORE_ACCORDING:
                    # "Trade rose to $2.3 billion last year, according to customs data, ..."
                    return self._split_quotes(cue, speaker, clause, match.start(), sentence)
                if before:
                    # "Sebagian besar aduan, menurut Ratna, datang ...": the whole sentence
                    return self._split_quotes(cue, speaker, start, end, sentence, split=False)
                content = match.end()
                who_word = (match.group("who") or "").strip().casefold()
                if (
                    match.group("who")
                    and who_word not in self.speech.PRONOUNS  # "Menurut dia, ...": no role
                    and apposed_role(self.body, match.end("who"), self.lang)
                ):
                    # "According to Budi Santoso, the head of the agency, 12 people ...": the
                    # role in commas belongs to the speaker
                    role_end = self.body.find(",", match.end() + 1, end)
                    goes_on = re.match(r"\s*([\w'’-]+)", self.body[role_end + 1 : end])
                    joined = goes_on is not None and goes_on.group(1).casefold() in (
                        self._conjunctions | self._clause_joiners
                    )
                    if role_end >= 0 and not joined:
                        # (not "Menurut Lim, langkah Menhan Kwon ... sudah tepat, tetapi
                        # belum cukup": a clause goes on after the comma, no role closed)
                        content = role_end + 1
                if speaker.entity is not None and speaker.entity.type is EntityType.AGENCY:
                    relayed = self._subject_after_source(speaker, content, sentence)
                    if relayed:
                        return relayed
                named = self._apposed_person(match.end(), end)
                if named is not None and self._opens_role(match.group("who") or ""):
                    # "Menurut anggota komite, Park Sung-min, sekitar 70 persen ...": the
                    # person named in commas after the role
                    speaker, content = named
                return self._split_quotes(cue, speaker, content, end, sentence)
        match = None if leading else self.cues.final_according.search(self.body, start, end)
        if match:
            speaker = self._cited_within(match.start("who"), match.end("who")) or self._speaker_in(
                match.start("who"), match.end("who")
            )
            if speaker is None:
                # "..., according to two court officials who spoke on condition of
                # anonymity.": an unnamed source; the quote counts, unresolved
                speaker = self._unnamed_source(match.start("who"), match.end("who"))
            if speaker is not None:
                # "Sementara itu, sedikitnya 1.250 orang ..., menurut kementerian yang sama."
                # (not when the opener reading ate the clause: "At least four children ...")
                opens = clause if self.body[clause : match.start()].strip(" ,") else start
                return self._split_quotes(
                    match.group("cue"), speaker, opens, match.start(), sentence
                )
        return []

    def _subject_after_source(self, agency: Speaker, content: int, sentence) -> list[Quote]:
        """ "According to a report by Xinhua, China's General Administration of Customs said
        B": the subject right after an agency's cue said B, the agency relays it; nothing
        when no speech verb follows a short subject."""
        end = sentence.end
        verb = self.verbs.search(content, end)
        if verb is None:
            return []
        subject_words = self.body[content : verb.start()].split()
        lowered = " ".join(subject_words).casefold()
        if (
            not subject_words
            or len(subject_words) > MAX_RELAYED_SUBJECT_WORDS
            or subject_words[0].casefold() in self._relatives
            or not self._reports(verb.start(), content)
            or any(lowered.endswith(f" {m}") for m in self._future_markers)
        ):
            # (", which first reported the trip on Sunday,": no subject; "Menurut KCNA, Kim
            # akan memaparkan ...": what the subject will say is the agency's report)
            return []
        subject = self._speaker_before(verb.start(), content) or self._unnamed_subject(
            content, verb.start()
        )
        if (
            subject is None
            or subject.position < content
            or (subject.entity is not None and subject.entity.type is EntityType.AGENCY)
        ):
            return []
        return self._relayed(verb, subject, agency, sentence.start, end, sentence)

    def _cue_speaker(self, match: re.Match[str], end: int) -> Speaker | None:
        """Who a cue names: the last subject for a clitic ("ujarnya", "Menurutnya"), else
        the phrase after it ("kata juru bicara X", "according to the Ministry of Trade,
        Industry and Energy"), or the name apposed after it ("..., menurut kantor berita
        Korea Utara, KCNA.")."""
        if match.group("clitic"):
            return self._last_subject(match.start())
        who_start, who_end = match.start("who"), match.end("who")
        phrase = self.cues.speaker_phrase.match(self.body, who_start, who_end)
        if phrase is not None and phrase.end("who") < who_end:
            # "..., kata dia kepada Antara, ...": the phrase stops before the listener
            who_end = phrase.end("who")
        speaker = self._listed_body(who_start, who_end) or self._speaker_in(who_start, who_end)
        cited = self._cited_within(who_start, who_end)
        if cited is not None:
            return cited  # "according to a report by Kyodo News that cited Nagano police"
        named = self._apposed_at_end(match.end("who"), end)
        if named is not None and (speaker is None or speaker.canonical is None):
            return named
        return speaker

    def _apposed_person(
        self, start: int, end: int, kinds: frozenset[EntityType] = frozenset({EntityType.PERSON})
    ) -> tuple[Speaker, int] | None:
        """A person's name (or a name of ``kinds``) alone in commas at ``start`` (", Park
        Sung-min,"): the speaker and where the words after it start."""
        inside = self._entities_in(start, end)
        if not inside or inside[0].type not in kinds:
            return None
        person = inside[0]
        comma = COMMA_NEXT.match(self.body, person.end)
        if self.body[start : person.start].strip() or comma is None:
            return None
        return Speaker(person.text, person.canonical, person.start, person), comma.end()

    def _opens_role(self, phrase: str) -> bool:
        """A role before a name: "the association's executive director", "juru bicara
        KPK" (a definite article or a title opens it)."""
        words = phrase.split()
        return bool(words) and (
            words[0].casefold() in self.anaphor_before
            or words[0].casefold() in self._possessive_body_pronouns  # "its foreign minister"
            or self._opens_with_title(phrase)
        )

    def _listed_body(self, start: int, end: int) -> Speaker | None:
        """A body whose name lists its parts with commas and runs past the phrase the cue
        took ("according to the Ministry of Trade, Industry and Energy": the phrase stops
        at the first comma)."""
        for entity in self._entities_in(start, end + MAX_LISTED_NAME_EXTRA):
            if start <= entity.start < end < entity.end and entity.type is EntityType.ORG:
                return Speaker(entity.text, entity.canonical, entity.start, entity)
        return None

    def _passive(self, verb_start: int, floor: int) -> bool:
        """The speech verb at ``verb_start`` follows a passive auxiliary ("were estimated")."""
        before = self.body[max(floor, verb_start - PASSIVE_WINDOW) : verb_start].split()
        if len(before) > 1 and before[-1].casefold() in self._adverbs:
            before = before[:-1]  # "was first announced", "were also reported"
        return bool(before) and before[-1].casefold() in self._passive_auxiliaries

    def _apposed_at_end(self, position: int, end: int) -> Speaker | None:
        """A name set off by a comma that ends the sentence: ", KCNA." after "menurut
        kantor berita Korea Utara"."""
        match = re.match(r"\s*,\s*([^,;\"“”]{1,40}?)\s*[.!?]?\s*$", self.body[position:end])
        if match is None:
            return None
        named = self._speaker_in(position + match.start(1), position + match.end(1))
        if named is None or named.entity is None or named.entity.type is EntityType.PERSON:
            return None
        return named

    def _lansir_lead(self, sentence) -> list[Quote]:
        for cue in self.chains.cues_in(sentence.start, sentence.end):
            lead = self.body[sentence.start : cue.start].strip(" ,")
            if lead or not self.cues.lansir.match(cue.cue) or not cue.links:
                continue
            comma = self.body.find(",", cue.end, sentence.end)
            if comma < 0:
                continue
            origin = cue.links[0]
            speaker = Speaker(origin.name, origin.canonical, origin.start)
            return self._split_quotes(cue.cue, speaker, comma + 1, sentence.end, sentence)
        return []

    def _split_quotes(
        self,
        cue: str,
        speaker: Speaker,
        start: int,
        end: int,
        sentence,
        *,
        split: bool = True,
        extra: tuple[ChainLink, ...] = (),
    ) -> list[Quote]:
        """One indirect quote, or two for "X said A and that B"."""
        pieces = [(start, end)]
        if split:
            joint = self.cues.and_that.search(self.body, start, end)
            if joint:
                pieces = [(start, joint.start()), (joint.end(), end)]
            else:
                # 'described the talks as "frank" and said B': after the quoted words a
                # speech verb joined to the first reports B (the first piece, with its
                # marks, is the partial quote's clause)
                joined = _verb_joined_after_marks(self.lang).search(self.body, start, end)
                if joined is not None and self.cues.speech_verb.fullmatch(
                    self.body, joined.start("verb"), joined.end("verb")
                ):
                    pieces = [(start, joined.start()), (joined.end(), end)]
        second = self._coordinated_report(pieces[-1][0], pieces[-1][1])
        if second is not None:
            # "Villanueva said A, and Budget Secretary Maricel Dumlao said in a statement
            # that B": B is the second subject's
            joint, cue_b, speaker_b, content_b = second
            second_end = pieces[-1][1]
            pieces[-1] = (pieces[-1][0], joint)
        out = []
        for piece_start, piece_end in pieces:
            writers = self.cues.writers_clause_in.search(self.body, piece_start, piece_end)
            if writers is not None:
                piece_end = writers.start()  # "A, describing ties as ...": A was said
            relay = self._closing_report(piece_start, piece_end)
            if relay is not None:
                piece_end = relay  # "The ministry said A, Xinhua reported."
            framed = self._joined_framing_verb(piece_start, piece_end)
            if framed is not None:
                piece_end = framed  # 'said A, but called South Korea "a partner"'

            quote = self._indirect_quote(cue, speaker, piece_start, piece_end, sentence, extra)
            if quote is not None:
                out.append(quote)
        if second is not None:
            quote = self._indirect_quote(cue_b, speaker_b, content_b, second_end, sentence)
            if quote is not None:
                out.append(quote)
        return out

    def _coordinated_report(self, start: int, end: int) -> tuple[int, str, Speaker, int] | None:
        """A clause joined by ", and" with a named subject and a speech verb of its own
        inside reported words (", and Budget Secretary Maricel Dumlao said that B"): where
        the first report ends, the second cue, its speaker and where its words start."""
        for joint in _COORDINATED.finditer(self.body, start, end):
            if joint.group(1).casefold() not in self._clause_joiners:
                continue
            verb = self.verbs.search(
                joint.end(), min(end, joint.end() + MAX_COORDINATED_SUBJECT_CHARS)
            )
            if verb is None or self._declined(verb.start()):
                continue
            people = [
                e
                for e in self._entities_in(joint.end(), verb.start())
                if e.type is EntityType.PERSON
            ]
            if len(people) != 1 or self.body[people[0].end : verb.start()].strip():
                continue  # the person must be the verb's subject, right before it
            if not self._clause_subject(joint.end(), verb.start()):
                continue  # only a title may stand before the name
            content, content_end = self._content(verb, end)
            if content >= content_end:
                continue
            person = people[0]
            speaker = Speaker(person.text, person.canonical, person.start, person)
            return joint.start(), verb.group(), speaker, content
        return None

    def _listener_then_adjunct(self, words: Sequence[str]) -> bool:
        """ "told reporters at the presidential palace": a listener, then an adjunct."""
        lowered = [w.casefold() for w in words]
        for n in range(1, min(len(lowered), MAX_LISTENER_WORDS) + 1):
            rest = lowered[n:]
            if (
                " ".join(lowered[:n]) in self._listeners
                and rest
                and rest[0] in self._final_adjuncts
                and len(rest) <= MAX_FINAL_ADJUNCT_WORDS
            ):
                return True
        return False

    def _joined_framing_verb(self, start: int, end: int) -> int | None:
        """Where ", but called X "..."" starts: a second verb of the same subject, joined
        after a comma, that frames quoted words later in the sentence."""
        joined = _joined_clause(self.lang)
        if joined is None or not _MARKS.search(self.body, start, end):
            return None
        for joint in joined.finditer(self.body, start, end):
            at = joint.end() - 1  # the verb's first letter
            if self.cues.speech_verb.match(self.body, at) or self.cues.framing_verb.match(
                self.body, at
            ):
                return joint.start()
        return None

    def _indirect_quote(
        self,
        cue: str,
        speaker: Speaker,
        start: int,
        end: int,
        sentence,
        extra: tuple[ChainLink, ...] = (),
    ) -> Quote | None:
        text_start, text_end = trim(self.body, start, end)
        while text_end > text_start and self.body[text_end - 1] in ".!?":
            text_end -= 1  # reported speech ends with the sentence, not with the words
            text_start, text_end = trim(self.body, text_start, text_end)
        if len(self.body[text_start:text_end].split()) < MIN_INDIRECT_WORDS:
            return None
        opening = " ".join(self.body[text_start : text_start + 40].casefold().split()[:2])
        if opening in self._statement_objects:
            return None  # "Haryo menyampaikan pernyataan itu kepada wartawan": no content
        words = self.body[text_start:text_end].casefold().split()
        if opening in self._objects_before_adjunct and (
            len(words) < 3 or words[2] in self._final_adjuncts
        ):
            return None  # "mengumumkan kebijakan itu di Istana": an object, no content
        if (
            len(words) <= MAX_OBJECT_WITH_ADJUNCT_WORDS
            and (words[0] in self.anaphor_before or words[1] in self._anaphor_after)
            and words[2] in self._final_adjuncts
        ):
            return None  # "announced the adjustment on Monday, saying ...": an object
        return Quote(
            text=self.body[text_start:text_end],
            start=text_start,
            end=text_end,
            kind=QuoteKind.INDIRECT,
            cue=cue,
            speaker=speaker.written,
            speaker_canonical=speaker.canonical,
            speaker_role=self.roles.get(speaker.canonical) if speaker.canonical else None,
            attribution=self.chains.explicit(
                sentence.start,
                sentence.end,
                own=(*self._own_links(speaker, sentence.start, sentence.end), *extra),
            ),
            sentence_start=sentence.start,
            sentence_end=sentence.end,
        )


# " last month," between a report verb and ", citing": a short adjunct (chosen on the
# tuning parts and checked by benchmarks/extraction_quality.py)
MAX_SHORT_ADJUNCT_WORDS = 3
SHORT_ADJUNCT = re.compile(rf"(?:\s+[a-z]+){{1,{MAX_SHORT_ADJUNCT_WORDS}}}(?=\s*,)")
# How far before a body's name the words of an unnamed member stand ("seorang pejabat").
MEMBER_WORDS_CHARS = 40

# How far a listed body's name may run past the first comma ("Ministry of Trade|,
# Industry and Energy").
MAX_LISTED_NAME_EXTRA = 60


# A day right after a report verb: "reported Tuesday", "reported on Tuesday", "melaporkan
# pada Selasa (14/10)".
DAY_AFTER_VERB = re.compile(r"\s+(?:on\s+|pada\s+)?(?P<day>[A-Z][a-z]+)(?:\s*\(\d{1,2}/\d{1,2}\))?")


QUOTED_WORDS = re.compile(r'"[^"\n]*"|“[^”\n]*”')  # words in quote marks


def _speech_pattern(lang: str, name: str, build: Callable[[str], str]) -> re.Pattern[str]:
    """The pattern ``build`` makes of the speech table's list ``name`` as one alternation
    (a space in a word matching any white space); one that never matches when the
    language lists none."""
    words = getattr(table(lang, "speech"), name, ())
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(build("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)))


@lru_cache(maxsize=8)
def _agency_phrase(lang: str) -> re.Pattern[str]:
    """An agency named by its anaphor ("the agency", "kantor berita itu")."""
    return _speech_pattern(lang, "AGENCY_ANAPHORS", lambda alt: rf"(?<![\w-])(?i:{alt})(?![\w-])")


@lru_cache(maxsize=8)
def _passive_agent(lang: str) -> re.Pattern[str]:
    """ "as reported by Kyodo": the agent of a passive cue (``PASSIVE_AGENT_WORDS``)."""
    return _speech_pattern(
        lang,
        "PASSIVE_AGENT_WORDS",
        lambda alt: rf"\s+(?i:{alt})\s+(?P<agent>[^,.;\"“”]{{1,60}}?)\s*(?:[.,;]|$)",
    )


@lru_cache(maxsize=8)
def _passive_auxiliary(lang: str) -> re.Pattern[str]:
    """The auxiliary that ends a subject before a passive cue ("..., was quoted by")."""
    return _speech_pattern(lang, "PASSIVE_SUBJECT_AUXILIARIES", lambda alt: rf"[\s,]+(?:{alt})\s+$")


def _is_adjacent(gap: str) -> bool:
    """Only white space between two quotes (same or next paragraph)."""
    return not gap.strip() and gap.count("\n") <= 2


# ", citing a statement from the Indonesian Ministry of Defense, that": a cue word and its
# source in commas between a report verb and what was reported.
_CITING_AFTER_VERB = re.compile(r"[^,]{0,40}?,\s*(?P<cue>\w+)\s+(?P<source>[^,]{1,100}),")


REFUSAL_CHARS = 20  # "declined to ", "would not " before a speech verb
COMMA_NEXT = re.compile(r"\s*,")  # ", Park Sung-min|,": the comma that closes a name
_NAMED_SUBJECTS = frozenset({EntityType.PERSON, EntityType.AGENCY})
MAX_DESCRIPTION_CHARS = 60  # "Surat kabar resmi Partai Buruh Korea|, Rodong Sinmun,"
# ", and <subject> said": a comma and a joining word inside reported words
_COORDINATED = re.compile(r",\s+([\w'’-]+)\s+(?=[A-Z])")
MAX_COORDINATED_SUBJECT_CHARS = 80  # ", and Budget Secretary Maricel Dumlao| said"


@lru_cache(maxsize=8)
def _verb_joined_after_marks(lang: str) -> re.Pattern[str]:
    """A closing quote mark, a conjunction and a word, then an optional complementizer:
    '"frank and forward-looking" and said (that) '."""
    speech = table(lang, "speech")
    joiners = "|".join(re.escape(w) for w in getattr(speech, "CONJUNCTIONS", ()))
    comps = "|".join(re.escape(w) for w in speech.COMPLEMENTIZERS)
    return re.compile(rf"[\"”’]\s+(?i:{joiners})\s+(?P<verb>[\w'’-]+)\s+(?:(?i:{comps})\s+)?(?=\w)")


@lru_cache(maxsize=8)
def _joined_clause(lang: str) -> re.Pattern[str] | None:
    """A comma and a clause joiner before a lower-case word: ", but called ..."."""
    joiners = "|".join(re.escape(w) for w in getattr(table(lang, "speech"), "CLAUSE_JOINERS", ()))
    return re.compile(rf",\s+(?:{joiners})\s+[a-z]") if joiners else None
