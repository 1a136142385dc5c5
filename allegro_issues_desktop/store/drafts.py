"""Unsent text per issue, kept on disk so a crash never loses what the seller typed.

One small JSON file per issue under ``app_paths().data_dir / "drafts"``. File names are a hash
of the issue id (ids come from the server: never trust them as path components). Writes go to a
temporary file in the same directory and are moved into place with ``os.replace``, so a reader
sees either the old or the new draft, never half of one.

A draft holds what is in the composer *and* the messages the seller sent that Allegro has not
confirmed yet (``unsent``): a POST has no idempotency key, so after a crash the app cannot know
whether they arrived and must offer them back instead of silently dropping them.

A damaged file (not UTF-8, not JSON, nested too deep, wrong types, absurdly large) never keeps
its issue from opening: it is *quarantined*, renamed to ``<name>.damaged-<UTC time>`` with its
bytes kept, logged, and reported once through :meth:`DraftKeeper.take_quarantined` so the UI can
tell the seller. Whatever parts of it still parse are offered back. Temporary files left by a
kill (``.draft-*.tmp``) are removed when a :class:`DraftKeeper` starts, on its worker thread.

Drafts are keyed by account and issue id (the account key of ``services.desk.account_key``):
two accounts never share a draft, even for the same id. Files written before drafts had an
account (``issueId`` only) are still found: the first load for ``(account, id)`` that finds no
file of its own reads the id-only file, and the keeper saves it under the new key and removes
the old file (on its worker, and only once the new file is written).

A write that fails (disk full, folder briefly unwritable) does not count as saved: the keeper
keeps the draft queued and tries again at the next save of that issue (even an identical one),
at :meth:`DraftKeeper.flush` and at :meth:`DraftKeeper.close`, once each, so it never loops or
blocks. :attr:`DraftKeeper.write_failing` says whether some draft is held only in memory, so the
UI can tell the seller.

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
_Key = tuple[str, str]  # (account key or "", issue id)
#: Far above any real draft (20,000 characters per message, a few unsent messages).
MAX_DRAFT_BYTES = 8 * 1024 * 1024
TEMP_PREFIX = ".draft-"
TEMP_SUFFIX = ".tmp"
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


_TOP_LEVEL: dict[str, type | tuple[type, ...]] = {
    "format": int,
    "issueId": str,
    "account": str,
    "text": str,
    "messageType": str,
    "attachmentPaths": list,
    "updatedAt": str,
    "unsent": list,
}
_UNSENT: dict[str, type | tuple[type, ...]] = {
    "localId": str,
    "text": str,
    "messageType": str,
    "attachmentPaths": list,
}


def _well_formed(data: object) -> bool:
    """Is ``data`` exactly what :meth:`Draft.to_json` writes (unknown keys allowed)?"""

    def fields_ok(obj: Mapping[str, object], spec: dict[str, type | tuple[type, ...]]) -> bool:
        for key, kind in spec.items():
            value = obj.get(key)
            if key in obj and (not isinstance(value, kind) or isinstance(value, bool)):
                return False
            if key == "attachmentPaths" and not all(isinstance(p, str) for p in _seq(value)):
                return False
        return True

    if not isinstance(data, Mapping) or not fields_ok(data, _TOP_LEVEL):
        return False
    if "updatedAt" in data and _parse_time(data["updatedAt"]) is None:
        return False
    return all(isinstance(u, Mapping) and fields_ok(u, _UNSENT) for u in _seq(data.get("unsent")))


class DraftStore:
    """Load, save and delete drafts; each call is independent and safe from any thread.

    Attributes:
        directory: where this account's drafts live (created on the first save).
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._quarantined: list[Path] = []
        self._lock = threading.Lock()

    @classmethod
    def default(cls) -> DraftStore:
        return cls(app_paths().data_dir / "drafts")

    def path_for(self, issue_id: str, account: str | None = None) -> Path:
        """The file of ``(account, issue_id)``; without an account, the id-only (older) name."""
        key = issue_id if not account else f"{account}\x00{issue_id}"
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:40]
        return self.directory / f"{digest}.json"

    def load(self, issue_id: str, account: str | None = None) -> Draft | None:
        """The draft of ``issue_id`` (of ``account``), None when there is none.

        A damaged file is quarantined (see the module doc); the parts of it that still parse
        are returned (None when nothing does). Never raises for what is in the file.
        """
        return self._load_path(self.path_for(issue_id, account), issue_id)

    def load_migrating(self, issue_id: str, account: str) -> tuple[Draft | None, bool]:
        """Like :meth:`load`, falling back to the id-only file of an earlier version.

        Returns the draft and whether it came from the id-only file (the caller saves it under
        the account's key, then :meth:`delete_legacy`).
        """
        path = self.path_for(issue_id, account)
        if path.exists() or not self.path_for(issue_id).exists():
            return self._load_path(path, issue_id), False
        draft = self._load_path(self.path_for(issue_id), issue_id)
        return draft, draft is not None

    def delete_legacy(self, issue_id: str) -> None:
        """Remove the id-only file of ``issue_id`` (once it was saved under its account)."""
        with contextlib.suppress(FileNotFoundError):
            self.path_for(issue_id).unlink()

    def _load_path(self, path: Path, issue_id: str) -> Draft | None:
        try:
            with path.open("rb") as handle:
                raw = handle.read(MAX_DRAFT_BYTES + 1)
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError:
            log.warning("could not read the draft of issue %s", issue_id, exc_info=True)
            return None
        data: object = None
        problem = ""
        if len(raw) > MAX_DRAFT_BYTES:
            problem = f"larger than {MAX_DRAFT_BYTES} bytes"
        else:
            try:
                data = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                problem = "not UTF-8"
            except ValueError:
                problem = "not JSON"
            except RecursionError:
                problem = "nested too deep"
            else:
                if not _well_formed(data):
                    problem = "unexpected content"
        if not problem:
            return Draft.from_json(data)
        self._quarantine(path, problem)
        salvaged = Draft.from_json(data) if data is not None else None
        return None if salvaged is None or salvaged.is_empty() else salvaged

    def _quarantine(self, path: Path, problem: str) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = path.with_name(f"{path.name}.damaged-{stamp}")
        try:
            os.replace(path, target)
        except OSError:
            log.warning(
                "damaged draft %s (%s) could not be set aside", path, problem, exc_info=True
            )
            return
        log.warning("damaged draft %s (%s) set aside as %s", path.name, problem, target.name)
        with self._lock:
            self._quarantined.append(target)

    def take_quarantined(self) -> list[Path]:
        """Files set aside since the last call (each is reported once)."""
        with self._lock:
            taken, self._quarantined = self._quarantined, []
        return taken

    def clean_temporary(self) -> int:
        """Remove ``.draft-*.tmp`` files left by a kill mid-write; return how many went.

        Call before this process writes drafts (the keeper does, first thing on its worker).
        """
        removed = 0
        try:
            leftovers = list(self.directory.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))
        except OSError:
            return 0
        for leftover in leftovers:
            try:
                leftover.unlink()
            except FileNotFoundError:
                continue
            except OSError:
                log.warning("could not remove %s", leftover, exc_info=True)
                continue
            removed += 1
        if removed:
            log.info("removed %d temporary draft file(s) left by an earlier run", removed)
        return removed

    def save(self, issue_id: str, draft: Draft, account: str | None = None) -> None:
        if draft.is_empty():
            self.delete(issue_id, account)
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self.path_for(issue_id, account)
        head: dict[str, Any] = {"issueId": issue_id}
        if account:
            head["account"] = account
        payload = json.dumps({**head, **draft.to_json()}, ensure_ascii=False)
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=self.directory)
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

    def delete(self, issue_id: str, account: str | None = None) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(issue_id, account).unlink()


