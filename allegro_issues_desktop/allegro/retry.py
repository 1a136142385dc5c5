"""Retry timing: bounded exponential backoff with jitter, and ``Retry-After``.

Only requests that are safe to repeat are retried (see :mod:`.client`). ``sleep`` and ``clock``
are injectable so tests run instantly and can assert the delays; the request budget in
:mod:`.ratelimit` uses the same pair, so one fake clock drives everything.
"""

from __future__ import annotations

import asyncio
import math
import random as _random
import re
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import msgspec

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]


class RetryPolicy(msgspec.Struct, frozen=True):
    #: Total tries of a retryable request (1 = no retry).
    attempts: int = 4
    #: First backoff delay in seconds; doubles per retry.
    base: float = 0.5
    #: Upper bound of one backoff delay.
    cap: float = 8.0
    #: Upper bound of a server-requested ``Retry-After`` wait (longer waits would freeze the UI).
    retry_after_cap: float = 30.0
    #: How many malformed JSON bodies a GET tolerates before giving up.
    malformed_retries: int = 2
    # Seams for tests (a fake clock and sleep, a fixed random).
    sleep: Sleep = asyncio.sleep
    clock: Clock = time.monotonic
    random: Callable[[], float] = _random.random

    def backoff(self, retry: int) -> float:
        """Delay before retry number ``retry`` (1-based): "equal jitter", never 0, <= cap.

        Jitter spreads the retries of concurrent page fetches so they do not hit a recovering
        server in lockstep.
        """
        ceiling = min(self.cap, self.base * 2.0 ** (retry - 1))
        return ceiling / 2 + self.random() * ceiling / 2

    def delay(self, retry: int, retry_after: float | None) -> float:
        if retry_after is not None and math.isfinite(retry_after):
            return min(max(retry_after, 0.0), self.retry_after_cap)
        return self.backoff(retry)


# RFC 9110 delta-seconds: ASCII digits only. ``str.isdigit`` also accepts "²" and "٣", which
# ``float`` then refuses.
_DELTA_SECONDS = re.compile(r"[0-9]{1,30}", re.ASCII)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` in seconds from now (delta-seconds or an HTTP date); None if absent/bad.

    Total: any header value ("²", "-1", "1e999", "NaN", a date in year 9999, garbage) gives a
    finite number >= 0 or None, never an exception.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if _DELTA_SECONDS.fullmatch(value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        current = now or datetime.now(UTC)
        seconds = (when - current).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0.0, seconds)
