"""The device-flow dialog: a code in large type, a button to Allegro, a countdown, one status.

The seller opens Allegro (``verification_uri_complete`` carries the code), checks the code shown
here matches, and approves. The dialog polls meanwhile and closes itself on success. Every way
it can fail ends with one sentence and a "Start again" button.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...auth.oauth import DeviceAuthorization, PollStatus, TokenSet
from ...services.tasks import LatestTask
from .messages import failure_text

log = logging.getLogger(__name__)


class DeviceFlowSource(Protocol):
    """What the dialog needs from :class:`auth.oauth.OAuthClient` (tests pass a fake)."""

    async def start_device_flow(self, scope: str | None = None) -> DeviceAuthorization: ...

    async def poll_device_flow(
        self,
        auth: DeviceAuthorization,
        on_status: Callable[[PollStatus], None] | None = None,
    ) -> TokenSet: ...


def _open_in_browser(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))


class DeviceFlowDialog(QDialog):
    signed_in = Signal(object)  # TokenSet; the dialog then accepts itself

    def __init__(
        self,
        source: DeviceFlowSource,
        environment_name: str,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.time,
        open_url: Callable[[str], object] = _open_in_browser,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deviceFlowDialog")
        self._source = source
        self._clock = clock
        self._open_url = open_url
        self._auth: DeviceAuthorization | None = None
        self._flow = LatestTask("device-sign-in")
        self.tokens: TokenSet | None = None
        self.setWindowTitle(self.tr("Sign in to %1").replace("%1", environment_name))
        self.setMinimumWidth(540)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._update_countdown)
        self._build(environment_name)

    # ------------------------------------------------------------------------------ layout
    def _build(self, environment_name: str) -> None:
        title = QLabel(self.tr("Sign in to %1").replace("%1", environment_name), self)
        title.setObjectName("deviceFlowTitle")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        title.setFont(title_font)

        intro = QLabel(
            self.tr(
                "Open Allegro in your browser and sign in as the seller. When Allegro shows"
                " this code, check that it matches and approve access."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.code_label = QLabel("", self)
        self.code_label.setObjectName("userCode")
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)  # the server's text, shown as is
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 2.6)
        code_font.setBold(True)
        code_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 112)
        self.code_label.setFont(code_font)
        self.code_label.setMinimumHeight(int(code_font.pointSizeF() * 2.6))
        code_box = QFrame(self)
        code_box.setObjectName("userCodeBox")
        code_box.setStyleSheet(
            "QFrame#userCodeBox { border: 1px solid palette(mid); border-radius: 8px;"
            " background: palette(base); }"
        )
        box_layout = QVBoxLayout(code_box)
        box_layout.setContentsMargins(16, 10, 16, 10)
        box_layout.addWidget(self.code_label)

        self.open_button = QPushButton(self.tr("Open Allegro in the browser"), self)
        self.open_button.setObjectName("openBrowserButton")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.copy_button = QPushButton(self.tr("Copy code"), self)
        self.copy_button.setObjectName("copyCodeButton")
        self.copy_button.clicked.connect(self._on_copy_clicked)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)

        self.where_label = QLabel("", self)
        self.where_label.setTextFormat(Qt.TextFormat.PlainText)
        self.where_label.setWordWrap(True)
        self.where_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.where_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.countdown_label = QLabel("", self)
        self.countdown_label.setObjectName("countdown")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.status_label = QLabel("", self)
        self.status_label.setObjectName("deviceFlowStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        status_font = QFont(self.font())
        status_font.setBold(True)
        self.status_label.setFont(status_font)

        self.restart_button = QPushButton(self.tr("Start again"), self)
        self.restart_button.setObjectName("startAgainButton")
        self.restart_button.clicked.connect(self._on_restart_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.restart_button)
        bottom.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(code_box)
        layout.addLayout(actions)
        layout.addWidget(self.where_label)
        layout.addWidget(self.countdown_label)
        layout.addSpacing(6)
        layout.addLayout(bottom)
        self._show_waiting_for_code()

    # ------------------------------------------------------------------------------- flow
    def start(self) -> None:
        """Begin (or begin again): only schedules :meth:`run_flow`."""
        self._flow.start(self.run_flow())

    async def run_flow(self) -> TokenSet | None:
        """One attempt from a new code to tokens; returns None when it ended otherwise."""
        self._show_waiting_for_code()
        try:
            auth = await self._source.start_device_flow()
            self._show_code(auth)
            tokens = await self._source.poll_device_flow(auth, self._on_poll_status)
        except Exception as exc:  # every failure becomes a sentence and "Start again"
            log.info("device sign-in ended: %s", type(exc).__name__)
            self._show_failure(failure_text(exc))
            return None
        self.tokens = tokens
        self._countdown.stop()
        self.status_label.setText(self.tr("Signed in."))
        self.signed_in.emit(tokens)
        self.accept()
        return tokens

    def _on_poll_status(self, status: PollStatus) -> None:
        if status is PollStatus.UNREACHABLE:
            self.status_label.setText(self.tr("Allegro cannot be reached right now; still trying…"))
        else:
            self.status_label.setText(self._waiting_text())

    # ------------------------------------------------------------------------------ states
    def _waiting_text(self) -> str:
        return self.tr("Waiting for you to approve access in the browser…")

    def _show_waiting_for_code(self) -> None:
        self._auth = None
        self._countdown.stop()
        self.code_label.setText("· · ·")
        self.code_label.setEnabled(False)
        self.where_label.setText("")
        self.countdown_label.setText("")
        self.open_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self.restart_button.hide()
        self.status_label.setText(self.tr("Asking Allegro for a code…"))

    def _show_code(self, auth: DeviceAuthorization) -> None:
        self._auth = auth
        self.code_label.setEnabled(True)
        self.code_label.setText(auth.user_code)
        self.where_label.setText(
            self.tr("On another device, go to %1 and enter the code.").replace(
                "%1", auth.verification_uri
            )
        )
        self.open_button.setEnabled(True)
        self.copy_button.setEnabled(True)
        self.status_label.setText(self._waiting_text())
        self._update_countdown()
        self._countdown.start()

    def _show_failure(self, sentence: str) -> None:
        self._countdown.stop()
        self._auth = None
        self.code_label.setEnabled(False)
        self.open_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self.countdown_label.setText("")
        self.status_label.setText(sentence)
        self.restart_button.show()
        self.restart_button.setFocus()

    def _update_countdown(self) -> None:
        if self._auth is None:
            return
        left = max(0, int(self._auth.expires_at - self._clock()))
        minutes, seconds = divmod(left, 60)
        self.countdown_label.setText(
            self.tr("The code is valid for %1:%2.")
            .replace("%1", str(minutes))
            .replace("%2", f"{seconds:02d}")
        )

    # ------------------------------------------------------------------------------- slots
    def _on_open_clicked(self) -> None:
        if self._auth is None:
            return
        url = self._auth.verification_uri_complete or self._auth.verification_uri
        # Only web pages: the URI comes from the server, and openUrl would run other schemes.
        if QUrl(url).scheme() in ("https", "http"):
            self._open_url(url)

    def _on_copy_clicked(self) -> None:
        if self._auth is None:
            return
        QGuiApplication.clipboard().setText(self._auth.user_code)
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(2000, self._restore_copy_text)

    def _restore_copy_text(self) -> None:
        self.copy_button.setText(self.tr("Copy code"))

    def _on_restart_clicked(self) -> None:
        self.start()

    # ---------------------------------------------------------------------------- closing
    def done(self, result: int) -> None:
        """Cancel, Esc and the close button all end here: stop polling at once."""
        self._countdown.stop()
        if result != QDialog.DialogCode.Accepted:
            self._flow.cancel()
        super().done(result)
