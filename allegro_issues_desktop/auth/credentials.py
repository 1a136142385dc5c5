"""The application's Allegro credentials (client ID and secret), per environment.

Allegro asks that one application run on one Client ID, so the app ships with one, set by
whoever builds it (see ``docs/SIGN_IN.md``). Lookup order, first hit wins:

1. the seller's override from Settings (client ID in preferences, secret in the secret store);
2. environment variables ``ALLEGRO_CLIENT_ID`` / ``ALLEGRO_CLIENT_SECRET`` (production) and
   ``ALLEGRO_SANDBOX_CLIENT_ID`` / ``ALLEGRO_SANDBOX_CLIENT_SECRET`` (sandbox), read at run time
   so a build script or a developer shell can inject them;
3. ``resources/app-credentials.json`` packaged with the build.

The demo environment always uses the emulator's own fixed credentials.
The secret never goes to ``preferences.json``: it is stored like a token.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any

import msgspec
from msgspec.structs import replace

from ..log_redaction import remember_secret
from ..preferences import load_preferences, update_preferences
from ..settings import EnvironmentKind, resources_dir
from .secret_store import SecretStore

log = logging.getLogger(__name__)

CREDENTIALS_FILE = "app-credentials.json"
PREFERENCES_KEY = "app_credentials"
DEMO_CLIENT_ID = "demo-client"
DEMO_CLIENT_SECRET = "demo-secret"  # noqa: S105 (the emulator's public demo value)
DEFAULT_REDIRECT_URI = "http://localhost:8765/allegro-issues/callback"

_ENV_VARS: dict[str, tuple[str, str]] = {
    EnvironmentKind.PRODUCTION.value: ("ALLEGRO_CLIENT_ID", "ALLEGRO_CLIENT_SECRET"),
    EnvironmentKind.SANDBOX.value: ("ALLEGRO_SANDBOX_CLIENT_ID", "ALLEGRO_SANDBOX_CLIENT_SECRET"),
}


class FlowKind(Enum):
    """How the app registered at Allegro signs in (an app's type cannot change at Allegro)."""

    DEVICE = "device"  # "device" type app: user code in a dialog (default)
    BROWSER = "browser"  # "browser" type app: authorization code + PKCE via localhost redirect


class AppCredentials(msgspec.Struct, frozen=True):
    client_id: str
    client_secret: str
    flow: FlowKind = FlowKind.DEVICE
    redirect_uri: str = DEFAULT_REDIRECT_URI
    source: str = "none"  # "override" | "environment" | "packaged" | "demo" | "none"

    def __post_init__(self) -> None:
        remember_secret(self.client_secret)

    def __repr__(self) -> str:  # the secret must not reach logs via a repr
        return (
            f"AppCredentials(client_id={self.client_id!r}, client_secret=***, "
            f"flow={self.flow.value}, source={self.source})"
        )

    @property
    def complete(self) -> bool:
        return bool(self.client_id and self.client_secret)


def _flow(value: object) -> FlowKind:
    try:
        return FlowKind(str(value))
    except ValueError:
        return FlowKind.DEVICE


def _from_mapping(data: Mapping[str, Any], source: str) -> AppCredentials:
    return AppCredentials(
        client_id=str(data.get("client_id") or ""),
        client_secret=str(data.get("client_secret") or ""),
        flow=_flow(data.get("flow", FlowKind.DEVICE.value)),
        redirect_uri=str(data.get("redirect_uri") or DEFAULT_REDIRECT_URI),
        source=source,
    )


def packaged_credentials(environment_key: str, path: Path | None = None) -> AppCredentials | None:
    """From ``{"production": {"client_id", "client_secret", "flow", "redirect_uri"}, ...}``."""
    path = path or resources_dir() / CREDENTIALS_FILE
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable %s: %s", path.name, exc)
        return None
    entry = data.get(environment_key) if isinstance(data, dict) else None
    if not isinstance(entry, dict):
        return None
    found = _from_mapping(entry, "packaged")
    return found if found.client_id else None


def environment_credentials(environment_key: str) -> AppCredentials | None:
    names = _ENV_VARS.get(environment_key)
    if names is None:
        return None
    client_id = os.environ.get(names[0], "").strip()
    if not client_id:
        return None
    secret = os.environ.get(names[1], "").strip()
    return AppCredentials(client_id, secret, source="environment")


def _secret_key(environment_key: str) -> str:
    return f"client-secret/{environment_key}"


class CredentialsStore:
    """Resolves the credentials to use and keeps the seller's override."""

    def __init__(self, secrets: SecretStore, *, packaged_path: Path | None = None) -> None:
        self._secrets = secrets
        self._packaged_path = packaged_path

    def default(self, environment_key: str) -> AppCredentials | None:
        """The build-time credentials (environment variables, then the packaged file)."""
        if environment_key == EnvironmentKind.DEMO.value:
            return AppCredentials(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, source="demo")
        env = environment_credentials(environment_key)
        packaged = packaged_credentials(environment_key, self._packaged_path)
        if env and packaged:
            # The variables name the app; the packaged file may still say which flow it uses.
            return replace(env, flow=packaged.flow, redirect_uri=packaged.redirect_uri)
        return env or packaged

    def override(self, environment_key: str) -> AppCredentials | None:
        stored = load_preferences().get(PREFERENCES_KEY, {})
        entry = stored.get(environment_key) if isinstance(stored, dict) else None
        if not isinstance(entry, dict) or not entry.get("client_id"):
            return None
        found = _from_mapping(entry, "override")
        return replace(found, client_secret=self._secrets.get(_secret_key(environment_key)) or "")

    def resolve(self, environment_key: str) -> AppCredentials:
        """What to sign in with; ``complete`` is False when nothing usable is configured."""
        if environment_key == EnvironmentKind.DEMO.value:
            return self.default(environment_key) or AppCredentials("", "")
        return (
            self.override(environment_key)
            or self.default(environment_key)
            or AppCredentials("", "", source="none")
        )

    def set_override(self, environment_key: str, credentials: AppCredentials) -> None:
        """Store the seller's own app; the secret goes to the secret store first."""
        self._secrets.set(_secret_key(environment_key), credentials.client_secret)
        stored = load_preferences().get(PREFERENCES_KEY, {})
        stored = dict(stored) if isinstance(stored, dict) else {}
        stored[environment_key] = {
            "client_id": credentials.client_id,
            "flow": credentials.flow.value,
            "redirect_uri": credentials.redirect_uri,
        }
        update_preferences(**{PREFERENCES_KEY: stored})

    def clear_override(self, environment_key: str) -> None:
        self._secrets.delete(_secret_key(environment_key))
        stored = load_preferences().get(PREFERENCES_KEY, {})
        if isinstance(stored, dict) and environment_key in stored:
            stored = {k: v for k, v in stored.items() if k != environment_key}
            update_preferences(**{PREFERENCES_KEY: stored})
