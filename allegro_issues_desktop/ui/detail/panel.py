"""The right side of the main window: one issue's facts on top, its conversation below.

The panel only shows and asks: it emits intents (send, verdict, open attachment, retry) and the
window answers through the public methods. Answers for an issue that is no longer shown are
ignored, so a slow reply never paints the wrong issue.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid as shiboken_valid

from ...domain import ChatMessage, Issue, can_give_verdict, return_decision_pending
from ...domain.outgoing import FailReason, OutboxState
from ...store.drafts import DraftKeeper, DraftStore
from .chat_panel import ChatPanel
from .facts_view import FactsView
from .header import IssueHeader
from .order_view import OrderView
from .requests import OutgoingMessage
from .return_dialog import ReturnDecisionDialog, ReturnForm
from .verdict_dialog import VerdictDialog, VerdictForm

_HEADER_SHARE = 0.42  # at most this much of the height goes to facts at first


class IssueDetailPanel(QWidget):
    send_requested = Signal(object)  # OutgoingMessage
    verdict_requested = Signal(object)  # VerdictRequest
    attachment_open_requested = Signal(str, str)  # url, file name
    retry_requested = Signal(str)  # issue id
    taken_back = Signal(str)  # local id: drop it from the outbox (the text is in the editor)
    resend_requested = Signal(str)  # local id

    def __init__(self, drafts: DraftStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueDetail")
        self._issue: Issue | None = None
        self._verdict_forms: dict[str, VerdictForm] = {}
        self._verdict_dialog: VerdictDialog | None = None
        self._return_forms: dict[str, ReturnForm] = {}
        self._return_dialog: ReturnDecisionDialog | None = None
        self._return_sent: dict[str, str] = {}  # issue id -> local id of the decision message
        self._user_sized = False
        self.draft_keeper = DraftKeeper(drafts or DraftStore.default())

        self.empty_label = QLabel(self.tr("Select a discussion or claim on the left"), self)
        self.empty_label.setObjectName("detailEmptyState")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); font-size: 11pt;")

        self.header = IssueHeader(self)
        self.header.verdict_clicked.connect(self.open_verdict_dialog)
        self.header.return_decision_clicked.connect(self.open_return_dialog)
        self.facts = FactsView(self)
        self.facts.attachment_open_requested.connect(self.attachment_open_requested)
        top = QWidget(self)
        top.setObjectName("issueTop")
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(14, 12, 14, 10)
        top_layout.setSpacing(10)
        top_layout.addWidget(self.header)
        line = QFrame(top)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        top_layout.addWidget(line)
        top_layout.addWidget(self.facts)
        self.order_view = OrderView(top)  # the order and the offer; set_context() feeds it
        top_layout.addWidget(self.order_view)
        top_layout.addStretch(1)
        self.top_scroll = QScrollArea(self)
        self.top_scroll.setObjectName("issueTopScroll")
        self.top_scroll.setWidget(top)
        self.top_scroll.setWidgetResizable(True)
        self.top_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.top_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own (it would show no focus): Tab goes to the controls inside,
        # and the one focused is scrolled into view.
        self.top_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._top = top

        self.chat = ChatPanel(self.draft_keeper, self)
        self.chat.send_requested.connect(self.send_requested)
        self.chat.attachment_open_requested.connect(self.attachment_open_requested)
        self.chat.retry_requested.connect(self.retry_requested)
        self.chat.taken_back.connect(self.taken_back)
        self.chat.resend_requested.connect(self.resend_requested)
        self.chat.composer.template_values = self.order_view.template_values  # canned replies

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("detailSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(5)
        # A hairline between facts and chat; the handle stays 5 px tall to be easy to grab.
        self.splitter.setStyleSheet(
            "QSplitter#detailSplitter::handle:vertical {"
            " background: transparent; border-top: 1px solid palette(mid); }"
        )
        self.splitter.addWidget(self.top_scroll)
        self.splitter.addWidget(self.chat)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        keeper = self.draft_keeper  # not self: the slot runs while the panel is going away
        self.destroyed.connect(lambda *_: keeper.close(wait=False))
        app = QCoreApplication.instance()
        if app is not None:  # a clean quit writes drafts that are still waiting
            app.aboutToQuit.connect(self.flush_drafts)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    # -- public API --------------------------------------------------------------------------

    def current_issue_id(self) -> str | None:
        return self._issue.id if self._issue is not None else None

    def show_issue(self, issue: Issue) -> None:
        """Show ``issue``; the same id again is a refresh that keeps the editor and the scroll."""
        same = self._issue is not None and self._issue.id == issue.id
        self._issue = issue
        self.header.set_issue(issue)
        self.facts.set_issue(issue)
        self.order_view.set_issue(issue)
        self.chat.set_issue(issue)
        if not can_give_verdict(issue) and issue.id is not None:
            self._verdict_forms.pop(issue.id, None)  # decided: the old form has no use
        if not same and self._verdict_dialog is not None:
            self._verdict_dialog.reject()
        if issue.id is not None and not return_decision_pending(issue):
            self._return_sent.pop(issue.id, None)  # decided (or closed): Allegro shows it now
            self._return_forms.pop(issue.id, None)
        self.header.set_return_sent(issue.id in self._return_sent)
        if self._return_dialog is not None and (not same or not return_decision_pending(issue)):
            self._return_dialog.reject()
        self.stack.setCurrentWidget(self.splitter)
        if not same:
            self._fit_top()

    def set_chat_closed_by_server(self, issue: Issue) -> None:
        """Allegro answered 409: show the re-read issue with writing disabled, text kept."""
        self.show_issue(issue)
        self.chat.set_chat_closed_by_server(issue)

    def clear(self) -> None:
        if self._verdict_dialog is not None:
            self._verdict_dialog.reject()
        if self._return_dialog is not None:
            self._return_dialog.reject()
        self._issue = None
        self.header.set_issue(None)
        self.order_view.clear()
        self.chat.clear()
        self.stack.setCurrentWidget(self.empty_label)

    def show_chat_loading(self, issue_id: str) -> None:
        self.chat.show_loading(issue_id)

    def show_chat(self, issue_id: str, messages: list[ChatMessage]) -> None:
        self.chat.show_history(issue_id, messages)

    def show_chat_error(self, issue_id: str, text: str) -> None:
        self.chat.show_error(issue_id, text)

    def add_pending_message(self, outgoing: OutgoingMessage) -> None:
        self.chat.add_pending_message(outgoing)

    def show_outgoing(
        self, message: OutgoingMessage, server: ChatMessage | None, *, on_disk: bool = True
    ) -> None:
        self.chat.show_outgoing(message, server, on_disk=on_disk)
        failed = message.state is OutboxState.FAILED or message.reason is FailReason.CANCELLED
        if failed and self._return_sent.get(message.issue_id) == message.local_id:
            del self._return_sent[message.issue_id]  # not sent: the decision is open again
            if message.issue_id == self.current_issue_id():
                self.header.set_return_sent(False)

    def set_outbox(
        self,
        issue_id: str,
        messages: list[OutgoingMessage],
        on_disk: Callable[[str], bool] = lambda _local_id: True,
    ) -> None:
        self.chat.set_outbox(issue_id, messages, on_disk)

    def set_busy_verdict(self, busy: bool) -> None:
        self.header.set_busy_verdict(busy)

    def flush_drafts(self) -> None:
        self.chat.flush_drafts()

    # -- verdict -----------------------------------------------------------------------------

    def open_verdict_dialog(self) -> VerdictDialog | None:
        issue = self._issue
        if issue is None or issue.id is None or not can_give_verdict(issue):
            return None
        if self._verdict_dialog is not None:
            self._verdict_dialog.raise_()
            return self._verdict_dialog
        dialog = VerdictDialog(issue, self._verdict_forms.get(issue.id), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        issue_id = issue.id
        dialog.verdict_requested.connect(self.verdict_requested)
        dialog.finished.connect(lambda _r: self._on_verdict_dialog_finished(issue_id, dialog))
        self._verdict_dialog = dialog
        dialog.open()
        return dialog

    def _on_verdict_dialog_finished(self, issue_id: str, dialog: VerdictDialog) -> None:
        # Keep what was typed (also after sending: if Allegro refuses, reopening restores it).
        self._verdict_forms[issue_id] = dialog.form()
        if self._verdict_dialog is dialog:
            self._verdict_dialog = None

    # -- return decision ---------------------------------------------------------------------

    def open_return_dialog(self) -> ReturnDecisionDialog | None:
        issue = self._issue
        if issue is None or issue.id is None or not return_decision_pending(issue):
            return None
        if self._return_dialog is not None:
            self._return_dialog.raise_()
            return self._return_dialog
        dialog = ReturnDecisionDialog(issue, self._return_forms.get(issue.id), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        issue_id = issue.id
        dialog.decision_requested.connect(self._on_return_decision_requested)
        dialog.finished.connect(lambda r: self._on_return_dialog_finished(issue_id, dialog, r))
        self._return_dialog = dialog
        dialog.open()
        return dialog

    def _on_return_decision_requested(self, outgoing: OutgoingMessage) -> None:
        """The same way out as the composer: a bubble now, the outbox via the window."""
        self._return_sent[outgoing.issue_id] = outgoing.local_id
        if outgoing.issue_id == self.current_issue_id():
            self.header.set_return_sent(True)
        self.chat.add_pending_message(outgoing)
        self.chat.save_draft_now()  # the draft keeps a copy until the outbox has it
        self.send_requested.emit(outgoing)

    def _on_return_dialog_finished(
        self, issue_id: str, dialog: ReturnDecisionDialog, result: int
    ) -> None:
        if result == QDialog.DialogCode.Accepted:
            self._return_forms.pop(issue_id, None)  # the text is on its bubble now
        else:
            self._return_forms[issue_id] = dialog.form()  # cancelled: keep what was typed
        if self._return_dialog is dialog:
            self._return_dialog = None

    # -- layout ------------------------------------------------------------------------------

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken_valid(self) or not shiboken_valid(self._top):
            return  # the panel is going away
        if new is not None and self._top.isAncestorOf(new):
            self.top_scroll.ensureWidgetVisible(new)

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._user_sized = True

    def _fit_top(self) -> None:
        """Give the facts what they need (up to a share of the height), the chat the rest."""
        if self._user_sized:
            return
        total = self.splitter.height()
        if total <= 0:
            return
        width = self.top_scroll.viewport().width() or self.width()
        top_widget = self._top
        wanted = (
            top_widget.heightForWidth(width)
            if top_widget.hasHeightForWidth()
            else top_widget.sizeHint().height()
        ) + 2
        top = max(min(wanted, int(total * _HEADER_SHARE)), 80)
        self.splitter.setSizes([top, max(total - top, 1)])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_top()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_top()
