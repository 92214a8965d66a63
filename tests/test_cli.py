"""The `hkparse` command, option by option, in-process (CliRunner) and as a real process."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hkparse.cli import app
from hkparse.output import CSV_COLUMNS
from support import evidence_nodes

REPO = Path(__file__).resolve().parent.parent
HTML_PAGE = REPO / "samples" / "html" / "P2024061400321.htm"


def release(ordinal: str, day: int, closing: bool = True) -> str:
    """A short release in the Government's style, written for these tests."""
    text = ("Go to main content\n \n"
            f"{ordinal.capitalize()} meeting of Ferry Pier Working Group held\n*****\n"
            "     The Secretary for Transport, Mr Peter Lo, and the Deputy Mayor of Seaview City, "
            f"Ms Fang Yu, co-chaired the {ordinal} meeting of the Ferry Pier Working Group today "
            f"(March {day}).\n \n     The two sides discussed a terminal building with a gross "
            "floor area of about 5 000 square metres.\n \n")
    if closing:
        text += f"Ends/Friday, March {day}, 2024\nIssued at HKT 18:00\n \nNNNN\n"
    return text


def invoke(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(app, list(args), input=input)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "releases"
    (root / "2024").mkdir(parents=True)
    (root / "b.txt").write_text(release("second", 8))
    (root / "a.txt").write_text(release("first", 1))
    (root / "2024" / "c.htm").write_bytes(HTML_PAGE.read_bytes())
    (root / "skip.md").write_text(release("third", 15))
    return root


def test_one_file_is_one_pretty_json_object(folder: Path) -> None:
    result = invoke("extract", str(folder / "a.txt"))
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert result.stdout.startswith('{\n  "schema": "hkparse/1",\n  "source": ')
    assert list(record) == ["schema", "source", "title", "meeting", "date", "issued", "co_chairs",
                            "chair", "floor_areas", "departments", "officials", "warnings"]
    assert record["source"] == str(folder / "a.txt")
    assert record["title"] == "First meeting of Ferry Pier Working Group held"


def test_several_files_are_json_lines_in_the_order_given(folder: Path) -> None:
    result = invoke("extract", str(folder / "b.txt"), str(folder / "a.txt"))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(folder / "b.txt"),
                                                              str(folder / "a.txt")]


def test_folder_is_walked_sorted(folder: Path) -> None:
    result = invoke("extract", str(folder))
    assert result.exit_code == 0
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(folder / "2024" / "c.htm"), str(folder / "a.txt"),
                       str(folder / "b.txt")]


@pytest.mark.parametrize("globs, names", [
    (["--glob", "*.md"], ["skip.md"]),
    (["--glob", "*.md", "-g", "*.HTM"], ["2024/c.htm", "skip.md"]),
    (["--glob", "b*"], ["b.txt"]),
])
def test_glob_option(folder: Path, globs: list[str], names: list[str]) -> None:
    result = invoke("extract", str(folder), *globs)
    assert [os.path.relpath(json.loads(line)["source"], folder)
            for line in result.stdout.splitlines()] == names


def test_standard_input(folder: Path) -> None:
    result = invoke("extract", "-", input=release("fourth", 22).encode())
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["source"] == "-"
    assert record["title"] == "Fourth meeting of Ferry Pier Working Group held"


