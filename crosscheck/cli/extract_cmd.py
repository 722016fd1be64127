"""`crosscheck extract`: read articles, extract their facts, show or print them as JSON."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Annotated

import typer

from crosscheck.cli.app import EXIT_USAGE, app, fail, stdout, warn
from crosscheck.config import Settings
from crosscheck.errors import ConfigError, CrosscheckError
from crosscheck.extract import extract as extract_facts
from crosscheck.ingest import read_articles
from crosscheck.report.article_view import render_article
from crosscheck.types import SCHEMA_EXTRACT, Extraction


@app.command()
def extract(
    sources: Annotated[
        list[str],
        typer.Argument(metavar="SOURCE", help="Files, directories, '-' for stdin, http(s) URLs."),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the records as JSON on stdout.")
    ] = False,
    aliases: Annotated[
        list[Path] | None,
        typer.Option("--aliases", metavar="FILE", help="An extra alias table; may be repeated."),
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", metavar="FILE", help="A crosscheck.toml to use.")
    ] = None,
) -> None:
    """Show what crosscheck reads in each article: metadata, clean body, sentences, facts."""
    # 1. Settings: config file and environment, then the flags.
    try:
        settings = Settings.load(config)
    except ConfigError as exc:
        fail(str(exc))
    settings = dataclasses.replace(settings, aliases=(*settings.aliases, *(aliases or ())))
    # 2. Read; every unreadable input is one warning line.
    result = read_articles(sources, settings=settings)
    for skipped in result.skipped:
        fix = f" Fix: {skipped.fix}" if skipped.fix else ""
        warn(f"skipped {skipped.source}: {skipped.reason}.{fix}")
    # 3. Extract facts per article.
    extractions: list[Extraction] = []
    for article in result.articles:
        try:
            extractions.append(extract_facts(article, aliases=settings.aliases))
        except CrosscheckError as exc:
            warn(f"{article.source}: facts not extracted: {exc}")
            extractions.append(Extraction(article=article))
    # 4. Show.
    if as_json:
        payload = {
            "schema": SCHEMA_EXTRACT,
            "articles": [e.to_dict() for e in extractions],
            "skipped": [s.to_dict() for s in result.skipped],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for extraction in extractions:
            stdout.print(render_article(extraction))
            stdout.print()
    if not result.articles:
        fail(f"nothing could be read from {len(result.skipped)} input(s)", EXIT_USAGE)
