"""Turn what the user names (files, directories, "-", URLs) into raw inputs: bytes plus a name.

Errors are raised per input as ``InputError`` subclasses; ``read_articles`` turns each
into a ``Skipped`` record, so one bad input never stops a batch.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import sys
from collections.abc import Iterator
from pathlib import Path

from crosscheck.errors import InputError

# 200 MB pages do not exist; a file this large is a dump, a log or a mistake. 20 MB is
# 40x the largest news page HTML we have seen (~500 kB) and still reads in a second.
MAX_INPUT_BYTES = 20 * 1024 * 1024

# Files a directory walk leaves out: expectations and notes that live beside articles.
NON_ARTICLE_FILES: tuple[str, ...] = (
    "expected.json",
    "gold.json",
    "*.gold.json",
    "floors.json",
    "README.md",
    ".*",  # hidden files and directories
)


@dataclasses.dataclass(frozen=True)
class RawInput:
    """One input's bytes, where they came from, and any content type a server declared."""

    source: str
    data: bytes
    suffix: str = ""  # ".html", ".json", ... ("" when unknown: stdin, URLs)
    content_type: str | None = None
    url: str | None = None


def is_article_file(path: Path, root: Path) -> bool:
    """True unless ``path`` (or a directory between ``root`` and it) is a non-article file.

    >>> is_article_file(Path("events/x/expected.json"), Path("events"))
    False
    """
    parts = path.relative_to(root).parts if path != root else (path.name,)
    return not any(fnmatch.fnmatch(part, pat) for part in parts for pat in NON_ARTICLE_FILES)


def expand(source: str) -> Iterator[str]:
    """Expand a directory into its article files (recursive, sorted); other sources as is.

    >>> list(expand("fixtures/events/2024-10-china-dprk-75-years"))
    ['fixtures/events/2024-10-china-dprk-75-years/004_2d0a914a37e17141.txt']
    >>> list(expand("-")), list(expand("https://example.org/a"))
    (['-'], ['https://example.org/a'])
    """
    path = Path(source)
    if source != "-" and not _is_url(source) and path.is_dir():
        for child in sorted(path.rglob("*"), key=lambda p: p.as_posix()):
            if child.is_file() and is_article_file(child, path):
                yield str(child)
    else:
        yield source


def _is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def _read_capped(stream, source: str) -> bytes:  # type: ignore[no-untyped-def]
    data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(
            f"input is larger than the {MAX_INPUT_BYTES // (1024 * 1024)} MB limit for one article",
            source=source,
            fix="pass the article files themselves, or split the dump into one file per article",
        )
    return data


def load(source: str, *, timeout: float | None = None) -> RawInput:
    """Read one expanded source: a file path, "-" (stdin) or an http(s) URL.

    >>> load("fixtures/events/2024-10-china-dprk-75-years/004_2d0a914a37e17141.txt").suffix
    '.txt'
    """
    if source == "-":
        return RawInput(source="-", data=_read_capped(sys.stdin.buffer, "-"))
    if _is_url(source):
        from crosscheck.ingest.fetch import fetch

        return fetch(source, max_bytes=MAX_INPUT_BYTES, timeout=timeout)
    path = Path(source)
    if not path.exists():
        raise InputError(
            "no such file or directory", source=source, fix="check the path and its spelling"
        )
    if not path.is_file():
        raise InputError("not a regular file", source=source, fix="pass a file or a directory")
    if path.stat().st_size > MAX_INPUT_BYTES:
        raise InputError(
            f"file is {path.stat().st_size // (1024 * 1024)} MB, above the "
            f"{MAX_INPUT_BYTES // (1024 * 1024)} MB limit for one article",
            source=source,
            fix="pass the article files themselves, or split the dump into one file per article",
        )
    try:
        with path.open("rb") as handle:
            data = _read_capped(handle, source)
    except OSError as exc:
        raise InputError(
            f"cannot read file ({exc.strerror})", source=source, fix="check its permissions"
        ) from exc
    return RawInput(source=source, data=data, suffix=path.suffix.lower())
