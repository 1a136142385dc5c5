"""The issue list's ``QListView``, which says when it has painted without touching its viewport.

Why not an event filter on ``viewport()``: the first Python wrapper of that plain ``QWidget``
costs PySide6 ~12 ms of type discovery (it sets up every QtWidgets class and their enums), on
the way to a start's first rows. A scroll area routes its viewport's paints to ``paintEvent``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QListView, QWidget


class IssueListView(QListView):
    """A ``QListView`` that runs callbacks after its next paint (:meth:`after_next_paint`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._after_paint: list[Callable[[], object]] = []

    def after_next_paint(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once the list has finished its next paint (on the next turn of the
        loop when it is not on screen, as then it does not paint)."""
        if self.isVisible():
            self._after_paint.append(callback)
        else:
            QTimer.singleShot(0, self, callback)  # never after the view is gone

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._after_paint:
            return
        callbacks, self._after_paint = self._after_paint, []
        for callback in callbacks:
            # Two turns of the loop: after this paint is on screen and after what else the
            # paint queued (the rows are seen before the callback's work begins). The view is
            # the timers' context: nothing runs once it is gone.
            QTimer.singleShot(0, self, lambda c=callback: QTimer.singleShot(0, self, c))
