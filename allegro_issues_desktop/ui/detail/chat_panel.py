"""The conversation of one issue: history, unsent messages, the composer and its drafts.

Nothing the seller typed is ever lost: the composer is saved as a draft (debounced) and on every
issue switch; a sent message stays in the draft as "unsent" until the window confirms that
Allegro accepted it; a failed message goes back into the editor or stays on its bubble with
"Put back into the editor".
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain import (
    ChatMessage,
    Issue,
    IssueKind,
    IssueState,
    StatusPhase,
    can_write,
    issue_kind,
    status_phase,
)
from ...domain.outgoing import FailReason, OutboxState
from ...store.drafts import Draft, DraftKeeper, UnsentMessage
from ...store.save_policy import MaxWaitDebouncer
from ..palette import NEUTRAL, STRONG, WARNING, Tone
from .chat_model import ChatModel, PendingEntry, PendingState
from .chat_view import ChatView
from .composer import Composer, ComposerState
from .outgoing_text import outgoing_note
from .requests import OutgoingMessage

_PENDING_STATE = {
    OutboxState.QUEUED: PendingState.QUEUED,
    OutboxState.SENDING: PendingState.SENDING,
    OutboxState.UNCONFIRMED: PendingState.UNCONFIRMED,
    OutboxState.FAILED: PendingState.FAILED,
    OutboxState.SENT: PendingState.SENDING,
}


class WhyNotWritable(Enum):
    """Why the seller cannot write, in the seller's terms (the banner says it)."""

    CLOSED = "closed"  # the issue is final
    STOPPED = "stopped"  # open, but Allegro set chatActive false
    REFUSED = "refused"  # Allegro answered 409 just now
    UNAVAILABLE = "unavailable"  # anything else (an unknown status without chatActive)


class ChatState(Enum):
    NONE = "none"
    LOADING = "loading"
    ERROR = "error"
    READY = "ready"


@dataclass(frozen=True, slots=True)
class _ServerClosed:
    """Allegro answered 409 for this issue in this state; stale data must not re-enable writing."""

    issue_id: str
    state: IssueState


