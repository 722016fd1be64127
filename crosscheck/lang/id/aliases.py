"""Indonesian context words for alias resolution (the alias lists are JSON data files)."""

# A capital city after one of these words is the place, not its government:
# "tiba di Pyongyang" (place) vs "Pyongyang menolak" (government of North Korea).
LOCATIVES: tuple[str, ...] = (
    "di", "ke", "dari", "menuju", "kota", "ibu kota", "ibukota", "wilayah", "sekitar",
    "bandara", "luar", "dekat",
)  # fmt: skip
