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
