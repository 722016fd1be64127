"""Indonesian titles and roles that introduce a person ("Wakil Menteri Luar Negeri China")."""

# Matched case-insensitively, longest first. A title may be followed by a country
# ("Menteri Luar Negeri China"), an optional comma, then the person's name.
# Malaysian and Bruneian honorifics, written before a name and after a title ("Home
# Minister Datuk Seri Kamarul Ariffin Yusof").
HONORIFICS: tuple[str, ...] = (
    "Tan Sri", "Puan Sri", "Datuk Seri", "Dato' Sri", "Dato Sri", "Datuk", "Dato'", "Dato",
    "Datin Paduka", "Datin", "Toh Puan", "Pehin",
)  # fmt: skip

TITLES: tuple[str, ...] = (
    "Wakil Menteri Luar Negeri", "Menteri Luar Negeri", "Wakil Perdana Menteri",
    "Perdana Menteri", "Wakil Presiden", "Presiden", "pemimpin tertinggi", "pemimpin",
    "juru bicara", "wakil juru bicara", "Duta Besar", "Menteri Pertahanan", "Menteri Unifikasi",
    "Menteri",
    "Kamerad", "diplomat top", "diplomat tertinggi", "Sekretaris Jenderal", "Sekjen",
    "Sekretaris Umum",
    "Ketua", "Wakil Ketua", "Direktur", "Kepala", "Panglima", "Raja", "Kanselir",
    "Menlu", "Wamenlu", "Menhan", "Dubes", "Jubir", "PM", "Wapres", "Ibu Negara",
    "Mendag", "Mentan", "Menkeu", "Menkes", "Menhub", "Menperin", "Mendagri", "Menaker",
    "Mensos", "Menpora", "bos", "orang nomor satu", "Anggota", "anggota", "Syahbandar",
    "syahbandar", "nakhoda", "Menteri Koordinator", "Menko", "prakirawan",
    # English corporate titles in Indonesian copy ("Vice President Public Relations KAI")
    "Manajer", "manajer", "Manajer Humas", "Kapuspenkum", "Kepala Pusat Penerangan Hukum",
    "Vice President", "Senior Vice President", "Executive Vice President", "General Manager",
    "Manager", "Corporate Secretary",
    "vulkanolog", "seismolog", "epidemiolog", "ahli",
    "pejabat", "adik perempuan", "Gubernur", "Wakil Gubernur", "Bupati", "Wali Kota",
    "Wakil Wali Kota", "Kapolda", "Kapolri", "Kapolres", "Jenderal", "Direktur Utama", "Dirut",
    "Pelatih", "pelatih kepala", "Gelandang", "penyerang", "bek", "kiper", "pemain",
    "pengamat", "analis", "ekonom", "peneliti", "dosen", "Rektor", "Kepala Pelaksana",
    "Profesor", "profesor", "Guru Besar", "guru besar",
    "Kepala Badan", "Komandan", "Sekretaris", "Asisten", "CEO", "warga", "petani",
    "nelayan", "veteran", "Kolonel", "Letnan Kolonel", "Mayor Jenderal", "Letnan Jenderal",
    "Brigadir Jenderal", "Laksamana", "Marsekal", "Komodor", "Kapten", "Mayor", "Letnan", "Sersan",
    "pedagang", "juru bicara militer", "anggota parlemen", "anggota DPR", "legislator",
    # local government, police and civil service
    "Wakil Menteri", "Wamen", "Wakil Bupati", "Camat", "Lurah", "Kepala Desa", "Kades",
    "Sekretaris Daerah", "Sekda", "Kepala Dinas", "Kadis", "Kapolsek", "Kapolresta",
    "Kapolrestabes", "Kepala Staf", "Jaksa Agung", "Direktur Jenderal", "Dirjen", "Deputi",
    "Staf Khusus", "Direktur Eksekutif", "Wakil Sekretaris Jenderal",
    "Ketua Umum", "Kombes", "AKBP", "Kompol", "AKP", "Brigjen", "Irjen", "Komjen",
    # police ranks are also written with "Pol": "Kombes Pol Aris Setyawan"
    "Kombes Pol", "AKBP Pol", "Kompol Pol", "AKP Pol", "Brigjen Pol", "Irjen Pol",
    "Komjen Pol", "Iptu", "Ipda", "Aiptu", "Bripka", "Brigadir",
    # the same ranks written out ("Komisaris Besar Polisi Dani Prasetyo")
    "Komisaris Besar", "Ajun Komisaris Besar", "Komisaris Jenderal", "Inspektur Jenderal",
    "Ajun Komisaris Polisi", "Komisaris Polisi", "Inspektur Polisi Satu", "Inspektur Polisi Dua",
    # navy and air force flag ranks
    "Laksamana Madya", "Laksamana Muda", "Laksamana Pertama", "Marsekal Madya",
    "Marsekal Muda", "Marsekal Pertama", "Laksdya", "Laksda", "Laksma", "Marsdya", "Marsda",
    "Marsma", "Mayjen", "Letjen", "Brigjen TNI", "Mayjen TNI", "Letjen TNI",
    "Kasat Lantas", "Kasat Reskrim", "Kasat Narkoba", "Kasat", "Kasatlantas", "Kadinkes",
    "Kepala Dinas Kesehatan", "Kalaksa", "Kalak", "Kasi", "Kepala Seksi", "Kasi Pidum",
    "Kasi Intel", "Kasi Pidsus", "Konsul", "Konsul Jenderal", "Konjen", "Atase",
    # regional police directors and heads of division ("Dirlantas Polda Jawa Tengah")
    "Dirlantas", "Dirreskrimum", "Dirreskrimsus", "Dirresnarkoba", "Kabid Humas", "Kabid",
    # courts and professions
    "Hakim", "Hakim Ketua", "Hakim Konstitusi", "Ketua Majelis Hakim", "Jaksa",
    "Jaksa Penuntut Umum", "JPU", "kuasa hukum", "penasihat hukum", "pengacara", "saksi",
    "terdakwa", "dr.", "Dr.", "Prof.", "Ir.", "bidan", "dokter", "perawat",
    # people in the news described by what they are
    "pengungsi", "korban", "sopir", "guru", "buruh", "mahasiswa", "pengusaha", "eksportir",
    "ibu rumah tangga", "politikus", "politisi", "orang tua", "orang tua siswa", "wali murid",
    # Malaysian and Bruneian honorifics before a name ("Datuk Seri Kamarul Ariffin Yusof")
    *HONORIFICS,
)  # fmt: skip

