"""The window by keyboard (j/k, N, Ctrl+1…6, Ctrl+F), accessible names of every control, and
the queue, filters, sort and splitter remembered across a window re-creation."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.domain import Issue
from allegro_issues_desktop.settings import app_paths
from allegro_issues_desktop.ui.issue_list import KindFilter, Queue, SortKey, StatusFilter
from allegro_issues_desktop.ui.main_window import MainWindow
from tests.helpers import run

from .test_issue_list_support import make_issue

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
NOW = datetime.now(UTC)


def issues() -> list[Issue]:
    return [
        # waiting for the buyer (not "needs me")
        make_issue(1, kind="DISPUTE", issue_id="w1", last_status="SELLER_REPLIED"),
        # needs me: the buyer wrote; overdue claim; advisor wrote
        make_issue(2, kind="DISPUTE", issue_id="n1", last_message=NOW - timedelta(hours=3)),
        make_issue(3, kind="CLAIM", issue_id="n2", due=NOW - timedelta(hours=1)),
        make_issue(4, kind="DISPUTE", issue_id="w2", last_status="SELLER_REPLIED"),
        make_issue(
            5,
            kind="DISPUTE",
            issue_id="n3",
            last_status="ALLEGRO_ADVISOR_REPLIED",
            last_message=NOW - timedelta(hours=1),
        ),
    ]


def open_window(qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> MainWindow:
    window = MainWindow(app_paths().ensure())
    qtbot.addWidget(window, before_close_func=lambda w: run(qloop, qtbot, w.shutdown()))
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    window.list_panel.set_issues(issues())
    window.activateWindow()  # window shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def current(window: MainWindow) -> str | None:
    return window.list_panel.current_issue_id()


def test_default_view_is_the_needs_me_queue(qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> None:
    window = open_window(qtbot, qloop)
    assert window.visible_issue_ids() == ["n2", "n1", "n3"]  # overdue first, then longest waiting


def test_j_k_and_arrows_move_in_the_list(qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> None:
    window = open_window(qtbot, qloop)
    view = window.list_panel.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    assert window.list_panel.select_issue("n2")
    QTest.keyClick(view, Qt.Key.Key_J)
    assert current(window) == "n1"
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert current(window) == "n3"
    QTest.keyClick(view, Qt.Key.Key_J)  # the end: stays
    assert current(window) == "n3"
    QTest.keyClick(view, Qt.Key.Key_K)
    assert current(window) == "n1"
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert current(window) == "n2"


def test_n_selects_the_next_issue_that_needs_me(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    window = open_window(qtbot, qloop)
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Overdue…
    QTest.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # …all open
    assert window.list_panel.proxy.queue() is Queue.ALL_OPEN
    assert set(window.visible_issue_ids()) == {"w1", "n1", "n2", "w2", "n3"}
    view = window.list_panel.view
    view.setFocus()
    order = window.visible_issue_ids()
    picked = []
    for _ in range(4):
        QTest.keyClick(view, Qt.Key.Key_N)
        picked.append(current(window))
    needing = [i for i in order if i.startswith("n")]
    assert picked == [*needing, needing[0]]  # in list order, wrapping round

    # Typing "n" in the search box types it.
    search = window.filter_bar.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus, timeout=2000)
    before = current(window)
    QTest.keyClick(search, Qt.Key.Key_N)
    assert search.text() == "n" and current(window) == before


@pytest.mark.parametrize(
    ("key", "queue"),
    [
        (Qt.Key.Key_1, Queue.NEEDS_ME),
        (Qt.Key.Key_2, Queue.OVERDUE),
        (Qt.Key.Key_3, Queue.DUE_TODAY),
        (Qt.Key.Key_4, Queue.AWAITING_REPLY),
        (Qt.Key.Key_5, Queue.RETURN_DECISION),
        (Qt.Key.Key_6, Queue.ALL_OPEN),
    ],
)
def test_ctrl_number_opens_a_queue(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, key: Qt.Key, queue: Queue
) -> None:
    window = open_window(qtbot, qloop)
    if queue is Queue.NEEDS_ME:
        window.list_panel.choose_queue(Queue.ALL_OPEN)
    QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.list_panel.proxy.queue() is queue
    assert window.filter_bar.queue() is queue
    assert window.list_panel.counts_bar.buttons[queue].isChecked()


def test_ctrl_f_focuses_the_search_box(qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> None:
    window = open_window(qtbot, qloop)
    window.list_panel.view.setFocus()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.filter_bar.search.hasFocus, timeout=2000)


def test_every_focusable_control_has_a_name(qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> None:
    window = open_window(qtbot, qloop)
    nameless = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
            continue
        if isinstance(widget.parentWidget(), QComboBox) or widget.objectName().startswith("qt_"):
            continue  # a combo box's own parts; the combo carries the name
        text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
        if not (widget.accessibleName() or text):
            nameless.append(f"{type(widget).__name__}#{widget.objectName()}")
    assert not nameless


def test_queue_filters_sort_and_splitter_are_remembered(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    first = open_window(qtbot, qloop)
    first.list_panel.choose_queue(Queue.CLAIMS_TO_DECIDE)
    bar = first.filter_bar
    bar.sort_combo.setCurrentIndex(bar.sort_combo.findData(SortKey.DEADLINE))
    first.splitter.setSizes([330, 694])
    sizes = first.splitter.sizes()
    first.close()

    second = open_window(qtbot, qloop)
    assert second.list_panel.proxy.queue() is Queue.CLAIMS_TO_DECIDE
    assert second.filter_bar.queue() is Queue.CLAIMS_TO_DECIDE
    assert second.list_panel.proxy.sort_key() is SortKey.DEADLINE
    assert second.list_panel.counts_bar.buttons[Queue.NEEDS_ME].isChecked() is False
    assert second.splitter.sizes() == sizes
    assert second.visible_issue_ids() == ["n2"]

    # A custom filter (no queue) comes back control by control.
    bar = second.filter_bar
    bar.kind_combo.setCurrentIndex(bar.kind_combo.findData(KindFilter.DISCUSSIONS))
    bar.status_combo.setCurrentIndex(bar.status_combo.findData(StatusFilter.ALL))
    bar.awaiting_button.setChecked(True)
    assert second.list_panel.proxy.queue() is Queue.CUSTOM
    second.close()

    third = open_window(qtbot, qloop)
    proxy = third.list_panel.proxy
    assert proxy.queue() is Queue.CUSTOM
    assert proxy.kind_filter() is KindFilter.DISCUSSIONS
    assert proxy.status_filter() is StatusFilter.ALL
    assert proxy.awaiting_reply_only() and not proxy.return_pending_only()
    assert set(third.visible_issue_ids()) == {"n1", "n3"}
    QApplication.processEvents()


def test_nothing_overflows_at_1024_and_extra_width_goes_to_the_detail(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    from PySide6.QtCore import QLocale

    from allegro_issues_desktop import i18n

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    locale = QLocale()
    i18n.install_translators(app, "pl")  # the longest texts
    try:
        window = open_window(qtbot, qloop)
        qtbot.waitUntil(lambda: window.list_panel.width() > 0, timeout=2000)
        # The filter bar sits in the list pane, every control inside it and on screen.
        pane = window.list_panel
        assert window.filter_bar.parentWidget() is not None
        assert pane.isAncestorOf(window.filter_bar)
        controls = [
            window.filter_bar.search,
            window.filter_bar.sort_combo,
            window.filter_bar.kind_combo,
            window.filter_bar.status_combo,
            window.filter_bar.awaiting_button,
            window.filter_bar.pending_button,
            *pane.counts_bar.buttons.values(),
            pane.counts_bar.more_button,
        ]
        for control in controls:
            assert control.isVisible(), control.objectName()
            left = control.mapTo(pane, QPoint(0, 0)).x()
            assert left >= 0 and left + control.width() <= pane.width(), control.objectName()
        # The toolbar has no overflow ("››") button in use.
        extension = window.toolbar.findChild(QWidget, "qt_toolbar_ext_button")
        assert extension is None or not extension.isVisible()
        list_width = pane.width()
        window.resize(1920, 1080)
        qtbot.waitUntil(lambda: window.detail.width() > 1300, timeout=2000)
        assert pane.width() == list_width
    finally:  # back to no catalogue, as the other tests expect
        for translator in i18n._translators:
            app.removeTranslator(translator)
        i18n._translators.clear()
        QLocale.setDefault(locale)
