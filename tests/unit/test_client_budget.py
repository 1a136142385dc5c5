"""The request budget (no more than N starts in any 60 s window) and the concurrency cap."""

from __future__ import annotations

import asyncio
import random

import httpx
import pytest

from allegro_issues_desktop.allegro import RateLimitedError, RequestBudget
from allegro_issues_desktop.allegro.ratelimit import shared_budget

from .test_client_support import ISSUE_1, FakeTime, issue, json_response, make_client


def max_in_window(starts: list[float], window: float = 60.0) -> int:
    best = 0
    j = 0
    for i, start in enumerate(starts):
        while start - starts[j] >= window:
            j += 1
        best = max(best, i - j + 1)
    return best


def test_budget_lets_n_through_then_waits_for_the_window() -> None:
    fake = FakeTime()
    budget = RequestBudget(3, clock=fake.clock, sleep=fake.sleep)

    async def go() -> list[float]:
        starts = []
        for _ in range(7):
            await budget.acquire()
            starts.append(fake.now)
        return starts

    assert asyncio.run(go()) == [0, 0, 0, 60, 60, 60, 120]


def test_budget_never_exceeds_n_in_any_window_under_random_arrivals() -> None:
    rng = random.Random(42)
    fake = FakeTime()
    budget = RequestBudget(10, clock=fake.clock, sleep=fake.sleep)

    async def go() -> list[float]:
        starts = []
        for _ in range(500):
            fake.now += rng.choice([0.0, 0.0, 0.5, 3.0, 17.0])
            await budget.acquire()
            starts.append(fake.now)
        return starts

    starts = asyncio.run(go())
    assert max_in_window(starts) == 10


def test_budget_shared_by_concurrent_waiters() -> None:
    fake = FakeTime()
    budget = RequestBudget(4, clock=fake.clock, sleep=fake.sleep)
    starts: list[float] = []

    async def one() -> None:
        await budget.acquire()
        starts.append(fake.now)

    async def go() -> None:
        await asyncio.gather(*(one() for _ in range(13)))

    asyncio.run(go())
    assert max_in_window(sorted(starts)) <= 4
    assert len(starts) == 13


def test_pause_holds_everyone() -> None:
    fake = FakeTime()
    budget = RequestBudget(100, clock=fake.clock, sleep=fake.sleep)

    async def go() -> None:
        budget.pause(10.0)
        await budget.acquire()

    asyncio.run(go())
    assert fake.now == 10.0


def test_client_requests_respect_the_per_minute_budget() -> None:
    fake = FakeTime()
    starts: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        starts.append(fake.now)
        return json_response(200, issue(1))

    async def go() -> None:
        client, _ = make_client(handler, time=fake, requests_per_minute=5)
        for _ in range(12):
            await client.get_issue(ISSUE_1)

    asyncio.run(go())
    assert len(starts) == 12
    assert max_in_window(starts) == 5
    assert starts[-1] == 120.0


def test_retries_count_against_the_budget() -> None:
    fake = FakeTime()
    starts: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        starts.append(fake.now)
        return httpx.Response(503) if len(starts) % 2 else json_response(200, issue(1))

    async def go() -> None:
        client, _ = make_client(handler, time=fake, requests_per_minute=3)
        for _ in range(3):
            await client.get_issue(ISSUE_1)

    asyncio.run(go())
    assert len(starts) == 6
    assert max_in_window(starts) <= 3


# ------------------------------------------------------ shared per Client ID


def test_shared_budget_is_one_per_client_id() -> None:
    first = shared_budget("tests-client-a", per_window=50)
    assert shared_budget("tests-client-a") is first
    assert shared_budget("tests-client-a", per_window=7).per_window == 50  # the first one wins
    assert shared_budget("tests-client-b") is not first


def test_a_429_on_one_client_pauses_another_sharing_its_budget() -> None:
    fake = FakeTime()
    budget = RequestBudget(9000, clock=fake.clock, sleep=fake.sleep)
    other_starts: list[float] = []

    def blocked(request: httpx.Request) -> httpx.Response:
        return json_response(429, {"errors": [{"code": "TooMany"}]}, {"Retry-After": "7"})

    def fine(request: httpx.Request) -> httpx.Response:
        other_starts.append(fake.now)
        return json_response(200, issue(1))

    async def go() -> None:
        # Two accounts on one Client ID; the first gives up at once (one attempt).
        first, _ = make_client(blocked, time=fake, attempts=1, budget=budget)
        second, _ = make_client(fine, time=fake, budget=budget)
        with pytest.raises(RateLimitedError):
            await first.get_issue(ISSUE_1)
        await second.get_issue(ISSUE_1)

    asyncio.run(go())
    assert other_starts == [7.0]  # held until Allegro's block ended
    assert fake.sleeps == [7.0]


def test_separate_budgets_do_not_pause_each_other() -> None:
    # The control for the test above: without sharing, the second client does not wait.
    fake = FakeTime()
    other_starts: list[float] = []

    def blocked(request: httpx.Request) -> httpx.Response:
        return json_response(429, {}, {"Retry-After": "7"})

    def fine(request: httpx.Request) -> httpx.Response:
        other_starts.append(fake.now)
        return json_response(200, issue(1))

    async def go() -> None:
        first, _ = make_client(blocked, time=fake, attempts=1)
        second, _ = make_client(fine, time=fake)
        with pytest.raises(RateLimitedError):
            await first.get_issue(ISSUE_1)
        await second.get_issue(ISSUE_1)

    asyncio.run(go())
    assert other_starts == [0.0]


def test_a_budget_serves_one_event_loop_after_another() -> None:
    # asyncio.Lock binds to the first loop on which it is contended; a budget shared for the
    # life of the app must survive a new loop (a restarted session, the next test).
    fake = FakeTime()
    budget = RequestBudget(1, clock=fake.clock, sleep=fake.sleep)

    async def contend() -> None:
        # One request a minute: the second and third wait on the lock while the first sleeps.
        await asyncio.gather(*(budget.acquire() for _ in range(3)))

    asyncio.run(contend())  # starts at 0, 60, 120
    asyncio.run(contend())  # 180, 240, 300
    assert fake.now == 300.0
