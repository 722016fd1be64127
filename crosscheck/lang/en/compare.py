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
