"""The client-wide request budget: at most N request starts in any 60-second window.

A sliding log of start times rather than a token bucket: a bucket of N refilled at N/60 per
second allows N at once plus N/60 per second after, i.e. up to 2N in a 60 s window, and Allegro
blocks the whole Client ID for a minute when it sees more than its 9000 per minute.
"""

from __future__ import annotations

import asyncio
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
        self._lock = asyncio.Lock()  # FIFO: waiters start in arrival order

    async def acquire(self) -> None:
        """Wait until one more request may start now, and record its start."""
        async with self._lock:
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
