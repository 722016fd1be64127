"""Finding rules on hand-made extractions: what must be flagged and what must not."""

from __future__ import annotations

import pytest
from test_compare_kit import (
    WordEmbedder,
    article,
    date,
    entity,
    extraction,
    link,
    number,
    quote,
)

from crosscheck.compare import compare_extractions
from crosscheck.types import Credit, EntityType, FindingKind, Granularity

K = FindingKind
CONFLICTS = {k for k in FindingKind if k is not FindingKind.AGREEMENT}


def kinds(report) -> list[FindingKind]:  # type: ignore[no-untyped-def]
    return [f.kind for f in report.findings]


def run(*extractions):  # type: ignore[no-untyped-def]
    return compare_extractions(list(extractions), embedder=WordEmbedder())


# ---------------------------------------------------------------- dates

SUN = "Wakil Menteri Luar Negeri China Sun Weidong {verb} diplomat Korea Utara di Pyongyang {when}."


def _date_pair(when_a, value_a, gran_a, event_a, when_b, value_b, gran_b, event_b, verb_b=None):  # type: ignore[no-untyped-def]
    a = article(SUN.format(verb="bertemu", when=when_a), source="a.txt")
    b = article(SUN.format(verb=verb_b or "bertemu", when=when_b), source="b.txt")
    ea = extraction(
        a,
        dates=[date(a, when_a, value_a, granularity=gran_a, event=event_a)],
        entities=[entity(a, "Sun Weidong"), entity(a, "Korea Utara")],
    )
    eb = extraction(
        b,
        dates=[date(b, when_b, value_b, granularity=gran_b, event=event_b)],
        entities=[entity(b, "Sun Weidong"), entity(b, "Korea Utara")],
    )
    return run(ea, eb)


DAY, MONTH = Granularity.DAY, Granularity.MONTH


@pytest.mark.parametrize(
    ("case", "args", "conflict"),
    [
        ("other day", ("pada Jumat (26/1)", "2024-01-26", DAY, "meet",
                       "pada Kamis (25/1)", "2024-01-25", DAY, "meet"), True),
        ("other format", ("pada Jumat (26/1)", "2024-01-26", DAY, "meet",
                          "pada 26 Januari 2024", "2024-01-26", DAY, "meet"), False),
        ("month vs day", ("pada Januari 2024", "2024-01", MONTH, "meet",
                          "pada 26 Januari 2024", "2024-01-26", DAY, "meet"), False),
        ("other month", ("pada Februari 2024", "2024-02", MONTH, "meet",
                         "pada 26 Januari 2024", "2024-01-26", DAY, "meet"), True),
        ("arrival vs talks", ("pada Jumat (26/1)", "2024-01-26", DAY, "meet",
                              "sejak Kamis (25/1)", "2024-01-25", DAY, "arrive"), False),
        ("citation date", ("pada Jumat (26/1)", "2024-01-26", DAY, "cite",
                           "pada Sabtu (27/1)", "2024-01-27", DAY, "cite"), False),
        ("unknown event, same sentence", ("pada Jumat (26/1)", "2024-01-26", DAY, None,
                                          "pada Kamis (25/1)", "2024-01-25", DAY, None), True),
    ],
)  # fmt: skip
def test_date_rules(case: str, args: tuple, conflict: bool) -> None:
    report = _date_pair(*args)
    assert (K.DATE_CONFLICT in kinds(report)) is conflict, case
    if conflict:
        finding = next(f for f in report.findings if f.kind is K.DATE_CONFLICT)
        assert 0 < finding.confidence <= 1 and finding.summary
        assert {e.evidence for e in finding.claims} == {args[0], args[4]}
        for side, art_value in zip(finding.claims, (args[1], args[5]), strict=True):
            assert side.value == art_value
    else:
        assert not set(kinds(report)) & CONFLICTS, case


def test_same_date_is_reported_as_agreement() -> None:
    report = _date_pair(
        "pada Jumat (26/1)", "2024-01-26", DAY, "meet",
        "pada 26 Januari 2024", "2024-01-26", DAY, "meet",
    )  # fmt: skip
    agreement = next(f for f in report.findings if f.kind is K.AGREEMENT)
    assert "2024-01-26" in agreement.summary
    assert [e.evidence for e in agreement.claims] == ["pada Jumat (26/1)", "pada 26 Januari 2024"]


