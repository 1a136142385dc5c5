"""Paging: the issue list with prefetch, and the chat with Allegro's unreliable offset."""

from __future__ import annotations

import asyncio
from contextlib import aclosing
from typing import Any

import httpx
import pytest

from allegro_issues_desktop.allegro import AllegroClient, ServerError

from .test_client_support import issue, json_response, make_client, message, paged


async def collect(client: AllegroClient, **kwargs: Any) -> list[list[str | None]]:
    async with aclosing(client.iter_issue_pages(**kwargs)) as pages:
        return [[i.id for i in page] async for page in pages]


def list_server(count: int) -> tuple[Any, list[httpx.Request], dict[str, int]]:
    """An async handler over ``count`` issues that tracks requests in flight."""
    items = [issue(n) for n in range(count)]
    seen: list[httpx.Request] = []
    flight = {"now": 0, "max": 0}

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        flight["now"] += 1
        flight["max"] = max(flight["max"], flight["now"])
        for _ in range(3):  # let the other prefetches start
            await asyncio.sleep(0)
        flight["now"] -= 1
        return paged(items, "issues", request)

    return handler, seen, flight


@pytest.mark.parametrize(
    ("count", "sizes", "max_requests"),
    [(0, [], 1), (1, [1], 1), (99, [99], 1), (100, [100], 5), (101, [100, 1], 6)],
)
def test_iter_issue_pages_edges(count: int, sizes: list[int], max_requests: int) -> None:
    handler, seen, _ = list_server(count)

    async def go() -> list[list[str | None]]:
        client, _ = make_client(handler)
        return await collect(client)

    pages = asyncio.run(go())
    assert [len(p) for p in pages] == sizes
    assert [i for p in pages for i in p] == [issue(n)["id"] for n in range(count)]
    assert len(seen) <= max_requests


def test_iter_issue_pages_prefetches_in_order_within_the_window() -> None:
    handler, seen, flight = list_server(1234)

    async def go() -> list[list[str | None]]:
        client, _ = make_client(handler, max_concurrency=8)
        return await collect(client, prefetch=5)

    pages = asyncio.run(go())
    assert [i for p in pages for i in p] == [issue(n)["id"] for n in range(1234)]
    assert [len(p) for p in pages] == [100] * 12 + [34]
    assert 1 < flight["max"] <= 5
    offsets = sorted(int(r.url.params["offset"]) for r in seen)
    assert offsets[:13] == [k * 100 for k in range(13)]
    assert len(seen) <= 13 + 4  # at most prefetch-1 requests past the end


def test_iter_issue_pages_respects_max_concurrency() -> None:
    handler, _, flight = list_server(2000)

    async def go() -> None:
        client, _ = make_client(handler, max_concurrency=2)
        await collect(client, prefetch=10)

    asyncio.run(go())
    assert flight["max"] <= 2


def test_iter_issue_pages_passes_filters_and_page_size() -> None:
    handler, seen, _ = list_server(25)

    async def go() -> list[list[str | None]]:
        client, _ = make_client(handler)
        return await collect(
            client, statuses=["CLAIM_SUBMITTED"], checkout_form_id="cf", page_size=10
        )

    assert [len(p) for p in asyncio.run(go())] == [10, 10, 5]
    for request in seen:
        assert request.url.params.get_list("status") == ["CLAIM_SUBMITTED"]
        assert request.url.params["checkoutForm.id"] == "cf"
        assert request.url.params["limit"] == "10"


def test_iter_issue_pages_stops_when_the_server_ignores_offset() -> None:
    first = [issue(n) for n in range(100)]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, {"issues": first})

    async def go() -> list[list[str | None]]:
        client, _ = make_client(handler)
        return await collect(client)

    pages = asyncio.run(go())
    assert [len(p) for p in pages] == [100]
    assert len(seen) <= 5


def test_iter_issue_pages_drops_duplicates_when_the_list_shifts() -> None:
    # A new issue opened while paging pushes issue 99 onto the second page too.
    pages_by_offset = {
        0: [issue(n) for n in range(100)],
        100: [issue(n) for n in range(99, 150)],
    }

    def handler(request: httpx.Request) -> httpx.Response:
        items = pages_by_offset.get(int(request.url.params["offset"]), [])
        return json_response(200, {"issues": items})

    async def go() -> list[list[str | None]]:
        client, _ = make_client(handler)
        return await collect(client)

    pages = asyncio.run(go())
    ids = [i for p in pages for i in p]
    assert len(ids) == len(set(ids)) == 150


