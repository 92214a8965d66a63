"""Everything that draws with rich: the `hkparse show` view and the batch progress bar.

A module of its own so that rich is imported only when a run draws something: a plain
`hkparse extract one.txt` never loads it.
"""
from __future__ import annotations

import sys
from typing import Any, Iterator, Optional

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                           TimeElapsedColumn)
from rich.table import Table
from rich.text import Text

# One colour a field, the same in the table and in the marked-up text.
STYLES = {
    "meeting": "bold magenta",
    "date": "bold cyan",
    "issued": "cyan",
    "co_chairs": "bold green",
    "chair": "bold green",
    "floor_areas": "bold yellow",
    "departments": "bold blue",
    "officials": "green",
}


def _person(p: dict[str, Any]) -> str:
    who = " ".join(x for x in (p.get("honorific"), p.get("name")) if x) or "(no name)"
    extra = ", ".join(x for x in (p.get("title"), p.get("side") and f"side: {p['side']}") if x)
    return f"{who}, {extra}" if extra else who


def _rows(record: dict[str, Any]) -> Iterator[tuple[str, str, Optional[dict[str, Any]]]]:
    """(field, value as shown, evidence) for every value found."""
    if record.get("meeting"):
        m = record["meeting"]
        parts = [f"No. {m['number']}" if m.get("number") is not None else None,
                 m.get("body"), m.get("location")]
        yield "meeting", " - ".join(p for p in parts if p), m.get("evidence")
    if record.get("date"):
        d = record["date"]
        value = d.get("iso") or "-".join(
            "??" if v is None else f"{v:02d}" for v in (d.get("year"), d.get("month"), d.get("day")))
        if d.get("year_source"):
            value += f"  (year from {d['year_source']})"
        yield "date", value, d.get("evidence")
    if record.get("issued"):
        i = record["issued"]
        yield "issued", " ".join(x for x in (i.get("date"), i.get("time")) if x), i.get("evidence")
    for p in record.get("co_chairs") or ():
        yield "co_chairs", _person(p), p.get("evidence")
    if record.get("chair"):
        yield "chair", _person(record["chair"]), record["chair"].get("evidence")
    for a in record.get("floor_areas") or ():
        yield "floor_areas", f"{a['text']}  = {a['square_metres']} m\u00b2", a.get("evidence")
    for d in record.get("departments") or ():
        value = d["name"] + (f" ({d['abbreviation']})" if d.get("abbreviation") else "")
        if d.get("side"):
            value += f", side: {d['side']}"
        yield "departments", value, d.get("evidence")
    for p in record.get("officials") or ():
        yield "officials", _person(p), p.get("evidence")


def render(text: str, record: dict[str, Any], console: Optional[Console] = None) -> None:
    """The fields as a table, then the text with each value's evidence marked in its colour."""
    console = console or Console(highlight=False)
    table = Table(title=record.get("title") or record.get("source") or "", title_justify="left",
                  show_lines=False)
    table.add_column("field", no_wrap=True)
    table.add_column("value")
    table.add_column("at", no_wrap=True, justify="right")
    rows = list(_rows(record))
    for name, value, evidence in rows:
        at = f"{evidence['start']}-{evidence['end']}" if evidence else ""
        table.add_row(Text(name, style=STYLES.get(name, "")), Text(value), at)
    if not rows:
        table.add_row("(nothing found)", "", "")
    for warning in record.get("warnings") or ():
        table.add_row(Text("warning", style="red"), Text(warning), "")
    console.print(table)
    # Rich reads "\r" as a carriage return: swap it for a same-length stand-in so offsets hold.
    marked = Text(text.replace("\r\n", " \n").replace("\r", "\n"))
    for name, _value, evidence in rows:
        if evidence and 0 <= evidence["start"] <= evidence["end"] <= len(text):
            marked.stylize(f"{STYLES.get(name, 'bold')} underline", evidence["start"],
                           evidence["end"])
    console.rule("text")
    console.print(marked)
    legend = Text()
    for name, style in STYLES.items():
        legend.append(name, style=style)
        legend.append("  ")
    console.rule()
    console.print(legend)


class ProgressBar:
    """Files done, rate and time on stderr; error lines printed above the bar."""

    def __init__(self, total: Optional[int] = None) -> None:
        self.console = Console(file=sys.stderr)
        columns = [SpinnerColumn(), TextColumn("parsing"), BarColumn() if total else TextColumn(""),
                   MofNCompleteColumn() if total else TextColumn("{task.completed} files"),
                   TimeElapsedColumn()]
        self.progress = Progress(*columns, console=self.console, transient=True)
        self.task = self.progress.add_task("parse", total=total)

    def __enter__(self) -> "ProgressBar":
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def advance(self) -> None:
        self.progress.advance(self.task)

    def error(self, line: str) -> None:
        self.progress.console.print(Text(line))
