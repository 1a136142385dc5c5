"""The acceptance path of the sync engine, in one window's life: run against the emulator,
quit, stop the emulator, start again with the same data folder: the list, the last issue and
its chat are there with the offline banner; a reply typed now waits in the outbox and is sent
once the emulator is back (on the same port), exactly once."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.allegro.client import AllegroClient
from allegro_issues_desktop.allegro.tokens import StaticTokenProvider
from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.domain import can_write, is_open
from allegro_issues_desktop.domain.outgoing import OutboxState
from allegro_issues_desktop.ui.detail.chat_model import PendingState
from allegro_issues_desktop.ui.issue_list import StatusFilter
from allegro_issues_desktop.ui.main_window import MainWindow, _short_when
from allegro_issues_desktop.ui.timefmt import local_datetime
from tests.helpers import open_main_window, run

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
TIMEOUT = 15_000


def open_window(qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> MainWindow:
    window: MainWindow = open_main_window(qtbot, qloop)
    return window


def test_offline_start_shows_the_saved_desk_and_sends_the_queued_reply_later(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    account = "direct:offline-test"
    with Emulator(issues=40, seed=5, token="t") as emu:
        port = int(emu.base_url.rsplit(":", 1)[1])
        client = AllegroClient(emu.base_url, StaticTokenProvider("t"))
        window = open_window(qtbot, qloop)
        window.attach_client(client, poll_ms=3_600_000, account=account)
        combo = window.filter_bar.status_combo
        combo.setCurrentIndex(combo.findData(StatusFilter.ALL))
        with qtbot.waitSignal(window.issues_loaded, timeout=TIMEOUT):
            window.refresh_action.trigger()
        issue_id = next(
            i
            for i in window.visible_issue_ids()
            if (issue := window.issue(i)) is not None and is_open(issue) and can_write(issue)
        )
        with qtbot.waitSignal(window.chat_shown, timeout=TIMEOUT):
            window.list_panel.select_issue(issue_id)
        saved_chat = [r.key for r in window.detail.chat.model.rows()]
        total = window.list_panel.model.rowCount()
        assert window.engine is not None
        synced = window.engine.connection.last_sync
        assert synced is not None
        run(qloop, qtbot, window.shutdown())  # what quitting does: the store is written
        window.close()
        run(qloop, qtbot, client.aclose())

    # The emulator is gone: nothing answers on that port.
    client = AllegroClient(f"http://127.0.0.1:{port}", StaticTokenProvider("t"))
    window = open_window(qtbot, qloop)
    window.attach_client(client, poll_ms=3_600_000, account=account)
    # Before Allegro is tried, the saved list says when it last came from Allegro.
    updated = "Updated " + local_datetime(synced)
    on_cached: list[str] = []
    window.cached_loaded.connect(lambda _rows: on_cached.append(window.last_refresh_label.text()))
    with qtbot.waitSignal(window.load_failed, timeout=TIMEOUT):
        window.refresh_action.trigger()
    assert on_cached == [updated]
    assert window.list_panel.model.rowCount() == total
    assert not window.offline_banner.isHidden()
    # How stale the list is, not "offline since" the launch.
    assert window.offline_banner.label.text() == (
        f"Offline, last update from Allegro {_short_when(synced)}. Showing what was saved;"
        " replies wait in the outbox."
    )
    assert window.last_refresh_label.text() == updated
    qtbot.waitUntil(lambda: window.detail.current_issue_id() == issue_id, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: [r.key for r in window.detail.chat.model.rows()] == saved_chat, timeout=TIMEOUT
    )

    editor = window.detail.findChild(QPlainTextEdit, "chatComposer")
    assert editor is not None and editor.isEnabled()
    editor.setPlainText("Odpowiem, gdy wróci sieć.")
    send = window.detail.findChild(QPushButton, "sendButton")
    assert send is not None
    send.click()
    engine = window.engine
    assert engine is not None
    qtbot.waitUntil(
        lambda: [m.state for m in engine.outbox.entries(issue_id)] == [OutboxState.QUEUED],
        timeout=TIMEOUT,
    )

    def bubble_state() -> PendingState | None:
        pending = window.detail.chat.model.rows()[-1].pending
        return pending.state if pending is not None else None

    qtbot.waitUntil(lambda: bubble_state() is PendingState.QUEUED, timeout=TIMEOUT)
    assert editor.toPlainText() == ""  # the text lives in the outbox now

    with Emulator(issues=40, seed=5, token="t", port=port) as back:
        with qtbot.waitSignal(window.issues_loaded, timeout=TIMEOUT):
            window.poll_timer.setInterval(1)  # the retry, through its real slot
        window.poll_timer.stop()
        qtbot.waitUntil(lambda: engine.outbox.entries(issue_id) == [], timeout=TIMEOUT)
        texts = [m.get("text") for m in back.chat_json(issue_id)]
        assert texts.count("Odpowiem, gdy wróci sieć.") == 1
        assert window.offline_banner.isHidden()
    run(qloop, qtbot, client.aclose())


def loaded_window(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, client: AllegroClient, account: str, pick: int
) -> tuple[MainWindow, str]:
    """A window that loaded ``account`` and shows its ``pick``-th visible issue."""
    window = open_window(qtbot, qloop)
    window.attach_client(client, poll_ms=3_600_000, account=account)
    with qtbot.waitSignal(window.issues_loaded, timeout=TIMEOUT):
        window.refresh_action.trigger()
    issue_id = window.visible_issue_ids()[pick]
    with qtbot.waitSignal(window.chat_shown, timeout=TIMEOUT):
        window.list_panel.select_issue(issue_id)
    return window, issue_id


def test_the_saved_desk_is_shown_before_the_account_is_connected(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    account = "demo:preview"
    with Emulator(issues=30, seed=3, token="t") as emu:
        client = AllegroClient(emu.base_url, StaticTokenProvider("t"))
        window, issue_id = loaded_window(qtbot, qloop, client, account, pick=2)
        total = window.list_panel.model.rowCount()
        run(qloop, qtbot, window.shutdown())
        window.close()

        window = open_window(qtbot, qloop)
        emu.requests.clear()
        run(qloop, qtbot, window.preview_cached(account))
        assert window.list_panel.model.rowCount() == total
        assert list(emu.requests) == []  # no request: the store alone
        qtbot.waitUntil(lambda: window.detail.current_issue_id() == issue_id, timeout=TIMEOUT)
        assert window.showing_account(account)

        window.attach_client(client, poll_ms=3_600_000, account=account)
        assert window.list_panel.model.rowCount() == total  # kept while connecting
        with qtbot.waitSignal(window.chat_shown, timeout=TIMEOUT) as shown:
            window.refresh_action.trigger()
        assert shown.args == [issue_id]  # the restored issue is shown afresh
        run(qloop, qtbot, client.aclose())


def test_a_restart_keeps_the_queue_even_if_it_hides_the_issue_open_at_quit(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    account = "demo:queue"
    with Emulator(issues=30, seed=3, token="t") as emu:
        client = AllegroClient(emu.base_url, StaticTokenProvider("t"))
        window, open_id = loaded_window(qtbot, qloop, client, account, pick=0)
        combo = window.filter_bar.status_combo
        combo.setCurrentIndex(combo.findData(StatusFilter.CLOSED))  # the open one is hidden
        assert open_id not in window.visible_issue_ids()
        closed = window.visible_issue_ids()
        run(qloop, qtbot, window.shutdown())
        window.close()
        run(qloop, qtbot, client.aclose())

    window = open_window(qtbot, qloop)
    run(qloop, qtbot, window.preview_cached(account))
    combo = window.filter_bar.status_combo
    assert combo.currentData() is StatusFilter.CLOSED  # not cleared to show the old issue
    assert window.visible_issue_ids() == closed
    assert window.list_panel.current_issue_id() != open_id
