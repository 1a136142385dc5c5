"""The full sync's pages: ``iter_listed_pages`` and ``iter_prepared_pages`` page exactly as
``iter_issue_pages`` does, with lean issues and their JSON text; ``prepare`` runs once per page
on the worker thread that decoded it, and what it raises is not taken for a bad answer."""

from __future__ import annotations

import asyncio
import json
import threading
from contextlib import aclosing
from typing import Any

import httpx
import pytest

from allegro_issues_desktop.allegro import AllegroClient
from allegro_issues_desktop.domain.issue_pages import ListedIssue
from allegro_issues_desktop.domain.parsing import parse_issue

from .test_client_support import issue, make_client, paged


def server(count: int, *, repeat_at: int | None = None) -> tuple[Any, list[httpx.Request]]:
    items = [issue(n) for n in range(count)]
    if repeat_at is not None:  # the list shifted: an issue of the page before comes again
        items.insert(repeat_at, items[repeat_at - 1])
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        await asyncio.sleep(0)
        return paged(items, "issues", request)

    return handler, seen


async def issue_pages(client: AllegroClient) -> list[list[str | None]]:
    async with aclosing(client.iter_issue_pages(prefetch=3)) as pages:
        return [[i.id for i in page] async for page in pages]


@pytest.mark.parametrize(("count", "repeat_at"), [(0, None), (1, None), (250, None), (250, 100)])
def test_listed_and_prepared_pages_page_as_issue_pages_do(
    count: int, repeat_at: int | None
) -> None:
    prepared_on: list[int] = []

    def prepare(page: list[ListedIssue]) -> int:
        prepared_on.append(threading.get_ident())
        return len(page)

    async def go() -> tuple[Any, ...]:
        handler, _ = server(count, repeat_at=repeat_at)
        client, _ = make_client(handler)
        expected = await issue_pages(client)
        async with aclosing(client.iter_listed_pages(prefetch=3)) as pages:
            listed = [page async for page in pages]
        async with aclosing(client.iter_prepared_pages(prepare, prefetch=3)) as pages:
            prepared = [page async for page in pages]
        return expected, listed, prepared, threading.get_ident()

    expected, listed, prepared, loop_thread = asyncio.run(go())
    assert [[i.issue.id for i in page] for page in listed] == expected
    assert [[i.issue.id for i in page] for page, _ in prepared] == expected
    for page in listed:
        for item in page:
            assert isinstance(item.json, str)  # the fast path: the text as received
            assert item.issue == parse_issue(json.loads(item.json), lean=True)
    # prepare saw each whole page (a repeated issue too), off the loop thread
    sizes = [size for _, size in prepared]
    assert sizes == [min(100, count + (repeat_at is not None) - 100 * n) for n in range(len(sizes))]
    assert prepared_on and loop_thread not in prepared_on


def test_a_failing_prepare_is_raised_as_it_is_and_not_retried() -> None:
    def prepare(page: list[ListedIssue]) -> None:
        raise KeyError("a bug in the caller")

    async def go() -> int:
        handler, seen = server(5)
        client, _ = make_client(handler)
        with pytest.raises(KeyError, match="a bug in the caller"):
            async with aclosing(client.iter_prepared_pages(prepare)) as pages:
                async for _ in pages:
                    pass
        return len(seen)

    assert asyncio.run(go()) == 1
