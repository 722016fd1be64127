"""English event predicates: surface forms (verbs and event nouns) -> canonical event.

Canonical names are shared with the Indonesian table ("arrived" ~ "tiba" -> "arrive").
"""

EVENTS: dict[str, tuple[str, ...]] = {
    "arrive": ("arrive", "arrives", "arrived", "arriving", "arrival", "landed", "lands"),
    "depart": ("depart", "departs", "departed", "departure", "leaves"),
    "meet": (
        "meet", "meets", "met", "meeting", "meetings", "summit", "talks", "held talks",
        "sat down", "negotiated", "negotiations",
    ),
    "visit": ("visit", "visits", "visited", "visiting", "trip", "tour", "toured"),
    "host": ("host", "hosts", "hosted", "hosting", "welcomed", "greeted"),
    "report": ("report", "reports", "reported", "reporting", "showed", "shows", "show"),
    "cite": ("cited", "citing", "quoted", "quoting"),
    "say": (
        "say", "says", "said", "saying", "told", "tells", "stated", "statement", "added",
        "stressed", "noted", "pledged", "vowed", "message", "speech", "remarks",
        "press conference", "news conference", "briefing", "interview",
    ),
    "announce": ("announce", "announces", "announced", "announcement", "released",
                 "published"),
    "celebrate": (
        "celebrate", "celebrates", "celebrated", "celebrating", "celebration", "marked",
        "marks", "commemorated", "commemoration", "anniversary",
    ),
    "sign": ("sign", "signs", "signed", "signing"),
    "agree": ("agree", "agreed", "agrees", "agreement"),
    "discuss": ("discuss", "discussed", "discusses", "discussion", "discussions"),
    "session": ("plenum", "plenary", "session", "congress", "conference"),
    "hold": ("hold", "holds", "held", "took place", "staged"),
    "launch": ("launch", "launched", "launches", "fired", "test-fired", "tested"),
    "attack": ("attack", "attacked", "attacks", "strike", "struck", "bombed", "shelled"),
    "die": ("die", "died", "dies", "dead", "killed", "death", "deaths"),
    "kill": ("murdered", "murder"),
    "injure": ("injured", "wounded", "injuring", "wounding"),
    "evacuate": ("evacuated", "evacuation", "fled", "displaced"),
    "hit": ("hit", "jolted", "battered", "inundated", "flooded", "swept"),
    "inspect": ("inspect", "inspected", "oversaw", "supervised"),
    "invite": ("invite", "invited", "invitation"),
    "send": ("send", "sent", "deployed", "dispatched", "deployment"),
    "attend": ("attend", "attended", "attends"),
    "elect": ("elected", "election", "sworn in", "inaugurated", "inauguration"),
    "born": ("born", "birth"),
    "find": ("found", "discovered", "recovered"),
    "protest": ("protest", "protested", "protests", "rallied", "rally", "demonstrated",
                "demonstration", "marched"),
    "start": ("began", "begins", "started", "opened", "opening", "founded",
              "introduced", "rolled out"),
    "end": ("ended", "ends", "closed", "concluded"),
}  # fmt: skip

CLAUSE_OPENERS: tuple[str, ...] = (
    "after", "before", "when", "while", "whereas", "because", "that", "but", "however",
    "although", "though", "if", "unless",
)  # fmt: skip

CONTENT_OPENERS: tuple[str, ...] = ("that",)

# English event nouns are not told from verbs by form here (empty tables).
NOUN_SUFFIXES: tuple[str, ...] = ()
VERB_PREFIXES: tuple[str, ...] = ()

ATTRIBUTION_TAIL_WORDS: tuple[str, ...] = (
    "on", "in", "at", "to", "during", "according", "citing", "late", "early",
)  # fmt: skip

REPORTING_EVENTS: tuple[str, ...] = ("say", "report", "cite", "announce")
