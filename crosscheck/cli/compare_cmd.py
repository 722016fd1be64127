"""`crosscheck compare`."""

from __future__ import annotations

from crosscheck.cli.app import app  # noqa: F401
