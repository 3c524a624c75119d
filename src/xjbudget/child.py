"""One call in a child process of its own, killed past a timeout: ``parse(..., timeout=)``.

The time budget of :mod:`xjbudget.limits` is cooperative: it is checked between pages,
tables and streams, so a single call into a PDF library that never returns (a hostile
page, native code) is out of its reach. A caller that must get control back runs the
parse in a child process (forked where the platform allows, so a start costs
milliseconds) and kills it when the time is up. The child sends back the result or the
exception it raised; a child killed or dead is a ``ResourceLimitError``.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from .errors import ResourceLimitError

__all__ = ["call_in_child", "process_context"]

T = TypeVar("T")


def call_in_child(
    function: Callable[..., T], *args: Any, timeout: float, where: str | None = None
) -> T:
    """``function(*args)`` in a child process: its result, or the exception it raised
    (an ``XjbudgetError`` for any bad input) re-raised here; a
    :class:`~xjbudget.errors.ResourceLimitError` (limit ``timeout``) when it runs past
    ``timeout`` seconds (it is killed) or dies."""
    if not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
    context = process_context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, function, args), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            process.kill()
            raise ResourceLimitError(
                f"still working after {timeout:g} s: stopped (its process was killed)",
                limit="timeout",
                where=where,
            )
        try:
            ok, value = receiver.recv()
        except EOFError:
            process.join()
            raise ResourceLimitError(
                f"its process died before giving a result (exit code {process.exitcode})",
                limit="timeout",
                where=where,
            ) from None
    finally:
        receiver.close()
        process.join()
    if ok:
        return value  # type: ignore[no-any-return]
    raise value


def process_context() -> Any:
    """The multiprocessing context of a child per document: fork where the platform has
    it (the parent's imports are shared, a start costs milliseconds), else spawn."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _child(connection: Connection, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    try:
        result: tuple[bool, Any] = (True, function(*args))
    except Exception as error:  # raised in the parent, as without a child
        result = (False, error)
    try:
        connection.send(result)
    except Exception as error:  # a result or an exception that does not pickle
        connection.send((False, RuntimeError(f"{type(error).__name__}: {error}")))
    connection.close()
