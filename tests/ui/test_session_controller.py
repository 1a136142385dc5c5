"""Accounts and sign-in wired into the main window, end to end against the emulator."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from allegro_issues_desktop.auth.session import AuthSession
from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.settings import Environment, EnvironmentKind, app_paths
from allegro_issues_desktop.ui.auth.device_flow_dialog import DeviceFlowDialog
from allegro_issues_desktop.ui.auth.settings_dialog import SettingsDialog
from allegro_issues_desktop.ui.main_window import MainWindow
from allegro_issues_desktop.ui.session_controller import DemoSettings, SessionController
from tests.helpers import run

DEMO = DemoSettings(issues=40, seed=5, live=False)


class Harness:
    def __init__(
        self, qloop: Any, qtbot: Any, session: AuthSession, demo: DemoSettings = DEMO
    ) -> None:
        self.loop = qloop
        self.qtbot = qtbot
        self.window = MainWindow(app_paths().ensure())
        self.session = session
        self.controller = SessionController(self.window, session, demo)
        self._closed = False
        # pytest-qt closes and deletes the window before fixtures end: shut down first.
        qtbot.addWidget(self.window, before_close_func=lambda _window: self.close())
        self.window.show()

    def run(self, coro: Any) -> Any:
        return run(self.loop, self.qtbot, coro)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.run(self.window.shutdown())
        self.run(self.controller.aclose())


@pytest.fixture
def harness(qloop: Any, qtbot: Any) -> Iterator[Harness]:
    h = Harness(qloop, qtbot, AuthSession())
    yield h
    h.close()


def _start_and_load(h: Harness, **kwargs: Any) -> None:
    with h.qtbot.waitSignal(h.window.issues_loaded, timeout=15_000):
        h.run(h.controller.start(**kwargs))


def test_without_an_account_the_first_run_page_is_shown(harness: Harness) -> None:
    harness.run(harness.controller.start())
    assert harness.window.start_page_shown()
    assert harness.controller.client is None
    assert harness.controller.switcher.text() == "No account"
    assert not harness.controller.first_run.back_button.isVisibleTo(harness.controller.first_run)


def test_try_the_demo_signs_in_silently_and_loads_the_emulator(harness: Harness) -> None:
    harness.run(harness.controller.start())
    with harness.qtbot.waitSignal(harness.window.issues_loaded, timeout=15_000) as loaded:
        harness.qtbot.mouseClick(
            harness.controller.first_run.demo_button, Qt.MouseButton.LeftButton
        )
    assert loaded.args == [40]
    assert not harness.window.start_page_shown()
    account = harness.session.accounts.current()
    assert account is not None and account.environment == "demo"
    assert harness.controller.switcher.text().startswith("Demo")
    assert harness.controller.emulator is not None
    # The client talks to this run's emulator with the demo account's own token.
    assert harness.controller.client is not None
    assert harness.controller.client.api_url.startswith(harness.controller.emulator.base_url)
    # One sign-in on the first run, not one to create the account and another to open it.
    device = [r for r in harness.controller.emulator.requests if r.path == "/auth/oauth/device"]
    assert len(device) == 1


def test_the_demo_account_is_remembered_and_reopened_with_a_fresh_emulator(
    qloop: Any, qtbot: Any
) -> None:
    first = Harness(qloop, qtbot, AuthSession())
    _start_and_load(first, demo=True)
    first_url = first.controller.emulator.base_url if first.controller.emulator else ""
    first.close()

    second = Harness(qloop, qtbot, AuthSession())
    try:
        _start_and_load(second)  # no --demo: the remembered account
        assert second.controller.emulator is not None
        assert second.controller.emulator.base_url != first_url
        assert len(second.session.accounts.accounts()) == 1  # no duplicate demo account
        assert _storage_notices(second.window) == []  # nothing real is stored
        assert not second.session.secrets.probed
    finally:
        second.close()


def _storage_notices(window: MainWindow) -> list[QMessageBox]:
    return [
        box
        for box in window.findChildren(QMessageBox)
        if box.windowTitle() == "Where sign-in data is kept" and box.isVisible()
    ]


def test_a_demo_start_never_loads_the_keyring_nor_tells_where_tokens_are_kept(
    harness: Harness,
) -> None:
    # The test keyring is keyring's "fail" backend: had anything asked, the notice would show.
    _start_and_load(harness, demo=True)
    assert harness.session.accounts.current() is not None
    assert not harness.session.secrets.probed
    assert _storage_notices(harness.window) == []


def test_without_a_keyring_a_real_start_says_once_where_sign_ins_are_kept(
    qloop: Any, qtbot: Any
) -> None:
    first = Harness(qloop, qtbot, AuthSession())
    try:
        first.session.accounts.add("Sklep", "production", "seller-1")  # signed out: no tokens
        first.run(first.controller.start())
        assert [box.informativeText() for box in _storage_notices(first.window)] == [
            str(first.session.secrets.fallback_path)
        ]
    finally:
        first.close()
    second = Harness(qloop, qtbot, AuthSession())
    try:
        second.run(second.controller.start())
        assert _storage_notices(second.window) == []  # once per installation
    finally:
        second.close()


@pytest.fixture
def production(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Emulator, Environment]]:
    """A "production" that is an emulator (device flow approved at once): what matters is which
    host gets which token."""
    monkeypatch.setenv("ALLEGRO_CLIENT_ID", "demo-client")
    monkeypatch.setenv("ALLEGRO_CLIENT_SECRET", "demo-secret")
    with Emulator(issues=25, seed=11, auto_approve_device=True) as emulator:
        emulator.oauth.interval = 0
        yield (
            emulator,
            Environment(EnvironmentKind.PRODUCTION, emulator.base_url, emulator.base_url),
        )


def test_the_first_real_sign_in_of_a_demo_run_tells_where_sign_ins_are_kept(
    qloop: Any, qtbot: Any, production: tuple[Emulator, Environment]
) -> None:
    h = Harness(qloop, qtbot, AuthSession(environments=[production[1]]))
    try:
        _start_and_load(h, demo=True)
        assert _storage_notices(h.window) == []
        h.controller.switcher.add_account_requested.emit()
        qtbot.waitUntil(h.window.start_page_shown)
        with qtbot.waitSignal(h.controller.activated, timeout=15_000):
            qtbot.mouseClick(h.controller.first_run.production_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(_storage_notices(h.window)) == 1)
    finally:
        h.close()


def test_signing_out_shows_the_first_run_page_and_keeps_the_account(harness: Harness) -> None:
    _start_and_load(harness, demo=True)
    account = harness.session.accounts.current()
    assert account is not None
    harness.controller.switcher.sign_out_requested.emit(account.id)
    harness.qtbot.waitUntil(harness.window.start_page_shown)
    assert harness.session.accounts.load_tokens(account) is None
    assert harness.session.accounts.get(account.id) is not None
    assert "(signed out)" in " ".join(a.text() for a in harness.controller.switcher.menu_actions())
    harness.qtbot.waitUntil(lambda: harness.controller.client is None)
    assert harness.window.list_panel.model.rowCount() == 0  # nothing of the account stays


def test_a_refused_refresh_shows_sign_in_again_and_keeps_the_data(harness: Harness) -> None:
    _start_and_load(harness, demo=True)
    emulator = harness.controller.emulator
    assert emulator is not None
    rows = harness.window.list_panel.model.rowCount()
    # Far in the future for the emulator: the access and the refresh token have both expired.
    emulator.oauth.clock = lambda: time.monotonic() + 400 * 24 * 3600
    harness.window.refresh_action.trigger()
    harness.qtbot.waitUntil(lambda: harness.controller.sign_in_banner.isVisible(), timeout=15_000)
    assert harness.window.list_panel.model.rowCount() == rows  # the cached list stays
    assert not harness.window.poll_timer.isActive()
    assert "(signed out)" in harness.controller.switcher.text()


def test_production_sign_in_runs_the_device_flow_and_opens_the_account(
    qloop: Any, qtbot: Any, production: tuple[Emulator, Environment]
) -> None:
    emulator, environment = production
    h = Harness(qloop, qtbot, AuthSession(environments=[environment]))
    try:
        h.run(h.controller.start())
        with qtbot.waitSignal(h.window.issues_loaded, timeout=15_000) as loaded:
            qtbot.mouseClick(h.controller.first_run.production_button, Qt.MouseButton.LeftButton)
        assert loaded.args == [25]
        account = h.session.accounts.current()
        assert account is not None and account.environment == "production"
        assert account.login == "demo-seller"
        # Every API request carried the token stored for this account, none went elsewhere.
        tokens = h.session.accounts.load_tokens(account)
        assert tokens is not None
        api_calls = [r for r in emulator.requests if r.path.startswith("/sale/issues")]
        assert api_calls
        assert {r.headers.get("authorization") for r in api_calls} == {
            f"Bearer {tokens.access_token}"
        }
    finally:
        h.close()


def test_sign_in_without_an_application_id_opens_settings(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("ALLEGRO_CLIENT_ID", "ALLEGRO_CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)
    harness.run(harness.controller.start())
    assert "Settings" in harness.controller.first_run.production_button.description()
    harness.qtbot.mouseClick(
        harness.controller.first_run.production_button, Qt.MouseButton.LeftButton
    )
    harness.qtbot.waitUntil(
        lambda: any(
            isinstance(w, SettingsDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    assert not any(
        isinstance(w, DeviceFlowDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
