"""The result types of a parse: each value travels with the evidence it came from.

`ParseResult.to_dict()` gives exactly the JSON record of schema "hkparse/1" (see
`hkparse.schema` and the README). Field order in the dicts is the order in the JSON.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple, Optional

SCHEMA_ID = "hkparse/1"


class Evidence(NamedTuple):
    """A span of the input text: `text[start:end] == self.text` always holds.

    A named tuple rather than a frozen dataclass: as immutable, and made several times per
    value found, at a third of the cost."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> "Evidence":
        return _new_tuple(cls, (start, end, source[start:end]))

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


_new_tuple = tuple.__new__


def _ev(e: Optional[Evidence]) -> Optional[dict[str, Any]]:
    return e.to_dict() if e is not None else None


@dataclass(frozen=True)
class Meeting:
    number: Optional[int]
    ordinal: Optional[str]
    body: Optional[str]
    location: Optional[str]
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "ordinal": self.ordinal, "body": self.body,
                "location": self.location, "evidence": self.evidence.to_dict()}


@dataclass(frozen=True)
class EventDate:
    year: Optional[int]
    month: int
    day: Optional[int]
    year_source: Optional[str]  # "text" | "closing line" | "option" | "file name" | None
    evidence: Evidence

    @property
    def iso(self) -> Optional[str]:
        if self.year is None or self.day is None:
            return None
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def to_dict(self) -> dict[str, Any]:
        return {"year": self.year, "month": self.month, "day": self.day, "iso": self.iso,
                "year_source": self.year_source, "evidence": self.evidence.to_dict()}


@dataclass(frozen=True)
class Issued:
    """The release's own closing line: "Ends/Friday, August 30, 2024 / Issued at HKT 18:30"."""

    date: Optional[str]
    time: Optional[str]
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "time": self.time, "evidence": self.evidence.to_dict()}


@dataclass(frozen=True)
class Person:
    name: Optional[str]
    honorific: Optional[str]
    title: Optional[str]
    side: Optional[str]
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "honorific": self.honorific, "title": self.title,
                "side": self.side, "evidence": self.evidence.to_dict()}


@dataclass(frozen=True)
class FloorArea:
    text: str
    value: float
    unit: str
    square_metres: float
    qualifier: Optional[str]
    measure: Optional[str]
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        value: Any = int(self.value) if float(self.value).is_integer() else self.value
        return {"text": self.text, "value": value, "unit": self.unit,
                "square_metres": round(self.square_metres, 2), "qualifier": self.qualifier,
                "measure": self.measure, "evidence": self.evidence.to_dict()}


@dataclass(frozen=True)
class Department:
    name: str
    abbreviation: Optional[str]
    side: Optional[str]
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "abbreviation": self.abbreviation, "side": self.side,
                "evidence": self.evidence.to_dict()}


@dataclass
class ParseResult:
    source: Optional[str] = None
    title: Optional[str] = None
    meeting: Optional[Meeting] = None
    date: Optional[EventDate] = None
    issued: Optional[Issued] = None
    co_chairs: list[Person] = field(default_factory=list)
    chair: Optional[Person] = None
    floor_areas: list[FloorArea] = field(default_factory=list)
    departments: list[Department] = field(default_factory=list)
    officials: list[Person] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_ID,
            "source": self.source,
            "title": self.title,
            "meeting": self.meeting.to_dict() if self.meeting else None,
            "date": self.date.to_dict() if self.date else None,
            "issued": self.issued.to_dict() if self.issued else None,
            "co_chairs": [p.to_dict() for p in self.co_chairs],
            "chair": self.chair.to_dict() if self.chair else None,
            "floor_areas": [a.to_dict() for a in self.floor_areas],
            "departments": [d.to_dict() for d in self.departments],
            "officials": [p.to_dict() for p in self.officials],
            "warnings": list(self.warnings),
        }
