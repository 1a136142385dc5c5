"""The conversation as a flat list model: server messages, then this session's unsent ones."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain import AuthorRole, ChatMessage
from ...domain.text import display_body, display_text
from .requests import OutgoingMessage

ROW_ROLE = Qt.ItemDataRole.UserRole + 1

_serials = itertools.count(1)


class PendingState(Enum):
    QUEUED = "queued"  # in the outbox, waiting for the network
    SENDING = "sending"
    FAILED = "failed"
    #: Found in a draft after a restart: sent, but Allegro never confirmed it to this app.
    UNCONFIRMED = "unconfirmed"


@dataclass(slots=True)
class PendingEntry:
    outgoing: OutgoingMessage
    state: PendingState = PendingState.SENDING
    error: str = ""
    #: True when a failed message went back into the (then empty) composer.
    restored_to_editor: bool = False
    #: True once the outbox has it on disk (until then the draft keeps a copy).
    durable: bool = False

    @property
    def keeps_text(self) -> bool:
        """Does this bubble hold text that exists nowhere else (so the draft must keep it)?"""
        return not self.restored_to_editor


@dataclass(frozen=True, slots=True)
class AttachmentRef:
    file_name: str
    url: str | None  # None for local files of an unsent message


@dataclass(frozen=True, slots=True)
class ChatRow:
    key: str
    role: str
    login: str | None
    text: str
    created_at: datetime | None
    attachments: tuple[AttachmentRef, ...]
    pending: PendingEntry | None = None
    #: Changes whenever the row's look changes; the delegate caches layouts by it.
    serial: int = field(default_factory=lambda: next(_serials))

    @classmethod
    def from_message(cls, message: ChatMessage, position: int) -> ChatRow:
        return cls(
            key=message.id or f"#{position}",
            role=message.author.role or "",
            # Buyer-controlled: shown without bidi or control characters (domain.text).
            login=display_text(message.author.login) or None,
            text=display_body(message.text),
            created_at=message.created_at,
            attachments=tuple(
                AttachmentRef(display_text(a.file_name) or _name_from_url(a.url), a.url)
                for a in message.attachments
            ),
        )

    @classmethod
    def from_pending(cls, entry: PendingEntry) -> ChatRow:
        out = entry.outgoing
        return cls(
            key=f"local:{out.local_id}",
            role=AuthorRole.SELLER,
            login=None,
            text=out.text,
            created_at=None,
            attachments=tuple(
                AttachmentRef(display_text(Path(p).name) or "?", None) for p in out.attachment_paths
            ),
            pending=entry,
        )


def _name_from_url(url: str | None) -> str:
    if not url:
        return "?"
    return display_text(url.rstrip("/").rsplit("/", 1)[-1]) or "?"


class ChatModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ChatRow] = []

    # -- Qt API ------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.text
        return None

    # -- ours --------------------------------------------------------------------------------

    def rows(self) -> Sequence[ChatRow]:
        return self._rows

    def row_at(self, row: int) -> ChatRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_content(self, messages: Sequence[ChatMessage], pending: Iterable[PendingEntry]) -> None:
        self.beginResetModel()
        self._rows = [ChatRow.from_message(m, i) for i, m in enumerate(messages)]
        known = {r.key for r in self._rows}
        self._rows += [
            ChatRow.from_pending(p) for p in pending if f"local:{p.outgoing.local_id}" not in known
        ]
        self.endResetModel()

    def clear(self) -> None:
        self.set_content([], [])

    def message_ids(self) -> set[str]:
        return {r.key for r in self._rows if r.pending is None}

    def add_pending(self, entry: PendingEntry) -> None:
        if self._find_local(entry.outgoing.local_id) is not None:
            return
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(ChatRow.from_pending(entry))
        self.endInsertRows()

    def refresh_pending(self, entry: PendingEntry) -> None:
        row = self._find_local(entry.outgoing.local_id)
        if row is not None:
            self._rows[row] = ChatRow.from_pending(entry)
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def remove_pending(self, local_id: str) -> None:
        row = self._find_local(local_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def replace_pending(self, local_id: str, message: ChatMessage) -> None:
        """The server's copy takes the bubble's place (or just drops it if a refresh brought it)."""
        row = self._find_local(local_id)
        if message.id is not None and message.id in self.message_ids():
            self.remove_pending(local_id)
            return
        if row is None:
            return
        self._rows[row] = ChatRow.from_message(message, row)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def _find_local(self, local_id: str) -> int | None:
        key = f"local:{local_id}"
        for i in range(len(self._rows) - 1, -1, -1):
            if self._rows[i].key == key:
                return i
        return None
