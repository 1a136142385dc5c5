"""The emulator's OAuth side: device flow, authorization code + PKCE, refresh with rotation.

Behaviour follows ``FACTS.md`` (OAuth section) so the desktop client is tested against the same
rules as Allegro's: Basic auth on device/poll/refresh, no Basic auth on the PKCE exchange, codes
that live 10 s and are single-use, ``http://localhost`` redirects only (127.0.0.1 is refused),
and rotation where the old refresh token works 60 s more while the old access token dies at
once. Standard library only; every public method takes the lock because the server is threaded.

Test knobs are plain attributes: ``device_code_lifetime``, ``interval``, ``access_token_lifetime``,
``refresh_token_lifetime``, ``refresh_grace``, ``code_lifetime``, ``clock`` (seconds, monotonic by
default; tests swap it to move time), ``refresh_grants`` (a counter), plus ``approve_device`` /
``deny_device``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import json
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit, urlunsplit

from .protocol import EmuRequest, EmuResponse
from .shops import DEMO_USER_ID

DEVICE_PATH = "/auth/oauth/device"
TOKEN_PATH = "/auth/oauth/token"  # noqa: S105 (a path, not a secret)
AUTHORIZE_PATH = "/auth/oauth/authorize"
CONSENT_PATH = "/auth/oauth/authorize/consent"
# Allegro's own device page is allegro.pl/skojarz-aplikacje; the emulator mirrors the name.
VERIFY_PATH = "/skojarz-aplikacje"

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
DEMO_SCOPE = "allegro:api:disputes"
# Unambiguous letters and digits: a seller may type the user code by hand.
_USER_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


@dataclass(slots=True)
class _DeviceCode:
    device_code: str
    user_code: str
    expires_at: float
    interval: float
    state: str = "pending"  # pending | approved | denied | used
    last_poll: float | None = None
    user: str = DEMO_USER_ID  # the seller who signs in with this code


@dataclass(slots=True)
class _AuthCode:
    code: str
    client_id: str
    redirect_uri: str
    challenge: str
    expires_at: float
    user: str = DEMO_USER_ID


@dataclass(slots=True)
class _Access:
    expires_at: float | None  # None: never (a static token)
    family: str | None
    revoked: bool = False
    user: str = DEMO_USER_ID  # whose shop the token opens


@dataclass(slots=True)
class _Refresh:
    family: str
    expires_at: float
    superseded: bool = False
    access_tokens: list[str] = field(default_factory=list)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def pkce_challenge(verifier: str) -> str:
    """S256: BASE64URL(SHA256(ascii(verifier))) without padding (RFC 7636)."""
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def _oauth_error(status: int, error: str, description: str | None = None) -> EmuResponse:
    payload = {"error": error}
    if description is not None:
        payload["error_description"] = description
    return EmuResponse.json(status, payload)


def _redirect(location: str) -> EmuResponse:
    return EmuResponse(302, b"", {"Location": location, "Cache-Control": "no-store"})


def _with_query(url: str, params: dict[str, str]) -> str:
    parts = urlsplit(url)
    query = parts.query + ("&" if parts.query else "") + urlencode(params)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


class OAuthEmulator:
    def __init__(
        self, client_id: str, client_secret: str, auto_approve_device: bool = False
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.auto_approve_device = auto_approve_device
        self.auto_approve_authorize = True  # False: show a consent page with Approve/Deny
        # Knobs (seconds). Allegro: device code 3600, interval 5, access 43199, refresh ~3 months.
        self.device_code_lifetime = 3600.0
        self.interval = 5
        self.access_token_lifetime = 43199
        self.refresh_token_lifetime = 90 * 24 * 3600.0
        self.refresh_grace = 60.0
        self.code_lifetime = 10.0
        self.clock: Callable[[], float] = time.monotonic
        self.refresh_grants = 0
        #: The seller who signs in next (the emulator can serve several demo shops): what a
        #: person would choose by logging in to Allegro as that seller before approving.
        self.sign_in_as = DEMO_USER_ID
        self._family_user: dict[str, str] = {}
        self._lock = threading.RLock()
        self._devices: dict[str, _DeviceCode] = {}  # by device_code
        self._codes: dict[str, _AuthCode] = {}
        self._access: dict[str, _Access] = {}
        self._refresh: dict[str, _Refresh] = {}

    # ----------------------------------------------------------------- public API for the server
    def handles(self, path: str) -> bool:
        return path in (DEVICE_PATH, TOKEN_PATH, AUTHORIZE_PATH, CONSENT_PATH, VERIFY_PATH)

    def handle(self, req: EmuRequest, base_url: str) -> EmuResponse:
        with self._lock:
            route = (req.method.upper(), req.path)
            if route == ("POST", DEVICE_PATH):
                return self._device(req, base_url)
            if route == ("POST", TOKEN_PATH):
                return self._token(req)
            if route == ("GET", AUTHORIZE_PATH):
                return self._authorize(req)
            if route == ("POST", CONSENT_PATH):
                return self._consent(req)
            if req.path == VERIFY_PATH and req.method.upper() in ("GET", "POST"):
                return self._verify_page(req)
            return EmuResponse.json(405, {"error": "method_not_allowed"})

    def register_static_token(self, token: str, user: str = DEMO_USER_ID) -> None:
        with self._lock:
            self._access[token] = _Access(expires_at=None, family=None, user=user)

    def issue_token_pair(self, user: str | None = None) -> tuple[str, str]:
        with self._lock:
            return self._new_pair(secrets.token_hex(8), user)

    def user_of(self, token: str) -> str | None:
        """The seller a known access token belongs to (None for an unknown token)."""
        with self._lock:
            entry = self._access.get(token)
            return None if entry is None else entry.user

    def check_access_token(self, token: str) -> str:
        """``"ok"``, ``"expired"`` (known, timed out or revoked by a refresh) or ``"invalid"``."""
        with self._lock:
            entry = self._access.get(token)
            if entry is None:
                return "invalid"
            if entry.revoked:
                return "expired"
            if entry.expires_at is not None and self.clock() >= entry.expires_at:
                return "expired"
            return "ok"

    def expire(self, token: str) -> None:
        with self._lock:
            entry = self._access.get(token)
            if entry is not None:
                entry.revoked = True

    def approve_device(self, user_code: str) -> bool:
        return self._decide(user_code, "approved")

    def deny_device(self, user_code: str) -> bool:
        return self._decide(user_code, "denied")

    def user_codes(self) -> list[str]:
        """Pending user codes, oldest first (lets a test or the demo find the code to approve)."""
        with self._lock:
            return [d.user_code for d in self._devices.values() if d.state == "pending"]

    # ----------------------------------------------------------------------------- internals
    def _decide(self, user_code: str, outcome: str) -> bool:
        with self._lock:
            device = self._device_by_user_code(user_code)
            if device is None or device.state != "pending" or self._expired(device):
                return False
            device.state = outcome
            return True

    def _device_by_user_code(self, user_code: str) -> _DeviceCode | None:
        wanted = user_code.strip().lower()
        return next((d for d in self._devices.values() if d.user_code == wanted), None)

    def _expired(self, device: _DeviceCode) -> bool:
        return self.clock() >= device.expires_at

    def _basic_ok(self, req: EmuRequest) -> bool:
        header = req.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return False
        client_id, _, secret = decoded.partition(":")
        return secrets.compare_digest(client_id, self.client_id) and secrets.compare_digest(
            secret, self.client_secret
        )

    @staticmethod
    def _unauthorized() -> EmuResponse:
        response = _oauth_error(401, "unauthorized", "Full authentication is required")
        response.headers["WWW-Authenticate"] = 'Basic realm="oauth2/client"'
        return response

    def _new_pair(self, family: str, user: str | None = None) -> tuple[str, str]:
        """A new pair in ``family`` (a sign-in and its refreshes), for ``user`` (default: the
        family's seller, else :attr:`sign_in_as`)."""
        now = self.clock()
        user = user or self._family_user.get(family) or self.sign_in_as
        self._family_user[family] = user
        access = self._jwt_like(now, user)
        refresh = secrets.token_urlsafe(48)
        self._access[access] = _Access(now + self.access_token_lifetime, family, user=user)
        self._refresh[refresh] = _Refresh(family, now + self.refresh_token_lifetime)
        self._refresh[refresh].access_tokens.append(access)
        return access, refresh

    def _jwt_like(self, now: float, user: str) -> str:
        """Shaped like Allegro's JWTs (the client reads ``user_name``); the signature is random."""
        header = _b64url(b'{"alg":"RS256","typ":"JWT"}')
        claims = {
            "user_name": user,
            "scope": [DEMO_SCOPE],
            "client_id": self.client_id,
            "exp": int(time.time() + self.access_token_lifetime),
            "jti": secrets.token_hex(16),
        }
        payload = _b64url(json.dumps(claims, separators=(",", ":")).encode("utf-8"))
        return f"{header}.{payload}.{_b64url(secrets.token_bytes(32))}"

    def _token_response(self, access: str, refresh: str) -> EmuResponse:
        return EmuResponse.json(
            200,
            {
                "access_token": access,
                "token_type": "bearer",
                "refresh_token": refresh,
                "expires_in": self.access_token_lifetime,
                "scope": DEMO_SCOPE,
                "allegro_api": True,
                "jti": secrets.token_hex(16),
            },
        )

    # ----------------------------------------------------------------------------- device flow
    def _device(self, req: EmuRequest, base_url: str) -> EmuResponse:
        if not self._basic_ok(req):
            return self._unauthorized()
        if req.form().get("client_id") != self.client_id:
            return _oauth_error(400, "invalid_client", "Invalid client id")
        user_code = "".join(secrets.choice(_USER_CODE_ALPHABET) for _ in range(9))
        device = _DeviceCode(
            device_code=secrets.token_urlsafe(24),
            user_code=user_code,
            expires_at=self.clock() + self.device_code_lifetime,
            interval=float(self.interval),
            state="approved" if self.auto_approve_device else "pending",
            user=self.sign_in_as,
        )
        self._devices[device.device_code] = device
        verify = base_url.rstrip("/") + VERIFY_PATH
        return EmuResponse.json(
            200,
            {
                "device_code": device.device_code,
                "user_code": user_code,
                "verification_uri": verify,
                "verification_uri_complete": f"{verify}?code={user_code}",
                # Allegro sends numbers as integers or strings (FACTS, R): send strings here so
                # the client's tolerant parsing is exercised.
                "expires_in": str(int(self.device_code_lifetime)),
                "interval": str(self.interval),
            },
        )

    def _poll_device(self, form: dict[str, str]) -> EmuResponse:
        device = self._devices.get(form.get("device_code", ""))
        # Expired codes are forgotten, as are used ones: both read as an invalid code.
        if device is None or device.state == "used" or self._expired(device):
            return _oauth_error(400, "invalid_request", "Invalid device code")
        now = self.clock()
        too_fast = device.last_poll is not None and now - device.last_poll < device.interval
        device.last_poll = now
        if device.state == "denied":
            return _oauth_error(400, "access_denied")
        if device.state == "approved":
            device.state = "used"  # a device code yields a token once
            return self._token_response(*self._new_pair(secrets.token_hex(8), device.user))
        if too_fast:
            return _oauth_error(400, "slow_down")
        return _oauth_error(400, "authorization_pending")

    def _verify_page(self, req: EmuRequest) -> EmuResponse:
        if req.method.upper() == "POST":
            form = req.form()
            code = form.get("code", "")
            approved = form.get("action") == "approve"
            done = self._decide(code, "approved" if approved else "denied")
            if not done:
                message = "This code is not valid or has expired."
            elif approved:
                message = "Done. Go back to the app: it is signing you in."
            else:
                message = "You refused access. The app will not be connected."
            return EmuResponse.html(200 if done else 400, _page("Allegro (emulator)", message))
        code = req.query.get("code", [""])[0]
        body = (
            "<p>An application asks to access your Allegro account"
            " (discussions and claims).</p>"
            f'<form method="post" action="{VERIFY_PATH}">'
            f'<p><label>Code: <input name="code" value="{html.escape(code)}"></label></p>'
            '<button name="action" value="approve">Approve</button> '
            '<button name="action" value="deny">Deny</button></form>'
        )
        return EmuResponse.html(200, _page("Connect an application", body, raw=True))

    # ------------------------------------------------------------------- authorization code
    def _authorize(self, req: EmuRequest) -> EmuResponse:
        q = {k: v[0] for k, v in req.query.items() if v}
        if q.get("response_type") != "code" or q.get("client_id") != self.client_id:
            return EmuResponse.html(400, _page("Error", "Unknown client or response type."))
        redirect_uri = q.get("redirect_uri", "")
        parts = urlsplit(redirect_uri)
        # Allegro accepts http://localhost redirects but refuses 127.0.0.1 (FACTS, #2737).
        if parts.scheme != "http" or parts.hostname != "localhost":
            return EmuResponse.html(400, _page("Error", "Invalid redirect_uri."))
        if q.get("code_challenge_method") != "S256" or not q.get("code_challenge"):
            return EmuResponse.html(400, _page("Error", "PKCE with S256 is required."))
        if self.auto_approve_authorize:
            return _redirect(self._issue_code(q))
        hidden = "".join(
            f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
            for k, v in q.items()
        )
        body = (
            "<p>An application asks to access your Allegro account.</p>"
            f'<form method="post" action="{CONSENT_PATH}">{hidden}'
            '<button name="action" value="approve">Approve</button> '
            '<button name="action" value="deny">Deny</button></form>'
        )
        return EmuResponse.html(200, _page("Connect an application", body, raw=True))

    def _consent(self, req: EmuRequest) -> EmuResponse:
        q = req.form()
        redirect_uri = q.get("redirect_uri", "")
        if urlsplit(redirect_uri).hostname != "localhost" or q.get("client_id") != self.client_id:
            return EmuResponse.html(400, _page("Error", "Invalid request."))
        if q.get("action") != "approve":
            params = {"error": "access_denied"}
            if "state" in q:
                params["state"] = q["state"]
            return _redirect(_with_query(redirect_uri, params))
        return _redirect(self._issue_code(q))

    def _issue_code(self, q: dict[str, str]) -> str:
        code = secrets.token_urlsafe(24)
        self._codes[code] = _AuthCode(
            code,
            q["client_id"],
            q["redirect_uri"],
            q["code_challenge"],
            self.clock() + self.code_lifetime,
            user=self.sign_in_as,
        )
        params = {"code": code}
        if "state" in q:
            params["state"] = q["state"]
        return _with_query(q["redirect_uri"], params)

    def _exchange_code(self, req: EmuRequest, form: dict[str, str]) -> EmuResponse:
        if "authorization" in req.headers:
            # With PKCE the exchange carries no Authorization header (FACTS): be strict so a
            # client that leaks the secret here is caught by the tests.
            return _oauth_error(400, "invalid_request", "Authorization header not allowed")
        entry = self._codes.pop(form.get("code", ""), None)  # single use, even when it fails
        if entry is None or self.clock() >= entry.expires_at:
            return _oauth_error(400, "invalid_grant", "Invalid authorization code")
        if (
            form.get("client_id") != entry.client_id
            or form.get("redirect_uri") != entry.redirect_uri
        ):
            return _oauth_error(400, "invalid_grant", "Redirect URI or client mismatch")
        verifier = form.get("code_verifier", "")
        if not secrets.compare_digest(pkce_challenge(verifier), entry.challenge):
            return _oauth_error(400, "invalid_grant", "Invalid code verifier")
        return self._token_response(*self._new_pair(secrets.token_hex(8), entry.user))

    # ------------------------------------------------------------------------------ token
    def _token(self, req: EmuRequest) -> EmuResponse:
        form = {**{k: v[0] for k, v in req.query.items() if v}, **req.form()}
        grant = form.get("grant_type", "")
        if grant == "authorization_code":
            return self._exchange_code(req, form)
        if not self._basic_ok(req):
            return self._unauthorized()
        if grant == DEVICE_GRANT:
            return self._poll_device(form)
        if grant == "refresh_token":
            return self._refresh_grant(form)
        return _oauth_error(400, "unsupported_grant_type")

    def _refresh_grant(self, form: dict[str, str]) -> EmuResponse:
        token = form.get("refresh_token", "")
        entry = self._refresh.get(token)
        now = self.clock()
        if entry is None or now >= entry.expires_at:
            return _oauth_error(400, "invalid_grant", f"Invalid refresh token: {token[:4]}...")
        self.refresh_grants += 1
        # The old access tokens of this sign-in die now; the old refresh token lives 60 s more.
        for other in self._refresh.values():
            if other.family == entry.family:
                for access in other.access_tokens:
                    if access in self._access:
                        self._access[access].revoked = True
                if not other.superseded:
                    other.superseded = True
                    other.expires_at = min(other.expires_at, now + self.refresh_grace)
        return self._token_response(*self._new_pair(entry.family))


def _page(title: str, body: str, *, raw: bool = False) -> str:
    content = body if raw else f"<p>{html.escape(body)}</p>"
    return (
        '<!doctype html><html><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;max-width:36em;margin:3em auto;}"
        "button{font-size:1.1em;padding:.4em 1.2em;margin-right:.5em}</style></head>"
        f"<body><h1>{html.escape(title)}</h1>{content}</body></html>"
    )
