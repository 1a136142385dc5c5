"""The request budget: at most N request starts in any 60-second window.

A sliding log of start times rather than a token bucket: a bucket of N refilled at N/60 per
second allows N at once plus N/60 per second after, i.e. up to 2N in a 60 s window, and Allegro
blocks the whole Client ID for a minute when it sees more than its 9000 per minute.

Allegro counts per Client ID, and every account of this app runs on the same Client ID, so the
clients of several accounts share one budget: :func:`shared_budget` hands out one per Client ID,
and a 429 met by any of them pauses all (:meth:`RequestBudget.pause`).

A budget may outlive an event loop (tests, a restarted session): its lock is created per running
loop, because an ``asyncio.Lock`` binds to the first loop on which it is contended and then
raises ``RuntimeError`` on any other. A budget is not thread-safe: use it from one loop at a time.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque

from .retry import Clock, Sleep


class RequestBudget:
    def __init__(
        self,
        per_window: int,
        *,
        window: float = 60.0,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if per_window < 1:
            raise ValueError("per_window must be >= 1")
        self.per_window = per_window
        self.window = window
        self._clock = clock
        self._sleep = sleep
        self._starts: deque[float] = deque()
        self._paused_until = 0.0
        self._lock: asyncio.Lock | None = None  # FIFO: waiters start in arrival order
        self._lock_loop: asyncio.AbstractEventLoop | None = None

    def _loop_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        if self._lock is None or self._lock_loop is not loop:
            self._lock = asyncio.Lock()
            self._lock_loop = loop
        return self._lock

    async def acquire(self) -> None:
        """Wait until one more request may start now, and record its start."""
        async with self._loop_lock():
            while True:
                now = self._clock()
                if now < self._paused_until:
                    await self._sleep(self._paused_until - now)
                    continue
                while self._starts and now - self._starts[0] >= self.window:
                    self._starts.popleft()
                if len(self._starts) < self.per_window:
                    self._starts.append(now)
                    return
                await self._sleep(self._starts[0] + self.window - now)

    def pause(self, seconds: float) -> None:
        """Hold every request for ``seconds`` (a 429 blocks the whole Client ID, not one call)."""
        self._paused_until = max(self._paused_until, self._clock() + seconds)

    def paused_for(self) -> float:
        """Seconds until a pause ends (0 when not paused)."""
        return max(0.0, self._paused_until - self._clock())


_shared: dict[str, RequestBudget] = {}
_shared_lock = threading.Lock()


def shared_budget(client_id: str, per_window: int = 9000) -> RequestBudget:
    """The one budget of ``client_id``, created on first use (its ``per_window`` then wins).

    Pass it as ``AllegroClient(..., budget=shared_budget(client_id))`` to every client of the
    accounts signed in with that Client ID.
    """
    with _shared_lock:
        budget = _shared.get(client_id)
        if budget is None:
            budget = _shared[client_id] = RequestBudget(per_window)
        return budget
