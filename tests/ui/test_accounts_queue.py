"""Several accounts in one queue: two demo shops (two sellers of one emulator, each with its own
token and issues) attached to one window, end to end."""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.allegro.client import AllegroClient
from allegro_issues_desktop.allegro.errors import RateLimitedError
from allegro_issues_desktop.allegro.ratelimit import shared_budget
from allegro_issues_desktop.allegro.retry import RetryPolicy
from allegro_issues_desktop.allegro.tokens import StaticTokenProvider
from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.domain import can_write, is_open
from allegro_issues_desktop.domain.outgoing import OutboxState
from allegro_issues_desktop.ui.issue_list import Queue
from allegro_issues_desktop.ui.issue_list.rows import RowFacts
from allegro_issues_desktop.ui.main_window import MainWindow
from tests.helpers import open_main_window, run

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
TIMEOUT = 15_000
A, B = "demo:shop-a", "demo:shop-b"


class Desk:
    """A window with shop A (seller 1) and shop B (seller 2) of one emulator attached."""

    def __init__(self, window: MainWindow, emulator: Emulator, tokens: dict[str, str]) -> None:
        self.window = window
        self.emulator = emulator
        self.tokens = tokens
        self.clients: dict[str, AllegroClient] = {}

    def ids(self, account: str) -> set[str]:
        engine = self.window.attached_accounts().get(account)
        assert engine is not None
        return set(engine.engine.issues)

    def requests_with(self, account: str) -> list[Any]:
        auth = f"Bearer {self.tokens[account]}"
        return [r for r in self.emulator.requests if r.headers.get("authorization") == auth]


@pytest.fixture
def two_shops() -> Iterator[Emulator]:
    with Emulator(issues=30, seed=5, shops=2) as emu:
        yield emu


def _attach(
    qtbot: QtBot, loop: asyncio.AbstractEventLoop, emulator: Emulator, accounts: int = 2
) -> Desk:
    window: MainWindow = open_main_window(qtbot, loop)
    tokens = {A: emulator.issue_token(0)[0], B: emulator.issue_token(1)[0]}
    desk = Desk(window, emulator, tokens)
    # One Client ID for both sellers: one request budget (unique per test: it is global).
    budget = shared_budget(f"{emulator.base_url} test-{uuid.uuid4()}")
    for key, label in ((A, "Shop A"), (B, "Shop B"))[:accounts]:
        client = AllegroClient(
            emulator.base_url,
            StaticTokenProvider(tokens[key]),
            budget=budget,
            retry=RetryPolicy(attempts=1),
            timeout=1.5,
        )
        desk.clients[key] = client
        window.attach_client(client, poll_ms=3_600_000, account=key, label=label)
    with qtbot.waitSignal(window.issues_loaded, timeout=TIMEOUT):
        window.refresh_action.trigger()
    return desk


@pytest.fixture
def desk(qtbot: QtBot, qloop: asyncio.AbstractEventLoop, two_shops: Emulator) -> Iterator[Desk]:
    desk = _attach(qtbot, qloop, two_shops)
    yield desk
    for client in desk.clients.values():
        run(qloop, qtbot, client.aclose())


def _row_account(window: MainWindow, issue_id: str) -> str:
    panel = window.list_panel
    row = panel.model.row_of(issue_id)
    assert row is not None
    texts = panel.delegate.row_texts(panel.model.index(row, 0))
    assert texts is not None
    return texts.account


def _writable(desk: Desk, account: str) -> str:
    for issue_id in desk.window.visible_issue_ids():
        issue = desk.window.issue(issue_id)
        if issue_id in desk.ids(account) and issue and is_open(issue) and can_write(issue):
            return issue_id
    raise AssertionError(f"no writable issue of {account} shown")


def test_both_accounts_are_listed_each_row_with_its_account_name(desk: Desk) -> None:
    window = desk.window
    a, b = desk.ids(A), desk.ids(B)
    assert a and b and not a & b  # two sellers, their own issues
    assert a == set(desk.emulator.shop_store(0).issue_ids())
    assert b == set(desk.emulator.shop_store(1).issue_ids())
    assert window.list_panel.model.rowCount() == len(a) + len(b)
    assert window.filter_bar.account_combo.isVisibleTo(window.filter_bar)
    assert _row_account(window, next(iter(a))) == "Shop A"
    assert _row_account(window, next(iter(b))) == "Shop B"
    # Every list request went out with its own seller's token.
    assert desk.requests_with(A) and desk.requests_with(B)


