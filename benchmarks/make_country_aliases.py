"""Write ``crosscheck/lang/aliases/countries.json`` from babel's CLDR territory names.

Run once when CLDR changes; the JSON is committed, so babel is not needed at run time::

    .venv/bin/python benchmarks/make_country_aliases.py

Canonical names are CLDR's English short names ("North Korea"), aliases the Indonesian
ones ("Korea Utara"). The curated tables ``id.json`` and ``en.json`` load after this
file and win where they disagree.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "crosscheck" / "lang" / "aliases" / "countries.json"
# Territory names that are far more often a person's name or a US state in news text.
# A name with its other name in brackets at the end: "Myanmar (Burma)".
TRAILING_OTHER_NAME = re.compile(r"(.+?) \((\w+)\)")
SKIP = {"JO", "TD", "JE", "GG", "GE", "IM", "CW", "AQ", "EU", "EZ", "UN", "QO", "ZZ"}


def main() -> None:
    """Build the entries and write them sorted by canonical name."""
    english, indonesian = Locale("en").territories, Locale("id").territories
    entries = []
    for code, name in sorted(english.items(), key=lambda item: item[1]):
        if len(code) != 2 or not code.isalpha() or code in SKIP:
            continue
        names = {name, indonesian.get(code, name)}
        other = TRAILING_OTHER_NAME.fullmatch(name)
        if other is not None:  # "Myanmar (Burma)": news write "Myanmar" or "Burma"
            name = other.group(1)
            names |= {name, other.group(2)}
        entries.append({"canonical": name, "type": "country", "aliases": sorted(names - {name})})
    text = "[\n" + ",\n".join(json.dumps(e, ensure_ascii=False) for e in entries) + "\n]\n"
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(entries)} countries -> {OUT}")


if __name__ == "__main__":
    main()
