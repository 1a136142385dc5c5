"""Typed errors of the Allegro client.

Every failure the client reports is an :class:`AllegroError` carrying the HTTP status, Allegro's
error ``code`` and the translated ``userMessage`` (when the server sent them), so services can
decide what to tell the seller without looking at HTTP. Texts never contain the bearer token:
Allegro echoes the expired token in ``"Access token expired: <token>"``, so bodies are redacted.

``outcome_unknown`` is on every error: True when the request may have reached Allegro and been
processed although it failed here (a POST that timed out, met a 5xx, or got a 2xx whose body was
broken). The caller of an unsafe request re-reads (e.g. the chat) before offering to repeat it.

Decoding is total: :func:`decode_json` turns any body (garbled UTF-8, NaN, 100,000 nested
brackets) into a value or a ``ValueError``, and :func:`error_from_response` never raises.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..json_limits import nesting_within, reject_constant

_JWT = re.compile(r"eyJ[\w-]*\.[\w-]+\.[\w-]+")
# "Access token expired: <token>", "access_token=<token>", '"refresh_token": "<token>"'
_AFTER_TOKEN_WORD = re.compile(r"""(?i)(token[\w\s"']{0,20}?[:=]\s*["']?)([\w\-.~+/]{16,}=*)""")
_MAX_TEXT = 500
#: Deepest JSON nesting accepted. Allegro's documents are about 6 levels deep; a limit far below
#: the interpreter's recursion limit keeps every later consumer (parsing, redaction, the store's
#: ``json.dumps``) safe from ``RecursionError``.
MAX_JSON_DEPTH = 64


class AllegroError(Exception):
    """Base of all client errors. ``str(error)`` is a developer-facing summary."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        user_message: str | None = None,
        errors: tuple[Mapping[str, Any], ...] = (),
        outcome_unknown: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.user_message = user_message
        #: All entries of ``{"errors": [...]}`` (redacted), for logs and diagnostics.
        self.errors = errors
        #: The request may have been processed by Allegro (see the module doc).
        self.outcome_unknown = outcome_unknown


class AuthenticationError(AllegroError):
    """401: the token is invalid or expired and could not be refreshed."""


class PermissionDeniedError(AllegroError):
    """403: e.g. the token lacks the ``allegro:api:disputes`` scope."""


class NotFoundError(AllegroError):
    """404."""


class NotAcceptableError(AllegroError):
    """406: wrong ``Accept`` media type."""


class ChatClosedError(AllegroError):
    """409: the issue's state forbids new messages (``chatActive: false``)."""


class InvalidRequestError(AllegroError):
    """400 / 422: Allegro refused the request's content."""


class PayloadTooLargeError(AllegroError):
    """413: attachment too big (also raised locally before uploading)."""


class UnsupportedMediaTypeError(AllegroError):
    """415: attachment type not accepted (also raised locally before uploading)."""


class RateLimitedError(AllegroError):
    """429: the Client ID is over its per-minute budget."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(AllegroError):
    """5xx."""


class InvalidResponseError(AllegroError):
    """A success status with a body that is not the JSON it should be (or not about what was
    asked: another issue's id, an HTML page, a wrong content type)."""


class ResponseTooLargeError(InvalidResponseError):
    """The answer is larger than the client accepts for its kind (JSON or attachment); reading
    stopped at the limit."""

    def __init__(self, message: str, *, limit: int, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.limit = limit


class NetworkError(AllegroError):
    """Transport failure: DNS, connect, reset, timeout.

    ``timed_out``: the request timed out. ``outcome_unknown``: the request may have reached
    Allegro and been processed (a POST message may have been posted: re-read the chat before
    offering a resend).
    """

    def __init__(self, message: str, *, timed_out: bool, outcome_unknown: bool = True) -> None:
        super().__init__(message, outcome_unknown=outcome_unknown)
        self.timed_out = timed_out


class UnsafeUrlError(AllegroError):
    """A URL outside the configured API origin: the bearer token must not go there."""

    def __init__(self, url: str) -> None:
        super().__init__(f"refusing to send credentials to a URL outside the API host: {url!r}")
        self.url = url


_BY_STATUS: dict[int, type[AllegroError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    406: NotAcceptableError,
    409: ChatClosedError,
    413: PayloadTooLargeError,
    415: UnsupportedMediaTypeError,
    422: InvalidRequestError,
}


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Remove known secrets and anything token-shaped from ``text``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    text = _JWT.sub("***", text)
    return _AFTER_TOKEN_WORD.sub(r"\1***", text)


def _clean(value: object, secrets: Iterable[str]) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return redact(text, secrets)[:_MAX_TEXT]


def decode_json(body: bytes) -> Any:
    """Strict, total JSON decoding: the value, or ``ValueError`` for anything else.

    Garbled UTF-8, ``NaN``/``Infinity``, integers too long to convert and nesting deeper than
    :data:`MAX_JSON_DEPTH` (100,000 ``[`` would otherwise be a ``RecursionError``) all become
    ``ValueError``.
    """
    try:
        data = json.loads(body, parse_constant=reject_constant)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    if isinstance(data, dict | list) and not nesting_within(data, MAX_JSON_DEPTH):
        raise ValueError("JSON nested too deeply")
    return data


def _redact_json(value: Any, secrets: tuple[str, ...]) -> Any:
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, Mapping):
        return {str(k): _redact_json(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_json(v, secrets) for v in value]
    return value


def error_from_response(
    status: int,
    body: bytes,
    *,
    method: str,
    path: str,
    retry_after: float | None = None,
    secrets: Iterable[str] = (),
) -> AllegroError:
    """Map an error response to a typed error; understands both Allegro error body styles.

    Never raises: a body that is not JSON (HTML, garbage, too deep) only loses the details.
    """
    hidden = tuple(secrets)
    code: str | None = None
    message: str | None = None
    user_message: str | None = None
    entries: tuple[Mapping[str, Any], ...] = ()
    try:
        data = decode_json(body) if body else None
    except ValueError:
        data = None
    if isinstance(data, Mapping):
        raw_errors = data.get("errors")
        if isinstance(raw_errors, list):
            entries = tuple(_redact_json(e, hidden) for e in raw_errors if isinstance(e, Mapping))
        if entries:
            first = entries[0]
            code = _clean(first.get("code"), hidden)
            message = _clean(first.get("message"), hidden)
            user_message = _clean(first.get("userMessage"), hidden)
        elif "error" in data:  # OAuth layer: {"error": ..., "error_description": ...}
            code = _clean(data.get("error"), hidden)
            message = _clean(data.get("error_description"), hidden)
    summary = f"{method} {path} -> HTTP {status}"
    if code:
        summary += f" {code}"
    if message or user_message:
        summary += f": {message or user_message}"
    kwargs: dict[str, Any] = {
        "status": status,
        "code": code,
        "user_message": user_message,
        "errors": entries,
    }
    if status == 429:
        return RateLimitedError(summary, retry_after=retry_after, **kwargs)
    if status >= 500:
        return ServerError(summary, **kwargs)
    return _BY_STATUS.get(status, AllegroError)(summary, **kwargs)
