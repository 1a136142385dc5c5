"""When to poll next: the polling policy of one install (all its accounts).

Pure Python: no Qt, no I/O, no clock. The sync engine asks for a delay after each poll and
sleeps it; randomness comes from an injected :class:`random.Random`, so a seeded run (tests,
``bench/bench_fleet.py``) is deterministic.

Why the schedule looks like this (Allegro facts from FACTS.md, numbers from the fleet bench):

- **No event feed.** Allegro has no webhooks for /sale/issues, so every install polls the open
  statuses. A poll in which nothing changed costs :func:`poll_cost` list requests (pages of
  100 until a short page) and no chat request.
- **One budget for everybody.** 9000 requests/min per Client ID, shared by *every* install of
  the app; over it the whole Client ID is blocked for one minute with 429. So the schedule is
  a fleet policy as much as a per-user one: ``bench/bench_fleet.py`` simulates thousands of
  installs on one Client ID and measures peak requests/min and the delay until a buyer's
  message is noticed. With this schedule 5,000 installs peak at ~4,200 requests/min with a
  p95 delay of 2 min; the budget holds up to ~10,700 installs (interval 120 s).
- **Interval with jitter** (:meth:`PollSchedule.after_success`): ``interval_s`` (120 s by
  default, 20 s in the demo) times a uniform factor in ``[1 - jitter, 1 + jitter]`` (±10 %).
  The mean stays the interval, and installs that started together (a morning, an office, an
  update) drift apart within minutes instead of polling in lockstep.
- **Offline** (:meth:`PollSchedule.after_failure`: network error, timeout, 5xx): exponential
  backoff with full jitter above a floor: uniform in ``[5 s, min(cap, 5 s * 2**(n-1))]`` for
  the n-th failure in a row, cap 5 min. Quick retries after a blip, at most one try per
  5 min during a long outage, and a fleet coming back after an Allegro outage spreads out.
- **429** (:meth:`PollSchedule.after_rate_limit`): the Client ID is blocked for everybody, so
  the engine pauses *every* account of the install. A sane ``Retry-After`` (finite, >= 0;
  larger than 10 min is clamped to 10 min) is honoured; negative or NaN values are ignored.
  Allegro documents none: without it the block lasts one minute, so the wait is 60 s, doubled
  per 429 in a row (cap 10 min), plus a jitter of up to one poll interval (or half the wait,
  if larger). With a jitter of only up to 50 % of the wait, the installs refused during a
  block all came back 60-90 s later, on top of the regular polls, and tripped the next block:
  in the fleet bench, 12,000 installs had 59 blocks in 2 h and a p95 notice delay of 40 min;
  with the retries spread over an interval, 34 blocks and 7.8 min.
- **Adaptive interval** (``adaptive=True``, the default): a 429 is the only sign an install
  gets that the fleet is over the shared budget, so the first 429 of a streak also doubles
  its interval (``slowdown_factor``, at most ``max_slowdown`` = 4×), and each successful poll
  takes back ``recovery`` = 2 % of the base interval (a slow additive decrease after a
  multiplicative increase, as in TCP congestion control). Below the budget there is no 429
  and nothing changes. Above it, a fixed interval keeps the Client ID blocked every few
  minutes for good (every send of every seller fails meanwhile); the adaptive one stops
  tripping it once the installs that met a block have slowed down (12,000 installs: 1 block
  instead of 34, p95 3.6 min instead of 7.8; 20,000: 11 blocks in the first half hour, then
  none). The price: after one block the installs that met it poll at up to 240 s for the
  next ~2.5 h (50 polls to come back). Numbers: bench/README.md, "Fleet polling".
- **Background chat checks.** The list's chat summary can lag behind a new message (FACTS.md,
  #11796), so a poll alone can miss one. The engine may re-read the chat of a recently active
  open issue, at most one such request per account per :data:`CHAT_CHECK_MIN_INTERVAL_S`,
  never as part of every poll; :attr:`PollSchedule.chat_check_interval_s` stretches with the
  poll interval when 429s slowed the install down. At that maximum rate they are ~29 % of
  the fleet's requests in the bench and move no percentile of the notice delay (a lagged
  message is read by the next poll anyway): the engine should run them well below it.
"""

