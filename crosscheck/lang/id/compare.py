"""Indonesian words that decide how two tellings of a claim are compared."""

# A quote whose count of these words changes between outlets has flipped its meaning.
# "tak" and "nggak"/"enggak" are colloquial forms of "tidak"; "belum" is "not yet".
NEGATORS: frozenset[str] = frozenset(
    {"tidak", "tak", "bukan", "belum", "jangan", "tanpa", "nggak", "enggak", "gak", "tiada"}
)

# Phrases that announce an updated figure ("korban bertambah menjadi 47"): a number next
# to one of these is a newer count, not a contradiction of an older one.
UPDATE_MARKERS: tuple[str, ...] = (
    "bertambah menjadi",
    "naik menjadi",
    "meningkat menjadi",
    "berkurang menjadi",
    "turun menjadi",
    "kini menjadi",
    "diperbarui menjadi",
    "terbaru",
)

# Words that carry no meaning for a word-level quote diff (ignored when they differ alone).
FILLER: frozenset[str] = frozenset({"pun", "lah", "kah", "yang"})

# Counted things the number extractor leaves as written (not in numbers.UNITS), mapped to
# the canonical keys shared with the English table (numbers.UNITS values are Indonesian
# words too). Only words with one clear counterpart: "siswa" (pupils) and "mahasiswa"
# (university students) stay apart, and so do "tahanan" (detainees) and "narapidana"
# (convicts). A number is compared across languages only when both sides reach a key.
COUNTED_THINGS: dict[str, str] = {
    "tersangka": "tersangka", "perahu": "perahu", "wartawan": "wartawan",
    "jurnalis": "wartawan", "pekerja": "pekerja", "buruh": "pekerja", "desa": "desa",
    "sekolah": "sekolah", "kendaraan": "kendaraan", "mobil": "mobil", "tank": "tank",
    "sandera": "sandera", "anak": "anak", "anak-anak": "anak", "keluarga": "keluarga",
    "provinsi": "provinsi", "penumpang": "penumpang", "pasien": "pasien", "dokter": "dokter",
    "perusahaan": "perusahaan", "kursi": "kursi", "roket": "roket", "drone": "drone",
    "helikopter": "helikopter", "jet tempur": "jet tempur", "kios": "kios", "toko": "toko",
    "polisi": "polisi", "tahanan": "tahanan", "narapidana": "narapidana", "siswa": "siswa",
    "mahasiswa": "mahasiswa", "kota": "kota", "pulau": "pulau", "gempa susulan": "gempa susulan",
}  # fmt: skip
