"""A server and token given at start (``--api-url`` with ``--token`` or the environment): no
account, yet the toolbar's account button must not say "No account" while issues are listed.
It names the server, then the seller's login once ``/me`` answered (asked only after the first
rows), and its menu offers nothing that needs an account."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from allegro_issues_desktop.allegro.tokens import StaticTokenProvider
from allegro_issues_desktop.auth.session import AuthSession
from allegro_issues_desktop.demo.orders import PROFILE_SCOPE
from allegro_issues_desktop.demo.server import Emulator, seller_login
from allegro_issues_desktop.settings import app_paths
from allegro_issues_desktop.ui import session_controller
from allegro_issues_desktop.ui.auth.account_switcher import AccountSwitcher
from allegro_issues_desktop.ui.main_window import MainWindow
from allegro_issues_desktop.ui.session_controller import SessionController
from tests.helpers import run

ACCOUNT_ACTIONS = ("Add an account", "Rename", "Sign out", "Sign in", "All accounts")


class TokenRun:
    """The window and session controller as ``app_session`` opens them for ``--api-url``."""

    def __init__(self, qloop: Any, qtbot: Any, session: AuthSession) -> None:
        self.loop = qloop
        self.qtbot = qtbot
        self.window = MainWindow(app_paths().ensure())
        self.controller = SessionController(self.window, session)
        self._closed = False
        qtbot.addWidget(self.window, before_close_func=lambda _window: self.close())
        self.window.resize(1280, 800)
        self.window.show()
        qtbot.waitExposed(self.window)

    @property
    def switcher(self) -> AccountSwitcher:
        return self.controller.switcher

    def connect(self, emulator: Emulator) -> None:
        provider = StaticTokenProvider(emulator.token)
        with self.qtbot.waitSignal(self.window.issues_loaded, timeout=15_000):
            run(self.loop, self.qtbot, self.controller.connect_static(emulator.base_url, provider))

    def me_asked(self, emulator: Emulator) -> bool:
        """``/me`` was asked and its answer handled."""
        asked = any(r.path == "/me" for r in emulator.requests)
        pending = [t for t in asyncio.all_tasks(self.loop) if t.get_name() == "me"]
        return asked and not any(not t.done() for t in pending)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            run(self.loop, self.qtbot, self.controller.cancel_pending())
            run(self.loop, self.qtbot, self.window.shutdown())
            run(self.loop, self.qtbot, self.controller.aclose())


@pytest.fixture
def token_run(qloop: Any, qtbot: Any, emulator: Emulator) -> Iterator[TokenRun]:
    # After the emulator: the window shuts down before the emulator stops.
    h = TokenRun(qloop, qtbot, AuthSession())
    yield h
    h.close()


def _port(emulator: Emulator) -> str:
    return emulator.base_url.rsplit(":", 1)[1].split("/", 1)[0]


def _menu_texts(switcher: AccountSwitcher) -> list[str]:
    return [a.text() for a in switcher.menu_actions() if not a.isSeparator()]


def test_the_switcher_names_the_server_then_the_sellers_login(
    token_run: TokenRun, emulator: Emulator
) -> None:
    server = f"127.0.0.1:{_port(emulator)}"
    texts: list[str] = []
    requests_at_first_rows: list[str] = []

    def on_first_page_loaded(_rows: int) -> None:
        texts.append(token_run.switcher.text())
        requests_at_first_rows.extend(r.path for r in emulator.requests)

    token_run.window.first_page_loaded.connect(on_first_page_loaded)
    token_run.connect(emulator)

    # While the list loads the button names the server: never "No account".
    assert texts == [f"Token · {server}"]
    # /me waits until the first rows are on screen.
    assert "/me" not in requests_at_first_rows
    login = seller_login(0)
    token_run.qtbot.waitUntil(
        lambda: token_run.switcher.text() == f"{login} · {server}", timeout=10_000
    )
    assert token_run.switcher.isVisible()  # in the toolbar, not hidden
    assert token_run.window.windowTitle().endswith(f" — {login} ({server})")
    assert [r.path for r in emulator.requests].count("/me") == 1

    # Nothing to switch, add, rename or sign out of: the menu only says what the button means.
    actions = [a for a in token_run.switcher.menu_actions() if not a.isSeparator()]
    assert len(actions) == 1
    assert not actions[0].isEnabled()
    assert server in actions[0].text()
    assert token_run.switcher.toolTip() == actions[0].text()


def test_without_the_profile_scope_the_switcher_keeps_naming_the_server(
    token_run: TokenRun, emulator: Emulator
) -> None:
    emulator.denied_scopes.add(PROFILE_SCOPE)  # /me answers 403
    token_run.connect(emulator)
    token_run.qtbot.waitUntil(lambda: token_run.me_asked(emulator), timeout=10_000)
    server = f"127.0.0.1:{_port(emulator)}"
    assert token_run.switcher.text() == f"Token · {server}"
    assert not token_run.window.banner.isVisible()  # a quiet miss: the list works without it
    assert not any(t.startswith(ACCOUNT_ACTIONS) for t in _menu_texts(token_run.switcher))


def test_saved_accounts_are_not_offered_while_a_token_given_at_start_is_used(
    qloop: Any, qtbot: Any, emulator: Emulator
) -> None:
    session = AuthSession()
    session.accounts.add("Main shop", "production", "sklep")
    session.accounts.set_current(session.accounts.accounts()[0].id)
    h = TokenRun(qloop, qtbot, session)
    try:
        h.connect(emulator)

        def offered() -> list[str]:
            return [h.switcher.text(), *_menu_texts(h.switcher)]

        for _login_known in (False, True):
            assert h.switcher.text() != "No account"
            assert not any("Main shop" in t or t.startswith(ACCOUNT_ACTIONS) for t in offered())
            h.qtbot.waitUntil(lambda: h.me_asked(emulator), timeout=10_000)
    finally:
        h.close()


def test_the_demo_and_signed_in_modes_keep_their_account_menu(qtbot: Any) -> None:
    switcher = AccountSwitcher()
    qtbot.addWidget(switcher)
    assert switcher.text() == "No account"
    assert _menu_texts(switcher) == ["Add an account…"]


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://api.allegro.pl", "api.allegro.pl"),
        ("https://api.allegro.pl.allegrosandbox.pl/", "api.allegro.pl.allegrosandbox.pl"),
        ("https://user:secret@API.example.com:8443/base", "api.example.com:8443"),
        ("http://[::1]:8080", "[::1]:8080"),
        ("http://localhost:8080/api", "localhost:8080"),
    ],
)
def test_the_server_is_named_by_its_host_never_its_credentials(url: str, name: str) -> None:
    assert session_controller.server_name(url) == name
