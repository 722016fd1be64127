"""Indonesian language tables."""
