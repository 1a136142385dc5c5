"""Unsent text per issue, kept on disk so a crash never loses what the seller typed.

One small JSON file per issue under ``app_paths().data_dir / "drafts"``. File names are a hash
of the issue id (ids come from the server: never trust them as path components). Writes go to a
temporary file in the same directory and are moved into place with ``os.replace``, so a reader
sees either the old or the new draft, never half of one.

A draft holds what is in the composer *and* the messages the seller sent that Allegro has not
confirmed yet (``unsent``): a POST has no idempotency key, so after a crash the app cannot know
whether they arrived and must offer them back instead of silently dropping them.

No Qt here; the UI schedules these calls off the GUI thread.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..settings import app_paths

_FORMAT = 1
log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class UnsentMessage:
    """A message handed to the sender but not (yet) confirmed by Allegro."""

    local_id: str
    text: str
    message_type: str = "REGULAR"
    attachment_paths: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Draft:
    text: str = ""
    message_type: str = "REGULAR"
    attachment_paths: tuple[str, ...] = ()
    updated_at: datetime = field(default_factory=_now)
    unsent: tuple[UnsentMessage, ...] = ()

    def is_empty(self) -> bool:
        """Nothing worth keeping: the file can go."""
        return not self.text.strip() and not self.attachment_paths and not self.unsent

    def to_json(self) -> dict[str, Any]:
        return {
            "format": _FORMAT,
            "text": self.text,
            "messageType": self.message_type,
            "attachmentPaths": list(self.attachment_paths),
            "updatedAt": self.updated_at.isoformat(),
            "unsent": [
                {
                    "localId": u.local_id,
                    "text": u.text,
                    "messageType": u.message_type,
                    "attachmentPaths": list(u.attachment_paths),
                }
                for u in self.unsent
            ],
        }

    @classmethod
    def from_json(cls, data: object) -> Draft | None:
        """Tolerant: a damaged file yields None (or the parts that parse), never an exception."""
        if not isinstance(data, Mapping):
            return None
        updated = _parse_time(data.get("updatedAt"))
        unsent = tuple(
            UnsentMessage(
                local_id=_str(u.get("localId")) or f"restored-{i}",
                text=_str(u.get("text")) or "",
                message_type=_str(u.get("messageType")) or "REGULAR",
                attachment_paths=_paths(u.get("attachmentPaths")),
            )
            for i, u in enumerate(_seq(data.get("unsent")))
            if isinstance(u, Mapping)
        )
        return cls(
            text=_str(data.get("text")) or "",
            message_type=_str(data.get("messageType")) or "REGULAR",
            attachment_paths=_paths(data.get("attachmentPaths")),
            updated_at=updated or _now(),
            unsent=unsent,
        )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _seq(value: object) -> Sequence[object]:
    return value if isinstance(value, list) else []


def _paths(value: object) -> tuple[str, ...]:
    return tuple(p for p in _seq(value) if isinstance(p, str))


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class DraftStore:
    """Load, save and delete drafts; each call is independent and safe from any thread."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    @classmethod
    def default(cls) -> DraftStore:
        return cls(app_paths().data_dir / "drafts")

    def path_for(self, issue_id: str) -> Path:
        digest = hashlib.sha256(issue_id.encode("utf-8")).hexdigest()[:40]
        return self.directory / f"{digest}.json"

    def load(self, issue_id: str) -> Draft | None:
        try:
            raw = self.path_for(issue_id).read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError:
            return None
        try:
            return Draft.from_json(json.loads(raw))
        except ValueError:  # a damaged file is not worth crashing over
            return None

    def save(self, issue_id: str, draft: Draft) -> None:
        if draft.is_empty():
            self.delete(issue_id)
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self.path_for(issue_id)
        payload = json.dumps({"issueId": issue_id, **draft.to_json()}, ensure_ascii=False)
        fd, tmp_name = tempfile.mkstemp(prefix=".draft-", suffix=".tmp", dir=self.directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise

    def delete(self, issue_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(issue_id).unlink()


class DraftKeeper:
    """The newest draft per issue in memory, written to a :class:`DraftStore` off the GUI thread.

    One worker thread runs the writes in order, and each write takes the newest value queued for
    its issue at the moment it runs: an older draft can never land after a newer one, and a burst
    of edits costs one write. (A single-thread executor is simpler and stricter about order than
    ``asyncio.to_thread`` or a ``QThreadPool``, and it works with or without an event loop.)
    Reads answer from memory first, so a draft queued but not yet on disk is never missed.
    """

    def __init__(self, store: DraftStore) -> None:
        self.store = store
        self._known: dict[str, Draft | None] = {}
        self._queued: dict[str, Draft | None] = {}
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drafts")

    def load(self, issue_id: str) -> Draft | None:
        if issue_id in self._known:
            return self._known[issue_id]
        draft = self.store.load(issue_id)  # a few hundred bytes: fine to read where we are
        self._known[issue_id] = draft
        return draft

    def save(self, issue_id: str, draft: Draft | None) -> None:
        """Remember ``draft`` (None or empty = delete) and schedule the write."""
        if draft is not None and draft.is_empty():
            draft = None
        if issue_id in self._known and _same(self._known[issue_id], draft):
            return
        self._known[issue_id] = draft
        with self._lock:
            self._queued[issue_id] = draft
        self._executor.submit(self._write, issue_id)

    def flush(self, timeout: float | None = 10.0) -> None:
        """Block until every queued write is on disk (call on quit)."""
        self._executor.submit(lambda: None).result(timeout)

    def close(self, *, wait: bool = True) -> None:
        """Stop taking writes; queued ones still run (``wait=False`` just does not block)."""
        self._executor.shutdown(wait=wait)

    def _write(self, issue_id: str) -> None:
        with self._lock:
            if issue_id not in self._queued:
                return  # an earlier job already wrote the newest value
            draft = self._queued.pop(issue_id)
        try:
            if draft is None:
                self.store.delete(issue_id)
            else:
                self.store.save(issue_id, draft)
        except OSError:
            # Memory still holds the draft; the next edit tries again.
            log.warning("could not write the draft of issue %s", issue_id, exc_info=True)


def _same(a: Draft | None, b: Draft | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a.text, a.message_type, a.attachment_paths, a.unsent) == (
        b.text,
        b.message_type,
        b.attachment_paths,
        b.unsent,
    )
