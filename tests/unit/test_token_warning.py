"""``--token`` is readable by other users in the process list: the app says so when it runs."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from allegro_issues_desktop.app import warn_if_token_on_command_line
from allegro_issues_desktop.options import TOKEN_ENV, parse_args

SECRET = "sekret-token-42"


def test_token_option_warns_once_on_stderr_and_in_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    options = parse_args(["--api-url", "https://api.allegro.pl", "--token", SECRET])
    stream = io.StringIO()
    with caplog.at_level(logging.WARNING):
        assert warn_if_token_on_command_line(options, stream) is True
    printed = stream.getvalue()
    assert printed.count("\n") == 1
    assert "other users" in printed and TOKEN_ENV in printed
    assert [r.getMessage() for r in caplog.records] == [printed.strip()]
    assert SECRET not in printed + caplog.text


def test_token_from_the_environment_is_not_warned_about(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(TOKEN_ENV, SECRET)
    options = parse_args(["--api-url", "https://api.allegro.pl"])
    stream = io.StringIO()
    with caplog.at_level(logging.WARNING):
        assert warn_if_token_on_command_line(options, stream) is False
    assert stream.getvalue() == "" and caplog.records == []
    assert not parse_args(["--demo"]).token_on_command_line


def test_the_running_app_warns(tmp_path: Path) -> None:
    from allegro_issues_desktop.demo.server import Emulator

    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ALLEGRO_ISSUES_HOME": str(home)}
    env.pop(TOKEN_ENV, None)
    with Emulator(issues=5, seed=7, token=SECRET) as emu:
        command = [sys.executable, "-m", "allegro_issues_desktop", "--smoke-test"]
        command += ["--api-url", emu.base_url, "--token", SECRET]
        proc = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=60, check=False
        )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("environment variable instead") == 1
    (log,) = home.rglob("allegro-issues.log")
    assert "can be seen by other users" in log.read_text("utf-8")
    assert SECRET not in proc.stdout + proc.stderr + log.read_text("utf-8")
