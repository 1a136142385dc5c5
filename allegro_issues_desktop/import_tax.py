"""A cheaper form of PySide6's per-import source scan (it runs on every import after Qt's).

PySide6 hooks ``__import__`` for its opt-in ``from __feature__ import snake_case`` syntax and,
after every import, asks whether the new module "uses PySide6": it reads the module's whole
source with ``inspect.getsource`` and looks for the string ``PySide6``. ``inspect`` goes through
``linecache``, which splits the file into lines and keeps them for the life of the process: for
the ~300 modules a start imports after Qt that is ~45 ms and a few MB of cached source, for an
answer this app never uses (it selects no feature). See napari/napari#8584.

:func:`install` keeps the question and its answer (a substring search of the module's source)
and only reads the file as bytes instead; the standard library's own modules (about half of
those imports: asyncio, email, http, sqlite3, ...) never name PySide6, so their files are not
read at all. Anything unexpected (another PySide6 layout, a module
whose source cannot be found this way) goes to PySide6's own function.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

_MARK = b"PySide6"
#: The standard library's directory (``os`` lives there), with a separator at the end.
_STDLIB = os.path.join(os.path.dirname(os.__file__), "")


def _in_stdlib(path: str) -> bool:
    # Installed packages can live below it (``.../python3.11/site-packages``): read those.
    return path.startswith(_STDLIB) and "-packages" not in path[len(_STDLIB) :]


def _uses_pyside(original: Callable[..., Any]) -> Callable[..., Any]:
    def uses_pyside(*args: Any, **kwargs: Any) -> Any:
        # Runs on every import: whatever is unexpected (another signature in a later PySide6,
        # a module without a source file, as in a frozen bundle) goes to PySide6's own.
        try:
            (module,) = args
            spec = getattr(module, "__spec__", None)
            origin = getattr(spec, "origin", None)
            if (
                not kwargs
                and isinstance(origin, str)
                and origin.endswith(".py")
                and getattr(spec, "has_location", False)
            ):
                if _in_stdlib(origin):
                    return False
                with open(origin, "rb") as source:
                    return _MARK in source.read()
        except Exception:  # noqa: S110 (PySide6 answers below)
            pass
        return original(*args, **kwargs)

    uses_pyside.__wrapped__ = original  # type: ignore[attr-defined]
    return uses_pyside


def install() -> bool:
    """Swap in the cheaper scan (once; after PySide6 is imported). Returns whether it did."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or hasattr(original, "__wrapped__"):
        return False
    feature._mod_uses_pyside = _uses_pyside(original)  # type: ignore[attr-defined]
    return True
