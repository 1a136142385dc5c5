"""Keep tokens and secrets out of logs.

Two layers, because a log line can carry a secret in many shapes:

* values the app knows are secret (tokens, device codes, the client secret) are registered with
  :func:`remember_secret` when they are created and replaced wherever they appear;
* patterns catch the rest: ``Authorization`` headers, ``Bearer``/``Basic`` credentials,
  ``access_token=...`` / ``"refresh_token": "..."`` style pairs (quoted values whole),
  ``code=``/``state=`` in URLs and form bodies, JWTs, and
  long random-looking strings.

:func:`install_redaction` puts the filter on the root logger's handlers *and* wraps the log
record factory, so records from any logger, reaching handlers added later, are cleaned too.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

MASK = "[REDACTED]"
_MIN_SECRET = 8
_MAX_REMEMBERED = 256

_SENSITIVE_KEYS = (
    r"access_token|refresh_token|id_token|client_secret|device_code|code_verifier"
    r"|password|passwd|secret|api[_-]?key|token"
)
# A bytes prefix is a lower-case ``b`` only: under (?i) a bare ``b?`` would also take the ``B``
# of ``Bearer``/``Basic`` as a prefix and let the rest of the credential through.
_BYTES = r"(?-i:b)?"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"(?i)\b(bearer|basic)(\s+)(['\"]?)[A-Za-z0-9\-._~+/]{8,}=*"),
        rf"\1\2\3{MASK}",
    ),
    # ?code=... / &state=... in URLs, and code=... opening a logged form body; never user_code=
    # (the seller types that one in) nor "state" in prose.
    (re.compile(r"(?m)((?:(?<=[?&])|^)code=|(?<=[?&])state=)[^&\s'\"#]+"), rf"\1{MASK}"),
    (re.compile(r"\beyJ[\w-]*\.[\w-]+\.[\w-]*"), MASK),
)
# Authorization: Bearer xyz  |  'Authorization': 'Basic xyz'  |  (b'authorization', b'...')
# |  Authorization: Bearer "x y". The scheme word stays (it says which credential it was).
_AUTH_HEADER = re.compile(
    rf"""(?i)(\b(?:proxy-)?authorization['"]?\s*[:=,]\s*(?:{_BYTES}['"])?)"""
    r"""((?:bearer|basic|digest|negotiate|token)\s+)?"""
    r"""(?:(['"])(?:\\.|(?!\3).)*\3|(?:\[REDACTED\]|[^\s'",)}\]]+))"""
)
# key=value, key: value, "key": "value with spaces", 'key': b'value', key='value'
_KEY_VALUE = re.compile(
    rf"""(?i)(['"]?\b(?:{_SENSITIVE_KEYS})['"]?\s*[:=]\s*)"""
    rf"""(?:({_BYTES}(['"]))(?:\\.|(?!\3).)*\3|(?!\[REDACTED)[^\s'"&,;)}}\]]+)"""
)


def _mask_credential(match: re.Match[str]) -> str:
    quote = match.group(3) or ""
    return f"{match.group(1)}{match.group(2) or ''}{quote}{MASK}{quote}"


def _mask_value(match: re.Match[str]) -> str:
    opening = match.group(2)
    if opening is None:
        return match.group(1) + MASK
    return f"{match.group(1)}{opening}{MASK}{match.group(3)}"


# Long random-looking runs: mixed case and digits (base64/base64url), or 40+ hex digits.
_LONG_RUN = re.compile(r"(?<![\w\-+])[A-Za-z0-9_\-+]{32,}={0,2}(?![\w\-+])")
_HEX_RUN = re.compile(r"(?<![\w-])[0-9a-fA-F]{40,}(?![\w-])")

_remembered: OrderedDict[str, None] = OrderedDict()
_remembered_lock = threading.Lock()


def remember_secret(value: str | None) -> None:
    """Redact this exact value from now on (kept for the last few hundred secrets)."""
    if not value or len(value) < _MIN_SECRET:
        return
    with _remembered_lock:
        _remembered[value] = None
        _remembered.move_to_end(value)
        while len(_remembered) > _MAX_REMEMBERED:
            _remembered.popitem(last=False)


def _looks_random(match: re.Match[str]) -> str:
    text = match.group(0)
    has_upper = any(c.isupper() for c in text)
    has_lower = any(c.islower() for c in text)
    has_digit = any(c.isdigit() for c in text)
    return MASK if has_upper and has_lower and has_digit else text


def redact(text: str) -> str:
    if not text:
        return text
    with _remembered_lock:
        known = sorted(_remembered, key=len, reverse=True)  # longest first: no partial leftovers
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    text = _AUTH_HEADER.sub(_mask_credential, text)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    text = _KEY_VALUE.sub(_mask_value, text)
    text = _LONG_RUN.sub(_looks_random, text)
    return _HEX_RUN.sub(MASK, text)


class RedactingFilter(logging.Filter):
    """Rewrites the record's message (args merged in), exception text and stack in place."""

    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record)
        return True


def redact_record(record: logging.LogRecord) -> None:
    if getattr(record, "_redacted", False):
        return
    try:
        message = record.getMessage()
    except Exception:  # a broken %-format: let logging report it, but never with raw args
        record.msg, record.args = redact(str(record.msg)), None
    else:
        record.msg, record.args = redact(message), None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    record._redacted = True


_install_lock = threading.Lock()
_factory_installed = False
_factory_before: Callable[..., logging.LogRecord] | None = None


def install_redaction(logger: logging.Logger | None = None) -> RedactingFilter:
    """Redact everything ``logger`` (default: root, i.e. the whole app) emits. Idempotent."""
    global _factory_installed
    target = logger if logger is not None else logging.getLogger()
    existing = next((f for f in target.filters if isinstance(f, RedactingFilter)), None)
    flt = existing or RedactingFilter()
    if existing is None:
        target.addFilter(flt)
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(flt)
    if logger is None:
        with _install_lock:
            if not _factory_installed:
                _wrap_record_factory()
                _factory_installed = True
    return flt


def uninstall_redaction(logger: logging.Logger | None = None) -> None:
    """Undo :func:`install_redaction` (tests restore global logging state with it)."""
    global _factory_installed, _factory_before
    target = logger if logger is not None else logging.getLogger()
    for holder in (target, *target.handlers):
        for flt in [f for f in holder.filters if isinstance(f, RedactingFilter)]:
            holder.removeFilter(flt)
    if logger is None:
        with _install_lock:
            if _factory_installed and _factory_before is not None:
                logging.setLogRecordFactory(_factory_before)
            _factory_installed = False
            _factory_before = None


def _wrap_record_factory() -> None:
    global _factory_before
    previous = logging.getLogRecordFactory()
    _factory_before = previous

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        redact_record(record)
        return record

    logging.setLogRecordFactory(factory)
