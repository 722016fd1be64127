"""Indonesian context words for alias resolution (the alias lists are JSON data files)."""

# A capital city after one of these words is the place, not its government:
# "tiba di Pyongyang" (place) vs "Pyongyang menolak" (government of North Korea).
LOCATIVES: tuple[str, ...] = (
    "di", "ke", "dari", "menuju", "kota", "ibu kota", "ibukota", "wilayah", "sekitar",
    "bandara", "luar", "dekat", "asal",
)  # fmt: skip

# Capitalised words after one of these heads name an organisation or a place that no
# table lists: "Kementerian Desa dan Pembangunan Daerah Tertinggal", "Kabupaten Banjar".
ORG_HEADS: tuple[str, ...] = (
    "Kementerian", "Badan", "Komisi", "Kedutaan Besar", "Dewan", "Partai", "Perum", "PT",
    "Bank", "Universitas", "Komite", "Lembaga", "Majelis", "Mahkamah", "Pengadilan",
    "Kepolisian", "Markas Besar", "Angkatan", "Akademi", "Institut", "Asosiasi", "Federasi",
    "Persatuan", "Klub", "Direktorat", "Dinas", "Kantor Berita", "Perusahaan", "Yayasan",
    "FC", "Komando", "Satuan Tugas", "Satgas", "Kejaksaan", "Otoritas", "Organisasi",
    "Himpunan", "Departemen", "Administrasi", "Penjaga Pantai", "Kamar Dagang", "Balai",
    "Laboratorium", "Stasiun Meteorologi", "Stasiun Klimatologi", "Stasiun Geofisika",
    "Kantor SAR", "Rumah Sakit", "Inspektorat", "Kantor Kementerian", "Kantor Wilayah",
    "Kantor Pencarian dan Pertolongan", "Pusat",
    "Kanwil", "Kantor Imigrasi", "Kantor Pelayanan Pajak",
    # regional bodies written as an acronym before their territory: "Polres Majalengka",
    # "RSUD Sragen", "DPRD Cianjur", "Pemkab Sragen", "SD Negeri 3 Gondang"
    "RSUD", "Puskesmas", "Polres", "Polresta", "Polrestabes", "Polda", "Polsek", "Kodim",
    "Korem", "Kodam", "DPRD", "Pemkab", "Pemkot", "Pemprov", "Pemerintah Kabupaten",
    "Pemerintah Kota", "Pemerintah Provinsi", "Kejari", "Kejati", "BPBD", "KPU", "Bawaslu",
    "SD Negeri", "SMP Negeri", "SMA Negeri", "SMK Negeri", "SDN", "SMPN", "SMAN", "SMKN",
    "RSUP", "RSUPN",
)  # fmt: skip
# A national body after another body's name is the body above it, a name of its own:
# "Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG)| Badan Geologi", "Pusat Gempa
# Bumi dan Tsunami| Badan Meteorologi, Klimatologi, dan Geofisika".
PARENT_BODY_HEADS: tuple[str, ...] = ("Badan", "Kementerian")
# Heads that open a name only where no capitalised word comes right before them ("Pusat
# Data ..." opens one; "Pengurus Pusat PBSI", "Jakarta Pusat" do not).
INNER_HEADS: tuple[str, ...] = ("Pusat",)
# Hospitals are named after a doctor, with the doctor's title written in the name ("RSUD
# dr. Soedirman Kebumen", "RSUP Dr. Sardjito"): after one of these heads the title opens
# the name instead of ending it.
NAMESAKE_HEADS: tuple[str, ...] = ("RSUD", "RSUP", "RSUPN", "Rumah Sakit")
NAMESAKE_TITLES: tuple[str, ...] = ("dr.", "Dr.", "Prof. Dr.", "Prof.")
PLACE_HEADS: tuple[str, ...] = (
    "Kabupaten", "Kota", "Provinsi", "Kecamatan", "Desa", "Kelurahan", "Kampung", "Dusun",
    "Nagari", "Jorong", "Gampong", "Dukuh", "Banjar", "Sungai", "Pulau",
    "Gunung", "Danau", "Teluk", "Selat", "Laut", "Pasar", "Bandara", "Pelabuhan", "Jalan",
    "Kalimantan", "Sumatera", "Jawa", "Sulawesi", "Nusa Tenggara", "Maluku", "Papua",
    "Semenanjung", "Stadion", "Istana", "Samudra", "Samudera", "Tol", "Gerbang Tol",
    "Kawasan Industri", "Kompleks", "Gedung", "Lapangan", "Alun-alun", "Monumen",
)  # fmt: skip
# English-style names end in their head: "Unification Ministry", "Banjar Regency".
# Foreign companies keep their English tails in Indonesian copy ("Hanbit Marine Industries",
# "Daehan Marine Systems", "Samsung Electronics").
ORG_TAILS: tuple[str, ...] = (
    "Industries", "Holdings", "Corporation", "Corp", "Group", "Enterprises", "Systems",
    "Electronics",
    # a foreign body named in English ("Defense Acquisition Program Administration (DAPA)")
    "Administration", "Agency", "Service", "Command", "Authority", "Bureau",
    # shopping centres named in English ("Grand Kertajaya Plaza")
    "Plaza", "Mall",
    # think tanks and research firms named in English ("Asan Institute for Policy Studies",
    # "Nusantara Commodity Research")
    "Institute", "Research",
)  # fmt: skip
# Words that open a sentence before a body's name but are no part of it: "Kemarin Korean
# Central News Agency melaporkan", "Menurut Japan Meteorological Agency".
NOT_NAME_OPENERS: tuple[str, ...] = (
    "Kemarin", "Sebelumnya", "Namun", "Menurut", "Di", "Dari", "Pada", "Dalam", "Kepada",
    "Oleh", "Sementara", "Selain", "Bahkan", "Sedangkan", "Bagi",
)  # fmt: skip
# Newspapers cited by name: "Lombok Post", "Bangkok Post", "Korea Times".
MEDIA_TAILS: tuple[str, ...] = ("Post", "Times", "Herald", "Tribune")
PLACE_TAILS: tuple[str, ...] = ()
# Lower-case words allowed inside such a name.
# The word that closes a listed name: "Meteorology, Climatology and Geophysics Agency".
LIST_JOINERS: tuple[str, ...] = ("dan",)
NAME_CONNECTORS: tuple[str, ...] = ("dan", "untuk")

# Words that continue a place name after a known place ("Lampung Tengah", "Bandung Barat").
# Compass words close a territory's name even when no table knows it ("BPBD Halmahera
# Barat Sahril Abubakar": a name of two words after one is a person's).
COMPASS_WORDS: tuple[str, ...] = ("Utara", "Selatan", "Barat", "Timur", "Tengah", "Tenggara")
PLACE_QUALIFIERS: tuple[str, ...] = (
    "Utara", "Selatan", "Barat", "Timur", "Tengah", "Tenggara", "Barat Daya", "Raya", "Laut",
    "Kota", "Baru", "Lama", "Pusat",
)  # fmt: skip

# Words that give a body its acronym right after its name ("the Corruption Eradication
# Commission, known by its Indonesian acronym KPK", "..., yang disingkat KPK").
KNOWN_AS: tuple[str, ...] = ("dikenal sebagai", "disingkat", "yang disingkat")

# Companies are often named after a place ("PT Morowali Mas Nickel Industry", "PT Bukit
# Asam"): a place inside a name these open does not end it.
COMPANY_HEADS: tuple[str, ...] = ("PT", "CV", "Perum")
