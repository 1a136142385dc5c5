"""Regression tests for bugs found in review of the session controller and the entry point.

Each test reproduces one confirmed bug (it failed before the fix) and now guards the fix.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QCommandLinkButton, QLabel, QMessageBox

from allegro_issues_desktop.auth.accounts import Account
from allegro_issues_desktop.auth.oauth import TokenSet
from allegro_issues_desktop.auth.session import AuthSession
from allegro_issues_desktop.auth.token_provider import RefreshingTokenProvider
from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.settings import Environment, EnvironmentKind
from tests.helpers import run_app_driver
from tests.ui.test_session_controller import Harness

GATE_TIMEOUT_S = 10  # a safety net for a blocked worker thread, never reached when all is well


@pytest.fixture
def two_shops() -> Iterator[tuple[Emulator, Emulator]]:
    with Emulator(issues=10, seed=1) as shop_a, Emulator(issues=20, seed=2) as shop_b:
        yield shop_a, shop_b


def _session_with_two_accounts(
    shop_a: Emulator, shop_b: Emulator
) -> tuple[AuthSession, Account, Account]:
    """Shop A on "production" (emulator A), shop B on "sandbox" (emulator B), A remembered."""
    session = AuthSession(
        environments=[
            Environment(EnvironmentKind.PRODUCTION, shop_a.base_url, shop_a.base_url),
            Environment(EnvironmentKind.SANDBOX, shop_b.base_url, shop_b.base_url),
        ]
    )
    access_a, refresh_a = shop_a.oauth.issue_token_pair()
    access_b, refresh_b = shop_b.oauth.issue_token_pair()
    expires = time.time() + 3600
    a = session.complete_sign_in(
        "production", TokenSet(access_a, refresh_a, expires), label="Shop A"
    )
    b = session.complete_sign_in("sandbox", TokenSet(access_b, refresh_b, expires), label="Shop B")
    session.accounts.set_current(a.id)
    return session, a, b


def _block_provider_for(
    session: AuthSession, blocked: Account
) -> tuple[threading.Event, threading.Event]:
    """``token_provider`` for ``blocked`` waits (a locked keyring asking for its password).

    Returns (gate, entered): ``entered`` is set once the activation is stuck there.
    """
    gate = threading.Event()
    entered = threading.Event()
    real = session.token_provider

    def slow(
        account: Account, on_signed_out: Callable[[], None] | None = None
    ) -> RefreshingTokenProvider | None:
        if account.id == blocked.id:
            entered.set()
            gate.wait(GATE_TIMEOUT_S)
        return real(account, on_signed_out)

    session.token_provider = slow  # type: ignore[method-assign]
    return gate, entered


class EmulatorLog:
    """Which emulators were started and stopped; the first start waits for ``release``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: list[Emulator] = []
        self.start_returned = threading.Event()
        self.release = threading.Event()
        real_start, self._real_stop = Emulator.start, Emulator.stop

        def start(emulator: Emulator) -> Emulator:
            self.started.append(emulator)
            if len(self.started) == 1:
                self.release.wait(GATE_TIMEOUT_S)
            try:
                return real_start(emulator)
            finally:
                if len(self.started) == 1:
                    self.start_returned.set()

        monkeypatch.setattr(Emulator, "start", start)

    def still_serving(self) -> list[Emulator]:
        return [e for e in self.started if e._server is not None]

    def stop_all(self) -> None:
        for emulator in self.started:
            self._real_stop(emulator)


# -- 1. quitting ---------------------------------------------------------------------------

DRIVER = """
import sys
from PySide6.QtCore import QTimer
from allegro_issues_desktop import app
from allegro_issues_desktop.ui import session_controller as sc

real_init, real_aclose = sc.SessionController.__init__, sc.SessionController.aclose

def init(self, window, *args, **kwargs):
    real_init(self, window, *args, **kwargs)
    # The seller closes the window once the list is in (as with the title bar's X or Ctrl+Q).
    window.issues_loaded.connect(lambda _n: QTimer.singleShot(0, window.close))

async def aclose(self):
    await real_aclose(self)
    print("shutdown complete:", self.client is None and self.emulator is None, flush=True)

sc.SessionController.__init__ = init
sc.SessionController.aclose = aclose
sys.exit(app.main(["--demo", "--demo-issues", "20"]))
"""


def test_closing_the_window_shuts_down_cleanly(tmp_path: Path) -> None:
    done = run_app_driver(tmp_path, DRIVER)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0
    assert "shutdown complete: True" in done.stdout


# -- 2. activation races -------------------------------------------------------------------


def test_switching_during_start_up_shows_the_chosen_shop(
    qloop: Any, qtbot: Any, two_shops: tuple[Emulator, Emulator]
) -> None:
    shop_a, shop_b = two_shops
    session, _a, b = _session_with_two_accounts(shop_a, shop_b)
    gate, entered = _block_provider_for(session, _a)
    h = Harness(qloop, qtbot, session)
    try:
        startup = qloop.create_task(h.controller.start())  # what App._open awaits
        qtbot.waitUntil(entered.is_set)
        h.controller.switcher.account_selected.emit(b.id)  # the seller picks shop B meanwhile
        qtbot.waitUntil(lambda: h.controller.client is not None)
        gate.set()
        qtbot.waitUntil(startup.done)
        current, client = h.controller.current, h.controller.client
        assert current is not None and client is not None
        assert current.id == b.id
        assert client.api_url.startswith(shop_b.base_url)  # the shown list is shop B's
    finally:
        gate.set()
        h.close()


