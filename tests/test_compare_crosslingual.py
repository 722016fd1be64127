"""Numbers and dates compared across languages: an Indonesian rewrite of an English wire."""

from __future__ import annotations

# One case per line reads best in the tables below.
# ruff: noqa: E501
import pytest
from test_compare_kit import WordEmbedder, article, date, entity, extraction, number

from crosscheck.compare import compare_extractions
from crosscheck.compare.facts import counted_thing
from crosscheck.types import FindingKind, Granularity

K = FindingKind
EN = "North Korea fired {n} into the sea near Pyongyang on {when}, Seoul said."
ID = "Korea Utara menembakkan {n} ke laut dekat Pyongyang pada {when}, kata Seoul."


def _pair(n_en, unit_en, v_en, n_id, unit_id, v_id, *, when_en="Friday", when_id="Jumat"):  # type: ignore[no-untyped-def]
    a = article(EN.format(n=n_en, when=when_en), language="en", source="wire.txt")
    b = article(ID.format(n=n_id, when=when_id), language="id", source="lokal.txt")
    people = lambda art, nk, pk: [  # noqa: E731
        entity(art, nk, "Korea Utara"),
        entity(art, "Pyongyang"),
        entity(art, "Seoul"),
    ]
    num_en = n_en.split()[0]
    num_id = n_id.split()[0]
    ea = extraction(
        a,
        numbers=[number(a, num_en, v_en, unit=unit_en)],
        dates=[date(a, when_en, "2024-01-26", event="launch")],
        entities=people(a, "North Korea", "Pyongyang"),
    )
    eb = extraction(
        b,
        numbers=[number(b, num_id, v_id, unit=unit_id)],
        dates=[date(b, when_id, "2024-01-26", event="launch")],
        entities=people(b, "Korea Utara", "Pyongyang"),
    )
    return compare_extractions([ea, eb], embedder=WordEmbedder())


@pytest.mark.parametrize(
    ("case", "en", "id_", "conflict"),
    [
        ("rounds, other number", ("18 rounds", "putaran", 18), ("17 putaran", "putaran", 17), True),
        ("rounds, same number", ("18 rounds", "putaran", 18), ("18 putaran", "putaran", 18), False),
        ("troops vs tentara", ("1,500 troops", "tentara", 1500), ("1.200 tentara", "tentara", 1200), True),
        ("villagers vs warga", ("12 villagers", "villagers", 12), ("15 warga", "orang", 15), True),
        ("suspects vs tersangka", ("14 suspects", "suspects", 14), ("41 tersangka", "tersangka", 41), True),
        ("people vs korban jiwa", ("47 people", "orang", 47), ("40 korban jiwa", "korban jiwa", 40), False),
        ("casualties vs korban jiwa", ("47 casualties", "korban", 47), ("40 korban tewas", "korban jiwa", 40), False),
        ("unknown English word", ("12 gizmos", "gizmos", 12), ("15 orang", "orang", 15), False),
        ("students are ambiguous", ("30 students", "students", 30), ("35 siswa", "siswa", 35), False),
    ],
)  # fmt: skip
def test_cross_lingual_numbers(case: str, en: tuple, id_: tuple, conflict: bool) -> None:
    report = _pair(*en, *id_)
    found = [f for f in report.findings if f.kind is K.NUMBER_CONFLICT]
    assert bool(found) is conflict, case
    for finding in found:
        assert finding.confidence > 0.5 and finding.summary
        assert [c.evidence for c in finding.claims] == [en[0].split()[0], id_[0].split()[0]]


def test_same_number_across_languages_is_an_agreement() -> None:
    report = _pair("18 rounds", "putaran", 18, "18 putaran", "putaran", 18)
    assert [f.kind for f in report.findings] == [K.AGREEMENT]
    assert "number 18" in report.findings[0].summary


