"""Indonesian number words, scales, vague amounts, qualifiers and counted-thing units.

Canonical units and qualifiers are Indonesian words shared with the English table, so
"1.500 tentara" and "1,500 troops" carry the same unit ("tentara").
"""

# word -> (operation, value). "add": add to the running group; "tens": multiply the last
# unit word by ten ("dua puluh"); "teen": add ten ("dua belas"); "mul": multiply the group
# ("dua ratus"); "scale": close the group times the value ("dua ribu"); "scale1": a se- scale
# word that stands for one of it ("seribu").
WORDS: dict[str, tuple[str, float]] = {
    "nol": ("add", 0), "satu": ("add", 1), "dua": ("add", 2), "tiga": ("add", 3),
    "empat": ("add", 4), "lima": ("add", 5), "enam": ("add", 6), "tujuh": ("add", 7),
    "delapan": ("add", 8), "sembilan": ("add", 9), "sepuluh": ("add", 10),
    "sebelas": ("add", 11), "seratus": ("add", 100),
    "puluh": ("tens", 10), "belas": ("teen", 10), "ratus": ("mul", 100),
    "ribu": ("scale", 1e3), "juta": ("scale", 1e6), "miliar": ("scale", 1e9),
    "milyar": ("scale", 1e9), "triliun": ("scale", 1e12),
    "seribu": ("scale1", 1e3), "sejuta": ("scale1", 1e6),
    "setengah": ("frac", 0.5), "seperempat": ("frac", 0.25),
}  # fmt: skip

# Words that may only continue a number, never start one ("ribu" alone is not a number).
CONTINUATION_ONLY: tuple[str, ...] = ("puluh", "belas", "ratus", "ribu", "juta", "miliar",
                                      "milyar", "triliun")  # fmt: skip

# Scales after digits: "2,5 juta", "Rp50 rb", "Rp1,5 T". Single capitals are case-sensitive.
SCALES: dict[str, float] = {
    "ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9,
    "triliun": 1e12,
}  # fmt: skip
SCALES_CASED: dict[str, float] = {"M": 1e9, "T": 1e12}

DECIMAL_MARK = ","
GROUP_MARK = "."

# Ordinals: "ke" + a WORDS entry ("keempat", "keseratus"), "ke-75", and these.
ORDINAL_PREFIX = "ke"
ORDINALS: dict[str, int] = {"pertama": 1}
# "yang ketiga", "yang kedua kalinya": after these a ke- word is an ordinal.
ORDINAL_MARKERS: tuple[str, ...] = ("yang",)
# "Kecelakaan ini menjadi yang ketiga": after "yang", a copula points back to the subject,
# which the ordinal counts (a demonstrative after the subject is skipped).
ORDINAL_COPULAS: tuple[str, ...] = ("menjadi", "merupakan", "adalah", "ialah")
DEMONSTRATIVES: tuple[str, ...] = ("ini", "itu", "tersebut")
# A superlative between a noun and its ordinal: "mitra dagang terbesar keempat".
SUPERLATIVE_PREFIX = "ter"
# What an ordinal counts when the word right after it says so: "untuk kedua kalinya".
ORDINAL_UNITS_AFTER: dict[str, str] = {"kali": "kali", "kalinya": "kali"}
# "kedua negara" is "both countries", "ketiga pihak" "all three parties": a ke- word before
# one of these nouns (or with -nya: "keduanya") is a collective, not an ordinal.
COLLECTIVE_HEADS: tuple[str, ...] = (
    "negara", "pihak", "belah", "pemimpin", "menteri", "pemerintah", "tim", "kubu", "delegasi",
    "orang", "kelompok", "perusahaan", "bangsa", "partai", "presiden", "kepala", "sisi",
    "calon", "pasangan", "lembaga", "organisasi", "korea", "tokoh", "anak", "belas",
)  # fmt: skip

# "keenam nelayan itu" is "the six fishermen": a ke- word, a noun, then one of these.
COLLECTIVE_DEMONSTRATIVES: tuple[str, ...] = ("itu", "tersebut")

# Vague amounts: word -> (low, high), inclusive. "puluhan" starts at 20 because 10-19 is
# "belasan"; the others start at the round number (writers use "ratusan" for 150), which is
# the generous reading: a wider band means fewer false conflicts.
VAGUE: dict[str, tuple[float, float]] = {
    "belasan": (11, 19), "puluhan": (20, 99), "ratusan": (100, 999), "ribuan": (1e3, 9999),
    "puluhan ribu": (1e4, 99_999), "ratusan ribu": (1e5, 999_999), "jutaan": (1e6, 9_999_999),
    "puluhan juta": (1e7, 99_999_999), "ratusan juta": (1e8, 999_999_999),
    "miliaran": (1e9, 1e10 - 1), "triliunan": (1e12, 1e13 - 1),
}  # fmt: skip

