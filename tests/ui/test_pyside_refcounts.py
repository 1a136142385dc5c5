"""PySide6 must not leak references to None/True/False (6.12.0 did, on CPython 3.11).

There, every call of a void Qt method returned ``None`` without a new reference, so ``None``'s
refcount fell by one per call until CPython aborted ("none_dealloc"); bool-returning methods
did the same to ``True``/``False``. pyproject.toml excludes that release; this test fails if
an installed PySide6 drifts again. (CPython >= 3.12 has immortal singletons: counts are fixed
there and the test passes trivially.)
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

CALLS = 10_000
TOLERANCE = 50  # unrelated references made or dropped while the loop runs


def test_void_calls_do_not_drift_the_refcount_of_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    set_text = label.setText
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        set_text("x")
    drift = sys.getrefcount(None) - before
    assert abs(drift) <= TOLERANCE, f"None refcount moved by {drift} over {CALLS} void calls"


def test_bool_calls_do_not_drift_the_refcounts_of_true_and_false(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setWordWrap(True)
    word_wrap, is_visible = label.wordWrap, label.isVisible  # True, False
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(CALLS):
        word_wrap()
        is_visible()
    drift = sys.getrefcount(True) - before[0], sys.getrefcount(False) - before[1]
    assert all(abs(d) <= TOLERANCE for d in drift), f"True/False refcounts moved by {drift}"
