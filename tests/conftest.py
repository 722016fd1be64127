"""Shared fixtures: paths to the bundled real articles and a cheap article builder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
EVENTS = FIXTURES / "events"


@pytest.fixture(scope="session")
def seed_paths() -> dict[str, Path]:
    """The five real seed articles, keyed by their file-name prefix ("000" ... "004")."""
    paths = sorted(EVENTS.glob("*/0[0-9][0-9]_*.txt"))
    return {p.name[:3]: p for p in paths}
