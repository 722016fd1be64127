"""The docs are tested: generated parts are fresh, every command and setting is documented."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
import yaml

from crosscheck import docs_gen
from crosscheck.config import Settings
from crosscheck.types import FindingKind

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
REGENERATE = "regenerate with `python -m crosscheck.docs_gen`"
OWN_PAGES = [
    "index.md",
    "quickstart.md",
    "cli.md",
    "how-it-works.md",
    "configuration.md",
    "evaluation.md",
    "benchmarks.md",
    "limitations.md",
]


def read(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the generator works with paths relative to the repository


def test_cli_reference_is_fresh() -> None:
    assert read("cli.md") == docs_gen.cli_reference(), f"docs/cli.md is stale: {REGENERATE}"


def test_every_command_is_documented() -> None:
    headings = set(re.findall(r"^## (.+)$", read("cli.md"), re.M))
    names = [name for name, _, _ in docs_gen.commands()]
    assert len(names) >= 5  # the root, version, compare, extract, regress at least
    missing = [n for n in names if n not in headings]
    assert not missing, f"undocumented command(s) {missing}: {REGENERATE}"


def test_every_benchmark_page_is_linked_and_the_fixture_table_is_fresh() -> None:
    index = read("benchmarks.md")
    for page in sorted((DOCS / "benchmarks").glob("*.md")):
        assert f"(benchmarks/{page.name})" in index, (
            f"{page.name} not in benchmarks.md: {REGENERATE}"
        )
    assert docs_gen.block(read("evaluation.md"), "fixtures") == docs_gen.fixtures_table(), (
        REGENERATE
    )


@pytest.mark.parametrize(("page", "block", "command"), [
    ("index.md", "example", "$ crosscheck compare"),
    ("quickstart.md", "example", "$ crosscheck compare"),
    ("evaluation.md", "regress", "$ crosscheck regress fixtures/"),
])  # fmt: skip
def test_examples_are_generated_output(page: str, block: str, command: str) -> None:
    text = docs_gen.block(read(page), block)
    assert text.startswith("```text\n" + command), f"{page}: {REGENERATE}"
    assert len(text.splitlines()) > 5


def test_quickstart_uses_the_readme_install_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = re.search(r"```bash\n(.+?)\n", readme)
    assert first is not None
    assert first.group(1) in read("quickstart.md")


@pytest.mark.parametrize("page", OWN_PAGES)
def test_relative_links_resolve(page: str) -> None:
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", read(page)):
        if "://" in target:
            continue
        assert (DOCS / target).exists(), f"{page}: broken link {target}"


def test_every_setting_is_documented() -> None:
    text = read("configuration.md")
    for field in dataclasses.fields(Settings):
        assert f"`{field.name}`" in text, field.name
        assert f"CROSSCHECK_{field.name.upper()}" in text, field.name


def test_every_finding_kind_is_explained() -> None:
    text = read("how-it-works.md")
    for kind in FindingKind:
        assert f"`{kind.value}`" in text, kind.value


def test_ci_example_runs_the_gate() -> None:
    workflow = yaml.safe_load((DOCS / "ci" / "github-workflow.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["regress"]["steps"]
    runs = " ".join(step.get("run", "") for step in steps)
    assert "crosscheck regress" in runs and "--junit" in runs
