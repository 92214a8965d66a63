"""Finding the input files and running the parse over them, in order, in one or more processes.

Everything streams: folders are walked lazily (one listing at a time, sorted), and with several
workers only a bounded window of chunks is in flight, so memory stays flat over 100 000 files.
Workers read and parse the files themselves and send back the serialised record: the parent only
writes strings, in input order, whatever the number of workers (same input, same bytes out).
"""
from __future__ import annotations

import os
import re
import sys
from collections import deque
from dataclasses import dataclass
from typing import Iterable, Iterator, NamedTuple, Optional, Sequence

from .core import parse, parse_many
from .output import error_record, serialise
from .reading import DEFAULT_MAX_BYTES, STDIN, InputError, read_bytes, read_input

DEFAULT_GLOBS = ("*.txt", "*.htm", "*.html")
CHUNKSIZE = 16
WINDOW_PER_WORKER = 4  # chunks in flight per worker: enough to keep them busy, small for memory


class Task(NamedTuple):
    """One input to process: a path, or an error found while listing (then `error` is set)."""

    path: str
    error: Optional[tuple[str, str]] = None
    data: Optional[bytes] = None  # standard input, read by the parent


@dataclass(frozen=True)
class Options:
    fmt: str = "jsonl"
    year: Optional[int] = None
    max_bytes: int = DEFAULT_MAX_BYTES
    pretty: bool = False


class Outcome(NamedTuple):
    """What the parent writes: the serialised record, and the stderr line if the input failed."""

    serialised: str
    error_line: Optional[str] = None


def compile_globs(patterns: Sequence[str]) -> re.Pattern:
    """One case-insensitive pattern for all globs; a glob with "/" matches the path below the
    folder, others the file name."""
    import fnmatch  # only when a folder is walked: kept off the one-file start-up

    parts = []
    for pattern in patterns:
        regex = fnmatch.translate(pattern.replace(os.sep, "/"))
        parts.append(regex if "/" in pattern else f"(?:.*/)?{regex}")
    return re.compile("|".join(f"(?:{p})" for p in parts) or "(?!)", re.I)


def iter_tasks(paths: Iterable[str], globs: Sequence[str] = DEFAULT_GLOBS,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Task]:
    """The inputs in output order: arguments in the order given, folders walked sorted."""
    matcher = compile_globs(globs)
    stdin_data: Optional[Task] = None
    for path in paths:
        if path == STDIN:
            if stdin_data is None:
                try:
                    stdin_data = Task(STDIN, data=read_bytes(STDIN, max_bytes))
                except InputError as exc:
                    stdin_data = Task(STDIN, error=(exc.code, exc.message))
            yield stdin_data
        elif os.path.isdir(path):
            yield from walk_folder(path, matcher, globs)
        else:
            yield Task(path)


def walk_folder(root: str, matcher: re.Pattern, globs: Sequence[str]) -> Iterator[Task]:
    """Matching files below `root`, sorted by path; hidden entries (".name") are skipped."""
    found = False
    for task in _walk(root, "", matcher, frozenset()):
        found = True
        yield task
    if not found:
        yield Task(root, error=("no_matching_files",
                                f"folder has no files matching {', '.join(globs)} (see --glob)"))


def _walk(folder: str, rel: str, matcher: re.Pattern,
          ancestors: frozenset) -> Iterator[Task]:
    try:
        st = os.stat(folder)
        key = (st.st_dev, st.st_ino)
        if key in ancestors:
            yield Task(folder, error=("symlink_loop", "symbolic link loop: the folder contains "
                                                      "itself"))
            return
        with os.scandir(folder) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        code = "permission_denied" if isinstance(exc, PermissionError) else "read_failed"
        message = ("permission denied: folder not read" if code == "permission_denied"
                   else f"folder could not be read: {exc.strerror or exc}")
        yield Task(folder, error=(code, message))
        return
    ancestors = ancestors | {key}
    for entry in entries:
        path = os.path.join(folder, entry.name)
        sub = f"{rel}{entry.name}"
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, sub + "/", matcher, ancestors)
        elif matcher.fullmatch(sub):
            yield Task(path)


def process(task: Task, options: Options) -> Outcome:
    """Read, parse and serialise one input; any failure becomes an error record."""
    source = task.path
    try:
        if task.error:
            raise InputError(*task.error)
        decoded = read_input(source, options.max_bytes, data=task.data)
        result = parse(decoded.text, year=options.year, source=source)
        result.warnings[:0] = decoded.warnings
        record = result.to_dict()
    except InputError as exc:
        return _failed(source, exc.code, exc.message, options)
    except RecursionError:
        return _failed(source, "parse_failed", "parser failed: input too deeply nested", options)
    except Exception as exc:  # a parser bug must not stop a batch of 100 000 files
        return _failed(source, "parse_failed",
                       f"parser failed: {type(exc).__name__}: {exc}", options)
    return Outcome(serialise(record, options.fmt, options.pretty))


def _failed(source: str, code: str, message: str, options: Options) -> Outcome:
    record = error_record(source, code, message)
    shown = "<stdin>" if source == STDIN else source
    return Outcome(serialise(record, options.fmt, options.pretty),
                   f"hkparse: error: {shown}: {message}")


def process_chunk(tasks: list[Task], options: Options) -> list[Outcome]:
    """`process` for several inputs, their texts parsed together (`parse_many`: ~15% faster).

    If anything unexpected fails, the chunk is done again one input at a time, so that only the
    input that fails gets an error record and the others their records, as with `process`."""
    try:
        return _process_together(tasks, options)
    except Exception:
        return [process(task, options) for task in tasks]


