"""Keeping Python's cycle collector off the issues once they are loaded (no Qt).

A full collection walks every tracked object: with 100,000 issues (~15 objects each) that is
seconds per sync, spent on objects that live as long as the app and hold no reference cycles.
After a batch is loaded the young generations are collected (cheap: they are small) and what
survives is frozen: later collections skip it; reference counting still frees it as usual.
The cost: a reference cycle that existed at a freeze and is dropped later is never collected;
freezes happen only after loading batches (at start and during a full sync), so that stays small.
"""

from __future__ import annotations

import gc


def settle_heap() -> None:
    """Collect the young generations, then exempt what survives from later collections."""
    gc.collect(1)
    gc.freeze()
