"""The seller's preferences: a small JSON file in the config dir (no secrets here, ever)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .settings import app_paths

FILE_NAME = "preferences.json"


def preferences_path() -> Path:
    return app_paths().config_dir / FILE_NAME


def load_preferences() -> dict[str, Any]:
    try:
        data = json.loads(preferences_path().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_preferences(values: dict[str, Any]) -> None:
    """Atomic write: a crash mid-write never leaves a half file behind."""
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".prefs-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(values, handle, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def update_preferences(**changes: Any) -> dict[str, Any]:
    values = load_preferences()
    values.update(changes)
    save_preferences(values)
    return values


# -- checking Allegro and notifications -------------------------------------------------------

POLL_INTERVAL_KEY = "poll_interval_s"
NOTIFICATIONS_KEY = "notifications"  # {kind: bool}; a kind not listed is on
DO_NOT_DISTURB_KEY = "do_not_disturb"
MIN_POLL_INTERVAL_S = 20
MAX_POLL_INTERVAL_S = 3600


def poll_interval_s(values: dict[str, Any]) -> int | None:
    """The seller's poll interval, if set and sane (None: the default for the environment)."""
    value = values.get(POLL_INTERVAL_KEY)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(min(max(value, MIN_POLL_INTERVAL_S), MAX_POLL_INTERVAL_S))


def notification_switches(values: dict[str, Any]) -> dict[str, bool]:
    raw = values.get(NOTIFICATIONS_KEY)
    if not isinstance(raw, dict):
        return {}
    return {k: v for k, v in raw.items() if isinstance(k, str) and isinstance(v, bool)}


def do_not_disturb(values: dict[str, Any]) -> bool:
    return values.get(DO_NOT_DISTURB_KEY) is True
