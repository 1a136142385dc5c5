"""The chips, one look for the detail header (widgets) and the list rows (painted).

Which tone a chip gets is decided here once (``kind_tone``, ``badge_tone``, ``your_move_tone``)
from the current :func:`palette.scheme`; see ``palette.py`` for what each colour means.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QLabel, QWidget

from ..domain import Issue, IssueKind, ReturnDecision, is_open, issue_kind, return_decision
from . import palette
from .labels import kind_name, return_badge_text, return_badge_tooltip
from .palette import Tone


def badge_tone(decision: ReturnDecision, *, closed: bool = False) -> Tone | None:
    """The return-decision chip: pending = your move (orange), required = blue, not required =
    grey; on a closed claim always the muted history tone (it no longer asks for anything)."""
    if decision is ReturnDecision.NOT_APPLICABLE:
        return None
    s = palette.scheme()
    if closed:
        return s.history
    return {
        ReturnDecision.REQUIRED: s.return_required,
        ReturnDecision.NOT_REQUIRED: s.fact,
        ReturnDecision.PENDING: s.your_move,
    }[decision]


def kind_tone(_kind: IssueKind) -> Tone:
    """Discussion / claim: a plain fact (the word tells them apart)."""
    return palette.scheme().fact


def your_move_tone() -> Tone:
    """The look of "Awaiting your reply" and other calls to act."""
    return palette.scheme().your_move


class _Chip(QLabel):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def _show_chip(self, text: str | None, tone: Tone | None, tooltip: str = "") -> None:
        if text is None or tone is None:
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        self.setText(text)
        self.setToolTip(tooltip)
        self.setAccessibleName(text)
        self.setStyleSheet(
            f"QLabel#{self.objectName()} {{ {tone.stylesheet()} font-weight: 600; }}"
        )
        self.show()


class ReturnBadge(_Chip):
    """Shows the return decision of a claim (muted once the claim is closed); hidden for
    discussions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("returnBadge", parent)
        self.decision = ReturnDecision.NOT_APPLICABLE
        self.closed = False

    def set_issue(self, issue: Issue | None) -> None:
        if issue is None:
            self.set_decision(ReturnDecision.NOT_APPLICABLE)
        else:
            self.set_decision(return_decision(issue), closed=not is_open(issue))

    def set_decision(self, decision: ReturnDecision, *, closed: bool = False) -> None:
        self.decision = decision
        self.closed = closed
        self._show_chip(
            return_badge_text(decision),
            badge_tone(decision, closed=closed),
            return_badge_tooltip(decision) or "",
        )


class KindBadge(_Chip):
    """The kind of issue (discussion / claim): the same chip as in the list rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("kindBadge", parent)

    def set_issue(self, issue: Issue | None) -> None:
        if issue is None:
            self._show_chip(None, None)
            return
        kind = issue_kind(issue)
        self._show_chip(kind_name(kind), kind_tone(kind))


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
