"""Helpers shared by the tests."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def run(
    loop: asyncio.AbstractEventLoop,
    qtbot: Any,
    coro: Coroutine[Any, Any, T],
    timeout_ms: int = 15_000,
) -> T:
    """Run a coroutine on the qasync loop while Qt keeps processing events; return its result."""
    task = loop.create_task(coro)
    qtbot.waitUntil(task.done, timeout=timeout_ms)
    return task.result()


def open_main_window(qtbot: Any, loop: asyncio.AbstractEventLoop) -> Any:
    """A shown 1280×800 ``MainWindow`` on this test's data folder, shut down (tasks cancelled,
    store closed) by qtbot before it is closed and deleted."""
    from allegro_issues_desktop.settings import app_paths
    from allegro_issues_desktop.ui.main_window import MainWindow

    window = MainWindow(app_paths().ensure())
    qtbot.addWidget(window, before_close_func=lambda w: run(loop, qtbot, w.shutdown()))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def run_app_driver(tmp_path: Path, driver: str) -> subprocess.CompletedProcess[str]:
    """Run ``driver`` (a script that patches the app, then calls ``app.main``) as a seller would
    start the app: its own process, offscreen, a fresh home, no OS keyring."""
    script = tmp_path / "driver.py"
    script.write_text(driver, encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ALLEGRO_ISSUES_HOME": str(tmp_path / "home"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
    }
    return subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120
    )
