"""English speech cues: verbs that introduce or close a quote, "according to", pronouns."""

# Verbs around a quote: `"...," said Wang.` and `"...," Wang said.`
POST_VERBS: tuple[str, ...] = (
    "said", "says", "told", "added", "wrote", "stated", "noted", "explained", "warned",
    "insisted", "stressed", "continued", "asked", "declared", "recalled", "remarked",
    "cautioned",
)  # fmt: skip

# Verbs that introduce quoted words but take no reported clause of their own
# ('Rudy answered briefly: "Not yet."').
PRE_QUOTE_VERBS: tuple[str, ...] = ("answered", "asked", "shouted", "wrote", "tweeted", "posted")

# Verbs after a speaker, before what was said: "X said that ...".
SPEECH_VERBS: tuple[str, ...] = (
    "said", "says", "told", "added", "stated", "announced", "noted", "warned", "claimed",
    "reported", "wrote", "stressed", "emphasized", "emphasised", "insisted", "explained",
    "declared", "pledged", "promised", "argued", "confirmed", "acknowledged", "underlined",
    "reiterated", "vowed", "urged", "estimated", "denied", "called for", "called",
    "described", "denounced", "admitted", "conceded", "replied", "maintained", "predicted",
    "recalled", "say", "cautioned",
)  # fmt: skip

ACCORDING_TO: tuple[str, ...] = ("according to",)

COMPLEMENTIZERS: tuple[str, ...] = ("that",)
# With words between the verb and "that", these make "that" open no reported clause: a
# finite verb right after it ("said outside a temple that has become a shelter": a
# relative clause) or a degree word before it ("said the water rose so fast that": a
# result clause inside what was said).
THAT_RELATIVE_NEXT: tuple[str, ...] = ("has", "have", "had", "is", "was", "were", "are", "will")
# A finite verb between the speech verb and "that" means the reported clause began before
# it ("officials said new dams are needed to cut that share").
THAT_FINITE_BETWEEN: tuple[str, ...] = (
    "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could",
    "should", "must", "may", "might",
)  # fmt: skip
THAT_RESULT_BEFORE: tuple[str, ...] = ("so", "such")

PRONOUNS: tuple[str, ...] = ("he", "she")
# A pronoun as the object of a relaying cue stands for a subject ("MRTV quoted him as
# saying"): the object form and its subject form.
OBJECT_PRONOUNS: dict[str, str] = {"him": "he", "her": "she"}

CLITIC = ""  # English has no speaker clitic

ADVERBS: tuple[str, ...] = (
    "also", "further", "later", "previously", "earlier", "again", "then", "has", "had",
    "have", "separately", "himself", "herself", "once", "first",
)  # fmt: skip

# Adverbs that open a sentence in a comma ("Now, the 58-year-old fisherman ..."): no name.
SENTENCE_ADVERBS: tuple[str, ...] = ("now", "today", "then", "still", "instead", "yet")

OPENERS: tuple[str, ...] = (
    "meanwhile", "however", "but", "and", "separately", "earlier", "later", "also",
    "in addition", "on the other hand",
)  # fmt: skip

ADVERBIAL_STARTERS: tuple[str, ...] = (
    "in", "on", "at", "after", "before", "during", "since", "when", "while", "according",
    "citing", "speaking", "as", "with", "to", "for", "unlike", "like",
)  # fmt: skip

# Quantities that open with a starter word but no adverbial clause.
NOT_ADVERBIAL: tuple[str, ...] = ("at least", "at most", "in all", "in total", "as many as")

SPEAKER_STOPS: tuple[str, ...] = (
    "in", "on", "at", "to", "during", "after", "before", "when", "as", "who", "while",
    "from", "with", "via", "citing", "according", "told", "adding", "said", "on",
    "last", "this", "yesterday", "today", "that",
)  # fmt: skip

GROUP_DETERMINERS: tuple[str, ...] = ("some", "several", "many", "the")

AGENCY_ANAPHORS: tuple[str, ...] = (
    "the agency", "the news agency", "the state news agency", "the report", "state media",
    "the newspaper", "the paper", "the daily", "the tabloid", "the broadcaster",
)  # fmt: skip

CLOSING_MARKERS: tuple[str, ...] = ()
CLOSING_VERBS: tuple[str, ...] = ()

