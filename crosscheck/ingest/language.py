"""Language identification for article bodies (Indonesian and English first)."""

from __future__ import annotations

import py3langid

# py3langid's full model knows 97 languages; news bodies are long enough for it, but it
# confuses Indonesian with Malay, which crosscheck treats as Indonesian.
LANGUAGE_MAP = {"ms": "id"}
MIN_CHARS = 20  # below this no guess is made


def detect_language(text: str) -> str:
    """Return an ISO 639-1 code for ``text``, or ``"und"`` when it is too short.

    >>> detect_language("Menteri Luar Negeri China tiba di Pyongyang pada hari Jumat.")
    'id'
    """
    if len(text.strip()) < MIN_CHARS:
        return "und"
    code, _ = py3langid.classify(text)
    return LANGUAGE_MAP.get(code, code)
