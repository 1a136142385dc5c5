"""The counts bar above the list: overdue · due today · awaiting reply · return decision · all
open (and "needs me", the default queue), each a button that shows its queue; "More queues"
opens the helpdesk queues (claims to decide / to answer / waiting / resolved, discussions to
answer / waiting / closed, everything) with their counts, and shows the one chosen.

The counts come from :func:`~.proxy.count_queues` (one pass over the rows' facts), which the
panel runs once per batch of model changes and once a minute, never per paint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from .flow_layout import FlowLayout
from .proxy import Queue, QueueCounts

# lupdate reads translate("Context", "text") calls with literal arguments: keep them literal.
translate = QCoreApplication.translate

#: The queues of the counts bar, in order; Ctrl+1… follow this order.
BAR_QUEUES = (
    Queue.NEEDS_ME,
    Queue.OVERDUE,
    Queue.DUE_TODAY,
    Queue.AWAITING_REPLY,
    Queue.RETURN_DECISION,
    Queue.ALL_OPEN,
)
#: The queues of the "More queues" menu.
MORE_QUEUES = (
    Queue.CLAIMS_TO_DECIDE,
    Queue.CLAIMS_TO_ANSWER,
    Queue.CLAIMS_RESOLVED,
    Queue.DISCUSSIONS_TO_ANSWER,
    Queue.DISCUSSIONS_WAITING,
    Queue.DISCUSSIONS_CLOSED,
    Queue.EVERYTHING,
)


def queue_name(queue: Queue) -> str:
    return {
        Queue.NEEDS_ME: translate("Queues", "Needs me"),
        Queue.OVERDUE: translate("Queues", "Overdue"),
        Queue.DUE_TODAY: translate("Queues", "Due today"),
        Queue.AWAITING_REPLY: translate("Queues", "Awaiting my reply"),
        Queue.RETURN_DECISION: translate("Queues", "Return decision"),
        Queue.ALL_OPEN: translate("Queues", "All open"),
        Queue.CLAIMS_TO_DECIDE: translate("Queues", "Claims: to decide"),
        Queue.CLAIMS_TO_ANSWER: translate("Queues", "Claims: to answer"),
        Queue.CLAIMS_RESOLVED: translate("Queues", "Claims: resolved"),
        Queue.DISCUSSIONS_TO_ANSWER: translate("Queues", "Discussions: to answer"),
        Queue.DISCUSSIONS_WAITING: translate("Queues", "Discussions: waiting for the buyer"),
        Queue.DISCUSSIONS_CLOSED: translate("Queues", "Discussions: closed"),
        Queue.EVERYTHING: translate("Queues", "Everything, closed too"),
        Queue.CUSTOM: translate("Queues", "Custom filter"),
    }[queue]


def queue_tooltip(queue: Queue) -> str:
    return {
        Queue.NEEDS_ME: translate(
            "Queues",
            "Open issues awaiting your reply or your decision: overdue first, then by"
            " Allegro's deadline",
        ),
        Queue.OVERDUE: translate("Queues", "Open issues whose deadline set by Allegro has passed"),
        Queue.DUE_TODAY: translate("Queues", "Open issues whose deadline ends later today"),
        Queue.AWAITING_REPLY: translate("Queues", "The buyer or Allegro wrote last"),
        Queue.RETURN_DECISION: translate(
            "Queues", "Open claims where you have not decided about a return yet"
        ),
        Queue.ALL_OPEN: translate("Queues", "Every open discussion and claim"),
    }.get(queue, "")


class QueueCountsBar(QWidget):
    """Checkable buttons "Needs me 12", "Overdue 3", … (wrapping); the current queue is checked.

    Signals:
        queue_chosen(Queue): a button was clicked.
    """

    queue_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueCountsBar")
        self.buttons: dict[Queue, QToolButton] = {}
        layout = FlowLayout(self, spacing=4)
        for queue in BAR_QUEUES:
            button = QToolButton(self)
            button.setObjectName(f"queue_{queue.value}")
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setToolTip(queue_tooltip(queue))
            button.clicked.connect(lambda _on=False, q=queue: self._on_button_clicked(q))
            layout.add_widget(button)
            self.buttons[queue] = button

        self.more_button = QToolButton(self)
        self.more_button.setObjectName("moreQueues")
        self.more_button.setCheckable(True)
        self.more_button.setAutoRaise(True)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.more_menu.setObjectName("moreQueuesMenu")
        self.more_actions: dict[Queue, QAction] = {}
        for queue in MORE_QUEUES:
            action = self.more_menu.addAction(queue_name(queue))
            action.setCheckable(True)
            action.triggered.connect(lambda _on=False, q=queue: self._on_button_clicked(q))
            self.more_actions[queue] = action
        self.more_button.setMenu(self.more_menu)
        layout.add_widget(self.more_button)
        self._counts: QueueCounts | None = None
        self._sheet = ""
        self._current = Queue.CUSTOM
        self.set_counts(None)
        self.set_current(Queue.CUSTOM, force=True)

    def set_counts(self, counts: QueueCounts | None) -> None:
        self._counts = counts
        locale = QLocale()
        for queue, action in self.more_actions.items():
            name = queue_name(queue)
            action.setText(name if counts is None else f"{name}  {locale.toString(counts[queue])}")
        self._update_more_button()
        for queue, button in self.buttons.items():
            name = queue_name(queue)
            if counts is None:
                button.setText(name)
                button.setAccessibleName(name)
                continue
            n = counts[queue]
            button.setText(f"{name} {locale.toString(n)}")
            button.setAccessibleName(f"{name}: {locale.toString(n)}")
            # Overdue in red only when there is something overdue (red = something is wrong).
            self._set_alert(button, queue is Queue.OVERDUE and n > 0)
        self._restyle()

    def set_current(self, queue: Queue, *, force: bool = False) -> None:
        """Check the button of ``queue`` (none for CUSTOM). Cheap when nothing changes: the
        panel calls this on every filter change, i.e. on every search keystroke."""
        if queue is self._current and not force:
            return
        self._current = queue
        for q, button in self.buttons.items():
            button.setChecked(q is queue)
        for q, action in self.more_actions.items():
            action.setChecked(q is queue)
        self._update_more_button()
        self._restyle()

    def _update_more_button(self) -> None:
        """ "More queues", or the one of them shown now (with its count), checked."""
        queue = self._current
        if queue in self.more_actions:
            name = queue_name(queue)
            if self._counts is not None:
                name = f"{name} {QLocale().toString(self._counts[queue])}"
            self.more_button.setChecked(True)
        else:
            name = translate("Queues", "More queues")
            self.more_button.setChecked(False)
        self.more_button.setText(name)
        self.more_button.setAccessibleName(name)

    def _restyle(self) -> None:
        """One style sheet for the bar, set again only when it would change (a style sheet
        re-polishes every button: never per count update or keystroke)."""
        from .. import palette

        sheet = (
            "QToolButton { padding: 2px 6px; border: 1px solid transparent;"
            " border-radius: 4px; }"
            " QToolButton:hover { border-color: palette(mid); }"
            f' QToolButton[alert="true"] {{ color: {palette.scheme().overdue.name()};'
            " font-weight: 600; }"
            # No bolder font when checked: the size hint does not follow a pseudo-state, so
            # the longer bold text was clipped ("Everything, closed too 300").
            " QToolButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        if sheet != self._sheet:
            self._sheet = sheet
            self.setStyleSheet(sheet)

    def _set_alert(self, button: QToolButton, alert: bool) -> None:
        if bool(button.property("alert")) is alert:
            return
        button.setProperty("alert", alert)
        button.style().unpolish(button)
        button.style().polish(button)

    def _on_button_clicked(self, queue: Queue) -> None:
        self.set_current(queue, force=True)  # a click toggled the button: put it back
        self.queue_chosen.emit(queue)
