"""Per-language knowledge as data: one package per language, one module per concern.

``crosscheck/lang/id/dates.py`` holds Indonesian month and weekday names,
``crosscheck/lang/en/speech.py`` English speech verbs, and so on. Adding a language
(Malay, Tagalog) means adding a package with the same module names.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

SUPPORTED = ("id", "en")
FALLBACK = "en"


def table(language: str, concern: str) -> ModuleType:
    """Return the data module for ``concern`` in ``language`` (falling back to English).

    >>> table("id", "dates").__name__
    'crosscheck.lang.id.dates'
    """
    return _module(language if language in SUPPORTED else FALLBACK, concern)


@cache  # keyed by a supported language: a handful of entries, looked up very often
def _module(lang: str, concern: str) -> ModuleType:
    try:
        return importlib.import_module(f"crosscheck.lang.{lang}.{concern}")
    except ModuleNotFoundError:
        if lang == FALLBACK:
            raise
        return importlib.import_module(f"crosscheck.lang.{FALLBACK}.{concern}")


def is_calendar_word(word: str, language: str) -> bool:
    """True for a weekday or month name of ``language`` ("Rabu", "Januari", "May").

    >>> is_calendar_word("Rabu", "id"), is_calendar_word("Jeon", "id")
    (True, False)
    """
    calendar = table(language, "calendar")
    key = word.casefold()
    return key in calendar.WEEKDAYS or key in calendar.MONTHS