# Qualifier as written -> canonical qualifier (the Indonesian form, shared with English).
QUALIFIERS: dict[str, str] = {
    "setidaknya": "setidaknya", "sedikitnya": "setidaknya", "paling sedikit": "setidaknya",
    "minimal": "setidaknya", "sekurang-kurangnya": "setidaknya", "sekurangnya": "setidaknya",
    "lebih dari": "lebih dari", "di atas": "lebih dari", "lebih daripada": "lebih dari",
    "sekitar": "sekitar", "kurang lebih": "sekitar", "lebih kurang": "sekitar",
    "kira-kira": "sekitar", "sekira": "sekitar", "diperkirakan": "sekitar",
    "hampir": "hampir", "nyaris": "hampir", "mendekati": "hampir",
    "kurang dari": "kurang dari", "di bawah": "kurang dari",
    "hingga": "hingga", "sampai": "hingga", "maksimal": "hingga", "paling banyak": "hingga",
    "paling lama": "hingga", "paling banter": "hingga", "sebanyak-banyaknya": "hingga",
    "melampaui": "lebih dari", "melebihi": "lebih dari",
    # negated bounds turn round: "tidak lebih dari 40" is at most 40
    "tidak lebih dari": "hingga", "tak lebih dari": "hingga", "tidak kurang dari": "setidaknya",
    "tak kurang dari": "setidaknya",
}  # fmt: skip

RANGE_JOINERS: tuple[str, ...] = ("-", "–", "hingga", "sampai", "s.d.", "s/d")
# "antara 19 dan 61 tahun": a range written around its two ends.
RANGE_AROUND: tuple[tuple[str, str], ...] = (("antara", "dan"), ("dari", "hingga"))

# Currency written before the amount ("Rp1,5 triliun", "US$ 3 miliar") or after it.
CURRENCY_PREFIXES: dict[str, str] = {
    "rp": "rupiah", "rp.": "rupiah", "us$": "dolar AS", "usd": "dolar AS", "$": "dolar AS",
    "€": "euro", "£": "pound", "¥": "yen", "rmb": "yuan", "s$": "dolar Singapura",
    "sgd": "dolar Singapura", "rm": "ringgit", "myr": "ringgit", "₱": "peso",
    "hk$": "dolar Hong Kong", "a$": "dolar Australia", "nt$": "dolar Taiwan", "₩": "won",
    "krw": "won", "฿": "baht", "thb": "baht", "₫": "dong", "vnd": "dong", "jpy": "yen",
    "cny": "yuan",
}  # fmt: skip
CURRENCY_WORDS: dict[str, str] = {
    "rupiah": "rupiah", "dolar as": "dolar AS", "dolar amerika serikat": "dolar AS",
    "dolar amerika": "dolar AS", "dollar as": "dolar AS", "dolar": "dolar AS",
    "yuan": "yuan", "renminbi": "yuan", "won": "won", "euro": "euro", "yen": "yen",
    "rubel": "rubel", "ringgit": "ringgit", "dolar singapura": "dolar Singapura",
    "peso": "peso", "baht": "baht",
    "poundsterling": "pound", "pound": "pound",
}  # fmt: skip

PERCENT_WORDS: tuple[str, ...] = ("persen", "per sen", "%")
# After a percent word these make a difference of percentages ("naik 0,21 persen poin").
PERCENT_POINT_WORDS: tuple[str, ...] = ("poin",)

# Time units: a number before one of these is a duration (or an age), not a count.
TIME_UNITS: dict[str, str] = {
    "tahun": "tahun", "bulan": "bulan", "pekan": "pekan", "minggu": "pekan", "hari": "hari",
    "jam": "jam", "menit": "menit", "detik": "detik", "abad": "abad", "dekade": "dekade",
    "dasawarsa": "dekade", "windu": "windu",
}  # fmt: skip

# How an age is set next to a name: "Budi (45)".
AGE_APPOSITION = "parenthesis"
# Things named before the number ("gempa bermagnitudo 5,6").
UNITS_BEFORE: dict[str, str] = {
    "magnitudo": "magnitudo", "bermagnitudo": "magnitudo", "berkekuatan": "magnitudo",
    "skala": "magnitudo",
}  # fmt: skip
# Words right before a number that make "45 tahun" an age.
AGE_CUES: tuple[str, ...] = ("berusia", "berumur", "usia", "umur", "usianya", "umurnya")

