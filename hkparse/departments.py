"""Departments and other organisations attending the reported meeting, grouped by side."""
from __future__ import annotations

from typing import Optional

from .document import Document
from .model import Department, Meeting


def find_departments(doc: Document, meeting: Optional[Meeting]) -> list[Department]:
    return []
