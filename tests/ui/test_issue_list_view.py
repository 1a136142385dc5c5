"""``IssueListView.after_next_paint``: the list says when it has painted (what waits for the
first rows hangs on it), without asking for its viewport (see ``ui/issue_list/view.py``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from allegro_issues_desktop.ui.issue_list.view import IssueListView


class PaintLog(QObject):
    """Writes "paint" into ``log`` at each paint of the widget it filters."""

    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return False


def shown_view(qtbot: QtBot, holder: QWidget) -> IssueListView:
    """The list on screen, past its first layout: a ``repaint()`` paints it at once."""
    view = IssueListView(holder)
    view.setModel(QStringListModel(["a", "b"], view))
    view.resize(300, 200)
    holder.show()
    qtbot.waitExposed(holder)
    log: list[str] = []
    paints = PaintLog(log)
    view.viewport().installEventFilter(paints)

    def repaint_paints() -> bool:
        log.clear()
        view.viewport().repaint()
        return log == ["paint"]

    qtbot.waitUntil(repaint_paints)
    view.viewport().removeEventFilter(paints)
    return view


def test_a_callback_runs_after_the_next_paint_once(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    view = shown_view(qtbot, holder)
    log: list[str] = []
    paints = PaintLog(log)
    view.viewport().installEventFilter(paints)
    view.after_next_paint(lambda: log.append("callback"))
    view.viewport().repaint()  # a paint now; the callback comes after it, not inside it
    assert log == ["paint"]
    qtbot.waitUntil(lambda: "callback" in log)
    assert log.index("paint") < log.index("callback")
    view.viewport().update()  # a later paint: no second call
    qtbot.waitUntil(lambda: log.count("paint") >= 2)
    qtbot.wait(20)
    assert log.count("callback") == 1


def test_a_hidden_list_runs_the_callback_on_the_next_turn(qtbot: QtBot) -> None:
    view = IssueListView()
    qtbot.addWidget(view)
    calls: list[str] = []
    view.after_next_paint(lambda: calls.append("soon"))
    assert calls == []
    qtbot.waitUntil(lambda: calls == ["soon"])


def test_nothing_runs_once_the_list_is_gone(qtbot: QtBot) -> None:
    holder = QWidget()  # deleted by the test itself
    view = shown_view(qtbot, holder)
    calls: list[str] = []
    view.after_next_paint(lambda: calls.append("late"))
    view.viewport().repaint()  # painted now: the callback is queued two turns ahead...
    assert not view._after_paint
    holder.deleteLater()  # ...and the list goes first
    qtbot.waitUntil(lambda: not isValid(view))
    qtbot.wait(20)
    assert calls == []
