"""The conversation: history states, sending with pending bubbles, composer rules, drafts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from allegro_issues_desktop.domain import ChatMessage
from allegro_issues_desktop.domain.codes import MAX_ATTACHMENT_BYTES, MAX_MESSAGE_LENGTH
from allegro_issues_desktop.domain.outgoing import FailReason, OutboxState
from allegro_issues_desktop.store.drafts import DraftStore
from allegro_issues_desktop.ui.detail import IssueDetailPanel, OutgoingMessage
from allegro_issues_desktop.ui.detail.chat_delegate import LinkKind
from allegro_issues_desktop.ui.detail.chat_model import ROW_ROLE, ChatRow, PendingState
from allegro_issues_desktop.ui.detail.chat_panel import ChatState
from allegro_issues_desktop.ui.detail.composer import ComposerState
from tests.ui.test_detail_data import HOSTILE, make_chat, make_issue, make_message, shown_panel

ISSUE_ID = "c1a1m000-0000-4000-8000-000000000001"


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts")


@pytest.fixture
def panel(qtbot, store: DraftStore) -> IssueDetailPanel:
    widget = shown_panel(qtbot, store)
    widget.show_issue(make_issue(ISSUE_ID))
    return widget


def rows(panel: IssueDetailPanel) -> list[ChatRow]:
    return list(panel.chat.model.rows())


def send(panel: IssueDetailPanel, qtbot, text: str) -> OutgoingMessage:
    panel.chat.composer.editor.setPlainText(text)
    with qtbot.waitSignal(panel.send_requested) as blocker:
        qtbot.mouseClick(panel.findChild(QPushButton, "sendButton"), Qt.MouseButton.LeftButton)
    outgoing = blocker.args[0]
    assert isinstance(outgoing, OutgoingMessage)
    return outgoing


def confirm(panel: IssueDetailPanel, outgoing: OutgoingMessage, server: ChatMessage) -> None:
    """What the window does when the outbox reports the message sent."""
    panel.show_outgoing(outgoing.with_state(OutboxState.SENT), server)


def fail(
    panel: IssueDetailPanel,
    outgoing: OutgoingMessage,
    reason: FailReason = FailReason.REJECTED,
) -> None:
    """What the window does when the outbox reports the message failed."""
    panel.show_outgoing(outgoing.with_state(OutboxState.FAILED, reason), None)


# -- history -----------------------------------------------------------------------------


def test_loading_then_history_scrolled_to_newest(panel) -> None:
    assert panel.chat.objectName() == "chatPanel"
    panel.show_chat_loading(ISSUE_ID)
    assert panel.chat.chat_state() is ChatState.LOADING
    assert panel.chat.status_label.text() == "Loading conversation…"
    panel.show_chat(ISSUE_ID, make_chat(40))
    assert panel.chat.stack.currentWidget() is panel.chat.view
    bar = panel.chat.view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()


def test_250_messages_with_long_texts(panel) -> None:
    chat = make_chat(260, long_every=50)
    assert max(len(m.text or "") for m in chat) == 19_000
    panel.show_chat(ISSUE_ID, chat)
    assert panel.chat.model.rowCount() == 260
    view = panel.chat.view
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    assert not panel.grab().isNull()  # paints the visible part
    bar.setValue(0)  # a 19,000-character text at the top paints too
    assert not panel.grab().isNull()
    long_index = panel.chat.model.index(0)
    assert view.visualRect(long_index).height() > 2000  # wrapped, not cut


def test_stale_history_for_another_issue_is_ignored(panel) -> None:
    panel.show_chat_loading(ISSUE_ID)
    panel.show_chat("some-other-issue", make_chat(3))
    panel.show_chat_error("some-other-issue", "boom")
    assert panel.chat.model.rowCount() == 0
    assert panel.chat.chat_state() is ChatState.LOADING
    panel.show_issue(make_issue("second"))
    panel.show_chat(ISSUE_ID, make_chat(3))  # the first issue's late answer
    assert panel.chat.model.rowCount() == 0


def test_error_with_retry(panel, qtbot) -> None:
    panel.show_chat_loading(ISSUE_ID)
    panel.show_chat_error(ISSUE_ID, "No connection to Allegro.")
    assert "No connection to Allegro." in panel.chat.status_label.text()
    retry = panel.findChild(QPushButton, "chatRetryButton")
    assert retry is not None and retry.isVisible()
    with qtbot.waitSignal(panel.retry_requested) as blocker:
        qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    assert blocker.args == [ISSUE_ID]


def test_refresh_error_keeps_the_history(panel) -> None:
    panel.show_chat(ISSUE_ID, make_chat(4))
    panel.show_chat_error(ISSUE_ID, "Allegro is busy.")
    assert panel.chat.stack.currentWidget() is panel.chat.view
    assert panel.chat.error_strip.isVisible()


def test_empty_conversation(panel) -> None:
    panel.show_chat(ISSUE_ID, [])
    assert panel.chat.status_label.text() == "No messages yet. Write the first one below."


def test_roles_are_labelled_and_placed(panel) -> None:
    panel.show_chat(ISSUE_ID, make_chat(5))  # buyer, seller, buyer, admin, system
    view = panel.chat.view
    width = view.viewport().width()
    geos = [view.chat_delegate.geometry(r, width, view.font()) for r in rows(panel)]
    names = [g.name for g in geos]
    assert names == [
        "Buyer · kasia_zakupy",
        "You",
        "Buyer · kasia_zakupy",
        "Allegro advisor",
        "Allegro",
    ]
    buyer, seller, _, admin, system = (g.bubble for g in geos)
    assert buyer.left() < 20 and seller.right() > width - 20
    assert abs(admin.center().x() - width // 2) <= 2
    assert abs(system.center().x() - width // 2) <= 2


def test_hostile_chat_text_is_literal(panel) -> None:
    message = make_message(1, text=HOSTILE, attachments=[(HOSTILE, "https://api.allegro.pl/a/1")])
    panel.show_chat(ISSUE_ID, [message])
    (row,) = rows(panel)
    assert panel.chat.model.index(0).data() == HOSTILE
    geo = panel.chat.view.chat_delegate.geometry(
        row, panel.chat.view.viewport().width(), panel.chat.view.font()
    )
    assert geo.texts[0].layout.text() == HOSTILE
    assert geo.links[0][1].file_name == HOSTILE
    assert not panel.grab().isNull()


def test_chat_attachment_click_requests_open(panel, qtbot) -> None:
    message = make_message(
        1, attachments=[("photo.jpg", "https://api.allegro.pl/sale/issues/attachments/p1")]
    )
    panel.show_chat(ISSUE_ID, [message])
    view = panel.chat.view
    index = panel.chat.model.index(0)
    geo = view.chat_delegate.geometry(index.data(ROW_ROLE), view.viewport().width(), view.font())
    rect, link, _ = geo.links[0]
    assert link.kind is LinkKind.ATTACHMENT
    pos = view.visualRect(index).topLeft() + rect.center()
    with qtbot.waitSignal(panel.attachment_open_requested) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["https://api.allegro.pl/sale/issues/attachments/p1", "photo.jpg"]


def test_copy_text_of_selected_message(panel, qapp) -> None:
    panel.show_chat(ISSUE_ID, [make_message(1, text="Numer paczki: 123")])
    view = panel.chat.view
    view.setCurrentIndex(panel.chat.model.index(0))
    view.copy_selection()
    assert qapp.clipboard().text() == "Numer paczki: 123"
    menu = view.build_menu(panel.chat.model.index(0), rows(panel)[0])
    assert [a.text() for a in menu.actions()][:2] == ["Copy text", "Select text…"]


# -- sending -----------------------------------------------------------------------------


def test_send_shows_pending_then_confirm_replaces_it(panel, qtbot) -> None:
    panel.show_chat(ISSUE_ID, make_chat(3))
    outgoing = send(panel, qtbot, "  Dzień dobry, wysyłam kuriera.  ")
    assert outgoing.issue_id == ISSUE_ID
    assert outgoing.text == "Dzień dobry, wysyłam kuriera."
    assert outgoing.message_type == "REGULAR"
    assert outgoing.attachment_paths == ()
    assert panel.chat.composer.text() == ""
    last = rows(panel)[-1]
    assert last.pending is not None and last.pending.state is PendingState.SENDING
    panel.add_pending_message(outgoing)  # the window may announce it too: no duplicate
    assert panel.chat.model.rowCount() == 4
    server = make_message(99, role="SELLER", text=outgoing.text)
    confirm(panel, outgoing, server)
    last = rows(panel)[-1]
    assert last.pending is None and last.key == "msg-00099"
    assert panel.chat.model.rowCount() == 4


def test_failed_send_restores_text_into_empty_composer(panel, qtbot) -> None:
    panel.show_chat(ISSUE_ID, make_chat(2))
    # A return decision (from a draft or the return dialog) carries its type through a failure.
    panel.chat.composer.set_state(ComposerState("", "RETURN_NOT_REQUIRED"))
    outgoing = send(panel, qtbot, "Nie trzeba odsyłać.")
    assert outgoing.message_type == "RETURN_NOT_REQUIRED"
    assert panel.chat.composer.message_type() == "REGULAR"
    with qtbot.waitSignal(panel.taken_back) as taken:  # the outbox lets go of it
        fail(panel, outgoing, FailReason.CHAT_CLOSED)
    assert taken.args == [outgoing.local_id]
    assert panel.chat.composer.text() == "Nie trzeba odsyłać."
    assert panel.chat.composer.message_type() == "RETURN_NOT_REQUIRED"
    panel.show_issue(make_issue(ISSUE_ID))  # the window re-reads the issue: the type stays
    assert panel.chat.composer.message_type() == "RETURN_NOT_REQUIRED"
    last = rows(panel)[-1]
    assert last.pending is not None and last.pending.state is PendingState.FAILED
    assert last.pending.restored_to_editor


def test_failed_send_with_new_text_keeps_it_on_the_bubble(panel, qtbot) -> None:
    panel.show_chat(ISSUE_ID, make_chat(2))
    outgoing = send(panel, qtbot, "first")
    panel.chat.composer.editor.setPlainText("second")
    fail(panel, outgoing)
    assert panel.chat.composer.text() == "second"
    last = rows(panel)[-1]
    assert last.pending is not None and not last.pending.restored_to_editor
    view = panel.chat.view
    geo = view.chat_delegate.geometry(last, view.viewport().width(), view.font())
    assert [link.kind for _, link, _ in geo.links] == [LinkKind.PUT_BACK]
    panel.chat.put_back(outgoing.local_id)
    assert panel.chat.composer.text() == "second\n\nfirst"
    assert all(r.pending is None for r in rows(panel))


def test_ctrl_enter_sends(panel, qtbot) -> None:
    editor = panel.chat.composer.editor
    editor.setPlainText("skrót")
    editor.setFocus()
    with qtbot.waitSignal(panel.send_requested):
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    editor.setPlainText("enter z klawiatury numerycznej")
    with qtbot.waitSignal(panel.send_requested):
        qtbot.keyClick(editor, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)


def test_counter_and_over_limit(panel) -> None:
    composer = panel.chat.composer
    counter = panel.findChild(QLabel, "messageCounter")
    send_button = panel.findChild(QPushButton, "sendButton")
    assert not send_button.isEnabled()  # empty
    composer.editor.setPlainText("   ")
    assert not send_button.isEnabled()  # blank
    composer.editor.setPlainText("x" * 123)
    assert counter.text().startswith("123 / ")
    assert counter.property("overLimit") is False
    assert send_button.isEnabled()
    composer.editor.setPlainText("x" * (MAX_MESSAGE_LENGTH + 1))
    assert counter.property("overLimit") is True
    assert not send_button.isEnabled()


def test_message_types_follow_the_issue_kind(panel) -> None:
    types = panel.findChild(QComboBox, "messageType")
    # Claims: the return decision is the header's action, so the box has nothing to offer.
    assert [types.itemData(i) for i in range(types.count())] == ["REGULAR"]
    assert types.isHidden()
    panel.show_issue(make_issue("d1", kind="DISPUTE"))
    assert [types.itemData(i) for i in range(types.count())] == ["REGULAR", "END_REQUEST"]
    assert types.itemText(1) == "Ask to end the discussion"
    assert types.isVisible()


def test_attachments_checked_and_removable(panel, tmp_path: Path) -> None:
    composer = panel.chat.composer
    composer.editor.setPlainText("zdjęcia w załączniku")
    good = tmp_path / "photo.JPG"
    good.write_bytes(b"\xff\xd8" + b"0" * 100)
    exe = tmp_path / "virus.exe"
    exe.write_bytes(b"MZ")
    big = tmp_path / "huge.png"
    big.write_bytes(b"0" * (MAX_ATTACHMENT_BYTES + 1))
    problems = composer.add_attachment_paths([str(good), str(exe), str(big)])
    assert len(problems) == 2
    assert "virus.exe" in problems[0] and "PDF" in problems[0]
    assert "huge.png" in problems[1] and "2 MB" in problems[1]
    assert composer.notice.isVisible()
    assert composer.text() == "zdjęcia w załączniku"  # nothing typed is lost
    assert composer.attachment_paths() == (str(good),)
    assert composer.chips.isVisible()
    composer.remove_attachment(str(good))
    assert composer.attachment_paths() == ()


def test_attachment_only_message_can_be_sent(panel, qtbot, tmp_path: Path) -> None:
    pdf = tmp_path / "faktura.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    panel.chat.composer.add_attachment_paths([str(pdf)])
    with qtbot.waitSignal(panel.send_requested) as blocker:
        qtbot.mouseClick(panel.findChild(QPushButton, "sendButton"), Qt.MouseButton.LeftButton)
    assert blocker.args[0].attachment_paths == (str(pdf),)
    assert panel.chat.composer.attachment_paths() == ()


# -- drafts ------------------------------------------------------------------------------


def test_draft_survives_a_crash(qtbot, store: DraftStore) -> None:
    first = shown_panel(qtbot, store)
    first.show_issue(make_issue(ISSUE_ID))
    first.chat.composer.editor.setPlainText("pisałam i prąd zgasł")
    qtbot.waitUntil(lambda: store.load(ISSUE_ID) is not None, timeout=5000)
    host = first.test_host  # type: ignore[attr-defined]
    with qtbot.waitSignal(host.destroyed):
        host.deleteLater()  # no flush, no goodbye: as good as a crash

    second = shown_panel(qtbot, store)
    second.show_issue(make_issue(ISSUE_ID))
    assert second.chat.composer.text() == "pisałam i prąd zgasł"


def test_unsent_message_survives_a_crash(qtbot, store: DraftStore) -> None:
    first = shown_panel(qtbot, store)
    first.show_issue(make_issue(ISSUE_ID))
    outgoing = send(first, qtbot, "wysłane, ale czy doszło?")
    qtbot.waitUntil(lambda: bool(getattr(store.load(ISSUE_ID), "unsent", ())), timeout=5000)

    second = shown_panel(qtbot, store)
    second.show_issue(make_issue(ISSUE_ID))
    second.show_chat(ISSUE_ID, make_chat(2))
    last = rows(second)[-1]
    assert last.pending is not None
    assert last.pending.state is PendingState.UNCONFIRMED
    assert last.text == outgoing.text
    second.chat.put_back(outgoing.local_id)
    assert second.chat.composer.text() == outgoing.text


def test_draft_deleted_only_after_confirmation(qtbot, panel, store: DraftStore) -> None:
    panel.show_chat(ISSUE_ID, [])
    outgoing = send(panel, qtbot, "do potwierdzenia")
    qtbot.waitUntil(lambda: store.load(ISSUE_ID) is not None, timeout=5000)
    confirm(panel, outgoing, make_message(7, role="SELLER"))
    qtbot.waitUntil(lambda: store.load(ISSUE_ID) is None, timeout=5000)


def test_a_message_the_outbox_could_not_write_stays_in_the_draft(
    qtbot, panel, store: DraftStore
) -> None:
    panel.show_chat(ISSUE_ID, [])
    outgoing = send(panel, qtbot, "zwrot zlecony")
    queued = outgoing.with_state(OutboxState.QUEUED)
    panel.show_outgoing(queued, None, on_disk=False)  # the store failed to write it
    panel.flush_drafts()
    saved = store.load(ISSUE_ID)
    assert saved is not None and [u.text for u in saved.unsent] == ["zwrot zlecony"]
    panel.show_outgoing(queued, None, on_disk=True)  # written at the next step
    qtbot.waitUntil(lambda: store.load(ISSUE_ID) is None, timeout=5000)


def test_put_back_waits_for_the_outbox_to_let_go(qtbot, panel) -> None:
    panel.show_chat(ISSUE_ID, make_chat(1))
    outgoing = send(panel, qtbot, "z kurierem")
    panel.show_outgoing(outgoing.with_state(OutboxState.QUEUED), None)
    asked: list[str] = []

    def already_posting(local_id: str) -> bool:
        asked.append(local_id)
        return False

    panel.chat.take_back = already_posting
    with qtbot.assertNotEmitted(panel.taken_back):
        panel.chat.put_back(outgoing.local_id)
    assert asked == [outgoing.local_id]
    assert panel.chat.composer.text() == ""  # never both on its way and in the editor
    last = rows(panel)[-1]
    assert last.pending is not None and "cannot be put back" in (last.pending.error or "")

    panel.chat.take_back = lambda _local_id: True  # a queued message the outbox lets go of
    with qtbot.waitSignal(panel.taken_back):
        panel.chat.put_back(outgoing.local_id)
    assert panel.chat.composer.text() == "z kurierem"
    assert all(r.pending is None for r in rows(panel))


def test_switching_issues_keeps_each_draft(panel) -> None:
    panel.chat.composer.editor.setPlainText("dla pierwszej")
    panel.show_issue(make_issue("second"))
    assert panel.chat.composer.text() == ""
    panel.chat.composer.editor.setPlainText("dla drugiej")
    panel.show_issue(make_issue(ISSUE_ID))
    assert panel.chat.composer.text() == "dla pierwszej"
    panel.show_issue(make_issue("second"))
    assert panel.chat.composer.text() == "dla drugiej"


def test_failure_for_an_issue_no_longer_shown_waits_on_its_bubble(panel, qtbot) -> None:
    panel.show_chat(ISSUE_ID, [])
    outgoing = send(panel, qtbot, "wysłane z pierwszej")
    panel.show_issue(make_issue("second"))
    fail(panel, outgoing, FailReason.CHAT_CLOSED)
    panel.show_issue(make_issue(ISSUE_ID))
    panel.show_chat(ISSUE_ID, [])
    last = rows(panel)[-1]
    assert last.pending is not None and last.pending.state is PendingState.FAILED
    assert last.text == "wysłane z pierwszej"
    assert "does not accept new messages" in last.pending.error
    with qtbot.waitSignal(panel.taken_back):
        panel.chat.put_back(outgoing.local_id)
    assert panel.chat.composer.text() == "wysłane z pierwszej"


def test_put_back_click_on_bubble(panel, qtbot) -> None:
    panel.show_chat(ISSUE_ID, make_chat(1))
    outgoing = send(panel, qtbot, "one")
    panel.chat.composer.editor.setPlainText("two")
    fail(panel, outgoing)
    view = panel.chat.view
    index = panel.chat.model.index(panel.chat.model.rowCount() - 1)
    view.scroll_to_newest()
    geo = view.chat_delegate.geometry(index.data(ROW_ROLE), view.viewport().width(), view.font())
    rect = geo.links[-1][0]
    pos: QPoint = view.visualRect(index).topLeft() + rect.center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert panel.chat.composer.text() == "two\n\none"


def test_an_unconfirmed_message_offers_send_again(panel, qtbot) -> None:
    panel.show_chat(ISSUE_ID, make_chat(1))
    outgoing = send(panel, qtbot, "czy dotarło?")
    panel.show_outgoing(outgoing.with_state(OutboxState.UNCONFIRMED), None, on_disk=True)
    view = panel.chat.view
    index = panel.chat.model.index(panel.chat.model.rowCount() - 1)
    row = index.data(ROW_ROLE)
    geo = view.chat_delegate.geometry(row, view.viewport().width(), view.font())
    assert [(link.kind, link.text) for _, link, _ in geo.links] == [
        (LinkKind.SEND_AGAIN, "Send again"),
        (LinkKind.PUT_BACK, "Put back into the editor"),
    ]
    again, put_back = (rect for rect, _, _ in geo.links)
    assert again.right() < put_back.left() and again.top() == put_back.top()  # one line
    menu = view.build_menu(index, row)
    assert [a.text() for a in menu.actions() if a.text()][-2:] == [
        "Send again",
        "Put back into the editor",
    ]
    view.scroll_to_newest()
    pos: QPoint = view.visualRect(index).topLeft() + again.center()
    with qtbot.waitSignal(panel.resend_requested) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [outgoing.local_id]
    assert panel.chat.composer.text() == ""  # sent again from the outbox, not the editor


def test_send_again_needs_the_outbox_to_hold_the_message(panel, qtbot) -> None:
    panel.show_chat(ISSUE_ID, make_chat(1))
    outgoing = send(panel, qtbot, "jeszcze nie na dysku")
    panel.show_outgoing(outgoing.with_state(OutboxState.UNCONFIRMED), None, on_disk=False)
    view = panel.chat.view
    last = rows(panel)[-1]
    geo = view.chat_delegate.geometry(last, view.viewport().width(), view.font())
    assert [link.kind for _, link, _ in geo.links] == [LinkKind.PUT_BACK]


def test_steady_typing_is_saved_at_the_latest_a_second_after_the_first_key(
    panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    clock = [100.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    timer = panel.chat._draft_timer
    editor = panel.chat.composer.editor
    intervals = []
    for step in range(4):  # a key every 0.4 s: a restarting debounce would never fire
        clock[0] = 100.0 + 0.4 * step
        editor.insertPlainText("a")
        intervals.append(timer.interval() if timer.isActive() else None)
    # Due 0.5 s after a key, but never later than 1 s after the first unsaved one.
    assert intervals == [500, 500, 200, 0]
