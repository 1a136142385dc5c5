"""Waiting for the browser: the PKCE flow for apps registered as "browser" type.

The browser opens Allegro's consent page; Allegro redirects to the app's one-shot localhost
listener, which finishes the sign-in. This dialog only waits, offers to open the page again,
and reports the outcome in one sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...auth.browser_flow import RedirectPages, sign_in_with_browser
from ...auth.oauth import OAuthClient, TokenSet
from ...services.tasks import LatestTask
from .messages import failure_text

log = logging.getLogger(__name__)


def _open_in_browser(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))


class BrowserSignInDialog(QDialog):
    signed_in = Signal(object)  # TokenSet

    def __init__(
        self,
        client: OAuthClient,
        environment_name: str,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[str], object] = _open_in_browser,
        redirect_uri: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("browserSignInDialog")
        self._client = client
        self._open_url = open_url
        self._redirect_uri = redirect_uri
        self._url: str | None = None
        self._flow = LatestTask("browser-sign-in")
        self.tokens: TokenSet | None = None
        self.setWindowTitle(self.tr("Sign in to %1").replace("%1", environment_name))
        self.setMinimumWidth(500)

        title = QLabel(self.tr("Finish signing in in your browser"), self)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        title.setFont(title_font)
        text = QLabel(
            self.tr(
                "Allegro opens in your browser. Sign in there as the seller and approve access;"
                " this window closes by itself when Allegro answers."
            ),
            self,
        )
        text.setWordWrap(True)
        self.status_label = QLabel("", self)
        self.status_label.setObjectName("browserSignInStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.font())
        bold.setBold(True)
        self.status_label.setFont(bold)

        self.reopen_button = QPushButton(self.tr("Open the page again"), self)
        self.reopen_button.clicked.connect(self._on_reopen_clicked)
        # For a browser that did not open, or a seller who prefers another browser.
        self.copy_button = QPushButton(self.tr("Copy the address"), self)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.restart_button = QPushButton(self.tr("Start again"), self)
        self.restart_button.setObjectName("startAgainButton")
        self.restart_button.clicked.connect(self.start)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restart_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.restart_button.hide()

    def _pages(self) -> RedirectPages:
        # The tab shows the app's language: these texts go to the browser as escaped HTML.
        return RedirectPages(
            success_title=self.tr("Signed in"),
            success_text=self.tr("You can close this tab and go back to the app."),
            failure_title=self.tr("Sign-in did not finish"),
            failure_text=self.tr("Go back to the app: it says what happened."),
            lang=self.tr("en", "HTML language code of this translation"),
        )

    def start(self) -> None:
        self._flow.start(self.run_flow())

    async def run_flow(self) -> TokenSet | None:
        self.restart_button.hide()
        self.reopen_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self.status_label.setText(self.tr("Waiting for Allegro…"))
        try:
            tokens = await sign_in_with_browser(
                self._client,
                self._open_url,
                redirect_uri=self._redirect_uri,
                pages=self._pages(),
                on_listening=self._on_listening,
            )
        except Exception as exc:
            log.info("browser sign-in ended: %s", type(exc).__name__)
            self.status_label.setText(failure_text(exc))
            self.reopen_button.setEnabled(False)
            self.copy_button.setEnabled(False)
            self.restart_button.show()
            return None
        self.tokens = tokens
        self.signed_in.emit(tokens)
        self.accept()
        return tokens

    def _on_listening(self, url: str) -> None:
        self._url = url
        self.reopen_button.setEnabled(True)
        self.copy_button.setEnabled(True)

    def _on_copy_clicked(self) -> None:
        if self._url:
            QGuiApplication.clipboard().setText(self._url)

    def _on_reopen_clicked(self) -> None:
        if self._url:
            self._open_url(self._url)

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self._flow.cancel()  # frees the localhost port at once
        super().done(result)
