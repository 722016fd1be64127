"""crosscheck: cross-check claims and quotes across news articles.

The public API is imported lazily so that ``import crosscheck`` stays cheap:

>>> import crosscheck
>>> crosscheck.__version__
'0.1.0'
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "compare": ("crosscheck.compare", "compare"),
    "extract": ("crosscheck.extract", "extract"),
    "read_articles": ("crosscheck.ingest", "read_articles"),
    "Settings": ("crosscheck.config", "Settings"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'crosscheck' has no attribute {name!r}")


__all__ = ["Settings", "__version__", "compare", "extract", "read_articles"]