def test_unknown_event_needs_near_identical_sentences() -> None:
    a = article("Sun Weidong tiba di Pyongyang pada Kamis (25/1) untuk kunjungan resmi.")
    b = article(
        "Delegasi yang dipimpin Sun Weidong menggelar pembicaraan pada Jumat (26/1).",
        source="b.txt",
    )
    ea = extraction(
        a, dates=[date(a, "Kamis (25/1)", "2024-01-25")], entities=[entity(a, "Sun Weidong")]
    )
    eb = extraction(
        b, dates=[date(b, "Jumat (26/1)", "2024-01-26")], entities=[entity(b, "Sun Weidong")]
    )
    assert K.DATE_CONFLICT not in kinds(run(ea, eb))


# ---------------------------------------------------------------- numbers

FIRE = "Kebakaran di Pasar Cempaka menghanguskan {n} kios pada Senin malam."


@pytest.mark.parametrize(
    ("case", "a", "b", "expect"),
    [
        ("exact differ", ("120 kios", 120, None, None), ("150 kios", 150, None, None), "high"),
        ("same as words", ("enam kios", 6, None, None), ("6 kios", 6, None, None), None),
        ("vague covers", ("puluhan kios", None, 20, 99), ("47 kios", 47, None, None), None),
        ("vague misses", ("puluhan kios", None, 20, 99), ("147 kios", 147, None, None), "low"),
        ("thousands", ("1.500 kios", 1500, None, None), ("1500 kios", 1500, None, None), None),
    ],
)
def test_number_rules(case: str, a: tuple, b: tuple, expect: str | None) -> None:
    art_a = article(FIRE.format(n=a[0]), source="a.txt")
    art_b = article(FIRE.format(n=b[0]), source="b.txt")
    ea = extraction(
        art_a,
        numbers=[number(art_a, a[0], a[1], low=a[2], high=a[3], unit="kios")],
        entities=[entity(art_a, "Pasar Cempaka", kind=EntityType.PLACE)],
    )
    eb = extraction(
        art_b,
        numbers=[number(art_b, b[0], b[1], low=b[2], high=b[3], unit="kios")],
        entities=[entity(art_b, "Pasar Cempaka", kind=EntityType.PLACE)],
    )
    found = [f for f in run(ea, eb).findings if f.kind is K.NUMBER_CONFLICT]
    if expect is None:
        assert not found, case
    else:
        assert len(found) == 1, case
        assert (found[0].confidence >= 0.6) is (expect == "high"), found[0]


def test_stated_update_is_not_a_number_conflict() -> None:
    a = article("Korban tewas akibat gempa Mamuju mencapai 34 orang.", source="a.txt")
    b = article("Korban tewas akibat gempa Mamuju bertambah menjadi 47 orang.", source="b.txt")
    ea = extraction(a, numbers=[number(a, "34 orang", 34, unit="korban jiwa")])
    eb = extraction(b, numbers=[number(b, "47 orang", 47, unit="korban jiwa")])
    assert K.NUMBER_CONFLICT not in kinds(run(ea, eb))


def test_different_counted_things_are_not_compared() -> None:
    a = article("Banjir Bekasi merendam 300 rumah warga.", source="a.txt")
    b = article("Banjir Bekasi merendam 12 sekolah warga.", source="b.txt")
    ea = extraction(a, numbers=[number(a, "300 rumah", 300, unit="rumah")])
    eb = extraction(b, numbers=[number(b, "12 sekolah", 12, unit="sekolah")])
    assert K.NUMBER_CONFLICT not in kinds(run(ea, eb))


# ---------------------------------------------------------------- quotes and speakers

Q = "Kedua negara akan lebih meningkatkan pertukaran dan kunjungan di segala bidang"


def _quote_pair(text_a, text_b, speaker_a="Kim Jong Un", speaker_b="Kim", lang_b="id", verb="kata"):  # type: ignore[no-untyped-def]
    a = article(f"“{text_a},” kata {speaker_a} dalam pesannya.", source="a.txt")
    b = article(f'"{text_b}," {verb} {speaker_b}.', source="b.txt", language=lang_b)
    ea = extraction(a, quotes=[quote(a, text_a, speaker_a)])
    eb = extraction(b, quotes=[quote(b, text_b, speaker_b)])
    return run(ea, eb)


