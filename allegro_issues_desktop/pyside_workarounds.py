"""Work around a PySide6 6.12.0 bug on CPython < 3.12 (cp310-abi3 wheel).

Every call of a void Qt method from Python returns ``None`` without a new reference, so
``None``'s refcount drops by one per call (``label.setText("x")`` x 1000 -> -1000) and the
process aborts with "none_dealloc" once it reaches zero: a painting delegate makes thousands
of such calls a second. ``True``/``False`` suffer the same from bool-returning methods.
Python >= 3.12 has immortal singletons and is unaffected; on 3.11, raising their counts by
2**40 makes them practically immortal. Called first thing by ``app.main``, the tests'
conftest and the benches; running it twice is harmless.
"""

from __future__ import annotations

import sys

_done = False


def pin_singletons() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    _done = True
