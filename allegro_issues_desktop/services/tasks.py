"""One task per purpose: starting a new one cancels the previous (the latest selection wins)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)


class LatestTask:
    """Holds at most one running task; :meth:`start` cancels the one before."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._task: asyncio.Task[Any] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def task(self) -> asyncio.Task[Any] | None:
        return self._task

    def start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        self.cancel()
        task = asyncio.get_event_loop().create_task(coro, name=self.name)
        task.add_done_callback(self._log_failure)
        self._task = task
        return task

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()

    def _log_failure(self, task: asyncio.Task[Any]) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.error("task %s failed", self.name, exc_info=task.exception())


class TaskGroup:
    """Fire-and-forget tasks that are still cancelled together at shutdown."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def start(self, coro: Coroutine[Any, Any, Any], name: str | None = None) -> asyncio.Task[Any]:
        task = asyncio.get_event_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("task %s failed", task.get_name(), exc_info=task.exception())

    async def cancel_all(self) -> None:
        tasks = [t for t in self._tasks if not t.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