# Verbs whose object is the listener, not the speaker: "operators told Reuters".
ADDRESSEE_VERBS: tuple[str, ...] = ("told",)
# Who "told" addresses, when no "that" follows: "told lawmakers the deficit would ...".
LISTENERS: tuple[str, ...] = (
    "reporters", "journalists", "lawmakers", "legislators", "parliament", "the parliament",
    "a news conference", "a press conference", "a briefing", "a news briefing",
    "a regular briefing", "the newspaper", "state media", "state television", "the committee",
    "a forum", "the forum", "an audience", "delegates", "investors", "supporters", "residents",
    "the crowd", "the BBC", "the paper", "a hearing", "the hearing", "a seminar",
    "a joint press conference", "a joint news conference", "a regular press conference",
    "a regular news conference", "a regular briefing", "parliament's budget committee",
    "a regular news briefing", "a regular press briefing", "a press briefing",
    "a daily briefing", "a daily news briefing", "a weekly briefing", "a weekly news briefing",
)  # fmt: skip

# `"...," KCNA quoted Kim as saying`: the quoted person speaks, the subject reported it.
QUOTED_AS: tuple[str, ...] = ("quoted",)
QUOTED_AS_TAIL: tuple[str, ...] = ("as saying", "as telling")

# Relative pronouns that open a clause between a speaker and the verb.
RELATIVES: tuple[str, ...] = ("who", "which", "whose")

# "Kim was quoted by KCNA as saying ...": the subject speaks, the agency reported it.
PASSIVE_QUOTED: tuple[str, ...] = ("was quoted", "were quoted")
# A speech verb right after one of these is a passive ("losses were estimated at"): no cue.
PASSIVE_AUXILIARIES: tuple[str, ...] = ("was", "were", "is", "are", "be", "been", "being")
# An auxiliary alone before a verb is no subject ("Japan, one of Myanmar's largest donors,
# has pledged ..."): the subject stands before the apposition.
AUXILIARIES: tuple[str, ...] = (
    "has", "have", "had", "will", "would", "was", "were", "is", "are", "can", "could",
)  # fmt: skip

# A title standing for a person named before ("Sang bupati", "juru bicara itu", "the
# spokeswoman"): the words that may come before and after the title.
TITLE_ANAPHOR_BEFORE: tuple[str, ...] = ("the", "this", "that")
TITLE_ANAPHOR_AFTER: tuple[str, ...] = ()
# A speech verb whose object is one of these says nothing of its own ("She made the
# remarks at a briefing"): the two words that open the object.
STATEMENT_OBJECTS: tuple[str, ...] = ("the remarks", "the statement", "the comments")
# Objects that say nothing of their own when an adjunct follows them ("announced the
# decision at the palace", not "said the decision was final").
OBJECTS_BEFORE_ADJUNCT: tuple[str, ...] = (
    "the decision", "the policy", "the plan", "the measures", "the results",
)  # fmt: skip

# A title or body with nothing before it to point back to may point ahead, to the one
# named just after ("a national police spokesperson said Thursday. Brig. Gen. Yusri
# Pranoto, the spokesperson, told ..."): the words that may open such a phrase.
# Before a speech verb, these put the speaking ahead: "Menurut KCNA, Kim akan memaparkan
# ...", "According to KCNA, Kim will present ...": no report of the subject's yet.
FUTURE_MARKERS: tuple[str, ...] = (
    "will", "is to", "are to", "plans to", "is expected to", "is scheduled to",
)  # fmt: skip
# Words of rank in a role that a title without them does not hold ("Deputy Foreign
# Minister" is not "the foreign minister").
RANK_WORDS: tuple[str, ...] = ("vice", "assistant", "former", "associate", "junior")
TITLE_CATAPHOR_BEFORE: tuple[str, ...] = ("a", "an", "the", "its", "their")
# A role that holds the title of the person it is set against ("his South Korean
# counterpart Yoo Sang-hoon" after "Japanese Foreign Minister Kenji Morimoto"): "the South
# Korean minister" may stand for Yoo.
COUNTERPART_WORDS: tuple[str, ...] = ("counterpart",)
# "the same ministry" points back like "the ministry"
SAME_MARKERS: tuple[str, ...] = ("same",)

# "..., the minister said, as Tokyo deepens ties": after "said," these open a clause of
# the writer's, not what was said.
CLAUSE_AFTER_VERB: tuple[str, ...] = (
    "as", "while", "amid", "adding", "after", "when", "before", "citing", "according",
    "without", "describing", "saying", "noting", "calling", "in",
)  # fmt: skip

# Inside reported words, a comma and one of these open the writer's clause ("Tokyo hoped
# to hold it every year, describing ties as ..."); "when", "as", "while" may be said.
WRITERS_CLAUSE_IN_CONTENT: tuple[str, ...] = (
    "amid", "adding", "describing", "citing", "according", "noting", "calling", "saying",
    "without",
)  # fmt: skip

