"""English language tables."""
