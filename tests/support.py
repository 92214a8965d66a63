"""Helpers shared by several test modules."""
from __future__ import annotations

from typing import Any, Iterator


def evidence_nodes(node: Any) -> Iterator[dict]:
    """Every evidence object ({"start", "end", "text"}) anywhere in a JSON record."""
    if isinstance(node, dict):
        if set(node) == {"start", "end", "text"}:
            yield node
        for value in node.values():
            yield from evidence_nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from evidence_nodes(value)
