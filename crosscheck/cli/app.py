"""The typer application, shared options and the error boundary of the CLI.

Library modules raise ``CrosscheckError``; only this package prints, and it turns
errors into one clear line and an exit code: 0 success, 1 findings matched
``--fail-on`` (or a regression gate failed), 2 usage or input errors.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from typing import NoReturn

import typer
from rich.console import Console

from crosscheck.errors import CrosscheckError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

app = typer.Typer(
    name="crosscheck",
    help="Cross-check claims and quotes across news articles (Indonesian and English).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

stdout = Console(soft_wrap=False)
stderr = Console(stderr=True, soft_wrap=True)


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print ``message`` as an error line on stderr and exit with ``code``."""
    stderr.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def warn(message: str) -> None:
    """Print a warning line on stderr (used for skipped inputs)."""
    stderr.print(f"[yellow]warning:[/] {message}", highlight=False)


def main() -> None:
    """Console-script entry point with the error boundary."""
    try:
        app()
    except CrosscheckError as exc:
        stderr.print(f"[bold red]error:[/] {exc}", highlight=False)
        _finish(EXIT_USAGE)
    except KeyboardInterrupt:
        stderr.print("interrupted")
        _finish(130)
    except SystemExit as exc:
        _finish(exc.code)
    _finish(EXIT_OK)


def _finish(code: int | str | None) -> NoReturn:
    """Exit with ``code``. After a command that loaded the embedding model, skip the
    interpreter's teardown of torch's modules (about 1 s on two cores, measured in
    docs/benchmarks/compare.md): every file, index and cache write is committed by then,
    so only the output streams and log handlers need flushing."""
    if "torch" not in sys.modules:
        sys.exit(code)
    if isinstance(code, str):
        stderr.print(code, highlight=False)
        code = 1
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        # a closed pipe: nothing more can be written anyway
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code or 0)


@app.command()
def version() -> None:
    """Print crosscheck's version."""
    from crosscheck import __version__

    stdout.print(__version__)
