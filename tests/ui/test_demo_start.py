"""``allegro-issues --demo`` as a seller starts it: the emulator in a process of its own that
ends with the app, and no automatic cycle collections until the first rows are on screen."""

from __future__ import annotations

import gc
import json
import os
from pathlib import Path

import pytest

from allegro_issues_desktop import app
from tests.helpers import run_app_driver

DRIVER = """
import gc, json, os, sys
from PySide6.QtCore import QTimer
from allegro_issues_desktop import app, app_session
from allegro_issues_desktop.allegro import tls
from allegro_issues_desktop.ui import session_controller as sc

seen = {"default": list(gc.get_threshold()), "prewarms": []}
real_run, real_release, real_prewarm = app_session.App.run, app.release_collections, tls.prewarm

def prewarm(**kwargs):
    seen["prewarms"].append([kwargs, "rows_on_screen" in seen])
    real_prewarm(**kwargs)

async def run(self):
    seen["at_session_start"] = list(gc.get_threshold())
    return await real_run(self)

def release():
    seen["rows_on_screen"] = self_window.list_panel.model.rowCount() > 0
    real_release()
    seen["after_rows"] = list(gc.get_threshold())
    QTimer.singleShot(0, self_window.close)  # the seller closes the window

real_init, real_aclose = sc.SessionController.__init__, sc.SessionController.aclose

def init(self, window, *args, **kwargs):
    global self_window
    self_window = window
    real_init(self, window, *args, **kwargs)

async def aclose(self):
    process = self.emulator_process
    seen["in_process_emulator"] = self.emulator is not None
    seen["emulator_pid"] = process.pid if process is not None else None
    await real_aclose(self)

app_session.App.run = run
app.release_collections = release
tls.prewarm = prewarm
sc.SessionController.__init__ = init
sc.SessionController.aclose = aclose
code = app.main(["--demo", "--demo-issues", "20"])
seen["at_exit"] = list(gc.get_threshold())
print("SEEN " + json.dumps(seen), flush=True)
sys.exit(code)
"""


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_a_demo_start_runs_the_emulator_apart_and_holds_collections_until_the_rows(
    tmp_path: Path,
) -> None:
    done = run_app_driver(tmp_path, DRIVER)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("SEEN "))
    seen = json.loads(line.removeprefix("SEEN "))
    assert seen["at_session_start"][0] == 0  # held since main began
    assert seen["rows_on_screen"]
    assert seen["after_rows"] == seen["default"] == seen["at_exit"]
    # The HTTP stack at start, without the CA bundle (the demo speaks http); the verifying
    # context only after the rows, for what may fetch https later.
    assert seen["prewarms"] == [[{"context": False}, False], [{}, True]]
    assert seen["in_process_emulator"] is False
    assert isinstance(seen["emulator_pid"], int)
    assert _gone(seen["emulator_pid"])  # stopped (and reaped) when the app quit


def test_collections_are_held_once_and_released_once() -> None:
    default = gc.get_threshold()
    try:
        app.hold_collections()
        app.hold_collections()
        assert gc.get_threshold()[0] == 0
        app.release_collections()
        assert gc.get_threshold() == default
        gc.set_threshold(500, 5, 5)
        app.release_collections()  # nothing held: leaves thresholds alone
        assert gc.get_threshold() == (500, 5, 5)
    finally:
        gc.set_threshold(*default)


def test_main_releases_collections_when_the_start_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    default = gc.get_threshold()

    def broken(_argv: object) -> None:
        assert gc.get_threshold()[0] == 0
        raise RuntimeError("no display")

    monkeypatch.setattr(app, "create_application", broken)
    with pytest.raises(RuntimeError, match="no display"):
        app.main([])
    assert gc.get_threshold() == default
