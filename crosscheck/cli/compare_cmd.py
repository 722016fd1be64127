"""`crosscheck compare`: cross-check articles and render the report."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from crosscheck.cli.app import EXIT_FINDINGS, app, fail, stdout, warn
from crosscheck.types import FindingKind


class Format(str, enum.Enum):
    """Report formats."""

    terminal = "terminal"
    json = "json"
    markdown = "markdown"
    html = "html"


def parse_kinds(values: list[str] | None, option: str) -> list[FindingKind]:
    """Finding kinds from repeated and/or comma-separated option values.

    >>> [k.value for k in parse_kinds(["date_conflict,quote-drift"], "--only")]
    ['date_conflict', 'quote_drift']
    """
    kinds: list[FindingKind] = []
    known = ", ".join(k.value for k in FindingKind)
    for value in values or []:
        for name in value.split(","):
            name = name.strip().lower().replace("-", "_")
            if not name:
                continue
            try:
                kinds.append(FindingKind(name))
            except ValueError:
                fail(f"{option}: unknown finding kind {name!r}; expected one of: {known}")
    return kinds


@app.command("compare")
def compare_command(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Articles: files, directories, URLs, or - for stdin.", show_default=False
        ),
    ],
    format: Annotated[
        Format, typer.Option("--format", "-f", help="Report format.")
    ] = Format.terminal,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report here.")
    ] = None,
    only: Annotated[
        list[str] | None,
        typer.Option("--only", help="Show only these finding kinds (repeat or comma-separate)."),
    ] = None,
    min_confidence: Annotated[
        float,
        typer.Option(
            "--min-confidence", min=0.0, max=1.0, help="Hide findings below this confidence."
        ),
    ] = 0.0,
    show_agreements: Annotated[
        bool, typer.Option("--show-agreements", help="Show agreements in full, not one line each.")
    ] = False,
    fail_on: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a finding of these kinds at or above --min-confidence exists.",
        ),
    ] = None,
    against: Annotated[
        str | None,
        typer.Option(
            "--against", help="Also compare against the articles of this persistent index."
        ),
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", help="Embedding model name or path.")
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="A crosscheck.toml to read.")
    ] = None,
    aliases: Annotated[
        list[Path] | None,
        typer.Option("--aliases", help="Extra alias table(s) for names and agencies."),
    ] = None,
) -> None:
    """Cross-check claims and quotes across articles: agreements and discrepancies."""
    from crosscheck.compare import compare
    from crosscheck.config import Settings

    only_kinds = parse_kinds(only, "--only")
    fail_kinds = parse_kinds(fail_on, "--fail-on")
    for path in aliases or []:
        if not path.is_file():
            fail(f"--aliases: no such file {str(path)!r}; give the path of an alias table")
    settings = Settings.load(config, model=model, aliases=tuple(aliases) if aliases else None)
    report = compare(sources, settings=settings, against=against)
    for skipped in report.skipped:
        warn(
            f"skipped {skipped.source}: {skipped.reason}"
            + (f" ({skipped.fix})" if skipped.fix else "")
        )
    if not report.articles:
        fail("no readable article among the inputs; give a readable file, URL or `-`")
    _write(report, format, output, only_kinds, min_confidence, show_agreements)
    hits = [f for f in report.findings if f.kind in fail_kinds and f.confidence >= min_confidence]
    if hits:
        raise typer.Exit(EXIT_FINDINGS)


def _write(report, format, output, only, min_confidence, show_agreements) -> None:  # type: ignore[no-untyped-def]
    """Render in the chosen format to ``output`` or stdout."""
    options = {"only": only, "min_confidence": min_confidence}
    if format is Format.terminal:
        from rich.console import Console

        from crosscheck.report.terminal import render

        if output is None:
            render(report, stdout, show_agreements=show_agreements, **options)
            return
        with output.open("w", encoding="utf-8") as handle:
            console = Console(file=handle, width=120, color_system=None)
            render(report, console, show_agreements=show_agreements, **options)
        return
    if format is Format.json:
        from crosscheck.report.json_report import render_json

        text = render_json(report, **options)
    elif format is Format.markdown:
        from crosscheck.report.markdown import render_markdown

        text = render_markdown(report, show_agreements=show_agreements, **options)
    else:
        from crosscheck.report.html import render_html

        text = render_html(report, show_agreements=show_agreements, **options)
    if output is None:
        stdout.file.write(text)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            fail(f"--output: cannot write {str(output)!r} ({exc.strerror}); choose a writable path")
