"""Allegro OAuth over httpx: device flow, authorization code + PKCE, refresh.

Rules from ``FACTS.md``: Basic ``client_id:client_secret`` on the device request, on polling and
on refresh; **no** Authorization header on the PKCE code exchange; numbers in the device response
may be strings; ``slow_down`` means poll slower; an invalid device code means start over.
Nothing here logs a token, a code or the secret.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import logging
import secrets
import time
from collections.abc import Awaitable, Callable, Mapping
from enum import Enum
from typing import Any
from urllib.parse import urlencode

import httpx
import msgspec

from .. import PROJECT_URL, __version__
from ..allegro.errors import decode_json
from ..allegro.tls import LazyHttpClient
from ..log_redaction import remember_secret
from .credentials import AppCredentials

log = logging.getLogger(__name__)

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
SCOPE = "allegro:api:disputes"
#: What the app asks for: issues, plus the order, the offer and the account shown beside them
#: (without the extra ones those views degrade quietly; FACTS "Orders, offers and the account").
SCOPES = " ".join(
    (SCOPE, "allegro:api:orders:read", "allegro:api:sale:offers:read", "allegro:api:profile:read")
)
USER_AGENT = f"AllegroIssuesDesktop/{__version__} (+{PROJECT_URL})"
SLOW_DOWN_STEP = 5  # seconds added per slow_down (RFC 8628 section 3.5)
#: A token or device answer is ~2 KB; a longer body is not one (and is not read further).
MAX_RESPONSE_BYTES = 64 * 1024
#: One OAuth request, connection to last byte: httpx's timeout is per read, so a server that
#: trickles a byte at a time would otherwise hold a refresh (and every API call behind it).
REQUEST_DEADLINE_S = 30.0
#: Bounds for the numbers the server sends (a token's lifetime, the device flow's): beyond
#: them a value is taken as the bound (``10**400`` seconds would overflow the clock's float).
MAX_TOKEN_LIFETIME_S = 366 * 24 * 3600
MAX_DEVICE_CODE_LIFETIME_S = 24 * 3600
MAX_POLL_INTERVAL_S = 60

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


# ---------------------------------------------------------------------------------- errors
class OAuthError(Exception):
    """The OAuth server said no (``error`` is its code), or could not be reached."""

    def __init__(self, error: str, description: str | None = None, status: int | None = None):
        super().__init__(f"{error}: {description}" if description else error)
        self.error = error
        self.description = description
        self.status = status

    @property
    def permanent(self) -> bool:
        """True when retrying the same request cannot help (bad grant, bad client)."""
        return True


class OAuthUnavailableError(OAuthError):
    """Network failure, timeout, 5xx or 429: try again later; the grant may still be good."""

    @property
    def permanent(self) -> bool:
        return False


class FlowFailure(Enum):
    DENIED = "denied"  # the seller refused access
    EXPIRED = "expired"  # the device code timed out
    INVALID_CODE = "invalid_code"  # Allegro no longer knows the device code
    STATE_MISMATCH = "state_mismatch"  # the redirect did not come from our request
    NO_CODE = "no_code"  # the redirect carried neither a code nor an error


class FlowError(OAuthError):
    """A sign-in flow ended without tokens; ``reason`` says why (the UI words it)."""

    def __init__(self, reason: FlowFailure, description: str | None = None):
        super().__init__(reason.value, description)
        self.reason = reason


# ---------------------------------------------------------------------------------- values
def _int(value: object, default: int, maximum: int) -> int:
    """Allegro sends numbers as integers or as strings (FACTS, R); within 0..``maximum``."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):  # also a string of more digits than int() converts
        return default
    return min(max(number, 0), maximum)


