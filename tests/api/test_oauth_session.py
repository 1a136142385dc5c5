"""A whole sign-in session against the emulator: accounts, environments, sign-out, clean logs."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from allegro_issues_desktop.allegro.client import AllegroClient
from allegro_issues_desktop.allegro.errors import AuthenticationError
from allegro_issues_desktop.auth.browser_flow import sign_in_with_browser
from allegro_issues_desktop.auth.credentials import AppCredentials
from allegro_issues_desktop.auth.oauth import TokenSet
from allegro_issues_desktop.auth.session import AuthSession
from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.log_redaction import install_redaction, uninstall_redaction
from allegro_issues_desktop.settings import SANDBOX, demo_environment
from tests.api.oauth_support import Browser


@pytest.fixture
def emu() -> Iterator[Emulator]:
    # The demo environment signs in with the emulator's default demo credentials.
    with Emulator(issues=12, seed=3, auto_approve_device=True) as emulator:
        emulator.oauth.interval = 0
        yield emulator


@pytest.fixture
def session(emu: Emulator) -> AuthSession:
    return AuthSession(environments=[SANDBOX, demo_environment(emu.base_url)])


async def _device_sign_in(session: AuthSession, label: str) -> TokenSet:
    oauth = session.oauth_client("demo")
    auth = await oauth.start_device_flow()
    return await oauth.poll_device_flow(auth)


def test_sign_in_creates_a_labelled_account_and_signing_out_removes_tokens(
    session: AuthSession,
) -> None:
    async def go() -> None:
        tokens = await _device_sign_in(session, "Shop")
        account = session.complete_sign_in("demo", tokens, label="My demo shop")
        assert session.accounts.current() == account
        assert account.login == "demo-seller"
        assert session.accounts.load_tokens(account) == tokens
        provider = session.token_provider(account)
        assert provider is not None
        assert await provider.access_token() == tokens.access_token
        session.sign_out(account.id)
        assert session.accounts.load_tokens(account) is None
        assert session.token_provider(account) is None
        with pytest.raises(AuthenticationError):
            await provider.access_token()
        assert session.accounts.get(account.id) is not None  # the account stays, signed out
        await session.aclose()

    asyncio.run(go())


def test_signing_in_again_as_the_same_seller_reuses_the_account(session: AuthSession) -> None:
    async def go() -> None:
        first = session.complete_sign_in("demo", await _device_sign_in(session, "a"), label="A")
        again = session.complete_sign_in("demo", await _device_sign_in(session, "b"), label="B")
        assert again.id == first.id and again.label == "A"
        assert len(session.accounts.accounts()) == 1
        await session.aclose()

    asyncio.run(go())


def test_a_token_never_crosses_environments(session: AuthSession) -> None:
    async def go() -> None:
        tokens = await _device_sign_in(session, "x")
        demo = session.complete_sign_in("demo", tokens)
        sandbox = session.accounts.add("Sandbox shop", "sandbox")
        assert session.accounts.load_tokens(sandbox) is None
        with pytest.raises(ValueError):
            session.complete_sign_in("sandbox", tokens, account_id=demo.id)
        assert demo.token_key != sandbox.token_key
        await session.aclose()

    asyncio.run(go())


def test_settings_override_takes_effect_for_new_flows(session: AuthSession) -> None:
    session.credentials.set_override("sandbox", AppCredentials("my-own-app", "my-own-secret"))
    client = session.oauth_client("sandbox")
    assert client.credentials.client_id == "my-own-app"
    assert client.credentials.client_secret == "my-own-secret"
    assert (
        "my-own-secret"
        not in (Path(session.secrets.fallback_path).parent / "preferences.json").read_text()
    )
    session.credentials.clear_override("sandbox")
    assert session.oauth_client("sandbox").credentials.client_id != "my-own-app"


def test_no_token_in_the_log_after_a_full_session(
    session: AuthSession, emu: Emulator, tmp_path: Path
) -> None:
    log_file = tmp_path / "app.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    install_redaction()
    secrets: list[str] = []
    try:

        async def go() -> None:
            tokens = await _device_sign_in(session, "x")
            account = session.complete_sign_in("demo", tokens, label="Logged shop")
            provider = session.token_provider(account)
            assert provider is not None
            client = AllegroClient(emu.base_url, provider)
            await client.list_issues(limit=2)
            emu.expire_token(tokens.access_token)  # 401 ("Access token expired: <token>")
            await client.list_issues(limit=2)  # ... then refresh and retry
            refreshed = provider.tokens
            # Careless logging that must still come out clean:
            log = logging.getLogger("tests.careless")
            log.debug("tokens: %s", tokens.to_json())
            log.info("headers {'Authorization': 'Bearer %s'}", refreshed.access_token)
            log.warning("refresh with refresh_token=%s", refreshed.refresh_token)
            log.error("raw %s / %s", refreshed.access_token, refreshed.refresh_token)
            try:
                raise RuntimeError(f"boom {refreshed.refresh_token}")
            except RuntimeError:
                log.exception("failure")
            browser = Browser()
            pkce = await sign_in_with_browser(
                session.oauth_client("demo"), browser.open, redirect_uri="http://localhost:0/cb"
            )
            await browser.task  # type: ignore[misc]
            logging.getLogger("tests.careless").info("pkce %r %s", pkce, pkce.access_token)
            secrets.extend(
                [
                    tokens.access_token,
                    tokens.refresh_token,
                    refreshed.access_token,
                    refreshed.refresh_token,
                    pkce.access_token,
                    pkce.refresh_token,
                    "demo-secret",
                ]
            )
            await client.aclose()
            await session.aclose()

        asyncio.run(go())
    finally:
        uninstall_redaction()
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()

    text = log_file.read_text("utf-8")
    assert "access token refreshed" in text  # the log did record the session
    assert "[REDACTED]" in text
    for secret in secrets:
        assert secret not in text
        # Nor a recognisable fragment (e.g. a JWT's signature part).
        assert secret[-24:] not in text