# "<what was said>, the JCS said, less than a week after ...": in English a comma after a
# verb that closes reported words opens the writer's clause, whatever word follows.
WRITERS_COMMA_AFTER_FINAL_VERB = True

# Adjuncts that may stand in commas between a subject and its speech verb: "Kim, in a
# speech on Friday, said".
GAP_PREPOSITIONS: tuple[str, ...] = ("in", "at", "during", "after", "speaking", "on")

# An unnamed speaker as the whole subject of a speech verb opens with one of these.
UNNAMED_SUBJECTS: tuple[str, ...] = (
    "a",
    "an",
    "one",
    "two",
    "several",
    "another",
    "some",
    "officials",
    "experts",
    "analysts",
    "scientists",
    "researchers",
    "economists",
    "residents",
    "witnesses",
)

# Honorifics before a surname ("Ms Goh", "Dr Lim"): the surname stands for the person.
HONORIFICS: tuple[str, ...] = ("Mr", "Ms", "Mrs", "Madam", "Dr", "Prof")

# An apposition after a name opens with one of these ("X, an economist at ..., said").
APPOSITION_OPENERS: tuple[str, ...] = ("a", "an", "the")

# Before a name, these make it the listener, not the speaker ("kepada Antara", "to Reuters").
ADDRESSEE_WORDS: tuple[str, ...] = ("to",)

# Join a second reported clause: "said A and that B" gives two quotes.
CLAUSE_JOINERS: tuple[str, ...] = ("and", "but")
# A participle that reports a further clause of the same speaker: "..., adding that B",
# "..., telling reporters at Parliament that B".
PARTICIPLE_CUES: tuple[str, ...] = (
    "adding", "saying", "noting", "warning", "stressing", "insisting", "explaining",
    "arguing", "telling", "claiming", "acknowledging", "conceding",
)  # fmt: skip
# Participles that report a clause with no "that" after them: "..., saying more than 600
# aftershocks had been recorded".
BARE_PARTICIPLE_CUES: tuple[str, ...] = ("saying",)
# A word after a quote that opens no subject: '... "a provocation" and warned that ...'.
CONJUNCTIONS: tuple[str, ...] = ("and", "but", "or")

# After a sentence-final speech verb, a short stretch opening with one of these is an
# adjunct, not what was said ("..., the ministry said in a press release.").
FINAL_ADJUNCTS: tuple[str, ...] = (
    "in", "on", "at", "during", "without", "via", "through", "after", "late", "early",
)  # fmt: skip

# A title any official holds: "the official said" stands for the last speaker given a
# role, when no role in the article names that title.
# Words that open a free relative clause: "against what he called ..." is no subject.
FREE_RELATIVES: tuple[str, ...] = ("what", "whatever", "which")  # "which it called"
GENERIC_TITLES: tuple[str, ...] = ("official", "executive")
# An unnamed source after "according to" is one of these, not a document.
UNNAMED_PEOPLE: tuple[str, ...] = (
    "official", "officials", "source", "sources", "diplomat", "diplomats", "people",
    "person", "expert", "experts", "analyst", "analysts", "resident", "residents",
    "witness", "witnesses", "scientists", "researchers", "economists", "traders",
    "doctors", "nurses", "villagers", "rescuers", "officers", "police", "teachers",
    "parents", "farmers", "fishermen", "activists", "lawmakers", "groups", "workers",
    "worker", "staff", "employee", "employees", "member", "members", "passenger",
    "passengers", "trader", "driver", "drivers", "villager", "farmer", "fisherman",
    # or a report of the media: "according to a report by the Tuoi Tre newspaper"
    "report", "newspaper", "broadcaster", "media",
)  # fmt: skip
# Words set off in commas between a subject and its verb: "The minister, however, said".
ASIDE_ADVERBS: tuple[str, ...] = (
    "however", "meanwhile", "though", "too", "in turn", "for his part", "for her part",
    "for its part", "for their part",
)  # fmt: skip
# An article before a speech verb makes it an adjective: "an estimated 300 people".
ARTICLES: tuple[str, ...] = ("a", "an", "the")
# Roles of people who hold no office: "the official" never stands for them.
LAY_ROLES: tuple[str, ...] = (
    "resident", "residents", "farmer", "villager", "survivor", "victim", "refugee",
    "trader", "vendor", "fisherman", "driver", "student", "worker", "witness", "relative",
    "passenger", "volunteer", "mother", "father", "neighbor", "neighbour",
)  # fmt: skip

# "The statement said ...": a statement named before stands for the last speaker.
STATEMENT_ANAPHORS: tuple[str, ...] = (
    "the statement", "the letter", "the message", "the report", "the study",
)  # fmt: skip