# Titles that are also words of people's names: right after a capitalised name word they
# are part of the name ("Rizal Hakim Pratama"), not a judge's title.
NAME_WORD_TITLES: tuple[str, ...] = ("Hakim",)

# Short forms expanded when comparing roles ("Menlu China" = "Menteri Luar Negeri China").
EXPANSIONS: dict[str, str] = {
    "menlu": "Menteri Luar Negeri",
    "wamenlu": "Wakil Menteri Luar Negeri",
    "menhan": "Menteri Pertahanan",
    "dubes": "Duta Besar",
    "jubir": "juru bicara",
    "pm": "Perdana Menteri",
    "wapres": "Wakil Presiden",
    "sekjen": "Sekretaris Jenderal",
    "wamen": "Wakil Menteri",
    "kapolres": "Kepala Kepolisian Resor",
    "kapolresta": "Kepala Kepolisian Resor Kota",
    "kapolrestabes": "Kepala Kepolisian Resor Kota Besar",
    "kapolsek": "Kepala Kepolisian Sektor",
    "kapolda": "Kepala Kepolisian Daerah",
    "kadis": "Kepala Dinas",
    "sekda": "Sekretaris Daerah",
    "dirut": "Direktur Utama",
    "dirjen": "Direktur Jenderal",
    "jpu": "Jaksa Penuntut Umum",
    "kadinkes": "Kepala Dinas Kesehatan",
    "kapuspenkum": "Kepala Pusat Penerangan Hukum",
    "kasat": "Kepala Satuan",
    "kasat lantas": "Kepala Satuan Lalu Lintas",
    "kasatlantas": "Kepala Satuan Lalu Lintas",
    "kasat reskrim": "Kepala Satuan Reserse Kriminal",
    "kalaksa": "Kepala Pelaksana",
    "kalak": "Kepala Pelaksana",
    "dirlantas": "Direktur Lalu Lintas",
    "dirreskrimum": "Direktur Reserse Kriminal Umum",
    "dirreskrimsus": "Direktur Reserse Kriminal Khusus",
    "dirresnarkoba": "Direktur Reserse Narkoba",
    "kabid humas": "Kepala Bidang Hubungan Masyarakat",
    "kabid": "Kepala Bidang",
    "kasi": "Kepala Seksi",
    "kasi pidum": "Kepala Seksi Pidana Umum",
    "kasi pidsus": "Kepala Seksi Pidana Khusus",
    "kasi intel": "Kepala Seksi Intelijen",
    "menko": "Menteri Koordinator",
    # ranks written short: "sang jenderal" for a "Brigjen TNI"
    "brigjen": "Brigadir Jenderal",
    "mayjen": "Mayor Jenderal",
    "letjen": "Letnan Jenderal",
    "irjen": "Inspektur Jenderal",
    "komjen": "Komisaris Jenderal",
    "kombes": "Komisaris Besar",
    "laksda": "Laksamana Muda",
    "laksdya": "Laksamana Madya",
    "laksma": "Laksamana Pertama",
    "marsda": "Marsekal Muda",
    "marsdya": "Marsekal Madya",
    "marsma": "Marsekal Pertama",
    # ministers by their portfolio's short form: "Mendag juga mengatakan ..."
    "mendag": "Menteri Perdagangan",
    "mentan": "Menteri Pertanian",
    "menkeu": "Menteri Keuangan",
    "menkes": "Menteri Kesehatan",
    "menhub": "Menteri Perhubungan",
    "menperin": "Menteri Perindustrian",
    "mendagri": "Menteri Dalam Negeri",
    "menaker": "Menteri Ketenagakerjaan",
    "mensos": "Menteri Sosial",
    "menpora": "Menteri Pemuda dan Olahraga",
}

