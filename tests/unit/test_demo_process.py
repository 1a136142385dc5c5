"""The demo's emulator in a process of its own: the same data, and it never outlives the app."""

from __future__ import annotations

import io
import json
import os
import select
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from allegro_issues_desktop import app
from allegro_issues_desktop.demo import process
from allegro_issues_desktop.demo.process import (
    PRIVATE_FLAG,
    EmulatorProcess,
    EmulatorProcessError,
    child_command,
)
from allegro_issues_desktop.demo.server import Emulator

ROOT = Path(__file__).resolve().parents[2]
BETA_JSON = "application/vnd.allegro.beta.v1+json"


@pytest.fixture
def child() -> Iterator[EmulatorProcess]:
    emulator = EmulatorProcess.spawn(issues=30, seed=11, live=False, shops=2).wait_ready()
    yield emulator
    emulator.stop()


def _first_page_ids(base_url: str, token: str) -> list[str]:
    response = httpx.get(
        f"{base_url}/sale/issues",
        params={"limit": 100},
        headers={"Authorization": f"Bearer {token}", "Accept": BETA_JSON},
    )
    response.raise_for_status()
    return [issue["id"] for issue in response.json()["issues"]]


def _device_sign_in(base_url: str) -> str:
    auth = ("demo-client", "demo-secret")
    device = httpx.post(
        f"{base_url}/auth/oauth/device", data={"client_id": "demo-client"}, auth=auth
    )
    token = httpx.post(
        f"{base_url}/auth/oauth/token",
        data={
            "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
            "device_code": device.json()["device_code"],
        },
        auth=auth,
    )
    access: str = token.json()["access_token"]
    return access


def test_it_serves_the_same_issues_as_the_emulator_in_this_process(
    child: EmulatorProcess,
) -> None:
    with Emulator(issues=30, seed=11, token="t") as here:
        expected = _first_page_ids(here.base_url, "t")
    assert child.base_url.startswith("http://127.0.0.1:")
    # Approved at once, as the app's in-process demo emulator is.
    assert _first_page_ids(child.base_url, _device_sign_in(child.base_url)) == expected


def test_the_next_sign_in_opens_the_shop_asked_for(child: EmulatorProcess) -> None:
    assert child.shop_count == 2
    assert child.sign_in_as_shop(1) == "demo-seller-2"
    second = _first_page_ids(child.base_url, _device_sign_in(child.base_url))
    assert child.sign_in_as_shop(0) == "demo-seller"
    first = _first_page_ids(child.base_url, _device_sign_in(child.base_url))
    assert set(first).isdisjoint(second)  # each shop its own issues
    with pytest.raises(ValueError, match="serves 2 shop"):
        child.sign_in_as_shop(2)


def test_stop_ends_it_and_can_be_repeated() -> None:
    emulator = EmulatorProcess.spawn(issues=5, seed=1, live=True, shops=1).wait_ready()
    emulator.stop()
    emulator.stop()
    assert emulator._popen.returncode == 0
    with pytest.raises(EmulatorProcessError):
        emulator.sign_in_as_shop(0)


def test_it_ends_when_its_pipe_from_the_app_closes() -> None:
    """What the OS does to the pipe when the app is gone, however it went (crash, kill)."""
    emulator = EmulatorProcess.spawn(issues=5, seed=1, live=True, shops=1).wait_ready()
    popen = emulator._popen
    assert popen.stdin is not None
    popen.stdin.close()  # no stop(): nobody asks it to end
    assert popen.wait(timeout=10) == 0
    emulator.stop()


PARENT = """
import sys
from allegro_issues_desktop.demo.process import EmulatorProcess
emulator = EmulatorProcess.spawn(issues=5, seed=1, live=True, shops=1).wait_ready()
print(emulator.pid, flush=True)
sys.stdin.read()  # until the test kills this process
"""


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="waits on a pidfd (Linux)")
def test_it_ends_when_the_app_is_killed(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert parent.stdout is not None
        pid = int(parent.stdout.readline())
        watch = os.pidfd_open(pid)
    finally:
        parent.send_signal(signal.SIGKILL)  # no cleanup code of the app's runs
        parent.wait()
    try:
        # Readable once the emulator's process has ended.
        ready, _, _ = select.select([watch], [], [], 10)
        assert ready == [watch], "the emulator outlived the app"
    finally:
        os.close(watch)


def test_a_child_that_ends_at_once_is_an_error_not_a_hang(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        process, "child_command", lambda _config: [sys.executable, "-c", "raise SystemExit(3)"]
    )
    emulator = EmulatorProcess.spawn(issues=5, seed=1, live=False, shops=1)
    with pytest.raises(EmulatorProcessError, match="ended"):
        emulator.wait_ready()
    emulator.stop()


def test_a_frozen_bundle_starts_itself_with_the_private_flag(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = {"issues": 5, "seed": 1, "live": False, "shops": 1}
    python, dash_c, code, argument = child_command(config)
    assert (python, dash_c, argument) == (sys.executable, "-c", json.dumps(config))
    assert f"sys.path.append({str(ROOT)!r})" in code and "child_main(sys.argv[1:])" in code
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert child_command(config) == [sys.executable, PRIVATE_FLAG, json.dumps(config)]


def test_main_with_the_private_flag_runs_the_emulator_and_no_qt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[list[str]] = []

    def child_main(argv: list[str]) -> int:
        seen.append(argv)
        return 0

    monkeypatch.setattr(process, "child_main", child_main)
    monkeypatch.setattr(app, "create_application", lambda _argv: pytest.fail("Qt started"))
    assert app.main([PRIVATE_FLAG, "{}"]) == 0
    assert seen == [["{}"]]


def test_importing_the_entry_point_loads_no_qt() -> None:
    """A frozen bundle runs ``app`` as the emulator's process too: no Qt for that."""
    code = (
        "import sys, allegro_issues_desktop.app, allegro_issues_desktop.demo.process;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "[]"


def test_the_child_answers_each_request_and_ends_at_the_end_of_its_input() -> None:
    requests = io.BytesIO(b'{"sign_in_as_shop": 1}\n{"sign_in_as_shop": 5}\n{"what": 1}\n')
    answers = io.BytesIO()
    config = json.dumps({"issues": 5, "seed": 1, "live": True, "shops": 2})
    assert process.serve([config], requests, answers) == 0
    ready, *rest = [json.loads(line) for line in answers.getvalue().splitlines()]
    assert ready["base_url"].startswith("http://127.0.0.1:")
    assert rest[0] == {"seller": "demo-seller-2"}
    assert "serves 2 shop" in rest[1]["error"]
    assert "error" in rest[2]
    with pytest.raises(httpx.ConnectError):  # stopped: nothing listens any more
        httpx.get(ready["base_url"] + "/sale/issues")
