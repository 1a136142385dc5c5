"""Where things live and which Allegro the app talks to.

All paths come from here (platformdirs, or ``ALLEGRO_ISSUES_HOME`` for tests and portable use),
and resources resolve inside a PyInstaller bundle (``sys._MEIPASS``) as well as from a checkout.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import platformdirs

from . import APP_ID


class EnvironmentKind(Enum):
    PRODUCTION = "production"
    SANDBOX = "sandbox"
    DEMO = "demo"


@dataclass(frozen=True, slots=True)
class Environment:
    kind: EnvironmentKind
    api_url: str  # bearer tokens go to this host only
    oauth_url: str  # base of /auth/oauth/{authorize,token,device}

    @property
    def key(self) -> str:
        return self.kind.value


PRODUCTION = Environment(EnvironmentKind.PRODUCTION, "https://api.allegro.pl", "https://allegro.pl")
SANDBOX = Environment(
    EnvironmentKind.SANDBOX,
    "https://api.allegro.pl.allegrosandbox.pl",
    "https://allegro.pl.allegrosandbox.pl",
)


def demo_environment(emulator_url: str) -> Environment:
    """The embedded emulator serves both the API and OAuth on one local port."""
    return Environment(EnvironmentKind.DEMO, emulator_url, emulator_url)


@dataclass(frozen=True, slots=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    def ensure(self) -> AppPaths:
        for path in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir):
            path.mkdir(parents=True, exist_ok=True)
        return self


def app_paths() -> AppPaths:
    home = os.environ.get("ALLEGRO_ISSUES_HOME")
    if home:
        root = Path(home)
        return AppPaths(root / "config", root / "data", root / "cache", root / "logs")
    dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
    return AppPaths(
        Path(dirs.user_config_dir),
        Path(dirs.user_data_dir),
        Path(dirs.user_cache_dir),
        Path(dirs.user_log_dir),
    )


def resources_dir() -> Path:
    """Icons, translations and the optional ``app-credentials.json``, wherever the app runs.

    1. a PyInstaller bundle: ``sys._MEIPASS/resources`` (packaging/allegro-issues.spec);
    2. an installed wheel: ``allegro_issues_desktop/resources`` (setup.py copies it in);
    3. a source checkout or ``pip install -e .``: ``<checkout>/resources``.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"
