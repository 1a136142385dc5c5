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
    """``allegro_issues_desktop --demo`` with a watch on the issue list's first painted rows.

    The app is started as its entry point starts it: PySide6 loads where the app loads it
    (after the demo's emulator process has started), and nothing polls. The watch is set on
    the list's delegate once the window has built its content (``MainWindow.build_content``).
    """
    from allegro_issues_desktop import app

    entry: Any = app  # its show_first_frame is wrapped below
    stamps: dict[str, float] = {}
    watches: list[Any] = []
    show_first_frame = entry.show_first_frame

    def watched_first_frame(qapp: Any, options: Any) -> Any:
        window: Any
        window, painted_at = show_first_frame(qapp, options)
        build_content = window.build_content

        def watched_build_content() -> None:
            build_content()
            stamps["list_built"] = time.monotonic()
            watches.append(_watch_rows(window, stamps))

        window.build_content = watched_build_content
        return window, painted_at

    entry.show_first_frame = watched_first_frame
    entry.main(["--demo", *args])
    _out({"error": "the app exited before the list painted rows"})


def _watch_rows(window: Any, stamps: dict[str, float]) -> Any:
    """Reports the end of the first paint of the issue list with rows: the list's delegate
    (a Python class) is wrapped, and its first row painted queues the report behind that paint.

    Not an event filter on the list's viewport: ``view.viewport()`` returns a ``QWidget`` that
    Python has not seen yet, and PySide6's type discovery for it initialises ~57 QtWidgets
    classes (their enums) on the spot: ~12 ms that the measurement would add to the start.
    """
    from PySide6.QtCore import QTimer

    delegate: Any = getattr(getattr(window, "list_panel", None), "delegate", None)
    if delegate is None:
        _out({"error": "the window has no issue list delegate after build_content"})
    cls = type(delegate)
    paint = cls.paint

    def report() -> None:
        stamps["rows"] = time.monotonic()
        _out(stamps)

    def watched_paint(self: Any, *args: Any) -> None:
        paint(self, *args)
        if self is delegate and "rows" not in stamps:
            stamps["rows"] = 0.0
            QTimer.singleShot(0, report)  # after this paint has finished

    cls.paint = watched_paint
    return delegate


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


def child_demo_at(args: list[str]) -> None:
    """:func:`child_demo` with the app imported from the checkout ``args[0]`` (for A/B runs of
    two versions, ``bench/startup_ab.py``): the editable install's finder is taken out of
    ``sys.meta_path`` so that the checkout's package is the one imported."""
    root, *rest = args
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in _module_of(f)]
    sys.path.insert(0, root)
    child_demo(rest)


def _module_of(finder: object) -> str:
    return str(getattr(finder, "__module__", "")) + type(finder).__module__


if __name__ == "__main__":
    {"demo": child_demo, "demo_at": child_demo_at, "bare_paint": child_bare_paint}[sys.argv[1]](
        sys.argv[2:]
    )
