"""Finding inputs (sorted, recursive, globs, loops) and running them in order, streaming."""
from __future__ import annotations

import itertools
import json
import os
import sys
from pathlib import Path

import pytest

from hkparse import batch
from hkparse.batch import DEFAULT_GLOBS, Options, Task, compile_globs, iter_tasks, process, run


def release(number: int, day: int = 6) -> str:
    """A short release in the Government's style, written for these tests."""
    return (f"Go to main content\n \nRiver Park Committee holds meeting No. {number}\n"
            "******************************\n"
            f"     The River Park Committee held its meeting No. {number} today (May {day}). "
            "The meeting was chaired by the Director of Leisure Services, Mr Tony Lam.\n \n"
            "     Members noted a gross floor area of about 1 200 square metres.\n \n"
            f"Ends/Monday, May {day}, 2024\nIssued at HKT 15:30\n \nNNNN\n")


def make_tree(root: Path) -> None:
    (root / "b").mkdir(parents=True)
    (root / "a" / "deep").mkdir(parents=True)
    (root / ".hidden").mkdir()
    files = {"z.txt": 1, "a/deep/x.TXT": 2, "a/y.htm": 3, "b/w.html": 4, "a.txt": 5,
             "b/notes.md": 0, ".hidden/h.txt": 0, ".dot.txt": 0}
    for name, number in files.items():
        (root / name).write_text(release(number), encoding="utf-8")


def rel(tasks, root: Path) -> list[str]:
    return [os.path.relpath(t.path, root) for t in tasks]


def test_folder_walk_is_sorted_recursive_and_skips_hidden(tmp_path: Path) -> None:
    make_tree(tmp_path)
    tasks = list(iter_tasks([str(tmp_path)]))
    assert rel(tasks, tmp_path) == ["a/deep/x.TXT", "a/y.htm", "a.txt", "b/w.html", "z.txt"]
    assert all(t.error is None for t in tasks)


@pytest.mark.parametrize("globs, expected", [
    (("*.txt",), ["a/deep/x.TXT", "a.txt", "z.txt"]),
    (("*.htm", "*.html"), ["a/y.htm", "b/w.html"]),
    (("a/*.htm",), ["a/y.htm"]),
    (("*.md",), ["b/notes.md"]),
    (("z*",), ["z.txt"]),
])
def test_globs(tmp_path: Path, globs, expected) -> None:
    make_tree(tmp_path)
    assert rel(iter_tasks([str(tmp_path)], globs), tmp_path) == expected


@pytest.mark.parametrize("pattern, name, matches", [
    ("*.txt", "P2024.txt", True),
    ("*.txt", "dir/P2024.TXT", True),
    ("*.txt", "P2024.txt.bak", False),
    ("P2024*.htm", "sub/P20240101.htm", True),
    ("sub/*.htm", "other/a.htm", False),
])
def test_compile_globs(pattern: str, name: str, matches: bool) -> None:
    assert bool(compile_globs([pattern]).fullmatch(name)) is matches


def test_explicit_arguments_keep_their_order(tmp_path: Path) -> None:
    make_tree(tmp_path)
    args = [str(tmp_path / "z.txt"), str(tmp_path / "b"), str(tmp_path / "a.txt"), "missing.txt"]
    tasks = list(iter_tasks(args))
    assert [t.path for t in tasks] == [args[0], str(tmp_path / "b" / "w.html"), args[2],
                                       "missing.txt"]


def test_folder_without_matches_is_an_error_task(tmp_path: Path) -> None:
    (tmp_path / "readme.md").write_text("x")
    tasks = list(iter_tasks([str(tmp_path)]))
    assert len(tasks) == 1 and tasks[0].error[0] == "no_matching_files"
    assert "*.txt" in tasks[0].error[1]


def test_folder_symlink_loop_is_reported_once(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "r.txt").write_text(release(1))
    os.symlink("..", tmp_path / "sub" / "up")
    tasks = list(iter_tasks([str(tmp_path)]))
    assert [(os.path.relpath(t.path, tmp_path), t.error and t.error[0]) for t in tasks] == [
        ("sub/r.txt", None), ("sub/up", "symlink_loop")]


def test_unreadable_subfolder_is_an_error_task_and_the_walk_goes_on(tmp_path, monkeypatch):
    make_tree(tmp_path)
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith(os.sep + "a"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(batch.os, "scandir", scandir)
    tasks = list(iter_tasks([str(tmp_path)]))
    assert [(os.path.relpath(t.path, tmp_path), t.error and t.error[0]) for t in tasks] == [
        ("a", "permission_denied"), ("a.txt", None), ("b/w.html", None), ("z.txt", None)]


def test_stdin_is_read_once_by_the_parent(monkeypatch) -> None:
    import io
    import sys
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(release(7).encode())))
    tasks = list(iter_tasks(["-", "-"]))
    assert tasks[0].data == tasks[1].data == release(7).encode()


