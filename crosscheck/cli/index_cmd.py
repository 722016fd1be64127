"""`crosscheck index`: add articles to a persistent index, search it, inspect, remove, rebuild."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from crosscheck.cli.app import app, fail, stderr, stdout, warn
from crosscheck.config import Settings
from crosscheck.errors import CrosscheckError

if TYPE_CHECKING:  # the heavy imports wait until a command needs them
    from crosscheck.embed import CachingEmbedder
    from crosscheck.index import Index

index_app = typer.Typer(
    name="index",
    help="A persistent index of claims and quotes: add articles, search, stats, remove, rebuild.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(index_app)

DEFAULT_INDEX = "default"
PLAIN_PROGRESS_STEPS = 10  # without a terminal, report about every tenth of the work

IndexOpt = Annotated[
    str,
    typer.Option("--index", "-i", metavar="NAME", help="Index name (a folder under --index-dir)."),
]
IndexDirOpt = Annotated[
    Path | None,
    typer.Option("--index-dir", metavar="DIR", help="Where indexes live (default ./indexes)."),
]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        metavar="NAME",
        help="Embedding model: sentence-transformers name or folder (default: the index's).",
    ),
]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", metavar="FILE", help="A crosscheck.toml to use.")
]


def _settings(config: Path | None, **overrides: Any) -> Settings:
    try:
        return Settings.load(config, **overrides)
    except CrosscheckError as exc:
        fail(str(exc))


def _index_path(settings: Settings, name: str) -> Path:
    """A bare name lives under the index directory; anything with a slash is a path."""
    return Path(name) if "/" in name else settings.index_dir / name


def _open(settings: Settings, name: str, *, create: bool = False, verify: bool = True) -> Index:
    from crosscheck.index import Index

    try:
        return Index.open(_index_path(settings, name), create=create, verify=verify)
    except CrosscheckError as exc:
        fail(str(exc))


def _embedder(
    settings: Settings, index_model: str | None, model_flag: str | None
) -> CachingEmbedder:
    """The flag's model, else the index's own model, else the configured default."""
    from crosscheck.embed import load_embedder

    if index_model and not model_flag:
        settings = dataclasses.replace(settings, model=index_model)
    return load_embedder(settings, progress=lambda msg: stderr.print(msg, highlight=False))


@contextlib.contextmanager
def _progress(enabled: bool) -> Iterator[Any]:
    """A ``(stage, done, total)`` callback: rich bars on a terminal, plain lines otherwise."""
    if not enabled:
        yield None
        return
    if stderr.is_terminal:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        with Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=stderr,
            transient=True,
        ) as bars:
            tasks: dict[str, Any] = {}

            def update(stage: str, done: int, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = bars.add_task(stage, total=total)
                bars.update(tasks[stage], completed=done, total=total)

            yield update
        return
    last: dict[str, int] = {}

    def plain(stage: str, done: int, total: int) -> None:
        step = max(1, total // PLAIN_PROGRESS_STEPS)
        if done == total or done - last.get(stage, 0) >= step:
            last[stage] = done
            stderr.print(f"{stage}: {done}/{total}", highlight=False)

    yield plain


@index_app.command("add")
def add(
    sources: Annotated[
        list[str],
        typer.Argument(metavar="SOURCE", help="Files, directories, '-' for stdin, http(s) URLs."),
    ],
    index: IndexOpt = DEFAULT_INDEX,
    index_dir: IndexDirOpt = None,
    model: ModelOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Add articles: already indexed content is skipped, changed content replaces the old."""
    from crosscheck.extract import extract as extract_facts
    from crosscheck.ingest import read_articles
    from crosscheck.types import Extraction

    clock = time.perf_counter()
    # 1. Settings and the index (created if new).
    settings = _settings(config, index_dir=index_dir, model=model)
    idx = _open(settings, index, create=True)
    # 2. Read; unreadable inputs are warnings, never a crash.
    result = read_articles(sources, settings=settings)
    for skipped in result.skipped:
        fix = f" Fix: {skipped.fix}" if skipped.fix else ""
        warn(f"skipped {skipped.source}: {skipped.reason}.{fix}")
    # 3. Extract what is not indexed yet (known content needs no extraction).
    fresh = [a for a in result.articles if not idx.contains(a.content_hash)]
    extractions: list[Extraction] = []
    with _progress(settings.progress) as report:
        for n, article in enumerate(fresh, 1):
            try:
                extractions.append(extract_facts(article, aliases=settings.aliases))
            except Exception as exc:  # one bad article must not sink the batch: report it
                warn(
                    f"{article.source}: facts not extracted ({type(exc).__name__}: {exc}); "
                    "indexing its sentences"
                )
                extractions.append(Extraction(article=article))
            if report:
                report("extract", n, len(fresh))
        # 4. Embed and store (one transaction).
        embedder = _embedder(settings, idx.model_id, model)
        try:
            added = idx.add(extractions, embedder, progress=report)
        except CrosscheckError as exc:
            fail(str(exc))
    known = len(result.articles) - len(fresh) + len(added.skipped)
    loaded = "model loaded" if getattr(embedder, "loaded", True) else "no model load"
    stdout.print(
        f"{idx.name}: {len(added.added)} added, {len(added.replaced)} replaced, "
        f"{known} already indexed, {added.units} units embedded "
        f"({loaded}, {time.perf_counter() - clock:.1f} s)",
        highlight=False,
    )
    if not result.articles:
        fail(f"nothing could be read from {len(result.skipped)} input(s)")


