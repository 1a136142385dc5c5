"""A one-line banner above the content: an error with Retry, or a notice with an action."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from .palette import STRONG, WARNING, Tone


class Banner(QFrame):
    action_triggered = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # may carry Allegro's userMessage
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.action_triggered)
        self.close_button = QPushButton("✕", self)
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(28)
        self.close_button.setToolTip(self.tr("Hide"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, action: str | None = None, *, error: bool = True) -> None:
        tone: Tone = STRONG if error else WARNING
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: {tone.background.name()};"
            f" border: 1px solid {tone.border.name()}; border-radius: 4px; }}"
            f" QFrame#{self.objectName()} QLabel {{ color: {tone.foreground.name()}; }}"
        )
        self.label.setText(text)
        self.button.setVisible(action is not None)
        if action is not None:
            self.button.setText(action)
        self.show()
