"""A one-line plain-text label that ends in "…" when it is narrower than its text.

``QLabel`` only clips: a date cut after "10.11.2026 0" reads as a different date. This label
keeps its whole text as the ``QLabel`` text (``text()``, copying, "Select all", accessibility
all see the full value) and only *paints* it elided (``QFontMetrics.elidedText``, recomputed
on every resize), with the full value as a tooltip while it is cut.

The text is always plain (``Qt.TextFormat.PlainText``): it may come from the buyer. The label
asks a layout for the width of its whole text but needs none (its minimum width is 0), so a
long value is shown whole when there is room and never widens the window.

A selectable label stays selectable: the selection is of the full text (a copy copies what was
selected of the full value, never an ellipsis), and pressing or dragging onto the ellipsis
reaches the end of the text.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextLayout,
)
from PySide6.QtWidgets import QLabel, QStyle, QStyleOption, QWidget

_MOUSE_EVENTS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
)
_FAR_RIGHT = 1_000_000.0  # an x beyond the end of any one-line text


def _utf16_len(text: str) -> int:
    """Length in QString units (selection offsets and format ranges count these)."""
    return len(text.encode("utf-16-le")) // 2


class FittedLabel(QLabel):
    """A one-line ``QLabel`` whose words are fitted to its width: any width will do, and
    :meth:`_fit` runs again on every resize and font or style change."""

    def minimumSizeHint(self) -> QSize:
        # Any width will do: what does not fit is elided.
        return QSize(0, super().minimumSizeHint().height())

    def _text_rect(self) -> QRect:
        m = self.margin()
        return self.contentsRect().adjusted(m, m, -m, -m)

    def fitted(self, text: str) -> str:
        """``text``, or its elided form when it is wider than the label's room for text."""
        width = self._text_rect().width()
        metrics = QFontMetrics(self.font())
        if metrics.horizontalAdvance(text) > width:
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0))
        return text

    def _fit(self) -> None:
        """Show the words as they fit now (each kind of label its own way)."""
        raise NotImplementedError

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()


class ElidedLabel(FittedLabel):
    """A plain-text, single-line ``QLabel`` painted with an ellipsis when it does not fit."""

    def __init__(self, parent: QWidget | None = None, object_name: str = "") -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        if object_name:
            self.setObjectName(object_name)
        self._elided: str | None = None  # what is painted while the text does not fit
        self._kept = 0  # how many characters of the text stay before the ellipsis
        self._kept_units = 0  # the same in QString units
        self._tooltip_set = False

    # -- what is shown --------------------------------------------------------------------------
    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def is_elided(self) -> bool:
        return self._elided is not None

    def shown_text(self) -> str:
        """What the label paints: the text, or its elided form."""
        return self.text() if self._elided is None else self._elided

    def _fit(self) -> None:
        text = self.text()
        shown = self.fitted(text)
        elided = shown if shown != text else None
        if elided != self._elided:
            self._elided = elided
            kept = 0
            if elided is not None:
                while kept < min(len(text), len(elided)) and text[kept] == elided[kept]:
                    kept += 1
            self._kept = kept
            self._kept_units = _utf16_len(text[:kept])
            self.update()
        if elided is not None:
            from .detail.text import plain_tooltip  # here: ui.detail imports this module

            self.setToolTip(plain_tooltip(text))
            self._tooltip_set = True
        elif self._tooltip_set:
            self.setToolTip("")
            self._tooltip_set = False

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self._elided is None:
            super().paintEvent(event)
            return
        # Drawn as QLabel draws its text (so a cut value looks like a whole one): a plain label
        # with the style's drawItemText, a selectable one as a text layout, with its selection.
        option = QStyleOption()
        option.initFrom(self)
        palette = option.palette
        painter = QPainter(self)
        if not self.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse:
            self.style().drawItemText(
                painter,
                self._text_rect(),
                int(QStyle.visualAlignment(self.layoutDirection(), self.alignment())),
                palette,
                self.isEnabled(),
                self._elided,
                self.foregroundRole(),
            )
            painter.end()
            return
        layout = QTextLayout(self._elided, self.font())
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(_FAR_RIGHT)
        layout.endLayout()
        size = QSize(math.ceil(line.naturalTextWidth()), math.ceil(line.height()))
        box = QStyle.alignedRect(self.layoutDirection(), self.alignment(), size, self._text_rect())
        painter.setPen(palette.color(self.foregroundRole()))
        layout.draw(painter, QPointF(box.topLeft()), self._selection_ranges(palette))
        painter.end()

    def _selection_ranges(self, palette: QPalette) -> list[QTextLayout.FormatRange]:
        """The full text's selection as ranges of the painted text (the ellipsis stands for
        everything after the kept part)."""
        start = self.selectionStart()
        if start < 0 or not self.hasSelectedText():
            return []
        end = start + _utf16_len(self.selectedText())
        shown_end = min(end, self._kept_units)
        if end > self._kept_units:  # part of the hidden rest is selected: so is the ellipsis
            shown_end = _utf16_len(self._elided or "")
        shown_start = min(start, self._kept_units)
        if shown_end <= shown_start:
            return []
        selected = QTextCharFormat()
        selected.setBackground(palette.brush(QPalette.ColorRole.Highlight))
        selected.setForeground(palette.brush(QPalette.ColorRole.HighlightedText))
        selection = QTextLayout.FormatRange()
        selection.start = shown_start
        selection.length = shown_end - shown_start
        selection.format = selected
        return [selection]

    # -- selecting ------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # On the ellipsis or past it, the mouse means "the rest of the text": move it past the
        # end of the full text, so a drag there selects to the end.
        if (
            self._elided is not None
            and event.type() in _MOUSE_EVENTS
            and isinstance(event, QMouseEvent)
            and self.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
            and event.position().x() >= self._ellipsis_x()
        ):
            moved = QMouseEvent(
                event.type(),
                QPointF(_FAR_RIGHT, event.position().y()),
                event.scenePosition(),
                event.globalPosition(),
                event.button(),
                event.buttons(),
                event.modifiers(),
                event.pointingDevice(),
            )
            handled = super().event(moved)
            event.setAccepted(moved.isAccepted())
            return handled
        return super().event(event)

    def _ellipsis_x(self) -> float:
        """Where the kept part of the text ends (left-aligned text)."""
        kept = self.text()[: self._kept]
        return self._text_rect().left() + QFontMetrics(self.font()).horizontalAdvance(kept)