@pytest.mark.parametrize(
    ("case", "en_date", "id_date", "conflict"),
    [
        ("other day", ("January 25, 2024", "2024-01-25", Granularity.DAY, "launch"),
         ("26 Januari 2024", "2024-01-26", Granularity.DAY, "launch"), True),
        ("same day, other format", ("January 26, 2024", "2024-01-26", Granularity.DAY, "launch"),
         ("Jumat (26/1/2024)", "2024-01-26", Granularity.DAY, "launch"), False),
        ("month vs day", ("January 2024", "2024-01", Granularity.MONTH, "launch"),
         ("26 Januari 2024", "2024-01-26", Granularity.DAY, "launch"), False),
        ("other event", ("January 25, 2024", "2024-01-25", Granularity.DAY, "arrive"),
         ("26 Januari 2024", "2024-01-26", Granularity.DAY, "launch"), False),
        ("citation date", ("January 27, 2024", "2024-01-27", Granularity.DAY, "cite"),
         ("26 Januari 2024", "2024-01-26", Granularity.DAY, "cite"), False),
    ],
)  # fmt: skip
def test_cross_lingual_dates(case: str, en_date: tuple, id_date: tuple, conflict: bool) -> None:
    # Across languages there is no word overlap to align on: the pair shares its names
    # and an agreeing count, as an Indonesian rewrite of a wire story does.
    a = article(EN.format(n="18 rounds", when=en_date[0]), language="en", source="wire.txt")
    b = article(ID.format(n="18 putaran", when=id_date[0]), language="id", source="lokal.txt")
    ea = extraction(
        a,
        numbers=[number(a, "18", 18, unit="putaran")],
        dates=[date(a, en_date[0], en_date[1], granularity=en_date[2], event=en_date[3])],
        entities=[entity(a, "North Korea", "Korea Utara"), entity(a, "Pyongyang")],
    )
    eb = extraction(
        b,
        numbers=[number(b, "18", 18, unit="putaran")],
        dates=[date(b, id_date[0], id_date[1], granularity=id_date[2], event=id_date[3])],
        entities=[entity(b, "Korea Utara"), entity(b, "Pyongyang")],
    )
    report = compare_extractions([ea, eb], embedder=WordEmbedder())
    assert (K.DATE_CONFLICT in [f.kind for f in report.findings]) is conflict, case


@pytest.mark.parametrize(
    ("unit", "language", "key"),
    [
        ("villagers", "en", "orang"),
        ("suspects", "en", "tersangka"),
        ("jurnalis", "id", "wartawan"),
        ("reporters", "en", "wartawan"),
        ("tentara", "en", "tentara"),
    ],
)
def test_counted_things_share_one_key(unit: str, language: str, key: str) -> None:
    assert counted_thing(unit, language) == (key, True)


class TranslationEmbedder:
    """Every text gets one vector: a cosine of 1, as for a faithful translation."""

    model_id = "test-translation"
    dimension = 8

    def embed(self, texts, *, kind: str = "query"):  # type: ignore[no-untyped-def]
        import numpy as np

        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        out[:, 0] = 1.0
        return out


@pytest.mark.parametrize(
    ("embedder", "en", "id_", "expect"),
    [
        (TranslationEmbedder(), ("14 suspects", "suspects", 14), ("41 tersangka", "tersangka", 41), K.NUMBER_CONFLICT),
        (TranslationEmbedder(), ("14 suspects", "suspects", 14), ("14 tersangka", "tersangka", 14), K.AGREEMENT),
        (TranslationEmbedder(), ("14 suspects", "suspects", 14), ("41 saksi", "saksi", 41), None),
        (WordEmbedder(), ("14 suspects", "suspects", 14), ("41 tersangka", "tersangka", 41), None),
    ],
)  # fmt: skip
def test_translated_claims_align_on_their_facts(embedder, en, id_, expect) -> None:  # type: ignore[no-untyped-def]
    # only a shared counted thing and a shared predicate: no names, no dates
    a = article(f"Police arrested {en[0]} in Medan.", language="en", source="wire.txt")
    b = article(f"Polisi menangkap {id_[0]} di Medan.", language="id", source="lokal.txt")
    ea = extraction(a, numbers=[number(a, en[0].split()[0], en[2], unit=en[1])])
    eb = extraction(b, numbers=[number(b, id_[0].split()[0], id_[2], unit=id_[1])])
    kinds = [f.kind for f in compare_extractions([ea, eb], embedder=embedder).findings]
    assert kinds == ([expect] if expect else [])
