"""English number words, scales, vague amounts, qualifiers and counted-thing units.

Canonical units and qualifiers are the Indonesian ones, so "1,500 troops" and
"1.500 tentara" compare equal.
"""

WORDS: dict[str, tuple[str, float]] = {
    "zero": ("add", 0), "one": ("add", 1), "two": ("add", 2), "three": ("add", 3),
    "four": ("add", 4), "five": ("add", 5), "six": ("add", 6), "seven": ("add", 7),
    "eight": ("add", 8), "nine": ("add", 9), "ten": ("add", 10), "eleven": ("add", 11),
    "twelve": ("add", 12), "thirteen": ("add", 13), "fourteen": ("add", 14),
    "fifteen": ("add", 15), "sixteen": ("add", 16), "seventeen": ("add", 17),
    "eighteen": ("add", 18), "nineteen": ("add", 19), "twenty": ("add", 20),
    "thirty": ("add", 30), "forty": ("add", 40), "fifty": ("add", 50), "sixty": ("add", 60),
    "seventy": ("add", 70), "eighty": ("add", 80), "ninety": ("add", 90),
    "dozen": ("mul", 12), "hundred": ("mul", 100), "thousand": ("scale", 1e3),
    "million": ("scale", 1e6), "billion": ("scale", 1e9), "trillion": ("scale", 1e12),
}  # fmt: skip

CONTINUATION_ONLY: tuple[str, ...] = ("hundred", "thousand", "million", "billion",
                                      "trillion", "dozen")  # fmt: skip

SCALES: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9,
    "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
SCALES_CASED: dict[str, float] = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}

DECIMAL_MARK = "."
GROUP_MARK = ","

ORDINAL_PREFIX = ""
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "seventy-fifth": 75, "hundredth": 100,
}  # fmt: skip
COLLECTIVE_HEADS: tuple[str, ...] = ()

# "dozens" is at least two dozen; above twelve dozen writers say "hundreds".
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 144), "scores": (40, 200), "hundreds": (100, 999),
    "thousands": (1e3, 9999), "tens of thousands": (1e4, 99_999),
    "hundreds of thousands": (1e5, 999_999), "millions": (1e6, 9_999_999),
    "tens of millions": (1e7, 99_999_999), "billions": (1e9, 1e10 - 1),
}  # fmt: skip

QUALIFIERS: dict[str, str] = {
    "at least": "setidaknya", "no fewer than": "setidaknya", "a minimum of": "setidaknya",
    "more than": "lebih dari", "over": "lebih dari", "above": "lebih dari",
    "upwards of": "lebih dari", "about": "sekitar", "around": "sekitar",
    "approximately": "sekitar", "roughly": "sekitar", "some": "sekitar",
    "an estimated": "sekitar", "estimated": "sekitar", "nearly": "hampir",
    "almost": "hampir", "close to": "hampir", "less than": "kurang dari",
    "fewer than": "kurang dari", "under": "kurang dari", "up to": "hingga",
    "as many as": "hingga", "as much as": "hingga", "below": "kurang dari",
    "as high as": "hingga", "topped": "lebih dari", "exceeded": "lebih dari",
    "surpassed": "lebih dari", "no more than": "hingga", "not more than": "hingga",
    "no less than": "setidaknya", "not less than": "setidaknya", "at most": "hingga",
    "a maximum of": "hingga",
}  # fmt: skip

RANGE_JOINERS: tuple[str, ...] = ("-", "–", "to")
# "between 19 and 61": a range written around its two ends.
RANGE_AROUND: tuple[tuple[str, str], ...] = (("between", "and"), ("from", "to"))

CURRENCY_PREFIXES: dict[str, str] = {
    "us$": "dolar AS", "usd": "dolar AS", "$": "dolar AS", "rp": "rupiah", "rp.": "rupiah",
    "idr": "rupiah", "€": "euro", "£": "pound", "¥": "yen", "rmb": "yuan",
    "s$": "dolar Singapura", "sgd": "dolar Singapura", "rm": "ringgit", "myr": "ringgit",
    "₱": "peso", "hk$": "dolar Hong Kong", "a$": "dolar Australia", "nt$": "dolar Taiwan",
    "₩": "won", "krw": "won", "฿": "baht",
    "thb": "baht", "₫": "dong", "vnd": "dong", "jpy": "yen", "cny": "yuan",
}  # fmt: skip
CURRENCY_WORDS: dict[str, str] = {
    "dollars": "dolar AS", "us dollars": "dolar AS", "dollar": "dolar AS", "rupiah": "rupiah",
    "yuan": "yuan", "renminbi": "yuan", "won": "won", "euros": "euro", "euro": "euro",
    "yen": "yen", "roubles": "rubel", "rubles": "rubel", "ringgit": "ringgit",
    "pounds": "pound", "pesos": "peso", "peso": "peso", "baht": "baht",
}  # fmt: skip

PERCENT_WORDS: tuple[str, ...] = ("percent", "per cent", "%", "pct")
# After a percent word these make a difference of percentages ("0.5 percent points").
PERCENT_POINT_WORDS: tuple[str, ...] = ("points", "point")

TIME_UNITS: dict[str, str] = {
    "year": "tahun", "years": "tahun", "month": "bulan", "months": "bulan", "week": "pekan",
    "weeks": "pekan", "day": "hari", "days": "hari", "hour": "jam", "hours": "jam",
    "minute": "menit", "minutes": "menit", "second": "detik", "seconds": "detik",
    "century": "abad", "centuries": "abad", "decade": "dekade", "decades": "dekade",
}  # fmt: skip

AGE_CUES: tuple[str, ...] = ("aged", "age", "ages")
# How an age is set next to a name: "Kim Jong Un, 40, said".
AGE_APPOSITION = "comma"
UNITS_BEFORE: dict[str, str] = {"magnitude": "magnitudo"}

