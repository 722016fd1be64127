"""Indonesian speech cues: verbs that introduce or close a quote, "menurut", pronouns."""

# Verbs that follow a direct quote and precede the speaker: `"...," kata Wang.`
# Each also takes the -nya suffix ("ujarnya"), which points back to the last subject.
POST_VERBS: tuple[str, ...] = (
    "kata", "ujar", "ucap", "tutur", "tulis", "jelas", "imbuh", "ungkap", "terang",
    "papar", "pungkas", "tegas", "sebut", "tambah", "lanjut", "seru", "timpal", "klaim",
    "jawab", "sahut", "kilah", "tandas", "demikian", "lapor", "tanya",
)  # fmt: skip

# Verbs that introduce quoted words but take no reported clause of their own
# ('Rudy menjawab singkat, "Belum ada."').
PRE_QUOTE_VERBS: tuple[str, ...] = (
    "menjawab", "bertanya", "berseru", "menimpali", "berteriak", "berpesan",
)  # fmt: skip

# Verbs after a speaker, before what was said: "X mengatakan bahwa ...", "Ia menegaskan, ...".
SPEECH_VERBS: tuple[str, ...] = (
    "mengatakan", "menyebut", "menyebutkan", "menekankan", "menegaskan", "menyatakan",
    "mengungkapkan", "menambahkan", "mengingatkan", "mengaku", "berjanji", "melaporkan",
    "menjelaskan", "menuturkan", "mengklaim", "menilai", "menulis", "mengumumkan",
    "memperingatkan", "berkata", "mengucapkan", "menyampaikan", "menerangkan",
    "memaparkan", "mengeklaim", "menandaskan", "menggarisbawahi", "mengutarakan",
    "mendesak", "memastikan", "memperkirakan", "membantah", "menyerukan",
    "mengakui", "mendalilkan", "menduga", "menyebutkan", "mengimbau",
    "membenarkan", "mengonfirmasi", "berujar", "bercerita", "mengemukakan",
)  # fmt: skip

# "Menurut Wang, ..." and "Menurutnya, ..." (the -nya form points to the last subject).
ACCORDING_TO: tuple[str, ...] = ("menurut",)

# Words that join a speech verb to the reported content: "mengatakan bahwa ...".
COMPLEMENTIZERS: tuple[str, ...] = ("bahwa",)

# Third-person pronouns that stand for the last person subject.
PRONOUNS: tuple[str, ...] = ("ia", "dia", "beliau")

# A clause that opens a sentence before its subject: the names in it are no subject a
# pronoun after it stands for ("Ditanya soal kunjungan Kim Jong Un, ia mengatakan").
# A word that opens a sentence about a person named right after it ("For Dewi Rahmawati,
# 38, ..., the closures mean lost income"): the person a pronoun after it stands for.
TOPIC_OPENERS: tuple[str, ...] = ("Bagi", "Untuk")

FRONTED_PARTICIPLES: tuple[str, ...] = (
    "Ditanya", "Saat ditanya", "Ketika ditanya", "Dikonfirmasi", "Saat dikonfirmasi",
    "Ketika dikonfirmasi", "Menanggapi", "Merespons", "Menjawab",
)  # fmt: skip

# The clitic that, on a cue ("ujarnya", "Menurutnya"), stands for the last subject.
CLITIC = "nya"
# A source noun with the clitic after "Menurut" stands for the last subject ("Menurut
# perkiraannya, Korut bisa meraup ...": by his estimate).
CLITIC_SOURCES: tuple[str, ...] = (
    "perkiraan", "pandangan", "penilaian", "catatan", "hitungan", "pengamatan", "analisis",
    "kajian", "pengalaman", "keterangan", "data",
)  # fmt: skip

