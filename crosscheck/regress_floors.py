"""Quality floors for ``crosscheck regress``: the fixtures digest, the gate, re-pinning, JUnit.

``floors.json`` sits beside the fixtures::

    {"schema": "crosscheck.floors/1",
     "digest": "sha256:...",            # of every file in every event folder
     "pinned": "2026-11-22",
     "floors": {"overall.recall": 0.5, "date_conflict.precision": 1.0, ...},
     "history": [{"date", "figure", "from", "to", "reason"}]}

The gate fails when a figure is below its floor, a trap is reported, compare failed on an
event, or the fixtures changed since the floors were pinned. Re-pinning only raises
floors; lowering one needs a reason, which is recorded in ``history``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from crosscheck.errors import FixtureError
from crosscheck.regress import RegressResult, find_events
from crosscheck.types import Record

FLOORS_FILE = "floors.json"
SCHEMA_FLOORS = "crosscheck.floors/1"
FLOOR_DECIMALS = 3  # floors are measured values rounded down to 3 places, so reruns pass


@dataclasses.dataclass(frozen=True)
class Floors(Record):
    """Pinned floors and the digest of the fixtures they were measured on."""

    digest: str
    floors: Mapping[str, float]
    pinned: str = ""
    history: tuple[Mapping[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_FLOORS,
            "digest": self.digest,
            "pinned": self.pinned,
            "floors": dict(sorted(self.floors.items())),
            "history": [dict(h) for h in self.history],
        }


@dataclasses.dataclass(frozen=True)
class GateFailure(Record):
    """One reason the gate fails, as a stable name and a sentence."""

    check: str  # "floor:<figure>", "trap:<event>#<n>", "digest", "error:<event>"
    message: str


# --------------------------------------------------------------------------- digest


def fixtures_digest(root: Path) -> str:
    """sha256 over every file of every event folder (relative path and bytes).

    Hidden files are left out, so editor droppings do not change it.

    >>> fixtures_digest(Path("fixtures")).startswith("sha256:")
    True
    """
    h = hashlib.sha256()
    base = root.resolve()
    for folder in find_events(root):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            rel = path.resolve().relative_to(base).as_posix()
            if any(part.startswith(".") for part in Path(rel).parts):
                continue
            h.update(rel.encode("utf-8") + b"\0")
            h.update(path.read_bytes() + b"\0")
    return "sha256:" + h.hexdigest()


# --------------------------------------------------------------------------- floors file


def load_floors(path: Path) -> Floors | None:
    """Read a floors file; None when it does not exist yet."""
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        floors = {str(k): float(v) for k, v in data["floors"].items()}
        return Floors(
            digest=str(data.get("digest", "")),
            floors=floors,
            pinned=str(data.get("pinned", "")),
            history=tuple(data.get("history", [])),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise FixtureError(
            f"cannot read floors ({exc})",
            source=str(path),
            fix="fix the JSON or delete it and re-pin with `crosscheck regress --update`",
        ) from exc


def save_floors(path: Path, floors: Floors) -> None:
    """Write ``floors`` as stable, diff-friendly JSON."""
    path.write_text(json.dumps(floors.to_dict(), indent=2, ensure_ascii=False) + "\n", "utf-8")


def floor_of(value: float) -> float:
    """The floor pinned for a measured value: rounded down to ``FLOOR_DECIMALS`` places.

    >>> floor_of(0.66666), floor_of(1.0)
    (0.666, 1.0)
    """
    scale = 10**FLOOR_DECIMALS
    return math.floor(value * scale + 1e-9) / scale


# --------------------------------------------------------------------------- gate


def check(result: RegressResult, floors: Floors | None, digest: str) -> list[GateFailure]:
    """Every reason the gate fails; an empty list means it passes.

    A figure that is undefined now (nothing reported, nothing expected) passes its floor.
    """
    failures = []
    if floors is None:
        failures.append(
            GateFailure("floors", "no floors pinned; run `crosscheck regress --update` to pin them")
        )
    else:
        if floors.digest != digest:
            failures.append(
                GateFailure(
                    "digest",
                    "the fixtures changed since the floors were pinned; re-measure and re-pin "
                    "with `crosscheck regress --update`",
                )
            )
        figures = result.figures()
        for name, floor in sorted(floors.floors.items()):
            value = figures.get(name)
            if value is not None and value < floor - 1e-9:
                failures.append(
                    GateFailure(
                        f"floor:{name}", f"{name} = {value:.3f} is below its floor {floor:.3f}"
                    )
                )
    for event in result.events:
        if event.error:
            failures.append(GateFailure(f"error:{event.event}", f"{event.event}: {event.error}"))
        for v in event.violations:
            failures.append(
                GateFailure(
                    f"trap:{event.event}#{v.trap.index}",
                    f"{event.event}: trap {v.trap.index} ({v.trap.kind}) reported as "
                    f"{v.finding.kind}: {v.trap.note}",
                )
            )
    return failures


def repin(
    old: Floors | None,
    result: RegressResult,
    digest: str,
    *,
    allow_regression: str | None = None,
    today: dt.date | None = None,
) -> Floors:
    """New floors from the measured figures: only upward unless a reason is given.

    Raises ``FixtureError`` naming every figure that would go down when no
    ``allow_regression`` reason is given; with one, the lowering is recorded in history.
    """
    day = (today or dt.date.today()).isoformat()
    measured = {name: floor_of(v) for name, v in result.figures().items()}
    current = dict(old.floors) if old else {}
    lowered = {n: (current[n], v) for n, v in measured.items() if n in current and v < current[n]}
    if lowered and not allow_regression:
        listing = ", ".join(f"{n} {a:.3f} -> {b:.3f}" for n, (a, b) in sorted(lowered.items()))
        raise FixtureError(
            f"refusing to lower floors: {listing}",
            fix='fix the regression, or pass --allow-regression "why" to record the lowering',
        )
    history = list(old.history) if old else []
    new = dict(current)
    for name, value in measured.items():
        if name in lowered:
            history.append(
                {
                    "date": day,
                    "figure": name,
                    "from": current[name],
                    "to": value,
                    "reason": allow_regression,
                }
            )
            new[name] = value
        elif value > current.get(name, -1.0):
            new[name] = value
    return Floors(digest=digest, floors=new, pinned=day, history=tuple(history))


# --------------------------------------------------------------------------- JUnit


def junit_xml(result: RegressResult, failures: Sequence[GateFailure]) -> str:
    """JUnit XML: one test case per event, per pinned figure and for the digest.

    >>> junit_xml(RegressResult(events=(), scores=()), []).startswith("<?xml")
    True
    """
    by_check = {f.check: f for f in failures}
    cases: list[ET.Element] = []

    def case(classname: str, name: str, failure: str | None, out: str = "") -> None:
        el = ET.Element("testcase", classname=classname, name=name, time="0")
        if failure:
            ET.SubElement(el, "failure", message=failure.splitlines()[0]).text = failure
        if out:
            ET.SubElement(el, "system-out").text = out
        cases.append(el)

    for event in result.events:
        problems = [
            f.message
            for c, f in by_check.items()
            if c.endswith(event.event) or c.startswith(f"trap:{event.event}#")
        ]
        lines = [f"miss: {e.kind}: {e.note}" for e in event.misses]
        lines += [f"false alarm: {f.kind}: {f.summary}" for f in event.false_alarms]
        case("regress.events", event.event, "\n".join(problems) or None, "\n".join(lines))
    for check_name, failure in by_check.items():
        if check_name.startswith(("floor:", "digest", "floors")):
            case("regress.gate", check_name, failure.message)
    for name in sorted(result.figures()):
        if f"floor:{name}" not in by_check:
            case("regress.gate", f"floor:{name}", None, f"{name} = {result.figures()[name]:.3f}")
    suite = ET.Element(
        "testsuite",
        name="crosscheck.regress",
        tests=str(len(cases)),
        failures=str(sum(1 for c in cases if c.find("failure") is not None)),
        errors="0",
    )
    suite.extend(cases)
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
