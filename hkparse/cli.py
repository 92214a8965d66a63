"""The `hkparse` command: extract, show, text, schema.

Kept light at start-up: rich (progress bar, `show`), multiprocessing and the HTML parser are
imported only when a run needs them, so `hkparse extract one.txt` starts fast. Typer runs with
rich_markup_mode=None so that help and usage errors are plain click text (and rich stays out).
"""
from __future__ import annotations

import os
import sys
from contextlib import nullcontext
from enum import Enum
from typing import List, Optional

import typer

from .reading import DEFAULT_MAX_BYTES, STDIN

app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    help="""Structured facts from Hong Kong Government press releases.

\b
Examples:
  hkparse extract release.txt              one file: one pretty JSON object
  hkparse extract releases/ -o out.jsonl   a folder: JSON Lines, one record a file
  hkparse extract releases/ --format csv -o out.csv
  hkparse show release.txt                 the fields, then the text with each value marked
  hkparse text page.htm                    the text that is parsed (evidence offsets index it)
  hkparse schema                           the JSON Schema of one record
""",
)


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _parse_size(value: str) -> int:
    """'20000000', '500k', '20MB', '1GiB' -> bytes (k/M/G are powers of 1024)."""
    text = value.strip().lower().replace(" ", "")
    for suffix in ("ib", "b"):
        if text.endswith(suffix) and text[:-len(suffix)][-1:].isalpha():
            text = text[:-len(suffix)]
            break
    scale = 1
    if text and text[-1] in "kmg":
        scale = 1024 ** ("kmg".index(text[-1]) + 1)
        text = text[:-1]
    try:
        number = float(text) if "." in text else int(text)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a size (e.g. 5000000, 500k, 20MB)") from None
    if number <= 0:
        raise typer.BadParameter("must be more than 0")
    return int(number * scale)


def _error(message: str) -> None:
    sys.stderr.write(f"hkparse: error: {message}\n")
    sys.stderr.flush()


EXTRACT_HELP = """Extract the facts of releases as JSON, JSON Lines or CSV.

PATHS are release files (.txt, or .htm/.html pages of the Government's press-release site), folders
(walked recursively, sorted; hidden entries skipped) or "-" for standard input.

\b
Examples:
  hkparse extract samples/x.txt            one file: one JSON object, pretty-printed
  hkparse extract a.txt b.txt              several: JSON Lines, in the order given
  hkparse extract releases/ -o out.jsonl   a whole folder, to a file written whole-or-nothing
  cat a.txt | hkparse extract -            standard input (its "source" is "-")
  hkparse extract releases/ --format csv -o out.csv
  hkparse extract a.txt --year 2024        the year for dates given without one
  hkparse extract releases/ --glob '*.htm' --jobs 4

\b
Output: one record a file, in input order, the same bytes whatever --jobs.
An input that cannot be read gives an error record
  {"schema": "hkparse/1", "source": ..., "error": {"code": ..., "message": ...}}
and one line "hkparse: error: PATH: MESSAGE" on stderr; the other files go on.

\b
CSV columns (lists joined with "; "; a person is "Mr Name (Title)"):
  source, title, meeting_number, meeting_ordinal, meeting_body, meeting_location,
  date, date_year, date_month, date_day, date_year_source, issued_date, issued_time,
  co_chairs, chair, floor_areas_m2, floor_areas, departments, officials, warnings, error

\b
Exit status: 0 all parsed; 1 some input failed; 2 wrong usage; 130 interrupted (Ctrl-C).
"""


