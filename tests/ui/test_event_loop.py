"""The app's event loop (``event_loop.DeskEventLoop``): qasync's, with ready callbacks run in
batches by one zero timer, in order, without starving Qt's own events."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.event_loop import BATCH_BUDGET_S, DeskEventLoop


def test_callbacks_run_in_the_order_they_were_queued(qloop: DeskEventLoop, qtbot: QtBot) -> None:
    ran: list[int] = []
    for i in range(50):
        qloop.call_soon(ran.append, i)
    qtbot.waitUntil(lambda: len(ran) == 50, timeout=2000)
    assert ran == list(range(50))


def test_a_cancelled_callback_does_not_run(qloop: DeskEventLoop, qtbot: QtBot) -> None:
    ran: list[str] = []
    qloop.call_soon(ran.append, "a")
    qloop.call_soon(ran.append, "b").cancel()
    qloop.call_soon(ran.append, "c")
    qtbot.waitUntil(lambda: ran == ["a", "c"], timeout=2000)


def test_what_a_callback_queues_waits_for_qt_events_in_between(
    qloop: DeskEventLoop, qtbot: QtBot
) -> None:
    """A chain of callbacks that each queue the next is not one endless batch: a Qt timer
    that is due fires while the chain runs (asyncio's _run_once semantics)."""
    steps: list[int] = []
    qt_fired_at: list[int] = []

    def step(n: int) -> None:
        steps.append(n)
        if n < 2000:
            qloop.call_soon(step, n + 1)

    QTimer.singleShot(0, lambda: qt_fired_at.append(len(steps)))
    qloop.call_soon(step, 0)
    qtbot.waitUntil(lambda: len(steps) == 2001, timeout=5000)
    assert qt_fired_at and qt_fired_at[0] < 2001


def test_a_long_batch_lets_qt_in_after_its_budget(qloop: DeskEventLoop, qtbot: QtBot) -> None:
    """Callbacks queued together but slow (a sync's pages, a list merge) do not run as one
    stall: after BATCH_BUDGET_S the rest waits while Qt runs what is due (paint, timers)."""
    ran: list[int] = []
    qt_fired_at: list[int] = []

    def work(n: int) -> None:
        until = time.perf_counter() + BATCH_BUDGET_S / 2
        while time.perf_counter() < until:  # CPU work, as a page's callback does
            pass
        ran.append(n)

    for n in range(20):
        qloop.call_soon(work, n)
    QTimer.singleShot(0, lambda: qt_fired_at.append(len(ran)))
    qtbot.waitUntil(lambda: len(ran) == 20, timeout=5000)
    assert ran == list(range(20))
    assert qt_fired_at and qt_fired_at[0] <= 4


@pytest.mark.parametrize("queued", ["from inside it", "behind it"])
def test_callbacks_run_inside_a_nested_qt_event_loop(
    qloop: DeskEventLoop, qtbot: QtBot, queued: str
) -> None:
    """A callback that runs a nested Qt event loop (a modal dialog's exec) does not freeze the
    loop: what it queues, and what already waited behind it in the same batch, runs inside."""
    how: list[str] = []
    nested = QEventLoop()

    def quit_from_asyncio() -> None:
        how.append("asyncio")
        nested.quit()

    def modal() -> None:
        if queued == "from inside it":
            qloop.call_soon(quit_from_asyncio)
        QTimer.singleShot(3000, nested.quit)  # a frozen loop ends the test here instead
        nested.exec()
        how.append("returned")

    qloop.call_soon(modal)
    if queued == "behind it":
        qloop.call_soon(quit_from_asyncio)
    qtbot.waitUntil(lambda: "returned" in how, timeout=5000)
    assert how == ["asyncio", "returned"]


def test_a_failing_callback_is_reported_and_the_rest_run(
    qloop: DeskEventLoop, qtbot: QtBot
) -> None:
    reported: list[dict[str, Any]] = []
    qloop.set_exception_handler(lambda _loop, context: reported.append(context))
    ran: list[str] = []

    def fail() -> None:
        raise ValueError("boom")

    qloop.call_soon(fail)
    qloop.call_soon(ran.append, "after")
    qtbot.waitUntil(lambda: ran == ["after"], timeout=2000)
    assert isinstance(reported[0]["exception"], ValueError)


def test_futures_tasks_and_threads_complete(qloop: DeskEventLoop, qtbot: QtBot) -> None:
    results: list[object] = []

    async def work() -> None:
        future = qloop.create_future()
        threading.Thread(target=lambda: qloop.call_soon_threadsafe(future.set_result, 7)).start()
        results.append(await future)
        results.append(await asyncio.to_thread(lambda: threading.current_thread().name))
        await asyncio.sleep(0.01)
        results.append("slept")

    task = qloop.create_task(work())
    qtbot.waitUntil(task.done, timeout=5000)
    task.result()
    assert results[0] == 7 and results[1] != threading.current_thread().name
    assert results[2] == "slept"


def test_the_app_runs_its_session_on_it(qapp: QApplication) -> None:
    """``asyncio.Runner`` with the app's loop factory (app.main): run to completion, close."""

    async def session() -> str:
        await asyncio.sleep(0)
        parts = await asyncio.gather(*(asyncio.sleep(0.001, result=i) for i in range(20)))
        return f"done {sum(parts)}"

    with asyncio.Runner(loop_factory=lambda: DeskEventLoop(qapp)) as runner:
        assert runner.run(session()) == "done 190"
        loop = runner.get_loop()
    assert loop.is_closed()


def test_closing_drops_what_is_still_queued(qapp: QApplication) -> None:
    loop = DeskEventLoop(qapp)
    ran: list[str] = []
    loop.call_soon(ran.append, "never")
    loop.close()
    for _ in range(3):  # a pending zero timer would fire here
        qapp.processEvents()
    assert ran == []
