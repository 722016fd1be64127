"""Matching, scoring, floors, digest and JUnit of ``crosscheck regress`` on hand-built reports."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.errors import FixtureError
from crosscheck.ingest.build import make_article
from crosscheck.regress import (
    Expectation,
    Reported,
    Side,
    load_event,
    matches,
    regress,
    score_event,
)
from crosscheck.regress_floors import (
    FLOOR_DECIMALS,
    Floors,
    check,
    fixtures_digest,
    floor_of,
    junit_xml,
    load_floors,
    repin,
    save_floors,
)
from crosscheck.types import Article, Evidence, Finding, FindingKind, Report

BODIES = {
    "a.txt": "Wang tiba pada Kamis (25/1). Ia bertemu Choe pada Jumat (26/1), kata KCNA.",
    "b.txt": "Wang bertemu Choe pada Sabtu, 27 Januari 2024, menurut AP News.",
    "c.txt": "Pertemuan berlangsung Jumat (26/1).",
}


def side(label: str, span: str) -> Side:
    start = BODIES[label].index(span)
    return Side(label, start, start + len(span), span, BODIES[label])


def expect(kind: str, *pairs: tuple[str, str], confidence: str = "clear") -> Expectation:
    return Expectation(
        kind, tuple(a for a, _ in pairs), tuple((s,) for _, s in pairs), confidence, "", 0
    )


DATES = expect("date_conflict", ("a.txt", "pada Jumat (26/1)"), ("b.txt", "pada Sabtu, 27 Januari"))


@pytest.mark.parametrize(
    ("finding", "expected", "matched"),
    [
        # same kind, both spans overlap (partially) -> match
        (
            Reported(
                "date_conflict", 0.9, "", (side("a.txt", "Jumat (26/1)"), side("b.txt", "Sabtu"))
            ),
            DATES,
            True,
        ),
        # wrong kind
        (
            Reported("number_conflict", 0.9, "", (side("a.txt", "Jumat"), side("b.txt", "Sabtu"))),
            DATES,
            False,
        ),
        # only one of two articles overlaps
        (
            Reported(
                "date_conflict", 0.9, "", (side("a.txt", "Kamis (25/1)"), side("b.txt", "Sabtu"))
            ),
            DATES,
            False,
        ),
        # evidence in a third article the expectation does not name
        (
            Reported("date_conflict", 0.9, "", (side("a.txt", "Jumat"), side("c.txt", "Jumat"))),
            DATES,
            False,
        ),
        # a pairwise finding matches a three-article expectation in two of its articles
        (
            Reported(
                "date_conflict", 0.8, "", (side("b.txt", "Sabtu"), side("c.txt", "Jumat (26/1)"))
            ),
            expect(
                "date_conflict",
                ("a.txt", "Jumat (26/1)"),
                ("b.txt", "Sabtu, 27 Januari"),
                ("c.txt", "Jumat (26/1)"),
            ),
            True,
        ),
        # metadata evidence (no offsets) matches by its words
        (
            Reported(
                "attribution_conflict",
                0.9,
                "",
                (side("a.txt", "KCNA"), Side("b.txt", -1, -1, "AP News", "Sumber: AP News")),
            ),
            expect("attribution_conflict", ("a.txt", "kata KCNA"), ("b.txt", "menurut AP News")),
            True,
        ),
        # a single-article kind needs its one article
        (
            Reported("weekday_mismatch", 0.9, "", (side("c.txt", "Jumat (26/1)"),)),
            expect("weekday_mismatch", ("c.txt", "Jumat (26/1)")),
            True,
        ),
        # an "any" trap is hit by any discrepancy ...
        (
            Reported("number_conflict", 0.9, "", (side("a.txt", "Jumat"), side("b.txt", "Sabtu"))),
            expect("any", ("a.txt", "Jumat (26/1)"), ("b.txt", "Sabtu, 27")),
            True,
        ),
        # ... but never by an agreement
        (
            Reported("agreement", 0.9, "", (side("a.txt", "Jumat"), side("b.txt", "Sabtu"))),
            expect("any", ("a.txt", "Jumat (26/1)"), ("b.txt", "Sabtu, 27")),
            False,
        ),
    ],
)
def test_matching(finding: Reported, expected: Expectation, matched: bool) -> None:
    assert matches(finding, expected, BODIES) is matched


def _event(findings: list[Expectation], traps: list[Expectation]):
    from crosscheck.regress import Event

    return Event("e", Path("e"), tuple(findings), tuple(traps))


def test_score_event_counts_debatable_and_agreements_as_documented() -> None:
    debatable = expect(
        "quote_drift", ("a.txt", "kata KCNA"), ("b.txt", "AP News"), confidence="debatable"
    )
    agreement = expect("agreement", ("a.txt", "Jumat (26/1)"), ("c.txt", "Jumat (26/1)"))
    trap = expect("date_conflict", ("a.txt", "Kamis (25/1)"), ("c.txt", "Jumat (26/1)"))
    event = _event([DATES, debatable, agreement], [trap])
    reported = [
        Reported("date_conflict", 0.9, "", (side("a.txt", "Jumat (26/1)"), side("b.txt", "Sabtu"))),
        Reported("agreement", 0.9, "", (side("b.txt", "Wang"), side("c.txt", "Pertemuan"))),
        Reported("date_conflict", 0.7, "", (side("a.txt", "Kamis (25/1)"), side("c.txt", "Jumat"))),
    ]
    res = score_event(event, reported, BODIES)
    assert res.found == (DATES,)
    assert res.misses == (agreement,)  # the debatable one is never a miss
    assert [f.confidence for f in res.correct] == [0.9]
    assert [f.confidence for f in res.false_alarms] == [0.7]  # unlisted agreement is not one
    assert res.unmatched_agreements == 1
    assert [v.trap for v in res.violations] == [trap]


# --------------------------------------------------------------------------- end to end


def _fixture(tmp_path: Path) -> Path:
    folder = tmp_path / "fx" / "events" / "visit"
    folder.mkdir(parents=True)
    for name, body in BODIES.items():
        (folder / name).write_text(body, encoding="utf-8")
    expected = {
        "findings": [
            {"kind": "date_conflict", "articles": ["a.txt", "b.txt"],
             "evidence": ["pada Jumat (26/1)", "pada Sabtu, 27 Januari 2024"],
             "confidence": "clear", "note": "meeting day"},
            {"kind": "attribution_conflict", "articles": ["a.txt", "b.txt"],
             "evidence": ["kata KCNA", ["menurut AP News", "AP News"]],
             "confidence": "clear", "note": "credited agency"},
        ],
        "traps": [
            {"kind": "date_conflict", "articles": ["a.txt", "c.txt"],
             "evidence": ["pada Kamis (25/1)", "Jumat (26/1)"], "reason": "arrival vs meeting"},
        ],
    }  # fmt: skip
    (folder / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    return tmp_path / "fx"


def _articles(folder: Path) -> dict[str, Article]:
    return {n: make_article(b, source=str(folder / n), language="id") for n, b in BODIES.items()}


def _ev(article: Article, span: str) -> Evidence:
    start = article.body.index(span)
    return Evidence(article.id, article.body, 0, len(article.body), span, start, start + len(span))


def fake_compare(findings: list[tuple[str, list[tuple[str, str]]]]):
    """A compare stand-in returning the given findings as a real ``Report``."""

    def run(folder: Path, settings: object, embedder: object) -> Report:
        arts = _articles(folder)
        out = tuple(
            Finding(FindingKind(kind), 0.9, kind, tuple(_ev(arts[a], s) for a, s in sides))
            for kind, sides in findings
        )
        return Report(articles=tuple(arts.values()), findings=out)

    return run


GOOD = [
    ("date_conflict", [("a.txt", "Jumat (26/1)"), ("b.txt", "Sabtu, 27 Januari 2024")]),
    ("attribution_conflict", [("a.txt", "KCNA"), ("b.txt", "AP News")]),
]


def test_regress_scores_a_perfect_report(tmp_path: Path) -> None:
    result = regress(_fixture(tmp_path), compare_fn=fake_compare(GOOD))
    figures = result.figures()
    assert figures["overall.precision"] == figures["overall.recall"] == 1.0
    assert figures["date_conflict.f1"] == 1.0
    assert "agreement.precision" not in figures  # rule 3: not measured
    assert not result.violations


def test_regress_reports_miss_false_alarm_and_trap(tmp_path: Path) -> None:
    findings = [
        GOOD[0],
        ("number_conflict", [("a.txt", "Choe"), ("b.txt", "Choe")]),
        ("date_conflict", [("a.txt", "Kamis (25/1)"), ("c.txt", "Jumat (26/1)")]),
    ]
    result = regress(_fixture(tmp_path), compare_fn=fake_compare(findings))
    (event,) = result.events
    assert [m.kind for m in event.misses] == ["attribution_conflict"]
    assert sorted(f.kind for f in event.false_alarms) == ["date_conflict", "number_conflict"]
    assert len(result.violations) == 1
    figures = result.figures()
    assert figures["overall.recall"] == 0.5
    assert figures["overall.precision"] == pytest.approx(1 / 3, abs=1e-3)
    assert figures["number_conflict.precision"] == 0.0


def test_regress_records_a_compare_error_as_misses(tmp_path: Path) -> None:
    def broken(folder: Path, settings: object, embedder: object) -> Report:
        raise FixtureError("cannot read", source=str(folder))

    result = regress(_fixture(tmp_path), compare_fn=broken)
    assert result.errors and len(result.events[0].misses) == 2
    assert any(f.check.startswith("error:") for f in check(result, None, "x"))


def _item(kind: str = "date_conflict", **over: object) -> dict[str, object]:
    item: dict[str, object] = {
        "kind": kind,
        "articles": ["a.txt"],
        "evidence": ["x"],
        "confidence": "clear",
    }
    return {**item, **over}


@pytest.mark.parametrize(
    "bad",
    [
        {"findings": [_item("date_clash")]},
        {"findings": [_item(articles=["a.txt", "b.txt"])]},
        {"findings": [_item(confidence="sure")]},
        {"traps": [_item(evidence=[""])]},
        ["not", "an", "object"],
    ],
)
def test_malformed_expectations_raise(tmp_path: Path, bad: object) -> None:
    (tmp_path / "expected.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(FixtureError, match=r"expected\.json"):
        load_event(tmp_path)


# --------------------------------------------------------------------------- floors


def _result(tmp_path: Path, findings=GOOD):
    return regress(_fixture(tmp_path), compare_fn=fake_compare(findings))


def test_first_pin_then_gate_passes(tmp_path: Path) -> None:
    result = _result(tmp_path)
    digest = fixtures_digest(tmp_path / "fx")
    assert check(result, None, digest)[0].check == "floors"
    floors = repin(None, result, digest, today=dt.date(2026, 1, 2))
    assert floors.floors["overall.recall"] == 1.0 and floors.pinned == "2026-01-02"
    assert check(result, floors, digest) == []


def test_gate_fails_below_floor_and_update_refuses_lowering(tmp_path: Path) -> None:
    good = _result(tmp_path)
    digest = fixtures_digest(tmp_path / "fx")
    floors = repin(None, good, digest)
    worse = regress(tmp_path / "fx", compare_fn=fake_compare(GOOD[:1]))
    failed = {f.check for f in check(worse, floors, digest)}
    assert "floor:overall.recall" in failed and "floor:attribution_conflict.recall" in failed
    with pytest.raises(
        FixtureError, match=r"refusing to lower floors: .*overall\.recall 1\.000 -> 0\.500"
    ):
        repin(floors, worse, digest)


def test_update_raises_floors_and_allow_regression_records_the_reason(tmp_path: Path) -> None:
    digest = fixtures_digest(_fixture(tmp_path))
    worse = regress(tmp_path / "fx", compare_fn=fake_compare(GOOD[:1]))
    good = regress(tmp_path / "fx", compare_fn=fake_compare(GOOD))
    low = repin(None, worse, digest)
    assert low.floors["overall.recall"] == 0.5
    high = repin(low, good, digest)
    assert high.floors["overall.recall"] == 1.0 and high.history == ()
    lowered = repin(high, worse, digest, allow_regression="harder event", today=dt.date(2026, 3, 4))
    assert lowered.floors["overall.recall"] == 0.5
    assert {"date": "2026-03-04", "figure": "overall.recall", "from": 1.0, "to": 0.5,
            "reason": "harder event"} in lowered.history  # fmt: skip


def test_floors_round_trip_and_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    assert load_floors(path) is None
    floors = Floors("sha256:x", {"overall.f1": 0.5}, "2026-01-01", ({"reason": "r"},))
    save_floors(path, floors)
    assert load_floors(path) == floors
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(FixtureError, match=r"floors\.json"):
        load_floors(path)


def test_digest_changes_with_any_fixture_byte_and_fails_the_gate(tmp_path: Path) -> None:
    root = _fixture(tmp_path)
    before = fixtures_digest(root)
    assert fixtures_digest(root) == before
    (root / "events" / ".swap").write_text("editor file", encoding="utf-8")
    assert fixtures_digest(root) == before  # hidden files do not count
    article = root / "events" / "visit" / "c.txt"
    article.write_text(article.read_text(encoding="utf-8") + " ", encoding="utf-8")
    after = fixtures_digest(root)
    assert after != before
    result = regress(root, compare_fn=fake_compare(GOOD))
    floors = repin(None, result, before)
    assert [f.check for f in check(result, floors, after)] == ["digest"]


def test_junit_xml_lists_failures(tmp_path: Path) -> None:
    findings = [*GOOD, ("date_conflict", [("a.txt", "Kamis (25/1)"), ("c.txt", "Jumat (26/1)")])]
    result = regress(_fixture(tmp_path), compare_fn=fake_compare(findings))
    digest = fixtures_digest(tmp_path / "fx")
    floors = repin(None, regress(tmp_path / "fx", compare_fn=fake_compare(GOOD)), digest)
    failures = check(result, floors, digest)
    root = ET.fromstring(junit_xml(result, failures))
    suite = root.find("testsuite")
    assert suite is not None and suite.get("name") == "crosscheck.regress"
    failed = {c.get("name") for c in suite.iter("testcase") if c.find("failure") is not None}
    assert failed == {
        "visit",  # the trap
        "floor:overall.precision",
        "floor:overall.f1",
        "floor:date_conflict.precision",
        "floor:date_conflict.f1",
    }
    assert int(suite.get("failures", "0")) == len(failed)
    assert int(suite.get("tests", "0")) >= 1 + len(result.figures())


@given(st.floats(min_value=0.0, max_value=1.0, allow_nan=False))
def test_floor_of_never_exceeds_the_measured_value(value: float) -> None:
    floor = floor_of(value)
    assert floor <= value + 1e-9 and value - floor < 10**-FLOOR_DECIMALS + 1e-9


BODY = "".join(chr(0x4E00 + i) for i in range(80))  # 80 distinct letters: every span is unique


@given(st.integers(0, 60), st.integers(1, 20), st.integers(0, 60), st.integers(1, 20))
def test_a_single_article_match_is_exactly_span_overlap(
    a: int, alen: int, b: int, blen: int
) -> None:
    expected = Expectation("weekday_mismatch", ("a.txt",), ((BODY[a : a + alen],),), "clear", "", 0)
    side = Side("a.txt", b, b + blen, BODY[b : b + blen], BODY)
    reported = Reported("weekday_mismatch", 1.0, "", (side,))
    assert matches(reported, expected, {"a.txt": BODY}) == (a < b + blen and b < a + alen)


def test_a_merged_finding_is_scored_as_the_pairs_it_stands_for(tmp_path: Path) -> None:
    from crosscheck.regress import reported_findings

    articles = tuple(
        make_article(BODIES[name], source=str(tmp_path / name), language="id")
        for name in ("a.txt", "b.txt", "c.txt")
    )

    def ev(article: Article, span: str) -> Evidence:
        start = article.body.index(span)
        return Evidence(article.id, article.body, 0, len(article.body), span, start,
                        start + len(span), span)  # fmt: skip

    merged = Finding(
        FindingKind.DATE_CONFLICT, 0.8, "Sabtu vs Jumat",
        (ev(articles[1], "Sabtu"), ev(articles[0], "Jumat (26/1)"),
         ev(articles[2], "Jumat (26/1)")),
        {"merged_pairs": 2},
    )  # fmt: skip
    reported = reported_findings(Report(articles=articles, findings=(merged,)), tmp_path)
    assert [[s.article for s in r.sides] for r in reported] == [
        ["b.txt", "a.txt"], ["b.txt", "c.txt"]
    ]  # fmt: skip
    # a trap between the two articles that agree is not hit by the merged finding
    trap = expect("any", ("a.txt", "Jumat (26/1)"), ("c.txt", "Jumat (26/1)"))
    assert not any(matches(r, trap, BODIES) for r in reported)
