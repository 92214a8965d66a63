"""`parse`: one release's text in, one `ParseResult` out. Pure: no I/O, no global state."""
from __future__ import annotations

from typing import Optional

from .areas import find_floor_areas
from .dates import find_date, find_issued
from .departments import find_departments
from .document import Document
from .meeting import find_meeting
from .model import ParseResult
from .people import find_chairs, find_officials


def parse(text: str, year: Optional[int] = None, source: Optional[str] = None) -> ParseResult:
    """Extract every field of one release.

    `year` is the user's year for a date the text gives without one; `source` is the path the
    text came from (its file name may carry the issue date, used for the year as a last resort).
    """
    doc = Document(text, source)
    result = ParseResult(source=source, title=doc.title)
    result.meeting = find_meeting(doc)
    result.issued = find_issued(doc)
    result.date, date_warnings = find_date(doc, result.meeting, year=year, source=source)
    result.warnings.extend(date_warnings)
    result.floor_areas = find_floor_areas(doc)
    # Chairs and attending departments only describe a meeting the release reports (named or
    # not): a release about no meeting must not get invented ones.
    if result.meeting is not None:
        result.co_chairs, result.chair = find_chairs(doc, result.meeting)
        result.departments = find_departments(doc, result.meeting)
    # Officials stay: a courtesy call ("the CE met the Mayor") has people who joined it.
    result.officials = find_officials(doc, result.meeting, result.co_chairs, result.chair)
    return result
