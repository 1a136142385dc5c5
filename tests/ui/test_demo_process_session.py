"""The session controller with the demo's emulator in a process of its own (as the app runs
it): the same sign-in and list as in-process, and the process stopped when the session ends."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from allegro_issues_desktop.auth.session import AuthSession
from allegro_issues_desktop.demo.process import EmulatorProcess
from allegro_issues_desktop.ui.session_controller import DemoSettings

from .test_session_controller import Harness as SessionHarness


def demo_harness(qloop: Any, qtbot: Any, demo: DemoSettings) -> SessionHarness:
    """The session controller's harness with these demo settings and a fresh auth session."""
    return SessionHarness(qloop, qtbot, AuthSession(), demo)


@pytest.fixture
def started() -> Iterator[list[EmulatorProcess]]:
    """Every emulator process the test starts (stopped at the end, whatever happened)."""
    processes: list[EmulatorProcess] = []
    real = EmulatorProcess.spawn.__func__  # type: ignore[attr-defined]

    def spawn(cls: type[EmulatorProcess], /, **kwargs: Any) -> EmulatorProcess:
        process: EmulatorProcess = real(cls, **kwargs)
        processes.append(process)
        return process

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(EmulatorProcess, "spawn", classmethod(spawn))
        yield processes
    for process in processes:
        process.stop()


def test_try_the_demo_starts_the_emulator_process_and_stops_it_at_the_end(
    qloop: Any, qtbot: Any, started: list[EmulatorProcess]
) -> None:
    h = demo_harness(qloop, qtbot, DemoSettings(issues=25, seed=5, live=False, process=True))
    h.run(h.controller.start())
    assert started == []  # nothing until the seller asks for the demo
    with qtbot.waitSignal(h.window.issues_loaded, timeout=15_000) as loaded:
        qtbot.mouseClick(h.controller.first_run.demo_button, Qt.MouseButton.LeftButton)
    assert loaded.args == [25]
    (process,) = started
    assert h.controller.emulator is None and h.controller.emulator_process is process
    assert h.controller.client is not None
    assert h.controller.client.api_url.startswith(process.base_url)
    h.close()
    assert process._popen.returncode == 0
    assert h.controller.emulator_process is None


def test_a_prestarted_process_is_used_and_a_second_shop_signs_in_to_it(
    qloop: Any, qtbot: Any, started: list[EmulatorProcess]
) -> None:
    prestarted = EmulatorProcess.spawn(issues=20, seed=5, live=False, shops=2)
    demo = DemoSettings(issues=20, seed=5, live=False, accounts=2, prestarted=prestarted)
    h = demo_harness(qloop, qtbot, demo)
    with qtbot.waitSignal(h.window.issues_loaded, timeout=15_000):
        h.run(h.controller.start(demo=True))
    qtbot.waitUntil(lambda: len(h.controller.clients) == 2, timeout=15_000)
    assert started == [prestarted]  # no second process
    logins = sorted(a.login or "" for a in h.session.accounts.accounts())
    assert logins == ["demo-seller", "demo-seller-2"]
    h.close()
    assert prestarted._popen.returncode == 0


def test_a_prestarted_process_for_other_settings_is_replaced(
    qloop: Any, qtbot: Any, started: list[EmulatorProcess]
) -> None:
    other = EmulatorProcess.spawn(issues=7, seed=1, live=False, shops=2)
    demo = DemoSettings(issues=20, seed=5, live=False, prestarted=other)
    h = demo_harness(qloop, qtbot, demo)
    with qtbot.waitSignal(h.window.issues_loaded, timeout=15_000) as loaded:
        h.run(h.controller.start(demo=True))
    assert loaded.args == [20]
    assert len(started) == 2 and started[0] is other
    assert other._popen.returncode == 0  # stopped when it was found not to fit
    h.close()


def test_an_unused_prestarted_process_is_stopped_with_the_session(
    qloop: Any, qtbot: Any, started: list[EmulatorProcess]
) -> None:
    prestarted = EmulatorProcess.spawn(issues=5, seed=5, live=False, shops=2)
    h = demo_harness(
        qloop, qtbot, DemoSettings(issues=5, seed=5, live=False, prestarted=prestarted)
    )
    h.run(h.controller.start())  # no --demo, no account: the first-run page
    assert h.window.start_page_shown()
    h.close()
    assert prestarted._popen.returncode == 0