# Adverbs that may sit between a speaker and the speech verb: "Choe juga menyebut".
ADVERBS: tuple[str, ...] = (
    "juga", "bahkan", "pun", "kembali", "lalu", "kemudian", "sebelumnya", "telah",
    "sempat", "lebih lanjut", "pernah", "justru", "secara terpisah", "sendiri", "hanya",
    "langsung", "segera", "akhirnya",
    # a time between the subject and the verb: "Nana Suryana, pekan lalu mengatakan"
    "pekan lalu", "minggu lalu", "bulan lalu", "kemarin",
)  # fmt: skip

# Sentence openers that are not subjects ("Di sisi lain, Wang Yi menekankan ...").
OPENERS: tuple[str, ...] = (
    "sementara itu", "sementara", "namun", "tetapi", "di sisi lain", "selain itu",
    "sebelumnya", "kemudian", "lalu", "adapun", "bahkan", "oleh karena itu", "karena itu",
)  # fmt: skip

# Words that start a leading adverbial clause; a person inside it is not the subject
# ("Dalam pesannya kepada Xi ..., Kim berjanji").
# Adverbs that open a sentence in a comma ("Kini, nelayan berusia 58 tahun itu ..."): no
# name.
SENTENCE_ADVERBS: tuple[str, ...] = ("kini", "sekarang", "kemudian", "lalu", "namun")

ADVERBIAL_STARTERS: tuple[str, ...] = (
    "dalam", "pada", "di", "ke", "sebelumnya", "setelah", "sejak", "usai", "saat",
    "ketika", "sebelum", "selama", "menurut", "dilansir", "seperti", "sebagaimana",
    "kepada", "bersama", "untuk", "atas", "soal", "terkait", "mengenai", "perihal",
    "tentang", "berbeda dengan", "berbeda dari", "tidak seperti",
)  # fmt: skip

# Words that end a speaker phrase after a post-quote verb: `kata Kim dalam pesannya`.
SPEAKER_STOPS: tuple[str, ...] = (
    "dalam", "pada", "kepada", "di", "saat", "ketika", "seperti", "sebagaimana", "dikutip",
    "dilansir", "yang", "usai", "setelah", "sebelum", "dari", "dengan", "sambil", "seraya",
    "melalui", "lewat", "kepadanya", "saat", "tadi", "kemarin", "hari", "ini", "itu",
    # how it was said: "tutur Hasna lirih", "jawab Rudy singkat"
    "lirih", "pelan", "singkat", "lantang", "terisak", "tersenyum", "lugas", "santai",
    "geram", "kesal", "sedih", "bangga", "haru",
    # where or how the speaker was reached: "kata Entin ditemui di Puskesmas Cilawu"
    "ditemui", "dijumpai", "dihubungi", "dikonfirmasi", "diwawancarai", "ditanya",
)  # fmt: skip

# A lone capitalised word after one of these ends a speaker phrase as a body's name that no
# table knows ("perusahaan analisis blockchain ChainWatch", "laporan Chainalysis").
NAME_INTRODUCERS: tuple[str, ...] = (
    "perusahaan", "firma", "konsultan", "platform", "laporan", "riset", "kajian", "survei",
    "data", "pernyataan", "keterangan",  # "demikian pernyataan Hengtai"
)  # fmt: skip

# A verb after a pronoun that goes on with what its subject said before ("Dia
# menambahkan", "He added"): the pronoun skips a last subject who has not spoken.
CONTINUATION_VERBS: tuple[str, ...] = ("menambahkan",)

# Speaker phrases that name a group rather than a person ("para ahli").
GROUP_DETERMINERS: tuple[str, ...] = ("para", "beberapa", "sejumlah", "banyak")

# Phrases that point back to the last agency named: "kata kantor berita itu".
AGENCY_ANAPHORS: tuple[str, ...] = (
    "kantor berita itu", "kantor berita tersebut", "media itu", "media tersebut",
    "media pemerintah itu", "laporan itu", "laporan tersebut", "surat kabar itu",
    "harian itu", "koran itu",
)  # fmt: skip