@pytest.mark.parametrize(
    ("case", "text_b", "drift"),
    [
        ("identical", Q, None),
        ("case and punctuation", Q.upper().replace("bidang", "bidang!"), None),
        ("substitution", Q.replace("segala", "beberapa"), "substitution"),
        ("insertion", Q.replace("kunjungan", "kunjungan resmi"), "insertion"),
        ("omission", Q.replace("pertukaran dan ", ""), "omission"),
        ("truncation", Q.replace(" di segala bidang", ""), "truncation"),
        ("negation added", Q.replace("akan", "tidak akan"), "negation_flip"),
    ],
)
def test_quote_drift_rules(case: str, text_b: str, drift: str | None) -> None:
    report = _quote_pair(Q, text_b)
    found = [f for f in report.findings if f.kind is K.QUOTE_DRIFT]
    if drift is None:
        assert not found, case
        assert K.AGREEMENT in kinds(report)
    else:
        assert len(found) == 1, case
        assert found[0].detail["drift"] == drift
        if drift == "negation_flip":
            assert found[0].confidence >= 0.9
            assert found[0].claims[1].evidence == "tidak"


def test_negation_words_are_data() -> None:
    report = _quote_pair(
        "Kami tak akan menyerang Korea Selatan", "Kami akan menyerang Korea Selatan"
    )
    drift = [f for f in report.findings if f.kind is K.QUOTE_DRIFT]
    assert drift and drift[0].detail["drift"] == "negation_flip"


def test_speech_verb_synonym_is_not_drift() -> None:
    report = _quote_pair(Q, Q, verb="ujar")
    assert not set(kinds(report)) & CONFLICTS


def test_cross_lingual_quote_is_not_drift() -> None:
    english = "Both countries will further increase exchanges and visits in all fields"
    report = _quote_pair(Q, english, lang_b="en")
    assert K.QUOTE_DRIFT not in kinds(report)


@pytest.mark.parametrize(
    ("speaker_a", "speaker_b", "conflict"),
    [
        ("Wang Yi", "Wang", False),
        ("Menlu China Wang Yi", "Wang Yi", False),
        ("Wang Yi", "Choe Son Hui", True),
    ],
)
def test_speaker_rules(speaker_a: str, speaker_b: str, conflict: bool) -> None:
    report = _quote_pair(Q, Q, speaker_a=speaker_a, speaker_b=speaker_b)
    assert (K.SPEAKER_CONFLICT in kinds(report)) is conflict
    if conflict:
        finding = next(f for f in report.findings if f.kind is K.SPEAKER_CONFLICT)
        assert [e.value for e in finding.claims] == [speaker_a, speaker_b]


# ---------------------------------------------------------------- attribution

VISIT = "Delegasi China yang dipimpin Sun Weidong tiba di Pyongyang pada Kamis (25/1)."


def _attributed(body_a, chain_a, body_b, chain_b):  # type: ignore[no-untyped-def]
    a = article(body_a, source="a.txt")
    b = article(body_b, source="b.txt")
    ea = extraction(
        a, entities=[entity(a, "Sun Weidong")], attribution=[link(a, *c) for c in chain_a]
    )
    eb = extraction(
        b, entities=[entity(b, "Sun Weidong")], attribution=[link(b, *c) for c in chain_b]
    )
    return run(ea, eb)


def test_different_origins_are_an_attribution_conflict() -> None:
    report = _attributed(
        VISIT + " Hal itu dilaporkan KCNA.", [("KCNA", "KCNA")],
        VISIT + " Dilansir dari laman AP News.", [("AP News", "AP News")],
    )  # fmt: skip
    finding = next(f for f in report.findings if f.kind is K.ATTRIBUTION_CONFLICT)
    assert [e.value for e in finding.claims] == ["KCNA", "AP News"]
    assert [e.evidence for e in finding.claims] == ["KCNA", "AP News"]


def test_relay_is_an_agreement() -> None:
    report = _attributed(
        VISIT + " Hal itu dilaporkan KCNA.", [("KCNA", "KCNA")],
        VISIT + " Kata KCNA via Reuters.",
        [("KCNA", "KCNA"), ("Reuters", "Reuters", "relay")],
    )  # fmt: skip
    assert K.ATTRIBUTION_CONFLICT not in kinds(report)
    relay = [f for f in report.findings if f.detail.get("fact") == "attribution"]
    assert relay and relay[0].detail["relays"] == ["Reuters"]


