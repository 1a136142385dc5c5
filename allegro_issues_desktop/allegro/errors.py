"""Typed errors of the Allegro client.

Every failure the client reports is an :class:`AllegroError` carrying the HTTP status, Allegro's
error ``code`` and the translated ``userMessage`` (when the server sent them), so services can
decide what to tell the seller without looking at HTTP. Texts never contain the bearer token:
Allegro echoes the expired token in ``"Access token expired: <token>"``, so bodies are redacted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

_JWT = re.compile(r"eyJ[\w-]*\.[\w-]+\.[\w-]+")
# "Access token expired: <token>", "access_token=<token>", '"refresh_token": "<token>"'
_AFTER_TOKEN_WORD = re.compile(r"""(?i)(token[\w\s"']{0,20}?[:=]\s*["']?)([\w\-.~+/]{16,}=*)""")
_MAX_TEXT = 500


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
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.user_message = user_message
        #: All entries of ``{"errors": [...]}`` (redacted), for logs and diagnostics.
        self.errors = errors


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
    """A success status with a body that is not the JSON it should be."""


class NetworkError(AllegroError):
    """Transport failure: DNS, connect, reset, timeout.

    ``timed_out``: the request timed out. ``outcome_unknown``: the request may have reached
    Allegro and been processed (a POST message may have been posted: re-read the chat before
    offering a resend).
    """

    def __init__(self, message: str, *, timed_out: bool, outcome_unknown: bool = True) -> None:
        super().__init__(message)
        self.timed_out = timed_out
        self.outcome_unknown = outcome_unknown


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
    """Map an error response to a typed error; understands both Allegro error body styles."""
    hidden = tuple(secrets)
    code: str | None = None
    message: str | None = None
    user_message: str | None = None
    entries: tuple[Mapping[str, Any], ...] = ()
    try:
        data = json.loads(body) if body else None
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
