"""The README's two commands are the ones CI and users run: keep them true."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _sh_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    return re.findall(r"```sh\n(.*?)\n```", text, flags=re.S)


def test_readme_first_two_commands_run_demo_and_tests() -> None:
    demo, tests = _sh_blocks()[:2]
    assert "allegro-issues --demo" in demo
    assert "pytest" in tests


def test_ci_runs_the_readme_test_command() -> None:
    tests = _sh_blocks()[1].strip()
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert tests in ci.splitlines()


def test_gui_entry_point_is_declared() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert 'allegro-issues = "allegro_issues_desktop.app:main"' in pyproject
    assert 'allegro-issues-emulator = "allegro_issues_desktop.demo.cli:main"' in pyproject
