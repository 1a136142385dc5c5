"""MainWindow end to end against the in-process Allegro emulator (real HTTP on 127.0.0.1).

Every test drives the window through its public slots and signals with the qasync loop
running under pytest-qt (``qloop``); nothing sleeps: waits are on signals or conditions.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSystemTrayIcon,
)
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.allegro.client import AllegroClient
from allegro_issues_desktop.allegro.errors import NetworkError
from allegro_issues_desktop.allegro.tokens import StaticTokenProvider
from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.domain import (
    Issue,
    IssueKind,
    can_write,
    deadline,
    is_open,
    issue_kind,
)
from allegro_issues_desktop.services.sync import SyncEngine
from allegro_issues_desktop.settings import app_paths
from allegro_issues_desktop.store.drafts import DraftStore
from allegro_issues_desktop.ui.detail import OutgoingMessage
from allegro_issues_desktop.ui.issue_list import (
    IssueIdRole,
    IssueRole,
    KindFilter,
    SortKey,
    StatusFilter,
    row_texts_for,
)
from allegro_issues_desktop.ui.main_window import MainWindow
from allegro_issues_desktop.ui.tray import TrayIcon
from tests.helpers import run

# The offscreen platform "does not support propagateSizeHints()" (any top-level window with a
# layout, on show) nor "raise()": limitations of the platform, not problems of the window.
OFFSCREEN_LIMITS = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
)
pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_LIMITS)

HOSTILE = "<b>x</b><img src=http://127.0.0.1:9/x.png>"
LOAD_TIMEOUT = 15_000


# -- fixtures and helpers ---------------------------------------------------------------------


def make_client(emu: Emulator) -> AllegroClient:
    return AllegroClient(emu.base_url, StaticTokenProvider(emu.token))


def new_window(qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> MainWindow:
    """A window that qtbot shuts down (tasks cancelled) before it closes and deletes it.

    pytest-qt closes and deletes added widgets before fixtures are torn down, so the shutdown
    goes into ``before_close_func``; fixtures close only the clients afterwards.
    """
    w = MainWindow(app_paths().ensure())
    qtbot.addWidget(w, before_close_func=lambda _w: run(qloop, qtbot, w.shutdown()))
    return w


@pytest.fixture
def window(qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> MainWindow:
    w = new_window(qtbot, qloop)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def connected(
    window: MainWindow,
    emulator: Emulator,
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
) -> Iterator[MainWindow]:
    """The window talking to the 60-issue emulator; every status is listed."""
    client = make_client(emulator)
    window.attach_client(client, poll_ms=3_600_000)
    show_all_statuses(window)
    yield window
    run(qloop, qtbot, client.aclose())


def show_all_statuses(window: MainWindow) -> None:
    combo = window.filter_bar.status_combo
    combo.setCurrentIndex(combo.findData(StatusFilter.ALL))


def load(qtbot: QtBot, window: MainWindow) -> int:
    with qtbot.waitSignal(window.issues_loaded, timeout=LOAD_TIMEOUT) as blocker:
        window.refresh_action.trigger()
    assert blocker.args is not None
    count = blocker.args[0]
    assert isinstance(count, int)
    return count


def select(qtbot: QtBot, window: MainWindow, issue_id: str) -> None:
    with qtbot.waitSignal(
        window.chat_shown, timeout=LOAD_TIMEOUT, check_params_cb=lambda i: i == issue_id
    ):
        assert window.list_panel.select_issue(issue_id)


def pick(window: MainWindow, wanted: Callable[[Issue], bool]) -> str:
    for issue_id in window.visible_issue_ids():
        issue = window.issue(issue_id)
        if issue is not None and wanted(issue):
            return issue_id
    raise AssertionError("no loaded issue matches")


def writable_open(issue: Issue) -> bool:
    return is_open(issue) and can_write(issue)


def editor_of(window: MainWindow) -> QPlainTextEdit:
    editor = window.findChild(QPlainTextEdit, "chatComposer")
    assert editor is not None
    return editor


def send_button_of(window: MainWindow) -> QPushButton:
    button = window.findChild(QPushButton, "sendButton")
    assert button is not None
    return button


def disabled_banner_of(window: MainWindow) -> QLabel:
    banner = window.findChild(QLabel, "chatDisabledBanner")
    assert banner is not None
    return banner


def chat_texts(window: MainWindow) -> list[str]:
    return [row.text for row in window.detail.chat.model.rows()]


def drafts(window: MainWindow) -> DraftStore:
    return DraftStore(app_paths().data_dir / "drafts")


# -- loading ----------------------------------------------------------------------------------


def test_pages_stream_in_first_page_before_the_total(
    window: MainWindow, qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    with Emulator(issues=250, seed=11, token="t-250") as emu:
        client = make_client(emu)
        window.attach_client(client, poll_ms=3_600_000)
        show_all_statuses(window)
        model = window.list_panel.model
        events: list[tuple[str, int, int]] = []
        window.first_page_loaded.connect(lambda n: events.append(("first", n, model.rowCount())))
        model.rowsInserted.connect(lambda *_: events.append(("rows", 0, model.rowCount())))
        window.issues_loaded.connect(lambda n: events.append(("all", n, model.rowCount())))
        try:
            assert load(qtbot, window) == 250
            kind, first_count, first_rows = events[0]
            assert kind == "first"
            assert 0 < first_count < 250 and first_rows == first_count
            growth = [rows for kind, _, rows in events if kind == "rows"]
            assert growth and growth == sorted(growth) and growth[0] > first_rows
            assert events[-1] == ("all", 250, 250)
            # Read-ahead keeps the order: sorted "newest first", the list shows Allegro's order
            # (the default sort is the work queue's, "needs me first").
            sort = window.filter_bar.sort_combo
            sort.setCurrentIndex(sort.findData(SortKey.OPENED))
            assert window.visible_issue_ids() == emu.issue_ids()
            assert not window.loading
            assert window.status_label.text() == "250 discussions and claims"
        finally:
            run(qloop, qtbot, window.shutdown())
            run(qloop, qtbot, client.aclose())


def test_load_keeps_the_gui_responsive(
    connected: MainWindow, emulator: Emulator, qtbot: QtBot
) -> None:
    window = connected
    emulator.faults.latency = 0.4
    ran: list[bool] = []
    with qtbot.waitSignal(window.issues_loaded, timeout=LOAD_TIMEOUT):
        window.refresh_action.trigger()
        qtbot.waitUntil(lambda: window.loading, timeout=LOAD_TIMEOUT)
        QTimer.singleShot(0, lambda: ran.append(window.loading))
        qtbot.waitUntil(lambda: bool(ran), timeout=LOAD_TIMEOUT)
    assert ran == [True]  # the timer fired while the request was still in flight
    assert window.progress.isHidden()


def test_failed_load_shows_the_banner_and_try_again_reloads(
    connected: MainWindow, emulator: Emulator, qtbot: QtBot
) -> None:
    window = connected
    emulator.faults.rate_503 = 1.0
    with qtbot.waitSignal(window.load_failed, timeout=LOAD_TIMEOUT):
        window.refresh_action.trigger()
    assert not window.banner.isHidden()
    assert window.status_label.text() == "Loading failed"
    # Never heard from Allegro in this data folder: no "last update" to tell.
    assert window.offline_banner.label.text().startswith("Offline since ")
    assert window.last_refresh_label.text() == ""
    emulator.faults.reset()
    with qtbot.waitSignal(window.issues_loaded, timeout=LOAD_TIMEOUT):
        window.banner.button.click()
    assert window.banner.isHidden()


# -- the detail -------------------------------------------------------------------------------


def test_selecting_an_issue_shows_its_whole_chat(
    connected: MainWindow, emulator: Emulator, qtbot: QtBot
) -> None:
    window = connected
    load(qtbot, window)
    # The longest conversation: its chat spans several pages of the API.
    issue_id = max(window.visible_issue_ids(), key=lambda i: len(emulator.chat_json(i)))
    expected = emulator.chat_json(issue_id)
    assert len(expected) > 100
    select(qtbot, window, issue_id)
    assert window.detail.current_issue_id() == issue_id
    assert window.detail.stack.currentWidget() is window.detail.splitter
    rows = window.detail.chat.model.rows()
    assert [r.key for r in rows] == [m["id"] for m in expected]
    assert [r.text for r in rows] == [m["text"] for m in expected]


BADGES = {
    "return required": (IssueKind.CLAIM, True, "Return required"),
    "no return needed": (IssueKind.CLAIM, False, "No return needed"),
    "decision pending": (IssueKind.CLAIM, None, "Return decision pending"),
    "discussion": (IssueKind.DISCUSSION, None, None),
}


@pytest.mark.parametrize("state", list(BADGES))
def test_return_badge_in_detail_and_list(connected: MainWindow, qtbot: QtBot, state: str) -> None:
    window = connected
    kind, required, text = BADGES[state]
    load(qtbot, window)
    issue_id = pick(
        window,
        lambda i: issue_kind(i) is kind and i.current_state.return_required is required,
    )
    select(qtbot, window, issue_id)
    badge = window.detail.findChild(QLabel, "returnBadge")
    assert badge is not None
    if text is None:
        assert badge.isHidden()
    else:
        assert not badge.isHidden()
        assert badge.text() == text
    model = window.list_panel.model
    row = model.row_of(issue_id)
    assert row is not None
    listed = model.data(model.index(row, 0), IssueRole)
    assert isinstance(listed, Issue)
    assert row_texts_for(listed).badge_text == text


def test_chat_active_decides_whether_the_seller_can_write(
    connected: MainWindow,
    emulator: Emulator,
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
) -> None:
    window = connected
    load(qtbot, window)
    issue_id = pick(window, lambda i: is_open(i) and i.current_state.chat_active is False)
    select(qtbot, window, issue_id)
    editor, send, banner = editor_of(window), send_button_of(window), disabled_banner_of(window)
    assert not editor.isEnabled()
    assert not send.isEnabled() and not send.isHidden()  # disabled, not hidden
    assert not banner.isHidden()
    assert "does not accept new messages" in banner.text()

    emulator.set_state(issue_id, chatActive=True)
    run(qloop, qtbot, window.show_issue(issue_id))
    assert editor.isEnabled() and not editor.isReadOnly()
    assert banner.isHidden()
    editor.setPlainText("Dzień dobry")
    assert send.isEnabled()


def test_sending_a_regular_message(connected: MainWindow, emulator: Emulator, qtbot: QtBot) -> None:
    window = connected
    load(qtbot, window)
    issue_id = pick(window, writable_open)
    select(qtbot, window, issue_id)
    requested: list[OutgoingMessage] = []
    window.detail.send_requested.connect(requested.append)
    text = "Dzień dobry, paczka wyjdzie jutro."
    editor_of(window).setPlainText(text)
    with qtbot.waitSignal(
        window.message_sent, timeout=LOAD_TIMEOUT, check_params_cb=lambda i: i == issue_id
    ):
        send_button_of(window).click()
    assert [(o.issue_id, o.text, o.message_type) for o in requested] == [
        (issue_id, text, "REGULAR")
    ]
    on_server = emulator.chat_json(issue_id)[-1]
    assert on_server["text"] == text and on_server["author"]["role"] == "SELLER"
    last = window.detail.chat.model.rows()[-1]
    assert (last.key, last.text, last.pending) == (on_server["id"], text, None)
    assert editor_of(window).toPlainText() == ""


def test_an_interrupted_send_keeps_the_text(
    connected: MainWindow, emulator: Emulator, qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    window = connected
    load(qtbot, window)
    issue_id = pick(window, writable_open)
    select(qtbot, window, issue_id)
    emulator.faults.latency = 5.0  # the POST is still on its way when the seller switches
    text = "Wysłane w trakcie przełączania konta."
    editor_of(window).setPlainText(text)
    send_button_of(window).click()
    qtbot.waitUntil(lambda: window.detail.chat.model.rows()[-1].pending is not None)
    run(qloop, qtbot, window.detach_client())
    emulator.faults.latency = 0.0
    window.detail.flush_drafts()
    draft = drafts(window).load(issue_id, window.detail.chat.account())
    assert draft is not None
    assert text in [draft.text, *(u.text for u in draft.unsent)]


def test_chat_closed_behind_our_back_keeps_the_text(
    connected: MainWindow, emulator: Emulator, qtbot: QtBot
) -> None:
    window = connected
    load(qtbot, window)
    issue_id = pick(window, writable_open)
    select(qtbot, window, issue_id)
    before = len(emulator.chat_json(issue_id))
    text = "Proszę o zdjęcie etykiety."
    editor = editor_of(window)
    editor.setPlainText(text)
    emulator.set_state(issue_id, chatActive=False)  # Allegro closed the chat meanwhile
    send_button_of(window).click()
    qtbot.waitUntil(
        lambda: not editor.isEnabled() and editor.toPlainText() == text, timeout=LOAD_TIMEOUT
    )
    assert not send_button_of(window).isEnabled()
    assert not disabled_banner_of(window).isHidden()
    assert len(emulator.chat_json(issue_id)) == before  # the 409 stored nothing
    issue = window.issue(issue_id)
    assert issue is not None and issue.current_state.chat_active is False
    window.detail.flush_drafts()
    draft = drafts(window).load(issue_id, window.detail.chat.account())
    assert draft is not None and draft.text == text


def test_chat_closed_and_the_reread_fails_keeps_the_text_and_says_why(
    connected: MainWindow,
    emulator: Emulator,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = connected
    load(qtbot, window)
    issue_id = pick(window, writable_open)
    select(qtbot, window, issue_id)

    async def cannot_reread(self: SyncEngine, _issue_id: str) -> None:
        raise NetworkError("down", timed_out=False, outcome_unknown=False)

    monkeypatch.setattr(SyncEngine, "refresh_issue", cannot_reread)
    editor = editor_of(window)
    editor.setPlainText("Czy paczka dotarła?")
    emulator.set_state(issue_id, chatActive=False)
    send_button_of(window).click()
    qtbot.waitUntil(lambda: editor.toPlainText() == "Czy paczka dotarła?", timeout=LOAD_TIMEOUT)
    bubble = window.detail.chat.model.rows()[-1]
    assert bubble.pending is not None and bubble.pending.restored_to_editor
    assert "does not accept new messages" in bubble.pending.error
    engine = window.engine
    assert engine is not None
    # The text is in the editor, so the outbox lets the message go (a task of its own).
    qtbot.waitUntil(lambda: engine.outbox.entries(issue_id) == [], timeout=LOAD_TIMEOUT)


def test_a_stale_selection_never_paints(
    connected: MainWindow, emulator: Emulator, qtbot: QtBot
) -> None:
    window = connected
    load(qtbot, window)
    first, second = window.visible_issue_ids()[:2]
    shown: list[str] = []
    window.chat_shown.connect(shown.append)
    emulator.faults.latency = 0.3  # A's answer would arrive before B's
    assert window.list_panel.select_issue(first)
    with qtbot.waitSignal(
        window.chat_shown, timeout=LOAD_TIMEOUT, check_params_cb=lambda i: i == second
    ):
        assert window.list_panel.select_issue(second)
    assert shown == [second]
    assert window.detail.current_issue_id() == second
    assert chat_texts(window) == [m["text"] for m in emulator.chat_json(second)]


def test_hostile_text_is_shown_literally_and_nothing_is_fetched(
    connected: MainWindow, emulator: Emulator, qtbot: QtBot
) -> None:
    window = connected
    probe = f"<img src={emulator.base_url}/x.png>"  # would show up in the emulator's log
    # The first open writable claim of the emulator's list order (before the window loads).
    issue_id = next(
        i
        for i in emulator.issue_ids()
        if emulator.issue_json(i)["type"] == "CLAIM"
        and emulator.issue_json(i)["currentState"]["chatActive"] is True
    )
    emulator.add_buyer_message(issue_id, HOSTILE)
    emulator.add_buyer_message(issue_id, probe)
    # The emulator has no public setter for issue fields; the description is buyer text too.
    with emulator.store._lock:
        emulator.store._record(issue_id).issue["description"] = HOSTILE
    load(qtbot, window)
    select(qtbot, window, issue_id)

    assert chat_texts(window)[-2:] == [HOSTILE, probe]
    view = window.detail.chat.view
    row = window.detail.chat.model.rows()[-2]
    geometry = view.chat_delegate.geometry(row, view.viewport().width(), view.font())
    assert geometry.texts[0].layout.text() == HOSTILE
    assert window.detail.facts.description.text() == HOSTILE
    labels = [label for label in window.findChildren(QLabel) if "<img" in label.text()]
    assert labels
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    view.scroll_to_newest()
    assert not window.grab().isNull()  # paint everything once
    assert not [r for r in emulator.requests if "x.png" in r.path]


# -- accounts: detach and attach --------------------------------------------------------------


def test_detach_clears_everything_and_attach_loads_again(
    connected: MainWindow,
    emulator: Emulator,
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
) -> None:
    window = connected
    client = window.client
    load(qtbot, window)
    issue_id = window.visible_issue_ids()[0]
    select(qtbot, window, issue_id)

    run(qloop, qtbot, window.detach_client())
    assert window.list_panel.model.rowCount() == 0
    assert window.detail.current_issue_id() is None
    assert window.issue(issue_id) is None
    assert window.status_label.text() == "" and window.last_refresh_label.text() == ""
    assert not window.poll_timer.isActive()
    assert not window.refresh_action.isEnabled()
    with pytest.raises(RuntimeError):
        _ = window.client

    window.attach_client(client, poll_ms=3_600_000)  # not closed by the window: still usable
    assert window.refresh_action.isEnabled() and window.poll_timer.isActive()
    assert load(qtbot, window) == 60
    assert window.issue(issue_id) is not None


def test_detach_cancels_a_running_load_and_its_read_ahead(
    window: MainWindow, qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    with Emulator(issues=250, seed=5, token="t-detach") as emu:
        client = make_client(emu)
        try:
            window.attach_client(client, poll_ms=3_600_000)
            loaded: list[int] = []
            window.issues_loaded.connect(loaded.append)
            with qtbot.waitSignal(window.first_page_loaded, timeout=LOAD_TIMEOUT):
                window.refresh_action.trigger()
                emu.faults.latency = 0.5  # the pages after the first are slow
            run(qloop, qtbot, window.detach_client())
            # aclosing: the prefetched page requests are gone with the load.
            assert [t for t in asyncio.all_tasks(qloop) if not t.done()] == []
            assert not window.loading and window.progress.isHidden()
            assert window.list_panel.model.rowCount() == 0
            assert loaded == []
            emu.faults.latency = 0.0
            window.attach_client(client, poll_ms=3_600_000)
            assert load(qtbot, window) == 250
        finally:
            run(qloop, qtbot, window.shutdown())
            run(qloop, qtbot, client.aclose())


def test_detach_during_a_refresh_cancels_its_read_ahead(
    window: MainWindow, qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    """The refresh awaits a chat between pages: a cancel there must close the page iterator."""
    with Emulator(issues=250, seed=7, token="t-refresh") as emu:
        client = make_client(emu)
        try:
            window.attach_client(client, poll_ms=3_600_000)
            show_all_statuses(window)  # the default "needs me" queue may hide the issue
            load(qtbot, window)
            issue_id = next(  # on the first page of open issues (more than one page exist)
                i
                for i in emu.issue_ids()
                if emu.issue_json(i)["currentState"]["status"]
                in ("DISPUTE_ONGOING", "CLAIM_SUBMITTED")
                and emu.issue_json(i)["currentState"]["chatActive"] is True
            )
            select(qtbot, window, issue_id)
            emu.add_buyer_message(issue_id, "Jest tam ktoś?")  # the refresh will re-read its chat
            emu.faults.latency = 0.4
            mark = len(emu.requests)
            window.poll_timer.setInterval(1)  # the background refresh, through its real slot
            qtbot.waitUntil(lambda: window._refresh_task.running, timeout=LOAD_TIMEOUT)
            window.poll_timer.stop()
            chat_path = f"/sale/issues/{issue_id}/chat"
            qtbot.waitUntil(
                lambda: any(r.path == chat_path for r in emu.requests[mark:]),
                timeout=LOAD_TIMEOUT,
            )
            run(qloop, qtbot, window.detach_client())
            assert [t for t in asyncio.all_tasks(qloop) if not t.done()] == []
        finally:
            run(qloop, qtbot, window.shutdown())
            run(qloop, qtbot, client.aclose())


# -- pages, banners, toolbar, menus ------------------------------------------------------------


def test_start_page_and_workspace(connected: MainWindow) -> None:
    window = connected
    start = QLabel("Welcome")
    window.set_start_page(start)
    assert not window.start_page_shown()
    window.show_start_page()
    assert window.start_page_shown() and window.stack.currentWidget() is start
    assert not window.refresh_action.isEnabled()
    assert not window.search_action.isEnabled()
    assert not window.filter_bar.isEnabled()

    other = QLabel("Add an account")
    window.set_start_page(other)  # replacing the page on screen shows the new one
    assert window.stack.currentWidget() is other and window.stack.indexOf(start) == -1

    window.show_workspace()
    assert not window.start_page_shown() and window.stack.currentWidget() is window.workspace
    assert window.refresh_action.isEnabled() and window.search_action.isEnabled()
    assert window.filter_bar.isEnabled()


def test_extra_banners_go_above_the_error_banner(window: MainWindow) -> None:
    sign_in = QLabel("Sign in again")
    notice = QLabel("Another notice")
    window.add_banner(sign_in)
    window.add_banner(notice)
    layout = window.workspace.layout()
    assert layout is not None
    order = [layout.indexOf(w) for w in (sign_in, notice, window.banner, window.splitter)]
    assert order == sorted(order) and -1 not in order


def test_toolbar_widget_sits_at_the_right_end(window: MainWindow, qtbot: QtBot) -> None:
    switcher = QComboBox()
    switcher.addItem("Sklep Ceramika (production)")
    window.add_toolbar_widget(switcher)
    toolbar = window.toolbar
    actions = toolbar.actions()
    assert toolbar.widgetForAction(actions[-1]) is switcher
    spacer = toolbar.widgetForAction(actions[-2])
    assert spacer is not None and spacer.objectName() == "toolbarSpacer"
    qtbot.waitUntil(lambda: switcher.isVisible(), timeout=2000)
    assert toolbar.width() - switcher.geometry().right() < 24
    left_end = window.filter_bar.geometry().right()
    assert switcher.geometry().left() - left_end > 0


def test_menus_settings_about_and_quit(window: MainWindow, qtbot: QtBot) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Help"]
    assert window.settings_action in window.file_menu.actions()
    assert window.quit_action in window.file_menu.actions()
    assert window.refresh_action in window.view_menu.actions()
    assert window.about_action.text() == "About Allegro Issues Desktop…"
    assert not window.settings_action.shortcut().isEmpty()

    with qtbot.waitSignal(window.settings_requested, timeout=1000):
        window.settings_action.trigger()

    window.about_action.trigger()
    about = window.findChild(QDialog, "aboutDialog")
    # open(), not exec(): the trigger returned with the dialog up and the event loop free.
    assert about is not None and about.isVisible()
    assert about.windowModality() == Qt.WindowModality.WindowModal
    window.about_action.trigger()  # a second click raises the same dialog
    assert len(window.findChildren(QDialog, "aboutDialog")) == 1
    about.reject()

    window.quit_action.trigger()
    assert not window.isVisible()


def test_visible_issue_ids_follow_the_sort_and_filters(connected: MainWindow, qtbot: QtBot) -> None:
    window = connected
    load(qtbot, window)
    bar = window.filter_bar
    bar.kind_combo.setCurrentIndex(bar.kind_combo.findData(KindFilter.CLAIMS))
    bar.sort_combo.setCurrentIndex(bar.sort_combo.findData(SortKey.DEADLINE))
    view_model = window.list_panel.view.model()
    in_view = [view_model.index(r, 0).data(IssueIdRole) for r in range(view_model.rowCount())]
    ids = window.visible_issue_ids()
    assert ids == in_view
    claims = {i.id for i in window.list_panel.model.issues() if issue_kind(i) is IssueKind.CLAIM}
    assert set(ids) == claims and len(ids) == len(claims)
    # Soonest deadline first, issues without one last.
    dues = [deadline(window.issue(i)) for i in ids]  # type: ignore[arg-type]
    keys = [(d is None, d.at if d is not None else None) for d in dues]
    with_due = [k[1] for k in keys if not k[0]]
    assert with_due and with_due == sorted(with_due)  # type: ignore[type-var]
    assert [k[0] for k in keys] == sorted(k[0] for k in keys)


def test_close_writes_the_draft_at_once(connected: MainWindow, qtbot: QtBot) -> None:
    window = connected
    load(qtbot, window)
    issue_id = pick(window, writable_open)
    select(qtbot, window, issue_id)
    editor_of(window).setPlainText("Szkic przed zamknięciem")
    # Still only in the editor (debounced).
    assert drafts(window).load(issue_id, window.detail.chat.account()) is None
    window.close()
    draft = drafts(window).load(issue_id, window.detail.chat.account())
    assert draft is not None and draft.text == "Szkic przed zamknięciem"


# -- tray --------------------------------------------------------------------------------------


def last_note(tray: TrayIcon) -> tuple[str, str, str] | None:
    return tray.last_message  # through a call: mypy would keep an earlier narrowing


@pytest.mark.qt_log_ignore(
    *OFFSCREEN_LIMITS,
    # QSystemTrayIcon.show() on a platform without a tray (forced available here).
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged",
)
def test_tray_counts_and_notifies_a_new_buyer_message(
    emulator: Emulator,
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    window = new_window(qtbot, qloop)
    client = make_client(emulator)
    try:
        window.attach_client(client, poll_ms=3_600_000)
        show_all_statuses(window)
        tray = window.tray
        assert tray is not None
        load(qtbot, window)

        def awaiting_on_server() -> int:
            count = 0
            for i in emulator.issue_ids():
                data = emulator.issue_json(i)
                state, last = data["currentState"], data["chat"]["lastMessage"]
                if (
                    state["status"] in ("DISPUTE_ONGOING", "CLAIM_SUBMITTED")
                    and state["chatActive"] is True
                    and last["status"] in ("NEW", "BUYER_REPLIED", "ALLEGRO_ADVISOR_REPLIED")
                ):
                    count += 1
            return count

        before = awaiting_on_server()
        assert f"{before} awaiting your reply" in tray.tool_tip()

        run(qloop, qtbot, window.refresh_open_issues())  # nothing new: no note
        assert tray.last_message is None

        issue_id = pick(
            window,
            lambda i: writable_open(i) and i.chat.last_message.status == "SELLER_REPLIED",
        )
        emulator.add_buyer_message(issue_id, "Halo, czy jest odpowiedź?")
        run(qloop, qtbot, window.refresh_open_issues())
        issue = window.issue(issue_id)
        assert issue is not None
        note = last_note(tray)
        assert note is not None
        title, _body, noted = note
        assert (title, noted) == (f"New message from {issue.buyer.login}", issue_id)
        assert f"{before + 1} awaiting your reply" in tray.tool_tip()

        with qtbot.waitSignal(
            window.chat_shown, timeout=LOAD_TIMEOUT, check_params_cb=lambda i: i == issue_id
        ):
            tray.icon.messageClicked.emit()
        assert window.detail.current_issue_id() == issue_id
        assert window.isVisible()
    finally:
        run(qloop, qtbot, window.shutdown())
        run(qloop, qtbot, client.aclose())


def test_no_tray_without_a_system_tray(window: MainWindow) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen
    assert window.tray is None
