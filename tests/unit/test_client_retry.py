"""Retries: GETs back off and retry; POSTs only when Allegro provably did not process them."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from allegro_issues_desktop.allegro import (
    AuthenticationError,
    InvalidResponseError,
    NetworkError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
)
from allegro_issues_desktop.allegro.retry import parse_retry_after

from .test_client_support import (
    ISSUE_1,
    RefreshingTokens,
    issue,
    json_response,
    make_client,
    message,
)

Step = Callable[[httpx.Request], httpx.Response]


def scripted(
    *steps: Step | httpx.Response,
) -> tuple[Callable[[httpx.Request], httpx.Response], list[httpx.Request]]:
    """A handler playing ``steps`` in order (the last one repeats); records requests."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        step = steps[min(len(seen), len(steps) - 1)]
        seen.append(request)
        return step(request) if callable(step) else step

    return handler, seen


def fail(exc_type: type[httpx.TransportError]) -> Step:
    def raise_(request: httpx.Request) -> httpx.Response:
        raise exc_type("simulated", request=request)

    return raise_


OK_ISSUE = json_response(200, issue(1))
OK_MESSAGE = json_response(201, message(1))


def test_get_retries_5xx_with_growing_jittered_backoff() -> None:
    handler, seen = scripted(httpx.Response(503), httpx.Response(500), OK_ISSUE)

    async def go() -> list[float]:
        client, fake = make_client(handler)
        assert (await client.get_issue(ISSUE_1)).id == "issue-00001"
        return fake.sleeps

    sleeps = asyncio.run(go())
    assert len(seen) == 3
    assert sleeps == [0.375, 0.75]  # base 0.5, doubling, "equal jitter" with random()=0.5


def test_get_gives_up_after_the_attempt_budget() -> None:
    handler, seen = scripted(httpx.Response(500))

    async def go() -> None:
        client, _ = make_client(handler, attempts=3)
        with pytest.raises(ServerError):
            await client.get_issue(ISSUE_1)

    asyncio.run(go())
    assert len(seen) == 3


def test_backoff_is_bounded_by_the_cap() -> None:
    policy = RetryPolicy(base=1.0, cap=8.0, random=lambda: 0.999)
    delays = [policy.backoff(n) for n in range(1, 30)]
    assert all(0 < d <= 8.0 for d in delays)
    assert delays[-1] > 7.9
    assert RetryPolicy(random=lambda: 0.0).backoff(1) == 0.25  # never zero


@pytest.mark.parametrize(("header", "expected"), [("3", 3.0), ("3600", 30.0), ("0", 0.0)])
def test_retry_after_seconds_is_honoured_and_capped(header: str, expected: float) -> None:
    handler, seen = scripted(json_response(429, {}, {"Retry-After": header}), OK_ISSUE)

    async def go() -> list[float]:
        client, fake = make_client(handler, timeout=120.0)  # room for the 30 s cap
        await client.get_issue(ISSUE_1)
        return fake.sleeps

    assert asyncio.run(go())[0] == expected
    assert len(seen) == 2


def test_retry_after_that_does_not_fit_the_deadline_fails_at_once_and_pauses_the_budget() -> None:
    handler, seen = scripted(json_response(429, {}, {"Retry-After": "25"}), OK_ISSUE)

    async def go() -> tuple[RateLimitedError, list[float], float]:
        client, fake = make_client(handler, timeout=20.0)
        with pytest.raises(RateLimitedError) as caught:
            await client.get_issue(ISSUE_1)
        return caught.value, fake.sleeps, client._budget.paused_for()

    error, sleeps, paused = asyncio.run(go())
    assert len(seen) == 1 and sleeps == []  # waiting 25 s of a 20 s deadline would be futile
    assert error.retry_after == 25.0 and not error.outcome_unknown
    assert paused == 25.0  # the next calls still wait for Allegro's block to end


