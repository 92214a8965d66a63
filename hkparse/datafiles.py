"""The bundled data files (hkparse/data/): gazetteer, unit tables, word lists.

Read straight from the package folder: importlib.resources would cost ~10 ms of start-up for
the same bytes, and hkparse is always installed as plain files.
"""
from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def read_data(name: str) -> str:
    """The text of one data file, e.g. read_data("gazetteer.tsv")."""
    return (DATA / name).read_text(encoding="utf-8")