# "<fact>, demikian dilaporkan KCNA": a closing marker, a passive report verb, the source.
CLOSING_MARKERS: tuple[str, ...] = ("demikian", "begitu")
CLOSING_VERBS: tuple[str, ...] = (
    "dilaporkan", "disampaikan", "dikatakan", "disebutkan", "diungkapkan", "kata", "ujar",
    "tulis", "laporan",
)  # fmt: skip
# The word before the agent of a passive cue: "dilaporkan oleh KCNA".
PASSIVE_AGENT_WORDS: tuple[str, ...] = ("oleh",)

# Verbs whose object is the listener, not the speaker ("kata X kepada wartawan" has none).
ADDRESSEE_VERBS: tuple[str, ...] = ()

# `"...," KCNA quoted Kim as saying`: the quoted person speaks, the subject reported it.
QUOTED_AS: tuple[str, ...] = ("mengutip",)
QUOTED_AS_TAIL: tuple[str, ...] = ("yang mengatakan", "mengatakan")

# Relative pronouns that open a clause between a speaker and the verb.
RELATIVES: tuple[str, ...] = ("yang",)

PASSIVE_QUOTED: tuple[str, ...] = ()

# A title standing for a person named before ("Sang bupati", "juru bicara itu", "the
# spokeswoman"): the words that may come before and after the title.
TITLE_ANAPHOR_BEFORE: tuple[str, ...] = ("sang", "si")
TITLE_ANAPHOR_AFTER: tuple[str, ...] = ("itu", "tersebut")
# A speech verb whose object is one of these says nothing of its own ("Haryo
# menyampaikan pernyataan itu kepada wartawan"): the two words that open the object.
STATEMENT_OBJECTS: tuple[str, ...] = (
    "pernyataan itu", "pernyataan tersebut", "pernyataan ini", "hal itu", "hal tersebut",
    "hal ini", "keterangan itu", "keterangan tersebut",
)  # fmt: skip
# Objects that say nothing of their own when an adjunct follows them ("Haryanto
# mengumumkan kebijakan itu di Istana", not "... mengatakan keputusan itu diambil ..."):
# the two words that open the object.
OBJECTS_BEFORE_ADJUNCT: tuple[str, ...] = (
    "kebijakan itu", "kebijakan tersebut", "keputusan itu", "keputusan tersebut",
    "rencana itu", "rencana tersebut", "kabar itu", "kabar tersebut", "informasi itu",
    "informasi tersebut", "hasil itu", "hasil tersebut",
)  # fmt: skip

# A title or body with nothing before it to point back to may point ahead, to the one
# named just after ("kata seorang juru bicara kepolisian. Juru bicara itu, Kombes ...").
# Before a speech verb, these put the speaking ahead: "Menurut KCNA, Kim akan memaparkan
# ...", "According to KCNA, Kim will present ...": no report of the subject's yet.
FUTURE_MARKERS: tuple[str, ...] = ("akan", "bakal", "dijadwalkan")
# Words of rank in a role that a title without them does not hold ("Deputy Foreign
# Minister" is not "the foreign minister").
RANK_WORDS: tuple[str, ...] = ("wakil", "mantan", "plt", "pelaksana")
TITLE_CATAPHOR_BEFORE: tuple[str, ...] = ("seorang", "sang")
# A role that holds the title of the person it is set against ("mitranya dari Korea
# Selatan, Yoo Sang-hoon" after "Menlu Jepang Kenji Morimoto").
COUNTERPART_WORDS: tuple[str, ...] = ("mitra", "mitranya", "sejawat", "sejawatnya")
# "kementerian yang sama": "the same ministry" points back like "itu"
SAME_MARKERS: tuple[str, ...] = ("yang sama",)

# After "mengatakan," any clause may be what was said ("Ia mengatakan, saat banjir
# datang, ..."), so none is set apart here.
CLAUSE_AFTER_VERB: tuple[str, ...] = ()

# Adjuncts that may stand in commas between a subject and its speech verb: "Arief,
# kepada Antara di Jakarta, Kamis (5/6), menjelaskan" (a weekday date is one too).
GAP_PREPOSITIONS: tuple[str, ...] = (
    "kepada", "di", "dalam", "saat", "ketika", "usai", "seusai", "pada",
)  # fmt: skip