from __future__ import annotations

import math
import random
from enum import StrEnum
from typing import Final

#: Poll interval of a real account (seconds).
DEFAULT_INTERVAL_S: Final = 120
#: Poll interval in the demo (the built-in emulator has no shared budget).
DEMO_INTERVAL_S: Final = 20
#: At most one background chat check per account in this many seconds (FACTS.md).
CHAT_CHECK_MIN_INTERVAL_S: Final = 60
#: Allegro blocks a Client ID for this long when it exceeds its per-minute limit.
RATE_LIMIT_BLOCK_S: Final = 60.0
#: Allegro's limit: requests per minute per Client ID, shared by every install.
CLIENT_ID_REQUESTS_PER_MIN: Final = 9000
#: The largest ``limit`` of the issue list.
PAGE_SIZE: Final = 100


def poll_cost(open_issues: int, page_size: int = PAGE_SIZE) -> int:
    """List requests of a poll of the open statuses in which nothing changed.

    The list has no total count, so paging stops at the first short page: ``open // page_size``
    full pages and one short (possibly empty) page, i.e. ``open // page_size + 1`` requests,
    at most ``ceil(open / page_size) + 1``. 0 open issues: 1; 99: 1; 100: 2 (a full page, then
    an empty one); 101: 2; 1259: 13. New messages add one chat request per changed issue on
    top (not counted here).
    """
    if open_issues < 0:
        raise ValueError("open_issues must be >= 0")
    if page_size < 1:
        raise ValueError("page_size must be >= 1")
    return open_issues // page_size + 1


class PollState(StrEnum):
    OK = "ok"  # the last poll succeeded (or none ran yet)
    OFFLINE = "offline"  # network error, timeout or 5xx: backing off
    RATE_LIMITED = "rate_limited"  # 429: the Client ID is blocked, every account waits


