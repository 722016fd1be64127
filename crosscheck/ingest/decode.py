"""Bytes to text: refuse empty and binary inputs, decode UTF-8, detect other encodings."""

from __future__ import annotations

import charset_normalizer

from crosscheck.errors import EmptyInputError, EncodingError

# Share of control characters (other than tab, newline, carriage return, form feed)
# above which bytes are binary: text in any encoding has almost none; 0.05 leaves room
# for a stray escape code in a pasted dump.
MAX_CONTROL_SHARE = 0.05
SNIFF_BYTES = 8192  # how much of the input the binary check looks at


def decode(data: bytes, *, source: str) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ``EmptyInputError`` or ``EncodingError``.

    >>> decode("Berita hari ini".encode("cp1252"), source="x.txt")
    ('Berita hari ini', 'utf-8')
    >>> decode("Kata Menteri: “Kami siap” – ujarnya.".encode("cp1252"), source="x.txt")[0]
    'Kata Menteri: “Kami siap” – ujarnya.'
    """
    if not data.strip():
        raise EmptyInputError(
            "input is empty", source=source, fix="pass a file that holds the article text"
        )
    head = data[:SNIFF_BYTES]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or controls / len(head) > MAX_CONTROL_SHARE:
        raise EncodingError(
            "input is binary, not text",
            source=source,
            fix="pass the article as text, HTML, JSON or JSONL (convert PDFs or Word files first)",
        )
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise EncodingError(
            "input is not UTF-8 and its encoding could not be detected",
            source=source,
            fix="convert it to UTF-8, e.g. iconv -f <encoding> -t utf-8",
        )
    return str(best), best.encoding
