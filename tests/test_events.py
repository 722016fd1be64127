"""Event predicates: surface forms to canonical events, and the predicate governing a span."""

from __future__ import annotations

import pytest

from crosscheck.extract.events import governing, predicates


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Sun tiba di Pyongyang.", "id", [("arrive", "tiba")]),
        ("Setibanya di Beijing, ia bertemu dengan Xi.", "id",
         [("arrive", "Setibanya"), ("meet", "bertemu dengan")]),
        ("Wang berkunjung ke Pyongyang.", "id", [("visit", "berkunjung")]),
        ("Kunjungannya dilaporkan KCNA.", "id",
         [("visit", "Kunjungannya"), ("report", "dilaporkan")]),
        ("Media pemerintah melaporkan hal itu.", "id", [("report", "melaporkan")]),
        ("kata KCNA, dikutip Sabtu.", "id", [("say", "kata"), ("cite", "dikutip")]),
        ("Kedua negara merayakan ulang tahun.", "id", [("celebrate", "merayakan")]),
        ("Rusia menandatangani perjanjian.", "id", [("sign", "menandatangani")]),
        ("Enam orang tewas.", "id", [("die", "tewas")]),
        ("Pertemuan itu berlangsung singkat.", "id",
         [("meet", "Pertemuan"), ("hold", "berlangsung")]),
        ("Sun arrived in Pyongyang and met Choe.", "en", [("arrive", "arrived"), ("meet", "met")]),
        ("KCNA reported the visit, citing officials.", "en",
         [("report", "reported"), ("visit", "visit"), ("cite", "citing")]),
        ("Six soldiers were killed.", "en", [("die", "killed")]),
        ("Russia and North Korea signed a treaty.", "en", [("sign", "signed")]),
    ],
)  # fmt: skip
def test_predicates(text, language, expected):
    found = list(predicates(text, language=language))
    assert [(p.canonical, p.text) for p in found] == expected
    for p in found:
        assert text[p.start : p.end] == p.text


@pytest.mark.parametrize(
    ("text", "span", "language", "event"),
    [
        ("Sun tiba di Pyongyang pada Kamis dan bertemu Choe pada Jumat.", "Kamis", "id", "arrive"),
        ("Sun tiba di Pyongyang pada Kamis dan bertemu Choe pada Jumat.", "Jumat", "id", "meet"),
        ("Pada Juni lalu, Kim dan Xi sempat melakukan pertemuan.", "Juni lalu", "id", "meet"),
        ("Pertemuan ini terjadi setelah awal bulan ini Kim mengatakan hal itu.", "awal bulan ini",
         "id", "say"),
        ("KCNA melaporkan, Kim terlihat pada Minggu mengawasi latihan.", "Minggu", "id",
         "inspect"),
        ("Sun arrived on Thursday and met Choe on Friday.", "Friday", "en", "meet"),
        ("On Friday, Kim said the talks went well.", "Friday", "en", "say"),
        ("Floods hit the city since Friday night, the agency said on Saturday.", "Friday night",
         "en", "hit"),
        ("Rain fell on the city since Friday night, the agency said on Saturday.",
         "Friday night", "en", None),
        ("Sebelumnya pada Jumat, Kim mengatakan partainya siap.", "Jumat", "id", "say"),
    ],
)  # fmt: skip
def test_governing(text, span, language, event):
    preds = list(predicates(text, language=language))
    start = text.index(span)
    pred = governing(text, start, start + len(span), preds, language=language)
    assert (pred.canonical if pred else None) == event


def test_no_predicate_gives_none():
    text = "Tahun ini, hujan."
    assert governing(text, 0, 9, list(predicates(text, language="id")), language="id") is None
