"""The polling policy: jitter, offline backoff, 429 handling, the adaptive interval, poll cost."""

from __future__ import annotations

import math
import random

import pytest

from allegro_issues_desktop.services.poll_schedule import (
    CHAT_CHECK_MIN_INTERVAL_S,
    DEFAULT_INTERVAL_S,
    DEMO_INTERVAL_S,
    PollSchedule,
    PollState,
    poll_cost,
)


class FixedRandom(random.Random):
    """``random()`` always returns ``value``: the jitter at one end of its range."""

    def __init__(self, value: float) -> None:
        super().__init__(0)
        self.value = value

    def random(self) -> float:
        return self.value


TOP = math.nextafter(1.0, 0.0)  # the largest value random.random() can return


def test_constants() -> None:
    assert DEFAULT_INTERVAL_S == 120
    assert DEMO_INTERVAL_S == 20
    assert CHAT_CHECK_MIN_INTERVAL_S == 60
    assert PollSchedule().interval_s == 120.0


def test_success_delay_is_the_interval_within_ten_percent() -> None:
    schedule = PollSchedule(120.0, random.Random(1))
    delays = [schedule.after_success() for _ in range(5000)]
    assert all(108.0 <= d <= 132.0 for d in delays)
    assert min(delays) < 109.0 and max(delays) > 131.0  # the whole range is used
    assert sum(delays) / len(delays) == pytest.approx(120.0, abs=0.5)
    assert schedule.state is PollState.OK


def test_success_jitter_ends_exactly() -> None:
    assert PollSchedule(120.0, FixedRandom(0.0)).after_success() == pytest.approx(108.0)
    assert PollSchedule(120.0, FixedRandom(TOP)).after_success() == pytest.approx(132.0)
    assert PollSchedule(20.0, FixedRandom(0.5), jitter=0.0).after_success() == 20.0


def test_same_seed_same_delays() -> None:
    def run(seed: int) -> list[float]:
        schedule = PollSchedule(rng=random.Random(seed))
        out = [schedule.after_success(), schedule.after_failure(), schedule.after_failure()]
        out += [schedule.after_rate_limit(None), schedule.after_success()]
        return out

    assert run(7) == run(7)
    assert run(7) != run(8)


def test_failure_backoff_grows_exponentially_to_the_cap() -> None:
    schedule = PollSchedule(rng=FixedRandom(TOP))
    ceilings = [schedule.after_failure() for _ in range(12)]
    expected = [min(300.0, 5.0 * 2**n) for n in range(12)]
    assert ceilings == pytest.approx(expected)
    assert ceilings[-1] == pytest.approx(300.0)
    assert schedule.consecutive_failures == 12
    assert schedule.state is PollState.OFFLINE


def test_failure_backoff_has_full_jitter_above_the_floor() -> None:
    schedule = PollSchedule(rng=random.Random(3))
    for n in range(1, 40):
        delay = schedule.after_failure()
        assert 5.0 <= delay <= min(300.0, 5.0 * 2 ** (n - 1))
    lows = PollSchedule(rng=FixedRandom(0.0))
    assert [lows.after_failure() for _ in range(5)] == [5.0] * 5


def test_failure_backoff_survives_a_very_long_outage() -> None:
    schedule = PollSchedule(rng=random.Random(0))
    for _ in range(5000):
        assert 5.0 <= schedule.after_failure() <= 300.0


def test_success_resets_failures() -> None:
    schedule = PollSchedule(rng=FixedRandom(TOP))
    for _ in range(6):
        schedule.after_failure()
    schedule.after_success()
    assert schedule.consecutive_failures == 0
    assert schedule.state is PollState.OK
    assert schedule.after_failure() == pytest.approx(5.0)  # from the start again
    assert schedule.consecutive_failures == 1


def test_failures_do_not_slow_the_interval_down() -> None:
    schedule = PollSchedule(rng=FixedRandom(0.5))
    for _ in range(10):
        schedule.after_failure()
    assert schedule.slowdown == 1.0
    assert schedule.after_success() == pytest.approx(120.0)


def test_rate_limit_without_retry_after_waits_a_minute_and_grows() -> None:
    schedule = PollSchedule(rng=FixedRandom(0.0), adaptive=False)
    waits = [schedule.after_rate_limit(None) for _ in range(7)]
    assert waits == [60.0, 120.0, 240.0, 480.0, 600.0, 600.0, 600.0]
    assert schedule.state is PollState.RATE_LIMITED
    assert schedule.consecutive_rate_limits == 7


def test_rate_limit_jitter_spreads_over_an_interval() -> None:
    top = PollSchedule(rng=FixedRandom(TOP), adaptive=False)
    assert top.after_rate_limit(None) == pytest.approx(60.0 + 120.0)  # one interval of spread
    assert top.after_rate_limit(None) == pytest.approx(120.0 + 120.0)
    assert top.after_rate_limit(None) == pytest.approx(240.0 + 120.0)
    assert top.after_rate_limit(None) == pytest.approx(480.0 + 240.0)  # half the wait
    narrow = PollSchedule(rng=FixedRandom(TOP), adaptive=False, rate_limit_spread=0.0)
    assert narrow.after_rate_limit(None) == pytest.approx(90.0)
    waits = [PollSchedule(rng=random.Random(s)).after_rate_limit(None) for s in range(300)]
    # adaptive: the first 429 doubles the interval, so the spread is up to 240 s
    assert all(60.0 <= w <= 300.0 for w in waits)
    assert max(waits) - min(waits) > 200.0


