"""English titles and roles that introduce a person ("Chinese Foreign Minister Wang Yi")."""

# Malaysian and Bruneian honorifics, written before a name and after a title ("Home
# Minister Datuk Seri Kamarul Ariffin Yusof").
HONORIFICS: tuple[str, ...] = (
    "Tan Sri", "Puan Sri", "Datuk Seri", "Dato' Sri", "Dato Sri", "Datuk", "Dato'", "Dato",
    "Datin Paduka", "Datin", "Toh Puan", "Pehin",
)  # fmt: skip

TITLES: tuple[str, ...] = (
    "Vice Foreign Minister", "Deputy Foreign Minister", "Foreign Minister",
    "Vice President", "President", "Prime Minister", "Deputy Prime Minister",
    "supreme leader", "leader", "spokesman", "spokeswoman", "spokesperson",
    "Ambassador", "Defence Minister", "Defense Minister", "Unification Minister",
    "Minister", "Comrade", "top diplomat", "diplomat", "Secretary-General", "Secretary General",
    "Secretary of State", "Chairman", "Premier", "Chancellor", "King", "General",
    "official", "envoy", "First Lady", "Vice Commerce Minister", "Commerce Minister",
    "Governor", "Mayor", "coach", "head coach", "midfielder", "striker", "analyst",
    "economist", "urban planner", "planner", "researcher", "professor", "chief executive",
    "CEO", "farmer", "executive", "abbot", "priest", "pastor", "imam", "retiree",
    "pensioner", "hydrologist", "climatologist", "virologist", "homemaker", "housewife",
    "shopkeeper", "engineer", "manager", "general manager", "operations manager",
    "research fellow", "senior fellow", "fellow",
    "resident", "veteran", "director", "lawmaker", "legislator", "senator", "Colonel",
    "Lieutenant Colonel", "Major General", "Major-General", "Lieutenant-General",
    "Brigadier-General", "Lieutenant-Colonel",
    "Lieutenant General", "Brigadier General", "Admiral", "Captain", "Sergeant", "Major",
    "Deputy Minister", "Vice Minister", "deputy spokesperson", "deputy spokesman",
    # China Daily and Xinhua hyphenate: "Chinese Vice-Minister of Transport Li Yanhong"
    "Vice-Minister", "Vice-Premier", "Vice-President", "Vice-Chairman", "Vice-Governor",
    # heads of Malaysian states ("Kelantan Menteri Besar Datuk Wan Zulkifli Wan Mahmood")
    "Menteri Besar", "Chief Minister",
    "deputy spokeswoman", "chairwoman", "chairperson", "police chief", "commissioner",
    "Police Commissioner", "Senior Commissioner", "regent", "village head", "district head",
    "Trade Minister", "Fisheries Minister", "Investment Minister", "Interior Minister",
    "Finance Minister", "survivor", "victim", "refugee", "worker", "trader", "exporter",
    "fisherman", "vendor", "teacher", "student", "driver", "activist", "neighbor", "neighbour",
    "villager", "passenger",
    "Foreign Secretary", "Secretary", "President Director", "judge", "prosecutor",
    "lawyer", "doctor", "nurse", "Presiding Justice", "Associate Justice", "Chief Justice",
    "presiding judge", "magistrate", "Justice", "Judge", "Public Prosecutor",
    "Deputy Public Prosecutor", "Deputy Prosecutor", "Senior Prosecutor", "Associate Professor",
    # a Singapore or Malaysian deputy public prosecutor ("DPP Ong said")
    "DPP",
    "Assistant Professor", "Professor", "Prof", "forecaster", "seismologist",
    "volcanologist", "meteorologist", "geologist", "epidemiologist", "scientist",
    "harbor master",
    "harbour master", "harbormaster", "harbourmaster", "chair", "deputy chair", "vice chair",
    "counselor", "counsellor", "consul", "consul general", "consul-general", "attache",
    "minister-counselor", "minister counselor", "minister-counsellor",
    # heads of faculties and universities ("Tang Yuhua, dean of the School of ASEAN Studies")
    "dean", "rector", "vice-rector", "provost", "lecturer", "senior lecturer",
    # deputies, also hyphenated as British and Asian outlets write them
    "vice chairman", "vice-chairman", "vice chairwoman", "vice-chairwoman", "vice-chair",
    "vice-president", "vice-minister", "vice governor", "vice-governor", "vice premier",
    "vice-premier", "vice mayor", "vice-mayor", "vice chancellor", "vice-chancellor",
    # abbreviated ranks before a name (AP style)
    "Brig. Gen.", "Maj. Gen.", "Lt. Gen.", "Gen.", "Col.", "Lt. Col.", "Lt.", "Capt.", "Maj.",
    "Rear Adm.", "Vice Adm.", "Sgt.", "Adm.", "Gov.", "Sen.", "Rep.", "Dr.", "Prof.", "Mr",
    "Lt. Cmdr.", "Cmdr.", "Cdr.", "Supt.", "Insp.", "Cpl.",
    "Ms", "Mrs", "Madam", "Dr",
    "Minister of State", "Senior Minister of State", "Vice Finance Minister", "Commodore",
    "Commander", "Rear Admiral", "Vice Admiral", "Superintendent", "Chief Superintendent",
    "Assistant Governor", "Deputy Governor", "chief", "officer", "head", "counterpart",
    "director-general", "director general", "volunteer", "rescuer", "councilor",
    "councillor", "Consul", "Consul General", "Undersecretary", "Under Secretary", "Administrator",
    "Assistant Secretary",
    # Malaysian and Bruneian honorifics before a name ("Datuk Seri Kamarul Ariffin Yusof")
    *HONORIFICS,
)  # fmt: skip