def jwt_claims(token: str) -> dict[str, Any]:
    """The payload of a JWT, unverified: used only to label an account, never to trust it."""
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    try:
        padded = parts[1] + "=" * (-len(parts[1]) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded))
    except (ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


class TokenSet(msgspec.Struct, frozen=True):
    access_token: str
    refresh_token: str
    expires_at: float  # wall-clock epoch seconds (survives restarts, unlike monotonic time)
    scope: str = ""

    def __post_init__(self) -> None:
        remember_secret(self.access_token)
        remember_secret(self.refresh_token)

    def __repr__(self) -> str:
        return f"TokenSet(access_token=***, refresh_token=***, expires_at={self.expires_at:.0f})"

    @classmethod
    def from_response(cls, data: Mapping[str, Any], now: float) -> TokenSet:
        access = data.get("access_token")
        refresh = data.get("refresh_token")
        if not isinstance(access, str) or not access:
            raise OAuthError("invalid_response", "no access_token in the token response")
        return cls(
            access_token=access,
            refresh_token=refresh if isinstance(refresh, str) else "",
            expires_at=now + _int(data.get("expires_in"), 3600, MAX_TOKEN_LIFETIME_S),
            scope=str(data.get("scope") or ""),
        )

    @property
    def user_id(self) -> str | None:
        """Allegro's JWT carries the user's id as ``user_name``."""
        value = jwt_claims(self.access_token).get("user_name")
        return str(value) if value else None

    def to_json(self) -> str:
        return json.dumps(
            {
                "access_token": self.access_token,
                "refresh_token": self.refresh_token,
                "expires_at": self.expires_at,
                "scope": self.scope,
            }
        )

    @classmethod
    def from_json(cls, raw: str) -> TokenSet:
        data = json.loads(raw)
        return cls(
            access_token=str(data["access_token"]),
            refresh_token=str(data.get("refresh_token") or ""),
            expires_at=float(data["expires_at"]),
            scope=str(data.get("scope") or ""),
        )


class DeviceAuthorization(msgspec.Struct, frozen=True):
    device_code: str
    user_code: str
    verification_uri: str
    verification_uri_complete: str
    expires_in: int
    interval: int
    expires_at: float  # on the client's clock

    def __post_init__(self) -> None:
        remember_secret(self.device_code)

    def __repr__(self) -> str:
        return f"DeviceAuthorization(user_code={self.user_code!r}, expires_in={self.expires_in})"


class PollStatus(Enum):
    PENDING = "pending"
    SLOW_DOWN = "slow_down"
    UNREACHABLE = "unreachable"  # a network blip: polling goes on


# ---------------------------------------------------------------------------------- client
class OAuthClient:
    """Talks to one environment's ``/auth/oauth/*`` with one app's credentials."""

    def __init__(
        self,
        oauth_url: str,
        credentials: AppCredentials,
        *,
        http: httpx.AsyncClient | None = None,
        clock: Clock = time.time,
        sleep: Sleep = asyncio.sleep,
        timeout: float = 20.0,
        deadline: float = REQUEST_DEADLINE_S,
    ) -> None:
        """``timeout``: httpx's, per connect, read or write; ``deadline``: a whole request's."""
        self.oauth_url = oauth_url.rstrip("/")
        self._deadline = deadline
        self.credentials = credentials
        # Made at the first request with the process's one TLS context (see ``tls``); none
        # for a plain-http server (the demo's emulator): requests go to oauth_url only.
        self._http = LazyHttpClient(
            timeout,
            injected=http,
            plain_http=self.oauth_url.lower().startswith("http://"),
        )
        self._clock = clock
        self._sleep = sleep

    def __repr__(self) -> str:
        return f"OAuthClient({self.oauth_url!r}, client_id={self.credentials.client_id!r})"

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _http_client(self) -> httpx.AsyncClient:
        return await self._http.get()

    # ---------------------------------------------------------------------------- device flow
    async def start_device_flow(self, scope: str | None = None) -> DeviceAuthorization:
        form = {"client_id": self.credentials.client_id, "scope": scope or SCOPES}
        data = await self._post("/auth/oauth/device", form, basic=True)
        try:
            user_code = str(data["user_code"])
            device_code = str(data["device_code"])
        except KeyError as exc:
            raise OAuthError("invalid_response", f"device response lacks {exc}") from None
        uri = str(data.get("verification_uri") or "")
        expires_in = _int(data.get("expires_in"), 3600, MAX_DEVICE_CODE_LIFETIME_S)
        return DeviceAuthorization(
            device_code=device_code,
            user_code=user_code,
            verification_uri=uri,
            verification_uri_complete=str(data.get("verification_uri_complete") or uri),
            expires_in=expires_in,
            interval=_int(data.get("interval"), 5, MAX_POLL_INTERVAL_S),
            expires_at=self._clock() + expires_in,
        )

    async def poll_device_flow(
        self,
        auth: DeviceAuthorization,
        on_status: Callable[[PollStatus], None] | None = None,
    ) -> TokenSet:
        """Poll until the seller decides; raise :class:`FlowError` when the flow cannot finish.

        Cancelling the awaiting task stops polling at once (nothing else to clean up).
        """
        interval = float(auth.interval)
        form = {"grant_type": DEVICE_GRANT, "device_code": auth.device_code}
        while True:
            await self._sleep(interval)
            if self._clock() >= auth.expires_at:
                raise FlowError(FlowFailure.EXPIRED)
            try:
                return await self._token(form, basic=True)
            except OAuthUnavailableError:
                status = PollStatus.UNREACHABLE
            except OAuthError as exc:
                status = self._poll_outcome(exc, auth)
                if status is PollStatus.SLOW_DOWN:
                    interval += SLOW_DOWN_STEP
            if on_status is not None:
                on_status(status)

    def _poll_outcome(self, exc: OAuthError, auth: DeviceAuthorization) -> PollStatus:
        if exc.error == "authorization_pending":
            return PollStatus.PENDING
        if exc.error == "slow_down":
            return PollStatus.SLOW_DOWN
        if exc.error == "access_denied":
            raise FlowError(FlowFailure.DENIED) from None
        if exc.error == "expired_token":  # RFC 8628 wording, in case Allegro adopts it
            raise FlowError(FlowFailure.EXPIRED) from None
        if exc.error == "invalid_request" and "device code" in (exc.description or "").lower():
            # Allegro forgets expired codes: if our clock says it expired, say "expired".
            expired = self._clock() >= auth.expires_at
            raise FlowError(FlowFailure.EXPIRED if expired else FlowFailure.INVALID_CODE) from None
        raise exc

    # ------------------------------------------------------------------- authorization code
    def authorization_url(
        self, redirect_uri: str, code_challenge: str, state: str, *, confirm: bool = False
    ) -> str:
        params = {
            "response_type": "code",
            "client_id": self.credentials.client_id,
            "redirect_uri": redirect_uri,
            "code_challenge_method": "S256",
            "code_challenge": code_challenge,
            "state": state,
            "scope": SCOPES,
        }
        if confirm:  # lets the seller pick another account than the one logged in the browser
            params["prompt"] = "confirm"
        return f"{self.oauth_url}/auth/oauth/authorize?{urlencode(params)}"

    async def exchange_code(self, code: str, redirect_uri: str, code_verifier: str) -> TokenSet:
        """PKCE exchange: no Authorization header, the verifier proves it is us (FACTS)."""
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "code_verifier": code_verifier,
            "client_id": self.credentials.client_id,
        }
        return await self._token(form, basic=False)

    # ------------------------------------------------------------------------------- refresh
    async def refresh(self, refresh_token: str) -> TokenSet:
        form = {"grant_type": "refresh_token", "refresh_token": refresh_token}
        return await self._token(form, basic=True)

    # ------------------------------------------------------------------------------ transport
    async def _token(self, form: dict[str, str], *, basic: bool) -> TokenSet:
        data = await self._post("/auth/oauth/token", form, basic=basic)
        return TokenSet.from_response(data, self._clock())

    async def _post(self, path: str, form: dict[str, str], *, basic: bool) -> dict[str, Any]:
        headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
        if basic:
            pair = f"{self.credentials.client_id}:{self.credentials.client_secret}"
            headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
        try:
            async with asyncio.timeout(self._deadline):
                http = await self._http_client()
                async with http.stream(
                    "POST", self.oauth_url + path, data=form, headers=headers
                ) as response:
                    status = response.status_code
                    body = await _read_capped(response)
        except (httpx.TransportError, TimeoutError) as exc:
            # The exception text holds only the URL; no form values.
            raise OAuthUnavailableError("network", type(exc).__name__) from None
        if body is None:
            raise OAuthUnavailableError("unavailable", "the answer is too large", status)
        try:
            data = decode_json(body)
        except ValueError:
            data = None
        if status == 200 and isinstance(data, dict):
            return data
        # A 200 that is not an object is a broken answer, not a refusal (not a sign-out).
        if status >= 500 or status in (200, 429) or data is None:
            raise OAuthUnavailableError("unavailable", f"HTTP {status}", status)
        if not isinstance(data, dict):
            data = {}
        error = str(data.get("error") or f"http_{status}")
        description = data.get("error_description")
        raise OAuthError(error, str(description) if description else None, status)


async def _read_capped(response: httpx.Response) -> bytes | None:
    """The body, or None when it is longer than :data:`MAX_RESPONSE_BYTES` (not read on)."""
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) > MAX_RESPONSE_BYTES:
            return None
    return bytes(body)


# -------------------------------------------------------------------------------------- PKCE
def new_pkce_pair() -> tuple[str, str]:
    """(verifier, S256 challenge). 64 url-safe characters: within RFC 7636's 43..128."""
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