@pytest.mark.parametrize(("name_a", "name_b"), [("AP", "AP News"), ("REUTERS", "Reuters")])
def test_agency_variants_agree(name_a: str, name_b: str) -> None:
    report = _attributed(
        VISIT + f" Hal itu dilaporkan {name_a}.", [(name_a, name_a)],
        VISIT + f" Dilansir dari {name_b}.", [(name_b, name_b)],
    )  # fmt: skip
    assert K.ATTRIBUTION_CONFLICT not in kinds(report)


def test_source_credit_lines_count_as_origins() -> None:
    a = article(VISIT, source="a.txt", credits=[Credit("source", "Reuters", "Sumber: Reuters")])
    b = article(VISIT, source="b.txt", credits=[Credit("source", "KCNA", "Sumber: KCNA")])
    report = run(extraction(a), extraction(b))
    finding = next(f for f in report.findings if f.kind is K.ATTRIBUTION_CONFLICT)
    assert finding.claims[0].evidence == "Sumber: Reuters" and finding.claims[0].start == -1


# ---------------------------------------------------------------- one article, alignment


def test_weekday_mismatch_inside_one_article() -> None:
    a = article("Pertemuan digelar pada Jumat (27/1) di Pyongyang.")
    ea = extraction(
        a, dates=[date(a, "Jumat (27/1)", "2024-01-27", weekday="Jumat", consistent=False)]
    )
    report = run(ea)
    (finding,) = report.findings
    assert finding.kind is K.WEEKDAY_MISMATCH and finding.claims[0].evidence == "Jumat (27/1)"
    assert finding.summary == "Jumat does not fall on 2024-01-27 (a Saturday)"


def test_same_article_sentences_never_align() -> None:
    a = article(SUN.format(verb="bertemu", when="pada Jumat (26/1)") + " "
                + SUN.format(verb="bertemu", when="pada Kamis (25/1)"))  # fmt: skip
    ea = extraction(
        a,
        dates=[
            date(a, "pada Jumat (26/1)", "2024-01-26", event="meet"),
            date(a, "pada Kamis (25/1)", "2024-01-25", event="meet"),
        ],
    )
    assert run(ea).findings == ()


def test_unrelated_claims_do_not_align() -> None:
    a = article("Banjir merendam 300 rumah di Bekasi pada Senin (3/3).", source="a.txt")
    b = article("Menlu Wang Yi bertemu Choe Son Hui di Beijing pada Senin (29/9).", source="b.txt")
    ea = extraction(a, dates=[date(a, "Senin (3/3)", "2025-03-03", event="flood")])
    eb = extraction(b, dates=[date(b, "Senin (29/9)", "2025-09-29", event="meet")])
    report = run(ea, eb)
    assert report.stats["aligned_pairs"] == 0 and report.findings == ()


def test_every_evidence_points_at_its_body_text() -> None:
    report = _date_pair(
        "pada Jumat (26/1)", "2024-01-26", DAY, "meet",
        "pada Kamis (25/1)", "2024-01-25", DAY, "meet",
    )  # fmt: skip
    bodies = {a.id: a.body for a in report.articles}
    for finding in report.findings:
        for side in finding.claims:
            body = bodies[side.article]
            assert body[side.start : side.end] == side.text
            assert body[side.evidence_start : side.evidence_end] == side.evidence


def test_a_matching_date_for_the_event_outweighs_an_extra_one() -> None:
    """'pada Selasa (4/3) setelah hujan sejak Senin malam' vs 'pada Selasa (4/3)'."""
    a = article(
        "Banjir merendam 12 kelurahan di Kota Bekasi pada Selasa (4/3) setelah hujan "
        "deras mengguyur sejak Senin malam.",
        source="a.txt",
    )
    b = article("Banjir merendam 12 kelurahan di Kota Bekasi pada Selasa (4/3).", source="b.txt")
    ea = extraction(
        a,
        dates=[
            date(a, "Selasa (4/3)", "2025-03-04", event="hit"),
            date(a, "Senin malam", "2025-03-03", event="hit"),
        ],
        entities=[entity(a, "Kota Bekasi", kind=EntityType.PLACE)],
    )
    eb = extraction(
        b,
        dates=[date(b, "Selasa (4/3)", "2025-03-04", event="hit")],
        entities=[entity(b, "Kota Bekasi", kind=EntityType.PLACE)],
    )
    report = run(ea, eb)
    assert K.DATE_CONFLICT not in kinds(report)
    assert K.AGREEMENT in kinds(report)


