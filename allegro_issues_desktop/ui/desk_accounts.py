"""The accounts the window shows at once: one sync engine (and client) per account. No widgets.

Every signed-in account is attached with its own engine and client; the list holds the rows of
all of them (each row knows its account) and may show one or all. What the seller does with an
issue (read, reply, decide, open an attachment) goes to the engine of *that issue's* account.
This module keeps that bookkeeping and the wording rules that depend on it (which accounts are
offline, whether rows and notes need an account name), so ``main_window`` only wires.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..allegro.client import AllegroClient
    from ..services.sync import SyncEngine


@dataclass(slots=True)  # imported before the first frame: no msgspec there (~15 ms)
class AttachedAccount:
    """One account on screen.

    Attributes:
        key: the account key (``services.desk.account_key``), also the rows' account.
        label: the seller's name for it (shown on rows, in notes and banners).
        engine: its sync engine (issues, outbox, read marks).
        loaded_once: a full sync finished in this run (its polls may notify).
    """

    key: str
    label: str
    engine: SyncEngine
    loaded_once: bool = False

    @property
    def client(self) -> AllegroClient | None:
        return self.engine.client


class DeskAccounts:
    """The attached accounts in the order they were attached."""

    def __init__(self) -> None:
        self._by_key: dict[str, AttachedAccount] = {}

    def __len__(self) -> int:
        return len(self._by_key)

    def __iter__(self) -> Iterator[AttachedAccount]:
        return iter(list(self._by_key.values()))

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def get(self, key: str | None) -> AttachedAccount | None:
        return self._by_key.get(key) if key is not None else None

    def add(self, key: str, engine: SyncEngine, label: str = "") -> AttachedAccount:
        """Attach ``key`` (again: only its label changes)."""
        attached = self._by_key.get(key)
        if attached is None:
            attached = self._by_key[key] = AttachedAccount(key, label or key, engine)
        elif label:
            attached.label = label
        return attached

    def rename(self, key: str, label: str) -> bool:
        attached = self._by_key.get(key)
        if attached is None:
            return False
        attached.label = label
        return True

    def remove(self, key: str) -> AttachedAccount | None:
        return self._by_key.pop(key, None)

    def clear(self) -> list[AttachedAccount]:
        gone = list(self._by_key.values())
        self._by_key.clear()
        return gone

    def account_keys(self) -> list[str]:
        return list(self._by_key)

    def engines(self) -> list[SyncEngine]:
        return [a.engine for a in self._by_key.values()]

    def connected(self) -> list[AttachedAccount]:
        """The accounts that have a client (a preview or a signed-out account has none)."""
        return [a for a in self._by_key.values() if a.engine.client is not None]

    @property
    def several(self) -> bool:
        """More than one account: rows, notes and banners name the account."""
        return len(self._by_key) > 1

    def labels(self) -> dict[str, str]:
        return {key: a.label for key, a in self._by_key.items()}

    def label(self, key: str | None) -> str:
        attached = self.get(key)
        return attached.label if attached is not None else ""

    def shown(self, account: str | None) -> list[AttachedAccount]:
        """The accounts the list shows: ``account`` alone, or all (None, or not attached)."""
        one = self.get(account)
        return [one] if one is not None else list(self._by_key.values())

    def engine_of(self, issue_id: str, account: str | None = None) -> SyncEngine | None:
        """The engine that owns ``issue_id``: ``account``'s when given, else whichever has it."""
        if account is not None:
            attached = self._by_key.get(account)
            return attached.engine if attached is not None else None
        for attached in self._by_key.values():
            if attached.engine.issue(issue_id) is not None:
                return attached.engine
        return None

    def offline(self) -> list[AttachedAccount]:
        """Connected accounts whose last request failed (the banner names them)."""
        return [a for a in self.connected() if not a.engine.connection.online]

    def offline_since(self) -> datetime | None:
        """The earliest time an offline account lost Allegro (None: all online)."""
        times = [
            since
            for a in self.offline()
            if (since := a.engine.connection.offline_since) is not None
        ]
        return min(times, default=None)

    def offline_last_sync(self) -> datetime | None:
        """When the stalest offline account last heard from Allegro (saved across starts);
        None when one of them never has (then nothing tells how stale its list is)."""
        times = [a.engine.connection.last_sync for a in self.offline()]
        known = [t for t in times if t is not None]
        return min(known) if known and len(known) == len(times) else None
