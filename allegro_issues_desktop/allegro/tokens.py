"""Where the client gets its bearer token.

The client never stores or refreshes tokens itself: it asks a :class:`TokenProvider` before each
request and, after a 401, once for a replacement. Passing the rejected token lets a provider
shared by many concurrent requests refresh once (Allegro kills the old access token at refresh,
so refreshes must be serialized) and hand the already-refreshed token to the others.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from .errors import AuthenticationError


@runtime_checkable
class TokenProvider(Protocol):
    async def access_token(self) -> str:
        """A token to use now."""
        ...

    async def refresh_after_rejection(self, rejected: str) -> str:
        """A token other than ``rejected``; raise :class:`AuthenticationError` if impossible."""
        ...


class StaticTokenProvider:
    """A fixed token (tests, the emulator, a token pasted by a developer); cannot refresh."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __repr__(self) -> str:  # never show the token in logs or tracebacks
        return "StaticTokenProvider(token=***)"

    async def access_token(self) -> str:
        return self._token

    async def refresh_after_rejection(self, rejected: str) -> str:
        raise AuthenticationError(
            "the access token was rejected and this provider cannot refresh it", status=401
        )
