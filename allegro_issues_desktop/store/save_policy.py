"""When to save a draft: soon after typing pauses, and never later than a bound after the first
unsaved change, whatever the typing rhythm.

A plain debounce ("save 500 ms after the last keystroke") never fires while someone types
steadily: a kill -9 after 8 s of typing lost all 8 s. :class:`MaxWaitDebouncer` adds a
*max wait*: once a change is unsaved, a save is due at most ``max_wait`` seconds later, so at
most about ``max_wait`` seconds of typing can be lost (``bench/bench_draft_kill.py`` measures it
with real kills).

Pure and clock-free: the caller passes ``now`` (``time.monotonic()``) and asks :meth:`due_at`.
The UI drives it with a single-shot ``QTimer`` re-armed to ``due_at() - now`` after each
change; the kill harness drives it with a sleep loop. Not thread-safe (one owner).
"""

from __future__ import annotations

__all__ = ["DEFAULT_IDLE", "DEFAULT_MAX_WAIT", "MaxWaitDebouncer"]

#: Save after this long without a change...
DEFAULT_IDLE = 0.5
#: ...but at the latest this long after the first unsaved change.
DEFAULT_MAX_WAIT = 1.0


class MaxWaitDebouncer:
    """Debounce with an upper bound.

    Usage::

        policy.note_change(now)          # on every edit
        if policy.is_due(now):            # when the timer fires
            save(); policy.mark_saved()

    Attributes:
        idle: seconds without a change after which a save is due.
        max_wait: seconds after the first unsaved change after which a save is due regardless.
    """

    def __init__(self, *, idle: float = DEFAULT_IDLE, max_wait: float = DEFAULT_MAX_WAIT) -> None:
        if idle < 0 or max_wait < 0:
            raise ValueError("idle and max_wait must not be negative")
        self.idle = idle
        self.max_wait = max_wait
        self._first: float | None = None
        self._last: float | None = None

    @property
    def pending(self) -> bool:
        """Is there a change not saved yet?"""
        return self._first is not None

    def note_change(self, now: float) -> None:
        """An edit happened at ``now``."""
        if self._first is None:
            self._first = now
        self._last = now

    def due_at(self) -> float | None:
        """When the next save is due (same clock as ``now``); None when nothing is unsaved."""
        if self._first is None or self._last is None:
            return None
        return min(self._last + self.idle, self._first + self.max_wait)

    def is_due(self, now: float) -> bool:
        due = self.due_at()
        return due is not None and now >= due

    def mark_saved(self) -> None:
        """The current state was handed to the saver: nothing is unsaved any more."""
        self._first = None
        self._last = None
