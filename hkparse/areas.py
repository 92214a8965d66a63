"""Floor-area figures, told apart from site, land and sea areas."""
from __future__ import annotations

from .document import Document
from .model import FloorArea


def find_floor_areas(doc: Document) -> list[FloorArea]:
    return []
