"""Refresh against the emulator: rotation, single flight under ten parallel 401s, giving up."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest

from allegro_issues_desktop.allegro.client import AllegroClient
from allegro_issues_desktop.allegro.errors import AuthenticationError, NetworkError
from allegro_issues_desktop.auth.credentials import AppCredentials
from allegro_issues_desktop.auth.oauth import OAuthClient, OAuthError, TokenSet
from allegro_issues_desktop.auth.token_provider import RefreshingTokenProvider
from allegro_issues_desktop.demo.server import Emulator
from tests.api.oauth_support import CLIENT_ID, CLIENT_SECRET, make_client, make_emulator


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with make_emulator() as emulator:
        yield emulator


def _tokens(emu: Emulator, expires_at: float = 4e9) -> TokenSet:
    access, refresh = emu.issue_token()
    return TokenSet(access, refresh, expires_at)


def test_refresh_rotates_old_access_dies_old_refresh_has_60s_grace(emu: Emulator) -> None:
    now = [500.0]
    emu.oauth.clock = lambda: now[0]
    first = _tokens(emu)

    async def go() -> tuple[TokenSet, TokenSet, OAuthError]:
        client = make_client(emu)
        try:
            second = await client.refresh(first.refresh_token)
            now[0] += 59  # the old refresh token still works...
            third = await client.refresh(first.refresh_token)
            now[0] += 2  # ...until 60 s after its rotation
            with pytest.raises(OAuthError) as late:
                await client.refresh(first.refresh_token)
            return second, third, late.value
        finally:
            await client.aclose()

    second, third, late = asyncio.run(go())
    assert second.refresh_token != first.refresh_token
    assert second.access_token != first.access_token
    assert emu.oauth.check_access_token(first.access_token) == "expired"
    assert emu.oauth.check_access_token(third.access_token) == "ok"
    assert late.error == "invalid_grant" and late.permanent
    assert emu.oauth.refresh_grants == 2


def test_refresh_needs_basic_auth(emu: Emulator) -> None:
    tokens = _tokens(emu)
    response = httpx.post(
        f"{emu.base_url}/auth/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": tokens.refresh_token},
    )
    assert response.status_code == 401
    assert emu.oauth.refresh_grants == 0


def test_ten_parallel_401s_trigger_exactly_one_refresh(emu: Emulator) -> None:
    tokens = _tokens(emu)
    emu.expire_token(tokens.access_token)  # every request will get 401 invalid_token
    persisted: list[TokenSet] = []

    async def go() -> list[int]:
        oauth = make_client(emu)
        provider = RefreshingTokenProvider(
            tokens, refresher=oauth.refresh, persist=persisted.append
        )
        client = AllegroClient(emu.base_url, provider, max_concurrency=10)
        try:
            pages = await asyncio.gather(*(client.list_issues(limit=1) for _ in range(10)))
            return [len(page) for page in pages]
        finally:
            await client.aclose()
            await oauth.aclose()

    assert asyncio.run(go()) == [1] * 10
    assert emu.oauth.refresh_grants == 1
    assert len(persisted) == 1
    assert emu.oauth.check_access_token(persisted[0].access_token) == "ok"


def test_rotated_pair_is_persisted_before_it_is_used(emu: Emulator) -> None:
    tokens = _tokens(emu)
    seen_at_persist: list[tuple[str, str]] = []

    async def go() -> str:
        oauth = make_client(emu)

        def persist(new: TokenSet) -> None:
            # At this moment nobody has the new token yet: the provider still hands out the old.
            seen_at_persist.append((new.access_token, provider.tokens.access_token))

        provider = RefreshingTokenProvider(tokens, refresher=oauth.refresh, persist=persist)
        try:
            return await provider.refresh_after_rejection(tokens.access_token)
        finally:
            await oauth.aclose()

    new_access = asyncio.run(go())
    assert seen_at_persist == [(new_access, tokens.access_token)]


def test_refresh_ahead_of_expiry(emu: Emulator) -> None:
    now = 1000.0
    tokens = _tokens(emu, expires_at=now + 120)  # inside the 300 s margin

    async def go() -> str:
        oauth = make_client(emu)
        provider = RefreshingTokenProvider(
            tokens, refresher=oauth.refresh, persist=lambda _t: None, clock=lambda: now
        )
        try:
            return await provider.access_token()
        finally:
            await oauth.aclose()

    assert asyncio.run(go()) != tokens.access_token
    assert emu.oauth.refresh_grants == 1


def test_refresh_failing_for_good_signs_out_once(emu: Emulator) -> None:
    tokens = TokenSet("dead-access", "unknown-refresh-token", 0.0)
    signed_out: list[bool] = []

    async def go() -> tuple[AuthenticationError, AuthenticationError]:
        oauth = make_client(emu)
        provider = RefreshingTokenProvider(
            tokens,
            refresher=oauth.refresh,
            persist=lambda _t: None,
            on_signed_out=lambda: signed_out.append(True),
        )
        try:
            with pytest.raises(AuthenticationError) as first:
                await provider.access_token()
            with pytest.raises(AuthenticationError) as later:
                await provider.refresh_after_rejection("dead-access")
            return first.value, later.value
        finally:
            await oauth.aclose()

    first, later = asyncio.run(go())
    assert first.status == 401 and later.status == 401
    assert signed_out == [True]


def test_unreachable_oauth_is_a_network_error_not_a_sign_out() -> None:
    tokens = TokenSet("a", "r", 0.0)
    signed_out: list[bool] = []

    async def go() -> RefreshingTokenProvider:
        # Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
        oauth = OAuthClient("http://127.0.0.1:9", AppCredentials(CLIENT_ID, CLIENT_SECRET))
        provider = RefreshingTokenProvider(
            tokens,
            refresher=oauth.refresh,
            persist=lambda _t: None,
            on_signed_out=lambda: signed_out.append(True),
        )
        try:
            with pytest.raises(NetworkError):
                await provider.access_token()
            return provider
        finally:
            await oauth.aclose()

    provider = asyncio.run(go())
    assert not provider.signed_out and signed_out == []
