"""Every refused input: one clear stderr line, an error record in the stream, the batch going on,
exit status 1."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hkparse.cli import app

GOOD = ("Go to main content\n \nHarbour Lighting Panel holds second meeting\n*****\n"
        "     The Harbour Lighting Panel held its second meeting today (April 9). The Secretary "
        "for Development, Mr Tony Ip, chaired the meeting.\n \nEnds/Tuesday, April 9, 2024\n"
        "Issued at HKT 12:00\n \nNNNN\n")


def run_cli(*args: str, input: bytes | None = None):
    return CliRunner().invoke(app, list(args), input=input)


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def check_refused(tmp_path: Path, bad: str, code: str, words: str, *extra: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = run_cli("extract", str(good), bad, *extra, "--format", "jsonl")
    assert result.exit_code == 1
    got = records(result.stdout)
    assert [r["source"] for r in got] == [str(good), bad]
    assert "error" not in got[0] and got[0]["title"] == "Harbour Lighting Panel holds second meeting"
    assert got[1]["schema"] == "hkparse/1"
    assert got[1]["error"]["code"] == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"hkparse: error: {bad}: ")
    assert words in lines[0]
    assert "Traceback" not in result.stderr


def test_missing_path(tmp_path: Path) -> None:
    check_refused(tmp_path, str(tmp_path / "no-such.txt"), "not_found", "no such file")


def test_file_over_max_bytes(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(GOOD * 20)
    check_refused(tmp_path, str(big), "too_large", "over the limit of 1000 bytes",
                  "--max-bytes", "1000")


@pytest.mark.parametrize("size, limit", [("2k", 2048), ("1MB", 1 << 20), ("1.5M", 1572864)])
def test_max_bytes_suffixes(tmp_path: Path, size: str, limit: int) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (limit + 1))
    check_refused(tmp_path, str(big), "too_large", f"limit of {limit} bytes", "--max-bytes", size)


def test_symlink_loop(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    os.symlink(loop.name, loop)
    check_refused(tmp_path, str(loop), "symlink_loop", "symbolic link loop")


def test_device_is_never_read(tmp_path: Path) -> None:
    check_refused(tmp_path, "/dev/zero", "not_a_file", "device")


@pytest.mark.parametrize("data, code, words", [
    (b"", "empty", "empty"),
    (b"  \r\n\t \n \n", "empty", "empty"),
    (b"\x00\x01\x02binary\x00", "binary", "binary"),
    (bytes(range(0x80, 0x100)) * 8, "undecodable", "UTF-8"),
])
def test_unusable_content(tmp_path: Path, data: bytes, code: str, words: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    check_refused(tmp_path, str(bad), code, words)


def test_folder_with_no_matching_files(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text("# nothing")
    check_refused(tmp_path, str(folder), "no_matching_files", "no files matching")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads folders whatever their permissions")
def test_folder_without_permission(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    folder.chmod(0)
    try:
        check_refused(tmp_path, str(folder), "permission_denied", "permission denied")
    finally:
        folder.chmod(0o755)


def test_folder_without_permission_simulated(tmp_path: Path, monkeypatch) -> None:
    from hkparse import batch

    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    real = os.scandir

    def scandir(path):
        if os.path.basename(str(path)) == "locked":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(batch.os, "scandir", scandir)
    check_refused(tmp_path, str(folder), "permission_denied", "permission denied")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_never_opened(tmp_path: Path) -> None:
    """In a real process with a timeout: opening a FIFO with no writer would hang forever."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    proc = subprocess.run([sys.executable, "-m", "hkparse", "extract", str(tmp_path)],
                          capture_output=True, timeout=60)
    assert proc.returncode == 1
    got = records(proc.stdout.decode())
    assert [(r["source"], r.get("error", {}).get("code")) for r in got] == [
        (str(good), None), (str(fifo), "not_a_file")]
    assert proc.stderr.decode() == f"hkparse: error: {fifo}: is a FIFO (named pipe), not a " \
                                   "regular file: not read\n"


def test_mixed_folder_keeps_every_record_in_order(tmp_path: Path) -> None:
    """Good releases, HTML pages and bad inputs side by side: all there, sorted, exit 1."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "01-good.txt").write_text(GOOD)
    (root / "02-empty.txt").write_bytes(b"")
    (root / "03-page.htm").write_text(
        '<html><body><div id="PRHeadline">Lantern Panel meets</div><span id="pressrelease">'
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;The Lantern Panel met today (June 3).<br></span>"
        "</body></html>")
    (root / "04-binary.txt").write_bytes(b"\x00" * 10)
    (root / "05-legacy.txt").write_bytes(GOOD.replace("second", "caf\xe9").encode("cp1252"))
    os.symlink("06-loop.txt", root / "06-loop.txt")
    (root / "sub" / "07-good.html").write_text("<p>" + GOOD.replace("\n", "<br>") + "</p>")
    (root / "zz-ignored.md").write_text(GOOD)
    result = run_cli("extract", str(root))
    assert result.exit_code == 1
    got = records(result.stdout)
    names = [os.path.relpath(r["source"], root) for r in got]
    assert names == ["01-good.txt", "02-empty.txt", "03-page.htm", "04-binary.txt",
                     "05-legacy.txt", "06-loop.txt", "sub/07-good.html"]
    codes = [r.get("error", {}).get("code") for r in got]
    assert codes == [None, "empty", None, "binary", None, "symlink_loop", None]
    assert got[2]["title"] == "Lantern Panel meets"
    assert any("cp1252" in w for w in got[4]["warnings"])
    assert len(result.stderr.strip().splitlines()) == 3
