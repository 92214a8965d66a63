"""The meeting a release reports: its number and the body whose meeting it is."""
from __future__ import annotations

from typing import Optional

from .document import Document
from .model import Meeting


def find_meeting(doc: Document) -> Optional[Meeting]:
    return None
