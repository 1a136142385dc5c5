"""Keeping Python's cycle collector off the issues once they are loaded (no Qt).

A full collection walks every tracked object: with 100,000 issues that was seconds per sync,
spent on objects that live as long as the app and hold no reference cycles. (The issues and
their list rows are msgspec structs the collector does not track at all; what a sync still
makes of them, its change records and batches, is what is walked now.)
After a batch is loaded, garbage is collected and what survives is frozen: later collections
skip it; reference counting still frees it as usual. The collection before each freeze is a
full one, but it walks only what is not frozen yet (the new batch and whatever the app made
since): without it, garbage still in a cycle at the freeze (a finished worker's closure holding
a batch's JSON, say) would never be freed.
The cost: a cycle that is alive at a freeze and dropped later is never collected; freezes
happen only after loading batches (at start and during a full sync), so that stays small.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


def settle_heap() -> None:
    """Collect what is not frozen yet, then exempt what survives from later collections."""
    gc.collect()
    gc.freeze()


_bulk_loads = 0
_enabled_before = True


@contextlib.contextmanager
def bulk_load() -> Iterator[None]:
    """Automatic collections off while issues pour in (a full sync, the saved list).

    Without this a 100,000-issue sync ran ~4,800 collections (4 s, 17 % of its time), most of
    them walking the issues just loaded; meanwhile :func:`settle_heap` runs every few thousand
    issues anyway and collects whatever garbage the load made. Nested loads (several accounts
    at once) switch it back on when the last one ends, whatever ended it.
    """
    global _bulk_loads, _enabled_before
    if _bulk_loads == 0:
        _enabled_before = gc.isenabled()
        gc.disable()
    _bulk_loads += 1
    try:
        yield
    finally:
        _bulk_loads -= 1
        if _bulk_loads == 0 and _enabled_before:
            gc.enable()