def test_one_conflict_per_event() -> None:
    a = article("Rapat digelar pada Senin (3/3) dan berlanjut Senin (3/3) malam.", source="a.txt")
    b = article("Rapat digelar pada Rabu (5/3) dan berlanjut Rabu (5/3) malam.", source="b.txt")
    ea = extraction(
        a,
        dates=[
            date(a, "Senin (3/3)", "2025-03-03", event="meet"),
            date(a, "Senin (3/3) malam", "2025-03-03", event="meet"),
        ],
    )
    eb = extraction(
        b,
        dates=[
            date(b, "Rabu (5/3)", "2025-03-05", event="meet"),
            date(b, "Rabu (5/3) malam", "2025-03-05", event="meet"),
        ],
    )
    assert kinds(run(ea, eb)).count(K.DATE_CONFLICT) == 1


def test_exact_numbers_with_equal_bounds_are_not_vague() -> None:
    a = article("Harga beras naik 4,5 persen dalam sebulan terakhir.", source="a.txt")
    b = article("Harga beras naik 5,4 persen dalam sebulan terakhir.", source="b.txt")
    ea = extraction(a, numbers=[number(a, "4,5 persen", 4.5, low=4.5, high=4.5, unit="persen")])
    eb = extraction(b, numbers=[number(b, "5,4 persen", 5.4, low=5.4, high=5.4, unit="persen")])
    (finding,) = [f for f in run(ea, eb).findings if f.kind is K.NUMBER_CONFLICT]
    assert finding.confidence >= 0.6 and "vague" not in finding.summary


def test_one_number_conflict_per_counted_unit() -> None:
    a = article(
        "Pusat gempa berada pada kedalaman 10 kilometer, sekitar 6 kilometer dari Mamuju.",
        source="a.txt",
    )
    b = article("Pusat gempa berada pada kedalaman 13 kilometer dari Mamuju.", source="b.txt")
    ea = extraction(
        a,
        numbers=[
            number(a, "10 kilometer", 10, unit="km"),
            number(a, "sekitar 6 kilometer", 6, unit="km", qualifier="sekitar"),
        ],
        entities=[entity(a, "Mamuju", kind=EntityType.PLACE)],
    )
    eb = extraction(
        b,
        numbers=[number(b, "13 kilometer", 13, unit="km")],
        entities=[entity(b, "Mamuju", kind=EntityType.PLACE)],
    )
    (finding,) = [f for f in run(ea, eb).findings if f.kind is K.NUMBER_CONFLICT]
    assert [e.evidence for e in finding.claims] == ["10 kilometer", "13 kilometer"]


# ------------------------------------------------- quoted words inside claim sentences

MARKED = "Kim Jong Un mengatakan tahun 2024 akan menjadi {q} bagi Pyongyang dan Beijing."


@pytest.mark.parametrize(
    ("case", "quoted_a", "quoted_b", "lang_b", "drift"),
    [
        ("short quote, one word changed", "“tahun persahabatan DPRK-Tiongkok”",
         "“tahun mendesak DPRK-Tiongkok”", "id", "substitution"),
        ("short quote, negator added", "“tahun yang damai”", "“tahun yang tidak damai”", "id",
         "negation_flip"),
        ("same words, other marks", "“tahun persahabatan DPRK-Tiongkok”",
         '"tahun persahabatan DPRK-Tiongkok"', "id", None),
        ("different quotes", "“tahun persahabatan DPRK-Tiongkok”", "“era baru kerja sama”",
         "id", None),
        ("two stretches on one side", "“tahun persahabatan” dan “tahun kerja sama”",
         "“tahun persahabatan”", "id", None),
        ("one side unquoted", "“tahun persahabatan DPRK-Tiongkok”",
         "tahun persahabatan DPRK-Tiongkok", "id", None),
    ],
)  # fmt: skip
def test_marked_quotes_in_aligned_claims(
    case: str, quoted_a: str, quoted_b: str, lang_b: str, drift: str | None
) -> None:
    a = article(MARKED.format(q=quoted_a), source="a.txt")
    b = article(MARKED.format(q=quoted_b), source="b.txt", language=lang_b)
    ea = extraction(a, entities=[entity(a, "Kim Jong Un"), entity(a, "Pyongyang")])
    eb = extraction(b, entities=[entity(b, "Kim Jong Un"), entity(b, "Pyongyang")])
    found = [f for f in run(ea, eb).findings if f.kind is K.QUOTE_DRIFT]
    assert [f.detail["drift"] for f in found] == ([drift] if drift else []), case
    for finding in found:
        assert all(e.text and e.text in a.body + b.body for e in finding.claims)