# The possessive clitic of a counted noun: "46 kliennya" counts klien.
POSSESSIVE_CLITIC = "nya"
# Counted things, as written -> canonical. Multiword keys win over single words.
UNITS: dict[str, str] = {
    "tentara": "tentara", "prajurit": "tentara", "pasukan": "tentara", "serdadu": "tentara",
    "personel militer": "tentara", "personel": "tentara", "anggota pasukan": "tentara",
    "korban jiwa": "korban jiwa", "korban tewas": "korban jiwa", "korban meninggal":
    "korban jiwa", "korban meninggal dunia": "korban jiwa", "orang tewas": "korban jiwa",
    "orang meninggal": "korban jiwa", "orang meninggal dunia": "korban jiwa",
    "orang terbunuh": "korban jiwa", "jenazah": "korban jiwa",
    "korban hilang": "korban hilang", "orang hilang": "korban hilang",
    "korban luka": "korban luka", "orang luka": "korban luka", "orang terluka": "korban luka",
    "orang luka-luka": "korban luka", "korban": "korban",
    "orang": "orang", "warga": "orang", "penduduk": "orang", "jiwa penduduk": "orang",
    "jiwa": "orang", "ktt": "KTT", "konferensi tingkat tinggi": "KTT",
    "pengungsi": "pengungsi", "rumah": "rumah", "bangunan": "bangunan", "negara": "negara",
    "rudal": "rudal", "peluru kendali": "rudal", "pesawat": "pesawat", "kapal": "kapal",
    "kilometer": "km", "km": "km", "meter": "meter", "ton": "ton", "kilogram": "kg", "kg": "kg",
    "metrik ton": "ton", "ton metrik": "ton", "basis poin": "basis poin",
    "persen poin": "persen poin",
    "hektare": "hektare", "hektar": "hektare", "ha": "hektare",
    "ulang tahun": "ulang tahun", "hut": "ulang tahun", "peringatan": "ulang tahun",
    "menteri": "menteri", "diplomat": "diplomat", "delegasi": "delegasi",
    "pleno": "pleno", "kali": "kali", "pertemuan": "pertemuan", "kunjungan": "kunjungan",
    "komite sentral": "komite sentral", "uji coba": "uji coba", "uji tembak": "uji coba",
    "putaran": "putaran", "periode": "periode",
    "sidang": "sidang", "kongres": "kongres",
}  # fmt: skip

# Words between a number and its counted thing that are skipped ("dua orang lagi").
SKIP_WORDS: tuple[str, ...] = ()
# An ordinal numbers the first noun of the phrase before it ("uji coba rudal keenam" is
# the sixth test); the phrase ends at a word with a verb prefix or a function word.
VERB_PREFIXES: tuple[str, ...] = ("me", "di", "ber", "ter", "per")
# A word after a number that starts with a verb prefix is a verb ("gempa bermagnitudo
# 5,6 mengguncang"), not the counted thing, unless it is one of these nouns.
HEAD_VERB_PREFIXES: tuple[str, ...] = ("meng", "mem", "meny", "men", "di", "ber", "ter")
NOUNS_WITH_VERB_PREFIX: tuple[str, ...] = (
    "menteri", "mentri", "tersangka", "terdakwa", "terpidana", "beras", "berita", "direktur",
    "diplomat", "dinas", "distrik", "divisi", "dimensi", "dinding", "dirut", "benteng",
)  # fmt: skip
# Function words that are never the counted thing ("dua dari ...", "tiga di ...").
STOPWORDS: tuple[str, ...] = (
    "dan", "atau", "di", "ke", "dari", "yang", "untuk", "pada", "dengan", "dalam", "oleh",
    "itu", "ini", "tersebut", "adalah", "akan", "telah", "sudah", "juga", "bagi", "sebagai",
    "lalu", "lagi", "terakhir", "lebih", "kurang", "per", "atas", "antara", "hingga",
    "sampai", "sejak", "tidak", "belum", "pun", "lainnya", "lain",
)  # fmt: skip

# Fixed phrases with number words that are not amounts.
NOT_AMOUNTS: tuple[str, ...] = (
    "satu-satunya", "satu sama lain", "salah satu", "satu per satu", "satu-satu",
    "kedua belah pihak", "keduanya", "ketiganya", "kedua-duanya", "satu suara",
    "satu-persatu", "pertama-tama", "dua-duanya", "bersatu",
)  # fmt: skip

# A number right after one of these is an identifier, not an amount ("Pasal 28",
# "Resolusi 2397", "Nomor 5").
IDENTIFIER_CUES: tuple[str, ...] = (
    "pasal", "ayat", "resolusi", "nomor", "nomer", "no", "no.", "nomor urut", "uu", "pp",
    "perpres", "perppu", "kode", "seri", "tipe", "versi", "jalur", "rute", "peron",
)  # fmt: skip

# A number after one of these is a time of day, not an amount ("pukul 15.52").
TIME_OF_DAY_CUES: tuple[str, ...] = ("pukul", "jam", "pk.", "pkl.")
TIME_ZONES: tuple[str, ...] = ("wib", "wita", "wit", "waktu setempat")