def test_choosing_one_account_narrows_the_list_and_its_counts(desk: Desk, qtbot: QtBot) -> None:
    window = desk.window
    combo = window.filter_bar.account_combo
    combo.setCurrentIndex(combo.findData(B))
    assert window.shown_account() == B
    qtbot.waitUntil(lambda: set(window.visible_issue_ids()) <= desk.ids(B), timeout=TIMEOUT)
    assert window.visible_issue_ids()
    window.list_panel.recount()
    assert window.list_panel.counts()[Queue.EVERYTHING] == len(desk.ids(B))
    combo.setCurrentIndex(combo.findData(None))
    assert window.shown_account() is None
    window.list_panel.recount()
    assert window.list_panel.counts()[Queue.EVERYTHING] == len(desk.ids(A) | desk.ids(B))


def test_a_reply_in_an_issue_of_account_b_goes_through_b(desk: Desk, qtbot: QtBot) -> None:
    window = desk.window
    window.show_account(B)
    issue_id = _writable(desk, B)
    with qtbot.waitSignal(window.chat_shown, timeout=TIMEOUT):
        window.list_panel.select_issue(issue_id)
    assert window.engine is not None and window.engine.account == B
    outbox_b: list[Any] = []
    window.engine.outbox.subscribe(lambda message, _server: outbox_b.append(message))
    composer = window.detail.chat.composer
    composer.editor.setPlainText("Odpowiedź ze sklepu B")
    with qtbot.waitSignal(window.message_sent, timeout=TIMEOUT):
        composer.send_button.click()
    posts = [r for r in desk.emulator.requests if r.method == "POST" and issue_id in r.path]
    assert posts and {r.headers.get("authorization") for r in posts} == {f"Bearer {desk.tokens[B]}"}
    assert any(m.state is OutboxState.SENT and m.account == B for m in outbox_b)
    texts = [m.get("text") for m in desk.emulator.shop_store(1).chat(issue_id)]
    assert "Odpowiedź ze sklepu B" in texts


