"""Shared test setup: offscreen Qt, isolated app dirs, a qasync loop driven by pytest-qt."""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
# Never touch the developer's real keyring from tests.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

import pytest
from PySide6.QtWidgets import QApplication

from allegro_issues_desktop.event_loop import DeskEventLoop


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config/data/cache/log dirs."""
    home = tmp_path / "home"
    monkeypatch.setenv("ALLEGRO_ISSUES_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def unfrozen_heap() -> Iterator[None]:
    """The sync engine freezes the heap after loading (services/heap.py); in the app that
    exempts the issues from the cycle collector, in a test run it would keep the previous
    tests' cycles (windows, loops) alive: each test starts and ends unfrozen."""
    gc.unfreeze()
    yield
    gc.unfreeze()


@pytest.fixture
def qloop(qapp: QApplication, qtbot: object) -> Iterator[DeskEventLoop]:
    """A qasync loop registered as running, driven by qtbot.waitUntil / waitSignal.

    Teardown cancels tasks instead of stopping the loop: stopping a qasync loop outside
    app.exec() sets Qt's quit flag and breaks every later waitSignal.
    """
    loop = DeskEventLoop(qapp)  # the app's loop
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        qtbot.waitUntil(lambda: all(t.done() for t in pending), timeout=3000)  # type: ignore[attr-defined]
    asyncio.events._set_running_loop(None)
    loop.close()
    asyncio.set_event_loop(None)
    # Collect the loop's QObject cycles here, on the GUI thread: left to chance, the collector
    # may run in an emulator thread, and a QObject destroyed there cannot stop its Qt timers,
    # which later fire on freed memory.
    gc.collect()


@pytest.fixture
def emulator() -> Iterator[object]:
    """A seeded in-process Allegro emulator on a free port (60 issues, token "test-token")."""
    from allegro_issues_desktop.demo.server import Emulator

    with Emulator(issues=60, seed=7, token="test-token") as emu:
        yield emu