def test_marked_quote_covered_by_quote_units_is_left_to_them() -> None:
    report = _quote_pair(Q, Q.replace("segala", "beberapa"))
    assert [f.kind for f in report.findings].count(K.QUOTE_DRIFT) == 1


def test_a_quote_unit_drift_is_not_reported_again_from_its_claim_sentence() -> None:
    """The marks hold the quote's closing comma; the quote unit's span does not."""
    said = "Pemerintah akan mengimpor beras tahun ini karena stok Bulog masih mencukupi"
    unsaid = said.replace("akan", "tidak akan")
    a = article(f"“{said},” kata Menteri Perdagangan Budi Prasetyo di Jakarta.", source="a.txt")
    b = article(f"“{unsaid},” kata Menteri Perdagangan Budi Prasetyo di Jakarta.", source="b.txt")
    people = "Budi Prasetyo"
    ea = extraction(a, quotes=[quote(a, said, people)], entities=[entity(a, people)])
    eb = extraction(b, quotes=[quote(b, unsaid, people)], entities=[entity(b, people)])
    found = [f for f in run(ea, eb).findings if f.kind is K.QUOTE_DRIFT]
    assert [f.detail["drift"] for f in found] == ["negation_flip"]


def test_one_article_against_two_that_agree_is_one_finding() -> None:
    from crosscheck.compare.summary import order_findings
    from crosscheck.types import Evidence, Finding

    def ev(article: str, start: int, value: float) -> Evidence:
        return Evidence(article, "kalimat", 0, 7, "x", start, start + 1, value)

    ab = Finding(
        K.NUMBER_CONFLICT, 0.8, "orang: 2.100 vs 1.250", (ev("A", 0, 2100), ev("B", 3, 1250))
    )
    ca = Finding(
        K.NUMBER_CONFLICT, 0.7, "orang: 1.250 vs 2.100", (ev("C", 5, 1250), ev("A", 0, 2100))
    )
    bc = Finding(K.NUMBER_CONFLICT, 0.6, "other", (ev("B", 9, 3), ev("C", 9, 4)))
    (merged, other) = order_findings([ab, ca, bc])
    assert [c.article for c in merged.claims] == ["A", "B", "C"]
    assert merged.confidence == 0.8 and merged.detail["merged_pairs"] == 2
    assert other is bc


def test_pairs_agreeing_on_different_dates_are_not_one_agreement() -> None:
    """A meeting on the 15th agreed by one pair and an arrival on the 14th by another are
    two agreements, never "agree: date 15; date 14"; a day and an instant on it are one."""
    from crosscheck.compare.align import Pair
    from crosscheck.compare.findings import Agreed, PairResult
    from crosscheck.compare.summary import _by_agreed_value
    from crosscheck.types import Evidence

    def agreed(*values: str) -> PairResult:
        sides = [Evidence("A", "x", 0, 1, "x", 0, 1, v) for v in values]
        return PairResult(agreed=[Agreed("date", side, side) for side in sides])

    def pair(a: int, b: int) -> Pair:
        return Pair(a, b, 0.9, 0.5, 0.5, 0.8, True)

    meet, arrive, quote = pair(0, 1), pair(2, 3), pair(4, 5)
    results = {
        (0, 1): agreed("2025-05-15"),
        (2, 3): agreed("2025-05-14"),
        (4, 5): PairResult(),
    }
    groups = _by_agreed_value([meet, arrive, quote], results)
    assert sorted(len(g) for g in groups) == [1, 1, 1]
    assert [quote] in groups
    results[(2, 3)] = agreed("2025-05-15T10:00+07:00", "2025-05-15")
    assert _by_agreed_value([meet, arrive], results) == [[meet, arrive]]