# A verb after a pronoun that goes on with what its subject said before ("Dia
# menambahkan", "He added"): the pronoun skips a last subject who has not spoken.
CONTINUATION_VERBS: tuple[str, ...] = ("added",)

# A lone capitalised word after one of these ends a speaker phrase as a body's name that no
# table knows ("blockchain analysis firm ChainWatch", "a report by Chainalysis").
NAME_INTRODUCERS: tuple[str, ...] = (
    "firm", "company", "consultancy", "startup", "platform", "watchdog", "tracker",
    "report by", "study by", "analysis by", "survey by", "estimates by", "data from",
    "figures from", "statement by", "statement from",
)  # fmt: skip

# A body named by its place and a common noun ("the Southern Leyte provincial
# government") speaks under that name.
BODY_NOUNS: tuple[str, ...] = (
    "government", "police", "military", "ministry", "agency", "office", "army", "navy",
    "council", "administration", "authorities", "guard",
)  # fmt: skip

# A person described, not named ("Pria kelahiran Bandung itu", "the woman"), stands for
# the last subject when the phrase opens with one of these.
PERSON_NOUNS: tuple[str, ...] = (
    "man", "woman", "mother", "father", "teenager", "girl", "boy", "grandmother",
    "grandfather", "veteran", "former", "widow", "widower", "tapper", "retiree", "pensioner",
)  # fmt: skip

# "she" skips back over a subject whose role says "man", "he" over a "woman" (Indonesian
# pronouns carry no gender).
PRONOUN_GENDERS: dict[str, str] = {"he": "m", "she": "f"}

# A participle clause that opens a sentence before its subject: the names in it are no
# subject a pronoun after it stands for ("Asked whether ... Kim Jong Un, she said").
# A word that opens a sentence about a person named right after it ("For Dewi Rahmawati,
# 38, ..., the closures mean lost income"): the person a pronoun after it stands for.
TOPIC_OPENERS: tuple[str, ...] = ("For",)

FRONTED_PARTICIPLES: tuple[str, ...] = (
    "Asked", "Pressed", "Questioned", "Responding", "Commenting", "Reacting", "Referring",
)  # fmt: skip
# Pronouns after a person in a sentence they open as a subject tell their gender when the
# roles do not ("Somchai Tangsiri told AFP that his clients ...").
# (not "him": an object in the subject's own sentence is someone else, "Trade Minister
# Lestari Hanum, who appeared alongside him, said")
GENDERED_PRONOUNS: dict[str, str] = {
    "he": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
}  # fmt: skip
# A role's words after a possessive describe someone else ("a driver who lives with his
# wife" is no woman).
POSSESSIVES: tuple[str, ...] = ("his", "her", "their", "its")
GENDERED_ROLES: dict[str, tuple[str, ...]] = {
    "f": (
        "woman", "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "Ms", "Mrs",
        "Madam", "mother", "wife", "sister", "daughter", "grandmother", "queen", "princess",
        "actress", "policewoman",
    ),
    "m": (
        "man", "spokesman", "chairman", "businessman", "congressman", "Mr", "father",
        "husband", "brother", "son", "grandfather", "king", "prince", "actor", "policeman",
    ),
}  # fmt: skip

# Between a speaker and the verb, where the speaker belongs: "Shin Dong-hoon of the
# intelligence committee told", "Budi dari Universitas Indonesia mengatakan".
BELONGS_PREPOSITIONS: tuple[str, ...] = (
    "of",
    "from",
)

# A copula inside what opens like an adverbial phrase makes it a clause whose subject
# comes after it ("Among the traders who lost everything was Nur Aisyah, 45, ...").
COPULAS: tuple[str, ...] = ("was", "were", "is", "are")

# Verbs that frame a partial quote without reporting a clause ('dismissed the criticism
# as "hysteric"', 'menuding Seoul "mengemis"'): cues for partial quotes only.
FRAMING_VERBS: tuple[str, ...] = (
    "dismissed", "slammed", "criticised", "criticized", "blasted", "branded", "labelled",
    "labeled", "accused", "hailed", "praised", "condemned", "dubbed", "highlighted",
    "stressed", "underlined", "underscored", "decried", "denounced", "lauded", "expressed",
    "voiced", "called for", "vowed", "ordered", "instructed",
)  # fmt: skip
# The same framing after a comma, for the subject of the clause ('North Korea has denied
# the charges, dismissing them as a "smear campaign"').
FRAMING_PARTICIPLES: tuple[str, ...] = (
    "dismissing", "branding", "labelling", "labeling", "denouncing", "describing",
)  # fmt: skip

