"""English relay and report cues that build attribution chains."""

LANSIR: tuple[str, ...] = ("as reported by",)

# "as quoted by Reuters", "reported by Reuters": relay.
QUOTED_BY: tuple[str, ...] = (
    "as quoted by", "quoted by", "as cited by", "cited by", "quoted as saying by",
)  # fmt: skip

# "citing KCNA", "according to Xinhua": origin.
CITING: tuple[str, ...] = ("citing", "according to", "quoting")

VIA: tuple[str, ...] = ("via",)

# "an official told Reuters", "said in an interview with Yonhap": the news agency that
# heard the words is the report's origin. Only known agencies count ("told reporters",
# "told Kim" are not reports).
TOLD_AGENCY: tuple[str, ...] = (
    "told", "in an interview with", "said to", "speaking to", "spoke to", "speaking with",
)  # fmt: skip

# Words that make the next name a medium even when no table knows it ("told radio
# station DZRH"): the name is then a link like a known agency.
MEDIUM_WORDS: tuple[str, ...] = (
    "radio station", "radio", "broadcaster", "television", "TV", "newspaper", "daily",
    "magazine", "news website", "news agency", "tabloid",
)  # fmt: skip

SOURCE_PREFIXES: tuple[str, ...] = (
    "the state news agency", "state news agency", "the official news agency", "state media",
    "the news agency",
    "news agency", "the", "a report by", "a report from", "reports from", "state-run",
    "the official", "official", "the state-run", "the state", "public broadcaster",
    "the national news agency", "national news agency", "the national",
    "state broadcaster", "the state broadcaster", "broadcaster", "state television",
    "state TV", "radio station", "the newspaper", "newspaper", "the daily", "daily",
)  # fmt: skip

REPORTED_BY: tuple[str, ...] = (
    "reported by", "announced by", "released by", "carried by", "as saying by",
)  # fmt: skip

REPORT_VERBS: tuple[str, ...] = (
    "reported", "said", "added", "wrote", "announced", "stated", "quoted",
)  # fmt: skip

REPORT_NOUNS: tuple[str, ...] = ("report", "statement", "a report by", "dispatch")

SOURCE_CREDIT_LABELS: tuple[str, ...] = ("source",)

# "seperti dikutip Reuters dari KCNA": the word that introduces the relay's own source.
FROM_WORDS: tuple[str, ...] = ("from",)

# Words between an agency and its report verb: "Yonhap news agency reported".
AGENCY_SUFFIXES: tuple[str, ...] = (
    "news agency", "agency", "state media", "magazine", "newspaper", "daily", "broadcaster",
)  # fmt: skip

# "according to the agency": the news agency named last before the cue is the origin.
AGENCY_ANAPHORS: tuple[str, ...] = (
    "the agency", "the news agency", "the state news agency", "the newspaper", "the paper",
    "the daily", "the broadcaster",
)  # fmt: skip
AGENCY_ANAPHOR_CUES: tuple[str, ...] = (
    "citing", "according to", "quoting", "quoted as saying by", "as quoted by", "quoted by",
)  # fmt: skip

# An adverb between an agency and its report verb ("KCNA juga melaporkan").
REPORT_ADVERBS: tuple[str, ...] = ("also", "earlier", "later", "separately")
