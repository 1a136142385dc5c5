"""The application icon (window, tray, About), built once from ``resources/icons``.

Its own small module so the start-up path can set the window icon without importing dialogs.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from ..settings import resources_dir

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    """The app icon with every rendered PNG size (falls back to the SVG source)."""
    icons = resources_dir() / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        png = icons / f"app-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    if icon.isNull() and (icons / "app.svg").exists():
        icon.addFile(str(icons / "app.svg"))
    return icon
