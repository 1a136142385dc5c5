"""``--select ID`` of an issue the default filters hide: the app clears them, says so, shows it.

Runs the app as a process, as the README's screenshot command does (offscreen, demo emulator).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from allegro_issues_desktop.demo.data import generate_issues

ISSUES, SEED = 60, 7


def _run(tmp_path: Path, select: str, *more: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALLEGRO_ISSUES_HOME=str(tmp_path / "h"))
    cmd = [
        sys.executable,
        "-m",
        "allegro_issues_desktop",
        "--demo",
        "--demo-issues",
        str(ISSUES),
        "--seed",
        str(SEED),
        "--screenshot",
        str(tmp_path / "shot.png"),
        "--select",
        select,
        "--size",
        "1024x640",
        "--language",
        "en",
        *more,
    ]
    try:
        return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=40, check=False)
    except subprocess.TimeoutExpired as exc:  # pragma: no cover - a hang is the failure
        pytest.fail(f"the app did not exit: {exc.stdout!r}")


def test_select_of_a_closed_issue_clears_the_filters_and_shows_it(tmp_path: Path) -> None:
    closed = next(
        s.issue["id"]
        for s in generate_issues(ISSUES, SEED, "http://127.0.0.1:1")
        if s.issue["currentState"]["status"] == "DISPUTE_CLOSED"
    )
    done = _run(tmp_path, closed)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"filters cleared to show issue {closed}" in done.stdout
    assert "screenshot saved" in done.stdout
    assert (tmp_path / "shot.png").read_bytes().startswith(b"\x89PNG")


def test_select_of_an_unknown_situation_fails_with_a_sentence(tmp_path: Path) -> None:
    done = _run(tmp_path, "first:no-such-situation")
    assert done.returncode == 1
    assert "no issue matches first:no-such-situation" in done.stderr


def test_the_screenshot_of_two_demo_shops_waits_for_both_lists(tmp_path: Path) -> None:
    """Each account loads on its own: the picture waits for the last of them (it was taken
    after the first, with the second shop's last page and the queue counts still missing)."""
    done = _run(tmp_path, "first:claim", "--demo-accounts", "2")
    assert done.returncode == 0, done.stderr[-2000:]
    # shop 1: --demo-issues, shop 2: half as many
    assert f"({ISSUES + ISSUES // 2} issues listed)" in done.stdout, done.stdout
