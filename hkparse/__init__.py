"""hkparse: structured facts from Hong Kong Government press releases.

    >>> import hkparse
    >>> result = hkparse.parse(text, year=2024, source="P2024083000123.txt")
    >>> result.meeting.number, result.to_dict()["co_chairs"]
"""
from .core import parse, parse_many
from .model import (SCHEMA_ID, Department, EventDate, Evidence, FloorArea, Issued, Meeting,
                    ParseResult, Person)

__version__ = "1.0.0"

__all__ = ["parse", "parse_many", "ParseResult", "Meeting", "EventDate", "Issued", "Person", "FloorArea",
           "Department", "Evidence", "SCHEMA_ID", "__version__"]