def hits_table(hits: list[Any]) -> Table:
    """The rich table of search hits: rank, score, outlet, date, language, text."""
    table = Table(show_lines=False)
    table.add_column("#", justify="right")
    table.add_column("score", justify="right")
    table.add_column("outlet")
    table.add_column("date")
    table.add_column("lang")
    table.add_column("sentence", overflow="fold")
    for rank, hit in enumerate(hits, 1):
        date = hit.published.date().isoformat() if hit.published else "-"
        table.add_row(
            str(rank), f"{hit.score:.3f}", hit.outlet or "-", date, hit.language, hit.text
        )
    return table


@index_app.command("search")
def search(
    text: Annotated[str, typer.Argument(help="The claim or sentence to look for.")],
    k: Annotated[int, typer.Option("-k", "--top", min=1, help="How many hits.")] = 10,
    lang: Annotated[str | None, typer.Option("--lang", help="Only units in this language.")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Only this outlet.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print hits as JSON.")] = False,
    index: IndexOpt = DEFAULT_INDEX,
    index_dir: IndexDirOpt = None,
    model: ModelOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Find the indexed claims, quotes or sentences closest to TEXT, in any language."""
    settings = _settings(config, index_dir=index_dir, model=model)
    idx = _open(settings, index)
    try:
        hits = idx.search(text, k, lang=lang, outlet=outlet,
                          embedder=_embedder(settings, idx.model_id, model))  # fmt: skip
    except CrosscheckError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2))
    elif hits:
        stdout.print(hits_table(hits))
    else:
        stdout.print(f"{idx.name}: no hits", highlight=False)


@index_app.command("stats")
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
    index: IndexOpt = DEFAULT_INDEX,
    index_dir: IndexDirOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Counts, model, dimension, index kind and size of an index."""
    settings = _settings(config, index_dir=index_dir)
    try:
        data = _open(settings, index).stats()
    except CrosscheckError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    table = Table(show_header=False)
    table.add_column("key")
    table.add_column("value")
    for key, value in data.items():
        table.add_row(key, str(value))
    stdout.print(table)


@index_app.command("remove")
def remove(
    articles: Annotated[
        list[str], typer.Argument(metavar="ARTICLE", help="Article ids, sources or URLs.")
    ],
    index: IndexOpt = DEFAULT_INDEX,
    index_dir: IndexDirOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Remove articles (and their units and vectors) from an index."""
    settings = _settings(config, index_dir=index_dir)
    idx = _open(settings, index)
    missing = []
    for given in articles:
        try:
            removed = idx.remove(given)
        except CrosscheckError as exc:
            fail(str(exc))
        if not removed:
            missing.append(given)
        for article_id in removed:
            stdout.print(f"removed {article_id} ({given})", highlight=False)
    for given in missing:
        warn(f"{given}: no such article id, source or URL in index {idx.name}")
    if missing and len(missing) == len(articles):
        fail("nothing removed")


@index_app.command("rebuild")
def rebuild(
    index: IndexOpt = DEFAULT_INDEX,
    index_dir: IndexDirOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Rebuild the FAISS file and manifest from the SQLite records (no re-embedding)."""
    settings = _settings(config, index_dir=index_dir)
    clock = time.perf_counter()
    try:
        with _progress(settings.progress) as report:
            data = _open(settings, index, verify=False).rebuild(progress=report)
    except CrosscheckError as exc:
        fail(str(exc))
    stdout.print(
        f"{data['name']}: rebuilt {data['vectors']} vectors ({data['kind'] or 'empty'}) from "
        f"{data['articles']} articles in {time.perf_counter() - clock:.1f} s",
        highlight=False,
    )
