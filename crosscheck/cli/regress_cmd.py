"""`crosscheck regress`: compare every fixture event, score it, and gate on pinned floors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from crosscheck.cli.app import EXIT_FINDINGS, app, fail, stdout
from crosscheck.config import Settings
from crosscheck.errors import CrosscheckError
from crosscheck.regress import RegressResult, Reported, regress
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


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _sides(finding: Reported) -> str:
    return "  |  ".join(f"{s.article}: {s.evidence!r}" for s in finding.sides)


def render(result: RegressResult, failures: list[GateFailure], console: Console) -> None:
    """Print the per-kind table, per-event misses and false alarms, and the gate verdict."""
    kinds = Table(title="crosscheck regress: findings vs expectations", title_justify="left")
    for col in ("kind", "expected", "found", "reported", "correct", "precision", "recall", "F1"):
        kinds.add_column(col, justify="left" if col == "kind" else "right")
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

    events = Table(title="per event", title_justify="left", show_lines=True)
    for col in ("event", "found", "misses", "false alarms", "traps"):
        events.add_column(col, overflow="fold")
    for ev in result.events:
        misses = "\n".join(
            f"{m.kind}: "
            + ", ".join(f"{a}: {alts[0]!r}" for a, alts in zip(m.articles, m.evidence, strict=True))
            for m in ev.misses
        )
        alarms = "\n".join(f"{f.kind} ({f.confidence:.2f}): {_sides(f)}" for f in ev.false_alarms)
        traps = "\n".join(
            f"trap {v.trap.index} ({v.trap.kind}) hit by {v.finding.kind}: {_sides(v.finding)}"
            for v in ev.violations
        )
        note = f"\nerror: {ev.error}" if ev.error else ""
        events.add_row(
            ev.event, str(len(ev.found)), misses or "-", alarms or "-", (traps or "ok") + note
        )
    console.print(events)
    if failures:
        console.print(f"[bold red]gate: FAILED[/] ({len(failures)} problem(s))", highlight=False)
        for f in failures:
            console.print(f"  - {f.message}", highlight=False)
    else:
        console.print(
            "[bold green]gate: passed[/] (every figure at or above its floor, no trap hit)"
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
        result = regress(fixtures, settings=settings)
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
