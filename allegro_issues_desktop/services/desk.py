"""The app's durable state: one store (on its own thread) and a sync engine per account. No Qt.

The store is opened on its thread, so a slow disk never blocks the window. When the database
cannot be used (corrupt, locked, read-only, written by a newer version) the store falls back to
memory and :attr:`Desk.problem` says why: the app keeps working from the network, and the
window says it in one sentence.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from ..store.base import StoreProblem
from .sync import SyncEngine

log = logging.getLogger(__name__)

DATABASE_NAME = "issues.sqlite3"


def account_key(environment: str, account_id: str) -> str:
    """Issues, chats, drafts and the outbox are keyed by this (ids are unique per account)."""
    return f"{environment}:{account_id}"


class Desk:
    """Owns the store thread and the engines; the window asks for the engine of an account.

    Attributes:
        path: the database file.
    """

    def __init__(self, data_dir: Path | None) -> None:
        from ..store.thread import StoreThread

        self.path = data_dir / DATABASE_NAME if data_dir is not None else None
        self._engines: dict[str, SyncEngine] = {}
        self._store: StoreThread | None = None
        if self.path is not None:
            path = self.path

            def opener() -> object:
                from ..store.sqlite_store import SqliteStore

                return SqliteStore.open_or_fallback(path)

            self._store = StoreThread(opener)  # type: ignore[arg-type]

    @property
    def problem(self) -> StoreProblem | None:
        if self._store is None:
            return None
        return self._store.problem

    async def opened(self) -> StoreProblem | None:
        """Wait until the store is open (on its thread); None when the database is in use."""
        if self._store is None:
            return None
        await self._store.call(lambda _s: None)
        return self._store.problem

    def engine(self, account: str) -> SyncEngine:
        engine = self._engines.get(account)
        if engine is None:
            engine = SyncEngine(account, self._store, listed=self._issue_count)
            self._engines[account] = engine
        return engine

    def _issue_count(self) -> int:
        """Issues known in every account (what the list holds)."""
        return sum(len(engine.issues) for engine in self._engines.values())

    def flush(self, timeout: float | None = 10.0) -> None:
        """Block until every queued write is on disk (quitting)."""
        if self._store is not None:
            try:
                self._store.flush(timeout)
            except Exception:
                log.warning("the store did not finish writing", exc_info=True)

    async def aclose(self) -> None:
        if self._store is not None:
            store, self._store = self._store, None
            await asyncio.to_thread(store.close)
