"""A total deadline per call (not per read), what it reports, and the "still trying" hook.

These run on the real event-loop clock with small deadlines; the only timed assertion is the
generous bound ``elapsed < 5 x deadline``. Each test is wrapped in a 10 s guard so that a missing
deadline fails the test instead of hanging it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import httpx
import pytest

from allegro_issues_desktop.allegro import (
    ChatClosedError,
    NetworkError,
    RateLimitedError,
    RequestBudget,
)

from .test_client_support import API, ISSUE_1, JSON_TYPE, issue, json_response, make_client

T = TypeVar("T")
DEADLINE = 0.3


def run_guarded(body: Callable[[], Awaitable[T]]) -> tuple[T, float]:
    """Run ``body``; its result and how long it took. Fails (not hangs) after 10 s."""

    async def go() -> T:
        async with asyncio.timeout(10):
            return await body()

    started = time.monotonic()
    result = asyncio.run(go())
    return result, time.monotonic() - started


class Trickle(httpx.AsyncByteStream):
    """A body that never ends: one byte every 10 ms (a server trickling to stay under every
    per-read timeout)."""

    def __init__(self, first: bytes = b"") -> None:
        self.first = first

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self.first:
            yield self.first
        while True:
            yield b" "
            await asyncio.sleep(0.01)


async def hang(request: httpx.Request) -> httpx.Response:
    await asyncio.Event().wait()
    raise AssertionError("unreachable")


@pytest.mark.parametrize("operation", ["list", "detail", "chat"])
def test_a_trickling_answer_to_a_get_ends_in_a_timed_out_network_error(operation: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, stream=Trickle(b"{"), headers={"Content-Type": JSON_TYPE})

    async def go() -> NetworkError:
        client, _ = make_client(handler, timeout=DEADLINE)
        with pytest.raises(NetworkError) as caught:
            if operation == "list":
                await client.list_issues()
            elif operation == "detail":
                await client.get_issue(ISSUE_1)
            else:
                await client.get_chat(ISSUE_1)
        return caught.value

    error, elapsed = run_guarded(go)
    assert error.timed_out
    assert "no complete answer within 0.3 s" in str(error)
    assert elapsed < 5 * DEADLINE
    assert len(seen) == 1  # the deadline covers the retries too: no time was left for one


@pytest.mark.parametrize("stage", ["headers", "body"])
def test_a_post_cut_by_the_deadline_is_not_repeated_and_its_outcome_is_unknown(
    stage: str,
) -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if stage == "headers":
            return await hang(request)
        return httpx.Response(
            201, stream=Trickle(b'{"id": "m'), headers={"Content-Type": JSON_TYPE}
        )

    async def go() -> NetworkError:
        client, _ = make_client(handler, timeout=DEADLINE)
        with pytest.raises(NetworkError) as caught:
            await client.post_message(ISSUE_1, "hello")
        return caught.value

    error, elapsed = run_guarded(go)
    assert error.timed_out and error.outcome_unknown
    assert elapsed < 5 * DEADLINE
    assert len(seen) == 1


def test_an_error_status_whose_body_trickles_is_reported_by_its_status() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(409, stream=Trickle(b'{"errors": ['))

    async def go() -> ChatClosedError:
        client, _ = make_client(handler, timeout=DEADLINE)
        with pytest.raises(ChatClosedError) as caught:
            await client.post_message(ISSUE_1, "hello")
        return caught.value

    error, elapsed = run_guarded(go)
    assert error.status == 409 and not error.outcome_unknown
    assert elapsed < 5 * DEADLINE


def test_waiting_for_the_request_budget_past_the_deadline_is_rate_limited() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, issue(1))

    async def go() -> RateLimitedError:
        # A real-clock budget of one request a minute: the second call cannot start in time.
        client, _ = make_client(handler, timeout=DEADLINE, budget=RequestBudget(1))
        await client.get_issue(ISSUE_1)
        with pytest.raises(RateLimitedError) as caught:
            await client.get_issue(ISSUE_1)
        return caught.value

    error, elapsed = run_guarded(go)
    assert "request limit" in str(error) and not error.outcome_unknown
    assert elapsed < 5 * DEADLINE
    assert len(seen) == 1


def test_queueing_behind_this_clients_own_calls_does_not_use_the_deadline() -> None:
    seen: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path.endswith("/stuck"):
            return await hang(request)
        await asyncio.sleep(DEADLINE / 3)  # an ordinary server latency
        return json_response(200, issue(1))

    async def go() -> tuple[BaseException | None, str | None]:
        client, _ = make_client(handler, timeout=DEADLINE, max_concurrency=1)
        stuck = asyncio.ensure_future(client.get_issue("stuck"))
        await asyncio.sleep(0)  # let it take the only slot (it runs until the handler hangs)
        fine = await client.get_issue(ISSUE_1)  # queued for a whole deadline, then answered
        try:
            await stuck
        except NetworkError as exc:
            return exc, fine.id
        return None, fine.id

    (stuck_error, fine_id), _ = run_guarded(go)
    assert isinstance(stuck_error, NetworkError) and stuck_error.timed_out
    assert fine_id == ISSUE_1
    assert seen == ["/sale/issues/stuck", f"/sale/issues/{ISSUE_1}"]


def test_an_upload_gets_time_in_proportion_to_its_size() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return json_response(201, {"id": "a1"}, {"Location": f"{API}/upload/a1"})
        return await hang(request)

    async def go() -> NetworkError:
        # 0.1 s plus 3 bytes at 15 bytes/s = 0.3 s for the PUT.
        client, _ = make_client(handler, timeout=0.1, transfer_rate=15)
        with pytest.raises(NetworkError) as caught:
            await client.upload_attachment("a.png", b"png")
        return caught.value

    error, elapsed = run_guarded(go)
    assert str(error) == "PUT /upload/a1: no complete answer within 0.3 s"
    assert error.outcome_unknown and elapsed < 5 * 0.3


def test_a_download_gets_time_for_its_announced_length(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": "image/png", "Content-Length": "1000"}
        return httpx.Response(200, stream=Trickle(b"\x89PNG"), headers=headers)

    async def go() -> NetworkError:
        # 0.1 s, then 1000 bytes at 5000 bytes/s = 0.2 s more once the length is known.
        client, _ = make_client(handler, timeout=0.1, transfer_rate=5000, attempts=1)
        with pytest.raises(NetworkError) as caught:
            await client.download_attachment(f"{API}/sale/issues/attachments/a", tmp_path / "a")
        return caught.value

    error, elapsed = run_guarded(go)
    assert "no complete answer within 0.3 s" in str(error)
    assert elapsed < 5 * 0.3
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------- on_slow


def test_on_slow_reports_a_slow_call_once_and_its_end() -> None:
    reports: list[bool] = []
    slow_seen = asyncio.Event()

    def on_slow(slow: bool) -> None:
        reports.append(slow)
        if slow:
            slow_seen.set()

    async def handler(request: httpx.Request) -> httpx.Response:
        await slow_seen.wait()  # answer only once the client has said "still trying"
        return json_response(200, issue(1))

    async def go() -> list[bool]:
        client, _ = make_client(handler, on_slow=on_slow, slow_after=0.01)
        await client.get_issue(ISSUE_1)
        during = list(reports)
        await client.get_issue(ISSUE_1)  # the event is set: a fast call, nothing reported
        assert during == [True, False]
        return reports

    reports_after, _ = run_guarded(go)
    assert reports_after == [True, False]


def test_on_slow_stays_true_while_any_slow_call_remains() -> None:
    reports: list[bool] = []
    slow_seen = asyncio.Event()
    release_first = asyncio.Event()

    def on_slow(slow: bool) -> None:
        reports.append(slow)
        slow_seen.set()

    async def handler(request: httpx.Request) -> httpx.Response:
        await slow_seen.wait()
        if request.url.path.endswith("/first"):
            await release_first.wait()
        return json_response(200, issue(1) | {"id": request.url.path.rsplit("/", 1)[1]})

    async def go() -> list[bool]:
        client, _ = make_client(handler, on_slow=on_slow, slow_after=0.01)
        first = asyncio.ensure_future(client.get_issue("first"))
        await slow_seen.wait()  # the first call is slow now (and only it: nothing else runs)
        await client.get_issue("second")  # ends while the first is still slow
        after_second = list(reports)
        release_first.set()
        await first
        assert after_second == [True]  # the first call is still slow
        return reports

    got, _ = run_guarded(go)
    assert got == [True, False]


def test_a_failing_on_slow_hook_does_not_break_the_call() -> None:
    slow_seen = asyncio.Event()

    def on_slow(slow: bool) -> None:
        slow_seen.set()
        raise RuntimeError("UI bug")

    async def handler(request: httpx.Request) -> httpx.Response:
        await slow_seen.wait()
        return json_response(200, issue(1))

    async def go() -> str | None:
        client, _ = make_client(handler, on_slow=on_slow, slow_after=0.01)
        return (await client.get_issue(ISSUE_1)).id

    assert run_guarded(go)[0] == ISSUE_1
