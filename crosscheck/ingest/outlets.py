"""Outlet names from a URL's domain, a lede signature or a logo marker (lang/*/outlets.py)."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from urllib.parse import urlsplit

from crosscheck.lang import SUPPORTED, table

_DASH = r"\s*(?:-{1,2}|–|—)\s+"
# Lede signature shapes, the typography of news ledes rather than any one language:
#   "Seoul (KABARIN) -", "SEOUL, Jan 26 (Reuters) -"     place (outlet) dash
#   "TEMPO.CO, Jakarta –", "Jakarta, CNBC Indonesia -"   outlet/place, place/outlet dash
#   "MalangNetwork.com -", "Jakarta -"                   outlet dash | place dash
_PAREN = re.compile(
    r"^(?P<place>[A-Z][^()\n]{1,60}?(?:\s*\([^()\n]{2,30}\))?)"  # AFP: "Lumajang (Indonesia)"
    rf"\s*\((?P<outlet>[^()\n]{{2,40}})\){_DASH}"
)
_PAIR = re.compile(rf"^(?P<a>[A-Z][^,()\n]{{1,40}}?),\s*(?P<b>[A-Za-z][^,()\n]{{1,40}}?){_DASH}")
_SINGLE = re.compile(rf"^(?P<a>[A-Za-z][^,()\n\-–—]{{1,40}}?){_DASH}")
# "SINGAPORE: Air quality ...", "KUALA LUMPUR: ...": a place in capitals and a colon (CNA,
# The Straits Times); only capitals, so that "Kata Heru: ..." stays text.
_COLON = re.compile(r"^(?P<a>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[ \t]+(?=\S)")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|co|id|net|org|news|tv)(?:\.id)?$", re.I)
_PLACE = re.compile(r"^[A-Z][\w'.]*(?: [A-Z][\w'.]*){0,2}$")  # 1-3 capitalised words
_PLACE_DATE = re.compile(r",\s*\w+\.? \d{1,2}$")  # "SEOUL, Jan 26" -> "SEOUL"
SIGNATURE_MIN_REST_WORDS = 5  # a signature opens a paragraph of at least a short sentence


@dataclasses.dataclass(frozen=True)
class Signature:
    """A lede signature: the outlet (canonical when known), the place, and its length."""

    outlet: str | None
    place: str | None
    end: int  # offset where the lede text proper starts


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict[str, object]], dict[str, str]]:
    outlets: dict[str, dict[str, object]] = {}
    logos: dict[str, str] = {}
    for lang in SUPPORTED:
        module = table(lang, "outlets")
        outlets.update(getattr(module, "OUTLETS", {}))
        logos.update(getattr(module, "LOGO_MARKERS", {}))
    return outlets, logos


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    outlets, _ = _tables()
    for canonical, info in outlets.items():
        names[canonical.lower()] = canonical
        for name in info.get("names", ()):  # type: ignore[attr-defined]
            names[str(name).lower()] = canonical
    return names


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    outlets, _ = _tables()
    return tuple(
        (re.compile(p), canonical)
        for canonical, info in outlets.items()
        for p in info.get("name_patterns", ())  # type: ignore[attr-defined]
    )


def canonical_outlet(name: str) -> str | None:
    """Return the canonical outlet for a name as written, or None if it is not in the tables.

    >>> canonical_outlet("TEMPO.CO"), canonical_outlet("detikSulsel")
    ('Tempo', 'Detik')
    """
    key = name.strip().lower()
    if key in _names():
        return _names()[key]
    for pattern, canonical in _name_patterns():
        if pattern.fullmatch(name.strip()):
            return canonical
    return outlet_from_url(f"https://{key}") if _DOMAIN.match(key) else None


def outlet_in_byline(line: str) -> str | None:
    """The outlet a header line names: the whole line, or its last part after " - " or ", ".

    >>> outlet_in_byline("Andi Saputra - detikSulsel")
    'Detik'
    """
    for part in (line, *re.split(r"\s+[-–|]\s+|,\s+", line)[-1:]):
        if part.strip() and (found := canonical_outlet(part)):
            return found
    return None


def outlet_from_url(url: str) -> str | None:
    """Return the outlet whose domain serves ``url``.

    >>> outlet_from_url("https://www.cnbcindonesia.com/news/20211028/china-korut")
    'CNBC Indonesia'
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    where = host + parts.path.lower()
    outlets, _ = _tables()
    best: tuple[int, str] | None = None
    for canonical, info in outlets.items():
        for domain in info.get("domains", ()):  # type: ignore[attr-defined]
            d = str(domain).lower()
            hit = (
                (where.startswith(d) or f".{d}" in f".{where}")
                if "/" in d
                else (host == d or host.endswith("." + d))
            )
            if hit and (best is None or len(d) > best[0]):
                best = (len(d), canonical)  # the most specific domain wins
    return best[1] if best else None


