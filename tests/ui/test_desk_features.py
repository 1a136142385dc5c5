"""What the store gives the window: search inside saved conversations, unread rows, and
opening an issue the filters hide."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.allegro.client import AllegroClient
from allegro_issues_desktop.allegro.errors import NetworkError
from allegro_issues_desktop.allegro.tokens import StaticTokenProvider
from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.domain import can_write, is_open
from allegro_issues_desktop.settings import app_paths
from allegro_issues_desktop.ui.issue_list.model import UnreadRole
from allegro_issues_desktop.ui.main_window import MainWindow
from tests.helpers import open_main_window, run

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
TIMEOUT = 15_000


@pytest.fixture
def desk(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, emulator: Emulator
) -> Iterator[MainWindow]:
    window: MainWindow = open_main_window(qtbot, qloop)
    client = AllegroClient(emulator.base_url, StaticTokenProvider(emulator.token))
    window.attach_client(client, poll_ms=3_600_000, account="demo:features")
    with qtbot.waitSignal(window.issues_loaded, timeout=TIMEOUT):
        window.refresh_action.trigger()
    yield window
    run(qloop, qtbot, client.aclose())


def writable(window: MainWindow) -> list[str]:
    return [
        i
        for i in window.visible_issue_ids()
        if (issue := window.issue(i)) is not None and is_open(issue) and can_write(issue)
    ]


def test_search_finds_a_word_that_only_a_saved_message_contains(
    desk: MainWindow, emulator: Emulator, qtbot: QtBot
) -> None:
    issue_id = writable(desk)[3]
    emulator.add_buyer_message(issue_id, "Zamówiłem ŻÓŁTY parasol, przyszedł zielony")
    with qtbot.waitSignal(desk.chat_shown, timeout=TIMEOUT):
        desk.list_panel.select_issue(issue_id)
    desk.list_panel.view.clearSelection()
    desk.filter_bar.search.setText("zolty parasol")
    qtbot.waitUntil(lambda: desk.visible_issue_ids() == [issue_id], timeout=TIMEOUT)
    desk.filter_bar.search.setText("zolty fioletowy")  # every word must match
    qtbot.waitUntil(lambda: desk.visible_issue_ids() == [], timeout=TIMEOUT)


def test_a_new_buyer_message_makes_the_row_bold_until_opened(
    desk: MainWindow, emulator: Emulator, qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    issue_id = writable(desk)[0]
    model = desk.list_panel.model

    def unread() -> bool:
        row = model.row_of(issue_id)
        return row is not None and bool(model.index(row, 0).data(UnreadRole))

    assert not unread()  # the first sync is the baseline: nothing old is "new"
    emulator.add_buyer_message(issue_id, "Halo, jest ktoś?")
    run(qloop, qtbot, desk.refresh_open_issues())
    assert unread() and model.unread_count() == 1
    with qtbot.waitSignal(desk.chat_shown, timeout=TIMEOUT):
        desk.list_panel.select_issue(issue_id)
    assert not unread() and model.unread_count() == 0


def test_select_anyway_clears_filters_that_hide_the_issue(desk: MainWindow, qtbot: QtBot) -> None:
    engine = desk.engine
    assert engine is not None
    closed = next(i for i, issue in engine.issues.items() if not is_open(issue))
    assert closed not in desk.visible_issue_ids()  # the default view hides closed issues
    with qtbot.waitSignal(desk.chat_shown, timeout=TIMEOUT):
        assert desk.select_anyway(closed)
    assert desk.list_panel.current_issue_id() == closed
    assert "Filters cleared" in desk.statusBar().currentMessage()
    desk._show_loaded(len(engine.issues))  # a load ending meanwhile (another account's)
    assert "Filters cleared" in desk.statusBar().currentMessage()
    # ... but a failure the seller must see ends the notice
    desk._show_load_failed(engine.account, NetworkError("offline", timed_out=False))
    assert desk.statusBar().currentMessage() == ""
    assert desk.status_label.isVisible() and desk.status_label.text()


def test_an_attachment_that_is_not_a_picture_or_pdf_is_only_offered_to_save(
    desk: MainWindow,
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from allegro_issues_desktop.services import attachments

    script = tmp_path / "faktura.pdf.desktop"
    script.write_text("[Desktop Entry]\nExec=sh -c 'echo pwned'\n", encoding="utf-8")
    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))

    async def fetched(*_args: object) -> attachments.FetchedAttachment:
        return attachments.FetchedAttachment(script, "faktura.pdf.desktop", False)

    monkeypatch.setattr(attachments, "fetch_attachment", fetched)
    run(qloop, qtbot, desk.open_attachment("http://127.0.0.1/att/1", "faktura.pdf.desktop"))
    assert opened == []  # never handed to the OS
    dialog = desk.findChild(QFileDialog, "saveAttachmentDialog")
    assert dialog is not None and dialog.isVisible()
    assert "not a picture or a PDF" in desk.banner.label.text()
    target = tmp_path / "kopia.desktop"
    dialog.fileSelected.emit(str(target))
    # The copy runs in a thread: the file exists before its bytes are in it; "Saved" comes after.
    qtbot.waitUntil(lambda: desk.status_label.text() == f"Saved {target}", timeout=TIMEOUT)
    assert target.read_bytes() == script.read_bytes()
    dialog.reject()
    # The buyer's name is pre-filled only as one plain name: pressing Save keeps to the folder.
    for hostile in ("../../.bashrc", ".config/autostart/x.desktop", "..\\..\\x.bat"):
        offered = desk.offer_save_as(script, hostile)
        assert isinstance(offered, QFileDialog)
        folder = Path(offered.directory().absolutePath()).resolve()
        chosen = Path(offered.selectedFiles()[0])
        assert chosen.resolve().parent == folder and not chosen.name.startswith("."), chosen
        offered.reject()


def test_a_damaged_draft_is_put_aside_and_the_issue_still_opens(
    desk: MainWindow, qtbot: QtBot
) -> None:
    from allegro_issues_desktop.store.drafts import DraftStore

    issue_id = writable(desk)[1]
    path = DraftStore(app_paths().data_dir / "drafts").path_for(issue_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"[" * 100_000 + b"\xff\xfe")
    with qtbot.waitSignal(desk.chat_shown, timeout=TIMEOUT):
        desk.list_panel.select_issue(issue_id)
    assert desk.detail.current_issue_id() == issue_id
    assert "could not be read and was put aside" in desk.store_banner.label.text()
    assert not path.exists()
    kept = list(path.parent.glob(path.name + ".damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"[[[")


def test_poll_interval_follows_the_command_line_then_settings(
    desk: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from allegro_issues_desktop.preferences import POLL_INTERVAL_KEY, update_preferences

    update_preferences(**{POLL_INTERVAL_KEY: 45})
    desk.reload_preferences()
    assert 0.9 * 45_000 <= desk.poll_timer.interval() <= 1.1 * 45_000
    desk.poll_interval_override = 30
    desk.reload_preferences()
    assert desk.poll_timer.interval() == 30_000


def test_do_not_disturb_and_switches_filter_notifications(desk: MainWindow) -> None:
    from allegro_issues_desktop.preferences import (
        DO_NOT_DISTURB_KEY,
        NOTIFICATIONS_KEY,
        update_preferences,
    )
    from allegro_issues_desktop.services.notifications import NoteKind, Notification

    notes = [Notification(NoteKind.NEW_MESSAGE, "a", "x"), Notification(NoteKind.OVERDUE, "b", "y")]
    update_preferences(**{NOTIFICATIONS_KEY: {"overdue": False}})
    desk.reload_preferences()
    assert [n.issue_id for n in desk._notes_allowed(notes)] == ["a"]
    update_preferences(**{DO_NOT_DISTURB_KEY: True})
    desk.reload_preferences()
    assert desk._notes_allowed(notes) == []


def test_a_queued_message_put_back_leaves_the_outbox_at_once(
    desk: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QPushButton

    from allegro_issues_desktop.domain.outgoing import OutboxState

    issue_id = writable(desk)[2]
    with qtbot.waitSignal(desk.chat_shown, timeout=TIMEOUT):
        desk.list_panel.select_issue(issue_id)
    engine = desk.engine
    assert engine is not None
    client = engine.client
    engine.attach(None)  # offline: the message waits in the outbox
    try:
        chat = desk.detail.chat
        chat.composer.editor.setPlainText("Paczka wyjdzie jutro.")
        send = desk.detail.findChild(QPushButton, "sendButton")
        assert isinstance(send, QPushButton)
        send.click()
        qtbot.waitUntil(
            lambda: [m.state for m in engine.outbox.entries(issue_id)] == [OutboxState.QUEUED],
            timeout=TIMEOUT,
        )
        local_id = engine.outbox.entries(issue_id)[0].local_id
        chat.put_back(local_id)
        # Asked and let go in the same step: nothing left that could still be posted.
        assert engine.outbox.entries(issue_id) == []
        assert chat.composer.text() == "Paczka wyjdzie jutro."
    finally:
        engine.attach(client)


def test_a_draft_that_cannot_be_written_is_said_once_and_kept(
    desk: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from allegro_issues_desktop.store.drafts import DraftKeeper, DraftStore

    first, second = writable(desk)[4:6]
    with qtbot.waitSignal(desk.chat_shown, timeout=TIMEOUT):
        desk.list_panel.select_issue(first)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    def failing(keeper: DraftKeeper) -> bool:
        return keeper.write_failing

    with monkeypatch.context() as patch:
        patch.setattr(DraftStore, "save", disk_full)
        desk.detail.chat.composer.editor.setPlainText("Odpowiem jutro, po rozmowie z kurierem.")
        desk.detail.flush_drafts()
        keeper = desk.detail.draft_keeper
        assert keeper.write_failing
        with qtbot.waitSignal(desk.chat_shown, timeout=TIMEOUT):
            desk.list_panel.select_issue(second)
        assert "could not be saved" in desk.store_banner.label.text()
        assert desk.store_banner.isVisible()

    # Room on the disk again: the kept draft is written.
    keeper.flush()
    assert not failing(keeper)
    with qtbot.waitSignal(desk.chat_shown, timeout=TIMEOUT):
        desk.list_panel.select_issue(first)
    assert desk.detail.chat.composer.text() == "Odpowiem jutro, po rozmowie z kurierem."


def test_send_again_looks_in_the_chat_first_and_says_when_it_cannot(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, emulator: Emulator
) -> None:
    from PySide6.QtWidgets import QPushButton

    from allegro_issues_desktop.allegro.retry import RetryPolicy
    from allegro_issues_desktop.domain.outgoing import OutboxState
    from allegro_issues_desktop.ui.detail.chat_model import PendingState

    desk: MainWindow = open_main_window(qtbot, qloop)
    # No backoff between tries: every 503 below is answered at once (a loaded machine
    # otherwise spends the test's time waiting out retries).
    client = AllegroClient(
        emulator.base_url, StaticTokenProvider(emulator.token), retry=RetryPolicy(attempts=1)
    )
    desk.attach_client(client, poll_ms=3_600_000, account="demo:send-again")
    with qtbot.waitSignal(desk.issues_loaded, timeout=TIMEOUT):
        desk.refresh_action.trigger()
    issue_id = writable(desk)[3]
    with qtbot.waitSignal(desk.chat_shown, timeout=TIMEOUT):
        desk.list_panel.select_issue(issue_id)
    engine = desk.engine
    assert engine is not None
    text = "Czy ta wiadomość dotarła?"
    emulator.faults.rate_503 = 1.0  # the POST's outcome is unknown, and so is the check
    desk.detail.chat.composer.editor.setPlainText(text)
    send = desk.detail.findChild(QPushButton, "sendButton")
    assert isinstance(send, QPushButton)
    send.click()

    def bubble() -> PendingState | None:
        pending = desk.detail.chat.model.rows()[-1].pending
        return pending.state if pending is not None else None

    # What the seller sees (the outbox tells the window once the state is on disk, and its
    # send is over by then: "Send again" is offered from that moment).
    qtbot.waitUntil(lambda: bubble() is PendingState.UNCONFIRMED, timeout=TIMEOUT)
    local_id = engine.outbox.entries(issue_id)[0].local_id
    desk.detail.chat.view.send_again_requested.emit(local_id)  # the bubble's link
    qtbot.waitUntil(lambda: desk.status_label.text().startswith("Not sent again:"), timeout=TIMEOUT)
    assert [m.state for m in engine.outbox.entries(issue_id)] == [OutboxState.UNCONFIRMED]
    emulator.faults.reset()
    desk.detail.chat.view.send_again_requested.emit(local_id)
    qtbot.waitUntil(lambda: engine.outbox.entries(issue_id) == [], timeout=TIMEOUT)
    assert [m.get("text") for m in emulator.chat_json(issue_id)].count(text) == 1
    run(qloop, qtbot, client.aclose())
