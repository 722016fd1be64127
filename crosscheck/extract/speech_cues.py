"""Compiled speech-cue patterns per language, built from ``crosscheck/lang/<lang>/speech.py``."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache

from crosscheck.extract.names import ACRONYM, NAME_PARTICLE
from crosscheck.lang import table

MAX_SPEAKER_WORDS = 6  # a speaker phrase without a known name: "para ahli", "Media pemerintah"
# a speaker phrase after a post-quote verb, a role and a body's English name included
# ("kata ekonom senior Institute for Development of Economics and Finance (Indef) Rahmat
# Hidayatullah")
MAX_SPEAKER_PHRASE_WORDS = 12
# Parts after the first of a listed name in an aside ("mengutip Kementerian Perdagangan,
# Industri, dan Energi Korea Selatan,")
MAX_ASIDE_LIST_PARTS = 3
MAX_WORDS_BEFORE_AGENCY = 4  # "Citing ..., Malaysia's national news agency Bernama said"
# `"...," Chinese foreign ministry spokesperson Mao Ning told reporters`, `"...," Natural
# Resources and Environmental Sustainability Minister Zulkarnain Hashim told reporters`: up
# to eight words between the quote and the verb (subjects over three words must hold a
# known name).
MAX_POST_SUBJECT_WORDS = 8
# How many words may stand between a speech verb and "bahwa" ("mengatakan dalam pesannya bahwa").
# A character of a phrase in commas: no sentence end, but the dot of a short abbreviation
# before a name may stand inside ("a lawyer for Gov. Ramon Villaraza", "Capt. Arnel")
ABBREVIATED_CHAR = (
    r"(?:[^,.;\"“”\n]|(?:(?<=\b[A-Z])|(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2})"
    r"|(?<=\b[A-Z][a-z]{3}))\.(?=[ \t][A-Z])"
    # the dots of a dotted acronym ("the U.N. refugee agency", "U.S. forces")
    r"|(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\."
    # the dot of an outlet's domain ("according to a report by Kompas.com")
    r"|(?<=[a-z0-9])\.(?=(?:com|co\.id|id|net|org)\b))"
)
MAX_WORDS_BEFORE_COMPLEMENTIZER = 6  # "said in his nightly video address that"
MAX_PARTICIPLE_OBJECT_CHARS = 40  # ", telling reporters at Parliament that"
MAX_WORDS_AFTER_PRE_VERB = 4  # 'menjawab singkat, "...', 'told a briefing in Seoul: "...'
MAX_BARE_ADJUNCT_CHARS = 45  # "saat dikonfirmasi", "dalam keterangan tertulis pada Rabu (12/11)"
# "The South Korean minister, on her first visit to Japan since taking office in August,"
MAX_ADJUNCT_IN_COMMAS_CHARS = 80
# "..., corong resmi partai, dalam tajuknya pada Minggu (28/12) menulis": an adjunct
# after an apposition's comma, right before the verb
MAX_ADJUNCT_BEFORE_VERB_CHARS = 60
# "..., according to the Philippine Institute of Volcanology and Seismology (Phivolcs)."
MAX_ACCORDING_CHARS = 90
# The longest apposition between "quoted" and "as saying" ("quoted Kim Yo Jong, the powerful
# sister of leader Kim Jong Un, as saying"): about a dozen words.
MAX_QUOTED_APPOSITION_CHARS = 80
# "Harada, who arrived on Thursday, Nov. 21, with a delegation of 18 business executives,"
MAX_RELATIVE_PART_CHARS = 60
MAX_BELONGS_CHARS = 60  # "of the parliamentary intelligence committee"
MAX_ASIDE_CHARS = 80  # ", citing two sources familiar with the matter,"


@dataclasses.dataclass(frozen=True)
class Cues:
    post_verb: re.Pattern[str]
    post_apposed_verb: re.Pattern[str]
    post_role_name_verb: re.Pattern[str]
    post_passive_quoted: re.Pattern[str]
    final_passive_quoted: re.Pattern[str]
    post_subject_verb: re.Pattern[str]
    quoted_as: re.Pattern[str]
    quoted_as_indirect: re.Pattern[str]
    pre_end: re.Pattern[str]
    speech_verb: re.Pattern[str]
    framing_verb: re.Pattern[str]
    according: re.Pattern[str]
    complementizer: re.Pattern[str]
    final_post_verb: re.Pattern[str]
    final_subject_verb: re.Pattern[str]
    mid_post_verb: re.Pattern[str]
    final_according: re.Pattern[str]
    and_that: re.Pattern[str]
    participle: re.Pattern[str]
    forward: re.Pattern[str]
    lansir: re.Pattern[str]
    content_start: re.Pattern[str]
    speaker_phrase: re.Pattern[str]
    subject_before: re.Pattern[str]
    gap: re.Pattern[str]
    aside: re.Pattern[str]
    fronted_citing: re.Pattern[str]
    trailing_adjunct: re.Pattern[str]
    adjunct_before_verb: re.Pattern[str]
    listener: re.Pattern[str]
    writers_clause_in: re.Pattern[str]
    medium_name: re.Pattern[str]
    relative_before: re.Pattern[str]
    trailing_relative: re.Pattern[str]
    citing: re.Pattern[str]
    closing: re.Pattern[str]
    opener: re.Pattern[str]
    adverbial: re.Pattern[str]
    addressee_word: re.Pattern[str]


NEVER = "(?!x)x"  # an alternative that matches nothing, for an empty table


def _alt(words: Sequence[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


def _table_alt(module: object, *names: str) -> str:
    """The alternation of a language table's word lists, or one that matches nothing when
    the language has no such list."""
    return _alt([w for name in names for w in getattr(module, name, ())]) or NEVER


@lru_cache(maxsize=8)
def cue_patterns(lang: str) -> Cues:
    s = table(lang, "speech")
    quoted_as = _table_alt(s, "QUOTED_AS")
    quoted_as_tail = _table_alt(s, "QUOTED_AS_TAIL")
    passive = _table_alt(s, "PASSIVE_QUOTED")
    relay = table(lang, "attribution")
    # ("Li, menurut laporan Xinhua, menyampaikan": an according-to aside relays too)
    asides = _alt((*relay.QUOTED_BY, *relay.LANSIR, *relay.CITING, *s.ACCORDING_TO))
    joiners = _table_alt(table(lang, "aliases"), "LIST_JOINERS")
    post = _alt(s.POST_VERBS)
    pre_quote = _table_alt(s, "PRE_QUOTE_VERBS")
    verbs = _alt(s.SPEECH_VERBS)
    clitic = rf"(?P<clitic>{s.CLITIC})?" if s.CLITIC else f"(?P<clitic>{NEVER})?"
    stops = _alt(s.SPEAKER_STOPS)
    adverbs = _alt(s.ADVERBS)
    pronouns = _alt(s.PRONOUNS)
    comp = _alt(s.COMPLEMENTIZERS)
    according = _alt(s.ACCORDING_TO)
    # a word, "MalangNetwork.com", or an abbreviated rank before a name ("Lt. Col. Budi")
    ranks = _alt(
        sorted({w for t in table(lang, "titles").TITLES for w in t.split() if w.endswith(".")})
    )
    name_word = rf"(?:(?:{ranks or NEVER})(?=\s+[A-Z])|[\w'’-]+(?:\.[\w'’-]+)*)"
    # a weekday, with a part of the day after it ("Rabu malam", "Tuesday night")
    parts = _table_alt(table(lang, "dates"), "DAY_PARTS")
    weekday = rf"(?i:(?:{_alt(table(lang, 'calendar').WEEKDAYS)})(?:\s+(?:{parts}))?)"
    # "Kamis (5/6)", "Senin (5/6) malam": a weekday with its date in brackets
    dated_weekday = rf"{weekday}(?:\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))?(?:\s+(?i:{parts}))?"
    # "16 April 2025", "June 5": a written date after a weekday and its comma
    months = _alt(table(lang, "calendar").MONTHS)
    written_date = (
        rf"(?:\d{{1,2}}\s+(?i:{months})(?:\s+\d{{4}})?|(?i:{months})\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
    )
    # (after a comma a relative pronoun is in lower case: ", Yang Hye-rin," is a name)
    relatives = _table_alt(s, "RELATIVES")
    # a relative clause closed by a comma, after a name ("who chaired the meeting,")
    relative_clause = rf"(?:{relatives})\s[^,.;\"“”]{{1,80}},"
    belongs = _table_alt(s, "BELONGS_PREPOSITIONS")
    gap_preps = _table_alt(s, "GAP_PREPOSITIONS")
    writers_in = getattr(s, "WRITERS_CLAUSE_IN_CONTENT", ())
    media = "|".join(
        re.escape(m) for m in sorted(getattr(relay, "MEDIUM_WORDS", ()), key=len, reverse=True)
    )
    # ", adding that", ", telling reporters at Parliament that": up to a few words between
    # ", saying more than 600 aftershocks had been recorded": "saying" needs no "that"
    # (the comma may close a quote: "slow but steady," noting that ...)
    participle = (
        rf",[\"”]?\s+(?:(?P<participle>(?i:{_table_alt(s, 'PARTICIPLE_CUES')}))"
        rf"(?:\s+[^,.;\"“”]{{1,{MAX_PARTICIPLE_OBJECT_CHARS}}}?)?\s+(?i:{comp})"
        rf"|(?P<bare_participle>(?i:{_table_alt(s, 'BARE_PARTICIPLE_CUES')}))(?=\s+[a-z\d]))\s+"
    )
    # "ekonom Institute for Development of Economics and Finance (Indef), Bagas Prakoso"
    # a character of a clause in commas: no sentence end, except a dot before a number
    # ("who arrived on Friday, Sept. 13, for a visit,")
    inner = r"(?:[^,.;\"“”]|\.(?=\s\d))"
    abbreviated = ABBREVIATED_CHAR
    # (a stop word written with a capital is part of a name: "Direktur Jenderal
    # Perdagangan Dalam Negeri Kemendag Iwan Setiabudi")
    word = rf"(?!(?:{stops})\b)(?:{name_word}|\({ACRONYM}\))(?:,\s+(?=[A-Z]))?[ \t]*"
    who = rf"(?P<who>(?:{word}){{1,{MAX_SPEAKER_PHRASE_WORDS}}})"
    # a participle opening an aside ("wearing a white shirt", "speaking at the ceremony")
    suffix = getattr(s, "ASIDE_PARTICIPLE_SUFFIX", "")
    participle_aside = rf"[a-z]{{3,}}{re.escape(suffix)}" if suffix else NEVER
    return Cues(
        post_verb=re.compile(rf"[\s,]*(?i:(?P<verb>{post}){clitic})\b"),
        quoted_as=re.compile(
            rf"[\s,]*(?P<source>(?:[\w'’.-]+\s+){{1,4}}?)(?P<verb>(?i:{quoted_as}))"
            rf"\s+(?P<who>[^,.;\"“”]{{1,60}}?)\s+(?i:{quoted_as_tail})\b"
        ),
        # "KCNA quoted Kim as saying ...", "Kim was quoted by KCNA as saying ..."
        quoted_as_indirect=re.compile(
            rf"(?:(?<![\w-])(?i:{quoted_as})\s+(?P<who>[^,.;\"“”]{{1,60}}?)"
            # "quoted Kim Yo Jong, the powerful sister of leader Kim Jong Un, as saying"
            rf"(?:,\s+[^,;\"“”]{{1,{MAX_QUOTED_APPOSITION_CHARS}}}?,)?"
            rf"|(?P<subject>[^,.;\"“”]{{1,60}}?)\s+(?i:{passive})(?:\s+by\s+[^,.;\"“”]{{1,40}}?)?)"
            rf"\s+(?P<verb>(?i:{quoted_as_tail}))\s+(?:(?i:{_alt(s.COMPLEMENTIZERS)})\s+)?"
        ),
        post_apposed_verb=re.compile(
            rf"[\s,]*(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}),\s[^,\"“”]{{3,100}},\s+"
            rf"(?:(?i:{adverbs})\s+)*(?P<verb>{verbs}|{post}"
            # '"...," Ri Kyong-nam, vice chairman of ..., was quoted by KCNA as saying'
            rf"|(?i:{passive})(?:\s+by\s+[^,.;\"“”]{{1,40}}?)?\s+(?i:{quoted_as_tail}))\b"
        ),
        # '"...," the association's executive director, Ratna Djuwita Halim, told Reuters'
        post_role_name_verb=re.compile(
            rf"[\s,]*(?P<role>[^,\"“”]{{3,80}}),\s+"
            rf"(?P<who>[A-Z][\w'’.-]*(?:\s+{NAME_PARTICLE}[A-Z][\w'’.-]*){{1,3}}),\s+"
            # ("the boat's captain, Tetsuo Nakama, 67, told": an age after the name)
            rf"(?:\d{{1,3}},\s+)?(?:(?i:{adverbs})\s+)*(?P<verb>{verbs}|{post})\b"
        ),
        # '"...," Zhou was quoted as saying by China's official Xinhua News Agency.'
        post_passive_quoted=re.compile(
            rf"[\s,]*(?P<who>[^,.;\"“”]{{1,60}}?)\s+(?P<verb>(?i:{passive}))"
            rf"(?:\s+by\s+[^,.;\"“”]{{1,60}}?)?\s+(?i:{quoted_as_tail})\b"
        ),
        # "<what was said>, KPU chairman Fadli Rahmatullah was quoted as saying by state
        # news agency Antara."
        final_passive_quoted=re.compile(
            rf",\s*(?P<who>[^,;\"“”]{{1,80}}?)\s+(?P<verb>(?i:{passive}))"
            rf"(?:\s+by\s+[^,.;\"“”]{{1,60}}?)?\s+(?i:{quoted_as_tail})\b"
            rf"(?:\s+by\s+[^,.;\"“”]{{1,60}}?)?\s*[.!?]?\s*$"
        ),
        # '"...," rescue volunteer Somchai Boonmee, 38, told AFP': an age in commas may
        # follow the name
        post_subject_verb=re.compile(
            # (a body's acronym in brackets counts in no length: "Confederation of
            # Indonesian Workers Unions (KSPI) president Agus Salimun told")
            # ('"...," Malaysian Foreign Minister Zulkifli Anuar, who chaired the meeting,
            # told': a relative clause in commas after the name)
            rf"[\s,]*(?P<who>(?:(?:\([A-Z][A-Za-z]{{1,10}}\)\s+)?[\w'’.-]+"
            # (an age may come first: "Yoshiko Hamada, 86, who heads the association, told")
            rf"(?:,\s*\d{{1,3}},(?:\s+{relative_clause})?|,\s+{relative_clause})?\s+)"
            rf"{{1,{MAX_POST_SUBJECT_WORDS}}}?"
            # ("... deputy chair Dwi Anggraini Pohan of the Indonesian Democratic Party of
            # Struggle (PDI-P) said": the body the speaker belongs to counts in no length)
            rf"(?:(?i:{belongs})\s[^,.;\"“”]{{1,{MAX_BELONGS_CHARS}}}?\s+)?)"
            rf"(?:(?i:{adverbs})\s+)*(?P<verb>{verbs}|{post})\b"
        ),
        # 'X menegaskan, "...', 'Rudy menjawab singkat, "...': a verb (or one that only
        # introduces quoted words, PRE_QUOTE_VERBS) with up to two words before the mark
        pre_end=re.compile(
            rf"(?:(?P<verb>(?<![\w-])(?i:{verbs}|{pre_quote}))"
            rf"(?:\s+[\w-]+){{0,{MAX_WORDS_AFTER_PRE_VERB}}}?\s*[:,]"
            rf"|(?P<bare>(?<![\w-])(?i:{verbs}|{post}|{pre_quote}))\s*[:,]?"
            # (no reported clause inside the name: 'said in an editorial that the
            # friendship, "sealed in blood"' is no cue before the quote)
            rf"|(?<![\w-])(?i:(?P<verb_first>{post}|{according}))\s+"
            rf"(?P<who>(?:(?!(?<![\w-])(?i:{comp})(?![\w-]))[^,:\"“]){{1,40}}?)"
            # 'Kata Yuliana Wenda (34), istri kopilot Rendy: "...': a role after the name
            rf"(?:,\s*(?=[a-z])[^,:\"“]{{1,60}}?(?=\s*:))?\s*[:,])"
            rf"\s*$"
        ),
        speech_verb=re.compile(rf"(?<![\w-])(?i:{verbs})\b"),
        # verbs that frame a partial quote but report no clause of their own
        framing_verb=re.compile(
            rf"(?<![\w-])(?i:{_table_alt(s, 'FRAMING_VERBS', 'FRAMING_PARTICIPLES')})\b"
        ),
        according=re.compile(
            rf"(?<![\w-])(?i:(?P<cue>{according}))(?:{clitic}\s*,|\s+(?P<who>[^,.;\"“”]{{1,60}}?)\s*,)"
        ),
        complementizer=re.compile(rf"(?<![\w-])(?i:{comp})\b"),
        final_post_verb=re.compile(
            rf",\s*(?i:(?P<verb>{post}){clitic})\b(?=\s*[.!?]?\s*$|\s+[\w'’-]+)"
        ),
        mid_post_verb=re.compile(
            rf",\s*(?i:(?P<verb>{post}){clitic})\b(?P<who>[^,.;\"“”]{{0,60}}),\s+(?=[a-z])"
        ),
        final_subject_verb=re.compile(
            # "..., the state news agency Agence Kampuchea Presse (AKP) reported": the
            # acronym in brackets after the subject counts in no length
            rf",\s*(?P<who>[^,;\"“”]{{1,50}}?(?:\s*\([A-Z][A-Za-z]{{1,10}}\))?)"
            rf"\s+(?:(?i:{adverbs})\s+)*(?P<verb>(?i:{verbs}|{post}))\b"
            rf"(?![^.;]*\b(?i:{comp})\b)"
        ),
        final_according=re.compile(
            rf",\s*(?i:(?P<cue>{according}))\s+(?P<who>{abbreviated}{{1,{MAX_ACCORDING_CHARS}}}?)"
            # "..., menurut JCS sebagaimana dikutip kantor berita Yonhap.": a relay after
            rf"(?:,?\s+(?i:{_alt((*relay.QUOTED_BY, *relay.LANSIR))})\s+[^,.;\"“”]{{1,60}}?)?"
            # "..., according to Capt. Arnel Bautista ..., who leads the search team there."
            rf"(?:,\s*(?:{relatives})\s[^.;\"“”]{{1,100}}?)?"
            rf"\s*[.!?]?\s*$"
        ),
        forward=re.compile(
            # "said, however, that B": an adverb in commas before the complementizer
            rf"\s*(?:,\s*(?i:{_table_alt(s, 'ASIDE_ADVERBS')}),\s*(?i:{comp})\b|[:,]"
            rf"|(?:[\w'’-]+\s+){{0,{MAX_WORDS_BEFORE_COMPLEMENTIZER}}}?(?i:{comp})\b)"
        ),
        and_that=re.compile(
            rf",?\s+(?i:{_table_alt(s, 'CLAUSE_JOINERS')})\s+"
            rf"(?:(?i:{verbs}|{post})\s+)?(?i:{comp})\s+"  # "but added that", "dan menyebut bahwa"
            rf"|{participle}"
        ),
        participle=re.compile(participle),
        lansir=re.compile(rf"(?i:{_alt(relay.LANSIR)})"),
        # "reported last month, citing two sources familiar with the matter, that": words
        # and one aside in commas may stand between the verb and "that"
        content_start=re.compile(
            # "reported, citing a statement from the ministry, that B": an aside in commas
            # right after the verb, then the complementizer
            rf"\s*,\s*[^,.;\"“”]{{1,{MAX_ASIDE_CHARS}}},\s*(?i:{comp})\b\s*|"
            # "Yonhap melaporkan, mengutip Kepala Staf Gabungan (JCS), militer ...": a
            # citing aside right after the verb, with no complementizer after it
            rf"\s*,\s*(?i:{_alt(relay.CITING)})\s[^,.;\"“”]{{1,{MAX_ASIDE_CHARS}}},\s*|"
            # "said, however, that B": an adverb in commas may come first
            rf"(?:\s*[,:])?\s*(?:(?i:{_table_alt(s, 'ASIDE_ADVERBS')}),\s+)?"
            # ("melaporkan pada Jumat (15/11) bahwa": a date in brackets is a word here, as
            # is a month written short, "reported on Oct. 2, citing ..., that")
            rf"(?:(?:(?:[\w'’-]+|[A-Z][a-z]{{1,3}}\.|\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))\s+)"
            rf"{{0,{MAX_WORDS_BEFORE_COMPLEMENTIZER}}}?"
            rf"(?:[\w'’-]+,\s+[^,.;\"“”]{{1,{MAX_ASIDE_CHARS}}},\s+)?(?i:{comp})\b\s*)?"
        ),
        speaker_phrase=re.compile(rf"\s+{who}"),
        subject_before=re.compile(
            rf"(?P<who>(?i:{pronouns})|[\w'’.-]+(?:\s+[\w'’.-]+){{0,{MAX_SPEAKER_WORDS - 1}}})"
            rf"\s+(?:(?i:{adverbs})\s+)*$"
        ),
        # between a subject and its verb: adverbs, or a relative clause in commas
        # ("Lee Seong-kweun, yang menghadiri pengarahan itu, mengatakan")
        gap=re.compile(
            rf"[\s,]*(?:(?i:{adverbs})[\s,]+)*"
            rf"|,\s*(?:{relatives})\s{inner}{{1,80}}(?:,\s{inner}{{1,40}}){{0,2}},\s*"
            # "Rep. Shin Dong-hoon of the intelligence committee told", "Budi dari
            # Universitas Indonesia mengatakan": where the speaker belongs
            rf"|\s+(?i:{belongs})\s"
            rf"[^,.;\"“”]{{1,{MAX_BELONGS_CHARS}}}?\s*(?:(?i:{adverbs})\s+)*"
            # "Budi Santoso, the police spokesman, said": an apposition with an article
            # (a place may stand inside it, "a spokeswoman for the coast guard in Naha,
            # Okinawa,"; a second apposition may follow, "..., the only faction to ...,")
            rf"|(?:,\s*(?:{_table_alt(s, 'APPOSITION_OPENERS')})\s"
            rf"{abbreviated}{{1,80}}(?:,\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?=,)){{0,2}}){{1,2}},\s*"
            # "Laode himself, wearing a white shirt, told": a participle aside in commas
            rf"|(?:\s+(?i:{adverbs}))?,\s*{participle_aside}\s[^,.;\"“”]{{1,60}},\s*"
            # "Sutrisno, 47, said": an age in commas
            rf"|,\s*\d{{1,3}},\s*"
            # "dr. Ratih Kusumawardani, Sp.A, menyebutkan": a degree after the name
            rf"|,\s*(?:{_table_alt(s, 'NAME_SUFFIXES')})\.?,\s*"
            # "Wulan Sari (52), mengaku", "Syamsul Bahri (52) menuturkan": an age in brackets
            rf"|\s*\(\d{{1,3}}\)\s*,?\s*(?:(?i:{adverbs})[\s,]+)*"
            # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan"
            rf"|\s*\({ACRONYM}\)\s*(?:(?i:{adverbs})\s+)*"
            # ", kepada Antara di Jakarta, Kamis (5/6), menjelaskan": adjuncts in commas
            # ("..., dalam jumpa pers di Beijing, Senin, 9 Juni 2025, mengatakan")
            rf"|(?:,\s*(?:(?i:{gap_preps})\s"
            rf"[^,.;\"“”]{{1,50}}?|{dated_weekday}|{written_date}))+,?\s*"
            rf"(?:(?i:{adverbs})\s+)*"
            # "Dedi dalam keterangannya, Senin (5/6), menyebutkan", "Rinaldi saat dikonfirmasi
            # membenarkan": a short adjunct without commas, a date in commas after it
            rf"|\s+(?i:{gap_preps})\s"
            rf"[^,.;\"“”]{{1,{MAX_BARE_ADJUNCT_CHARS}}}?"
            # ("dalam keterangan tertulis pada Rabu, 16 April 2025, menyatakan")
            rf"(?:,\s*{dated_weekday},|,\s*{written_date},)?\s*"
        ),
        # "told lawmakers", "told a news conference", "told The Associated Press": the
        # listener after an addressee verb, before the reported clause
        listener=re.compile(
            rf"\s*(?:(?i:{_table_alt(s, 'LISTENERS')})"
            # ("the Chinese-language daily Lianhe Zaobao": a medium word and its name)
            rf"|(?:(?i:the)\s+)?(?:[\w'’-]+\s+)?(?i:{media or NEVER})\s+"
            rf"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}"
            rf"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s+(?=[\w\"“])"
        ),
        # inside reported words, a comma and a word of the writer's end them ("Tokyo hoped
        # to hold it every year, describing ties as ...")
        writers_clause_in=re.compile(
            rf",\s+(?i:{'|'.join(re.escape(w) for w in writers_in) or NEVER})\b"
        ),
        # "state broadcaster KRT": a name a medium word introduces, at the end of a phrase
        medium_name=re.compile(
            rf"(?i:(?<![\w-])(?:{media or NEVER}))\s+(?P<name>[A-Z][\w.'’-]*"
            rf"(?:\s+[A-Z][\w.'’-]*){{0,3}})$"
        ),
        # "The agency, in a statement, said": one adjunct in commas right before the verb
        trailing_adjunct=re.compile(
            rf",\s*(?i:{gap_preps})\s"
            rf"[^,.;\"“”]{{1,{MAX_ADJUNCT_IN_COMMAS_CHARS}}},\s*$"
        ),
        # "..., dalam tajuknya pada Minggu (28/12)| menulis": the same without its closing
        # comma, after an apposition
        adjunct_before_verb=re.compile(
            rf",\s*(?i:{gap_preps})\s[^,;\"“”]{{1,{MAX_ADJUNCT_BEFORE_VERB_CHARS}}}?\s*$"
        ),
        # "Citing a statement from the ministry, the agency reported": up to the subject
        fronted_citing=re.compile(
            rf"\s*(?i:{_alt(relay.CITING)})\s(?P<name>[^,.;\"“”]{{1,80}}),\s*"
            # (a determiner or a description of the agency before its name: "the state")
            rf"(?:[\w'’-]+\s+){{0,{MAX_WORDS_BEFORE_AGENCY}}}$"
        ),
        # ", seperti dikutip Reuters,"; ", seperti dikutip kantor berita Vietnam, VNA,"
        aside=re.compile(
            # (a listed name may hold commas: "Kementerian Perdagangan, Industri, dan Energi")
            rf",\s*(?P<cue>(?i:{asides}))\s(?P<name>[^,]{{1,60}}?"
            rf"(?:,\s(?:(?i:{joiners})\s)?[A-Z][^,]{{0,60}}?){{0,{MAX_ASIDE_LIST_PARTS}}}),?\s*$"
        ),
        # "Kenji Morita, who signed it alongside Adinegoro, said": a relative clause in
        # commas right before the verb; and one closing an unnamed subject
        # (a place after a comma may stand inside: "which runs plants in Morowali, Central
        # Sulawesi,")
        relative_before=re.compile(
            rf",\s*(?:{relatives})\s{inner}{{1,100}}(?:,\s{inner}{{1,{MAX_RELATIVE_PART_CHARS}}}){{0,2}},\s*$"
        ),
        trailing_relative=re.compile(rf",\s*(?:{relatives})\s[^,]{{1,120}},?$"),
        citing=re.compile(rf"(?i:{_alt(relay.CITING)})"),
        closing=re.compile(
            rf",\s*(?i:{_table_alt(s, 'CLOSING_MARKERS')})\s+"
            rf"(?P<verb>(?i:{_table_alt(s, 'CLOSING_VERBS')}))"
            rf"(?:\s+(?i:{_table_alt(s, 'PASSIVE_AGENT_WORDS')}))?\b"
        ),
        opener=re.compile(rf"\s*(?i:{_alt(s.OPENERS)})\b\s*,?\s*"),
        # "At a news conference, ..." opens an adverbial clause; "At least four children
        # ..." does not (language table NOT_ADVERBIAL)
        adverbial=re.compile(
            rf"\s*(?!(?i:{_table_alt(s, 'NOT_ADVERBIAL')})\b)"
            rf"(?i:{_alt(s.ADVERBIAL_STARTERS)})\b"
        ),
        # 'Kata Sutrisno kepada Kontan.co.id, "...': the word before a listener
        addressee_word=re.compile(rf"\s(?i:{_table_alt(s, 'ADDRESSEE_WORDS')})\s"),
    )
