"""The first screen a new seller sees: what the app needs, and three ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...settings import EnvironmentKind

COLUMN_WIDTH = 640


class FirstRunPage(QWidget):
    """Emits ``sign_in_requested("production" | "sandbox")`` or ``demo_requested()``."""

    sign_in_requested = Signal(str)
    demo_requested = Signal()
    back_requested = Signal()  # "add account" was opened from a working window

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPage")

        title = QLabel(self.tr("Welcome to %1").replace("%1", APP_NAME), self)
        title.setObjectName("firstRunTitle")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setBold(True)
        title.setFont(title_font)

        intro = QLabel(
            self.tr(
                "This app shows your Allegro post-purchase discussions and claims and lets you"
                " answer buyers from your desktop. It needs your permission to read and answer"
                " them on your seller account; you give it on Allegro's own page, so your"
                " password never passes through the app."
            ),
            self,
        )
        intro.setObjectName("firstRunIntro")
        intro.setWordWrap(True)
        intro_font = QFont(self.font())
        intro_font.setPointSizeF(max(intro_font.pointSizeF(), 9.0) * 1.2)
        intro.setFont(intro_font)

        self.production_button = self._choice(
            self.tr("Sign in to Allegro"),
            self.tr("Use your seller account on allegro.pl."),
            "signInProductionButton",
        )
        self.production_button.clicked.connect(
            lambda: self.sign_in_requested.emit(EnvironmentKind.PRODUCTION.value)
        )
        self.sandbox_button = self._choice(
            self.tr("Sign in to the Sandbox"),
            self.tr("Use a test account on the Allegro Sandbox; nothing there is real."),
            "signInSandboxButton",
        )
        self.sandbox_button.clicked.connect(
            lambda: self.sign_in_requested.emit(EnvironmentKind.SANDBOX.value)
        )
        self.demo_button = self._choice(
            self.tr("Try the demo"),
            self.tr("Explore made-up discussions and claims; no account needed."),
            "tryDemoButton",
        )
        self.demo_button.clicked.connect(self.demo_requested)
        self.back_button = QPushButton(self.tr("Back to your discussions and claims"), self)
        self.back_button.setObjectName("firstRunBackButton")
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.hide()

        # A fixed-width column: wrapped text gets its real height (an aligned widget would be
        # sized from its one-line hint and clip the intro).
        column = QWidget(self)
        column.setFixedWidth(COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(18)
        for button in (self.production_button, self.sandbox_button, self.demo_button):
            inner.addWidget(button)
        inner.addSpacing(6)
        inner.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _choice(self, text: str, description: str, name: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, self)
        button.setObjectName(name)
        # The style sheet sets the size: a style sheet on the button would ignore setFont().
        size = max(self.font().pointSizeF(), 9.0) * 1.25
        button.setStyleSheet(
            f"QCommandLinkButton {{ font-size: {size:.1f}pt; border: 1px solid palette(mid);"
            " border-radius: 8px; background: palette(base); padding: 12px 14px; }"
            " QCommandLinkButton:hover { border-color: #ff5a00; }"
            " QCommandLinkButton:focus { border: 2px solid #ff5a00; }"
        )
        return button

    def set_choice_note(self, environment_key: str, note: str | None) -> None:
        """E.g. "Needs a client ID: open Settings" when a build carries none; None restores."""
        button = {
            EnvironmentKind.PRODUCTION.value: self.production_button,
            EnvironmentKind.SANDBOX.value: self.sandbox_button,
        }[environment_key]
        defaults = {
            EnvironmentKind.PRODUCTION.value: self.tr("Use your seller account on allegro.pl."),
            EnvironmentKind.SANDBOX.value: self.tr(
                "Use a test account on the Allegro Sandbox; nothing there is real."
            ),
        }
        button.setDescription(note or defaults[environment_key])

    def set_back_visible(self, visible: bool) -> None:
        self.back_button.setVisible(visible)
