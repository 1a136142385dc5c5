"""Work that waits until the list has painted its first rows (a start shows rows sooner).

:class:`AfterFirstRows` calls what it is given once the window's first load has painted rows,
or after a deadline when none come (first-run page, offline, an empty account). The window
builds its detail pane this way; the session freezes the start-up heap and installs the update
check the same way.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow


class AfterNextPaint(QObject):
    """Calls ``callback`` once ``widget`` has finished its next paint, then goes."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            # Two turns of the loop: after this paint is on screen and after what else the
            # paint queued (the first rows are seen before the callback's work begins). The
            # widget is the timers' context: nothing runs once it is gone.
            widget = self._widget
            QTimer.singleShot(0, widget, lambda: QTimer.singleShot(0, widget, callback))
            self.deleteLater()
        return False


class AfterFirstRows:
    """Calls what it is given once the list has painted its first rows (the first
    ``first_page_loaded``, then the list's next paint), or ``latest_ms`` after it was made when
    none come; once, and never after :meth:`cancel`."""

    def __init__(self, window: MainWindow, latest_ms: int) -> None:
        self._window = window
        self._calls: list[Callable[[], object]] = []
        self._over = False
        self._connected = True
        window.first_page_loaded.connect(self._on_first_page_loaded)
        self._latest = QTimer(window)  # goes with the window
        self._latest.setSingleShot(True)
        self._latest.timeout.connect(self._run)
        self._latest.start(latest_ms)

    def add(self, call: Callable[[], object]) -> None:
        self._calls.append(call)

    def cancel(self) -> None:
        self._over = True
        with contextlib.suppress(RuntimeError):  # the window (and its timer) is gone
            self._latest.stop()
        self._disconnect()

    def _on_first_page_loaded(self, *_args: Any) -> None:
        self._disconnect()
        self._window.after_next_list_paint(self._run)

    def _disconnect(self) -> None:
        if self._connected:  # once: PySide warns about a second disconnect
            self._connected = False
            with contextlib.suppress(RuntimeError, TypeError):  # the window is gone
                self._window.first_page_loaded.disconnect(self._on_first_page_loaded)

    def _run(self) -> None:
        if self._over:
            return
        self.cancel()
        for call in self._calls:
            call()