def test_signing_out_another_shop_does_not_abort_opening_this_one(
    qloop: Any, qtbot: Any, two_shops: tuple[Emulator, Emulator]
) -> None:
    shop_a, shop_b = two_shops
    session, a, b = _session_with_two_accounts(shop_a, shop_b)
    gate, entered = _block_provider_for(session, a)
    h = Harness(qloop, qtbot, session)
    try:
        h.controller._on_switcher_account_selected(a.id)
        qtbot.waitUntil(entered.is_set)
        h.controller.switcher.sign_out_requested.emit(b.id)
        gate.set()
        qtbot.waitUntil(lambda: a.id in h.controller.clients)
        client = h.controller.client
        assert client is not None and client.api_url.startswith(shop_a.base_url)
    finally:
        gate.set()
        h.close()


# -- 3. the demo emulator ------------------------------------------------------------------


def test_trying_the_demo_twice_quickly_leaves_one_emulator(
    qloop: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    emulators = EmulatorLog(monkeypatch)
    h = Harness(qloop, qtbot, AuthSession())
    try:
        h.run(h.controller.start())
        h.controller.first_run.demo_requested.emit()
        qtbot.waitUntil(lambda: len(emulators.started) == 1)
        with qtbot.waitSignal(h.window.issues_loaded, timeout=15_000):
            h.controller.first_run.demo_requested.emit()  # a double click on "Try the demo"
            emulators.release.set()
        qtbot.waitUntil(emulators.start_returned.is_set)
        h.close()
        assert emulators.still_serving() == []
    finally:
        emulators.release.set()
        h.close()
        emulators.stop_all()


def test_quitting_while_the_demo_starts_stops_the_emulator(
    qloop: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    emulators = EmulatorLog(monkeypatch)
    h = Harness(qloop, qtbot, AuthSession())
    try:
        h.run(h.controller.start())
        h.controller.first_run.demo_requested.emit()
        qtbot.waitUntil(lambda: len(emulators.started) == 1)
        closing = qloop.create_task(h.controller.aclose())  # App.run's finally
        emulators.release.set()
        qtbot.waitUntil(closing.done)
        qtbot.waitUntil(emulators.start_returned.is_set)
        assert emulators.still_serving() == []
    finally:
        emulators.release.set()
        h._closed = True
        h.run(h.window.shutdown())
        emulators.stop_all()


def test_a_demo_that_cannot_start_says_so_on_the_first_run_page(
    qloop: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_emulator: Emulator) -> Emulator:
        raise OSError("Address already in use")

    monkeypatch.setattr(Emulator, "start", refuse)
    h = Harness(qloop, qtbot, AuthSession())
    try:
        h.run(h.controller.start())
        with qtbot.waitSignal(h.controller.activation_failed, timeout=15_000):
            h.controller.first_run.demo_requested.emit()
        assert "Starting the demo" not in h.window.status_label.text()
        # The seller sees the sentence where they are (a banner, a note, a message box).
        assert any("Address already in use" in text for text in _visible_texts())
    finally:
        h.close()


def _visible_texts() -> list[str]:
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QCommandLinkButton):
            texts.append(widget.description())
        elif isinstance(widget, QMessageBox):
            texts.append(widget.text())
    return texts


# -- 4. what the window says --------------------------------------------------------------


def test_title_names_the_signed_out_shop_after_a_switch(
    qloop: Any, qtbot: Any, two_shops: tuple[Emulator, Emulator]
) -> None:
    shop_a, shop_b = two_shops
    session, _a, b = _session_with_two_accounts(shop_a, shop_b)
    session.sign_out(b.id)
    h = Harness(qloop, qtbot, session)
    try:
        with qtbot.waitSignal(h.window.issues_loaded, timeout=15_000):
            h.run(h.controller.start())
        h.controller.switcher.account_selected.emit(b.id)
        qtbot.waitUntil(h.controller.sign_in_banner.isVisible)
        assert "Shop A" not in h.window.windowTitle()
    finally:
        h.close()


def _token_for(login: str, refresh: str) -> TokenSet:
    claims = json.dumps({"user_name": login}).encode()
    payload = base64.urlsafe_b64encode(claims).decode().rstrip("=")
    return TokenSet(f"header.{payload}.signature", refresh, time.time() + 3600)


def test_signing_in_again_as_another_user_does_not_keep_the_old_list(
    qloop: Any, qtbot: Any, two_shops: tuple[Emulator, Emulator]
) -> None:
    shop_a, shop_b = two_shops
    session, a, _b = _session_with_two_accounts(shop_a, shop_b)
    session.accounts.set_login(a.id, "seller-1")
    h = Harness(qloop, qtbot, session)
    try:
        with qtbot.waitSignal(h.window.issues_loaded, timeout=15_000):
            h.run(h.controller.start())
        calls: list[bool] = []

        async def record(_account: Account, *, keep_data: bool = False) -> None:
            calls.append(keep_data)

        h.controller.activate = record  # type: ignore[method-assign, assignment]
        _access, refresh = shop_a.oauth.issue_token_pair()
        h.run(h.controller._finish_sign_in("production", _token_for("seller-2", refresh), a.id))
        assert calls == [False]  # another shop's token: nothing of seller-1 may stay on screen
    finally:
        h.close()
