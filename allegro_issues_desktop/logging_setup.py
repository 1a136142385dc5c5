"""Logs: a rotating UTF-8 file in the platformdirs log dir (``app_paths().log_dir``).

* ``allegro-issues.log`` rotates at 1 MB and keeps 5 old files (``.1`` .. ``.5``).
* Tokens never reach the file: ``log_redaction.install_redaction`` filters the root logger,
  its handlers and every record.
* httpx logs every request URL at INFO and httpcore traces requests at DEBUG; both are held at
  WARNING so request headers (``Authorization``) can never be written.
* The file and its rotated copies are readable by this user only (0600 on POSIX, like the
  secrets file): logs name buyers and issues. Files an older version left 0644 are tightened
  at start.
* Qt's own warnings and uncaught Python exceptions go to the log too (a windowed bundle on
  Windows has no stderr to print them to); both chain to whatever handler was there before.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import sys
from collections.abc import Callable
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from .log_redaction import install_redaction
from .settings import app_paths

LOG_FILE_NAME = "allegro-issues.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"
QUIET_LOGGERS = ("httpx", "httpcore", "hpack", "urllib3", "asyncio")

_MARK = "_allegro_issues_handler"
#: POSIX permissions of the log files (Windows: the per-user profile folder already protects them).
FILE_MODE = 0o600


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A ``RotatingFileHandler`` whose files are created 0600 from the first byte.

    Every (re)open after a rollover goes through ``_open``, so the new file is private too; a
    rolled-over file keeps the mode it had. ``os.open`` with a mode avoids the window in which
    a chmod after creation would leave the file readable.
    """

    def _open(self) -> TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.baseFilename, flags, FILE_MODE)
        try:
            _make_private(self.baseFilename)  # an existing file keeps its old mode otherwise
            return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise


def _make_private(path: str | Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(FileNotFoundError):
        if stat.S_IMODE(os.stat(path).st_mode) != FILE_MODE:
            os.chmod(path, FILE_MODE)


def _tighten_existing(path: Path) -> None:
    """Files written by an older version (0644): the current one and its rotated copies."""
    for n in range(1, BACKUP_COUNT + 1):
        with contextlib.suppress(OSError):
            _make_private(f"{path}.{n}")


def log_file_path() -> Path:
    return app_paths().log_dir / LOG_FILE_NAME


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_logger = logging.getLogger("qt")
_previous_qt_handler: Callable[[QtMsgType, QMessageLogContext, str], None] | None = None
_qt_handler_installed = False


def _qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    _qt_logger.log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)
    if _previous_qt_handler is not None:
        _previous_qt_handler(mode, context, message)
    elif sys.stderr is not None:
        print(message, file=sys.stderr)


def _install_qt_handler() -> None:
    global _previous_qt_handler, _qt_handler_installed
    if _qt_handler_installed:
        return
    _previous_qt_handler = qInstallMessageHandler(_qt_message_handler)
    _qt_handler_installed = True


_previous_excepthook = sys.excepthook


def _excepthook(
    kind: type[BaseException], value: BaseException, traceback: TracebackType | None
) -> None:
    logging.getLogger("allegro_issues_desktop").critical(
        "uncaught exception", exc_info=(kind, value, traceback)
    )
    _previous_excepthook(kind, value, traceback)


def setup_logging(
    level: int = logging.INFO, *, qt_messages: bool = True, excepthook: bool = True
) -> Path:
    """Send logs to the rotating file (again: safe to call twice) and return its path."""
    global _previous_excepthook
    path = log_file_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(old)
        old.close()

    _tighten_existing(path)
    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    setattr(handler, _MARK, True)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    install_redaction()  # after adding the handler: it filters every handler of the root
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)

    if qt_messages:
        _install_qt_handler()
    if excepthook and sys.excepthook is not _excepthook:
        _previous_excepthook = sys.excepthook
        sys.excepthook = _excepthook
    logging.getLogger(__name__).debug("logging to %s", path)
    return path


def shutdown_logging() -> None:
    """Close our file handler (tests, and the end of main())."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(old)
        with contextlib.suppress(Exception):
            old.close()
