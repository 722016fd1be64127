"""Indonesian event predicates: surface forms (verbs and event nouns) -> canonical event.

Canonical names are shared with the English table, so an arrival written "tiba" and one
written "arrived" compare equal. Forms are listed whole (with their affixes) because
Indonesian affixation is too irregular to generate safely; the clitics -nya, -lah and
-kah are added by the matcher.
"""

EVENTS: dict[str, tuple[str, ...]] = {
    "arrive": (
        "tiba", "setiba", "setibanya", "ketibaan", "datang", "mendatangi", "kedatangan",
        "mendarat", "sampai di",
    ),
    "depart": ("berangkat", "keberangkatan", "bertolak", "meninggalkan", "pergi"),
    "meet": (
        "bertemu", "bertemu dengan", "menemui", "ditemui", "pertemuan", "berjumpa",
        "perjumpaan", "duduk bareng", "duduk bersama", "bertatap muka", "pertemuan puncak",
        "rapat", "berunding", "perundingan", "bersalaman", "pembicaraan", "berbicara dengan",
    ),
    "visit": (
        "berkunjung", "mengunjungi", "dikunjungi", "kunjungan", "lawatan", "melawat",
        "bertandang", "perjalanan",
    ),
    "host": ("menjadi tuan rumah", "menyambut", "disambut", "menjamu", "dijamu"),
    "report": ("dilaporkan", "melaporkan", "laporan", "memberitakan", "diberitakan", "lapor",
               "menunjukkan", "mencatat", "dicatat"),
    "cite": ("dikutip", "mengutip", "dilansir", "melansir", "seperti dikutip"),
    "say": (
        "kata", "mengatakan", "dikatakan", "ujar", "tutur", "menuturkan", "ucap",
        "mengucapkan", "menyatakan", "dinyatakan", "pernyataan", "menyebut", "menyebutkan",
        "menegaskan", "menekankan", "mengungkapkan", "menambahkan", "menjelaskan",
        "berpidato", "pidato", "pesan", "berpesan", "mengingatkan", "berjanji", "mengaku",
        "konferensi pers", "jumpa pers", "keterangan pers", "dihubungi", "dikonfirmasi",
        "diwawancarai", "wawancara", "disampaikan", "menyampaikan", "keterangan tertulis",
        "siaran pers", "diungkapkan", "dijelaskan", "ditegaskan", "disebutkan", "dituturkan",
        "tuturnya", "ujarnya", "imbuhnya", "tambahnya", "ungkapnya", "jelasnya", "terangnya",
        "paparnya", "pungkasnya", "tegasnya", "katanya", "ucapnya",
    ),
    "announce": ("mengumumkan", "diumumkan", "pengumuman", "dirilis", "merilis",
                 "diterbitkan", "menerbitkan"),
    "celebrate": (
        "merayakan", "dirayakan", "perayaan", "memperingati", "diperingati", "peringatan",
    ),
    "sign": (
        "menandatangani", "ditandatangani", "penandatanganan", "meneken", "diteken",
        "teken",
    ),
    "agree": ("sepakat", "menyepakati", "disepakati", "kesepakatan", "menyetujui", "disetujui"),
    "discuss": ("membahas", "dibahas", "pembahasan", "membicarakan", "dibicarakan", "berdiskusi"),
    "session": ("pleno", "sidang", "kongres", "muktamar", "konferensi", "musyawarah"),
    "hold": ("menggelar", "digelar", "mengadakan", "diadakan", "menyelenggarakan",
             "diselenggarakan", "berlangsung"),
    # A missile or weapons test is reported as a launch: "menguji coba rudal" on one outlet
    # and "meluncurkan rudal" on another date the same event.
    "launch": ("meluncurkan", "diluncurkan", "peluncuran", "menembakkan", "ditembakkan",
               "menguji coba", "diuji coba", "uji coba", "menguji", "diuji", "uji tembak"),
    "attack": ("menyerang", "diserang", "serangan", "menggempur", "digempur", "membom"),
    "die": (
        "tewas", "meninggal", "meninggal dunia", "wafat", "gugur", "terbunuh", "kematian",
        "menewaskan",
    ),
    "kill": ("membunuh", "dibunuh", "pembunuhan"),
    "injure": ("terluka", "luka-luka", "melukai", "dilukai"),
    "evacuate": ("mengungsi", "dievakuasi", "mengevakuasi", "evakuasi", "pengungsian"),
    # a disaster striking a place: "banjir melanda Kabupaten Banjar sejak Jumat"
    "hit": ("melanda", "dilanda", "mengguncang", "diguncang", "menerjang", "diterjang",
            "menghantam", "dihantam", "merendam", "terendam"),
    "inspect": ("mengawasi", "meninjau", "memeriksa", "menginspeksi", "inspeksi"),
    "invite": ("mengundang", "diundang", "undangan"),
    "send": ("mengirim", "mengirimkan", "dikirim", "dikirimkan", "pengiriman", "mengerahkan",
             "dikerahkan"),
    "attend": ("menghadiri", "dihadiri", "hadir"),
    "elect": ("terpilih", "pemilihan", "pemilu", "dilantik", "pelantikan"),
    "born": ("lahir", "dilahirkan", "kelahiran"),
    "find": ("menemukan", "ditemukan", "penemuan"),
    "protest": ("berunjuk rasa", "unjuk rasa", "berdemonstrasi", "demonstrasi", "memprotes",
                "aksi protes"),
    "start": ("dimulai", "memulai", "dibuka", "membuka", "pembukaan", "digulirkan",
              "menggulirkan", "diperkenalkan", "didirikan", "mendirikan"),
    "end": ("berakhir", "mengakhiri", "diakhiri", "ditutup", "penutupan"),
}  # fmt: skip

# Words that open a new clause: a date before them does not belong to a predicate after
# them, and vice versa ("Pertemuan ini terjadi setelah awal bulan ini Kim mengatakan").
CLAUSE_OPENERS: tuple[str, ...] = (
    "setelah", "sesudah", "sebelum", "ketika", "saat", "sewaktu", "sementara", "bahwa",
    "karena", "sehingga", "namun", "tetapi", "tapi", "sedangkan", "padahal", "meski",
    "meskipun", "walaupun", "agar", "supaya", "jika", "bila", "apabila", "kemudian",
    "demikian",
)  # fmt: skip

# Words that open reported content: a date after one ("mengatakan bahwa tahun 2024 akan
# menjadi ...") is part of what was said, never dated by the verb before it.
CONTENT_OPENERS: tuple[str, ...] = ("bahwa",)

# Event nouns ("perayaan") are told from verbs by form: a word ending in one of these
# suffixes and not starting with a verb prefix. A verb right before an event noun is the
# predicate that a following date modifies ("menghadiri perayaan ... pada September").
NOUN_SUFFIXES: tuple[str, ...] = ("an", "annya")
VERB_PREFIXES: tuple[str, ...] = ("me", "di", "ber", "ter")

# After a sentence-final reporting verb only these may follow ("..., kata Wang kepada
# wartawan"): anything else is what was said, and the verb then dates the date before it.
ATTRIBUTION_TAIL_WORDS: tuple[str, ...] = (
    "pada", "dalam", "di", "kepada", "saat", "ketika", "seperti", "sebagaimana", "dikutip",
)  # fmt: skip

# Canonical events that introduce reported content: "KCNA melaporkan, Kim terlihat ...".
# A comma right after one of them closes its clause.
REPORTING_EVENTS: tuple[str, ...] = ("say", "report", "cite", "announce")
