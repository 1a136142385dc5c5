"""Work around a PySide6 6.12.0 bug on CPython < 3.12 (abi3 wheel): void methods drop ``None``.

Every call of a void Qt method returns ``None`` without taking a reference, so ``None``'s
reference count falls by one per call (``label.setText("x")`` x 1000 -> -1000) and the process
aborts with "none_dealloc" when it reaches zero. A painting delegate makes thousands of such
calls a second while scrolling. Python >= 3.12 has an immortal ``None``; on 3.11 raising the
count by 2**40 makes it practically immortal.

This belongs in the composition root (``app.py``) and ``tests/conftest.py``; it is here so the
detail panel is safe until it is, and running it more than once is harmless.
"""

from __future__ import annotations

import sys

_done = False


def pin_none() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _done = True