@pytest.mark.parametrize(
    "header",
    [
        "\u00b2".encode(),  # "²" in UTF-8
        "\u00b2".encode("latin-1"),
        "\u0663".encode(),  # ARABIC-INDIC DIGIT THREE: isdigit() too
        b"-1",
        b"1e999",
        b"NaN",
        b"",
        b"   ",
        b"inf",
        b"1.5",
        b"\xff\xfe",
        b"x" * 5000,
    ],
)
def test_odd_retry_after_falls_back_to_backoff(header: bytes) -> None:
    # "²" passed str.isdigit() and then failed float(): a ValueError, not an AllegroError.
    answer = httpx.Response(429, content=b"{}", headers=[(b"Retry-After", header)])
    handler, seen = scripted(answer, OK_ISSUE)

    async def go() -> list[float]:
        client, fake = make_client(handler)
        await client.get_issue(ISSUE_1)
        return fake.sleeps

    assert asyncio.run(go()) == [0.375]  # the jittered backoff, as with no header
    assert len(seen) == 2


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("\u00b2", None),
        ("\u0663", None),
        ("-1", None),
        ("+5", None),
        ("1e999", None),
        ("NaN", None),
        ("inf", None),
        ("", None),
        ("9" * 30, 1e30),
        (" 12 ", 12.0),
        ("Fri, 31 Dec 9999 23:59:59 GMT", None),  # far future: finite, checked below
        ("Mon, 01 Jan 0001 00:00:00 GMT", 0.0),
        ("Mon, 99 Foo 2026 99:99:99 GMT", None),
    ],
)
def test_parse_retry_after_is_total(header: str, expected: float | None) -> None:
    now = datetime(2026, 7, 1, 12, 0, 0, tzinfo=UTC)
    got = parse_retry_after(header, now)
    if header.startswith("Fri, 31 Dec 9999"):
        assert got is not None and got > 1e11
    else:
        assert got == expected


def test_retry_after_http_date_on_503_is_capped() -> None:
    far = format_datetime(datetime.now(UTC) + timedelta(hours=2), usegmt=True)
    handler, _ = scripted(httpx.Response(503, headers={"Retry-After": far}), OK_ISSUE)

    async def go() -> list[float]:
        client, fake = make_client(handler, timeout=120.0)
        await client.get_issue(ISSUE_1)
        return fake.sleeps

    assert asyncio.run(go()) == [30.0]


def test_retries_stop_when_the_next_wait_would_pass_the_deadline() -> None:
    handler, seen = scripted(httpx.Response(503))

    async def go() -> list[float]:
        client, fake = make_client(handler, attempts=10, timeout=5.0)
        with pytest.raises(ServerError):
            await client.get_issue(ISSUE_1)
        return fake.sleeps

    # 0.375 + 0.75 + 1.5 = 2.625 s spent; 3 s more plus time for the attempt would pass 5 s.
    assert asyncio.run(go()) == [0.375, 0.75, 1.5]
    assert len(seen) == 4


def test_get_retries_transport_errors() -> None:
    handler, seen = scripted(fail(httpx.ConnectError), fail(httpx.ReadTimeout), OK_ISSUE)

    async def go() -> None:
        client, _ = make_client(handler)
        await client.get_issue(ISSUE_1)

    asyncio.run(go())
    assert len(seen) == 3


def test_get_timeout_exhausted_is_a_timed_out_network_error() -> None:
    handler, seen = scripted(fail(httpx.ReadTimeout))

    async def go() -> None:
        client, _ = make_client(handler, attempts=2)
        with pytest.raises(NetworkError) as caught:
            await client.get_issue(ISSUE_1)
        assert caught.value.timed_out

    asyncio.run(go())
    assert len(seen) == 2


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_post_is_not_retried_on_5xx(status: int) -> None:
    handler, seen = scripted(httpx.Response(status), OK_MESSAGE)

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(ServerError):
            await client.post_message("i", "hello")

    asyncio.run(go())
    assert len(seen) == 1


def test_post_timeout_is_not_retried_and_says_the_outcome_is_unknown() -> None:
    handler, seen = scripted(fail(httpx.ReadTimeout), OK_MESSAGE)

    async def go() -> None:
        client, fake = make_client(handler)
        with pytest.raises(NetworkError) as caught:
            await client.post_message("i", "hello")
        assert caught.value.timed_out and caught.value.outcome_unknown
        assert fake.sleeps == []

    asyncio.run(go())
    assert len(seen) == 1


def test_post_connection_reset_is_not_retried() -> None:
    handler, seen = scripted(fail(httpx.ReadError), OK_MESSAGE)

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(NetworkError) as caught:
            await client.post_message("i", "hello")
        assert not caught.value.timed_out and caught.value.outcome_unknown

    asyncio.run(go())
    assert len(seen) == 1


