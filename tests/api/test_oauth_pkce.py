"""Authorization code + PKCE against the emulator, with the real one-shot localhost listener.

The "browser" is an httpx client that follows the authorize redirect to the listener.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import httpx
import pytest

from allegro_issues_desktop.auth.browser_flow import (
    ListenerError,
    LoopbackReceiver,
    sign_in_with_browser,
)
from allegro_issues_desktop.auth.oauth import (
    FlowError,
    FlowFailure,
    OAuthClient,
    OAuthError,
    TokenSet,
    new_pkce_pair,
)
from allegro_issues_desktop.demo.server import Emulator
from tests.api.oauth_support import CLIENT_ID, Browser, make_client, make_emulator

REDIRECT = "http://localhost:0/callback"  # port 0: the listener picks a free one


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with make_emulator() as emulator:
        yield emulator


def _replace_query(url: str, **changes: str) -> str:
    parts = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    query.update(changes)
    return urlunsplit(parts._replace(query=urlencode(query)))


async def _sign_in(emu: Emulator, browser: Browser) -> TokenSet:
    client = make_client(emu)
    try:
        return await sign_in_with_browser(client, browser.open, redirect_uri=REDIRECT)
    finally:
        if browser.task is not None:
            await browser.task
        await client.aclose()


def test_pkce_sign_in_exchanges_the_code_and_closes_the_listener(emu: Emulator) -> None:
    browser = Browser()
    tokens = asyncio.run(_sign_in(emu, browser))
    assert emu.oauth.check_access_token(tokens.access_token) == "ok"
    assert browser.page is not None and browser.page.status_code == 200
    assert "close this tab" in browser.page.text
    token_calls = [r for r in emu.requests if r.path == "/auth/oauth/token"]
    assert len(token_calls) == 1
    assert "authorization" not in {k.lower() for k in token_calls[0].headers}  # no Basic auth
    port = browser.page.url.port
    with pytest.raises(httpx.ConnectError):  # one-shot: nobody listens any more
        httpx.get(f"http://127.0.0.1:{port}/callback?code=x&state=y")


def test_wrong_state_is_refused_without_exchanging(emu: Emulator) -> None:
    browser = Browser(tamper=lambda url: _replace_query(url, state="forged"))

    with pytest.raises(FlowError) as caught:
        asyncio.run(_sign_in(emu, browser))
    assert caught.value.reason is FlowFailure.STATE_MISMATCH
    assert browser.page is not None and browser.page.status_code == 400
    assert not [r for r in emu.requests if r.path == "/auth/oauth/token"]


def test_denied_consent_reports_denial(emu: Emulator) -> None:
    emu.oauth.auto_approve_authorize = False
    browser = Browser(consent="deny")
    with pytest.raises(FlowError) as caught:
        asyncio.run(_sign_in(emu, browser))
    assert caught.value.reason is FlowFailure.DENIED


def test_consent_page_approval_signs_in(emu: Emulator) -> None:
    emu.oauth.auto_approve_authorize = False
    tokens = asyncio.run(_sign_in(emu, Browser(consent="approve")))
    assert emu.oauth.check_access_token(tokens.access_token) == "ok"


def _authorize(emu: Emulator, challenge: str, redirect: str) -> httpx.Response:
    params = {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": redirect,
        "code_challenge_method": "S256",
        "code_challenge": challenge,
        "state": "s1",
    }
    return httpx.get(f"{emu.base_url}/auth/oauth/authorize", params=params)


def test_wrong_verifier_is_refused_and_the_code_is_spent(emu: Emulator) -> None:
    verifier, challenge = new_pkce_pair()
    redirect = "http://localhost:8765/callback"
    location = _authorize(emu, challenge, redirect).headers["location"]
    code = parse_qs(urlsplit(location).query)["code"][0]
    other_verifier, _ = new_pkce_pair()

    async def go() -> tuple[OAuthError, OAuthError]:
        client: OAuthClient = make_client(emu)
        try:
            with pytest.raises(OAuthError) as wrong:
                await client.exchange_code(code, redirect, other_verifier)
            with pytest.raises(OAuthError) as spent:  # single use, even after a failure
                await client.exchange_code(code, redirect, verifier)
            return wrong.value, spent.value
        finally:
            await client.aclose()

    wrong, spent = asyncio.run(go())
    assert wrong.error == "invalid_grant" and wrong.permanent
    assert spent.error == "invalid_grant"


def test_code_lives_ten_seconds(emu: Emulator) -> None:
    now = [100.0]
    emu.oauth.clock = lambda: now[0]
    verifier, challenge = new_pkce_pair()
    redirect = "http://localhost:8765/callback"
    location = _authorize(emu, challenge, redirect).headers["location"]
    code = parse_qs(urlsplit(location).query)["code"][0]
    now[0] += 10.5

    async def go() -> OAuthError:
        client = make_client(emu)
        try:
            with pytest.raises(OAuthError) as caught:
                await client.exchange_code(code, redirect, verifier)
            return caught.value
        finally:
            await client.aclose()

    assert asyncio.run(go()).error == "invalid_grant"


def test_127_0_0_1_redirects_are_refused_like_allegro(emu: Emulator) -> None:
    _, challenge = new_pkce_pair()
    response = _authorize(emu, challenge, "http://127.0.0.1:8765/callback")
    assert response.status_code == 400
    with pytest.raises(ListenerError):
        LoopbackReceiver("http://127.0.0.1:8765/callback")


def test_listener_ignores_other_paths_until_the_redirect(emu: Emulator) -> None:
    async def go() -> tuple[int, dict[str, str]]:
        receiver = LoopbackReceiver(REDIRECT)
        uri = await receiver.start()
        async with httpx.AsyncClient() as http:
            favicon = await http.get(uri.replace("/callback", "/favicon.ico"))
            waiting = asyncio.ensure_future(receiver.wait())
            landed = asyncio.ensure_future(http.get(uri + "?code=c&state=s"))
            params = await waiting
            await receiver.respond(True)
            await landed
        await receiver.aclose()
        return favicon.status_code, params

    status, params = asyncio.run(go())
    assert status == 404
    assert params == {"code": "c", "state": "s"}