# An unnamed speaker as the whole subject of a speech verb opens with one of these.
UNNAMED_SUBJECTS: tuple[str, ...] = ("seorang", "sejumlah", "beberapa", "para", "salah")

# Indonesian writes no article: "Menurut jaksa", "kata hakim" may stand for the one person
# of the article who holds that title.
BARE_TITLE_ANAPHORS = True

# Honorifics before a name ("Bapak Joko", "Ibu Sri"): the name stands for the person.
HONORIFICS: tuple[str, ...] = ("Bapak", "Pak", "Ibu", "Bu")

# Before a name, these make it the listener, not the speaker ("kepada Antara", "to Reuters").
ADDRESSEE_WORDS: tuple[str, ...] = ("kepada",)

# Join a second reported clause: "said A and that B" gives two quotes.
CLAUSE_JOINERS: tuple[str, ...] = ("dan", "serta", "tetapi", "namun")
# A speech verb after "seraya"/"sambil" reports a further clause of the same speaker:
# "..., seraya menambahkan bahwa B".
PARTICIPLE_CUES: tuple[str, ...] = (
    "seraya menambahkan", "sambil menambahkan", "seraya mengatakan", "sambil mengatakan",
    "seraya menegaskan", "sambil menegaskan", "seraya menyebut", "sambil menyebut",
)  # fmt: skip
# A word after a quote that opens no subject: '... "a provocation" and warned that ...'.
CONJUNCTIONS: tuple[str, ...] = ("dan", "serta", "tetapi", "namun", "atau")

# After a sentence-final speech verb, a short stretch opening with one of these is an
# adjunct, not what was said ("..., the ministry said in a press release.").
FINAL_ADJUNCTS: tuple[str, ...] = (
    "dalam", "pada", "di", "saat", "usai", "seusai", "melalui", "lewat", "tanpa", "ketika",
)  # fmt: skip

# A title any official holds: "the official said" stands for the last speaker given a
# role, when no role in the article names that title.
GENERIC_TITLES: tuple[str, ...] = ("pejabat",)

# "The statement said ...": a statement named before stands for the last speaker.
STATEMENT_ANAPHORS: tuple[str, ...] = (
    "pernyataan itu",
    "pernyataan tersebut",
    "surat itu",
    "pesan itu",
    "laporan itu",
    "laporan tersebut",
)

# A body named by its place and a common noun ("the Southern Leyte provincial
# government") speaks under that name.
BODY_NOUNS: tuple[str, ...] = (
    "pemerintah", "kepolisian", "kementerian", "badan", "dinas",
)  # fmt: skip

# A person described, not named ("Pria kelahiran Bandung itu", "the woman"), stands for
# the last subject when the phrase opens with one of these.
PERSON_NOUNS: tuple[str, ...] = (
    "pria", "wanita", "perempuan", "lelaki", "laki-laki", "politikus", "politisi", "sosok",
    "remaja", "bocah", "lulusan", "alumnus", "ayah", "ibu", "bapak", "nenek", "kakek",
    "gadis", "pemuda", "mantan", "purnawirawan", "jebolan", "perwira", "warga", "petani",
    "nelayan", "pedagang", "sopir", "guru", "trader", "investor", "pengemudi", "pekerja",
    "buruh", "diplomat",
)  # fmt: skip

# Between a speaker and the verb, where the speaker belongs: "Shin Dong-hoon of the
# intelligence committee told", "Budi dari Universitas Indonesia mengatakan".
BELONGS_PREPOSITIONS: tuple[str, ...] = ("dari",)

# Verbs that frame a partial quote without reporting a clause ('dismissed the criticism
# as "hysteric"', 'menuding Seoul "mengemis"'): cues for partial quotes only.
FRAMING_VERBS: tuple[str, ...] = (
    "mengecam", "menuding", "menuduh", "menyindir", "memuji", "mengkritik", "menjuluki",
    "mengkritisi", "menganggap", "menyampaikan", "mengungkapkan", "menggambarkan", "melukiskan",
    "memerintahkan", "menginstruksikan",
)  # fmt: skip

