"""The return-decision badge: one look for the detail header (a widget) and list rows (painted)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QLabel, QWidget

from ..domain import Issue, ReturnDecision, return_decision
from .labels import return_badge_text, return_badge_tooltip
from .palette import NEUTRAL, STRONG, WARNING, Tone

_TONES: dict[ReturnDecision, Tone] = {
    ReturnDecision.REQUIRED: STRONG,
    ReturnDecision.NOT_REQUIRED: NEUTRAL,
    ReturnDecision.PENDING: WARNING,
}


def badge_tone(decision: ReturnDecision) -> Tone | None:
    return _TONES.get(decision)


class ReturnBadge(QLabel):
    """Shows the return decision of a claim; hidden for discussions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnBadge")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.decision = ReturnDecision.NOT_APPLICABLE
        self.hide()

    def set_issue(self, issue: Issue | None) -> None:
        self.set_decision(
            return_decision(issue) if issue is not None else ReturnDecision.NOT_APPLICABLE
        )

    def set_decision(self, decision: ReturnDecision) -> None:
        self.decision = decision
        text = return_badge_text(decision)
        tone = badge_tone(decision)
        if text is None or tone is None:
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        self.setText(text)
        self.setToolTip(return_badge_tooltip(decision) or "")
        self.setStyleSheet(f"QLabel#returnBadge {{ {tone.stylesheet()} font-weight: 600; }}")
        self.show()


def badge_size(font: QFont, text: str) -> tuple[int, int]:
    metrics = QFontMetrics(font)
    return metrics.horizontalAdvance(text) + 14, metrics.height() + 4


def paint_badge(painter: QPainter, rect: QRect, font: QFont, text: str, tone: Tone) -> None:
    """Paint a pill with text inside ``rect`` (use :func:`badge_size` to lay it out)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(tone.border, 1))
    painter.setBrush(tone.background)
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
    painter.setFont(font)
    painter.setPen(tone.foreground)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