def test_process_gives_the_record_or_an_error_record(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(release(3))
    out = process(Task(str(good)), Options(fmt="jsonl"))
    record = json.loads(out.serialised)
    assert out.error_line is None
    assert record["source"] == str(good)
    assert record["title"] == "River Park Committee holds meeting No. 3"
    bad = process(Task(str(tmp_path / "nope.txt")), Options(fmt="jsonl"))
    assert json.loads(bad.serialised)["error"]["code"] == "not_found"
    assert bad.error_line == f"hkparse: error: {tmp_path / 'nope.txt'}: no such file or folder"


def test_a_parser_crash_becomes_an_error_record(tmp_path, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(batch, "parse", broken)
    (tmp_path / "a.txt").write_text(release(1))
    out = process(Task(str(tmp_path / "a.txt")), Options())
    assert json.loads(out.serialised)["error"] == {"code": "parse_failed",
                                                   "message": "parser failed: ValueError: boom"}


def mixed_chunk(tmp_path: Path) -> list[Task]:
    for i in range(4):
        (tmp_path / f"r{i}.txt").write_text(release(i + 3, day=i + 1))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "cp1252.txt").write_bytes(release(9).replace("about", "\u2013 about")
                                         .encode("cp1252"))
    names = ["r0.txt", "empty.txt", "r1.txt", "missing.txt", "cp1252.txt", "r2.txt", "r3.txt"]
    return [Task(str(tmp_path / name)) for name in names]


def test_a_chunk_parsed_together_gives_what_each_input_gives_alone(tmp_path: Path) -> None:
    tasks = mixed_chunk(tmp_path)
    together = batch.process_chunk(tasks, Options())
    assert together == [process(task, Options()) for task in tasks]
    codes = [json.loads(o.serialised).get("error", {}).get("code") for o in together]
    assert codes == [None, "empty", None, "not_found", None, None, None]
    assert json.loads(together[4].serialised)["warnings"][0].startswith("input is not valid UTF-8")


def test_a_parser_crash_in_a_chunk_costs_only_that_input(tmp_path, monkeypatch) -> None:
    real_parse, real_parse_many = batch.parse, batch.parse_many

    def fails_on_meeting_5(texts, *args, **kwargs):
        if any("meeting No. 5" in text for text in texts):
            raise ValueError("boom")
        return real_parse_many(texts, *args, **kwargs)

    monkeypatch.setattr(batch, "parse_many", fails_on_meeting_5)
    monkeypatch.setattr(batch, "parse", lambda text, year=None, source=None:
                        fails_on_meeting_5([text], year=year, sources=[source])[0])
    tasks = mixed_chunk(tmp_path)  # r2.txt holds meeting No. 5
    records = [json.loads(o.serialised) for o in batch.process_chunk(tasks, Options())]
    assert records[5]["error"] == {"code": "parse_failed", "message": "parser failed: ValueError: boom"}
    assert [r["date"]["day"] for r in records if "date" in r] == [1, 2, 6, 4]
    assert [r.get("error", {}).get("code") for r in records] == [
        None, "empty", None, "not_found", None, "parse_failed", None]
    monkeypatch.setattr(batch, "parse", real_parse)


def test_parallel_run_is_ordered_and_identical_to_serial(tmp_path: Path) -> None:
    for i in range(60):
        (tmp_path / f"r{i:03d}.txt").write_text(release(i % 9 + 1, day=i % 28 + 1))
    (tmp_path / "r030.txt").write_bytes(b"")
    serial = [o.serialised for o in run(iter_tasks([str(tmp_path)]), Options(), jobs=1)]
    parallel = [o.serialised for o in run(iter_tasks([str(tmp_path)]), Options(), jobs=2,
                                          chunksize=4)]
    assert serial == parallel
    assert [json.loads(s)["source"] for s in serial] == sorted(
        str(p) for p in tmp_path.glob("*.txt"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers see the patch by fork")
def test_a_worker_that_dies_costs_only_its_input_and_the_run_goes_on(tmp_path, monkeypatch):
    """A worker killed mid-file (the OOM killer, a crash in C) must neither hang the batch, as
    multiprocessing.Pool does, nor lose the other files' records."""
    real_parse_many = batch.parse_many

    def dies_on_meeting_5(texts, *args, **kwargs):
        if any("meeting No. 5 " in text for text in texts):
            os._exit(1)
        return real_parse_many(texts, *args, **kwargs)

    monkeypatch.setattr(batch, "parse_many", dies_on_meeting_5)
    for i in range(40):
        (tmp_path / f"r{i:03d}.txt").write_text(release(i % 9 + 1, day=i % 28 + 1))
    tasks = list(iter_tasks([str(tmp_path)]))
    outcomes = list(run(tasks, Options(), jobs=2, chunksize=3))
    records = [json.loads(o.serialised) for o in outcomes]
    assert [r["source"] for r in records] == [t.path for t in tasks]
    dead = [r["source"] for r in records if "error" in r]
    assert dead == [t.path for t in tasks if "meeting No. 5 " in Path(t.path).read_text()]
    assert len(dead) == 4
    assert {r["error"]["code"] for r in records if "error" in r} == {"worker_died"}
    assert all(r["meeting"]["number"] != 5 for r in records if "error" not in r)
    assert all(o.error_line and "worker process died" in o.error_line
               for o in outcomes if '"error"' in o.serialised)


def test_parallel_run_streams_with_bounded_work_in_flight(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(release(2))
    pulled = itertools.count()

    def endless():
        while True:
            next(pulled)
            yield Task(str(tmp_path / "a.txt"))

    outcomes = run(endless(), Options(), jobs=2, chunksize=3)
    first = list(itertools.islice(outcomes, 5))
    outcomes.close()  # stops the pool
    assert len(first) == 5
    in_flight = next(pulled)
    assert in_flight <= 2 * batch.WINDOW_PER_WORKER * 3 + 3 + 5 + 1


def test_default_globs() -> None:
    assert DEFAULT_GLOBS == ("*.txt", "*.htm", "*.html")
