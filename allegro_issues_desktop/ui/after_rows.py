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

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from .main_window import MainWindow


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
