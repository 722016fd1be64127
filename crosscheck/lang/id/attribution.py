"""Indonesian relay and report cues that build attribution chains."""

# "Dilansir MalangNetwork.com dari laman AP News": RELAYER then "dari" ORIGIN.
# "Dilansir dari Associated Press": ORIGIN only.
LANSIR: tuple[str, ...] = ("dilansir", "melansir", "seperti dilansir", "sebagaimana dilansir")

# "sebagaimana dikutip Reuters": the named party passed the report on (relay).
# "dikutip <date>" is a citation date, not a source: the name after the cue must not
# be a weekday, month or date.
QUOTED_BY: tuple[str, ...] = (
    "sebagaimana dikutip", "seperti dikutip", "sebagaimana diberitakan",
    "seperti diberitakan", "dikutip", "diberitakan",
)  # fmt: skip

# "mengutip KCNA": the named party is the origin.
# (a bare "menurut" links only a news agency or outlet: "Menurut Xinhua, Tang ...";
# "menurut Wang" is a person's speech)
CITING: tuple[str, ...] = (
    "mengutip", "mengutip laporan", "berdasarkan laporan", "menurut laporan", "menurut",
)  # fmt: skip

# "kata pejabat itu kepada Reuters", "dalam wawancara dengan Yonhap": the news agency that
# heard the words is the report's origin. Only known agencies count ("kepada wartawan" and
# "kepada Kim" are not reports).
TOLD_AGENCY: tuple[str, ...] = ("kepada", "dalam wawancara dengan", "saat diwawancarai")

# "X via Y": origin X, relay Y.
VIA: tuple[str, ...] = ("via",)

# Words between the cue and the name: "dari laman AP News", "situs resmi".
SOURCE_PREFIXES: tuple[str, ...] = (
    "dari laman resmi", "dari laman", "dari situs resmi", "dari situs", "dari akun",
    "dari", "laman", "situs", "laporan", "media", "kantor berita resmi", "kantor berita",
    "media resmi", "media pemerintah",
    "stasiun televisi", "televisi", "stasiun radio", "radio", "surat kabar resmi",
    "surat kabar", "harian resmi", "harian", "majalah", "koran", "portal berita",
)  # fmt: skip

# "dilaporkan (langsung) oleh KCNA": origin KCNA.
REPORTED_BY: tuple[str, ...] = (
    "dilaporkan oleh", "dilaporkan langsung oleh", "diumumkan oleh", "dirilis oleh",
    "demikian dilaporkan", "demikian laporan", "seperti dilaporkan", "sebagaimana dilaporkan",
    "seperti disiarkan", "sebagaimana disiarkan",
    "disiarkan oleh", "diberitakan oleh",
)  # fmt: skip

# "Kantor berita KCNA melaporkan", "KCNA menambahkan": an agency as subject of these
# verbs is the origin of what follows.
REPORT_VERBS: tuple[str, ...] = (
    "melaporkan", "memberitakan", "menyiarkan", "menambahkan", "menyebutkan", "menyatakan",
    "mengatakan", "menulis", "mengumumkan",
)  # fmt: skip

# Nouns for a report: "tulis laporan KCNA", "Laporan kementerian luar negeri China".
REPORT_NOUNS: tuple[str, ...] = ("laporan", "pernyataan", "siaran pers", "keterangan")

# Credit labels (``Credit.label``) that name a source of the article's facts.
SOURCE_CREDIT_LABELS: tuple[str, ...] = ("source",)

# "seperti dikutip Reuters dari KCNA": the word that introduces the relay's own source.
FROM_WORDS: tuple[str, ...] = ("dari",)

# Words between an agency and its report verb: "Yonhap news agency reported".
AGENCY_SUFFIXES: tuple[str, ...] = ("news agency", "kantor berita")

# Words that make the next name a medium even when no table knows it ("kepada stasiun
# radio Elshinta"): the name is then a link like a known agency.
MEDIUM_WORDS: tuple[str, ...] = (
    "stasiun radio", "radio", "stasiun televisi", "televisi", "harian", "majalah", "koran",
    "surat kabar", "portal berita", "kantor berita", "media",
)  # fmt: skip

# "according to the agency": the news agency named last before the cue is the origin.
AGENCY_ANAPHORS: tuple[str, ...] = ("kantor berita itu", "kantor berita tersebut")
AGENCY_ANAPHOR_CUES: tuple[str, ...] = ("menurut", "mengutip", "seperti dikutip", "dikutip")

# An adverb between an agency and its report verb ("KCNA juga melaporkan").
REPORT_ADVERBS: tuple[str, ...] = ("juga", "pun", "kemudian", "sebelumnya")
