"""Acceptance: `allegro-issues-emulator` as a separate process on a free port."""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import BETA, validate


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def cli_emulator(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[str], Path]]:
    port = _free_port()
    command = [sys.executable, "-m", "allegro_issues_desktop.demo.cli"]
    args = ["--port", str(port), "--issues", "300", "--seed", "7", "--token", "t"]
    with (tmp_path / "stderr.txt").open("w") as stderr:
        proc = subprocess.Popen(
            [*command, *args],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            # faulthandler: a child that will not stop is aborted with its threads' stacks.
            env={**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONFAULTHANDLER": "1"},
        )
    assert proc.stdout is not None
    stdout = proc.stdout
    lines: queue.Queue[str] = queue.Queue()

    # read on a thread: a child that hangs before printing must not hang the suite
    def read() -> None:
        for line in stdout:
            lines.put(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        try:
            first = [lines.get(timeout=60) for _ in range(2)]
        except queue.Empty:
            pytest.fail("no URL and token printed: " + (tmp_path / "stderr.txt").read_text())
        assert f"http://127.0.0.1:{port}" in first[0], first
        assert first[1].split()[-1] == "t"
        yield f"http://127.0.0.1:{port}", proc, tmp_path / "stderr.txt"
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)  # what Ctrl+C does
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        reader.join(timeout=10)  # EOF once the child is gone
        stdout.close()


def test_cli_acceptance(cli_emulator: tuple[str, subprocess.Popen[str], Path]) -> None:
    base_url, proc, stderr = cli_emulator
    headers = {"Accept": BETA, "Authorization": "Bearer t"}
    with httpx.Client(base_url=base_url, timeout=10) as client:
        response = client.get("/sale/issues", params={"limit": 100}, headers=headers)
        assert response.status_code == 200
        validate("PostPurchaseIssueListResponse", response.json())
        assert len(response.json()["issues"]) == 100

        wrong_accept = {"Accept": "application/json", "Authorization": "Bearer t"}
        assert client.get("/sale/issues", headers=wrong_accept).status_code == 406
        assert client.get("/sale/issues", headers={"Accept": BETA}).status_code == 401

        ids: list[str] = []
        offset = 0
        while page := client.get(
            "/sale/issues", params={"limit": 100, "offset": offset}, headers=headers
        ).json()["issues"]:
            ids.extend(issue["id"] for issue in page)
            offset += 100
        assert len(ids) == 300
        assert len(set(ids)) == 300

    proc.send_signal(signal.SIGINT)
    try:
        code = proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        status = Path(f"/proc/{proc.pid}/status")  # blocked / ignored signals (Linux)
        lines = status.read_text().splitlines() if status.exists() else []
        masks = [line for line in lines if line.startswith("Sig")]
        proc.send_signal(signal.SIGABRT)  # faulthandler prints where every thread is
        proc.wait(timeout=10)
        pytest.fail(f"the emulator did not stop on Ctrl+C: {masks}\n" + stderr.read_text())
    assert code == 0, stderr.read_text()


def test_cli_reports_a_busy_port() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "allegro_issues_desktop.demo.cli", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert "cannot listen" in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signal dispositions")
def test_ctrl_c_stops_it_when_started_with_sigint_ignored() -> None:
    """A shell's background job (or any parent that ignores SIGINT) hands SIGINT down ignored;
    the CLI still stops on Ctrl+C, as it says."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "allegro_issues_desktop.demo.cli", "--port", "0", "--issues", "10"],
        stdout=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("Allegro emulator: http://127.0.0.1:")
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
