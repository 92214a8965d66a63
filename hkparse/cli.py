"""Command-line interface (minimal; the full one is being built)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .core import parse

app = typer.Typer(add_completion=False)


@app.command()
def extract(paths: List[str], format: str = "json", year: Optional[int] = None) -> None:
    files: list[Path] = []
    for p in paths:
        pp = Path(p)
        files.extend(sorted(pp.rglob("*.txt")) if pp.is_dir() else [pp])
    for f in files:
        rec = parse(f.read_text(encoding="utf-8", errors="replace"), year=year, source=str(f)).to_dict()
        print(json.dumps(rec, ensure_ascii=False))


@app.command()
def schema() -> None:
    print("{}")


def main() -> None:
    app()
