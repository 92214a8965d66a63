"""Shared fixtures: the corpus beside the repo (optional) and the bundled samples."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"
DEV = SHARED / "corpus" / "dev"


@pytest.fixture
def shared_dir() -> Path:
    if not (SHARED / "corpus" / "dev" / "gold.jsonl").exists():
        pytest.skip("../shared/corpus is not beside the repo")
    return SHARED
