"""The bundled data files (hkparse/data/): gazetteer, unit tables, word lists.

Read straight from the package folder: importlib.resources would cost ~10 ms of start-up for
the same bytes, and hkparse is always installed as plain files.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def read_data(name: str) -> str:
    """The text of one data file, e.g. read_data("gazetteer.tsv")."""
    return (DATA / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def read_sections(name: str) -> dict[str, tuple[str, ...]]:
    """A word-list file of [section] blocks, each the stripped lines under its heading (blank
    lines and lines starting '#' left out); read once per process."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in read_data(name).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return {section: tuple(lines) for section, lines in sections.items()}