def test_signing_out_of_a_removes_only_its_rows(
    desk: Desk, qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    window = desk.window
    run(qloop, qtbot, window.detach_account(A))
    assert window.list_panel.model.accounts() == {B}
    assert window.list_panel.model.rowCount() == len(desk.ids(B))
    assert window.poll_timer.isActive()  # B goes on
    assert not window.filter_bar.account_combo.isVisibleTo(window.filter_bar)
    assert _row_account(window, next(iter(desk.ids(B)))) == ""  # one account: no names


def test_with_one_account_no_chooser_and_no_names(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, two_shops: Emulator
) -> None:
    desk = _attach(qtbot, qloop, two_shops, accounts=1)
    try:
        window = desk.window
        assert not window.filter_bar.account_combo.isVisibleTo(window.filter_bar)
        assert _row_account(window, next(iter(desk.ids(A)))) == ""
    finally:
        run(qloop, qtbot, desk.clients[A].aclose())


def test_a_429_for_the_shared_client_id_pauses_both_accounts(
    desk: Desk, qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    window = desk.window
    desk.emulator.faults.rate_429 = 1.0
    desk.emulator.faults.retry_after = 30
    run(qloop, qtbot, window.refresh_open_issues([A]))
    assert window.poll_timer.interval() >= 30_000  # the schedule waits out the block
    desk.emulator.faults.rate_429 = 0.0  # Allegro would answer B now: the app must not ask
    before = len(desk.requests_with(B))
    engine_b = window.attached_accounts().get(B)
    assert engine_b is not None
    with pytest.raises(RateLimitedError):
        run(qloop, qtbot, engine_b.engine.poll())
    assert len(desk.requests_with(B)) == before


def test_the_choice_of_account_is_remembered(
    desk: Desk, qtbot: QtBot, qloop: asyncio.AbstractEventLoop, two_shops: Emulator
) -> None:
    desk.window.show_account(B)
    desk.window.save_geometry()
    again = _attach(qtbot, qloop, two_shops)
    try:
        assert again.window.shown_account() == B
    finally:
        for client in again.clients.values():
            run(qloop, qtbot, client.aclose())


# -- the session: --demo-accounts 2, Add account › Try the demo, signing out of one --------------


def _session(qloop: asyncio.AbstractEventLoop, qtbot: QtBot, accounts: int) -> Any:
    from allegro_issues_desktop.auth.session import AuthSession
    from allegro_issues_desktop.ui.session_controller import DemoSettings
    from tests.ui.test_session_controller import Harness

    harness = Harness(qloop, qtbot, AuthSession())
    harness.controller.demo = DemoSettings(issues=24, seed=5, live=False, accounts=accounts)
    return harness


def test_two_demo_shops_open_together_and_signing_out_keeps_the_other(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot
) -> None:
    h = _session(qloop, qtbot, accounts=2)
    try:
        with qtbot.waitSignal(h.window.issues_loaded, timeout=TIMEOUT):
            h.run(h.controller.start(demo=True))
        accounts = h.session.accounts.accounts()
        assert sorted(a.login or "" for a in accounts) == ["demo-seller", "demo-seller-2"]
        window = h.window
        attached = window.attached_accounts()
        assert len(attached) == 2
        # The first shop's rows come first; the second's join when its sign-in is done.
        qtbot.waitUntil(
            lambda: window.list_panel.model.accounts() == set(attached.account_keys()),
            timeout=TIMEOUT,
        )
        assert "24" not in window.windowTitle() and "(2)" in window.windowTitle()
        assert sorted(attached.labels().values()) == ["Demo", "Demo shop 2"]
        first, second = attached.account_keys()
        second_rows = {i for i in attached.get(second).engine.issues}
        shop_two = next(a for a in accounts if a.login == "demo-seller-2")
        # The toolbar's switcher says what the list shows, and narrows or widens it.
        switcher = h.controller.switcher
        assert switcher.text() == "All accounts (2)"
        switcher.account_selected.emit(shop_two.id)
        qtbot.waitUntil(lambda: window.shown_account() == second, timeout=TIMEOUT)
        assert switcher.text().startswith("Demo shop 2")
        assert set(window.visible_issue_ids()) <= second_rows
        everything = switcher.menu_actions()[0]
        assert everything.text() == "All accounts (2)" and not everything.isChecked()
        everything.trigger()
        qtbot.waitUntil(lambda: window.shown_account() is None, timeout=TIMEOUT)
        assert switcher.text() == "All accounts (2)" and switcher.menu_actions()[0].isChecked()
        h.controller.switcher.sign_out_requested.emit(shop_two.id)
        qtbot.waitUntil(lambda: len(window.attached_accounts()) == 1, timeout=TIMEOUT)
        assert window.list_panel.model.accounts() == {first}
        assert not second_rows & set(window.visible_issue_ids())
        assert not window.start_page_shown()
        assert h.controller.client is not None
    finally:
        h.close()


def test_add_account_try_the_demo_opens_the_second_demo_shop(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot
) -> None:
    h = _session(qloop, qtbot, accounts=1)
    try:
        with qtbot.waitSignal(h.window.issues_loaded, timeout=TIMEOUT):
            h.run(h.controller.start(demo=True))
        assert not h.window.filter_bar.account_combo.isVisibleTo(h.window.filter_bar)
        h.controller.switcher.add_account_requested.emit()
        assert h.window.start_page_shown()
        with qtbot.waitSignal(h.window.issues_loaded, timeout=TIMEOUT):
            h.controller.first_run.demo_requested.emit()
        qtbot.waitUntil(lambda: len(h.window.attached_accounts()) == 2, timeout=TIMEOUT)
        assert h.window.filter_bar.account_combo.isVisibleTo(h.window.filter_bar)
        assert len(h.window.list_panel.model.accounts()) == 2
    finally:
        h.close()


def test_the_offline_banner_names_the_account_that_is_offline(desk: Desk) -> None:
    from allegro_issues_desktop.allegro.errors import NetworkError

    window = desk.window
    attached_b = window.attached_accounts().get(B)
    assert attached_b is not None
    attached_b.engine.note_failure(NetworkError("connection reset", timed_out=False))
    assert not window.offline_banner.isHidden()
    text = window.offline_banner.label.text()
    assert text.startswith("Shop B: offline, last update from Allegro "), text
    attached_a = window.attached_accounts().get(A)
    assert attached_a is not None
    attached_a.engine.note_failure(NetworkError("connection reset", timed_out=False))
    text = window.offline_banner.label.text()
    assert text.startswith("Offline, last update from Allegro "), text  # all of them


def test_notifications_name_the_account_when_there_are_several(desk: Desk) -> None:
    from allegro_issues_desktop.services.notifications import NoteKind, Notification
    from allegro_issues_desktop.ui.tray import TrayIcon

    assert desk.window._note_account_key(B) == "Shop B"
    tray = TrayIcon()
    try:
        tray.notify_all(
            [Notification(NoteKind.NEW_MESSAGE, "i-1", "ewa · 1/2026", "ewa")], "Shop B"
        )
        assert tray.last_message is not None
        assert tray.last_message[1].startswith("Shop B: ewa · 1/2026")
        tray.notify_all([Notification(NoteKind.NEW_MESSAGE, "i-1", "ewa · 1/2026", "ewa")])
        assert tray.last_message[1] == "ewa · 1/2026"
    finally:
        tray.hide()
        tray.deleteLater()


def test_the_first_shop_loads_before_the_second_shop_signs_in(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot
) -> None:
    """At start the remembered account's list loads as soon as it is open; the second
    account's sign-in does not hold up the first rows."""
    h = _session(qloop, qtbot, accounts=2)
    events: list[str] = []
    h.window.refresh_action.triggered.connect(lambda: events.append("load"))
    original = h.controller.add_demo_shop

    async def add_demo_shop(**kwargs: Any) -> None:
        events.append("second shop")
        await original(**kwargs)

    h.controller.add_demo_shop = add_demo_shop
    try:
        h.run(h.controller.start(demo=True))
        window = h.window
        qtbot.waitUntil(lambda: len(window.list_panel.model.accounts()) == 2, timeout=TIMEOUT)
        assert events == ["load", "second shop"]
    finally:
        h.close()


def test_an_account_attached_again_gets_its_rows_back_made_off_the_gui_thread(
    desk: Desk, qtbot: QtBot, qloop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = desk.window
    ids_a, ids_b = desk.ids(A), desk.ids(B)
    run(qloop, qtbot, window.detach_account(A))
    assert window.list_panel.model.accounts() == {B}
    made_here: list[bool] = []
    real = RowFacts.of

    def of(cls: type[RowFacts], issue: Any, account: str = "") -> RowFacts:
        made_here.append(threading.current_thread() is threading.main_thread())
        return real(issue, account)

    monkeypatch.setattr(RowFacts, "of", classmethod(of))
    client = AllegroClient(desk.emulator.base_url, StaticTokenProvider(desk.tokens[A]))
    desk.clients["again"] = client
    window.attach_client(client, poll_ms=3_600_000, account=A, label="Shop A")
    with qtbot.waitSignal(window.issues_loaded, timeout=TIMEOUT):
        window.refresh_action.trigger()
    model = window.list_panel.model
    assert model.accounts() == {A, B}
    assert model.rowCount() == len(ids_a) + len(ids_b)
    assert {model.facts_at(r).issue_id for r in range(model.rowCount())} == ids_a | ids_b
    assert made_here and not any(made_here)  # every row of A was made on a worker thread


def test_rows_asked_for_twice_at_once_are_made_once_and_shown(
    desk: Desk, qtbot: QtBot, qloop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = desk.window
    attached = window.attached_accounts().get(A)
    assert attached is not None
    engine = attached.engine
    window.list_panel.remove_account(A)  # as after the preview of an account attached again
    made: list[str] = []
    real = RowFacts.of

    def of(cls: type[RowFacts], issue: Any, account: str = "") -> RowFacts:
        made.append(issue.id)
        return real(issue, account)

    monkeypatch.setattr(RowFacts, "of", classmethod(of))
    loads = window._loads  # the preview and the load of one account, side by side

    async def both() -> None:
        await asyncio.gather(loads.show_account_rows(A, engine), loads.show_account_rows(A, engine))

    run(qloop, qtbot, both())
    assert sorted(made) == sorted(engine.issues)  # each row made once
    model = window.list_panel.model
    assert model.accounts() == {A, B}
    assert sum(model.facts_at(r).account == A for r in range(model.rowCount())) == len(
        engine.issues
    )


def test_a_notification_about_an_unnamed_buyer_reads_well_in_polish(qtbot: QtBot) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from allegro_issues_desktop import i18n
    from allegro_issues_desktop.services.notifications import NoteKind, Notification
    from allegro_issues_desktop.ui.tray import TrayIcon

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    locale = QLocale()
    i18n.install_translators(app, "pl")
    tray = TrayIcon()
    try:
        tray.notify_all([Notification(NoteKind.NEW_MESSAGE, "i-1", "")], "Sklep B")
        assert tray.last_message is not None
        assert tray.last_message[1] == "Sklep B: Kupujący"  # not the genitive "kupującego"
    finally:  # back to no catalogue, as the other tests expect
        tray.hide()
        tray.deleteLater()
        for translator in i18n._translators:
            app.removeTranslator(translator)
        i18n._translators.clear()
        QLocale.setDefault(locale)


def test_the_saved_update_time_is_the_stalest_accounts(desk: Desk) -> None:
    from datetime import UTC, datetime

    from allegro_issues_desktop.services.sync import Connection
    from allegro_issues_desktop.ui.timefmt import local_datetime

    window = desk.window
    attached_b = window.attached_accounts().get(B)
    assert attached_b is not None
    long_ago = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    attached_b.engine.connection = Connection(None, long_ago, None)  # as saved by a past run
    window._refreshed = False  # before Allegro's first answer in a run
    window.show_saved_update_time()
    assert window.last_refresh_label.text() == "Updated " + local_datetime(long_ago)
