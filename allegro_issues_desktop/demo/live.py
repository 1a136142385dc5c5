"""Live activity: a timer thread that makes the emulated marketplace move on its own."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from allegro_issues_desktop.demo.data import SeedIssue, chat_summary
from allegro_issues_desktop.domain.codes import AuthorRole, IssueStatus, IssueType
from allegro_issues_desktop.domain.timestamps import format_timestamp

log = logging.getLogger(__name__)


class LiveActivity:
    """Calls `step` every `interval` seconds until `stop()`; a failing step is logged, not fatal."""

    def __init__(self, step: Callable[[], object], interval: float) -> None:
        self._step = step
        self._interval = interval
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="emulator-live", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stopped.wait(self._interval):
            try:
                self._step()
            except Exception:
                log.exception("emulator live activity step failed")


def freshly_opened(seed: SeedIssue, now: datetime) -> SeedIssue:
    """A generated issue recast as one the buyer opens right now.

    The generator places issue `i` about `i` x 90 minutes in the past, so a new index would land
    deep in the list; a live "new issue" instead keeps only the buyer's opening message, opens
    at `now` (top of the list) with an active chat and, for claims, Allegro's 14-day deadline.
    """
    issue = seed.issue
    opening = next(
        (m for m in seed.chat if (m.get("author") or {}).get("role") == AuthorRole.BUYER),
        seed.chat[0] if seed.chat else None,
    )
    stamp = format_timestamp(now)
    chat = [] if opening is None else [{**opening, "createdAt": stamp}]
    claim = issue.get("type") == IssueType.CLAIM
    due = format_timestamp(now + timedelta(days=14)) if claim else None
    issue["openedDate"] = stamp
    issue["decisionDueDate"] = due
    issue["currentState"] = {
        "status": IssueStatus.CLAIM_SUBMITTED if claim else IssueStatus.DISPUTE_ONGOING,
        "statusDueDate": due,
        "returnRequired": None,
        "chatActive": True,
    }
    issue["chat"] = chat_summary(chat)
    issue["attachments"] = [dict(a) for a in chat[0].get("attachments", [])] if chat else []
    return SeedIssue(issue, chat, seed.attachments)
