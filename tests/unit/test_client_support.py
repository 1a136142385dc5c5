"""Shared fakes for the client unit tests (no tests here): a fake clock and a scripted server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Coroutine
from typing import Any

import httpx

from allegro_issues_desktop.allegro import AllegroClient, RetryPolicy, StaticTokenProvider
from allegro_issues_desktop.allegro.tokens import TokenProvider

API = "https://api.allegro.test"
#: The id of ``issue(1)``.
ISSUE_1 = "issue-00001"
JSON_TYPE = "application/vnd.allegro.beta.v1+json"

Handler = (
    Callable[[httpx.Request], httpx.Response]
    | Callable[[httpx.Request], Coroutine[None, None, httpx.Response]]
)


class FakeTime:
    """A monotonic clock that only moves when someone sleeps; records every sleep."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)


class RefreshingTokens:
    """Hands out "t1", then "t2" after a rejection; counts refreshes."""

    def __init__(self) -> None:
        self.token = "t1"
        self.refreshes: list[str] = []

    async def access_token(self) -> str:
        return self.token

    async def refresh_after_rejection(self, rejected: str) -> str:
        self.refreshes.append(rejected)
        self.token = f"t{len(self.refreshes) + 1}"
        return self.token


def make_client(
    handler: Handler,
    *,
    tokens: TokenProvider | None = None,
    time: FakeTime | None = None,
    attempts: int = 4,
    requests_per_minute: int = 9000,
    max_concurrency: int = 6,
    **options: Any,
) -> tuple[AllegroClient, FakeTime]:
    """A client on a mock transport and a fake clock; ``options`` go to ``AllegroClient``."""
    fake = time or FakeTime()
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = AllegroClient(
        API,
        tokens or StaticTokenProvider("secret-token-123"),
        http=http,
        requests_per_minute=requests_per_minute,
        max_concurrency=max_concurrency,
        retry=RetryPolicy(
            attempts=attempts, sleep=fake.sleep, clock=fake.clock, random=lambda: 0.5
        ),
        **options,
    )
    return client, fake


def json_response(
    status: int, payload: Any, headers: dict[str, str] | None = None
) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(payload).encode(),
        headers={"Content-Type": JSON_TYPE, **(headers or {})},
    )


def issue(n: int) -> dict[str, Any]:
    return {
        "id": f"issue-{n:05d}",
        "type": "DISPUTE",
        "openedDate": "2026-06-10T12:12:12.019Z",
        "currentState": {"status": "DISPUTE_ONGOING", "chatActive": True},
    }


def message(n: int, minute: int | None = None) -> dict[str, Any]:
    m = n if minute is None else minute
    return {
        "id": f"msg-{n:04d}",
        "text": f"message {n}",
        "author": {"login": "buyer", "role": "BUYER"},
        "createdAt": f"2026-06-{1 + m // 1440:02d}T{(m // 60) % 24:02d}:{m % 60:02d}:00.000Z",
    }


def paged(items: list[dict[str, Any]], key: str, request: httpx.Request) -> httpx.Response:
    """A list endpoint honouring limit and offset."""
    limit = int(request.url.params.get("limit", "10"))
    offset = int(request.url.params.get("offset", "0"))
    return json_response(200, {key: items[offset : offset + limit]})
