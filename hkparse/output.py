"""Serialising records (JSON, JSON Lines, CSV) and writing them whole-or-nothing.

Records are serialised where they are made (in the worker processes), so that the parent only
writes strings in order; the writers here add what frames the stream (a CSV header, the brackets
of a JSON array). `-o FILE` goes to a temporary file beside FILE that is renamed at the very end:
an interrupted run leaves FILE as it was.
"""
from __future__ import annotations

import csv
import io
import json
import os
from typing import Any, BinaryIO, Optional

from .model import SCHEMA_ID

FORMATS = ("json", "jsonl", "csv")
LIST_SEPARATOR = "; "

# The CSV columns, in order; documented in `hkparse extract --help` and the README.
CSV_COLUMNS = (
    "source", "title", "meeting_number", "meeting_ordinal", "meeting_body", "meeting_location",
    "date", "date_year", "date_month", "date_day", "date_year_source", "issued_date",
    "issued_time", "co_chairs", "chair", "floor_areas_m2", "floor_areas", "departments",
    "officials", "warnings", "error",
)


def error_record(source: Optional[str], code: str, message: str) -> dict[str, Any]:
    """The record of an input that could not be read or parsed."""
    return {"schema": SCHEMA_ID, "source": source, "error": {"code": code, "message": message}}


# Made once: `json.dumps` with options builds a new encoder for every record. Records are plain
# trees of dicts and lists, so the check for circular references is not needed.
_ONE_LINE = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(", ", ": "))
_INDENTED = json.JSONEncoder(ensure_ascii=False, check_circular=False, indent=2)


def to_json(record: dict[str, Any], pretty: bool = False) -> str:
    return (_INDENTED if pretty else _ONE_LINE).encode(record)


def _number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _person(person: Optional[dict[str, Any]]) -> str:
    """ "Mr Michael Wong (Secretary for Development)": who, then the post in brackets."""
    if not person:
        return ""
    who = " ".join(p for p in (person.get("honorific"), person.get("name")) if p)
    title = person.get("title")
    if who and title:
        return f"{who} ({title})"
    return who or title or ""


def csv_row(record: dict[str, Any]) -> list[str]:
    """One record flattened to the CSV_COLUMNS; lists joined with "; "."""
    error = record.get("error")
    meeting = record.get("meeting") or {}
    date = record.get("date") or {}
    issued = record.get("issued") or {}
    join = LIST_SEPARATOR.join
    values = {
        "source": record.get("source") or "",
        "title": record.get("title") or "",
        "meeting_number": _number(meeting.get("number")),
        "meeting_ordinal": meeting.get("ordinal") or "",
        "meeting_body": meeting.get("body") or "",
        "meeting_location": meeting.get("location") or "",
        "date": date.get("iso") or "",
        "date_year": _number(date.get("year")),
        "date_month": _number(date.get("month")),
        "date_day": _number(date.get("day")),
        "date_year_source": date.get("year_source") or "",
        "issued_date": issued.get("date") or "",
        "issued_time": issued.get("time") or "",
        "co_chairs": join(_person(p) for p in record.get("co_chairs") or ()),
        "chair": _person(record.get("chair")),
        "floor_areas_m2": join(_number(a.get("square_metres"))
                               for a in record.get("floor_areas") or ()),
        "floor_areas": join(a.get("text") or "" for a in record.get("floor_areas") or ()),
        "departments": join(d.get("name") or "" for d in record.get("departments") or ()),
        "officials": join(_person(p) for p in record.get("officials") or ()),
        "warnings": join(record.get("warnings") or ()),
        "error": f"{error['code']}: {error['message']}" if error else "",
    }
    return [values[c] for c in CSV_COLUMNS]


def csv_line(values: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue()


def serialise(record: dict[str, Any], fmt: str, pretty: bool = False) -> str:
    """One record as it appears in the stream, without the stream's framing."""
    if fmt == "csv":
        return csv_line(csv_row(record))
    return to_json(record, pretty=pretty or fmt == "json") + "\n"


class StreamWriter:
    """Writes serialised records in order, adding the CSV header or the JSON array's brackets.

    `single` (exactly one input file) makes `json` a bare object instead of an array.
    """

    def __init__(self, stream: BinaryIO, fmt: str, single: bool) -> None:
        self.stream = stream
        self.fmt = fmt
        self.array = fmt == "json" and not single
        self.count = 0
        if fmt == "csv":
            self._write(csv_line(list(CSV_COLUMNS)))
        elif self.array:
            self._write("[")

    def _write(self, text: str) -> None:
        self.stream.write(text.encode("utf-8"))

    def write(self, serialised: str) -> None:
        if self.array:
            body = serialised.rstrip("\n").replace("\n", "\n  ")
            self._write(("," if self.count else "") + "\n  " + body)
        else:
            self._write(serialised)
        self.count += 1

    def close(self) -> None:
        if self.array:
            self._write("\n]\n" if self.count else "]\n")
        self.stream.flush()


class AtomicFile:
    """A file written whole or not at all: a temp file beside the target, renamed on success."""

    def __init__(self, path: str) -> None:
        """Creates the temp file now, so that an unwritable target fails before any work."""
        self.path = os.path.abspath(path)
        folder, name = os.path.split(self.path)
        import tempfile  # only for -o: kept off the start-up path

        fd, tmp_path = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        self.tmp_path: Optional[str] = tmp_path
        self.stream: BinaryIO = os.fdopen(fd, "wb")

    def __enter__(self) -> BinaryIO:
        return self.stream

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.stream.flush()
                os.fsync(self.stream.fileno())
            self.stream.close()
            if exc_type is None:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(self.tmp_path, 0o666 & ~umask)
                os.replace(self.tmp_path, self.path)
                self.tmp_path = None
        finally:
            if self.tmp_path is not None:
                try:
                    os.unlink(self.tmp_path)
                except OSError:
                    pass