UNITS: dict[str, str] = {
    # short measures written after the number: "2,000 cc", "29.1 million kl"
    "cc": "cc", "kl": "kl", "kiloliters": "kl", "kilolitres": "kl",
    "soldiers": "tentara", "troops": "tentara", "servicemen": "tentara", "soldier": "tentara",
    "military personnel": "tentara", "personnel": "tentara", "forces": "tentara",
    "dead": "korban jiwa", "deaths": "korban jiwa", "fatalities": "korban jiwa",
    "people killed": "korban jiwa", "people dead": "korban jiwa", "people died": "korban jiwa",
    "killed": "korban jiwa", "lives": "korban jiwa", "bodies": "korban jiwa",
    "people missing": "korban hilang",
    "injured": "korban luka", "wounded": "korban luka", "people injured": "korban luka",
    "people wounded": "korban luka", "casualties": "korban", "victims": "korban",
    "people": "orang", "persons": "orang", "residents": "orang", "person": "orang",
    "refugees": "pengungsi", "displaced": "pengungsi", "houses": "rumah", "homes": "rumah",
    "buildings": "bangunan", "countries": "negara", "nations": "negara",
    "missiles": "rudal", "missile": "rudal", "aircraft": "pesawat", "planes": "pesawat",
    "ships": "kapal", "vessels": "kapal", "kilometres": "km", "kilometers": "km", "km": "km",
    "metres": "meter", "meters": "meter", "tonnes": "ton", "tons": "ton", "kg": "kg",
    "kilograms": "kg", "hectares": "hektare",
    # singular units, written so after a hyphen: "a 9.7-kilometer tunnel", "3-kilogram"
    "kilometer": "km", "kilometre": "km", "kilogram": "kg", "meter": "meter", "metre": "meter",
    "tonne": "ton", "ton": "ton", "hectare": "hektare", "anniversary": "ulang tahun",
    "ministers": "menteri", "diplomats": "diplomat", "delegations": "delegasi",
    "summit": "KTT", "summits": "KTT", "plenum": "pleno", "plenary": "pleno", "times": "kali",
    "time": "kali",
    "meeting": "pertemuan", "test": "uji coba", "tests": "uji coba",
    "central committee": "komite sentral",
    "meetings": "pertemuan", "visit": "kunjungan", "visits": "kunjungan", "round": "putaran",
    "rounds": "putaran", "term": "periode", "session": "sidang", "congress": "kongres",
}  # fmt: skip

# Joins modifiers before the counted thing ("300 Korean and Japanese manufacturers",
# "hundreds of wooden and brick homes"), while no head has come yet.
MODIFIER_JOINERS: tuple[str, ...] = ("and",)

# Words between a number and its counted thing that are skipped ("two more bodies").
SKIP_WORDS: tuple[str, ...] = ("more", "other", "additional", "further", "new", "extra")
VERB_PREFIXES: tuple[str, ...] = ()
HEAD_VERB_PREFIXES: tuple[str, ...] = ()
NOUNS_WITH_VERB_PREFIX: tuple[str, ...] = ()
STOPWORDS: tuple[str, ...] = (
    "and", "or", "in", "to", "from", "of", "that", "which", "for", "on", "with", "by", "the",
    "a", "an", "is", "are", "was", "were", "will", "have", "has", "had", "as", "at", "than",
    "less", "per", "between", "last", "next", "this", "these", "those", "since", "until",
    "not", "ago", "later", "earlier", "others", "who", "whose", "whom", "across", "along",
    "near", "into", "onto", "toward", "towards", "against", "within", "without",
    # a clause goes on after the noun: "in the third quarter if output fell short"
    "if", "when", "while", "because", "but", "would", "could", "should", "can", "may",
    "might", "must", "after", "before",
)  # fmt: skip
# Plurals without an -s ("fishermen", "people") and singulars ending in one ("basis",
# "status"): what counts as the plural head of an English noun phrase.
PLURAL_ENDINGS: tuple[str, ...] = ("men", "people", "children", "police", "s")
NOT_PLURAL_ENDINGS: tuple[str, ...] = ("is", "ss", "us")

NOT_AMOUNTS: tuple[str, ...] = (
    "one another", "one of", "no one", "anyone", "someone", "every one", "one-on-one",
    "one by one", "the one", "this one", "that one", "one day",
)  # fmt: skip

IDENTIFIER_CUES: tuple[str, ...] = (
    "article", "resolution", "number", "no", "no.", "flight", "route", "section", "model",
    "version", "type", "chapter", "paragraph", "room", "gate", "platform",
)  # fmt: skip

TIME_OF_DAY_CUES: tuple[str, ...] = ("at",)
TIME_ZONES: tuple[str, ...] = ("a.m.", "p.m.", "am", "pm", "gmt", "utc", "local time")

# After "<number>-" these make a fraction or a fixed phrase, not a count of things:
# "two-thirds", "one-off", "one-way".
NOT_HYPHEN_UNITS: tuple[str, ...] = (
    "third", "thirds", "quarter", "quarters", "half", "halves", "fifth", "fifths", "tenth",
    "tenths", "off", "way", "time", "on", "fold",
)  # fmt: skip

# Superlatives an ordinal may be joined to ("the second-largest exporter", "the
# third-biggest market"): the ordinal is a number, what follows what it counts.
SUPERLATIVES: tuple[str, ...] = (
    "largest", "biggest", "highest", "lowest", "smallest", "busiest", "richest", "poorest",
    "longest", "most", "least", "fastest", "strongest", "deadliest", "worst", "best",
    "most-populous", "most-populated",
)  # fmt: skip
