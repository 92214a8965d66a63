"""Co-chairs, the chair and the other officials attending the reported meeting."""
from __future__ import annotations

from typing import Optional

from .document import Document
from .model import Meeting, Person


def find_chairs(doc: Document, meeting: Optional[Meeting]) -> tuple[list[Person], Optional[Person]]:
    return [], None


def find_officials(doc: Document, meeting: Optional[Meeting], co_chairs: list[Person],
                   chair: Optional[Person]) -> list[Person]:
    return []
