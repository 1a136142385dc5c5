"""Access tokens that stay valid: refresh ahead of expiry and after a 401, one refresh at a time.

Why single-flight: Allegro kills the old access token at refresh, so two refreshes racing would
invalidate each other's results; and every refresh rotates the refresh token, so the new pair is
persisted *before* anyone uses it (a crash after use but before saving would leave a refresh
token on disk that dies 60 s later). Requests that fail with 401 pass the token they used; if
another request already refreshed, they get the new token without a second refresh.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import NoReturn

from ..allegro.errors import AuthenticationError, NetworkError
from .oauth import Clock, OAuthError, TokenSet

log = logging.getLogger(__name__)

Refresher = Callable[[str], Awaitable[TokenSet]]  # refresh token -> new pair
Persist = Callable[[TokenSet], None]


class RefreshingTokenProvider:
    """Implements ``allegro.tokens.TokenProvider`` for one signed-in account."""

    def __init__(
        self,
        tokens: TokenSet,
        *,
        refresher: Refresher,
        persist: Persist,
        on_signed_out: Callable[[], None] | None = None,
        clock: Clock = time.time,
        refresh_margin: float = 300.0,
    ) -> None:
        self._tokens = tokens
        self._refresher = refresher
        self._persist = persist
        self.on_signed_out = on_signed_out
        self._clock = clock
        self._margin = refresh_margin
        self._lock = asyncio.Lock()
        self._signed_out = False

    def __repr__(self) -> str:
        return f"RefreshingTokenProvider(signed_out={self._signed_out})"

    @property
    def signed_out(self) -> bool:
        return self._signed_out

    @property
    def tokens(self) -> TokenSet:
        return self._tokens

    async def access_token(self) -> str:
        self._check_signed_in()
        current = self._tokens
        if self._clock() < current.expires_at - self._margin:
            return current.access_token
        return await self._refresh_unless_done(current.access_token)

    async def refresh_after_rejection(self, rejected: str) -> str:
        self._check_signed_in()
        return await self._refresh_unless_done(rejected)

    def sign_out(self) -> None:
        """Local sign-out: later calls raise; the owner deletes the stored tokens."""
        self._signed_out = True

    def _check_signed_in(self) -> None:
        if self._signed_out:
            raise AuthenticationError("signed out: sign in again", status=401)

    async def _refresh_unless_done(self, seen: str) -> str:
        async with self._lock:
            self._check_signed_in()
            current = self._tokens
            fresh = self._clock() < current.expires_at - self._margin
            if current.access_token != seen and fresh:
                return current.access_token  # someone refreshed while we waited
            new = await self._refresh(current)
            return new.access_token

    async def _refresh(self, current: TokenSet) -> TokenSet:
        if not current.refresh_token:
            self._give_up("no refresh token")
        try:
            new = await self._refresher(current.refresh_token)
        except OAuthError as exc:
            if not exc.permanent:
                # Allegro unreachable: not a sign-out. The client reports it as a network error.
                raise NetworkError(f"token refresh failed: {exc.error}", timed_out=False) from None
            self._give_up(exc.error)
        if not new.refresh_token:  # Allegro always rotates; keep the old one if it did not
            new = TokenSet(new.access_token, current.refresh_token, new.expires_at, new.scope)
        try:
            self._persist(new)  # before anyone uses it: see the module docstring
        except Exception as exc:
            # Using the tokens is still better than signing the seller out now; the next
            # refresh tries to persist again.
            log.error("could not store the refreshed tokens: %s", type(exc).__name__)
        self._tokens = new
        log.info("access token refreshed")
        return new

    def _give_up(self, reason: str) -> NoReturn:
        self._signed_out = True
        log.warning("refresh failed for good (%s): sign-in needed", reason)
        if self.on_signed_out is not None:
            try:
                self.on_signed_out()
            except Exception:
                log.exception("on_signed_out callback failed")
        raise AuthenticationError(
            "the session has ended; sign in again", status=401, code=reason
        ) from None
