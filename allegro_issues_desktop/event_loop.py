"""The app's asyncio event loop: qasync's, with the callbacks that are ready run in batches.

qasync runs every ``call_soon`` through a Qt timer of its own: ``startTimer(0)``, one timer
event into Python, ``killTimer``, and for each a round of argument checks and debug-log calls.
asyncio calls ``call_soon`` for every finished future and every task step: in a full sync of
100,000 issues that cost the GUI thread (and every thread waiting for the GIL) ~0.3 s more than
this loop does (py-spy, GIL held: 3.42 -> 3.13 s). Here ready callbacks wait in a queue, and
one zero timer runs what is queued, in order, once per pass of Qt's event loop: asyncio's own
``_run_once`` semantics (a callback queued while a batch runs waits for the next pass, so Qt's
events are never starved). A batch also ends after :data:`BATCH_BUDGET_S`, the rest waiting
for the next pass: qasync let Qt paint and run its timers between any two callbacks, and a
batch of a sync's page callbacks plus a list merge must not become one long stall.

Timers (``call_later``/``call_at`` with a delay), file descriptors and threads stay qasync's.
In debug mode every callback takes qasync's path, with its slow-callback warnings.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from contextvars import Context
from typing import Any

import qasync
from PySide6.QtCore import QObject, QTimerEvent
from shiboken6 import isValid as shiboken_valid

#: A batch of ready callbacks stops after this long (checked between callbacks).
BATCH_BUDGET_S = 0.005


class _ReadyQueue(QObject):
    """The queue of ready handles and the zero timer that runs them."""

    def __init__(self) -> None:
        super().__init__()
        self.handles: deque[asyncio.Handle] = deque()
        self._timer = 0

    def push(self, handle: asyncio.Handle) -> None:
        self.handles.append(handle)
        if not self._timer:
            self._timer = self.startTimer(0)

    def timerEvent(self, event: QTimerEvent) -> None:
        # Qt never re-enters a timer's timerEvent while it runs. A callback may run a nested Qt
        # event loop (a modal dialog), so while handles wait behind the one running, a new
        # timer (a new id) is armed for them: the nested loop fires it.
        self.killTimer(event.timerId())
        if event.timerId() == self._timer:
            self._timer = 0
        handles = self.handles
        clock = time.perf_counter
        deadline = clock() + BATCH_BUDGET_S
        # What is queued now; what these callbacks queue runs at the next pass.
        count = len(handles)
        while count and handles:
            count -= 1
            handle = handles.popleft()
            if handle._cancelled:
                continue
            if handles and not self._timer:
                self._timer = self.startTimer(0)
            handle._run()  # reports its own exceptions to the loop's handler
            if clock() > deadline:
                break
        if handles and not self._timer:
            self._timer = self.startTimer(0)
        elif not handles and self._timer:
            self.killTimer(self._timer)
            self._timer = 0

    def clear(self) -> None:
        self.handles.clear()
        if self._timer:
            self.killTimer(self._timer)
            self._timer = 0


class DeskEventLoop(qasync.QEventLoop):  # type: ignore[misc]  # qasync is untyped
    """:class:`qasync.QEventLoop` whose ``call_soon`` queues (see the module's doc)."""

    def __init__(self, app: Any = None) -> None:
        self._ready_queue = _ReadyQueue()
        super().__init__(app)

    def call_soon(
        self, callback: Callable[..., object], *args: Any, context: Context | None = None
    ) -> asyncio.Handle:
        if self.get_debug():
            handle: asyncio.Handle = super().call_soon(callback, *args, context=context)
            return handle
        self._check_closed()
        handle = asyncio.Handle(callback, args, self, context=context)
        self._ready_queue.push(handle)
        return handle

    def close(self) -> None:
        # (At interpreter exit Qt may have deleted the queue's QObject already.)
        if not self.is_running() and shiboken_valid(self._ready_queue):
            self._ready_queue.clear()
        super().close()