# Degrees and specialist titles written after a name, in commas: "dr. Ratih, Sp.A, ...".
NAME_SUFFIXES: tuple[str, ...] = (
    "Sp.A", "Sp.PD", "Sp.OG", "Sp.B", "Sp.JP", "Sp.An", "Sp.P", "Sp.S", "Sp.M", "M.Kes",
    "M.Si", "M.Sc", "M.H", "S.H", "S.E", "S.Sos", "M.M", "Ph.D", "M.Pd", "S.Pd", "S.Kep",
    "MPH", "MARS",
)  # fmt: skip

# A speech verb after one of these reports nothing ("Ia enggan menyebut apakah ...",
# "menolak menjelaskan").
REFUSALS: tuple[str, ...] = (
    "enggan", "menolak", "tidak mau", "tak mau", "belum mau", "tidak bersedia",
    "tak bersedia", "belum bersedia",
)  # fmt: skip

# Roles of lay people, not officials ("pejabat itu" never stands for a resident), and the
# titles after which a place head names where they live ("Warga Desa Gam Ici").
LAY_ROLES: tuple[str, ...] = (
    "warga", "penduduk", "petani", "nelayan", "pedagang", "korban", "penumpang",
    "pengungsi", "relawan", "sopir", "siswa", "buruh", "orang tua", "wali murid",
)  # fmt: skip

# A report that cites its source inside a cue's phrase: "menurut laporan Kyodo yang
# mengutip kepolisian Nagano" (the police said it; Kyodo relays).
CITING_RELATIVES: tuple[str, ...] = ("yang mengutip", "mengutip")

# A person of a body who speaks for it unnamed ("seorang pejabat Kementerian Pertahanan",
# "an official at the ministry"): the body is no link of the chain.
UNNAMED_MEMBERS: tuple[str, ...] = ("pejabat", "sumber", "petugas", "pegawai", "staf")

# A body named by its kind ("perusahaan itu mengatakan" after "PT Sinar Mas Tbk"): the
# kind, and the words one of which the body's name holds (its legal form or its tail);
# none for a word that stands for any body.
COMPANY_NAME_WORDS: tuple[str, ...] = (
    "pt", "tbk", "persero", "corp", "corporation", "co", "inc", "ltd", "holdings", "group",
    "industries", "enterprises", "perusahaan",
)  # fmt: skip
BODY_KINDS: dict[str, tuple[str, ...]] = {
    "perusahaan": COMPANY_NAME_WORDS,
    "perseroan": COMPANY_NAME_WORDS,
    "emiten": COMPANY_NAME_WORDS,
    # a hospital: "rumah sakit itu" after "RSUD Wonosari"
    "rumah sakit": ("rsud", "rsup", "rsupn", "rs", "rsia", "rsu", "rumah", "hospital"),
    # a word for any body: the last body that spoke ("Lembaga itu juga mengungkapkan")
    "lembaga": (),
    "instansi": (),
    "institusi": (),
}

# A copula inside what opens like an adverbial phrase makes it a clause whose subject
# comes after it ("Di antara pedagang yang kehilangan dagangan adalah Nur Aisyah (45), ...").
COPULAS: tuple[str, ...] = ("adalah", "ialah")

# A word before a body's kind that speaks for the body ("Pihak rumah sakit menyatakan" =
# "rumah sakit itu").
BODY_SIDE_WORDS: tuple[str, ...] = ("pihak",)

# A body described by what it does, for the words its name holds ("bank sentral itu"
# after "Bank Indonesia").
DESCRIBED_BODIES: dict[str, tuple[str, ...]] = {
    "bank sentral": ("bank",),
    "badan intelijen": ("intelijen",),
    "lembaga intelijen": ("intelijen",),
    "lembaga telik sandi": ("intelijen",),
    "badan telik sandi": ("intelijen",),
}
