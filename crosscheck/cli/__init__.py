"""Command-line interface: a thin layer over the library (see ``crosscheck.cli.app``)."""

from crosscheck.cli import compare_cmd, extract_cmd, index_cmd, regress_cmd  # noqa: F401  (register)
from crosscheck.cli.app import app, main

__all__ = ["app", "main"]