def outlet_utc_offset(outlet: str | None) -> float | None:
    """The zone (hours east of UTC) an outlet writes its datelines in, if known.

    >>> outlet_utc_offset("CNBC Indonesia"), outlet_utc_offset("Harian Lokal")
    (7.0, None)
    """
    info = _outlet_info(outlet)
    return float(info["utc_offset"]) if info and "utc_offset" in info else None  # type: ignore[arg-type]


def outlet_dollar(outlet: str | None) -> str | None:
    """The currency a bare "$" stands for in an outlet's copy, if the outlet is known to
    mean its own country's dollar by it.

    >>> outlet_dollar("The Straits Times"), outlet_dollar("Reuters")
    ('dolar Singapura', None)
    """
    info = _outlet_info(outlet)
    dollar = info.get("dollar") if info else None
    return str(dollar) if dollar else None


def outlet_home(outlet: str | None) -> str | None:
    """The country whose bodies an outlet names without their country ("the Defense
    Ministry" in Kyodo's copy is Japan's), if the tables give one (``home``).

    >>> outlet_home("Kyodo"), outlet_home("Kompas"), outlet_home("Reuters")
    ('Japan', 'Indonesia', None)
    """
    info = _outlet_info(outlet)
    home = info.get("home") if info else None
    return str(home) if home else None


def _outlet_info(outlet: str | None) -> dict[str, object] | None:
    """The tables' entry for a canonical outlet name, or None."""
    return _tables()[0].get(outlet) if outlet is not None else None


def _as_outlet(text: str) -> str | None:
    text = text.strip()
    return canonical_outlet(text) or (text if _DOMAIN.match(text) else None)


def find_signature(line: str) -> Signature | None:
    """Find an outlet/place signature at the start of a lede paragraph.

    >>> find_signature("TEMPO.CO, Jakarta – Tiongkok dan Korea Utara merayakan 75 tahun.")
    Signature(outlet='Tempo', place='Jakarta', end=20)
    >>> find_signature("Seoul (KABARIN) - Hubungan Korea Utara dan China makin dipertegas.").outlet
    'Kabarin'
    >>> find_signature("SINGAPORE: Air quality in Singapore slipped into the unhealthy range.")
    Signature(outlet=None, place='SINGAPORE', end=11)
    """
    found: Signature | None = None
    if m := _PAREN.match(line):
        place = _PLACE_DATE.sub("", m["place"].strip())
        found = Signature(_as_outlet(m["outlet"]) or m["outlet"].strip(), place, m.end())
    elif m := _PAIR.match(line):
        a, b = _as_outlet(m["a"]), _as_outlet(m["b"])
        if a and not b:
            found = Signature(a, m["b"].strip(), m.end())
        elif b and not a:
            found = Signature(b, m["a"].strip(), m.end())
    elif m := _SINGLE.match(line):
        outlet = _as_outlet(m["a"])
        if outlet or _PLACE.match(m["a"].strip()):
            found = Signature(outlet, None if outlet else m["a"].strip(), m.end())
    elif m := _COLON.match(line):
        found = Signature(None, m["a"].strip(), m.end())
    if found is None or len(line[found.end :].split()) < SIGNATURE_MIN_REST_WORDS:
        return None
    return found


def cut_logo_markers(line: str) -> tuple[str, str | None]:
    """Remove outlet-logo alt texts ("rmol news logo") from a line; return it and the outlet.

    >>> cut_logo_markers("rmol news logo Dalam upaya meningkatkan kerja sama.")
    ('Dalam upaya meningkatkan kerja sama.', 'RMOL')
    """
    outlet = None
    for marker, name in _tables()[1].items():
        pattern = re.compile(rf"(?:^|\s){re.escape(marker)}(?:\s+article)?(?=\s|$)", re.I)
        if pattern.search(line):
            line = pattern.sub(" ", line).strip()
            outlet = name
    return line, outlet
