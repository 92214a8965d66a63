"""The date of the reported meeting or event, and the release's closing line."""
from __future__ import annotations

from typing import Optional

from .document import Document
from .model import EventDate, Issued, Meeting


def find_issued(doc: Document) -> Optional[Issued]:
    return None


def find_date(doc: Document, meeting: Optional[Meeting], year: Optional[int] = None,
              source: Optional[str] = None) -> tuple[Optional[EventDate], list[str]]:
    return None, []