def _process_together(tasks: list[Task], options: Options) -> list[Outcome]:
    outcomes: list[Optional[Outcome]] = [None] * len(tasks)
    readable = []
    for i, task in enumerate(tasks):
        try:
            if task.error:
                raise InputError(*task.error)
            readable.append((i, read_input(task.path, options.max_bytes, data=task.data)))
        except InputError as exc:
            outcomes[i] = _failed(task.path, exc.code, exc.message, options)
    results = parse_many([decoded.text for _, decoded in readable], year=options.year,
                         sources=[tasks[i].path for i, _ in readable])
    for (i, decoded), result in zip(readable, results):
        result.warnings[:0] = decoded.warnings
        outcomes[i] = Outcome(serialise(result.to_dict(), options.fmt, options.pretty))
    return outcomes  # type: ignore[return-value]  # every slot is filled above


def _chunks(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops them all at once."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)


WORKER_DIED = ("worker_died", "worker process died while parsing this file (out of memory?)")


def run(tasks: Iterable[Task], options: Options, jobs: int = 1,
        chunksize: int = CHUNKSIZE) -> Iterator[Outcome]:
    """Outcomes in input order. With `jobs` > 1, worker processes with a bounded window of
    chunks in flight; the workers are stopped however the iteration ends (Ctrl-C, closed pipe)."""
    if jobs <= 1:
        for chunk in _chunks(tasks, chunksize):
            yield from process_chunk(chunk, options)
        return
    yield from _parallel(_chunks(tasks, chunksize), options, jobs)


def _serve(conn, options: Options) -> None:
    """A worker: parse the chunks that come down its pipe and send back their outcomes."""
    _ignore_sigint()
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(process_chunk(job, options))


class _Worker:
    """One worker process and its pipe; `job` is what it has in hand: (chunk number, position
    in the chunk, tasks)."""

    def __init__(self, context, options: Options) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, options), daemon=True)
        self.process.start()
        child.close()
        self.job: Optional[tuple[int, int, list[Task]]] = None

    def give(self, job: tuple[int, int, list[Task]]) -> None:
        self.job = job
        self.conn.send(job[2])

    def stop(self, kill: bool) -> None:
        if not kill and self.process.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.process.join(5)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(5)
        self.conn.close()


def _parallel(chunks: Iterable[list[Task]], options: Options, jobs: int) -> Iterator[Outcome]:
    """Chunks handed to `jobs` workers, one at a time each, outcomes given back in input order.

    Each worker has its own pipe and the parent waits on the pipes and on the processes
    themselves, with no helper thread: a worker that dies (killed by the kernel for memory, a
    crash in C) is seen at once, its chunk is done again one input at a time in new workers,
    and only an input that kills its worker again gets an error record ("worker_died").
    Ctrl-C kills the workers and returns at once: nothing waits on a pipe left half-written.
    (`multiprocessing.Pool` waits for ever for a dead worker's task; `concurrent.futures`
    notices it, but its manager thread can hang the exit on a result cut off mid-write.)"""
    import multiprocessing
    from multiprocessing.connection import wait

    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
    window = jobs * WINDOW_PER_WORKER  # chunks in flight or done but not yet given back
    workers = [_Worker(context, options) for _ in range(jobs)]
    source = enumerate(chunks)
    retries: deque = deque()  # single inputs of a chunk whose worker died
    results: dict[int, list[Optional[Outcome]]] = {}  # chunk number -> its outcomes so far
    missing: dict[int, int] = {}  # chunk number -> outcomes still to come
    next_out = 0  # the chunk to give back next
    next_in = 0  # chunks taken from the source
    exhausted = False
    clean = False
    try:
        while True:
            for i, worker in enumerate(workers):
                if worker.job is not None:
                    continue
                if retries:
                    job = retries.popleft()
                elif not exhausted and next_in - next_out < window:
                    try:
                        number, chunk = next(source)
                    except StopIteration:
                        exhausted = True
                        continue
                    next_in += 1
                    results[number] = [None] * len(chunk)
                    missing[number] = len(chunk)
                    job = (number, 0, chunk)
                else:
                    continue
                if not worker.process.is_alive():
                    worker.stop(kill=True)
                    workers[i] = worker = _Worker(context, options)
                worker.give(job)
            busy = [w for w in workers if w.job is not None]
            if not busy:
                if exhausted and not retries:
                    break
                continue
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
            for i, worker in enumerate(workers):
                if worker.job is None or not (worker.conn in ready
                                              or worker.process.sentinel in ready):
                    continue
                number, position, tasks = worker.job
                outcomes: Optional[list[Outcome]] = None
                if worker.conn.poll():
                    try:
                        outcomes = worker.conn.recv()
                    except (EOFError, OSError):
                        outcomes = None
                worker.job = None
                if outcomes is None:  # the worker died with the job in hand
                    worker.stop(kill=True)
                    workers[i] = _Worker(context, options)
                    if len(tasks) == 1:
                        outcomes = [_failed(tasks[0].path, *WORKER_DIED, options)]
                    else:
                        retries.extend((number, position + k, [task])
                                       for k, task in enumerate(tasks))
                        continue
                results[number][position:position + len(outcomes)] = outcomes
                missing[number] -= len(outcomes)
            while next_out in missing and missing[next_out] == 0:
                del missing[next_out]
                yield from results.pop(next_out)  # type: ignore[misc]  # every slot is filled
                next_out += 1
        clean = True
    finally:
        for worker in workers:
            worker.stop(kill=not clean)
