#!/usr/bin/env python3
"""How accurate hkparse is on the dev corpus, next to the general tools a user might try.

    python benchmarks/accuracy.py [--corpus ../shared/corpus/dev]

Scores hkparse with the corpus's own scorer (../shared/eval/score.py, imported by path), and on
the same documents:
- quantulum3 for floor areas: every area quantity it finds in the text, converted to m2;
- dateparser's `search_dates` for the date: the first date it finds in the lead paragraph.
Prints one markdown table: a row per field, hkparse precision/recall/F1 and each alternative's
F1 ("n/a" where the tool has no such field). A tool that is not installed or fails to import
is named in the table instead of crashing the script (`pip install -e '.[bench]'`).
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

from hkparse import parse  # noqa: E402
from hkparse.document import Document  # noqa: E402

# quantulum3 unit names -> square metres per unit.
AREA_UNITS = {
    "square metre": 1.0, "square meter": 1.0, "square foot": 0.09290304, "hectare": 10_000.0,
    "square kilometre": 1_000_000.0, "square kilometer": 1_000_000.0, "acre": 4046.8564224,
    "square yard": 0.83612736, "square mile": 2_589_988.110336, "square centimetre": 0.0001,
    "square inch": 0.00064516, "are": 100.0,
}


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("hkparse_bench_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def load_gold(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8") as fh:
        return {rec["id"]: rec for rec in map(json.loads, filter(str.strip, fh))}


def quantulum_tool():
    """A function text -> floor_areas records, or the reason it is unavailable."""
    try:
        with warnings.catch_warnings(), contextlib.redirect_stderr(io.StringIO()):
            warnings.simplefilter("ignore")
            from quantulum3 import parser as qparser  # type: ignore
    except Exception as exc:  # noqa: BLE001 - any import failure means "not available"
        return None, f"not available ({type(exc).__name__})"

    def areas(text: str) -> list[dict]:
        out = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = qparser.parse(text)
        for q in quantities:
            factor = AREA_UNITS.get(q.unit.name)
            if factor is not None and q.unit.entity.name == "area":
                out.append({"text": q.surface, "square_metres": q.value * factor})
        return out
    return areas, None


def dateparser_tool():
    """A function text -> date record ({year, month, day} or None), or why it is unavailable."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from dateparser.search import search_dates  # type: ignore
    except Exception as exc:  # noqa: BLE001
        return None, f"not available ({type(exc).__name__})"

    def first_date(text: str):
        doc = Document(text)
        lead = doc.lead.of(text) if doc.lead else text[:1000]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(lead, languages=["en"])
        if not found:
            return None
        d = found[0][1]
        return {"year": d.year, "month": d.month, "day": d.day}
    return first_date, None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "dev")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    args = ap.parse_args()

    gold_path = args.corpus / "gold.jsonl"
    if not args.scorer.exists() or not gold_path.exists():
        print(f"skipped: needs {args.scorer} and {gold_path} (the shared corpus beside the repo)")
        return 0
    score = load_scorer(args.scorer)
    gold = load_gold(gold_path)
    texts = {doc_id: (args.corpus / f"{doc_id}.txt").read_text(encoding="utf-8", errors="replace")
             for doc_id in gold if (args.corpus / f"{doc_id}.txt").exists()}

    start = time.perf_counter()
    ours = {doc_id: parse(t, source=f"{doc_id}.txt").to_dict() for doc_id, t in texts.items()}
    ours_secs = time.perf_counter() - start
    ours_scores = score.score(gold, ours)

    alternatives: dict[str, dict[str, str]] = {}  # tool -> field -> F1 cell
    timings: dict[str, float] = {}

    areas, why = quantulum_tool()
    if areas is None:
        alternatives["quantulum3"] = {"floor_areas": why}
    else:
        start = time.perf_counter()
        preds = {doc_id: {"floor_areas": areas(t)} for doc_id, t in texts.items()}
        timings["quantulum3"] = time.perf_counter() - start
        alternatives["quantulum3"] = {"floor_areas": f"{score.score(gold, preds)['floor_areas']['f1']:.3f}"}

    first_date, why = dateparser_tool()
    if first_date is None:
        alternatives["dateparser"] = {"date": why, "date_year": why}
    else:
        start = time.perf_counter()
        preds = {doc_id: {"date": first_date(t)} for doc_id, t in texts.items()}
        timings["dateparser"] = time.perf_counter() - start
        s = score.score(gold, preds)
        alternatives["dateparser"] = {f: f"{s[f]['f1']:.3f}" for f in ("date", "date_year")}

    tools = list(alternatives)
    print(f"\nAccuracy on {args.corpus} ({len(texts)} documents; hkparse took {ours_secs:.2f} s"
          + "".join(f", {t} {timings[t]:.1f} s" for t in timings) + ")\n")
    print("| field | hkparse P | hkparse R | hkparse F1 | " + " | ".join(f"{t} F1" for t in tools) + " |")
    print("|---|---:|---:|---:|" + "---|" * len(tools))
    for field in score.FIELDS:
        r = ours_scores[field]
        cells = [alternatives[t].get(field, "n/a") for t in tools]
        mark = "*" if field in score.CORE else ""
        print(f"| {mark}{field} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
              + " | ".join(cells) + " |")
    acc = ours_scores["department_side_accuracy"]
    print(f"\n\\* core fields; core macro F1 {ours_scores['core_macro_f1']:.3f}; "
          f"department sides right {acc:.3f}" if acc is not None else
          f"\n\\* core fields; core macro F1 {ours_scores['core_macro_f1']:.3f}")
    print(f"documents with every core field right: {ours_scores['documents_all_core_right']}/{ours_scores['documents']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
