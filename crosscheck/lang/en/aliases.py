"""English context words for alias resolution (the alias lists are JSON data files)."""

# "arrived in Pyongyang" (place) vs "Pyongyang rejected" (government of North Korea).
LOCATIVES: tuple[str, ...] = (
    "in", "to", "from", "at", "into", "near", "outside", "around", "visited", "visit",
    "city of", "capital", "left",
)  # fmt: skip

ORG_HEADS: tuple[str, ...] = (
    "Ministry of", "Bank of", "University of", "FC", "Embassy of", "Department of",
    "Office of", "Bureau of", "Institute of", "Institute for", "Centre for", "Center for",
    "Commission on", "Commission for", "Council on", "Committee on",
    "Agency for", "Directorate General of", "General Department of",
    "PT",  # Indonesian companies keep their "PT" in English copy: "PT Vale Indonesia"
)  # fmt: skip
PLACE_HEADS: tuple[str, ...] = ("Lake", "Mount", "Port of", "Gulf of", "Sea of")
ORG_TAILS: tuple[str, ...] = (
    "Ministry", "Agency", "Group", "Exchange", "Council", "Party", "Committee", "Bank",
    "University", "Association", "Organization", "Organisation", "Commission", "Institute",
    "Office", "Fund", "Court", "Corporation", "Company", "Club", "Embassy", "Department",
    "Federation", "Union", "Army", "Navy", "Command", "Forces", "Service", "Staff",
    "Administration", "Authority", "Bureau", "Police", "Guard", "Secretariat", "Directorate",
    "Board", "Center", "Centre", "Foundation", "Coalition", "Alliance", "Society",
    "Force", "Hospital", "Securities", "Confederation", "Watch", "Network", "Initiative",
    "Forum", "Institution", "Consortium", "Trust", "Partnership", "Project", "Movement",
    "Team", "Task Force", "Panel", "Mission", "Industries", "Holdings", "Enterprises",
    "Survey", "Observatory", "Corp", "Inc", "Railway", "Railways", "Airlines", "Airways",
    # Chinese battery and metals makers: "Jiangsu Lianfeng New Energy", "Hengtai New Energy
    # Materials"
    "New Energy", "Materials",
    # a company's legal form closes its name ("Sinar Air Bhd", "Pengurusan Air Selangor Sdn
    # Bhd")
    "Bhd", "Sdn Bhd", "Ltd", "Plc", "LLC", "Tbk", "Co., Ltd.", "Co., Ltd",
)  # fmt: skip
# Newspapers end in one of these: "Bangkok Post", "Manila Times", "Korea Herald".
MEDIA_TAILS: tuple[str, ...] = (
    "Post", "Times", "Herald", "Tribune", "Journal", "Gazette", "Inquirer", "Chronicle",
    # a news agency no table knows ("The state-run Lao News Agency reported")
    "News Agency",
)  # fmt: skip
# Words that open a sentence before a body's or place's name but are no part of it:
# "State-run Vietnam News Agency reported", "In Surigao del Sur province".
NOT_NAME_OPENERS: tuple[str, ...] = (
    "State-run", "State-owned", "Government-run", "Official", "In", "On", "At", "From",
    "By", "With", "After", "During", "Since", "Near", "For",
)  # fmt: skip
# A company's legal form after its name's tail: "China Railway Group Ltd".
COMPANY_SUFFIXES: tuple[str, ...] = (
    "Co., Ltd.",  # "Huanong Seed Technology Co., Ltd.": Chinese companies' legal form
    "Co., Ltd",
    "Ltd",
    "Limited",  # "Laos-China Railway Company Limited"
    "Inc",
    "Corp",
    "Co",
    "Plc",
    "Tbk",
    "Bhd",
    "LLC",
    "Holdings",
)
PLACE_TAILS: tuple[str, ...] = (
    "Province", "Regency", "District", "River", "Island", "Islands", "Strait", "Airport",
    "Village", "Peninsula", "Mountains", "Valley", "Square", "Stadium", "Sea", "Ocean",
    "Reef", "Shoal", "Prefecture", "Gardens", "Bay",
    # lower case after a name: "Karangasem district", "Nan province"
    "district", "regency", "province", "village",
)  # fmt: skip
# The word that closes a listed name: "Meteorology, Climatology and Geophysics Agency".
LIST_JOINERS: tuple[str, ...] = (
    "and",
    "&",
)
NAME_CONNECTORS: tuple[str, ...] = ("of", "and", "&", "for", "the", "de", "del")  # "Davao de Oro"
# Words that join a body's topic to its name when a capitalised topic follows ("Center of
# Reform on Economics", "Commission on Human Rights"); never before a day or month.
TOPIC_CONNECTORS: tuple[str, ...] = ("on",)

# Words that continue a place name after a known place.
PLACE_QUALIFIERS: tuple[str, ...] = ("North", "South", "East", "West", "Central", "City")
# Compass words written before a known place to name a part of it: "East Flores".
PLACE_QUALIFIERS_BEFORE: tuple[str, ...] = ("North", "South", "East", "West", "Central")
# ... and after it: "Quezon City" (compass words after a place are no part of its name).
PLACE_QUALIFIERS_AFTER: tuple[str, ...] = ("City",)

# Words that give a body its acronym right after its name ("the Corruption Eradication
# Commission, known by its Indonesian acronym KPK", "..., yang disingkat KPK").
KNOWN_AS: tuple[str, ...] = ("known as", "known by its", "known by the")

# Companies are often named after a place ("PT Morowali Mas Nickel Industry", "PT Bukit
# Asam"): a place inside a name these open does not end it.
COMPANY_HEADS: tuple[str, ...] = ("PT",)

# Tails of missions named with the city they sit in ("the Chinese Embassy in Manila").
LOCATED_TAILS: tuple[str, ...] = ("Embassy", "Consulate", "Consulate General")

# A body the tables do not know, after its country's possessive, is named with its country
# when its head is one of these ("South Korea's Unification Ministry" -> "Unification
# Ministry of South Korea", as the tables name "South Korea's Foreign Ministry"): two
# countries' defence ministries in one story stay two parties.
OWNED_BODY_HEADS: tuple[str, ...] = ("ministry",)