# Modifiers that may follow a title before the country: "Kantor Berita resmi China".
TITLE_MODIFIERS: tuple[str, ...] = ("top", "tertinggi", "resmi", "senior")

# Titles that name one role ("sang pengacara" for "kuasa hukum terdakwa").
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("pengacara", "kuasa hukum", "advokat", "penasihat hukum"),
)

# A noun built with a circumfix is no name when a sentence opens with it ("Kedatangan Jon
# diberitakan KCNA"): the prefix, then at least three letters, then the suffix.
NOMINAL_CIRCUMFIXES: tuple[tuple[str, str], ...] = (("Ke", "an"), ("Pe", "an"), ("Per", "an"))

# Capitalised words that are never part of a person's name.
NOT_NAMES: tuple[str, ...] = (
    "Dalam", "Pada", "Di", "Ke", "Dari", "Yang", "Dan", "Atau", "Ia", "Dia", "Kami", "Bagi",
    "Untuk", "Kata",
    "Saya", "Kita", "Mereka", "Menurut", "Namun", "Sementara", "Selain", "Sebagai",
    "Ini", "Itu", "Tahun", "Bulan", "Pekan", "Hari", "Kantor", "Berita", "Delegasi", "Rombongan",
    "Kementerian", "Partai", "Komite", "Dewan", "Pemerintah", "Republik", "Rakyat",
    "Sebelumnya", "Kamerad", "Akademi", "Universitas", "Perang", "Korea", "Tiongkok",
    "Adapun", "Sedangkan", "Pol",
    "Staf", "Gabungan", "Markas", "Angkatan", "Badan", "Komisi",
    # institution and portfolio words written with a capital inside roles
    "Sejahtera", "Sentosa", "Makmur", "Mandiri",  # "Bank Nusantara Sejahtera| Gilang ..."
    "Migas", "Energi", "Sumber", "Daya", "Mineral", "Keuangan", "Perdagangan", "Kesehatan",
    "Pendidikan", "Perhubungan", "Pertanian", "Perindustrian", "Pertahanan", "Dalam",
    "Negeri", "Luar", "Kelautan", "Perikanan", "Lingkungan", "Hidup", "Kehutanan", "Sosial",
    "Agama", "Hukum", "Tenaga", "Kerja", "Pariwisata", "Investasi", "Koperasi", "Usaha",
    "Pemprov", "Pemkab", "Pemkot", "Polda", "Polres", "Polsek", "Kejati", "Kejari",
    "Pajak", "Bea", "Cukai", "Anggaran", "Perbendaharaan", "Imigrasi",
    "Desa", "Alam", "Ekologi", "Daerah", "Tertinggal", "Pembangunan", "Transmigrasi", "Kebudayaan",
    "Riset", "Teknologi", "Pemuda", "Olahraga", "Perumahan", "Permukiman", "Pangan",
    "Ketahanan", "Ekonomi", "Kreatif", "Komunikasi", "Informatika", "Digital", "Aparatur",
    "Reformasi", "Birokrasi", "Perencanaan", "Pemberdayaan", "Perempuan", "Perlindungan",
    # "Wakil Ketua Umum Kadin Bidang Hubungan Internasional Maria Siregar"
    "Bidang", "Hubungan", "Internasional",
    # regional offices by their short forms ("Kepala Dinkes itu"): never a person
    "Dinkes", "Disdik", "Dishub", "Dinsos", "Disnaker", "Diskominfo", "Disperindag",
    "Kemenag", "Bappeda", "Polresta", "Satpol", "Damkar", "BPBD", "Basarnas", "Pidum",
    "Pidsus",
    # the armed forces and police written inside ranks ("Laksamana Pertama TNI Yudha")
    "TNI", "Polri", "AL", "AU", "AD", "Madya", "Muda", "Pertama",
    # ministries by their short forms ("Dirjen Perdagangan Dalam Negeri Kemendag Iwan")
    "Kemendag", "Kemenkeu", "Kemenlu", "Kemenhan", "Kemenkes", "Kemendikbud", "Kemendagri",
    "Kementan", "Kemenhub", "Kemenperin", "Kemnaker", "Kemensos", "Kemenpora",
    "Kemenparekraf", "Kemenkumham", "Kemenkominfo", "Kemenko", "Kemendes", "Kemenpan",
)  # fmt: skip

