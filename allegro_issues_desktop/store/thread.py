"""Run every call of one store on one dedicated thread.

An SQLite connection belongs to the thread that opened it, and a single writer never waits for
itself; so the store is opened on a single-worker executor and every read and write is queued
there in FIFO order. A write submitted before a read is therefore always seen by that read.
The GUI thread only queues work and awaits results (no Qt here: it works under any asyncio
loop, qasync's included, and from plain threads via :meth:`StoreThread.submit`).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from .base import IssueStore, StoreProblem

T = TypeVar("T")
log = logging.getLogger(__name__)


class StoreThread:
    """Owns one :class:`~.base.IssueStore` and the thread all its calls run on.

    Attributes:
        problem: the opened store's ``problem`` (waits until the store is open).

    ``opener`` runs on the thread, first in line (typically
    ``lambda: SqliteStore.open_or_fallback(path)``). If it raises, every call raises that
    error. Exceptions raised by a call reach whoever awaits it (or the returned future).
    """

    def __init__(self, opener: Callable[[], IssueStore]) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._store: IssueStore | None = None
        self._lock = threading.Lock()  # makes "closed" and "queued" one step for submit/close
        self._closed = False
        self._opened = self._executor.submit(self._open, opener)

    def _open(self, opener: Callable[[], IssueStore]) -> None:
        self._store = opener()

    @property
    def problem(self) -> StoreProblem | None:
        self._opened.result()  # re-raises the opener's error
        assert self._store is not None
        return self._store.problem

    def submit(self, fn: Callable[[IssueStore], T]) -> concurrent.futures.Future[T]:
        """Queue ``fn(store)`` after everything queued before; returns at once.

        Raises RuntimeError after :meth:`close`.
        """
        with self._lock:
            if self._closed:
                raise RuntimeError("the store thread is closed")
            return self._executor.submit(self._run, fn)

    async def call(self, fn: Callable[[IssueStore], T]) -> T:
        """Queue ``fn(store)`` and await its result on the running loop.

        Cancelling the awaiting task does not take the work back: it is already in line, and
        work queued after it may rely on it having run.
        """
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[T] = loop.create_future()
        work = self.submit(fn)

        def transfer() -> None:
            if waiter.cancelled():
                return
            if (error := work.exception()) is not None:
                waiter.set_exception(error)
            else:
                waiter.set_result(work.result())

        def done(_: concurrent.futures.Future[T]) -> None:
            # RuntimeError: the loop was closed meanwhile, so nobody is waiting.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(transfer)

        work.add_done_callback(done)
        return await waiter

    def flush(self, timeout: float | None = 10.0) -> None:
        """Block until everything queued so far has run (TimeoutError after ``timeout``)."""
        with self._lock:
            if self._closed:
                return  # close() already waited for everything
            marker = self._executor.submit(lambda: None)
        marker.result(timeout)

    def close(self) -> None:
        """Run what is queued, close the store on its thread, stop the thread. Idempotent."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._executor.submit(self._close_store)
        self._executor.shutdown(wait=True)

    def _run(self, fn: Callable[[IssueStore], T]) -> T:
        self._opened.result()
        assert self._store is not None
        return fn(self._store)

    def _close_store(self) -> None:
        if self._store is None:
            return
        try:
            self._store.close()
        except Exception:  # closing must not fail quitting; the data is committed already
            log.warning("closing the store failed", exc_info=True)
