"""Start-up measurement children of ``bench_scale.py demo``, kept light on purpose.

A child measures from its own spawn to a first paint, so what it imports before the app is
part of the number: this module needs only ``sys``, ``time`` and ``json`` (``bench_scale.py``
itself pulls in subprocess, statistics, tempfile, ... ~20 ms that no real start pays).
Run as ``python bench/startup_children.py KIND`` with KIND ``demo`` or ``bare_paint``; the
result is one ``RESULT {json}`` line on stdout (``time.monotonic()`` stamps).
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any


def _out(result: dict[str, Any]) -> None:
    print("RESULT " + json.dumps(result), flush=True)
    os._exit(0)  # a measurement child: no orderly shutdown needed


def child_demo(args: list[str]) -> None:
    """``allegro_issues_desktop --demo`` with a watch on the issue list's first painted rows."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QListView

    app = QApplication([sys.argv[0]])  # app.create_application reuses this instance
    stamps: dict[str, float] = {}

    class RowsPainted(QObject):
        def __init__(self, view: QListView) -> None:
            super().__init__()
            self.view = view

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (
                "rows" not in stamps
                and event.type() == QEvent.Type.Paint
                and self.view.model() is not None
                and self.view.model().rowCount() > 0
            ):
                stamps["rows"] = 0.0
                QTimer.singleShot(0, report)  # after this paint has finished
            return False

    def report() -> None:
        stamps["rows"] = time.monotonic()
        _out(stamps)

    watches: list[RowsPainted] = []

    def find_list() -> None:
        for widget in app.topLevelWidgets():
            view = widget.findChild(QListView, "issueList")
            if isinstance(view, QListView):
                stamps["list_built"] = time.monotonic()
                watch = RowsPainted(view)
                view.viewport().installEventFilter(watch)
                watches.append(watch)
                finder.stop()
                return

    finder = QTimer()
    finder.setInterval(5)
    finder.timeout.connect(find_list)
    finder.start()
    from allegro_issues_desktop import app as entry

    entry.main(["--demo", *args])
    _out({"error": "the app exited before the list painted rows"})


def child_bare_paint(_args: list[str]) -> None:
    """The bare baseline of bench_scale.py and bench_startup.py: spawn → first paint of a bare
    QMainWindow (1280x800)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, report)  # after this paint has finished
            return False

    def report() -> None:
        now = time.monotonic()  # bench_scale reads "rows", bench_startup "paint" and "ready"
        _out({"rows": now, "paint": now, "ready": now})

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1280, 800)
    probe = FirstPaint()
    window.installEventFilter(probe)
    window.show()
    app.exec()


if __name__ == "__main__":
    {"demo": child_demo, "bare_paint": child_bare_paint}[sys.argv[1]](sys.argv[2:])