class PollSchedule:
    """Delays between the polls of one install; call one ``after_*`` method per poll outcome.

    ``rng`` supplies all randomness (jitter); pass a seeded one for reproducible delays.
    """

    def __init__(
        self,
        interval_s: float = float(DEFAULT_INTERVAL_S),
        rng: random.Random | None = None,
        *,
        jitter: float = 0.1,
        failure_base_s: float = 5.0,
        failure_cap_s: float = 300.0,
        rate_limit_s: float = RATE_LIMIT_BLOCK_S,
        rate_limit_cap_s: float = 600.0,
        retry_after_max_s: float = 600.0,
        rate_limit_spread: float = 1.0,
        adaptive: bool = True,
        slowdown_factor: float = 2.0,
        max_slowdown: float = 4.0,
        recovery: float = 0.02,
    ) -> None:
        if not (interval_s > 0 and math.isfinite(interval_s)):
            raise ValueError("interval_s must be a positive number")
        if not 0 <= jitter < 1:
            raise ValueError("jitter must be in [0, 1)")
        if not 0 < failure_base_s <= failure_cap_s:
            raise ValueError("need 0 < failure_base_s <= failure_cap_s")
        if not 0 < rate_limit_s <= rate_limit_cap_s:
            raise ValueError("need 0 < rate_limit_s <= rate_limit_cap_s")
        if not retry_after_max_s > 0:
            raise ValueError("retry_after_max_s must be > 0")
        if not rate_limit_spread >= 0:
            raise ValueError("rate_limit_spread must be >= 0")
        if not 1 <= slowdown_factor <= max_slowdown:
            raise ValueError("need 1 <= slowdown_factor <= max_slowdown")
        if not recovery > 0:
            raise ValueError("recovery must be > 0")
        self.interval_s = float(interval_s)
        self.jitter = jitter
        self.failure_base_s = failure_base_s
        self.failure_cap_s = failure_cap_s
        self.rate_limit_s = rate_limit_s
        self.rate_limit_cap_s = rate_limit_cap_s
        self.retry_after_max_s = retry_after_max_s
        self.rate_limit_spread = rate_limit_spread
        self.adaptive = adaptive
        self.slowdown_factor = slowdown_factor
        self.max_slowdown = max_slowdown
        self.recovery = recovery
        self._rng = rng if rng is not None else random.Random()
        self._state = PollState.OK
        self._failures = 0
        self._rate_limits = 0
        self._slowdown = 1.0

    @property
    def state(self) -> PollState:
        return self._state

    @property
    def consecutive_failures(self) -> int:
        """Network/5xx failures since the last successful poll."""
        return self._failures

    @property
    def consecutive_rate_limits(self) -> int:
        """429s since the last successful poll."""
        return self._rate_limits

    @property
    def slowdown(self) -> float:
        """Factor on ``interval_s`` left by recent 429s (1.0 = not slowed down)."""
        return self._slowdown

    @property
    def current_interval_s(self) -> float:
        """The mean delay between successful polls now (``interval_s`` times the slowdown)."""
        return self.interval_s * self._slowdown

    @property
    def chat_check_interval_s(self) -> float:
        """Least time between two background chat checks of one account, now."""
        return CHAT_CHECK_MIN_INTERVAL_S * self._slowdown

    def after_success(self) -> float:
        """The poll succeeded: delay until the next one (the current interval, ±jitter)."""
        self._state = PollState.OK
        self._failures = 0
        self._rate_limits = 0
        if self._slowdown > 1.0:
            self._slowdown = max(1.0, self._slowdown - self.recovery)
        spread = self.jitter * (2.0 * self._rng.random() - 1.0)
        return self.current_interval_s * (1.0 + spread)

    def after_failure(self) -> float:
        """Network error, timeout or 5xx: delay until the next try (backoff, full jitter).

        Uniform in ``[failure_base_s, min(failure_cap_s, failure_base_s * 2**(n-1))]`` for the
        n-th failure in a row. Does not touch the 429 slowdown (a failure says nothing about
        the shared budget).
        """
        self._state = PollState.OFFLINE
        self._failures += 1
        exponent = min(self._failures - 1, 62)
        ceiling = min(self.failure_cap_s, self.failure_base_s * 2.0**exponent)
        return self.failure_base_s + self._rng.random() * (ceiling - self.failure_base_s)

    def after_rate_limit(self, retry_after: float | None = None) -> float:
        """429: delay until the next request of *any* account of this install.

        ``retry_after`` in seconds (already parsed from the header) is honoured when sane;
        negative or NaN is ignored (as if absent), larger than ``retry_after_max_s`` (or
        infinite) is clamped to it. Without it: ``rate_limit_s`` (Allegro's one-minute block)
        doubled per 429 in a row, up to ``rate_limit_cap_s``. Plus a jitter, uniform up to the
        larger of half that wait and ``rate_limit_spread`` times the current interval (at
        least 1 s), so the installs refused during one block come back spread over an interval
        instead of together when it ends. With ``adaptive``, the first 429 of a streak also
        multiplies the slowdown by ``slowdown_factor`` (up to ``max_slowdown``); the retries
        that meet the same block are the same signal and add nothing.
        """
        self._state = PollState.RATE_LIMITED
        self._rate_limits += 1
        if self.adaptive and self._rate_limits == 1:
            self._slowdown = min(self.max_slowdown, self._slowdown * self.slowdown_factor)
        if retry_after is not None and not math.isnan(retry_after) and retry_after >= 0:
            base = min(retry_after, self.retry_after_max_s)
        else:
            exponent = min(self._rate_limits - 1, 62)
            base = min(self.rate_limit_cap_s, self.rate_limit_s * 2.0**exponent)
        spread = max(base * 0.5, self.current_interval_s * self.rate_limit_spread, 1.0)
        return base + self._rng.random() * spread
