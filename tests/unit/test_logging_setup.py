"""Logs go to a rotating UTF-8 file in the platformdirs log dir, without secrets."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from allegro_issues_desktop import logging_setup
from allegro_issues_desktop.settings import app_paths


@pytest.fixture
def log_file() -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    hook = sys.excepthook
    path = logging_setup.setup_logging(logging.DEBUG, qt_messages=False, excepthook=False)
    yield path
    logging_setup.shutdown_logging()
    root.setLevel(level)
    sys.excepthook = hook


def _ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]


def test_log_file_lives_in_the_log_dir(log_file: Path) -> None:
    assert log_file.parent == app_paths().log_dir
    assert log_file.name == "allegro-issues.log"


def test_messages_are_written_as_utf8(log_file: Path) -> None:
    logging.getLogger("allegro_issues_desktop.test").info("zażółć gęślą jaźń")
    for handler in _ours():
        handler.flush()
    assert "zażółć gęślą jaźń" in log_file.read_text("utf-8")


def test_rotation_is_configured(log_file: Path) -> None:
    (handler,) = _ours()
    assert isinstance(handler, RotatingFileHandler)
    assert handler.maxBytes == 1_000_000
    assert handler.backupCount == 5


def test_setup_twice_keeps_one_handler(log_file: Path) -> None:
    logging_setup.setup_logging(logging.DEBUG, qt_messages=False, excepthook=False)
    assert len(_ours()) == 1


def test_tokens_are_redacted(log_file: Path) -> None:
    log = logging.getLogger("allegro_issues_desktop.test")
    log.warning("sending Authorization: Bearer abc.def-123")
    log.warning("token response %s", '{"access_token": "eyJhbGciOi.xyz", "refresh_token": "r-1"}')
    log.warning("form: client_secret=s3cr3t&grant_type=refresh_token")
    for handler in _ours():
        handler.flush()
    text = log_file.read_text("utf-8")
    for secret in ("abc.def-123", "eyJhbGciOi.xyz", "r-1", "s3cr3t"):
        assert secret not in text
    assert "refresh_token" in text  # the field names stay readable


def test_http_libraries_do_not_log_requests(log_file: Path) -> None:
    assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING
    assert logging.getLogger("httpcore").getEffectiveLevel() >= logging.WARNING
    logging.getLogger("httpx").info('HTTP Request: GET https://api.allegro.pl/x "HTTP/1.1 200 OK"')
    for handler in _ours():
        handler.flush()
    assert "api.allegro.pl" not in log_file.read_text("utf-8")


def test_rotates_when_full(log_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (handler,) = _ours()
    assert isinstance(handler, RotatingFileHandler)
    monkeypatch.setattr(handler, "maxBytes", 2000)
    log = logging.getLogger("allegro_issues_desktop.test")
    for i in range(100):
        log.info("line %d %s", i, "x" * 50)
    assert log_file.with_name(log_file.name + ".1").exists()


def test_uncaught_exceptions_are_logged_and_chained(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: seen.append(kind))
    root = logging.getLogger()
    level = root.level
    try:
        path = logging_setup.setup_logging(qt_messages=False, excepthook=True)
        try:
            raise ValueError("boom")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        for handler in _ours():
            handler.flush()
        assert seen == [ValueError]
        assert "ValueError: boom" in path.read_text("utf-8")
    finally:
        logging_setup.shutdown_logging()
        root.setLevel(level)


posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_log_file_is_private_even_with_a_permissive_umask(log_file: Path) -> None:
    old = os.umask(0o022)
    try:
        logging_setup.shutdown_logging()
        log_file.unlink(missing_ok=True)
        path = logging_setup.setup_logging(logging.DEBUG, qt_messages=False, excepthook=False)
        logging.getLogger("allegro_issues_desktop.test").info("hello")
    finally:
        os.umask(old)
    assert _mode(path) == 0o600


@posix_only
def test_rotated_files_are_private(log_file: Path) -> None:
    old = os.umask(0o022)
    try:
        (handler,) = _ours()
        assert isinstance(handler, RotatingFileHandler)
        logging.getLogger("allegro_issues_desktop.test").info("first file")
        handler.doRollover()
        logging.getLogger("allegro_issues_desktop.test").info("second file")
        handler.flush()
    finally:
        os.umask(old)
    rotated = log_file.with_name(log_file.name + ".1")
    assert "first file" in rotated.read_text("utf-8")
    assert _mode(rotated) == 0o600
    assert _mode(log_file) == 0o600


@posix_only
def test_files_left_readable_by_an_older_version_are_tightened(log_file: Path) -> None:
    logging_setup.shutdown_logging()
    rotated = log_file.with_name(log_file.name + ".3")
    rotated.write_text("old\n", encoding="utf-8")
    for path in (log_file, rotated):
        path.chmod(0o644)
    logging_setup.setup_logging(logging.DEBUG, qt_messages=False, excepthook=False)
    assert _mode(log_file) == 0o600
    assert _mode(rotated) == 0o600
