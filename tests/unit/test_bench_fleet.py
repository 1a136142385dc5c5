"""The fleet simulation of bench/bench_fleet.py: deterministic, counts right, limits right."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import bench_fleet
from bench_fleet import ClientIdLimit, FleetConfig, FleetResult, simulate

SMALL = FleetConfig(installs=50, hours=20 / 60, unmeasured_tail_s=300.0)


def fingerprint(r: FleetResult) -> tuple[object, ...]:
    return (
        r.list_requests,
        r.chat_fetches,
        r.chat_checks,
        r.refused,
        r.blocks,
        r.peak_per_min,
        r.polls,
        tuple(r.delays),
    )


def test_same_seed_same_run() -> None:
    first, second = simulate(SMALL), simulate(SMALL)
    assert fingerprint(first) == fingerprint(second)
    assert fingerprint(simulate(replace(SMALL, seed=2))) != fingerprint(first)


def test_small_fleet_is_sane() -> None:
    r = simulate(SMALL)
    assert r.requests == r.list_requests + r.chat_fetches + r.chat_checks
    assert r.blocks == 0 and r.refused == 0
    assert 0 < r.peak_per_min <= r.requests
    assert r.peak_per_min == r.peak_attempted_per_min
    # every install polls every 108..132 s: 10 or 11 polls in 20 min (first in the first 120 s)
    assert 50 * 9 <= r.polls <= 50 * 11
    assert r.messages > 0 and all(d >= 0 for d in r.delays)
    assert r.max_s <= 2 * 132.0 + 1  # at worst a lagged message: two intervals
    assert r.unnoticed == 0


def tiny(**kwargs: object) -> FleetConfig:
    base = FleetConfig(
        installs=2,
        hours=300 / 3600,  # polls at 0, 120, 240 and 5, 125, 245
        jitter=0.0,
        lag_fraction=0.0,
        chat_checks=False,
        unmeasured_tail_s=0.0,
        open_counts=[0, 250],
        first_polls=[0.0, 5.0],
        messages=[[], [(10.0, 3), (20.0, 3), (140.0, 7)]],
    )
    return replace(base, **kwargs)  # type: ignore[arg-type]


def test_hand_computed_requests_and_delays() -> None:
    r = simulate(tiny())
    assert r.polls == 6
    assert r.list_requests == 3 * 1 + 3 * 3  # poll_cost(0) = 1, poll_cost(250) = 3
    assert r.chat_fetches == 2  # issue 3 at t=125, issue 7 at t=245
    assert r.chat_checks == 0
    assert r.requests == 14
    assert sorted(r.delays) == [105.0, 105.0, 115.0]  # 125-20, 245-140, 125-10
    assert r.peak_per_min == 5  # 1 list request at 120, 3 list + 1 chat at 125
    assert r.unnoticed == 0


def test_peak_is_the_busiest_sliding_minute() -> None:
    r = simulate(tiny(first_polls=[0.0, 30.0]))
    # polls at 0/120/240 (1 request) and 30/150/270 (3): 120 and 150 (+1 chat) share a window
    assert r.peak_per_min == 1 + 3 + 1


def test_lagged_message_is_seen_by_the_next_poll() -> None:
    r = simulate(tiny(lag_fraction=1.0, messages=[[], [(10.0, 3)]]))
    assert r.delays == [245.0 - 10.0]  # missed by the poll at 125


def test_background_check_at_most_once_a_minute() -> None:
    r = simulate(
        tiny(
            chat_checks=True,
            installs=1,
            open_counts=[10],
            first_polls=[0.0],
            messages=[[(10.0, 1)]],
        )
    )
    # poll 0, 120 (+1 chat fetch of issue 1), 240; checks of issue 1 at 180 and 240
    assert (r.list_requests, r.chat_fetches, r.chat_checks) == (3, 1, 2)
    assert r.delays == [110.0]


def test_unnoticed_messages_count_with_their_delay_so_far() -> None:
    r = simulate(tiny(messages=[[], [(250.0, 1)]]))
    assert r.unnoticed == 1 and r.delays == [50.0]


def test_limit_blocks_for_a_minute_after_an_excess() -> None:
    limit = ClientIdLimit(3, window_s=60.0, block_s=60.0)
    assert [limit.request(t) for t in (0.0, 1.0, 2.0)] == [True, True, True]
    assert limit.request(3.0) is False  # the 4th in a minute: blocked until 63
    assert limit.request(50.0) is False
    assert limit.request(62.9) is False
    assert limit.request(63.0) is True
    assert (limit.blocks, limit.refused, limit.peak, limit.peak_attempted) == (1, 3, 3, 5)


def test_simulation_over_the_limit_meets_429_and_backs_off() -> None:
    config = FleetConfig(
        installs=10,
        hours=600 / 3600,
        limit_per_min=5,
        chat_checks=False,
        open_counts=[0] * 10,
        first_polls=[float(i) for i in range(10)],
        messages=[[] for _ in range(10)],
    )
    r = simulate(config)
    assert r.blocks >= 1 and r.refused >= 5
    assert r.peak_per_min <= 5 < r.peak_attempted_per_min
    assert not r.holds
    plain = simulate(replace(config, adaptive=False))
    assert plain.list_requests >= r.list_requests  # the adaptive schedule polls less


def test_largest_holding_finds_the_threshold() -> None:
    calls: list[int] = []

    def fake(config: FleetConfig) -> FleetResult:
        calls.append(config.installs)
        n = config.installs
        return FleetResult(config, blocks=int(n > 1234), peak_per_min=min(9000, n * 7))

    base = FleetConfig(installs=0)
    results = {n: fake(replace(base, installs=n)) for n in (1000, 2000)}
    assert bench_fleet.largest_holding(base, results, step=100, run=fake) == 1200
    assert len(calls) <= 2 + 8
    assert results[1200].holds and not results[1300].holds


def test_p95_target() -> None:
    ok = FleetResult(SMALL, delays=[10.0] * 95 + [500.0] * 5)
    late = FleetResult(SMALL, delays=[10.0] * 94 + [500.0] * 6)
    assert ok.p95_s == 10.0 and ok.holds
    assert late.p95_s == 500.0 and not late.holds
    with pytest.raises(KeyError):
        bench_fleet.per_install(ok, "other")
