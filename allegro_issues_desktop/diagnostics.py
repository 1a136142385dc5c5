"""Plain-text diagnostics for bug reports ("Copy diagnostics" in the About dialog).

Only facts about the installation go in: versions, OS, paths, language. Nothing is read from the
keyring, the environment or the network, so no token or secret can end up in the text.
"""

from __future__ import annotations

import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, qVersion

from . import APP_NAME, __version__
from .i18n import current_language, preferred_language
from .logging_setup import log_file_path
from .settings import app_paths


def _frozen() -> str:
    if getattr(sys, "frozen", False):
        return "yes (PyInstaller bundle)"
    return "no (Python environment)"


def _platform_plugin() -> str:
    app = QCoreApplication.instance()
    name = getattr(app, "platformName", None)
    return str(name()) if callable(name) else "-"


def diagnostics_text() -> str:
    paths = app_paths()
    lines = [
        f"{APP_NAME} {__version__}",
        f"Python: {platform.python_version()} ({platform.python_implementation()}, "
        f"{platform.architecture()[0]})",
        f"PySide6: {pyside_version}; Qt runtime: {qVersion()} "
        f"(built with {QLibraryInfo.version().toString()})",
        f"OS: {platform.platform()} ({platform.machine()})",
        f"Qt platform plugin: {_platform_plugin()}",
        f"Bundled: {_frozen()}",
        f"UI language: {current_language()} (setting: {preferred_language() or 'system'}; "
        f"system locale: {QLocale.system().name()})",
        f"Config dir: {paths.config_dir}",
        f"Data dir: {paths.data_dir}",
        f"Cache dir: {paths.cache_dir}",
        f"Log dir: {paths.log_dir}",
        f"Log file: {log_file_path()}",
    ]
    return "\n".join(lines) + "\n"
