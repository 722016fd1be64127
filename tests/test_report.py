"""Reports: terminal as plain text, JSON against its schema, Markdown, self-contained HTML."""

from __future__ import annotations

import json
import shutil
import subprocess
from html import escape
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

import jsonschema
import pytest
from rich.console import Console
from test_compare_kit import WordEmbedder, article, date, entity, extraction, link, quote

from crosscheck.compare import compare_extractions
from crosscheck.report.html import render_html
from crosscheck.report.json_report import render_json
from crosscheck.report.markdown import render_markdown
from crosscheck.report.terminal import render
from crosscheck.types import FindingKind, Report

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "report-schema.json").read_text(encoding="utf-8"))
Q = "Kedua negara akan lebih meningkatkan pertukaran dan kunjungan di segala bidang"


@pytest.fixture(scope="module")
def report() -> Report:
    """Two articles with a date conflict, a negation flip, an attribution conflict,
    a weekday mismatch and an agreement; the second article's text has <html> in it."""
    a = article(
        "Sun Weidong bertemu diplomat Korea Utara di Pyongyang pada Jumat (26/1). "
        f"“{Q},” kata Kim dalam pesannya, tulis KCNA. "
        "Delegasi China dipimpin Sun Weidong menginap di hotel <Koryo> & sekitarnya.",
        source="rmol.txt",
        outlet="RMOL",
    )
    b = article(
        "Sun Weidong bertemu diplomat Korea Utara di Pyongyang pada Kamis (25/1). "
        f'"{Q.replace("akan", "tidak akan")}," ujar Kim, dilansir dari AP News. '
        "Delegasi China dipimpin Sun Weidong menginap di hotel <Koryo> & sekitarnya.",
        source="malang.txt",
        outlet="MalangNetwork",
    )
    ea = extraction(
        a,
        dates=[date(a, "pada Jumat (26/1)", "2024-01-26", event="meet")],
        entities=[entity(a, "Sun Weidong"), entity(a, "Korea Utara")],
        quotes=[quote(a, Q, "Kim", attribution=[link(a, "KCNA", "KCNA")])],
        attribution=[link(a, "KCNA", "KCNA")],
    )
    eb = extraction(
        b,
        dates=[
            date(
                b,
                "pada Kamis (25/1)",
                "2024-01-25",
                event="meet",
                weekday="Kamis",
                consistent=False,
            )
        ],
        entities=[entity(b, "Sun Weidong"), entity(b, "Korea Utara")],
        quotes=[quote(b, Q.replace("akan", "tidak akan"), "Kim")],
        attribution=[link(b, "AP News", "AP News")],
    )
    return compare_extractions([ea, eb], embedder=WordEmbedder())


def test_fixture_report_has_every_kind_it_should(report: Report) -> None:
    kinds = {f.kind for f in report.findings}
    assert {
        FindingKind.DATE_CONFLICT,
        FindingKind.QUOTE_DRIFT,
        FindingKind.ATTRIBUTION_CONFLICT,
        FindingKind.WEEKDAY_MISMATCH,
        FindingKind.AGREEMENT,
    } <= kinds


def _terminal(report: Report, width: int = 100, **options) -> str:  # type: ignore[no-untyped-def]
    out = StringIO()
    render(report, Console(file=out, width=width, color_system=None), **options)
    return out.getvalue()


def test_terminal_is_readable_without_colour(report: Report) -> None:
    text = _terminal(report)
    assert "\x1b[" not in text
    for heading in ("Articles", "RMOL", "MalangNetwork", "Findings per outlet pair"):
        assert heading in text
    assert "date conflict" in text and "quote drift" in text
    assert "»tidak«" in text  # the word that differs is marked, not only coloured
    assert "»pada Kamis (25/1)«" in text
    assert "→ 2024-01-25" in text
    assert "agreement(s) collapsed" in text


def test_terminal_respects_width(report: Report) -> None:
    for width in (60, 140):
        lines = _terminal(report, width=width).splitlines()
        assert max(len(line) for line in lines) <= width


def test_terminal_filters(report: Report) -> None:
    only = _terminal(report, only=[FindingKind.QUOTE_DRIFT])
    assert "quote drift" in only and "date conflict" not in only
    none = _terminal(report, min_confidence=1.0)
    assert "no findings at this confidence" in none
    full = _terminal(report, show_agreements=True)
    assert "collapsed" not in full and "agreement  confidence" in full


def test_json_validates_against_schema(report: Report) -> None:
    data = json.loads(render_json(report))
    jsonschema.validate(data, SCHEMA)
    assert data["schema"] == "crosscheck.report/1"
    assert {a["outlet"] for a in data["articles"]} == {"RMOL", "MalangNetwork"}
    bodies = {a.id: a.body for a in report.articles}
    for finding in data["findings"]:
        for side in finding["claims"]:
            if side["start"] >= 0:
                assert bodies[side["article"]][side["start"] : side["end"]] == side["text"]
                ev = bodies[side["article"]][side["evidence_start"] : side["evidence_end"]]
                assert ev == side["evidence"]
    assert sum(data["counts"]["by_kind"].values()) == len(data["findings"])


def test_json_schema_rejects_a_broken_report(report: Report) -> None:
    data = json.loads(render_json(report))
    data["findings"][0]["confidence"] = 1.5
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_json_filters_like_terminal(report: Report) -> None:
    data = json.loads(render_json(report, only=[FindingKind.DATE_CONFLICT]))
    assert [f["kind"] for f in data["findings"]] == ["date_conflict"]


def test_markdown_has_every_finding(report: Report) -> None:
    text = render_markdown(report, show_agreements=True)
    assert text.startswith("# crosscheck report")
    for finding in report.findings:
        assert f"### {finding.kind.value.replace('_', ' ')}" in text
    assert "**tidak**" in text
    assert "\\<Koryo\\>" in text  # Markdown-special characters escaped


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.kinds: list[str] = []
        self.external: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append(tag)
        values = dict(attrs)
        if tag == "section" and "data-kind" in values:
            self.kinds.append(values["data-kind"])
        for key in ("src", "href"):
            if key in values:
                self.external.append(values[key])

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        self.text.append(data)


def test_html_is_self_contained_and_escaped(report: Report) -> None:
    page = render_html(report)
    parser = _Collect()
    parser.feed(page)
    assert sorted(parser.kinds) == sorted(f.kind.value for f in report.findings)
    assert parser.external == [] and "script" not in parser.tags
    assert "<Koryo>" not in page and "&lt;Koryo&gt;" in page
    assert "<Koryo>" in "".join(parser.text)  # shown to the reader as written


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="no headless Chromium on this machine")
def test_html_loads_in_headless_chromium(report: Report, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(report, show_agreements=True), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    done = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    parser = _Collect()
    parser.feed(done.stdout)
    assert sorted(parser.kinds) == sorted(f.kind.value for f in report.findings)
    for finding in report.findings:
        assert escape(finding.summary, quote=False) in done.stdout
