"""Sign-in widgets offscreen: device-flow dialog, first-run page, switcher, banner, settings."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from allegro_issues_desktop.auth.accounts import Account
from allegro_issues_desktop.auth.credentials import CredentialsStore, FlowKind
from allegro_issues_desktop.auth.oauth import (
    DeviceAuthorization,
    FlowError,
    FlowFailure,
    PollStatus,
    TokenSet,
)
from allegro_issues_desktop.auth.secret_store import SecretStore
from allegro_issues_desktop.ui.auth.account_switcher import AccountSwitcher
from allegro_issues_desktop.ui.auth.browser_sign_in_dialog import BrowserSignInDialog
from allegro_issues_desktop.ui.auth.device_flow_dialog import DeviceFlowDialog
from allegro_issues_desktop.ui.auth.first_run import FirstRunPage
from allegro_issues_desktop.ui.auth.settings_dialog import LanguageApi, SettingsDialog
from allegro_issues_desktop.ui.auth.sign_in_banner import SignInBanner
from tests.api.oauth_support import Browser, make_client, make_emulator
from tests.helpers import run

NOW = 1_000_000.0
# Showing a top-level dialog offscreen makes Qt warn that the platform cannot propagate hints.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class FakeDeviceSource:
    """Hands out codes; each poll waits for the test to say how it ends."""

    def __init__(self) -> None:
        self.codes = iter(["abc-def-ghi", "jkl-mno-pqr", "stu-vwx-yz2"])
        self.outcome: asyncio.Future[TokenSet] | None = None
        self.statuses: list[PollStatus] = [PollStatus.PENDING]
        self.polls_cancelled = 0

    async def start_device_flow(self, scope: str | None = None) -> DeviceAuthorization:
        code = next(self.codes)
        return DeviceAuthorization(
            "device-" + code,
            code,
            "https://allegro.pl/skojarz-aplikacje",
            f"https://allegro.pl/skojarz-aplikacje?code={code}",
            600,
            5,
            NOW + 600,
        )

    async def poll_device_flow(
        self,
        auth: DeviceAuthorization,
        on_status: Callable[[PollStatus], None] | None = None,
    ) -> TokenSet:
        for status in self.statuses:
            if on_status:
                on_status(status)
        self.outcome = asyncio.get_running_loop().create_future()
        try:
            return await self.outcome
        except asyncio.CancelledError:
            self.polls_cancelled += 1
            raise


@pytest.fixture
def clock() -> list[float]:
    return [NOW]


@pytest.fixture
def opened() -> list[str]:
    return []


@pytest.fixture
def dialog(qtbot, qloop, clock, opened):
    source = FakeDeviceSource()
    dlg = DeviceFlowDialog(
        source, "Allegro", clock=lambda: clock[0], open_url=lambda url: opened.append(url)
    )
    qtbot.addWidget(dlg)
    dlg.source = source  # type: ignore[attr-defined]  # for the tests
    return dlg


def _wait_for_code(qtbot: Any, dlg: Any) -> None:
    qtbot.waitUntil(lambda: dlg.source.outcome is not None, timeout=3000)


def test_device_dialog_shows_code_counts_down_and_opens_allegro(
    qtbot, dialog, clock, opened
) -> None:
    dialog.show()
    dialog.start()
    _wait_for_code(qtbot, dialog)
    assert dialog.code_label.text() == "abc-def-ghi"
    assert "10:00" in dialog.countdown_label.text()
    assert "approve" in dialog.status_label.text()
    assert dialog.restart_button.isHidden()
    clock[0] += 75
    dialog._update_countdown()  # what the 1 s timer does
    assert "8:45" in dialog.countdown_label.text()

    dialog.open_button.click()
    assert opened == ["https://allegro.pl/skojarz-aplikacje?code=abc-def-ghi"]
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "abc-def-ghi"
    assert "allegro.pl/skojarz-aplikacje" in dialog.where_label.text()


def test_denial_shows_a_sentence_and_start_again_gets_a_new_code(qtbot, dialog) -> None:
    dialog.show()
    dialog.start()
    _wait_for_code(qtbot, dialog)
    dialog.source.outcome.set_exception(FlowError(FlowFailure.DENIED))
    qtbot.waitUntil(lambda: dialog.restart_button.isVisible(), timeout=3000)
    assert "refused" in dialog.status_label.text()
    assert not dialog.open_button.isEnabled() and not dialog.copy_button.isEnabled()
    assert dialog.countdown_label.text() == ""

    dialog.source.outcome = None
    dialog.restart_button.click()
    _wait_for_code(qtbot, dialog)
    assert dialog.code_label.text() == "jkl-mno-pqr"
    assert dialog.restart_button.isHidden()


@pytest.mark.parametrize(
    ("failure", "words"),
    [(FlowFailure.EXPIRED, "expired"), (FlowFailure.INVALID_CODE, "no longer recognises")],
)
def test_expiry_and_invalid_code_have_their_own_sentence(qtbot, dialog, failure, words) -> None:
    dialog.show()
    dialog.start()
    _wait_for_code(qtbot, dialog)
    dialog.source.outcome.set_exception(FlowError(failure))
    qtbot.waitUntil(lambda: dialog.restart_button.isVisible(), timeout=3000)
    assert words in dialog.status_label.text()


def test_success_emits_tokens_and_closes(qtbot, qloop, dialog) -> None:
    dialog.show()
    dialog.start()
    _wait_for_code(qtbot, dialog)
    tokens = TokenSet("a" * 10, "r" * 10, NOW + 3600)
    with qtbot.waitSignal(dialog.signed_in, timeout=3000) as signal:
        dialog.source.outcome.set_result(tokens)
    assert signal.args == [tokens]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.tokens == tokens


def test_cancel_stops_polling_at_once(qtbot, dialog) -> None:
    dialog.show()
    dialog.start()
    _wait_for_code(qtbot, dialog)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.source.polls_cancelled == 1, timeout=3000)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_device_dialog_against_the_emulator(qtbot, qloop) -> None:
    with make_emulator() as emu:
        emu.oauth.interval = 0
        client = make_client(emu)
        dlg = DeviceFlowDialog(client, "Demo", open_url=lambda url: None)
        qtbot.addWidget(dlg)
        dlg.show()
        task = qloop.create_task(dlg.run_flow())
        qtbot.waitUntil(lambda: bool(emu.oauth.user_codes()), timeout=5000)
        code = emu.oauth.user_codes()[0]
        qtbot.waitUntil(lambda: dlg.code_label.text() == code, timeout=5000)
        emu.oauth.approve_device(code)
        qtbot.waitUntil(task.done, timeout=5000)
        tokens = task.result()
        assert tokens is not None
        assert emu.oauth.check_access_token(tokens.access_token) == "ok"
        run(qloop, qtbot, client.aclose())


def test_browser_dialog_signs_in_against_the_emulator(qtbot, qloop) -> None:
    with make_emulator() as emu:
        client = make_client(emu)
        browser = Browser()
        dlg = BrowserSignInDialog(
            client, "Demo", open_url=browser.open, redirect_uri="http://localhost:0/cb"
        )
        qtbot.addWidget(dlg)
        dlg.show()
        with qtbot.waitSignal(dlg.signed_in, timeout=5000) as signal:
            dlg.start()
        tokens = signal.args[0]
        assert emu.oauth.check_access_token(tokens.access_token) == "ok"
        assert dlg.result() == QDialog.DialogCode.Accepted
        qtbot.waitUntil(lambda: browser.task is not None and browser.task.done(), timeout=5000)
        assert browser.page is not None and browser.page.status_code == 200
        run(qloop, qtbot, client.aclose())


def test_browser_dialog_wrong_state_offers_start_again(qtbot, qloop) -> None:
    with make_emulator() as emu:
        client = make_client(emu)
        browser = Browser(tamper=lambda url: url.replace("state=", "state=x"))
        dlg = BrowserSignInDialog(
            client, "Demo", open_url=browser.open, redirect_uri="http://localhost:0/cb"
        )
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.start()
        qtbot.waitUntil(dlg.restart_button.isVisible, timeout=5000)
        assert "safety" in dlg.status_label.text()
        qtbot.waitUntil(lambda: browser.task is not None and browser.task.done(), timeout=5000)
        run(qloop, qtbot, client.aclose())


# ------------------------------------------------------------------------------- first run
@pytest.mark.parametrize(
    ("button", "expected"),
    [("production_button", "production"), ("sandbox_button", "sandbox")],
)
def test_first_run_sign_in_choices(qtbot, button, expected) -> None:
    page = FirstRunPage()
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sign_in_requested, timeout=1000) as signal:
        getattr(page, button).click()
    assert signal.args == [expected]


def test_first_run_demo_choice(qtbot) -> None:
    page = FirstRunPage()
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.demo_requested, timeout=1000):
        page.demo_button.click()
    page.set_choice_note("production", "Needs a client ID: open Settings.")
    assert page.production_button.description() == "Needs a client ID: open Settings."


# ------------------------------------------------------------------------ account switcher
def test_account_switcher_menu_emits_intents(qtbot, monkeypatch) -> None:
    shop = Account("a1", "Main shop", "production", "123")
    test = Account("a2", "Test shop", "sandbox", "456")
    switcher = AccountSwitcher()
    qtbot.addWidget(switcher)
    switcher.set_accounts([shop, test], "a1")
    assert switcher.text() == "Main shop · Allegro"
    actions = {a.text(): a for a in switcher.menu_actions()}
    assert actions["Main shop · Allegro"].isChecked()

    with qtbot.waitSignal(switcher.account_selected, timeout=1000) as selected:
        actions["Test shop · Sandbox"].trigger()
    assert selected.args == ["a2"]
    with qtbot.waitSignal(switcher.add_account_requested, timeout=1000):
        actions["Add an account…"].trigger()
    with qtbot.waitSignal(switcher.sign_out_requested, timeout=1000) as out:
        actions["Sign out of “Main shop”"].trigger()
    assert out.args == ["a1"]
    monkeypatch.setattr(switcher, "ask_label", lambda current: "  Shop PL  ")
    with qtbot.waitSignal(switcher.rename_requested, timeout=1000) as renamed:
        actions["Rename “Main shop”…"].trigger()
    assert renamed.args == ["a1", "Shop PL"]

    switcher.set_accounts([shop, test], "a1", signed_out_ids={"a1"})
    texts = [a.text() for a in switcher.menu_actions()]
    assert "Sign in to “Main shop” again" in texts
    assert "(signed out)" in switcher.text()


# ---------------------------------------------------------------------------------- banner
def test_sign_in_banner(qtbot) -> None:
    banner = SignInBanner()
    qtbot.addWidget(banner)
    banner.show_for("Main shop")
    assert banner.isVisible() or not banner.isHidden()
    assert "Main shop" in banner.label.text() and "Sign in again" in banner.label.text()
    with qtbot.waitSignal(banner.sign_in_requested, timeout=1000):
        banner.button.click()


# -------------------------------------------------------------------------------- settings
def test_settings_store_override_and_language(qtbot) -> None:
    chosen: list[str | None] = []
    languages = LanguageApi(
        lambda: [("pl", "Polski"), ("en", "English")], lambda: "pl", chosen.append
    )
    store = SecretStore()
    creds = CredentialsStore(store)
    dialog = SettingsDialog(creds, uses_secret_fallback=True, language_api=languages)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "pl"
    tab = dialog.tabs["sandbox"]
    tab.own_radio.setChecked(True)
    tab.client_id.setText("my-sandbox-app")
    assert dialog.save() is not None  # no secret yet: refused, nothing stored
    assert creds.override("sandbox") is None
    tab.client_secret.setText("my-sandbox-secret")
    tab.flow.setCurrentIndex(tab.flow.findData(FlowKind.BROWSER.value))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000):
        assert dialog.save() is None
    override = creds.override("sandbox")
    assert override is not None
    assert (override.client_id, override.client_secret) == ("my-sandbox-app", "my-sandbox-secret")
    assert override.flow is FlowKind.BROWSER
    assert chosen == ["en"]

    again = SettingsDialog(creds, language_api=languages)  # the secret is never shown back
    qtbot.addWidget(again)
    assert again.tabs["sandbox"].client_secret.text() == ""
    assert again.tabs["sandbox"].client_id.text() == "my-sandbox-app"
    assert again.save() is None  # empty secret field keeps the stored secret
    kept = creds.override("sandbox")
    assert kept is not None and kept.client_secret == "my-sandbox-secret"