# Bodies' short forms and what they stand for, so that "Kepala Dinkes itu" stands for the
# one whose role names the "Dinas Kesehatan" (or the "Dinkes").
BODY_SHORT_FORMS: dict[str, str] = {
    "dinkes": "Dinas Kesehatan", "disdik": "Dinas Pendidikan", "dishub": "Dinas Perhubungan",
    "dinsos": "Dinas Sosial", "disnaker": "Dinas Tenaga Kerja",
    "diskominfo": "Dinas Komunikasi dan Informatika",
    "disperindag": "Dinas Perindustrian dan Perdagangan", "kemenag": "Kementerian Agama",
    "kemendag": "Kementerian Perdagangan", "kemenkeu": "Kementerian Keuangan",
    "kemenlu": "Kementerian Luar Negeri", "kemenhan": "Kementerian Pertahanan",
    "kemenkes": "Kementerian Kesehatan", "kemendagri": "Kementerian Dalam Negeri",
    "kementan": "Kementerian Pertanian", "kemenhub": "Kementerian Perhubungan",
    "kejari": "Kejaksaan Negeri", "kejati": "Kejaksaan Tinggi",
    "pemkab": "Pemerintah Kabupaten", "pemkot": "Pemerintah Kota",
    "pemprov": "Pemerintah Provinsi", "polres": "Kepolisian Resor",
    "polresta": "Kepolisian Resor Kota", "polda": "Kepolisian Daerah",
    "polsek": "Kepolisian Sektor", "bpbd": "Badan Penanggulangan Bencana Daerah",
    "basarnas": "Badan Nasional Pencarian dan Pertolongan",
    "bappeda": "Badan Perencanaan Pembangunan Daerah",
}  # fmt: skip

