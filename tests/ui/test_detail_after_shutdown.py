"""A window shut down before its first rows were painted builds no detail afterwards (a quick
start can end before them: the detail's timers would fire once the event loop is gone)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.services.tasks import TaskGroup
from allegro_issues_desktop.settings import app_paths
from allegro_issues_desktop.ui.main_window import MainWindow
from tests.helpers import run

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _first_rows_painted(window: MainWindow) -> None:
    """What the detail waits for: a first page, then the list's next paint (and two turns)."""
    window.first_page_loaded.emit(0)
    window.list_panel.view.viewport().repaint()
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("shut_down_first", [False, True])
def test_the_detail_waits_for_the_rows_unless_the_window_shut_down(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    monkeypatch: pytest.MonkeyPatch,
    shut_down_first: bool,
) -> None:
    started: list[str | None] = []

    def start(self: TaskGroup, coro: Coroutine[Any, Any, Any], name: str | None = None) -> Any:
        started.append(name)
        coro.close()  # only which work would start matters here

    window = MainWindow(app_paths().ensure())
    qtbot.addWidget(window, before_close_func=lambda _w: run(qloop, qtbot, window.shutdown()))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    if shut_down_first:
        run(qloop, qtbot, window.shutdown())
    monkeypatch.setattr(TaskGroup, "start", start)
    _first_rows_painted(window)
    assert ("build-detail" in started) is not shut_down_first
