"""No secret reaches the app's log file during a whole session, httpx/httpcore at DEBUG included.

Logging is set up as ``app.main`` does it (``logging_setup.setup_logging``, which installs
``log_redaction``; ``install_redaction`` again is a no-op) and writes the real rotating file in
the log dir that the per-test ``ALLEGRO_ISSUES_HOME`` points to. Two differences, both making
the test stricter or keeping it hermetic: the file takes DEBUG and the httpx/httpcore loggers
are opened up to DEBUG (the app holds them at WARNING), and Qt's message handler and
``sys.excepthook`` are left alone (process-wide hooks that carry no tokens). Then a seller signs
in with the device flow against the emulator, the access token is refreshed after a 401, the
issue list is read, a chat is read and a message posted. The file must mention all of that
and none of the secrets (access and refresh tokens before and after the refresh, the device
code, the client secret and the Basic credential made from it).
"""

from __future__ import annotations

import asyncio
import base64
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from allegro_issues_desktop import logging_setup
from allegro_issues_desktop.allegro.client import AllegroClient
from allegro_issues_desktop.auth.session import AuthSession
from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.domain import can_write
from allegro_issues_desktop.log_redaction import MASK, install_redaction, uninstall_redaction
from allegro_issues_desktop.settings import app_paths, demo_environment

CHATTY = ("httpx", "httpcore")


@pytest.fixture
def app_log() -> Iterator[Path]:
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in ("", *CHATTY)}
    hook = sys.excepthook
    path = logging_setup.setup_logging(logging.DEBUG, qt_messages=False, excepthook=False)
    install_redaction()
    for name in CHATTY:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield path
    finally:
        logging_setup.shutdown_logging()
        uninstall_redaction()
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
        root.setLevel(levels[""])
        sys.excepthook = hook


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(issues=12, seed=3, auto_approve_device=True) as emulator:
        emulator.oauth.interval = 0
        yield emulator


def test_a_full_session_leaves_no_secret_in_the_log_file(app_log: Path, emu: Emulator) -> None:
    assert app_log.parent == app_paths().log_dir
    secrets: dict[str, str] = {}

    async def session_run() -> None:
        session = AuthSession(environments=[demo_environment(emu.base_url)])
        oauth = session.oauth_client("demo")
        creds = oauth.credentials
        secrets["client secret"] = creds.client_secret
        pair = f"{creds.client_id}:{creds.client_secret}".encode()
        secrets["Basic credential"] = base64.b64encode(pair).decode("ascii")

        auth = await oauth.start_device_flow()
        secrets["device code"] = auth.device_code
        tokens = await oauth.poll_device_flow(auth)
        secrets["access token"] = tokens.access_token
        secrets["refresh token"] = tokens.refresh_token
        account = session.complete_sign_in("demo", tokens, label="Log test shop")
        provider = session.token_provider(account)
        assert provider is not None

        client = AllegroClient(emu.base_url, provider)
        try:
            emu.expire_token(tokens.access_token)  # the next call gets 401, refreshes, retries
            issues = await client.list_issues(limit=10)
            refreshed = provider.tokens
            assert refreshed.access_token != tokens.access_token
            secrets["refreshed access token"] = refreshed.access_token
            secrets["refreshed refresh token"] = refreshed.refresh_token

            issue_id = next(issue.id for issue in issues if can_write(issue) and issue.id)
            assert issue_id is not None
            assert await client.get_chat(issue_id)
            await client.post_message(issue_id, "Dzień dobry, sprawdzamy zgłoszenie.")
        finally:
            await client.aclose()
            await session.aclose()

    asyncio.run(session_run())
    for handler in logging.getLogger().handlers:
        handler.flush()

    text = "\n".join(
        path.read_text("utf-8") for path in sorted(app_log.parent.glob(app_log.name + "*"))
    )
    assert text.strip(), "the log file is empty"
    # The log did record the session (so a leak would have had a chance to show).
    for needle in (
        "POST " + emu.base_url + "/auth/oauth/device",
        "POST " + emu.base_url + "/auth/oauth/token",
        "GET " + emu.base_url + "/sale/issues?",
        "/chat",
        "/message",
        '"HTTP/1.1 401',
        "access token refreshed",
        "send_request_headers",  # httpcore at DEBUG
        "receive_response_headers",
    ):
        assert needle in text, f"{needle!r} not in the log"
    assert MASK in text  # something was caught on the way
    for name, secret in secrets.items():
        assert secret, name
        assert secret not in text, f"the {name} is in the log"
        if len(secret) >= 24:  # nor a recognisable piece of it (e.g. a JWT's signature)
            assert secret[-16:] not in text, f"part of the {name} is in the log"
