"""The system tray icon: how many conversations await a reply, and a note when a buyer writes.

The counting and "did the buyer just write?" rules are pure functions (no tray needed: the
offscreen platform has none). :class:`TrayIcon` only shows what the window tells it and reports
clicks back as intents; the window decides what they mean.

Notification texts are plain text built from our own strings plus the buyer's login (cleaned of
control and bidi characters). Buyer-written text never goes into a notification body, because
some notification servers interpret markup there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from .. import APP_NAME
from ..domain import Issue, awaiting_seller_reply
from ..domain.text import display_text
from ..services.notifications import NoteKind, Notification
from .icons import app_icon

# How long a notification stays up (the platform may ignore it).
MESSAGE_TIMEOUT_MS = 10_000


def awaits_reply(issue: Issue) -> bool:
    """The domain's one definition (open, writable, the buyer or Allegro wrote last)."""
    return awaiting_seller_reply(issue)


def awaiting_reply_count(issues: Iterable[Issue]) -> int:
    return sum(1 for issue in issues if awaits_reply(issue))


def newly_awaiting(old: Issue | None, new: Issue) -> bool:
    """Is ``new`` the seller's turn because of a message not seen in ``old``?

    True when the turn moved to the seller (or the issue is new to us), and also when it
    already was the seller's turn but another message arrived (a buyer who writes twice
    deserves a second note). False for anything the seller did, or for unchanged issues.
    """
    if not awaits_reply(new):
        return False
    if old is None or not awaits_reply(old):
        return True
    return old.chat.last_message != new.chat.last_message


class TrayIcon(QObject):
    """A ``QSystemTrayIcon`` with the app icon, a count tooltip and "new message" notes."""

    # The icon was clicked (or "Show window" chosen): bring the window to the front.
    show_requested = Signal()
    # A notification was clicked: the id of the issue it was about.
    issue_requested = Signal(str)
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setObjectName("trayIcon")
        self._message_issue_id: str | None = None
        # The last notification shown: (title, body, issue id); for tests and diagnostics.
        self.last_message: tuple[str, str, str] | None = None

        self.menu = QMenu()  # no parent widget to give it: this object keeps it alive
        self.show_action = QAction(self.tr("Show window"), self)
        self.show_action.triggered.connect(self.show_requested)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.show_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)

        self.icon.activated.connect(self._on_icon_activated)
        self.icon.messageClicked.connect(self._on_icon_message_clicked)
        self.set_awaiting(0)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def tool_tip(self) -> str:
        return self.icon.toolTip()

    def set_awaiting(self, count: int) -> None:
        text = self.tr("%n awaiting your reply", "", count)
        self.icon.setToolTip(f"{APP_NAME}\n{text}")

    def update_from(self, issues: Iterable[Issue]) -> None:
        self.set_awaiting(awaiting_reply_count(issues))

    def notify_new_messages(self, issues: Sequence[Issue]) -> None:
        """One note for a refresh: the first issue by name, the rest as a count."""
        first = next((i for i in issues if i.id is not None), None)
        if first is None or first.id is None:
            return
        login = display_text(first.buyer.login) or self.tr("a buyer")
        title = self.tr("New message from %1").replace("%1", login)
        more = len(issues) - 1
        body = (
            self.tr("%n more conversations await your reply.", "", more)
            if more > 0
            else self.tr("Click to open the conversation.")
        )
        self._message_issue_id = first.id
        self.last_message = (title, body, first.id)
        self.icon.showMessage(
            title, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_TIMEOUT_MS
        )

    def notify_all(self, notes: Sequence[Notification], account: str = "") -> None:
        """One system notification for a batch: the first by name, the rest as a count.

        ``account``: the name of the account the notes are about (with several accounts),
        the first line of the body."""
        if not notes:
            return
        first = notes[0]
        titles = {
            NoteKind.NEW_MESSAGE: self.tr("New message"),
            NoteKind.NEW_ISSUE: self.tr("New discussion or claim"),
            NoteKind.STATE: self.tr("Status changed"),
            NoteKind.CHAT_CLOSED: self.tr("Allegro closed the conversation"),
            NoteKind.ADVISOR: self.tr("An Allegro advisor joined"),
            NoteKind.DUE_24H: self.tr("Due within 24 hours"),
            NoteKind.DUE_3H: self.tr("Due within 3 hours"),
            NoteKind.OVERDUE: self.tr("Overdue"),
        }
        title = titles[first.kind]
        if first.kind is NoteKind.NEW_MESSAGE and first.login:
            title = self.tr("New message from %1").replace("%1", first.login)
        # Alone on its line (not "… from a buyer", whose Polish is the genitive).
        body = first.who or self.tr("A buyer")
        if account:
            body = self.tr("%1: %2").replace("%1", display_text(account)).replace("%2", body)
        if len(notes) > 1:
            body += "\n" + self.tr("and %n more", "", len(notes) - 1)
        self._message_issue_id = first.issue_id
        self.last_message = (title, body, first.issue_id)
        self.icon.showMessage(
            title, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_TIMEOUT_MS
        )

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()

    def _on_icon_message_clicked(self) -> None:
        self.show_requested.emit()
        if self._message_issue_id is not None:
            self.issue_requested.emit(self._message_issue_id)