def test_csv(folder: Path) -> None:
    result = invoke("extract", str(folder), "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 4 and all(len(r) == len(CSV_COLUMNS) for r in rows)
    by_column = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert by_column[1]["source"] == str(folder / "a.txt")
    assert by_column[1]["title"] == "First meeting of Ferry Pier Working Group held"
    assert by_column[1]["error"] == ""


def test_csv_joins_lists_and_shows_errors() -> None:
    from hkparse.output import csv_row, error_record

    person = {"name": "Peter Lo", "honorific": "Mr", "title": "Secretary for Transport"}
    record = {"source": "x.txt", "co_chairs": [person, {"name": None, "title": "Deputy Mayor"}],
              "floor_areas": [{"text": "5 000 square metres", "square_metres": 5000.0},
                              {"text": "1.5 ha", "square_metres": 15000.25}],
              "departments": [{"name": "Marine Department"}, {"name": "Lands Department"}],
              "warnings": ["one", "two"]}
    row = dict(zip(CSV_COLUMNS, csv_row(record)))
    assert row["co_chairs"] == "Mr Peter Lo (Secretary for Transport); Deputy Mayor"
    assert row["floor_areas_m2"] == "5000; 15000.25"
    assert row["departments"] == "Marine Department; Lands Department"
    assert row["warnings"] == "one; two"
    error = dict(zip(CSV_COLUMNS, csv_row(error_record("y.txt", "empty", "is empty"))))
    assert error["source"] == "y.txt" and error["error"] == "empty: is empty"


def test_json_format_for_many_files_is_an_array(folder: Path) -> None:
    result = invoke("extract", str(folder), "--format", "json")
    records = json.loads(result.stdout)
    assert isinstance(records, list) and len(records) == 3


def test_jsonl_format_for_one_file(folder: Path) -> None:
    result = invoke("extract", str(folder / "a.txt"), "-f", "jsonl")
    assert result.stdout.count("\n") == 1 and json.loads(result.stdout)["schema"] == "hkparse/1"


def test_year_option_fills_a_missing_year(tmp_path: Path) -> None:
    path = tmp_path / "no-year.txt"
    path.write_text(release("fifth", 12, closing=False))
    without = json.loads(invoke("extract", str(path)).stdout)
    with_year = json.loads(invoke("extract", str(path), "--year", "2023").stdout)
    assert with_year["date"] is None or with_year["date"]["year"] in (None, 2023)
    if with_year["date"] is not None and without["date"] is not None:
        assert without["date"]["year"] is None
        assert with_year["date"]["year"] == 2023
        assert with_year["date"]["year_source"] == "option"


def test_output_file_is_written_whole(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = invoke("extract", str(folder), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert len(out.read_text().splitlines()) == 3
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_output_file_still_written_when_some_inputs_fail(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = invoke("extract", str(folder / "a.txt"), str(folder / "gone.txt"), "-o", str(out))
    assert result.exit_code == 1
    assert [json.loads(x).get("error", {}).get("code") for x in out.read_text().splitlines()] == [
        None, "not_found"]


def test_output_into_a_missing_folder_fails_cleanly(folder: Path, tmp_path: Path) -> None:
    result = invoke("extract", str(folder), "-o", str(tmp_path / "nope" / "out.jsonl"))
    assert result.exit_code == 1
    assert result.stderr.startswith("hkparse: error: ") and "cannot write" in result.stderr


@pytest.mark.parametrize("args", [
    ["extract"],
    ["extract", "a.txt", "--format", "xml"],
    ["extract", "a.txt", "--bogus"],
    ["extract", "a.txt", "--jobs", "0"],
    ["extract", "a.txt", "--max-bytes", "lots"],
    ["extract", "a.txt", "--year", "twenty"],
    ["frobnicate"],
    ["text"],
])
def test_wrong_usage_exits_2(args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


def test_help_shows_examples_and_csv_columns() -> None:
    result = invoke("extract", "--help")
    assert result.exit_code == 0
    assert "hkparse extract releases/ -o out.jsonl" in result.stdout
    assert "co_chairs, chair, floor_areas_m2" in result.stdout
    assert '"error": {"code": ..., "message": ...}' in result.stdout  # braces shown as written
    for command in ("show", "text", "schema"):
        assert "Example" in invoke(command, "--help").stdout


def test_text_prints_the_parsed_text_and_offsets_match(tmp_path: Path) -> None:
    text = invoke("text", str(HTML_PAGE))
    assert text.exit_code == 0
    assert text.stdout.startswith("Fourth meeting of Task Force on Harbourfront Cycling Links")
    record = json.loads(invoke("extract", str(HTML_PAGE)).stdout)
    for evidence in evidence_nodes(record):
        assert text.stdout[evidence["start"]:evidence["end"]] == evidence["text"]


def test_text_keeps_crlf_and_reports_refusals(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Headline\r\n\r\n     Body.\r\n")
    assert invoke("text", str(path)).stdout_bytes == b"Headline\r\n\r\n     Body.\r\n"
    missing = invoke("text", str(tmp_path / "gone.txt"))
    assert missing.exit_code == 1 and "no such file" in missing.stderr


def test_show_draws_the_table_and_the_text(folder: Path) -> None:
    result = invoke("show", str(folder / "a.txt"))
    assert result.exit_code == 0
    assert "First meeting of Ferry Pier Working Group held" in result.stdout
    assert "field" in result.stdout and "co-chaired" in result.stdout
    assert invoke("show", str(folder / "nope.txt")).exit_code == 1


def test_schema_command_prints_the_schema() -> None:
    from hkparse.schema import record_schema

    result = invoke("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == record_schema()


# -- as a real process -------------------------------------------------------------------------
def hkparse(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hkparse", *args], capture_output=True,
                          timeout=120, **kwargs)


def many_releases(root: Path, count: int) -> Path:
    root.mkdir()
    ordinals = ["first", "second", "third", "fourth", "fifth", "sixth"]
    for i in range(count):
        (root / f"P{i:05d}.txt").write_text(release(ordinals[i % 6], i % 28 + 1))
    (root / "P00003.txt").write_bytes(b"\x00")
    return root


def test_jobs_do_not_change_a_byte(tmp_path: Path) -> None:
    root = many_releases(tmp_path / "many", 80)
    one = hkparse("extract", str(root), "--jobs", "1")
    two = hkparse("extract", str(root), "--jobs", "2")
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 80
    assert one.stderr == two.stderr


def test_python_dash_m_and_stdin(tmp_path: Path) -> None:
    proc = hkparse("extract", "-", input=release("sixth", 3).encode())
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["source"] == "-"


def test_one_file_run_imports_neither_rich_nor_html_nor_multiprocessing(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(release("first", 2))
    proc = hkparse("extract", str(path), env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1"})
    assert proc.returncode == 0
    imported = {line.rsplit("|", 1)[1].strip() for line in proc.stderr.decode().splitlines()
                if line.startswith("import time:") and "|" in line}
    assert "hkparse.core" in imported
    for module in ("rich", "html.parser", "multiprocessing", "concurrent.futures"):
        assert module not in imported, module


def test_ctrl_c_stops_promptly_and_leaves_no_output_file(tmp_path: Path) -> None:
    root = many_releases(tmp_path / "many", 4000)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "hkparse", "extract", str(root), "-o",
                             str(out), "--jobs", "2"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(tmp_path.glob(".out.jsonl.*")):
        time.sleep(0.05)
    time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGINT)  # like Ctrl-C at a terminal: the whole group
    started = time.monotonic()
    _, err = proc.communicate(timeout=30)
    assert time.monotonic() - started < 10
    assert proc.returncode == 130, err
    assert not out.exists()
    assert list(tmp_path.glob(".out.jsonl.*")) == []
    assert b"Traceback" not in err