def test_iter_issue_pages_ignores_errors_past_the_last_page() -> None:
    items = [issue(n) for n in range(150)]

    def handler(request: httpx.Request) -> httpx.Response:
        if int(request.url.params["offset"]) >= 200:
            return httpx.Response(500)
        return paged(items, "issues", request)

    async def go() -> list[list[str | None]]:
        client, _ = make_client(handler, attempts=1)
        return await collect(client)

    assert [len(p) for p in asyncio.run(go())] == [100, 50]


def test_iter_issue_pages_raises_a_page_error_in_order() -> None:
    items = [issue(n) for n in range(1000)]

    def handler(request: httpx.Request) -> httpx.Response:
        if int(request.url.params["offset"]) == 300:
            return httpx.Response(500)
        return paged(items, "issues", request)

    async def go() -> list[int]:
        client, _ = make_client(handler, attempts=1)
        got: list[int] = []
        with pytest.raises(ServerError):
            async with aclosing(client.iter_issue_pages()) as pages:
                async for page in pages:
                    got.append(len(page))
        await asyncio.sleep(0)
        assert asyncio.all_tasks() == {asyncio.current_task()}
        return got

    assert asyncio.run(go()) == [100, 100, 100]


def test_leaving_early_cancels_outstanding_prefetches() -> None:
    release = asyncio.Event
    items = [issue(n) for n in range(1000)]
    started: list[int] = []
    cancelled: list[int] = []

    async def go() -> None:
        gate = release()

        async def handler(request: httpx.Request) -> httpx.Response:
            offset = int(request.url.params["offset"])
            started.append(offset)
            if offset > 0:
                try:
                    await gate.wait()  # prefetches hang until cancelled
                except asyncio.CancelledError:
                    cancelled.append(offset)
                    raise
            return paged(items, "issues", request)

        client, _ = make_client(handler)
        async with aclosing(client.iter_issue_pages(prefetch=4)) as pages:
            async for page in pages:
                assert len(page) == 100
                # the first page triggered prefetches at 100..400
                for _ in range(5):
                    await asyncio.sleep(0)
                break
        assert asyncio.all_tasks() == {asyncio.current_task()}

    asyncio.run(go())
    assert sorted(cancelled) == [100, 200, 300, 400]


def test_page_size_is_validated() -> None:
    async def go() -> None:
        client, _ = make_client(lambda r: httpx.Response(500))
        with pytest.raises(ValueError):
            await collect(client, page_size=101)

    asyncio.run(go())


# ------------------------------------------------------------------ chat


def chat_server(
    messages: list[dict[str, Any]], *, ignore_offset: bool = False, cap: int | None = None
) -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        limit = int(request.url.params["limit"])
        if cap is not None:
            limit = min(limit, cap)
        offset = 0 if ignore_offset else int(request.url.params["offset"])
        return json_response(200, {"chat": messages[offset : offset + limit]})

    return handler, seen


def run_chat(handler: Any) -> list[str | None]:
    async def go() -> list[str | None]:
        client, _ = make_client(handler)
        return [m.id for m in await client.get_chat("issue-1")]

    return asyncio.run(go())


def test_chat_of_250_newest_first_comes_back_oldest_first_in_3_requests() -> None:
    messages = [message(n) for n in range(250)][::-1]
    handler, seen = chat_server(messages)
    ids = run_chat(handler)
    assert ids == [message(n)["id"] for n in range(250)]
    assert [r.url.params["offset"] for r in seen] == ["0", "100", "200"]
    assert all(r.url.params["limit"] == "100" for r in seen)
    assert seen[0].url.path == "/sale/issues/issue-1/chat"


@pytest.mark.parametrize(("count", "requests"), [(0, 1), (30, 1), (100, 2), (200, 3)])
def test_chat_stops_at_a_short_page(count: int, requests: int) -> None:
    handler, seen = chat_server([message(n) for n in range(count)])
    assert len(run_chat(handler)) == count
    assert len(seen) == requests


def test_chat_stops_when_the_server_ignores_offset() -> None:
    handler, seen = chat_server([message(n) for n in range(250)], ignore_offset=True)
    ids = run_chat(handler)
    assert ids == [message(n)["id"] for n in range(100)]
    assert len(seen) == 2


def test_chat_overlapping_pages_are_deduplicated() -> None:
    messages = [message(n) for n in range(150)]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        offset = int(request.url.params["offset"])
        start = max(0, offset - 10)  # a new message shifted the window
        return json_response(200, {"chat": messages[start : start + 100]})

    ids = run_chat(handler)
    assert ids == [message(n)["id"] for n in range(150)]


def test_chat_page_capped_by_server_is_treated_as_short() -> None:
    # Reported: Allegro returned at most 20 messages whatever the limit. The client cannot tell
    # a capped page from the last one; it stops and shows what it has, sorted.
    handler, seen = chat_server([message(n) for n in range(50)], cap=20)
    assert len(run_chat(handler)) == 20
    assert len(seen) == 1
