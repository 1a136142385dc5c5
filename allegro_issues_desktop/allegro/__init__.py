"""HTTP access to Allegro's /sale/issues API (httpx, no Qt). See :mod:`.client`.

The client, its retry and budget helpers (and with them httpx and asyncio, ~60 ms) load on first
use: the window imports the error types before its first paint and must not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    AllegroError,
    AuthenticationError,
    ChatClosedError,
    InvalidRequestError,
    InvalidResponseError,
    NetworkError,
    NotAcceptableError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    UnsafeUrlError,
    UnsupportedMediaTypeError,
)
from .tokens import StaticTokenProvider, TokenProvider

if TYPE_CHECKING:
    from .client import JSON_MEDIA_TYPE, USER_AGENT, AllegroClient
    from .ratelimit import RequestBudget
    from .retry import RetryPolicy

_LAZY = {
    "JSON_MEDIA_TYPE": "client",
    "USER_AGENT": "client",
    "AllegroClient": "client",
    "RequestBudget": "ratelimit",
    "RetryPolicy": "retry",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{module}", __name__), name)


__all__ = [
    "JSON_MEDIA_TYPE",
    "USER_AGENT",
    "AllegroClient",
    "AllegroError",
    "AuthenticationError",
    "ChatClosedError",
    "InvalidRequestError",
    "InvalidResponseError",
    "NetworkError",
    "NotAcceptableError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitedError",
    "RequestBudget",
    "RetryPolicy",
    "ServerError",
    "StaticTokenProvider",
    "TokenProvider",
    "UnsafeUrlError",
    "UnsupportedMediaTypeError",
]