@app.command(help=EXTRACT_HELP, no_args_is_help=True)
def extract(
    paths: List[str] = typer.Argument(..., metavar="PATH...", show_default=False,
                                      help="Files, folders, or - for standard input."),
    format: Optional[Format] = typer.Option(
        None, "--format", "-f", case_sensitive=False, show_default=False,
        help="json | jsonl | csv. Default: json for exactly one file (a JSON array of records "
             "if --format json is given for more), jsonl otherwise."),
    output: Optional[str] = typer.Option(
        None, "--output", "-o", metavar="FILE",
        help="Write to FILE (via a temp file renamed at the end: whole or nothing)."),
    year: Optional[int] = typer.Option(
        None, "--year", "-y", min=1900, max=2200,
        help="The year of dates the text gives without one (used only when the text has none)."),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1, show_default=False,
        help="Worker processes. Default: 1 for a single file, else the number of CPUs."),
    max_bytes: str = typer.Option(
        str(DEFAULT_MAX_BYTES), "--max-bytes", metavar="N",
        help="Refuse files over N bytes (k/M/G suffixes allowed) [default: 20M]",
        show_default=False),
    glob: Optional[List[str]] = typer.Option(
        None, "--glob", "-g", metavar="PATTERN",
        help="Files to take from folders, repeatable, case-insensitive "
             "[default: *.txt *.htm *.html]."),
) -> None:
    from .batch import DEFAULT_GLOBS, Options, iter_tasks, run
    from .output import AtomicFile, StreamWriter

    limit = _parse_size(max_bytes)
    globs = tuple(glob) if glob else DEFAULT_GLOBS
    single = len(paths) == 1 and (paths[0] == STDIN or not os.path.isdir(paths[0]))
    fmt = format.value if format else ("json" if single else "jsonl")
    if jobs is None:
        jobs = 1 if single else (os.cpu_count() or 1)
    if all(p == STDIN or not os.path.isdir(p) for p in paths):
        jobs = max(1, min(jobs, len(paths)))
    options = Options(fmt=fmt, year=year, max_bytes=limit, pretty=fmt == "json")
    tasks = iter_tasks(paths, globs, limit)
    if output:
        try:
            sink = AtomicFile(output)
        except OSError as exc:
            _error(f"{output}: cannot write: {exc.strerror or exc}")
            raise typer.Exit(1)
    else:
        sink = nullcontext(sys.stdout.buffer)
    failed = 0
    try:
        with sink as stream:
            writer = StreamWriter(stream, fmt, single)
            with _progress(not single) as bar:
                for outcome in run(tasks, options, jobs):
                    writer.write(outcome.serialised)
                    if outcome.error_line:
                        failed += 1
                        bar.error(outcome.error_line)
                    bar.advance()
            writer.close()
    except KeyboardInterrupt:
        sys.stderr.write("hkparse: interrupted\n")
        raise typer.Exit(130)
    if failed:
        raise typer.Exit(1)


class _NoProgress:
    """Stands in for the progress bar when stderr is not a terminal: errors go straight out."""

    def __enter__(self) -> "_NoProgress":
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def advance(self) -> None:
        pass

    def error(self, line: str) -> None:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()


def _progress(many: bool):
    """A rich progress bar on stderr, only for several files and a terminal (rich imported then)."""
    if not many or not sys.stderr.isatty():
        return _NoProgress()
    from .show import ProgressBar
    return ProgressBar()


@app.command(no_args_is_help=True)
def show(
    path: str = typer.Argument(..., metavar="FILE", help="A release file, or - for stdin."),
    year: Optional[int] = typer.Option(None, "--year", "-y", min=1900, max=2200,
                                       help="The year of dates the text gives without one."),
    max_bytes: str = typer.Option(str(DEFAULT_MAX_BYTES), "--max-bytes", metavar="N",
                                  help="Refuse files over N bytes [default: 20M]",
                                  show_default=False),
) -> None:
    """Show what hkparse finds: the fields as a table, then the text with each value marked.

    \b
    Example:
      hkparse show samples/jtf-11-meeting.txt
    """
    from .core import parse
    from .reading import InputError, read_input

    try:
        decoded = read_input(path, _parse_size(max_bytes))
    except InputError as exc:
        _error(f"{path}: {exc.message}")
        raise typer.Exit(1)
    result = parse(decoded.text, year=year, source=path)
    result.warnings[:0] = decoded.warnings
    from .show import render
    render(decoded.text, result.to_dict())


@app.command(no_args_is_help=True)
def text(
    path: str = typer.Argument(..., metavar="FILE", help="A release file, or - for stdin."),
    max_bytes: str = typer.Option(str(DEFAULT_MAX_BYTES), "--max-bytes", metavar="N",
                                  help="Refuse files over N bytes [default: 20M]",
                                  show_default=False),
) -> None:
    """Print the text hkparse parses (after decoding and HTML extraction), as UTF-8.

    Evidence offsets index this text: text[start:end] is the evidence's text.

    \b
    Example:
      hkparse text samples/html/P2024061400321.htm
    """
    from .reading import InputError, read_input

    try:
        decoded = read_input(path, _parse_size(max_bytes))
    except InputError as exc:
        _error(f"{path}: {exc.message}")
        raise typer.Exit(1)
    for warning in decoded.warnings:
        sys.stderr.write(f"hkparse: warning: {path}: {warning}\n")
    sys.stdout.buffer.write(decoded.text.encode("utf-8"))
    sys.stdout.buffer.flush()


@app.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of one output record of `hkparse extract`.

    \b
    Example:
      hkparse schema > hkparse-1.schema.json
    """
    import json

    from .schema import record_schema
    sys.stdout.buffer.write((json.dumps(record_schema(), ensure_ascii=False, indent=2) + "\n")
                            .encode("utf-8"))


def main() -> None:
    app(prog_name="hkparse")
