"""English context words for alias resolution (the alias lists are JSON data files)."""

# "arrived in Pyongyang" (place) vs "Pyongyang rejected" (government of North Korea).
LOCATIVES: tuple[str, ...] = (
    "in", "to", "from", "at", "into", "near", "outside", "around", "visited", "visit",
    "city of", "capital", "left",
)  # fmt: skip