# Portfolios written before the title of the one who holds them ("Transport Minister Agus
# Prasetyo", "Trade Secretary Cristina Dela Paz", "Environment Secretary Rafael Mendoza").
TITLED_PORTFOLIOS: tuple[str, ...] = (
    "Transport", "Energy", "Health", "Economy", "Education", "Agriculture", "Industry",
    "Labour", "Labor", "Justice", "Tourism", "Environment", "Security", "Culture",
    "Development", "Planning", "Mining", "Coordinating", "Maritime Affairs", "Home Affairs",
    "Social Affairs", "Religious Affairs", "Trade", "Fisheries", "Investment", "Interior",
    "Finance", "Defence", "Defense", "Foreign", "Commerce", "Budget", "Public Works",
    "Information", "Communications", "Science", "Welfare", "Natural Resources", "Home",
)  # fmt: skip
TITLES += tuple(
    f"{portfolio} {head}"
    for portfolio in TITLED_PORTFOLIOS
    for head in ("Minister", "Secretary")
    if f"{portfolio} {head}" not in TITLES
)

# Words of titles that name the same office ("the spokeswoman" said after "a spokesperson
# for the agency").
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("spokesperson", "spokeswoman", "spokesman"),
    ("chairperson", "chairwoman", "chairman", "chair"),
)

EXPANSIONS: dict[str, str] = {
    "fm": "Foreign Minister",
    "pm": "Prime Minister",
    # AP-style abbreviated titles, written out so that "the governor" finds "Gov. X"
    "gov.": "Governor", "sen.": "Senator", "rep.": "Representative", "gen.": "General",
    "col.": "Colonel", "lt. col.": "Lieutenant Colonel", "capt.": "Captain",
    "maj.": "Major", "lt.": "Lieutenant", "adm.": "Admiral", "sgt.": "Sergeant",
    "rear adm.": "Rear Admiral", "vice adm.": "Vice Admiral",
    "brig. gen.": "Brigadier General", "maj. gen.": "Major General",
    "lt. gen.": "Lieutenant General", "prof.": "Professor",
    "dpp": "Deputy Public Prosecutor",
}  # fmt: skip