# Portfolios between a title and a name: "Wakil Menteri Perdagangan Liang Houcheng".
PORTFOLIOS: tuple[str, ...] = (
    "Luar Negeri", "Dalam Negeri", "Perdagangan", "Pertahanan", "Keuangan", "Perindustrian",
    "Hubungan Ekonomi Luar Negeri", "Unifikasi", "Kesehatan", "Pendidikan", "Energi",
    "Pertanian", "Perhubungan", "Koordinator", "Sekretaris Negara", "BUMN", "Investasi",
    "Pariwisata", "Sosial", "Agama", "Hukum dan HAM", "Kelautan dan Perikanan",
    # coordinating ministers' fields: "Menteri Koordinator Bidang Perekonomian"
    "Bidang Perekonomian", "Perekonomian", "Bidang Pangan", "Pangan",
    "Bidang Politik dan Keamanan", "Politik dan Keamanan", "Bidang Politik, Hukum, dan Keamanan",
    "Bidang Kemaritiman dan Investasi", "Kemaritiman dan Investasi",
    "Bidang Pembangunan Manusia dan Kebudayaan", "Pembangunan Manusia dan Kebudayaan",
    "Bidang Infrastruktur dan Pembangunan Kewilayahan", "Bidang Pemberdayaan Masyarakat",
    "Ketenagakerjaan", "Komunikasi dan Digital", "Komunikasi dan Informatika",
    "Pekerjaan Umum", "Lingkungan Hidup", "Lingkungan Hidup dan Kehutanan", "Kehutanan",
    "Perumahan dan Kawasan Permukiman", "Pertanian dan Lingkungan",
    # Russia's "Ministry for the Development of the Far East and Arctic"
    "Pembangunan Timur Jauh dan Arktik", "Pembangunan Timur Jauh",
    # the deputies of Badan Pusat Statistik: "Deputi Bidang Statistik Distribusi dan Jasa BPS"
    "Bidang Statistik Distribusi dan Jasa", "Bidang Statistik Produksi",
    "Bidang Statistik Sosial", "Bidang Neraca dan Analisis Statistik",
    "Bidang Metodologi dan Informasi Statistik",
    # directorates general of the energy ministry: "Direktur Jenderal Mineral dan Batu Bara"
    "Mineral dan Batu Bara", "Minyak dan Gas Bumi", "Ketenagalistrikan",
)  # fmt: skip

# A portfolio joined to another by one of these: "Menteri Pertanian dan Lingkungan".
PORTFOLIO_CONNECTORS: tuple[str, ...] = ("dan",)

# A role in commas after a name ("Name, <role>,") starts with a title within its first
# words (after "a"/"the"): "mantan Kepala Dinas ...".
APPOSED_ROLE_HEAD_WORDS = 2

# A relative clause that gives a role: "Budi, yang memimpin tim SAR gabungan," is its head.
ROLE_VERBS: dict[str, str] = {
    "memimpin": "pemimpin", "mengepalai": "kepala", "mengetuai": "ketua",
    "menakhodai": "nakhoda",
}  # fmt: skip
ROLE_OF = " "  # "pemimpin tim SAR gabungan"

# Titles of a territory's head: an unknown capitalised word right after one is the
# territory when two more name words follow ("Camat Lunyuk Syamsul Bahri").
TERRITORIAL: tuple[str, ...] = (
    "Bupati", "Wakil Bupati", "Wali Kota", "Wakil Wali Kota", "Gubernur", "Wakil Gubernur",
    "Camat", "Lurah", "Kepala Desa", "Kades", "Kapolres", "Kapolsek", "Kapolda", "Kapolresta",
    "Kapolrestabes",
)  # fmt: skip

# Words that introduce a person by initials or a surname only ("sopir berinisial SH").
NAMING_WORDS: tuple[str, ...] = ("berinisial", "bermarga")

# Envoys' titles followed by where they are posted ("Duta Besar Korea Utara untuk Rusia Ri
# Kwang Hyok", "North Korean Ambassador to Russia Ri Kwang Hyok"): the posting is part of
# the role.
POSTED_TITLES: tuple[str, ...] = (
    "Duta Besar", "Dubes", "Konsul Jenderal", "Konjen", "Konsul", "utusan khusus", "Atase",
)  # fmt: skip
POSTED_TO: tuple[str, ...] = ("untuk", "di")

