"""Each file in a worker process of its own, killed past its budget: a batch that
survives anything one file does.

A hostile file can hang inside a PDF library (where no cooperative check runs),
exhaust memory, or crash its process (the OOM killer, a segfault in native code). In a
shared pool that ends the batch (``BrokenProcessPool``: and which file was it?). Here
every file runs in a fresh child process (forked where the platform allows, so the
parent's imports are shared and a start costs milliseconds), which may grow its address
space by ``max_memory_bytes`` at most; the parent waits on the children and

- a child still running ``max_seconds`` + :data:`GRACE` seconds after it started is
  killed, and its file is a ``ResourceLimitError`` result naming ``max_seconds``;
- a child that dies without a result (killed by a signal, out of memory) makes its file
  a ``ResourceLimitError`` result saying how it died;

and the batch goes on with the next file. Results come back in input order, as from
:func:`~xjbudget.batch.jobs.run_jobs`, with at most ``window`` finished results held.
"""

from __future__ import annotations

import contextlib
import resource
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from attrs import define

from ..child import process_context
from ..limits import Limits

__all__ = ["GRACE", "run_isolated"]

#: Seconds a child may run past ``max_seconds`` (its own cooperative budget) before the
#: parent kills it: enough for the child to report the overrun itself.
GRACE = 10.0


@define
class _Running:
    index: int
    path: str
    process: BaseProcess
    connection: Connection
    started: float


def run_isolated(
    paths: Sequence[str],
    job: Any,
    function: Callable[[str, Any], Any],
    failed: Callable[[str, str], Any],
    *,
    jobs: int,
    limits: Limits,
    window: int,
) -> Iterator[Any]:
    """``function(path, job)`` for each path in a child process of its own, ``jobs``
    at a time, yielded in the order of ``paths``; ``failed(path, reason)`` makes the
    result of a file whose child was killed or died."""
    context = process_context()
    done: dict[int, Any] = {}
    running: list[_Running] = []
    following = 0  # the next index to yield
    queued = iter(enumerate(paths))
    exhausted = False
    while following < len(paths):
        while not exhausted and len(running) < jobs and len(done) + len(running) < window:
            item = next(queued, None)
            if item is None:
                exhausted = True
                break
            running.append(_start(context, item[0], item[1], job, function, limits))
        _collect(running, done, failed, limits)
        while following in done:
            yield done.pop(following)
            following += 1


def _start(
    context: Any,
    index: int,
    path: str,
    job: Any,
    function: Callable[[str, Any], Any],
    limits: Limits,
) -> _Running:
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(sender, path, job, function, limits), daemon=True
    )
    process.start()
    sender.close()
    return _Running(index, path, process, receiver, time.monotonic())


def _child(
    connection: Connection,
    path: str,
    job: Any,
    function: Callable[[str, Any], Any],
    limits: Limits,
) -> None:
    """In the child: cap memory, run, send the result back."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    if limits.max_memory_bytes is not None:
        # On top of what the child starts with (a forked child shares its parent's
        # address space, which may be large already).
        cap = _address_space() + limits.max_memory_bytes
        with contextlib.suppress(ValueError, OSError):  # a lower hard limit: keep it
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    connection.send(function(path, job))
    connection.close()


def _address_space() -> int:
    """This process's address space in bytes (0 where /proc is not there)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as stream:
            pages = int(stream.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * resource.getpagesize()


def _collect(
    running: list[_Running],
    done: dict[int, Any],
    failed: Callable[[str, str], Any],
    limits: Limits,
) -> None:
    """Wait (a moment) for children to finish; take their results; kill the overdue."""
    waited = wait([r.connection for r in running], timeout=0.5)
    now = time.monotonic()
    overdue = None if limits.max_seconds is None else limits.max_seconds + GRACE
    for entry in list(running):
        if entry.connection in waited:
            try:
                done[entry.index] = entry.connection.recv()
            except Exception:  # died before (or while) sending its result
                entry.process.join()
                done[entry.index] = failed(entry.path, _death(entry.process.exitcode))
        elif overdue is not None and now - entry.started > overdue:
            entry.process.kill()
            entry.process.join()
            reason = (
                f"ResourceLimitError: killed after {now - entry.started:.0f} s, more than "
                f"{limits.max_seconds:g} s of work on one document (limit max_seconds)"
            )
            done[entry.index] = failed(entry.path, reason)
        else:
            continue
        entry.connection.close()
        entry.process.join()
        running.remove(entry)


def _death(exitcode: int | None) -> str:
    """Why a child ended without a result, as the errors file says it."""
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        hint = " (out of memory?)" if -exitcode == signal.SIGKILL else ""
        return (
            f"ResourceLimitError: the worker process was killed by {name}{hint} "
            "(limit max_memory_bytes)"
        )
    return f"ResourceLimitError: the worker process died (exit status {exitcode})"