TITLE_MODIFIERS: tuple[str, ...] = ("top", "senior", "chief", "deputy", "acting")

# Countries' adjectives that the alias tables do not keep as names (annotators list no
# "Indonesian" in "Indonesian maids"), read only before a title: "his Indonesian
# counterpart Ratih Wulandari" is Indonesia's.
DEMONYMS: dict[str, str] = {
    "Indonesian": "Indonesia", "Malaysian": "Malaysia", "Thai": "Thailand",
    "Vietnamese": "Vietnam", "Philippine": "Philippines", "Filipino": "Philippines",
    "Singaporean": "Singapore", "Cambodian": "Cambodia", "Laotian": "Laos",
    "Bruneian": "Brunei", "Burmese": "Myanmar", "Japanese": "Japan", "Russian": "Russia",
    "American": "United States", "Australian": "Australia", "Indian": "India",
}  # fmt: skip

# Honorifics before a name that are no part of it: Burmese "U" and "Daw" ("Foreign
# Minister U Aung Kyaw Moe").
NAME_PREFIXES: tuple[str, ...] = ("U", "Daw")

NOT_NAMES: tuple[str, ...] = (
    "The", "In", "On", "At", "And", "Or", "He", "She", "It", "They", "We", "I", "But",
    # prepositions opening a sentence ("For Tomoko Arimura, the wait ...")
    "For", "With", "To", "From", "By", "As", "After", "Before", "Since", "Unlike", "Among",
    "Despite", "Like", "Under", "Without",
    "According", "Meanwhile", "However", "This", "That", "A", "An", "Ministry", "News",
    "Agency", "Party", "Committee", "Council", "Government", "Republic", "People",
    "Comrade", "Academy", "University", "War", "Korea", "Korean", "Chinese", "Pentagon",
    # portfolio words that end a title, never start a name
    "Affairs", "Environment", "Trade", "Finance", "Defence", "Defense", "Health",
    "Education", "Energy", "Resources", "Development", "Security", "Sustainability",
    "Transport", "Industry", "Agriculture", "Fisheries", "Investment", "Labour", "Labor",
    "Justice", "Culture", "Tourism", "Interior", "Commerce", "Economy", "Planning",
    "Works", "Mines", "Communications", "Housing", "Welfare", "Telecommunications",
    "Studies", "Sciences", "Science", "Relations", "Technology", "Economics", "Law",
)  # fmt: skip

PORTFOLIOS: tuple[str, ...] = (
    "Foreign", "Commerce", "Trade", "Defence", "Defense", "Finance", "Unification",
    "External Economic Relations", "Interior", "Health", "Energy", "Economy",
)  # fmt: skip

# A role in commas after a name ("Name, <role>,") starts with a title within its first
# words (after "a"/"the"): "the provincial disaster-response chief".
APPOSED_ROLE_HEAD_WORDS = 3

# A relative clause that gives a role: "Abdul Malik Harahap, who heads the local search
# and rescue office," is the office's head.
ROLE_VERBS: dict[str, str] = {
    "heads": "head", "leads": "head", "runs": "head", "chairs": "chair",
    "directs": "director", "commands": "commander",
}  # fmt: skip

# A place of the tables right after a title is not the title's territory in English (that
# is "Bima Mayor X" or "Mayor of Bima"): it opens the name ("Agriculture Minister Bima
# Prasetyo"). Indonesian writes "Kapolres Bima AKBP ...".
PLACE_AFTER_TITLE = False

# Titles of a territory's head: an unknown capitalised word right after one is the
# territory when two more name words follow ("village head Sukamaju Asep Saepudin"). English
# names the territory of a governor or mayor before the title ("Northern Samar Gov. Ramon
# Dela Peña") or after "of", so the words after those titles are the name.
TERRITORIAL: tuple[str, ...] = ("regent", "village head", "district head")

# Words that introduce a person by a surname or initials only ("a trader surnamed Liu").
NAMING_WORDS: tuple[str, ...] = ("surnamed", "identified only as", "known only as")

