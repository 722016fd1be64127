"""Fetch an article page over http(s) with a timeout, a size cap and a content-type check."""

from __future__ import annotations

import urllib.error
import urllib.request

from crosscheck.errors import FetchError
from crosscheck.ingest.sources import RawInput

# News pages answer in well under a second; 15 s allows a slow mobile link but does not
# hang a batch on a dead host.
FETCH_TIMEOUT = 15.0
# Content types that can hold an article; anything else (images, PDFs, archives) is refused.
ACCEPTED_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "text/markdown",
    "application/json",
    "application/x-ndjson",
)
USER_AGENT = "crosscheck/0.1 (+https://pypi.org/project/crosscheck)"
_SUFFIX = {"text/html": ".html", "application/xhtml+xml": ".html", "application/json": ".json"}


def fetch(url: str, *, max_bytes: int, timeout: float | None = None) -> RawInput:
    """Download ``url`` and return its bytes; raise ``FetchError`` with the fix on failure.

    >>> fetch("http://127.0.0.1:9/none", max_bytes=1000, timeout=1)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    crosscheck.errors.FetchError: http://127.0.0.1:9/none: cannot reach the server ...
    """
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout or FETCH_TIMEOUT) as response:
            ctype = (response.headers.get_content_type() or "").lower()
            if ctype not in ACCEPTED_TYPES:
                raise FetchError(
                    f"the server sent {ctype!r}, not an HTML or text page",
                    source=url,
                    fix="pass the URL of the article page itself, not of an image or a file",
                )
            data = response.read(max_bytes + 1)
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        raise FetchError(
            f"the server answered HTTP {exc.code} {exc.reason}",
            source=url,
            fix="check the URL in a browser; save the page and pass the file if it needs a login",
        ) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(
            f"cannot reach the server ({reason})",
            source=url,
            fix="check the URL and the network connection, or save the page and pass the file",
        ) from exc
    if len(data) > max_bytes:
        raise FetchError(
            f"page is larger than {max_bytes // (1024 * 1024)} MB",
            source=url,
            fix="pass the article page itself, not a large file",
        )
    return RawInput(
        source=url, data=data, suffix=_SUFFIX.get(ctype, ""), content_type=ctype, url=final_url
    )
