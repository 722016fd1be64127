"""English words that decide how two tellings of a claim are compared."""

# A quote whose count of these words changes between outlets has flipped its meaning.
NEGATORS: frozenset[str] = frozenset(
    {"not", "never", "no", "n't", "cannot", "nobody", "nothing", "neither", "nor", "without"}
)

# Phrases that announce an updated figure ("the toll rose to 47"): a newer count.
UPDATE_MARKERS: tuple[str, ...] = (
    "rose to",
    "risen to",
    "climbed to",
    "increased to",
    "fell to",
    "dropped to",
    "updated to",
    "now stands at",
    "revised to",
)

# Words that carry no meaning for a word-level quote diff.
FILLER: frozenset[str] = frozenset()

# Counted things the number extractor leaves as written, mapped to the canonical keys
# shared with the Indonesian table (see crosscheck/lang/id/compare.py). Ambiguous words
# are left out on purpose: "students" (siswa or mahasiswa), "prisoners" (tahanan or
# narapidana), "officers" (police or military); such numbers are not compared across
# languages.
COUNTED_THINGS: dict[str, str] = {
    "villagers": "orang", "villager": "orang", "civilians": "orang", "inhabitants": "orang",
    "suspects": "tersangka", "suspect": "tersangka", "boats": "perahu", "boat": "perahu",
    "journalists": "wartawan", "reporters": "wartawan", "workers": "pekerja",
    "labourers": "pekerja", "laborers": "pekerja", "villages": "desa", "schools": "sekolah",
    "vehicles": "kendaraan", "cars": "mobil", "tanks": "tank", "hostages": "sandera",
    "children": "anak", "families": "keluarga", "provinces": "provinsi",
    "passengers": "penumpang", "patients": "pasien", "doctors": "dokter",
    "companies": "perusahaan", "firms": "perusahaan", "seats": "kursi", "rockets": "roket",
    "drones": "drone", "helicopters": "helikopter", "fighter jets": "jet tempur",
    "kiosks": "kios", "stalls": "kios", "shops": "toko", "stores": "toko",
    "policemen": "polisi", "police officers": "polisi", "detainees": "tahanan",
    "inmates": "narapidana", "convicts": "narapidana", "pupils": "siswa", "cities": "kota",
    "towns": "kota", "islands": "pulau", "aftershocks": "gempa susulan",
}  # fmt: skip
