"""One TLS context per process, built off the event loop's thread, handed to every client."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

from allegro_issues_desktop.allegro import AllegroClient, StaticTokenProvider, tls
from allegro_issues_desktop.allegro.images import ImageFetcher


def test_the_context_is_built_once_on_a_worker_thread_and_shared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tls, "_context", None)
    built_on: list[int] = []
    original = httpx.create_ssl_context

    def spy(*args: object, **kwargs: object) -> object:
        built_on.append(threading.get_ident())
        return original()

    monkeypatch.setattr(httpx, "create_ssl_context", spy)

    async def go() -> tuple[int, object, object, object]:
        loop_thread = threading.get_ident()
        api = AllegroClient("https://api.allegro.pl.allegrosandbox.pl", StaticTokenProvider("t"))
        images = ImageFetcher()
        assert built_on == []  # creating clients builds nothing
        first = await api._http_client()
        second = await images._http_client()
        contexts = (first._transport._pool._ssl_context, second._transport._pool._ssl_context)  # type: ignore[attr-defined]
        await api.aclose()
        await images.aclose()
        return loop_thread, contexts[0], contexts[1], await tls.ssl_context()

    loop_thread, one, two, shared = asyncio.run(go())
    assert len(built_on) == 1 and built_on[0] != loop_thread
    assert one is two is shared
