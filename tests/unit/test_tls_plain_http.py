"""Clients of plain ``http://`` servers (the demo's emulator) load no CA bundle; TLS through
them fails instead of going unverified; ``https://`` clients keep the verifying context."""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

import httpx
import pytest

from allegro_issues_desktop.allegro import AllegroClient, StaticTokenProvider, tls
from allegro_issues_desktop.auth.credentials import AppCredentials
from allegro_issues_desktop.auth.oauth import OAuthClient


@pytest.fixture
def no_ca_bundle(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Fails the test if anything loads the CA bundle; ``built`` lists what did."""
    monkeypatch.setattr(tls, "_context", None)
    built: list[object] = []

    def spy(*args: object, **kwargs: object) -> object:
        built.append(args)
        raise AssertionError("a CA bundle was loaded")

    monkeypatch.setattr(httpx, "create_ssl_context", spy)
    return built


def _context_of(client: httpx.AsyncClient) -> ssl.SSLContext:
    context: ssl.SSLContext = client._transport._pool._ssl_context  # type: ignore[attr-defined]
    return context


def _contexts(api_url: str, oauth_url: str) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """The TLS contexts an API client and an OAuth client of these URLs make."""

    async def go() -> tuple[ssl.SSLContext, ssl.SSLContext]:
        api = AllegroClient(api_url, StaticTokenProvider("t"))
        oauth = OAuthClient(oauth_url, AppCredentials("id", "secret"))
        try:
            return _context_of(await api._http_client()), _context_of(await oauth._http_client())
        finally:
            await api.aclose()
            await oauth.aclose()

    return asyncio.run(go())


def test_http_clients_build_no_verifying_context(no_ca_bundle: list[object]) -> None:
    api_context, oauth_context = _contexts("http://127.0.0.1:8765", "HTTP://127.0.0.1:8765")
    assert no_ca_bundle == []
    assert api_context is oauth_context is tls.plain_http_context()


def test_the_plain_context_trusts_nothing() -> None:
    context = tls.plain_http_context()
    assert context.verify_mode is ssl.CERT_REQUIRED
    assert context.check_hostname
    assert context.get_ca_certs() == []


def test_https_clients_still_get_the_shared_verifying_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tls, "_context", None)
    built: list[Any] = []
    original = httpx.create_ssl_context

    def spy(*args: object, **kwargs: object) -> ssl.SSLContext:
        built.append(args)
        return original()

    monkeypatch.setattr(httpx, "create_ssl_context", spy)

    api_context, oauth_context = _contexts(
        "https://api.allegro.pl.allegrosandbox.pl", "https://allegro.pl"
    )
    assert len(built) == 1
    assert api_context is oauth_context is tls._context
    assert api_context is not tls.plain_http_context()


def test_a_prewarm_without_the_context_loads_only_the_http_stack(
    monkeypatch: pytest.MonkeyPatch, no_ca_bundle: list[object]
) -> None:
    tls.warm(context=False)
    assert no_ca_bundle == []
    assert tls._context is None


def test_an_http_offer_picture_is_fetched_without_the_ca_bundle(
    no_ca_bundle: list[object],
) -> None:
    """The demo's offer pictures are http:// (its emulator): the order card's thumbnail must
    not wait for the CA bundle (the context service picks ``plain_http`` for such URLs)."""
    from allegro_issues_desktop.allegro.images import ImageFetcher
    from allegro_issues_desktop.demo.server import Emulator

    with Emulator(issues=3, seed=7, token="t") as server:
        picture = f"{server.base_url}/images/15918483426.png"  # the emulator draws any offer

        async def go() -> tuple[bytes, str]:
            async with ImageFetcher(plain_http=True) as fetcher:
                return await fetcher.fetch(picture)

        data, kind = asyncio.run(go())
    assert kind.startswith("image/") and data
    assert no_ca_bundle == []
