"""`crosscheck regress`: compare every fixture event, score it, and gate on pinned floors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from crosscheck.cli.app import EXIT_FINDINGS, app, fail, stderr, stdout
from crosscheck.config import Settings
from crosscheck.errors import CrosscheckError
from crosscheck.regress import Expectation, RegressResult, Reported, regress
from crosscheck.regress_floors import (
    FLOORS_FILE,
    GateFailure,
    check,
    fixtures_digest,
    junit_xml,
    load_floors,
    repin,
    save_floors,
)


def _say(event: str) -> None:
    stderr.print(f"regress: {event}", highlight=False)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


EVIDENCE_WIDTH = 60  # characters of an evidence span shown per article; the JSON has all


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EVIDENCE_WIDTH else text[: EVIDENCE_WIDTH - 1] + "…"


def _sides(finding: Reported) -> str:
    return "  |  ".join(f"{s.article}: {_short(s.evidence)!r}" for s in finding.sides)


def _expected(item: Expectation) -> str:
    return "  |  ".join(
        f"{a}: {_short(alts[0])!r}" for a, alts in zip(item.articles, item.evidence, strict=True)
    )


def render(result: RegressResult, failures: list[GateFailure], console: Console) -> None:
    """Print the per-kind table, per-event misses and false alarms, and the gate verdict."""
    kinds = Table(
        title="crosscheck regress: findings vs expectations",
        title_justify="left",
        caption="exp: clear expectations, found: of them matched, rep: reported, "
        "corr: reported and matching an expectation",
        caption_justify="left",
    )
    kinds.add_column("kind", no_wrap=True)
    for col in ("exp", "found", "rep", "corr", "prec", "recall", "F1"):
        kinds.add_column(col, justify="right", no_wrap=True)
    for s in result.scores:
        kinds.add_row(
            s.kind,
            str(s.expected),
            str(s.found),
            str(s.reported),
            str(s.correct),
            _fmt(s.precision),
            _fmt(s.recall),
            _fmt(s.f1),
            style="bold" if s.kind == "overall" else None,
        )
    console.print(kinds)
    console.print("[bold]per event[/]")
    for ev in result.events:
        traps = f"[red]{len(ev.violations)} trap(s) hit[/]" if ev.violations else "traps ok"
        console.print(
            f"[bold]{ev.event}[/]  found {len(ev.found)}  misses {len(ev.misses)}  "
            f"false alarms {len(ev.false_alarms)}  {traps}",
            highlight=False,
        )
        lines = [f"  miss         {m.kind}: {_expected(m)}" for m in ev.misses]
        lines += [
            f"  false alarm  {f.kind} ({f.confidence:.2f}): {_sides(f)}" for f in ev.false_alarms
        ]
        lines += [
            f"  TRAP         {v.trap.kind} hit by {v.finding.kind}: {_sides(v.finding)}"
            f" (must not: {v.trap.note})"
            for v in ev.violations
        ]
        lines += [f"  skipped      {s}" for s in ev.skipped]
        if ev.error:
            lines.append(f"  error        {ev.error}")
        for line in lines:
            console.print(line, highlight=False, markup=False, overflow="fold")
    if failures:
        console.print(f"[bold red]gate: FAILED[/] ({len(failures)} problem(s))", highlight=False)
        for f in failures:
            console.print(f"  - {f.message}", highlight=False, markup=False)
    else:
        console.print(
            "[bold green]gate: passed[/] (all figures at or above their floors, no trap hit)"
        )


@app.command("regress")
def regress_command(
    fixtures: Annotated[
        Path, typer.Argument(help="Folder holding events/<event>/ with articles and expected.json.")
    ] = Path("fixtures"),
    output_format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    junit: Annotated[
        Path | None, typer.Option("--junit", help="Also write JUnit XML to FILE.")
    ] = None,
    update: Annotated[
        bool,
        typer.Option("--update", help="Re-pin the floors (only upward) and the fixtures digest."),
    ] = False,
    allow_regression: Annotated[
        str | None,
        typer.Option("--allow-regression", help="With --update: lower floors, recording REASON."),
    ] = None,
    floors_file: Annotated[
        Path | None,
        typer.Option("--floors", help="Floors file [default: FIXTURES/floors.json]."),
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", help="Embedding model (overrides config).")
    ] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Settings file (TOML).")] = None,
) -> None:
    """Run compare on every fixture event and check the findings against expected.json.

    Exits 1 when a figure falls below its pinned floor, a trap is reported, or the
    fixtures changed since the floors were pinned; 2 on usage or fixture errors.
    """
    if output_format not in ("table", "json"):
        fail(f"--format must be table or json, got {output_format!r}")
    if allow_regression is not None and not update:
        fail("--allow-regression only makes sense with --update")
    if allow_regression is not None and not allow_regression.strip():
        fail('--allow-regression needs a reason, e.g. --allow-regression "new harder event"')
    path = floors_file or fixtures / FLOORS_FILE
    try:
        settings = Settings.load(config, model=model)
        result = regress(fixtures, settings=settings, progress=_say if settings.progress else None)
        digest = fixtures_digest(fixtures)
        floors = load_floors(path)
        if update:
            floors = repin(floors, result, digest, allow_regression=allow_regression)
            save_floors(path, floors)
        failures = check(result, floors, digest)
    except CrosscheckError as exc:
        fail(str(exc))
    if junit:
        junit.write_text(junit_xml(result, failures), encoding="utf-8")
    if output_format == "json":
        data = {
            "schema": "crosscheck.regress/1",
            **result.to_dict(),
            "figures": result.figures(),
            "floors": dict(floors.floors) if floors else {},
            "failures": [f.to_dict() for f in failures],
        }
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        render(result, failures, stdout)
    if failures:
        raise typer.Exit(EXIT_FINDINGS)