def test_rate_limit_never_waits_less_than_the_block() -> None:
    for seed in range(200):
        schedule = PollSchedule(rng=random.Random(seed))
        assert schedule.after_rate_limit(None) >= 60.0


def test_sane_retry_after_is_honoured() -> None:
    schedule = PollSchedule(rng=FixedRandom(0.0), adaptive=False)
    assert schedule.after_rate_limit(30.0) == 30.0
    assert schedule.after_rate_limit(90.0) == 90.0  # no growth: the server said when
    assert schedule.after_rate_limit(0.0) == 0.0
    jittered = PollSchedule(rng=FixedRandom(TOP), adaptive=False)
    assert 30.0 < jittered.after_rate_limit(30.0) <= 30.0 + 120.0


@pytest.mark.parametrize("absurd", [-1.0, -1e9, math.nan, -math.inf])
def test_negative_or_nan_retry_after_is_ignored(absurd: float) -> None:
    schedule = PollSchedule(rng=FixedRandom(0.0), adaptive=False)
    assert schedule.after_rate_limit(absurd) == 60.0
    assert schedule.after_rate_limit(absurd) == 120.0  # grows like no Retry-After


@pytest.mark.parametrize("huge", [601.0, 86400.0 * 365, 1e300, math.inf])
def test_huge_retry_after_is_clamped(huge: float) -> None:
    schedule = PollSchedule(rng=FixedRandom(0.0), adaptive=False)
    assert schedule.after_rate_limit(huge) == 600.0
    capped = PollSchedule(rng=FixedRandom(TOP), adaptive=False, retry_after_max_s=100.0)
    delay = capped.after_rate_limit(huge)
    assert math.isfinite(delay) and 100.0 <= delay <= 100.0 + 120.0


def test_success_resets_rate_limit_streak() -> None:
    schedule = PollSchedule(rng=FixedRandom(0.0), adaptive=False)
    schedule.after_rate_limit(None)
    schedule.after_rate_limit(None)
    schedule.after_success()
    assert schedule.consecutive_rate_limits == 0
    assert schedule.state is PollState.OK
    assert schedule.after_rate_limit(None) == 60.0


def test_adaptive_interval_doubles_once_per_streak_and_is_capped() -> None:
    schedule = PollSchedule(120.0, FixedRandom(0.5))
    schedule.after_rate_limit(None)
    schedule.after_rate_limit(None)  # the same block: no further slowdown
    assert schedule.slowdown == 2.0
    assert schedule.after_success() == pytest.approx(120.0 * 1.98)
    for _ in range(5):
        schedule.after_rate_limit(None)
        schedule.after_success()
    assert schedule.slowdown <= 4.0
    assert schedule.current_interval_s <= 480.0
    assert schedule.chat_check_interval_s == pytest.approx(60.0 * schedule.slowdown)


def test_adaptive_interval_recovers_by_two_percent_per_success() -> None:
    schedule = PollSchedule(120.0, FixedRandom(0.5))
    schedule.after_rate_limit(None)
    delays = [schedule.after_success() for _ in range(60)]
    assert delays[0] == pytest.approx(120.0 * 1.98)
    assert delays[1] == pytest.approx(120.0 * 1.96)
    assert delays[49:] == pytest.approx([120.0] * 11)  # back to the base after 50 polls
    assert schedule.slowdown == 1.0
    assert schedule.chat_check_interval_s == 60.0


def test_plain_schedule_never_slows_down() -> None:
    schedule = PollSchedule(120.0, FixedRandom(0.5), adaptive=False)
    for _ in range(3):
        schedule.after_rate_limit(None)
        assert schedule.after_success() == pytest.approx(120.0)
    assert schedule.slowdown == 1.0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"interval_s": 0.0},
        {"interval_s": -5.0},
        {"interval_s": math.nan},
        {"interval_s": math.inf},
        {"jitter": 1.0},
        {"jitter": -0.1},
        {"failure_base_s": 0.0},
        {"failure_base_s": 400.0},
        {"rate_limit_s": 700.0},
        {"retry_after_max_s": 0.0},
        {"rate_limit_spread": -1.0},
        {"slowdown_factor": 0.5},
        {"slowdown_factor": 8.0},
        {"recovery": 0.0},
    ],
)
def test_invalid_settings_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        PollSchedule(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("open_issues", "requests"), [(0, 1), (1, 1), (99, 1), (100, 2), (101, 2), (1259, 13)]
)
def test_poll_cost(open_issues: int, requests: int) -> None:
    assert poll_cost(open_issues) == requests
    assert requests <= math.ceil(open_issues / 100) + 1


def test_poll_cost_other_page_sizes_and_bad_input() -> None:
    assert poll_cost(25, page_size=10) == 3
    assert poll_cost(30, page_size=10) == 4
    assert poll_cost(5, page_size=1) == 6
    with pytest.raises(ValueError):
        poll_cost(-1)
    with pytest.raises(ValueError):
        poll_cost(5, page_size=0)
