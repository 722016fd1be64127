"""Make the perturbation set: paragraphs with exactly one change, and meaning-preserving rewrites.

Base paragraphs are the body paragraphs of the five real seeds plus the hand-written
paragraphs below (Indonesian and English news style, fictional names). Each case pairs
an original paragraph with a copy that differs by one change of a kind compare must
flag (date, number, speaker, agency, quote wording, negation) or by one rewrite it
must not flag (date format, number as words, agency variant, speech-verb synonym,
moved attribution clause, teaser / reading-time / caption lines).

Bases are split by a seeded shuffle into a calibration half and an evaluation half,
so no paragraph is in both. A third split, "fresh", comes from paragraphs written after
the rules were tuned on the other two (fixtures/perturb/fresh_paragraphs.jsonl, with the
outlet each imitates): nothing was tuned on it. Fresh cases are made after the others,
so adding them leaves the calibration and evaluation cases as they were.
Deterministic: same seed, same files.

    .venv/bin/python benchmarks/make_perturbations.py            # writes fixtures/perturb/
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "fixtures" / "perturb"
SEED = 20240126
# Year for day/month dates in a seed with no publication date (Kabarin, 001: Sept 2025).
FALLBACK_YEAR = 2025

ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ID_MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
]  # fmt: skip
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
ID_NUMBER_WORDS = {
    2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh", 8: "delapan",
    9: "sembilan", 10: "sepuluh", 11: "sebelas", 12: "dua belas", 15: "lima belas",
    18: "delapan belas", 20: "dua puluh", 57: "lima puluh tujuh", 75: "tujuh puluh lima",
}  # fmt: skip
EN_NUMBER_WORDS = {
    2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
    10: "ten", 12: "twelve", 18: "eighteen", 20: "twenty", 57: "fifty-seven",
}  # fmt: skip
AGENCIES = ["KCNA", "AP News", "Reuters", "Xinhua", "AFP", "Yonhap", "Antara", "TASS"]
AGENCY_VARIANTS = {
    "AP News": "Associated Press (AP)",
    "AP": "Associated Press",
    "KCNA": "Kantor Berita Pusat Korea (KCNA)",
    "Xinhua": "kantor berita Xinhua",
    "Reuters": "REUTERS",
    "AFP": "Agence France-Presse (AFP)",
    "Yonhap": "kantor berita Yonhap",
    "Antara": "ANTARA",
}
SPEAKERS = ["Hendra Saputra", "Maria Lestari", "Daniel Wong", "Siti Rahmawati", "Kevin Tan"]
ID_VERB_SYNONYMS = {"kata": "ujar", "ujar": "kata", "ujarnya": "katanya", "katanya": "ujarnya"}
EN_VERB_SYNONYMS = {"said": "told reporters", "says": "tells reporters"}
QUOTE_WORDS_ID = ["penting", "mendesak", "strategis", "bersejarah", "sulit", "lambat"]
QUOTE_WORDS_EN = ["important", "urgent", "strategic", "historic", "difficult", "slow"]

# Hand-written bases (fictional names), one JSON object a line: language, published, text.
OWN_FILE = OUT / "own_paragraphs.jsonl"
# Hand-written bases of the fresh split: language, published, outlet, text.
FRESH_FILE = OUT / "fresh_paragraphs.jsonl"

QUOTE = re.compile(r"[“\"]([^”\"]{20,}?)[”\"]")
ID_DATE = re.compile(
    r"\b(?P<wd>" + "|".join(ID_DAYS) + r") \((?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?\)"
)
ID_LONG_DATE = re.compile(
    r"(?:(?P<wd>"
    + "|".join(ID_DAYS)
    + r"),? )?(?P<d>\d{1,2}) (?P<mon>"
    + "|".join(ID_MONTHS)
    + r") (?P<y>\d{4})"
)
EN_DATE = re.compile(
    r"(?:(?P<wd>"
    + "|".join(EN_DAYS)
    + r"), )?(?P<mon>"
    + "|".join(EN_MONTHS)
    + r") (?P<d>\d{1,2}), (?P<y>\d{4})"
)
_NOT_COUNTED = r"(?!persen|percent|tahun|years?|menit|minutes?|kali\b)"
NUMBER = re.compile(
    r"(?<![\d/,.:-])(?P<n>\d{1,3}(?:[.,]\d{3})+|\d{1,4})(?P<unit> " + _NOT_COUNTED + r"[a-z]{3,})"
)
ID_NEG_BEFORE = ("akan", "sudah", "dapat", "bisa", "harus", "wajib", "masih", "berada", "diminta")
EN_NEG_AFTER = ("will", "is", "are", "was", "should", "can")
NEGATORS = {"tidak", "tak", "bukan", "belum", "not", "never", "tanpa"}


def _days(language: str) -> list[str]:
    return ID_DAYS if language == "id" else EN_DAYS


def _shift(match: re.Match[str], year: int, shift: int, language: str, long: bool) -> str:
    """Rewrite one matched date moved by ``shift`` days, weekday kept consistent."""
    months = ID_MONTHS if language == "id" else EN_MONTHS
    month = months.index(match["mon"]) + 1 if long else int(match["m"])
    day = dt.date(int(match["y"] or year), month, int(match["d"])) + dt.timedelta(days=shift)
    weekday = _days(language)[day.weekday()]
    if not long:
        tail = f"/{day.year}" if match["y"] else ""
        return f"{weekday} ({day.day}/{day.month}{tail})"
    head = f"{weekday}, " if match["wd"] else ""
    if language == "id":
        return f"{head}{day.day} {months[day.month - 1]} {day.year}"
    return f"{head}{months[day.month - 1]} {day.day}, {day.year}"


def _dates(text: str, language: str) -> list[tuple[re.Match[str], bool]]:
    found = []
    patterns = [(ID_DATE, False), (ID_LONG_DATE, True)] if language == "id" else [(EN_DATE, True)]
    for pattern, long in patterns:
        for m in pattern.finditer(text):
            if re.search(r"(dikutip|diakses|dilansir)\s*$", text[: m.start()]):
                continue  # a citation date: changing it is no conflict
            found.append((m, long))
    return found


def change_date(text: str, language: str, year: int, rng: random.Random) -> str | None:
    """One date moved by 1-3 days (weekday adjusted)."""
    found = _dates(text, language)
    if not found:
        return None
    m, long = found[0]
    new = _shift(m, year, rng.choice([-3, -2, -1, 1, 2, 3]), language, long)
    return text[: m.start()] + new + text[m.end() :]


def reformat_date(text: str, language: str, year: int, rng: random.Random) -> str | None:
    """The same date written another way ("Jumat (26/1)" -> "Jumat, 26 Januari 2024")."""
    found = _dates(text, language)
    if not found:
        return None
    m, long = found[0]
    months = ID_MONTHS if language == "id" else EN_MONTHS
    if long and language == "id":
        if not m["wd"]:
            return None
        new = f"{m['wd']} ({int(m['d'])}/{months.index(m['mon']) + 1}/{m['y']})"
    elif long:
        new = f"{m['wd'] + ', ' if m['wd'] else ''}{int(m['d'])} {m['mon']} {m['y']}"
    else:
        new = f"{m['wd']}, {int(m['d'])} {months[int(m['m']) - 1]} {m['y'] or year}"
    return text[: m.start()] + new + text[m.end() :]


def _numbers(text: str) -> list[re.Match[str]]:
    return [m for m in NUMBER.finditer(text) if not re.fullmatch(r"(19|20)\d\d", m["n"])]


def change_number(text: str, language: str, year: int, rng: random.Random) -> str | None:
    """One counted number changed by 10-40 % (at least 2)."""
    found = _numbers(text)
    if not found:
        return None
    m = found[0]
    sep = "." if language == "id" else ","
    value = int(m["n"].replace(".", "").replace(",", ""))
    new = value + max(2, round(value * rng.choice([0.1, 0.2, 0.3, 0.4])))
    digits = f"{new:,}".replace(",", sep) if new >= 1000 else str(new)
    return text[: m.start("n")] + digits + text[m.end("n") :]


def number_as_words(text: str, language: str, year: int, rng: random.Random) -> str | None:
    """A small number written as a word ("3 rudal" -> "tiga rudal")."""
    words = ID_NUMBER_WORDS if language == "id" else EN_NUMBER_WORDS
    for m in _numbers(text):
        value = int(m["n"].replace(".", "").replace(",", ""))
        if value in words:
            return text[: m.start("n")] + words[value] + text[m.end("n") :]
    return None


ID_SPEAKER = re.compile(
    r"\b(?:kata|ujar|tutur)\b(?P<clause>[^,.]*?)(?=,| kepada| dalam| seperti|\.|$)"
)
EN_SPEAKER = re.compile(r"(?P<name>\b[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:said|told)\b")
NAME_RUN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?$")


def change_speaker(text: str, language: str, year: int, rng: random.Random) -> str | None:
    """The person a quote is credited to replaced by another person."""
    q = QUOTE.search(text)
    if not q:
        return None
    if language == "id":
        m = ID_SPEAKER.search(text, q.end())
        if not m or re.search(r"kantor berita|laporan|media", m["clause"], re.I):
            return None
        run = NAME_RUN.search(m["clause"].strip())
        if not run:
            return None
        start = m.start("clause") + m["clause"].index(run[0])
        end = start + len(run[0])
    else:
        m = EN_SPEAKER.search(text, q.end())
        if not m:
            return None
        start, end = m.start("name"), m.end("name")
    name = text[start:end]
    calendar = {*ID_DAYS, *EN_DAYS, *ID_MONTHS, *EN_MONTHS}
    if any(name in a or a in name for a in AGENCIES) or set(name.split()) & calendar:
        return None
    others = [s for s in SPEAKERS if s.split()[-1] not in text]
    new = rng.choice(others)
    if " " not in name:
        new = new.split()[-1]
    return text[:start] + new + text[end:]


def change_agency(text: str, language: str, year: int, rng: random.Random) -> str | None:
    """The credited news agency replaced by another one."""
    for agency in AGENCIES:
        where = re.search(rf"\b{re.escape(agency)}\b", text)
        if where and re.search(r"(sebagaimana dikutip|via)\s*$", text[: where.start()]):
            continue  # a relay: another relay of the same origin is not a conflict
        if where and text[where.start() - 1 : where.start()] == "(":
            continue  # the acronym of a name just given: swapping it alone is nonsense
        if where:
            others = [a for a in AGENCIES if a not in text and a != agency]
            return text[: where.start()] + rng.choice(others) + text[where.end() :]
    return None


def agency_variant(text: str, language: str, year: int, rng: random.Random) -> str | None:
    """The agency written another way ("AP News" -> "Associated Press (AP)")."""
    for agency, variant in AGENCY_VARIANTS.items():
        where = re.search(rf"\b{re.escape(agency)}\b", text)
        if where:
            return text[: where.start()] + variant + text[where.end() :]
    return None


def _quote_words(text: str) -> tuple[re.Match[str], list[re.Match[str]]] | None:
    q = QUOTE.search(text)
    if not q:
        return None
    return q, [w for w in re.finditer(r"[A-Za-z]{5,}", q[1]) if w[0].lower() not in NEGATORS]


def change_quote_word(text: str, language: str, year: int, rng: random.Random) -> str | None:
    """One content word inside a quote replaced by another word."""
    found = _quote_words(text)
    if not found or len(found[1]) < 3:
        return None
    q, words = found
    w = words[len(words) // 2]
    pool = [x for x in (QUOTE_WORDS_ID if language == "id" else QUOTE_WORDS_EN) if x != w[0]]
    at = q.start(1) + w.start()
    return text[:at] + rng.choice(pool) + text[at + len(w[0]) :]


def flip_negation(text: str, language: str, year: int, rng: random.Random) -> str | None:
    """A negator added to (or removed from) a quote."""
    q = QUOTE.search(text)
    if not q:
        return None
    inner = q[1]
    existing = re.search(r"\b(tidak|tak|belum|not|never) ", inner)
    if existing:
        new_inner = inner[: existing.start()] + inner[existing.end() :]
    elif language == "id":
        m = re.search(r"\b(" + "|".join(ID_NEG_BEFORE) + r")\b", inner)
        if not m:
            return None
        new_inner = inner[: m.start()] + "tidak " + inner[m.start() :]
    else:
        m = re.search(r"\b(" + "|".join(EN_NEG_AFTER) + r")\b", inner)
        if not m:
            return None
        new_inner = inner[: m.end()] + " not" + inner[m.end() :]
    return text[: q.start(1)] + new_inner + text[q.end(1) :]


def speech_verb_synonym(text: str, language: str, year: int, rng: random.Random) -> str | None:
    """The speech verb replaced by a synonym (kata -> ujar, said -> told reporters)."""
    table = ID_VERB_SYNONYMS if language == "id" else EN_VERB_SYNONYMS
    for verb, synonym in table.items():
        where = re.search(rf"\b{verb}\b", text)
        if where and QUOTE.search(text):
            return text[: where.start()] + synonym + text[where.end() :]
    return None


def move_attribution(text: str, language: str, year: int, rng: random.Random) -> str | None:
    """'“Q,” kata X.' -> 'X mengatakan, “Q.”' (the attribution clause moved to the front)."""
    tail = r"(?P<rest>(?:,[^.]*)?)\.(?=\s|$)"
    pattern = (
        r"[“\"](?P<q>[^”\"]{20,}?),[”\"] (?:kata|ujar) (?P<who>[^,.]+?)" + tail
        if language == "id"
        else r"\"(?P<q>[^\"]{20,}?),\" (?P<who>[^,.]+?) said" + tail
    )
    m = re.search(pattern, text)
    if not m:
        return None
    verb = "mengatakan" if language == "id" else "said"
    rest = m["rest"].strip(", ")
    lead = f"{m['who']} {verb}{', ' + rest if rest else ''}: “{m['q']}.”"
    return text[: m.start()] + lead + text[m.end() :]


def add_noise_lines(text: str, language: str, year: int, rng: random.Random) -> str | None:
    """Teaser, reading-time and photo-caption lines that carry other dates and numbers."""
    if language == "id":
        lines = [
            "waktu baca 2 menit",
            text,
            "Baca Juga: 3.000 Tentara Dikerahkan ke Perbatasan pada Jumat (12/1)",
            "Foto: Suasana di lokasi kejadian, Rabu (9/10/2024). ANTARA FOTO/Rivan Awal",
        ]
    else:
        lines = [
            "2 min read",
            text,
            "Read more: 3,000 troops deployed to the border on Friday, January 12, 2024",
            "Photo: The scene on Wednesday, October 9, 2024. REUTERS/Kim Hong-Ji",
        ]
    return "\n\n".join(lines)


CHANGES: dict[str, tuple[str, Callable[..., str | None]]] = {
    "date": ("date_conflict", change_date),
    "number": ("number_conflict", change_number),
    "speaker": ("speaker_conflict", change_speaker),
    "agency": ("attribution_conflict", change_agency),
    "quote_wording": ("quote_drift", change_quote_word),
    "negation": ("quote_drift", flip_negation),
}
REWRITES: dict[str, Callable[..., str | None]] = {
    "date_format": reformat_date,
    "number_words": number_as_words,
    "agency_variant": agency_variant,
    "speech_verb": speech_verb_synonym,
    "moved_attribution": move_attribution,
    "noise_lines": add_noise_lines,
}


def seed_bases() -> Iterator[tuple[str, str, str, str, str, str]]:
    """(base id, language, published, paragraph, context A, context B) from the seeds.

    The contexts are other paragraphs of the same article (the next one for copy A,
    the previous one for copy B): same story, different claims, so each case also
    tests that unrelated sentences of one story are not aligned and flagged.
    """
    import sys

    sys.path.insert(0, str(ROOT))
    from crosscheck.ingest import read_articles

    paths = sorted(str(p) for p in (ROOT / "fixtures" / "events").glob("*/0[0-9][0-9]_*.txt"))
    for article in read_articles(paths).articles:
        # an article without a stated date stays without one: a guessed year would
        # make "Minggu (28/9)" a wrong weekday
        published = article.published.date().isoformat() if article.published else None
        paras = [p.text for p in article.paragraphs]
        for n, text in enumerate(paras):
            if len(text) >= 80:
                base = f"seed{Path(article.source).name[:3]}p{n:02d}"
                later = [p for p in paras[n + 1 :] + paras[:n] if _neutral(p)]
                earlier = [p for p in paras[:n][::-1] + paras[n + 1 :][::-1] if _neutral(p)]
                after = later[0] if later else ""
                before = earlier[0] if earlier else ""
                yield base, article.language, published, text, after, before


def _neutral(paragraph: str) -> bool:
    """A context paragraph credits no agency: otherwise the two copies, having different
    contexts, would credit different sources for reasons other than the change."""
    return not any(re.search(rf"\b{re.escape(a)}\b", paragraph) for a in [*AGENCIES, "AP"])


def _lead(paragraph: str) -> str:
    """The paragraph up to its first quote: the lead sentence, without a credited source."""
    return re.split(r"[“\"]", paragraph, maxsplit=1)[0].strip()


def bases() -> list[tuple[str, str, str, str, str, str]]:
    """Every base paragraph with its two context paragraphs: the seeds' and our own."""
    rows = [json.loads(line) for line in OWN_FILE.read_text(encoding="utf-8").splitlines() if line]
    written = [(r["language"], r["published"], r["text"]) for r in rows]
    own = []
    for n, (lang, pub, text) in enumerate(written):
        same = [_lead(t) for lg, _, t in written if lg == lang and t != text]
        own.append((f"own{n:02d}", lang, pub, text, same[n % len(same)], same[(n + 3) % len(same)]))
    return list(seed_bases()) + own