def test_two_articles_that_disagree_are_never_in_one_agreement() -> None:
    """CNN Indonesia and Detik drift on a quote and each agrees with AP: two agreements
    with AP, not one of three articles; with no conflict the pairs stay one group."""
    from crosscheck.compare.align import Alignment, Pair
    from crosscheck.compare.summary import _apart_from_conflicts
    from crosscheck.compare.units import Unit

    units = tuple(Unit(id=i, article=i, kind="claim", text="x", start=0, end=1) for i in range(3))
    alignment = Alignment(units=units, pairs=(), clusters=((0, 1, 2),))
    ap_cnn = Pair(0, 1, 0.9, 0.5, 0.5, 0.8, True)
    ap_detik = Pair(0, 2, 0.9, 0.5, 0.5, 0.6, True)
    parts = _apart_from_conflicts([ap_detik, ap_cnn], {frozenset((1, 2))}, alignment)
    assert parts == [[ap_cnn], [ap_detik]]
    assert _apart_from_conflicts([ap_detik, ap_cnn], set(), alignment) == [[ap_detik, ap_cnn]]
    assert _apart_from_conflicts([], {frozenset((1, 2))}, alignment) == []


def _extracted(body_a: str, body_b: str, language: str = "en"):  # type: ignore[no-untyped-def]
    from crosscheck.extract import extract

    a = article(body_a, source="a.txt", language=language)
    b = article(body_b, source="b.txt", language=language)
    return run(extract(a), extract(b))


ERUPTION = "Mount Semeru erupted on Saturday, forcing about 1,100 residents to leave their homes"


@pytest.mark.parametrize(
    ("body_a", "body_b", "conflict"),
    [
        # two bodies the claim is credited to, each named so it is one body: a conflict
        (ERUPTION + ", the volcanology agency (PVMBG) said.",
         ERUPTION + ", the national disaster agency (BNPB) said.", True),
        # the same body named by its alias and its acronym
        ("North Korea fired a ballistic missile on Tuesday, the Joint Chiefs of Staff said.",
         "North Korea fired a ballistic missile on Tuesday, the JCS said.", False),
        # a state speaking is no source beside its agency
        ("North Korea said Thursday it put a spy satellite into orbit on Wednesday.",
         "North Korea said on Thursday it put a spy satellite into orbit on Wednesday, state "
         "news agency KCNA reported.", False),
        # a body named only as written may be the other under another name
        ("The quake struck at a depth of 10 kilometers, Indonesia's Meteorology, Climatology "
         "and Geophysical Agency said.",
         "The quake struck at a depth of 10 kilometers, BMKG said.", False),
    ],
)  # fmt: skip
def test_bodies_a_claim_is_credited_to(body_a: str, body_b: str, conflict: bool) -> None:
    report = _extracted(body_a, body_b)
    assert (K.ATTRIBUTION_CONFLICT in kinds(report)) is conflict


def test_a_body_relayed_by_an_agency_agrees_with_the_body() -> None:
    report = _extracted(
        "Korea Utara meluncurkan sebuah rudal balistik pada Selasa pagi, menurut Kepala Staf "
        "Gabungan (JCS) Korea Selatan sebagaimana dikutip kantor berita Yonhap.",
        "Korea Utara meluncurkan sebuah rudal balistik pada Selasa pagi, menurut Kepala Staf "
        "Gabungan (JCS) Korea Selatan.",
        language="id",
    )
    assert K.ATTRIBUTION_CONFLICT not in kinds(report)
    credit = next(f for f in report.findings if f.detail.get("fact") == "attribution")
    assert credit.summary == "both credit Joint Chiefs of Staff (relayed via Yonhap)"


def test_bodies_a_users_alias_file_names_are_compared(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from crosscheck.extract import extract

    path = tmp_path / "bodies.json"
    path.write_text(
        '[{"canonical": "Badan Pangan Nasional", "type": "org", "aliases": []},'
        ' {"canonical": "Kementerian Perdagangan", "type": "org", "aliases": []}]',
        encoding="utf-8",
    )
    body = "Harga beras medium naik 5,4 persen dalam sepekan terakhir, kata {}."
    a = article(body.format("Badan Pangan Nasional"), source="a.txt")
    b = article(body.format("Kementerian Perdagangan"), source="b.txt")
    # named only as written, the two may be one body under two names: not compared
    plain = compare_extractions([extract(a), extract(b)], embedder=WordEmbedder())
    assert K.ATTRIBUTION_CONFLICT not in kinds(plain)
    # the user's table names them: two bodies, two credits
    ea, eb = extract(a, aliases=[path]), extract(b, aliases=[path])
    named = compare_extractions([ea, eb], embedder=WordEmbedder(), aliases=[path])
    assert K.ATTRIBUTION_CONFLICT in kinds(named)