# Envoys' titles followed by where they are posted ("Duta Besar Korea Utara untuk Rusia Ri
# Kwang Hyok", "North Korean Ambassador to Russia Ri Kwang Hyok"): the posting is part of
# the role.
# Titles written right after the body a person leads, before the name ("Office of Civil
# Defense Administrator Rodolfo Banaag", "Department of Health Secretary ..."): the body's
# name ends before them when a capitalised word follows.
BODY_CLOSING_TITLES: tuple[str, ...] = (
    "Administrator", "Secretary", "Undersecretary", "Director", "Chairman", "Chairwoman",
    "Chairperson", "Commissioner", "Spokesperson", "Spokesman", "Spokeswoman",
)  # fmt: skip
POSTED_TITLES: tuple[str, ...] = (
    "Ambassador", "envoy", "Special Envoy", "Consul General", "Consul",
)  # fmt: skip
POSTED_TO: tuple[str, ...] = ("to", "in")

# Words that make a title a deputy's ("Deputi Gubernur Senior", "Vice Minister"): a bare
# "sang gubernur" / "the minister" stands for the principal when the article names both.
DEPUTY_WORDS: tuple[str, ...] = ("deputy", "vice", "acting", "assistant")

# Surnames that are also words of the language, kept in a name right after a title
# ("Chinese Commerce Minister He Shulan"); never a key for the person alone.
WORD_SURNAMES: tuple[str, ...] = ("He",)

# Common Chinese and Korean surnames (romanised), where such a name starts inside a run
# of capitalised words after a title ("Kepala Kantor Bea Cukai Dandong Sun Weiming").
# Surnames that are also common English or Indonesian words are left out.
EAST_ASIAN_SURNAMES: tuple[str, ...] = (
    "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Xu", "Sun", "Zhu",
    "Gao", "Lin", "Guo", "Luo", "Liang", "Zheng", "Xie", "Tang", "Feng", "Dong", "Xiao",
    "Cheng", "Cao", "Yuan", "Deng", "Shen", "Zeng", "Peng", "Jiang", "Cai", "Jia", "Ding",
    "Wei", "Xue", "Yan", "Pan", "Dai", "Xia", "Zhong", "Tian", "Fang", "Yao", "Liao",
    "Zou", "Xiong", "Hao", "Kong", "Cui", "Qiu", "Qin", "Hou", "Shao", "Meng", "Duan",
    "Qian", "Qiao", "Gong", "Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Cho", "Yoon",
    "Jang", "Lim", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Yoo", "Hong", "Jeon", "Baek",
    "Heo", "Ri", "Choe", "Pak", "Ryu", "Chung", "Yun", "Rim", "Kwak", "Byun",
)  # fmt: skip
# Hokkien, Teochew and Cantonese spellings of Singapore and Malaysia: a run of capitalised
# words that opens with one is a whole name ("Loh Wei Ling", "Ong Jia Wen": not "Wei
# Ling"); inside a run they start nothing (an English or Burmese given name may come
# first: "Eddie Tan Kok Seng", "Aye Chan Myint")
OPENING_SURNAMES: tuple[str, ...] = (
    "Loh", "Ong", "Tan", "Goh", "Ng", "Teo", "Koh", "Chua", "Lau", "Yeo", "Toh", "Chan",
    "Wong", "Leong", "Chong", "Lai", "Yap", "Khoo", "Chia", "Seah", "Liew", "Chew", "Teh",
    "Foo", "Chin", "Tay", "Sim", "Heng", "Quek", "Soh", "Phua", "Choo", "Yong", "Kok", "Ang",
    "Neo", "Poh", "Gan", "Pang", "Low",
    # Vietnamese family names open a name too ("Tran Thi Kim Loan": not "Kim Loan")
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui",
    "Do", "Ho", "Ngo", "Duong", "Ly", "Trinh", "Dinh", "Truong",
)  # fmt: skip