def fresh_bases() -> list[tuple[str, str, str, str, str, str, str, str]]:
    """The fresh split's bases: (id, language, published, text, context A, context B,
    outlet A, outlet B); contexts and the second outlet come from other fresh paragraphs
    of the same language."""
    rows = [json.loads(line) for line in FRESH_FILE.read_text(encoding="utf-8").splitlines()]
    out = []
    for n, row in enumerate(rows):
        same = [r for r in rows if r["language"] == row["language"] and r is not row]
        other = same[n % len(same)]
        out.append(
            (
                f"fresh{n:02d}",
                row["language"],
                row["published"],
                row["text"],
                _lead(other["text"]),
                _lead(same[(n + 3) % len(same)]["text"]),
                row["outlet"],
                other["outlet"] if other["outlet"] != row["outlet"] else "Outlet B",
            )
        )
    return out


def _record(text: str, outlet: str, language: str, published: str | None) -> dict:
    record = {"outlet": outlet, "language": language, "text": text}
    if published:
        record["published"] = f"{published}T12:00:00+07:00"
    return record


def make(seed: int = SEED) -> list[dict]:
    """All cases, deterministic for ``seed``."""
    rng = random.Random(seed)
    all_bases = bases()
    order = sorted(all_bases, key=lambda b: hashlib.sha1(f"{seed}{b[0]}".encode()).hexdigest())
    half = {b[0]: ("calibration" if i % 2 == 0 else "evaluation") for i, b in enumerate(order)}
    labelled = [(*b, "Outlet A", "Outlet B", half[b[0]]) for b in all_bases]
    labelled += [(*b, "fresh") for b in fresh_bases()]
    cases = []
    for base_id, lang, published, text, ctx_a, ctx_b, outlet_a, outlet_b, split in labelled:
        year = int(published[:4]) if published else FALLBACK_YEAR
        steps = [(n, k, f) for n, (k, f) in CHANGES.items()]
        steps += [(n, None, f) for n, f in REWRITES.items()]
        for name, kind, fn in steps:
            altered = fn(text, lang, year, rng)
            if not altered or altered == text:
                continue

            cases.append(
                {
                    "id": f"{base_id}-{name}",
                    "base": base_id,
                    "split": split,
                    "change": name,
                    "expect": kind,  # None for a rewrite: only agreements may be reported
                    "a": _record(f"{text}\n\n{ctx_a}".strip(), outlet_a, lang, published),
                    "b": _record(f"{altered}\n\n{ctx_b}".strip(), outlet_b, lang, published),
                }
            )
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    cases = make(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "cases.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for case in cases:
            handle.write(json.dumps(case, ensure_ascii=False) + "\n")
    tally = Counter((c["split"], c["change"]) for c in cases)
    rewrites = sum(1 for c in cases if c["expect"] is None)
    print(f"{len(cases)} cases ({rewrites} rewrites = {rewrites / len(cases):.0%}) -> {path}")
    for (split, change), n in sorted(tally.items()):
        print(f"  {split:12} {change:18} {n}")


if __name__ == "__main__":
    main()