class ChatPanel(QWidget):
    """Signals:
    send_requested(OutgoingMessage): the seller sent a message (the outbox takes it).
    taken_back(str): a message's text went back to the editor: drop it from the outbox.
    resend_requested(str): *Send again* on a message Allegro never confirmed.
    attachment_open_requested(str, str): url, file name.
    retry_requested(str): load the issue's conversation again.
    """

    send_requested = Signal(object)  # OutgoingMessage
    taken_back = Signal(str)
    resend_requested = Signal(str)
    attachment_open_requested = Signal(str, str)  # url, file name
    retry_requested = Signal(str)  # issue id

    def __init__(self, drafts: DraftKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatPanel")
        self.drafts = drafts
        self._issue_id: str | None = None
        # Drafts are kept per account and issue: the account of the issue shown, the one the
        # window says comes next (set_account), and the account each issue was shown with.
        self._account = ""
        self._next_account = ""
        self._accounts: dict[str, str] = {}
        self._issue: Issue | None = None
        self._state = ChatState.NONE
        self._pending: dict[str, PendingEntry] = {}
        self._drafts_restored: set[str] = set()
        self._server_closed: _ServerClosed | None = None
        self._restoring = False
        #: Asked before a message goes back to the editor: the outbox lets go of it at once,
        #: or answers False (its POST has begun). None: no outbox to ask (the panel alone).
        self.take_back: Callable[[str], bool] | None = None

        self.model = ChatModel(self)
        self.view = ChatView(self.model, self)
        self.view.attachment_clicked.connect(self.attachment_open_requested)
        self.view.put_back_requested.connect(self.put_back)
        self.view.send_again_requested.connect(self.resend_requested)

        self.status_page = QWidget(self)
        self.status_page.setObjectName("chatStatusPage")
        self.status_label = QLabel(self.status_page)
        self.status_label.setObjectName("chatStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # may carry Allegro's message
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.spinner = QProgressBar(self.status_page)
        self.spinner.setObjectName("chatSpinner")
        self.spinner.setRange(0, 0)
        self.spinner.setTextVisible(False)
        self.spinner.setFixedSize(160, 6)
        self.retry_button = QPushButton(self.tr("Retry"), self.status_page)
        self.retry_button.setObjectName("chatRetryButton")
        self.retry_button.clicked.connect(self._on_retry_clicked)
        page = QVBoxLayout(self.status_page)
        page.addStretch(1)
        page.addWidget(self.status_label)
        page.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignHCenter)
        page.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        page.addStretch(1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.status_page)

        self.error_strip = QFrame(self)
        self.error_strip.setObjectName("chatErrorStrip")
        self.error_label = QLabel(self.error_strip)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        strip_retry = QPushButton(self.tr("Retry"), self.error_strip)
        strip_retry.clicked.connect(self._on_retry_clicked)
        strip = QHBoxLayout(self.error_strip)
        strip.setContentsMargins(10, 4, 6, 4)
        strip.addWidget(self.error_label, 1)
        strip.addWidget(strip_retry)
        self.error_strip.setStyleSheet(
            "QFrame#chatErrorStrip { background: #fdecea;"
            f" border-top: 1px solid {STRONG.border.name()}; }}"
            " QFrame#chatErrorStrip QLabel { color: #7f1d1d; }"
        )
        self.error_strip.hide()

        # Why writing is impossible: an icon and a sentence (the label keeps its old name).
        self.banner_frame = QFrame(self)
        self.banner_frame.setObjectName("chatDisabledBannerFrame")
        self.banner_icon = QLabel(self.banner_frame)
        self.banner_icon.setObjectName("chatDisabledIcon")
        self.banner = QLabel(self.banner_frame)
        self.banner.setObjectName("chatDisabledBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        banner_layout = QHBoxLayout(self.banner_frame)
        banner_layout.setContentsMargins(12, 8, 12, 8)
        banner_layout.setSpacing(10)
        banner_layout.addWidget(self.banner_icon, 0, Qt.AlignmentFlag.AlignTop)
        banner_layout.addWidget(self.banner, 1)
        self.banner_frame.hide()
        self.banner.hide()

        self.composer = Composer(self)
        self.composer.submitted.connect(self._on_composer_submitted)
        self.composer.edited.connect(self._on_composer_edited)
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        self._separator = separator

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error_strip)
        layout.addWidget(self.banner_frame)
        layout.addWidget(separator)
        layout.addWidget(self.composer)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._save_policy = MaxWaitDebouncer()
        self._draft_timer.timeout.connect(self.save_draft_now)
        self._show_status("")

    # -- issue -------------------------------------------------------------------------------

    def issue_id(self) -> str | None:
        return self._issue_id

    def chat_state(self) -> ChatState:
        return self._state

    def account(self) -> str:
        """The account key of the issue shown ("" for none, or a server without accounts)."""
        return self._account

    def set_account(self, account: str) -> None:
        """The account of the issues :meth:`set_issue` shows from now on (its drafts)."""
        self._next_account = account

    def set_issue(self, issue: Issue) -> None:
        """A new issue switches everything; the same issue again only updates what may write."""
        issue_id = issue.id or ""
        if issue_id != self._issue_id or self._next_account != self._account:
            self._switch_to(issue_id)
        self._issue = issue
        closed = self._server_closed
        if closed is not None and (
            closed.issue_id != issue_id or closed.state != issue.current_state
        ):
            self._server_closed = None  # the state moved on since the 409: trust it again
        self._apply_writable()

    def set_chat_closed_by_server(self, issue: Issue) -> None:
        """Allegro refused a message (409): disable writing even if the re-read state lags."""
        self.set_issue(issue)
        self._server_closed = _ServerClosed(issue.id or "", issue.current_state)
        self._apply_writable()

    def clear(self) -> None:
        self.save_draft_now()
        self._drop_restored(self._issue_id)
        self._issue_id = None
        self._issue = None
        self._server_closed = None
        self.model.clear()
        self._restoring = True
        self.composer.clear()
        self._restoring = False
        self.composer.set_writable(False)
        self.composer.set_compact(False)
        self._hide_banner()
        self.error_strip.hide()
        self._state = ChatState.NONE
        self._show_status("")

    def _switch_to(self, issue_id: str) -> None:
        self.save_draft_now()
        self._drop_restored(self._issue_id)
        self._issue_id = issue_id
        self._account = self._next_account
        self._accounts[issue_id] = self._account
        self._server_closed = None
        self.model.clear()
        self.error_strip.hide()
        self._state = ChatState.NONE
        self._show_status(self.tr("Loading conversation…"), spinner=True)
        self._restore_draft(issue_id)

    def _apply_writable(self) -> None:
        issue = self._issue
        if issue is None:
            return
        kind = issue_kind(issue)
        writable = can_write(issue) and self._server_closed is None
        self.composer.set_kind(kind)
        self.composer.set_writable(writable)
        self.composer.set_compact(not writable)
        if writable:
            self._hide_banner()
            return
        self._show_banner(self.why_not_writable(issue), kind is IssueKind.CLAIM)

    def why_not_writable(self, issue: Issue) -> WhyNotWritable:
        phase = status_phase(issue)
        if phase is StatusPhase.FINAL:
            return WhyNotWritable.CLOSED
        if phase is StatusPhase.OPEN and issue.current_state.chat_active is False:
            return WhyNotWritable.STOPPED
        if self._server_closed is not None:
            return WhyNotWritable.REFUSED
        return WhyNotWritable.UNAVAILABLE

    def _banner_text(self, why: WhyNotWritable, claim: bool) -> str:
        if why is WhyNotWritable.CLOSED:
            return (
                self.tr(
                    "This claim is closed, so Allegro does not accept new messages."
                    " You can still read the whole conversation."
                )
                if claim
                else self.tr(
                    "This discussion is closed, so Allegro does not accept new messages."
                    " You can still read the whole conversation."
                )
            )
        if why is WhyNotWritable.STOPPED:
            return (
                self.tr(
                    "Allegro has stopped the chat while the claim is still open: it does not"
                    " accept new messages for now. You can read the conversation; writing comes"
                    " back when Allegro reopens the chat."
                )
                if claim
                else self.tr(
                    "Allegro has stopped the chat while the discussion is still open: it does not"
                    " accept new messages for now. You can read the conversation; writing comes"
                    " back when Allegro reopens the chat."
                )
            )
        if why is WhyNotWritable.REFUSED:
            return (
                self.tr(
                    "Allegro refused your message just now: this claim does not accept new"
                    " messages any more. What you wrote is kept."
                )
                if claim
                else self.tr(
                    "Allegro refused your message just now: this discussion does not accept new"
                    " messages any more. What you wrote is kept."
                )
            )
        return (
            self.tr(
                "Allegro does not accept new messages in this claim now."
                " You can still read the whole conversation."
            )
            if claim
            else self.tr(
                "Allegro does not accept new messages in this discussion now."
                " You can still read the whole conversation."
            )
        )

    def _show_banner(self, why: WhyNotWritable, claim: bool) -> None:
        tone: Tone = NEUTRAL if why is WhyNotWritable.CLOSED else WARNING
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxInformation
            if why is WhyNotWritable.CLOSED
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 4
        self.banner_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.banner_frame.setStyleSheet(
            f"QFrame#chatDisabledBannerFrame {{ background: {tone.background.name()};"
            f" border-top: 1px solid {tone.border.name()}; }}"
            f" QLabel#chatDisabledBanner {{ color: {tone.foreground.name()}; }}"
        )
        self.banner.setText(self._banner_text(why, claim))
        self.banner.setProperty("reason", why.value)
        self.banner.show()
        self.banner_frame.show()

    def _hide_banner(self) -> None:
        self.banner_frame.hide()
        self.banner.hide()  # hidden in its own right too: callers ask the label

    # -- history -----------------------------------------------------------------------------

    def show_loading(self, issue_id: str) -> None:
        if issue_id != self._issue_id or self._state is ChatState.READY:
            return  # stale, or a refresh of what is shown: keep the history, no flicker
        self._state = ChatState.LOADING
        self._show_status(self.tr("Loading conversation…"), spinner=True)

    def show_history(self, issue_id: str, messages: list[ChatMessage]) -> None:
        if issue_id != self._issue_id:
            return  # a late answer for an issue the seller left
        refresh = self._state is ChatState.READY
        bar = self.view.verticalScrollBar()
        at_bottom, position = self.view.is_at_bottom(), bar.value()
        self._drop_restored(issue_id)
        self.model.set_content(messages, self._pending_for(issue_id))
        self._state = ChatState.READY
        self.error_strip.hide()
        self._show_history_page()
        if not refresh or at_bottom:
            self.view.scroll_to_newest()
        else:
            self.view.doItemsLayout()
            bar.setValue(position)

    def show_error(self, issue_id: str, text: str) -> None:
        if issue_id != self._issue_id:
            return
        if self._state is ChatState.READY:
            self.error_label.setText(
                self.tr("The conversation could not be refreshed. %1").replace("%1", text)
            )
            self.error_strip.show()
            return
        self._state = ChatState.ERROR
        self._show_status(
            self.tr("The conversation could not be loaded.") + "\n" + text, retry=True
        )

    def _show_history_page(self) -> None:
        if self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.view)
            return
        writable = self._issue is not None and can_write(self._issue)
        self._show_status(
            self.tr("No messages yet. Write the first one below.")
            if writable
            else self.tr("There are no messages in this conversation.")
        )

    def _show_status(self, text: str, *, spinner: bool = False, retry: bool = False) -> None:
        self.status_label.setText(text)
        self.spinner.setVisible(spinner)
        self.retry_button.setVisible(retry)
        self.stack.setCurrentWidget(self.status_page)

    def _on_retry_clicked(self) -> None:
        if self._issue_id:
            self.error_strip.hide()
            self.retry_requested.emit(self._issue_id)

    # -- sending -----------------------------------------------------------------------------

    def _on_composer_submitted(self) -> None:
        if not self._issue_id or not self.composer.can_send():
            return
        state = self.composer.state()
        outgoing = OutgoingMessage(
            account="",  # the window stamps the account that owns the issue
            issue_id=self._issue_id,
            text=state.text.strip(),
            message_type=state.message_type,
            attachment_paths=state.attachment_paths,
        )
        self.add_pending_message(outgoing)
        self._restoring = True
        self.composer.clear()
        self._restoring = False
        # Until the outbox has it on disk, the draft keeps a copy (see show_outgoing).
        self.save_draft_now()
        self.send_requested.emit(outgoing)

    def add_pending_message(self, outgoing: OutgoingMessage) -> None:
        if outgoing.local_id in self._pending:
            return  # the panel already shows it (the window may call this too)
        entry = PendingEntry(outgoing)  # "Sending…" until the outbox says more
        self._pending[outgoing.local_id] = entry
        if outgoing.issue_id != self._issue_id:
            self._save(outgoing.issue_id)
            return
        self.model.add_pending(entry)
        if self._state is ChatState.READY:
            self._show_history_page()
            self.view.scroll_to_newest()

    def set_outbox(
        self,
        issue_id: str,
        messages: list[OutgoingMessage],
        on_disk: Callable[[str], bool] = lambda _local_id: True,
    ) -> None:
        """The outbox's messages of ``issue_id`` (on switching to it); ``on_disk(local_id)``:
        whether the outbox has the message on disk (see :meth:`show_outgoing`)."""
        for message in messages:
            self.show_outgoing(message, None, on_disk=on_disk(message.local_id))

    def show_outgoing(
        self, message: OutgoingMessage, server: ChatMessage | None, *, on_disk: bool = True
    ) -> None:
        """The outbox changed the state of ``message``: show it on its bubble. Until the
        outbox has it on disk (``on_disk``), the draft keeps a copy of it."""
        local_id = message.local_id
        entry = self._pending.get(local_id)
        if message.state is OutboxState.SENT:
            if entry is None:
                return
            del self._pending[local_id]
            if message.issue_id == self._issue_id:
                at_bottom = self.view.is_at_bottom()
                if server is not None:
                    self.model.replace_pending(local_id, server)
                else:
                    self.model.remove_pending(local_id)
                if at_bottom:
                    self.view.scroll_to_newest()
            self._save(message.issue_id)  # the draft loses its copy
            return
        if message.reason is FailReason.CANCELLED:
            # Taken out of the outbox: a bubble whose text went back to the editor stays.
            if entry is not None and not entry.restored_to_editor:
                del self._pending[local_id]
                if message.issue_id == self._issue_id:
                    self.model.remove_pending(local_id)
            elif entry is not None:
                entry.durable = False
            return
        if entry is None:
            if message.issue_id != self._issue_id:
                return  # shown when its issue is opened (set_outbox)
            self.add_pending_message(message)
            entry = self._pending[local_id]
        entry.outgoing = message
        entry.durable = on_disk
        entry.state = _PENDING_STATE[message.state]
        entry.error = outgoing_note(message)
        current = message.issue_id == self._issue_id
        if (
            message.state is OutboxState.FAILED
            and current
            and self.composer.is_empty()
            and not entry.restored_to_editor
        ):
            self.composer.set_state(
                ComposerState(message.text, message.message_type, message.attachment_paths)
            )
            entry.restored_to_editor = True
            self.save_draft_now()  # the text is in the draft before the outbox lets it go
            self.taken_back.emit(local_id)
        if current:
            at_bottom = self.view.is_at_bottom()
            self.model.refresh_pending(entry)
            if at_bottom:  # the note is taller than the bubble was: keep it in view
                self.view.scroll_to_newest()
        self._save(message.issue_id)

    def put_back(self, local_id: str) -> None:
        """Move a failed message into the editor, next to anything typed since: only once the
        outbox has let go of it (:attr:`take_back`), so that it is never both sent and in the
        editor."""
        entry = self._pending.get(local_id)
        if entry is None or entry.outgoing.issue_id != self._issue_id:
            return
        del self._pending[local_id]
        out = entry.outgoing
        if self.take_back is not None and not self.take_back(local_id):
            self._pending[local_id] = entry  # its POST has begun: it stays the outbox's
            entry.error = self.tr(
                "This message is already on its way to Allegro and cannot be put back."
            )
            self.model.refresh_pending(entry)
            return
        if entry.durable:
            self.taken_back.emit(local_id)
        now = self.composer.state()
        if now.is_empty():
            merged = ComposerState(out.text, out.message_type, out.attachment_paths)
        else:
            merged = ComposerState(
                now.text.rstrip() + "\n\n" + out.text,
                out.message_type if now.message_type == "REGULAR" else now.message_type,
                now.attachment_paths
                + tuple(p for p in out.attachment_paths if p not in now.attachment_paths),
            )
        self.composer.set_state(merged)
        self.model.remove_pending(local_id)
        self.save_draft_now()
        self.composer.editor.setFocus()

    def pending_entries(self) -> list[PendingEntry]:
        return list(self._pending.values())

    def _pending_for(self, issue_id: str) -> list[PendingEntry]:
        return [e for e in self._pending.values() if e.outgoing.issue_id == issue_id]

    def _drop_restored(self, issue_id: str | None) -> None:
        """Failed bubbles whose text went back into the editor have said what they had to say."""
        for local_id, entry in list(self._pending.items()):
            if entry.outgoing.issue_id == issue_id and entry.restored_to_editor:
                del self._pending[local_id]

    # -- drafts ------------------------------------------------------------------------------

    def _on_composer_edited(self) -> None:
        # The one save policy (store/save_policy.py, measured under kill -9 in bench/): after a
        # pause, and at the latest 1 s after the first unsaved keystroke, whatever the rhythm.
        if self._restoring or not self._issue_id:
            return
        now = time.monotonic()
        self._save_policy.note_change(now)
        due = self._save_policy.due_at()
        assert due is not None
        self._draft_timer.start(max(0, int((due - now) * 1000)))

    def save_draft_now(self) -> None:
        self._draft_timer.stop()
        self._save_policy.mark_saved()
        if self._issue_id:
            self._save(self._issue_id)

    def flush_drafts(self) -> None:
        """Write everything now (call before quitting)."""
        self.save_draft_now()
        self.drafts.flush()

    def _account_of(self, issue_id: str) -> str:
        return self._account if issue_id == self._issue_id else self._accounts.get(issue_id, "")

    def _save(self, issue_id: str, composer: ComposerState | None = None) -> None:
        account = self._account_of(issue_id)
        if composer is None:
            if issue_id == self._issue_id:
                composer = self.composer.state()
            else:
                saved = self.drafts.load(issue_id, account)
                composer = (
                    ComposerState(saved.text, saved.message_type, saved.attachment_paths)
                    if saved is not None
                    else ComposerState()
                )
        unsent = tuple(
            UnsentMessage(
                e.outgoing.local_id,
                e.outgoing.text,
                e.outgoing.message_type,
                e.outgoing.attachment_paths,
            )
            for e in self._pending_for(issue_id)
            if e.keeps_text and not e.durable
        )
        self.drafts.save(
            issue_id,
            Draft(
                text=composer.text,
                message_type=composer.message_type,
                attachment_paths=composer.attachment_paths,
                unsent=unsent,
            ),
            account,
        )

    def _restore_draft(self, issue_id: str) -> None:
        draft = self.drafts.load(issue_id, self._account)
        self._restoring = True
        self.composer.hide_notice()
        self.composer.set_state(
            ComposerState(draft.text, draft.message_type, draft.attachment_paths)
            if draft is not None
            else ComposerState()
        )
        self._restoring = False
        if draft is None or issue_id in self._drafts_restored:
            self._drafts_restored.add(issue_id)
            return
        self._drafts_restored.add(issue_id)
        # Unsent messages from an earlier run: Allegro may or may not have them (no idempotency).
        for unsent in draft.unsent:
            if unsent.local_id in self._pending:
                continue
            self._pending[unsent.local_id] = PendingEntry(
                OutgoingMessage(
                    account=self._account,
                    issue_id=issue_id,
                    text=unsent.text,
                    message_type=unsent.message_type,
                    attachment_paths=unsent.attachment_paths,
                    local_id=unsent.local_id,
                ),
                state=PendingState.UNCONFIRMED,
                error=self.tr(
                    "Allegro did not confirm this message before the app closed."
                    " Check the conversation before you send it again."
                ),
            )