class DraftKeeper:
    """The newest draft per issue in memory, written to a :class:`DraftStore` off the GUI thread.

    One worker thread runs the writes in order, and each write takes the newest value queued for
    its issue at the moment it runs: an older draft can never land after a newer one, and a burst
    of edits costs one write. (A single-thread executor is simpler and stricter about order than
    ``asyncio.to_thread`` or a ``QThreadPool``, and it works with or without an event loop.)
    Reads answer from memory first, so a draft queued but not yet on disk is never missed.

    The worker's first job removes temporary files a kill left behind
    (:meth:`DraftStore.clean_temporary`); being first, it can never remove one of this
    keeper's own writes.

    A failed write stays queued and is tried again (module doc); identical saves are skipped
    only while the draft is on disk.

    Attributes:
        store: the :class:`DraftStore` written to.
    """

    def __init__(self, store: DraftStore) -> None:
        self.store = store
        self._known: dict[_Key, Draft | None] = {}
        self._queued: dict[_Key, Draft | None] = {}
        # Keys whose last write failed (their draft is back in _queued, with no job for it).
        self._failed: set[_Key] = set()
        # Id-only files to remove once the draft of the key is written (module doc).
        self._legacy: dict[_Key, str] = {}
        self._closed = False
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drafts")
        self._executor.submit(self._clean_temporary)

    def load(self, issue_id: str, account: str = "") -> Draft | None:
        """The draft of ``issue_id`` in ``account`` ("": no account, e.g. a server given on
        the command line). An id-only file of an earlier version is taken over (module doc)."""
        key = (account, issue_id)
        if key in self._known:
            return self._known[key]
        # A few hundred bytes: fine to read where we are.
        if account:
            draft, legacy = self.store.load_migrating(issue_id, account)
        else:
            draft, legacy = self.store.load(issue_id), False
        self._known[key] = draft
        if legacy and draft is not None:
            with self._lock:
                self._queued[key] = draft
                self._legacy[key] = issue_id  # removed by the write, and only if it lands
            self._executor.submit(self._write, key)
        return draft

    def take_quarantined(self) -> list[Path]:
        """Damaged draft files set aside since the last call (tell the seller once, then drop).

        A load that meets a damaged file still answers (None, or what could be salvaged).
        """
        return self.store.take_quarantined()

    def save(self, issue_id: str, draft: Draft | None, account: str = "") -> None:
        """Remember ``draft`` (None or empty = delete) and schedule the write."""
        if draft is not None and draft.is_empty():
            draft = None
        key = (account, issue_id)
        with self._lock:
            failed = key in self._failed
        # Identical to what is on disk (or queued): skip. After a failed write, try again.
        if key in self._known and _same(self._known[key], draft) and not failed:
            return
        self._known[key] = draft
        with self._lock:
            self._queued[key] = draft
        self._executor.submit(self._write, key)

    @property
    def write_failing(self) -> bool:
        """Whether some draft is held only in memory because its last write failed."""
        with self._lock:
            return bool(self._failed)

    def flush(self, timeout: float | None = 10.0) -> None:
        """Block until every queued write has run, failed ones tried once more (call on quit).

        A write that still fails stays queued; see :attr:`write_failing`.
        """
        self._executor.submit(self._write_pending).result(timeout)

    def close(self, *, wait: bool = True) -> None:
        """Stop taking writes; queued ones still run, failed ones are tried once more
        (``wait=False`` just does not block)."""
        if not self._closed:
            self._closed = True
            self._executor.submit(self._write_pending)
        self._executor.shutdown(wait=wait)

    def _write_pending(self) -> None:
        # One attempt per queued draft: a disk that stays full must not make this spin.
        with self._lock:
            keys = list(self._queued)
        for key in keys:
            self._write(key)

    def _write(self, key: _Key) -> None:
        account, issue_id = key
        with self._lock:
            if key not in self._queued:
                return  # an earlier job already wrote the newest value
            draft = self._queued.pop(key)
        try:
            if draft is None:
                self.store.delete(issue_id, account or None)
            else:
                self.store.save(issue_id, draft, account or None)
        except (OSError, ValueError):
            # Not saved: keep it queued (unless a newer draft already is) so the next save,
            # flush or close tries again. (ValueError: text that cannot be encoded, e.g. a lone
            # surrogate pasted from elsewhere.)
            log.warning("could not write the draft of issue %s", issue_id, exc_info=True)
            with self._lock:
                self._queued.setdefault(key, draft)
                self._failed.add(key)
            return
        with self._lock:
            self._failed.discard(key)
            legacy = self._legacy.pop(key, None)
        if legacy is not None:
            self._delete_legacy(legacy)

    def _delete_legacy(self, issue_id: str) -> None:
        try:
            self.store.delete_legacy(issue_id)
        except OSError:
            log.warning("could not remove the old draft file of issue %s", issue_id, exc_info=True)

    def _clean_temporary(self) -> None:
        try:
            self.store.clean_temporary()
        except Exception:  # a start-up nicety: never let it break the worker
            log.warning("could not clean temporary draft files", exc_info=True)


def _same(a: Draft | None, b: Draft | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a.text, a.message_type, a.attachment_paths, a.unsent) == (
        b.text,
        b.message_type,
        b.attachment_paths,
        b.unsent,
    )
