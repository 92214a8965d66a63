"""Accuracy on the team's held-out releases (benchmarks/heldout) never slides back.

Each set was written by a team member who had not seen the parser, with answers made by hand
from the guideline before the parser ran; each was scored once blind (benchmarks/heldout/README.md
gives those first scores), then its misses were fixed by general rules. Here they guard those
rules: every set keeps its core macro F1, and releases whose answer has no meeting get none.
Scored by the corpus's own scorer, so skipped when ../shared is not beside the repo.
"""
from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path

import pytest

import hkparse
from conftest import REPO, SHARED

HELDOUT = REPO / "benchmarks" / "heldout"
SETS = sorted(p.name for p in HELDOUT.glob("set*") if p.is_dir())
# lowest core macro F1 accepted per set: the figure reached, less a hair for rounding
CORE_MACRO_FLOOR = {"set16": 0.99,  # misses one open floor-area case
                    "set23": 0.98,  # misses one date its writer marks open (event or reminder day)
                    "set25": 0.98,  # the same open date: announced today, event on Sunday
                    "set41": 0.98,  # one open date (announced or event day)
                    # sets 46-48 each miss a traffic notice's event day (an open case), and set
                    # 46 one long Mainland name, set 47 a visit's official (open)
                    "set46": 0.975, "set47": 0.98, "set48": 0.98}
DEFAULT_FLOOR = 0.995


@functools.lru_cache(maxsize=None)
def _scorer():
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("../shared/eval/score.py is not beside the repo")
    spec = importlib.util.spec_from_file_location("hk_score_heldout", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@functools.lru_cache(maxsize=None)
def _score(folder: Path):
    gold = {}
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            gold[record["id"]] = record
    preds = {stem: hkparse.parse((folder / f"{stem}.txt").read_text(encoding="utf-8"),
                                 source=f"{stem}.txt").to_dict()
             for stem in gold}
    return _scorer().score(gold, preds), gold, preds


def test_every_set_has_its_texts_and_answers():
    assert len(SETS) >= 18
    for name in SETS:
        folder = HELDOUT / name
        stems = {p.stem for p in folder.glob("*.txt")}
        gold = [json.loads(line)["id"] for line in
                (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
        assert stems == set(gold) and len(gold) == len(stems) >= 10, name


@pytest.mark.parametrize("name", SETS)
def test_core_macro_f1_does_not_slide_back(name):
    scores, _, _ = _score(HELDOUT / name)
    floor = CORE_MACRO_FLOOR.get(name, DEFAULT_FLOOR)
    misses = {field: scores["misses"][field][:3] for field in scores["misses"]
              if scores["misses"][field]}
    assert scores["core_macro_f1"] >= floor, misses


@pytest.mark.parametrize("name", SETS)
def test_no_invented_meeting_where_the_answer_has_none(name):
    _, gold, preds = _score(HELDOUT / name)
    invented = [doc_id for doc_id, g in gold.items()
                if g["meeting_number"] is None and (preds[doc_id]["meeting"] or {}).get("number")
                is not None]
    assert invented == []