# Indonesian articles call people by the given name after the first mention ("kata
# Bambang"): a capitalised word before a given name so used, after a title, is no part of
# the name ("Ketua Umum Aptrindo Bambang Widjanarko").
GIVEN_NAME_USED_ALONE = True

# Words that make a title a deputy's ("Deputi Gubernur Senior", "Vice Minister"): a bare
# "sang gubernur" / "the minister" stands for the principal when the article names both.
DEPUTY_WORDS: tuple[str, ...] = ("wakil", "deputi", "plt", "plh")

# Words for whoever heads a body, whatever the title ("Bos Antam itu" for the Direktur
# Utama of Antam, "bos BI" for its Gubernur): they stand for a holder of one of
# HEAD_TITLES whose role names the body.
HEAD_OF_WORDS: tuple[str, ...] = ("bos", "orang nomor satu")
HEAD_TITLES: tuple[str, ...] = (
    "direktur utama", "dirut", "presiden direktur", "ceo", "ketua", "ketua umum", "kepala",
    "gubernur", "bupati", "wali kota", "rektor", "panglima", "kapolri", "kapolda",
    "kapolres", "menteri", "presiden",
)  # fmt: skip

# A force written after a rank, before the name: "Brigjen TNI Yudha Pramana", "Kombes Pol
# Aris Setyawan", "Komisaris Besar Polisi Dani Prasetyo" (part of the rank, no part of the
# name).
RANK_FORCES: tuple[str, ...] = ("TNI AD", "TNI AL", "TNI AU", "TNI", "Polri", "Polisi", "Pol")

# Degrees and honorifics written right before a name, after a title and its body
# ("Kepala Dinas Kesehatan Jember dr. Hendro Prasetyo", "Bupati H. Ahmad Yani"): no part
# of the name or the role.
NAME_PREFIXES: tuple[str, ...] = (
    "dr.", "drg.", "Dr.", "Ir.", "Ir", "H.", "Hj.", "KH.", "Prof.", "Haji", "Hajjah",
)  # fmt: skip
# Honorifics written out, capitalised, that are no part even of a one-word name ("Haji
# Mulyadi (58)" is Mulyadi).
HONORIFIC_PREFIXES: tuple[str, ...] = ("Haji", "Hajjah")

# Given names that are also common words, kept in a name when a name word follows them
# ("Kepala Dinas Kesehatan Kabupaten Lumajang Hari Sulistyo"; "hari" is a day).
GIVEN_NAME_WORDS: tuple[str, ...] = ("Hari",)
# Common first words of a name of three words or more, after which the article may use
# the second word alone ("Muhammad Arafah Lubis" ... "kata Arafah").
# Given names written short, with their dot ("Moh. Rizal Lamasigi", "Abd. Rahman"): part
# of the name, no sentence end.
SHORT_GIVEN_NAMES: tuple[str, ...] = ("Moh.", "Muh.", "Mochd.", "Abd.")
COMMON_FIRST_NAMES: tuple[str, ...] = (
    "Muhammad", "Mohammad", "Mohamad", "Muhamad", "Mochammad", "Mohd", "Ahmad", "Achmad",
    "Abdul", "Siti", "Andi", "Nur", "Raden",
    *(name.rstrip(".") for name in SHORT_GIVEN_NAMES),
)  # fmt: skip
# Balinese names open with a birth-order or caste word pair; the article may use the word
# after it alone ("I Gede Wirawan Putra" ... "kata Wirawan").
NAME_ORDER_PREFIXES: tuple[str, ...] = (
    "I Gede", "I Made", "I Wayan", "I Ketut", "I Nyoman", "I Putu", "I Komang", "I Kadek",
    "I Gusti", "Ni Luh", "Ni Made", "Ni Wayan", "Ni Ketut", "Ni Nyoman", "Ni Putu",
    "Ni Komang", "Ni Kadek", "Ida Bagus", "Ida Ayu", "Anak Agung", "Cokorda",
)  # fmt: skip
# Surnames that are also titles or words, kept at the end of a name after a name word
# ("Kapolres Sukabumi AKBP Ridwan Hakim"; "hakim" is a judge).
SURNAME_WORDS: tuple[str, ...] = ("Hakim",)
