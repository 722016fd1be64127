"""How ``crosscheck extract`` shows the facts of an article: quotes, dates, numbers, names."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from crosscheck.types import ChainLink, Extraction

MAX_QUOTE_CHARS = 160  # longer quotes are cut in the table; --json has the full text


def render_chain(links: Sequence[ChainLink]) -> str:
    """One line for an attribution chain: origin first, then who relayed it.

    >>> render_chain([ChainLink("AP News", "AP", "origin", 0, 7),
    ...               ChainLink("MalangNetwork.com", "MalangNetwork.com", "relay", 9, 26)])
    'AP ← via MalangNetwork.com'
    """
    origins = [link.canonical for link in links if link.role == "origin"]
    relays = [link.canonical for link in links if link.role != "origin"]
    text = ", ".join(origins)
    if relays:
        text += (" ← " if text else "") + "via " + ", ".join(relays)
    return text or "-"


def _short(text: str) -> str:
    return text if len(text) <= MAX_QUOTE_CHARS else text[: MAX_QUOTE_CHARS - 1] + "…"


def _quotes(extraction: Extraction) -> Table:
    table = Table(title="Quotes", title_justify="left", expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("speaker", overflow="fold")
    table.add_column("cue", no_wrap=True)
    table.add_column("chain", overflow="fold")
    table.add_column("text", ratio=1, overflow="fold")
    for number, quote in enumerate(extraction.quotes):
        speaker = quote.speaker_canonical or quote.speaker or "?"
        if quote.speaker and quote.speaker_canonical and quote.speaker != quote.speaker_canonical:
            speaker += f" ({quote.speaker})"
        if quote.speaker_role:
            speaker += f"\n{quote.speaker_role}"
        table.add_row(
            str(number),
            quote.kind.value,
            Text(speaker),
            Text(quote.cue or "-"),
            Text(render_chain(quote.attribution)),
            Text(_short(quote.text)),
        )
    return table


def _dates(extraction: Extraction) -> Table:
    table = Table(title="Dates", title_justify="left", expand=True)
    for name in ("#", "as written", "value", "granularity", "event", "tense", "weekday"):
        table.add_column(name, overflow="fold")
    for number, date in enumerate(extraction.dates):
        weekday = "-"
        if date.weekday_consistent is not None:
            weekday = "ok" if date.weekday_consistent else "MISMATCH"
        event = date.event or "-"
        if date.event_text and date.event:
            event = f"{date.event} ({date.event_text})"
        table.add_row(
            str(number),
            Text(date.text),
            Text(date.value or "?"),
            date.granularity.value,
            Text(event),
            date.tense or "-",
            weekday,
        )
    return table


def _numbers(extraction: Extraction) -> Table:
    table = Table(title="Numbers", title_justify="left", expand=True)
    for name in ("#", "as written", "value", "range", "unit", "kind"):
        table.add_column(name, overflow="fold")
    for number, item in enumerate(extraction.numbers):
        bounds = "-"
        if item.low is not None or item.high is not None:
            bounds = f"{_num(item.low)}..{_num(item.high)}"
        table.add_row(
            str(number),
            Text(item.text),
            _num(item.value),
            bounds,
            Text(item.unit or "-"),
            item.kind + (f" ({item.qualifier})" if item.qualifier else ""),
        )
    return table


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def _names(extraction: Extraction) -> Table:
    table = Table(title="Names", title_justify="left", expand=True)
    table.add_column("canonical", overflow="fold")
    table.add_column("type", no_wrap=True)
    table.add_column("mentions", justify="right", no_wrap=True)
    table.add_column("as written", ratio=1, overflow="fold")
    grouped: dict[tuple[str, str], list[str]] = {}
    for entity in extraction.entities:
        grouped.setdefault((entity.canonical, entity.type.value), []).append(entity.text)
    for (canonical, kind), written in grouped.items():
        forms = ", ".join(dict.fromkeys(written))
        table.add_row(Text(canonical), kind, str(len(written)), Text(forms))
    return table


def _claims(extraction: Extraction) -> Table:
    table = Table(title="Claims", title_justify="left", expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("facts", no_wrap=True)
    table.add_column("events", overflow="fold")
    table.add_column("chain", overflow="fold")
    table.add_column("sentence", ratio=1, overflow="fold")
    for number, claim in enumerate(extraction.claims):
        facts = " ".join(
            f"{label}{len(items)}"
            for label, items in (("q", claim.quotes), ("d", claim.dates), ("n", claim.numbers))
            if items
        )
        table.add_row(
            str(number),
            facts or "-",
            Text(", ".join(claim.predicates) or "-"),
            Text(render_chain(claim.attribution)),
            Text(_short(claim.text)),
        )
    return table


def render_facts(extraction: Extraction) -> RenderableType:
    """Tables of an extraction's quotes, dates, numbers, names and claims (empty ones
    are shown as a one-line note, so an empty section is visible, not silent).

    >>> from crosscheck.ingest.build import make_article
    >>> from crosscheck.extract import extract
    >>> from rich.console import Console
    >>> console = Console(width=100, record=True, color_system=None)
    >>> console.print(render_facts(extract(make_article("Cuaca cerah.", language="id"))))
    ... # doctest: +ELLIPSIS
    No quotes found.
    ...
    """
    sections: list[RenderableType] = []
    builders = (
        ("quotes", extraction.quotes, _quotes),
        ("dates", extraction.dates, _dates),
        ("numbers", extraction.numbers, _numbers),
        ("names", extraction.entities, _names),
        ("claims", extraction.claims, _claims),
    )
    for label, items, build in builders:
        sections.append(build(extraction) if items else Text(f"No {label} found.", style="dim"))
    return Group(*sections)