# A speech verb after one of these reports nothing ("He declined to say whether Japan would
# pay", "did not say when").
REFUSALS: tuple[str, ...] = (
    "declined to", "refused to", "did not", "didn't", "would not", "wouldn't", "could not",
    "couldn't", "will not", "won't", "does not", "doesn't", "cannot",
    # "North Korea's state media had not reported on the launch as of Wednesday"
    "had not", "has not", "have not", "hadn't", "hasn't", "haven't", "had yet to",
    "has yet to", "have yet to", "never",
)  # fmt: skip

# A participle in commas between a subject and its verb is an aside ("Laode himself,
# wearing a white shirt, told reporters"): the word ends in this.
ASIDE_PARTICIPLE_SUFFIX = "ing"

# Pronouns that stand for the last body that spoke ("The monitoring team said ... It said
# ..."), never for a person.
BODY_PRONOUNS: tuple[str, ...] = ("it",)
# "Its foreign ministry": a body of the country last named as a subject
POSSESSIVE_BODY_PRONOUNS: tuple[str, ...] = ("its",)

# A report that cites its source inside a cue's phrase: "according to a report by Kyodo
# News that cited Nagano prefectural police" (the police said it; Kyodo relays).
CITING_RELATIVES: tuple[str, ...] = ("that cited", "which cited", "citing", "quoting")

# A person of a body who speaks for it unnamed ("seorang pejabat Kementerian Pertahanan",
# "an official at the ministry"): the body is no link of the chain.
UNNAMED_MEMBERS: tuple[str, ...] = (
    "official",
    "officials",
    "source",
    "sources",
    "staffer",
    "employee",
)

# A body described by what it does, for the words its name holds ("the spy agency said"
# after the National Intelligence Service was named).
DESCRIBED_BODIES: dict[str, tuple[str, ...]] = {
    "spy agency": ("intelligence", "service"),
    "intelligence agency": ("intelligence",),
    "central bank": ("bank",),
    # Seoul's "military" speaks through the Joint Chiefs of Staff
    "military": ("joint", "chiefs"),
}
# A country's body described by what it does, when the article names it nowhere ("South
# Korea's spy agency told lawmakers ..."): the description, then each country's body.
COUNTRY_BODIES: dict[str, dict[str, str]] = {
    "spy agency": {"South Korea": "National Intelligence Service"},
    "intelligence agency": {"South Korea": "National Intelligence Service"},
}
# A description that stands for a title ("the top government spokesman said" in a Tokyo
# lede, then "Chief Cabinet Secretary Masato Kiuchi"): the description and the title.
DESCRIBED_TITLES: dict[str, str] = {
    "top government spokesman": "chief cabinet secretary",
    "government's top spokesman": "chief cabinet secretary",
    "top government spokeswoman": "chief cabinet secretary",
    "government's top spokeswoman": "chief cabinet secretary",
}

# A body named by its kind ("the company said" after "Indonesia Battery Corp."): the
# kind, and the words one of which the body's name holds (its legal form or its tail);
# none for a word that stands for any body.
COMPANY_NAME_WORDS: tuple[str, ...] = (
    "corp", "corporation", "company", "co", "inc", "ltd", "plc", "tbk", "bhd", "llc",
    "holdings", "group", "industries", "enterprises", "pt",
)  # fmt: skip
BODY_KINDS: dict[str, tuple[str, ...]] = {
    "company": COMPANY_NAME_WORDS,
    "firm": COMPANY_NAME_WORDS,
    "airline": ("air", "airlines", "airways", "airline", "aviation"),
    "carrier": ("air", "airlines", "airways", "airline", "aviation"),
    # a word for any body: the last body that spoke
    "institution": (),
    "organisation": (),
    "organization": (),
}

# A short time adjunct between a subject and its verb ("KCNA last month dismissed ..."):
# when it was said, not who said it.
TIME_ADJUNCTS: tuple[str, ...] = (
    "last week", "last month", "last year", "this week", "this month", "earlier this week",
    "earlier this month", "earlier this year", "yesterday", "today",
)  # fmt: skip

# The finite auxiliary of a passive cue right after its subject ("Datuk Aminuddin Hashim,
# was quoted by Sinar Harian as saying"): the subject before it speaks. (Finite forms
# only, unlike PASSIVE_AUXILIARIES, which also marks "be"/"being" inside a verb phrase.)
PASSIVE_SUBJECT_AUXILIARIES: tuple[str, ...] = ("was", "were", "is", "has been", "had been")
# The word before the agent of a passive cue: "as reported by Kyodo", "was quoted by X".
PASSIVE_AGENT_WORDS: tuple[str, ...] = ("by",)
