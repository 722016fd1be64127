"""Rebuild frozen records from their ``to_dict()`` JSON (the index stores extractions as JSON)."""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from datetime import datetime
from functools import cache
from typing import Any, TypeVar

from crosscheck import types as records
from crosscheck.types import SCHEMA_EXTRACT, Extraction

T = TypeVar("T")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(records))


def _decode(tp: Any, value: Any) -> Any:
    """Decode ``value`` into type ``tp`` (dataclass, enum, datetime, tuple, optional, mapping)."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decode(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = typing.get_args(tp)
        return tuple(_decode(args[0], v) for v in value)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return from_dict(tp, value)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp(value)
    if tp is datetime:
        return datetime.fromisoformat(value)
    if tp is float and isinstance(value, int):
        return float(value)
    return value


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build a record of type ``cls`` from its ``to_dict()`` form (unknown keys ignored).

    >>> from crosscheck.types import TextSpan
    >>> from_dict(TextSpan, {"start": 0, "end": 3, "text": "Ini"})
    TextSpan(start=0, end=3, text='Ini')
    """
    hints = _hints(cls)
    kwargs = {
        f.name: _decode(hints[f.name], data[f.name])
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if f.name in data
    }
    return cls(**kwargs)


def extraction_from_dict(data: dict[str, Any]) -> Extraction:
    """An ``Extraction`` from its JSON form; the schema tag must match this version.

    >>> from crosscheck.ingest.build import make_article
    >>> e = Extraction(article=make_article("Wang tiba.", language="id"))
    >>> extraction_from_dict(e.to_dict()) == e
    True
    """
    schema = data.get("schema", SCHEMA_EXTRACT)
    if schema != SCHEMA_EXTRACT:
        raise ValueError(f"extraction schema {schema!r}, expected {SCHEMA_EXTRACT!r}")
    return from_dict(Extraction, data)
