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
