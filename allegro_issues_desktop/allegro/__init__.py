"""HTTP access to Allegro's /sale/issues API (httpx, no Qt). See :mod:`.client`."""

from .client import JSON_MEDIA_TYPE, USER_AGENT, AllegroClient
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
from .ratelimit import RequestBudget
from .retry import RetryPolicy
from .tokens import StaticTokenProvider, TokenProvider

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
