"""Run a widget's coroutines on the qasync loop: slots schedule, the widget keeps the task."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)


class TaskSlot:
    """At most one running task per purpose; starting a new one cancels the old one."""

    def __init__(self) -> None:
        self.task: asyncio.Task[Any] | None = None

    def start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        self.cancel()
        task = asyncio.get_event_loop().create_task(coro)
        task.add_done_callback(_log_failure)
        self.task = task
        return task

    def cancel(self) -> None:
        if self.task is not None and not self.task.done():
            self.task.cancel()
        self.task = None

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done()


def _log_failure(task: asyncio.Task[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("sign-in task failed", exc_info=task.exception())
