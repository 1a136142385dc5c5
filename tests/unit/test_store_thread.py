"""StoreThread: one thread per store, FIFO order, results and errors reach asyncio callers."""

from __future__ import annotations

import asyncio
import functools
import threading
import time
from pathlib import Path

import pytest

from allegro_issues_desktop.store.base import IssueStore, StoreError, StoreProblem
from allegro_issues_desktop.store.sqlite_store import SqliteStore
from allegro_issues_desktop.store.thread import StoreThread

A = "demo:a"


class RecordingStore(SqliteStore):
    """An in-memory SqliteStore that notes which thread opened and closed it."""

    def __init__(self) -> None:
        memory = SqliteStore.in_memory()
        super().__init__(memory._db)
        self.opened_on = threading.get_ident()
        self.closed_on: int | None = None

    def close(self) -> None:
        self.closed_on = threading.get_ident()
        super().close()


def test_store_is_opened_used_and_closed_on_one_other_thread() -> None:
    thread = StoreThread(RecordingStore)
    store = thread.submit(lambda s: s).result(5)
    assert isinstance(store, RecordingStore)
    used_on = {thread.submit(lambda s: threading.get_ident()).result(5) for _ in range(20)}
    assert used_on == {store.opened_on}
    assert store.opened_on != threading.get_ident()
    thread.close()
    assert store.closed_on == store.opened_on


def test_sqlite_store_through_the_thread_from_asyncio(tmp_path: Path) -> None:
    # The connection checks that only its own thread uses it: this would fail otherwise.
    path = tmp_path / "issues.sqlite3"
    thread = StoreThread(lambda: SqliteStore.open_or_fallback(path))

    async def main() -> list[dict[str, object]]:
        thread.submit(lambda s: s.put_issues(A, [{"id": "1"}]))  # fire and forget
        return await thread.call(lambda s: s.issues(A))  # queued after the write: sees it

    assert asyncio.run(main()) == [{"id": "1"}]
    assert thread.problem is None
    thread.close()
    assert SqliteStore.open(path).issues(A) == [{"id": "1"}]


def test_work_runs_in_submission_order() -> None:
    thread = StoreThread(SqliteStore.in_memory)
    order: list[int] = []

    def step(n: int) -> None:
        if n % 7 == 0:
            time.sleep(0.005)  # a slow one must not let later ones pass it
        order.append(n)

    for n in range(50):
        thread.submit(functools.partial(lambda n, s: step(n), n))

    async def main() -> list[int]:
        return await thread.call(lambda s: list(order))

    assert asyncio.run(main()) == list(range(50))
    thread.close()


def test_exceptions_reach_the_caller() -> None:
    thread = StoreThread(SqliteStore.in_memory)

    def fail(store: IssueStore) -> None:
        raise StoreError(StoreProblem.IO, "disk full")

    async def main() -> None:
        with pytest.raises(StoreError, match="disk full") as caught:
            await thread.call(fail)
        assert caught.value.problem is StoreProblem.IO
        with pytest.raises(ZeroDivisionError):
            await thread.call(lambda s: 1 // 0)
        assert await thread.call(lambda s: "still working") == "still working"

    asyncio.run(main())
    with pytest.raises(StoreError):
        thread.submit(fail).result(5)
    thread.close()


def test_flush_waits_for_queued_work() -> None:
    thread = StoreThread(SqliteStore.in_memory)
    done: list[str] = []

    def slow(store: IssueStore) -> None:
        time.sleep(0.2)
        done.append("slow")

    thread.submit(slow)
    thread.flush()
    assert done == ["slow"]
    thread.close()


def test_flush_gives_up_after_its_timeout() -> None:
    thread = StoreThread(SqliteStore.in_memory)
    release = threading.Event()
    thread.submit(lambda s: release.wait(5))
    with pytest.raises(TimeoutError):
        thread.flush(timeout=0.05)
    release.set()
    thread.flush()
    thread.close()


def test_close_runs_queued_work_first_and_is_final() -> None:
    opened: list[RecordingStore] = []

    def opener() -> RecordingStore:
        opened.append(RecordingStore())
        return opened[0]

    thread = StoreThread(opener)
    ran: list[bool] = []

    def slow(store: IssueStore) -> None:
        time.sleep(0.1)
        ran.append(opened[0].closed_on is None)

    thread.submit(slow)
    thread.close()
    assert ran == [True]  # ran before the store was closed
    assert opened[0].closed_on is not None
    thread.close()  # idempotent
    thread.flush()  # nothing left to wait for
    with pytest.raises(RuntimeError):
        thread.submit(lambda s: None)


def test_problem_of_the_opened_store() -> None:
    thread = StoreThread(lambda: SqliteStore.in_memory(StoreProblem.LOCKED))
    assert thread.problem is StoreProblem.LOCKED
    thread.close()


def test_fallback_problem_through_the_thread(tmp_path: Path) -> None:
    path = tmp_path / "issues.sqlite3"
    path.write_bytes(b"not a database" * 100)
    thread = StoreThread(lambda: SqliteStore.open_or_fallback(path))
    assert thread.problem is StoreProblem.CORRUPT
    thread.close()


def test_opener_error_reaches_every_call() -> None:
    def opener() -> IssueStore:
        raise StoreError(StoreProblem.READ_ONLY, "nope")

    thread = StoreThread(opener)
    with pytest.raises(StoreError, match="nope"):
        thread.submit(lambda s: s.issues(A)).result(5)

    async def main() -> None:
        with pytest.raises(StoreError, match="nope"):
            await thread.call(lambda s: s.issues(A))

    asyncio.run(main())
    with pytest.raises(StoreError, match="nope"):
        _ = thread.problem
    thread.close()  # nothing to close; must not fail


def test_cancelling_the_caller_does_not_take_the_work_back() -> None:
    thread = StoreThread(SqliteStore.in_memory)
    release = threading.Event()
    thread.submit(lambda s: release.wait(5))  # keeps the next call queued

    async def main() -> None:
        task = asyncio.create_task(thread.call(lambda s: s.set_meta(A, "k", "v")))
        await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        release.set()
        assert await thread.call(lambda s: s.meta(A, "k")) == "v"

    asyncio.run(main())
    thread.close()


def test_result_after_the_loop_closed_is_dropped_quietly() -> None:
    thread = StoreThread(SqliteStore.in_memory)
    release = threading.Event()

    async def main() -> None:
        thread.submit(lambda s: release.wait(5))
        call = asyncio.ensure_future(thread.call(lambda s: 1))
        await asyncio.sleep(0.01)
        call.cancel()

    asyncio.run(main())  # the loop is closed now; the call's result arrives afterwards
    release.set()
    thread.flush()
    thread.close()
