#!/usr/bin/env python3
"""How fast hkparse is, in process and end to end, and whether memory stays flat.

    python benchmarks/throughput.py [--n 20000] [--memory-check] [--keep]

Writes N releases made from samples/*.txt with variations (people's names, meeting numbers,
areas, dates, paragraph order) to a temporary folder, then prints one markdown table:

- core: `hkparse.parse` docs/s over all N texts in this process;
- end to end: `hkparse extract FOLDER --format jsonl -o out.jsonl --jobs 1` and `--jobs 2`,
  files/s and peak RSS of the whole process tree (psutil if importable, else /proc);
- start-up: median wall time of `hkparse extract one.txt` over 7 runs;
- whether the `--jobs 1` and `--jobs 2` outputs are byte-identical;
- the parse time of a 1 MB text over that of a 100 KB one (about 10 when linear);
- with --memory-check, the same end-to-end run on 100 000 files and its peak RSS against the
  N-file run (flat memory: the ratio stays near 1).

CLI options that are missing from the installed `hkparse` are reported in the table, not fatal.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
sys.path.insert(0, str(REPO))

from hkparse import parse  # noqa: E402

try:
    import psutil  # type: ignore
except ImportError:  # the /proc fallback below does the same on Linux
    psutil = None

SURNAMES = ["Chan", "Wong", "Leung", "Lau", "Cheung", "Ho", "Lam", "Tsang", "Yip", "Kwok",
            "Liu", "Zhang", "Wang", "Li", "Chen", "Huang", "Zhou", "Wu", "Xu", "Sun"]
GIVEN = ["Ka-wing", "Siu-ming", "Tak-ming", "Wai-man", "Chi-keung", "Hoi-yan", "Man-kwong",
         "Guoqiang", "Lihua", "Jianguo", "Weiming", "Zhiqiang", "Yuming", "Xiaodong"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# A personal name after an honorific: "Mr Wong Tak-ming", "Professor Cheung Wai-man".
NAME = re.compile(r"\b(Mr|Ms|Miss|Dr|Professor|Prof) ([A-Z][a-z]+)(?: ([A-Z][a-z]+(?:-[a-z]+)?))?")
ORDINAL = re.compile(r"\b(\d{1,2})(st|nd|rd|th)(?= (?:[Ww]orking )?(?:[Mm]eeting|Plenary))")
AREA = re.compile(r"\b\d{1,3}(?:[ ,]\d{3})+(?= (?:square metres|sq m|sq ft))")
TODAY = re.compile(r"\((January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})\)")
CLOSING = re.compile(r"Ends/\w+, \w+ \d{1,2}, (\d{4})")


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def vary(text: str, rng: random.Random) -> str:
    """One plausible release from a sample: other people, numbers, date and paragraph order."""
    names: dict[str, str] = {}

    def person(m: re.Match) -> str:
        key = m.group(2)
        if key not in names:
            names[key] = rng.choice(SURNAMES)
        given = f" {rng.choice(GIVEN)}" if m.group(3) else ""
        return f"{m.group(1)} {names[key]}{given}"

    text = NAME.sub(person, text)
    n = rng.randint(1, 39)
    text = ORDINAL.sub(lambda m: f"{n}{_suffix(n)}", text)
    text = AREA.sub(lambda m: f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}", text)
    month, day, year = rng.randrange(12), rng.randint(1, 28), rng.randint(2005, 2025)
    text = TODAY.sub(f"({MONTHS[month]} {day})", text)
    text = CLOSING.sub(f"Ends/{rng.choice(WEEKDAYS)}, {MONTHS[month]} {day}, {year}", text)
    # Shuffle the body paragraphs after the lead: the lead and the closing lines stay put.
    parts = re.split(r"(\n[ \u00a0]*\n)", text)
    paras = [p for p in parts[::2]]
    body = [i for i, p in enumerate(paras) if p.startswith("     ") or (p and p[0].isupper()
                                                                        and not p.startswith("Ends/"))]
    if len(body) > 3:
        movable = body[2:]
        shuffled = [paras[i] for i in movable]
        rng.shuffle(shuffled)
        for i, p in zip(movable, shuffled):
            paras[i] = p
    parts[::2] = paras
    return "".join(parts)


def make_corpus(folder: Path, n: int, seed: int = 2024) -> list[Path]:
    rng = random.Random(seed)
    samples = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    paths = []
    for i in range(n):
        sub = folder / f"{i // 1000:03d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"r{i:06d}.txt"
        path.write_text(vary(samples[i % len(samples)], rng), encoding="utf-8")
        paths.append(path)
    return paths


# --- memory of a process tree ---------------------------------------------------------------

def _tree_rss_proc(pid: int) -> int:
    """Sum of VmRSS over pid and all its descendants, read from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                stat = fh.read()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            with open(f"/proc/{p}/status", encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
        except OSError:
            pass
    return total


def tree_rss(pid: int) -> int:
    if psutil is not None:
        try:
            proc = psutil.Process(pid)
            procs = [proc] + proc.children(recursive=True)
        except psutil.Error:
            return 0
        total = 0
        for p in procs:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        return total
    if os.path.isdir("/proc"):
        return _tree_rss_proc(pid)
    return 0


def run_watched(cmd: list[str], stdout_path: Path | None = None) -> tuple[float, int, int, str]:
    """Run cmd, polling the RSS of its process tree: (seconds, peak bytes, exit code, stderr)."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if stdout_path:
        out.close()
    return elapsed, peak, proc.returncode, err


# --- the CLI --------------------------------------------------------------------------------

def hkparse_command() -> list[str]:
    exe = Path(sys.executable).with_name("hkparse")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("hkparse")
    return [found] if found else [sys.executable, "-m", "hkparse"]


def cli_options(cmd: list[str]) -> str:
    res = subprocess.run(cmd + ["extract", "--help"], capture_output=True, text=True,
                         env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"})
    return res.stdout + res.stderr


def extract_cmd(cmd: list[str], help_text: str, folder: Path, out: Path, jobs: int) -> tuple[list[str], bool, str]:
    """The extract command line for this CLI: (argv, writes to out itself, note on missing options)."""
    argv = cmd + ["extract", str(folder), "--format", "jsonl"]
    notes = []
    writes_itself = "--output" in help_text or re.search(r"(?m)^\W*-o\b", help_text) is not None \
        or " -o" in help_text
    if writes_itself:
        argv += ["-o", str(out)]
    else:
        notes.append("no -o (stdout captured)")
    if "--jobs" in help_text:
        argv += ["--jobs", str(jobs)]
    elif jobs != 1:
        notes.append("no --jobs")
    return argv, writes_itself, "; ".join(notes)


def end_to_end(cmd: list[str], help_text: str, folder: Path, out: Path, jobs: int, n: int) -> dict:
    argv, writes_itself, note = extract_cmd(cmd, help_text, folder, out, jobs)
    if jobs != 1 and "--jobs" not in help_text:
        return {"rate": None, "peak": None, "note": note, "ok": False}
    secs, peak, code, err = run_watched(argv, None if writes_itself else out)
    ok = code == 0 and out.exists()
    if not ok:
        note = (note + "; " if note else "") + f"exit {code}: {err.strip().splitlines()[-1][:80] if err.strip() else ''}"
    return {"rate": n / secs if ok else None, "peak": peak, "note": note, "ok": ok, "secs": secs}


# --- in-process measures --------------------------------------------------------------------

def core_rate(texts: list[str]) -> float:
    for t in texts[:200]:  # warm up compiled patterns and caches
        parse(t)
    start = time.perf_counter()
    for t in texts:
        parse(t)
    return len(texts) / (time.perf_counter() - start)


def big_text(size: int) -> str:
    """A long release: sample paragraphs repeated up to `size` characters."""
    paras = []
    for p in sorted(SAMPLES.glob("*.txt")):
        paras += [x for x in p.read_text(encoding="utf-8").split("\n") if x.startswith("     ")]
    out, i = [], 0
    total = 0
    while total < size:
        out.append(paras[i % len(paras)])
        total += len(paras[i % len(paras)]) + 2
        i += 1
    return "\n \n".join(out)[:size]


def parse_seconds(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        parse(text)
        best = min(best, time.perf_counter() - start)
    return best


def startup_median(cmd: list[str], one: Path, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd + ["extract", str(one)], capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def mb(b: int | None) -> str:
    return f"{b / 1e6:.0f} MB" if b else "n/a"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=20000, help="number of releases (default 20000)")
    ap.add_argument("--memory-check", action="store_true", help="also run 100 000 files and compare peak RSS")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="hkparse-bench-"))
    rows: list[tuple[str, str, str]] = []
    try:
        corpus = tmp / "corpus"
        t0 = time.perf_counter()
        paths = make_corpus(corpus, args.n)
        print(f"wrote {len(paths)} releases to {corpus} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)

        texts = [p.read_text(encoding="utf-8") for p in paths]
        avg_kb = sum(len(t.encode("utf-8")) for t in texts) / len(texts) / 1024
        rate = core_rate(texts)
        rows.append(("core `hkparse.parse`, one process", f"{rate:,.0f} docs/s",
                     f"{len(texts)} docs, {avg_kb:.1f} KB each; target >= 2000"))
        del texts

        cmd = hkparse_command()
        help_text = cli_options(cmd)
        outs = {}
        for jobs in (1, 2):
            out = tmp / f"out-jobs{jobs}.jsonl"
            r = end_to_end(cmd, help_text, corpus, out, jobs, args.n)
            outs[jobs] = out if r["ok"] else None
            rate_s = f"{r['rate']:,.0f} files/s" if r["rate"] else "n/a"
            rows.append((f"end to end `extract --jobs {jobs}`", rate_s,
                         f"peak RSS {mb(r['peak'])}" + (f"; {r['note']}" if r["note"] else "")))
            if jobs == 1:
                base_peak = r["peak"]

        if outs.get(1) and outs.get(2):
            same = outs[1].read_bytes() == outs[2].read_bytes()
            rows.append(("`--jobs 1` and `--jobs 2` outputs", "identical" if same else "DIFFERENT",
                         f"{outs[1].stat().st_size:,} bytes"))
        else:
            rows.append(("`--jobs 1` and `--jobs 2` outputs", "n/a", "one of the runs did not produce output"))

        startup = startup_median(cmd, paths[0])
        rows.append(("start-up: `hkparse extract one.txt`", f"{startup * 1000:.0f} ms", "median of 7 runs"))

        small, large = big_text(100_000), big_text(1_000_000)
        t_small, t_large = parse_seconds(small, 5), parse_seconds(large, 2)
        rows.append(("1 MB / 100 KB parse time", f"{t_large / t_small:.1f}x",
                     f"{t_small * 1000:.1f} ms vs {t_large * 1000:.0f} ms; linear is about 10x"))

        if args.memory_check:
            big = tmp / "corpus100k"
            make_corpus(big, 100_000, seed=7)
            out = tmp / "out-100k.jsonl"
            r = end_to_end(cmd, help_text, big, out, 1, 100_000)
            ratio = f"{r['peak'] / base_peak:.2f}x of the {args.n}-file run" if r["peak"] and base_peak else "n/a"
            rows.append(("memory check: 100 000 files, `--jobs 1`",
                         f"{r['rate']:,.0f} files/s" if r["rate"] else "n/a",
                         f"peak RSS {mb(r['peak'])}, {ratio}" + (f"; {r['note']}" if r["note"] else "")))
    finally:
        if args.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    print(f"\nhkparse throughput (Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"memory via {'psutil' if psutil else '/proc'})\n")
    print("| measure | result | notes |")
    print("|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
