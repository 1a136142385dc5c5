"""Logs: a rotating UTF-8 file in the platformdirs log dir (``app_paths().log_dir``).

* ``allegro-issues.log`` rotates at 1 MB and keeps 5 old files (``.1`` .. ``.5``).
* Tokens never reach the file: the sign-in module's redaction filter
  (``allegro_issues_desktop.log_redaction.install_redaction``) is installed when present, and a
  small fallback filter scrubs bearer tokens and OAuth secrets either way.
* httpx logs every request URL at INFO and httpcore traces requests at DEBUG; both are held at
  WARNING so request headers (``Authorization``) can never be written.
* Qt's own warnings and uncaught Python exceptions go to the log too (a windowed bundle on
  Windows has no stderr to print them to); both chain to whatever handler was there before.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import re
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from .settings import app_paths

LOG_FILE_NAME = "allegro-issues.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"
QUIET_LOGGERS = ("httpx", "httpcore", "hpack", "urllib3", "asyncio")

_MARK = "_allegro_issues_handler"

_SECRET_PATTERNS = (
    # An Authorization value is "<scheme> <credentials>": drop both words.
    re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)[^\s\"',}]+(?:\s+[^\s\"',}]+)?"),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"),
    re.compile(
        r"(?i)((?:access_token|refresh_token|client_secret|device_code|password|token)"
        r"[\"']?\s*[:=]\s*[\"']?)[^\s&\"',}]+"
    ),
)


def redact(text: str) -> str:
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub(r"\1[redacted]", text)
    return text


class FallbackRedactionFilter(logging.Filter):
    """Scrubs secrets from the formatted message; cheap insurance under the real filter."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken %-format must not kill logging
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def log_file_path() -> Path:
    return app_paths().log_dir / LOG_FILE_NAME


def _install_project_redaction() -> bool:
    """Install log_redaction's filter on the root logger and its handlers, if the module exists."""
    try:
        log_redaction = importlib.import_module(f"{__package__}.log_redaction")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__package__}.log_redaction":
            raise
        return False
    install: Callable[..., object] | None = getattr(log_redaction, "install_redaction", None)
    if install is None:
        return False
    install()  # root logger + all its handlers + the record factory; idempotent
    return True


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

    handler = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    setattr(handler, _MARK, True)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    handler.addFilter(FallbackRedactionFilter())
    root.addHandler(handler)
    project_filter = _install_project_redaction()
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)

    if qt_messages:
        _install_qt_handler()
    if excepthook and sys.excepthook is not _excepthook:
        _previous_excepthook = sys.excepthook
        sys.excepthook = _excepthook
    logging.getLogger(__name__).debug(
        "logging to %s (project redaction filter: %s)", path, "yes" if project_filter else "no"
    )
    return path


def shutdown_logging() -> None:
    """Close our file handler (tests, and the end of main())."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(old)
        with contextlib.suppress(Exception):
            old.close()