@pytest.mark.parametrize("first", [fail(httpx.ConnectError), fail(httpx.ConnectTimeout)])
def test_post_is_retried_when_it_never_left(first: Step) -> None:
    handler, seen = scripted(first, OK_MESSAGE)

    async def go() -> None:
        client, _ = make_client(handler)
        assert (await client.post_message("i", "hello")).id == "msg-0001"

    asyncio.run(go())
    assert len(seen) == 2


def test_post_connect_failure_exhausted_is_not_outcome_unknown() -> None:
    handler, _ = scripted(fail(httpx.ConnectError))

    async def go() -> None:
        client, _ = make_client(handler, attempts=2)
        with pytest.raises(NetworkError) as caught:
            await client.post_message("i", "hello")
        assert not caught.value.outcome_unknown

    asyncio.run(go())


def test_post_is_retried_after_429_which_means_not_processed() -> None:
    handler, seen = scripted(json_response(429, {}, {"Retry-After": "2"}), OK_MESSAGE)

    async def go() -> list[float]:
        client, fake = make_client(handler)
        await client.post_message("i", "hello")
        return fake.sleeps

    assert asyncio.run(go()) == [2.0]
    assert len(seen) == 2


def test_persistent_429_raises_rate_limited() -> None:
    handler, seen = scripted(json_response(429, {}))

    async def go() -> None:
        client, _ = make_client(handler, attempts=3)
        with pytest.raises(RateLimitedError):
            await client.get_issue(ISSUE_1)

    asyncio.run(go())
    assert len(seen) == 3


def test_401_refreshes_once_and_repeats_with_the_new_token() -> None:
    handler, seen = scripted(json_response(401, {"error": "invalid_token"}), OK_ISSUE)
    tokens = RefreshingTokens()

    async def go() -> None:
        client, _ = make_client(handler, tokens=tokens)
        await client.get_issue(ISSUE_1)

    asyncio.run(go())
    assert tokens.refreshes == ["t1"]
    assert [r.headers["Authorization"] for r in seen] == ["Bearer t1", "Bearer t2"]


def test_second_401_is_final() -> None:
    handler, seen = scripted(json_response(401, {"error": "invalid_token"}))
    tokens = RefreshingTokens()

    async def go() -> None:
        client, _ = make_client(handler, tokens=tokens)
        with pytest.raises(AuthenticationError):
            await client.get_issue(ISSUE_1)

    asyncio.run(go())
    assert tokens.refreshes == ["t1"]
    assert len(seen) == 2


def test_post_401_is_repeated_once_after_refresh() -> None:
    handler, seen = scripted(json_response(401, {"error": "invalid_token"}), OK_MESSAGE)
    tokens = RefreshingTokens()

    async def go() -> None:
        client, _ = make_client(handler, tokens=tokens)
        await client.post_message("i", "hello")

    asyncio.run(go())
    assert len(seen) == 2 and seen[1].headers["Authorization"] == "Bearer t2"


BROKEN = httpx.Response(200, content=b'{"issues": [{"id": "x"', headers={"Content-Type": "x"})


def test_malformed_get_is_retried_then_succeeds() -> None:
    handler, seen = scripted(BROKEN, OK_ISSUE)

    async def go() -> None:
        client, _ = make_client(handler)
        await client.get_issue(ISSUE_1)

    asyncio.run(go())
    assert len(seen) == 2


def test_malformed_get_gives_up_after_two_retries() -> None:
    handler, seen = scripted(BROKEN)

    async def go() -> None:
        client, _ = make_client(handler, attempts=10)
        with pytest.raises(InvalidResponseError):
            await client.list_issues()

    asyncio.run(go())
    assert len(seen) == 3


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b""])
def test_malformed_post_response_is_an_invalid_response_not_retried(body: bytes) -> None:
    handler, seen = scripted(httpx.Response(201, content=body))

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(InvalidResponseError):
            await client.post_message("i", "hello")

    asyncio.run(go())
    assert len(seen) == 1


def test_undecodable_body_is_treated_like_malformed_json() -> None:
    garbled = httpx.Response(
        200, stream=httpx.ByteStream(b"not gzip"), headers={"Content-Encoding": "gzip"}
    )
    handler, seen = scripted(garbled, OK_ISSUE)

    async def go() -> None:
        client, _ = make_client(handler)
        await client.get_issue(ISSUE_1)

    asyncio.run(go())
    assert len(seen) == 2
