"""The durable :class:`~.base.IssueStore`: one SQLite file per user, in WAL mode.

Issues and chat messages are kept as Allegro's raw JSON text and parsed again when read. The
schema is versioned with ``PRAGMA user_version`` and migrated forward only; a file written by a
newer version of the app is opened read-only once to learn its version and then left alone.

When the file cannot be used (damaged, held by another program, not writable, too new),
:meth:`SqliteStore.open_or_fallback` returns an in-memory store with ``problem`` set, so the app
keeps working from the network and the UI can say why nothing is kept. A damaged file is moved
aside, never deleted: the next start creates a fresh one and the old bytes stay for recovery.

One connection, used from one thread only (:class:`~.thread.StoreThread` runs every call).
Search uses an FTS5 table over text folded in Python (:mod:`.search_text`).
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import json
import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..domain.outgoing import FailReason, OutboxState, OutgoingMessage
from .base import JsonObject, StoreError, StoreProblem
from .records import IssueRecord, _dumps, _text, issue_records, search_text_of
from .search_text import fold, fts_query

log = logging.getLogger(__name__)

# Index = schema version - 1. Append only; never edit a script that has shipped.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE issues (
        account TEXT NOT NULL,
        issue_id TEXT NOT NULL,
        raw TEXT NOT NULL,
        updated TEXT NOT NULL,
        PRIMARY KEY (account, issue_id)
    );
    CREATE TABLE chats (
        account TEXT NOT NULL,
        issue_id TEXT NOT NULL,
        raw TEXT NOT NULL,
        PRIMARY KEY (account, issue_id)
    );
    CREATE TABLE meta (
        account TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (account, key)
    );
    CREATE TABLE read_marks (
        account TEXT NOT NULL,
        issue_id TEXT NOT NULL,
        mark TEXT NOT NULL,
        PRIMARY KEY (account, issue_id)
    );
    CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY,
        account TEXT NOT NULL,
        local_id TEXT NOT NULL,
        issue_id TEXT NOT NULL,
        text TEXT NOT NULL,
        message_type TEXT NOT NULL,
        attachment_paths TEXT NOT NULL,
        state TEXT NOT NULL,
        reason TEXT NOT NULL,
        detail TEXT NOT NULL,
        created_at TEXT NOT NULL,
        send_started_at TEXT,
        message_id TEXT,
        UNIQUE (account, local_id)
    );
    -- search_docs.doc is the rowid of the issue's row in search_text.
    CREATE TABLE search_docs (
        doc INTEGER PRIMARY KEY,
        account TEXT NOT NULL,
        issue_id TEXT NOT NULL,
        UNIQUE (account, issue_id)
    );
    CREATE VIRTUAL TABLE search_text USING fts5(issue_text, chat_text, tokenize = 'unicode61');
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

#: A file database checkpoints on its own thread every this many bytes of issue text written
#: (:class:`_Checkpointer`); SQLite's own automatic checkpoint then only comes after this
#: many WAL pages (64 MB), should that thread not keep up or not run.
CHECKPOINT_BYTES = 8 * 1024 * 1024
WAL_SAFETY_CHECKPOINT_PAGES = 16_000

_SQLITE_HEADER = b"SQLite format 3\x00"
_LOCK_TIMEOUT = 2.0
# Issue ids per "IN (...)" lookup: well under SQLite's limit on variables (999 before 3.32).
_IN_CHUNK = 500
# A meta key set while an account has issues stored without their search rows.
_META_UNINDEXED = "store.unindexed"
_SET_UNINDEXED = (
    "INSERT INTO meta (account, key, value) VALUES (?, ?, '1')"
    " ON CONFLICT (account, key) DO NOTHING"
)
# Search rows left for later that a search writes per transaction.
_DEFERRED_CHUNK = 2_000
# Rows per multi-row INSERT: 4 values each stays under 999 variables (SQLite before 3.32).
_ROWS_PER_INSERT = 200
_DOCS_SQL = "SELECT issue_id, doc FROM search_docs WHERE account = ? AND issue_id IN ({})"


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


def _classify(exc: BaseException) -> StoreProblem:
    """Which :class:`StoreProblem` an error from sqlite3 or the OS is."""
    if isinstance(exc, sqlite3.Error):
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF  # primary code
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return StoreProblem.LOCKED
        if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            return StoreProblem.CORRUPT
        if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
            return StoreProblem.READ_ONLY
        return StoreProblem.IO
    if isinstance(exc, PermissionError) or (isinstance(exc, OSError) and exc.errno == errno.EROFS):
        return StoreProblem.READ_ONLY
    return StoreProblem.IO


def _connect(database: str, *, uri: bool = False, timeout: float) -> sqlite3.Connection:
    """Open a connection (autocommit: transactions are explicit). Tests patch this one seam."""
    return sqlite3.connect(database, uri=uri, timeout=timeout, isolation_level=None)


def _chat_text(messages: Sequence[JsonObject]) -> str:
    return fold(
        "\n".join(t for m in messages if isinstance(m, Mapping) and (t := _text(m.get("text"))))
    )


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _utc_key(value: datetime) -> float:
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.timestamp()


class SqliteStore:
    """:class:`~.base.IssueStore` on SQLite.

    Attributes:
        problem: why this is an in-memory stand-in for the database file, or None.
        path: the database file, or None for an in-memory store.

    Every method raises :class:`StoreError` (``StoreProblem.IO``) when SQLite or the OS fails
    (disk full, drive gone); the caller decides what to do. Rows that cannot be read back
    (damaged JSON) are skipped with a warning instead.
    """

    def __init__(
        self,
        db: sqlite3.Connection,
        *,
        path: Path | None = None,
        problem: StoreProblem | None = None,
    ) -> None:
        """Wrap a connection that :meth:`open` or :meth:`in_memory` has prepared."""
        self._db = db
        self.path = path
        self.problem = problem
        self._checkpoints: _Checkpointer | None = None
        # account -> issue id -> search text of issues stored without their search row yet
        # (``put_records(..., index_new_later=True)``; written by :meth:`index_deferred`).
        self._unindexed: dict[str, dict[str, str]] = {}
        # Accounts whose issues left without a search row by an earlier run were looked for
        # (index_missing): only then may the file's flag be cleared.
        self._scanned: set[str] = set()
        # What changes in memory when the current transaction commits (and only then).
        self._on_commit: list[Callable[[], object]] = []

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def in_memory(cls, problem: StoreProblem | None = None) -> SqliteStore:
        db = _connect(":memory:", timeout=_LOCK_TIMEOUT)
        _migrate(db)
        return cls(db, problem=problem)

    @classmethod
    def open(cls, path: Path, *, timeout: float = _LOCK_TIMEOUT) -> SqliteStore:
        """Open (creating and migrating as needed) the database at ``path``.

        Raises :class:`StoreError` with the problem found; nothing is moved or deleted here.
        ``timeout`` is how long to wait for another program's lock, at open and on each write.
        """
        try:
            store = cls(_open_database(path, timeout), path=path)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(_classify(exc), f"cannot open {path}: {exc}") from exc
        store._checkpoints = _Checkpointer(path, timeout)
        return store

    @classmethod
    def open_or_fallback(cls, path: Path, *, timeout: float = _LOCK_TIMEOUT) -> SqliteStore:
        """:meth:`open`, or an in-memory store with ``problem`` set. Never raises.

        A CORRUPT file (with its -wal and -shm) is renamed to ``<name>.corrupt-<UTC time>`` so
        the next start gets a fresh database; every other problem leaves the file alone.
        """
        try:
            return cls.open(path, timeout=timeout)
        except StoreError as exc:
            problem = exc.problem
            log.warning("database not used (%s): %s", problem.value, exc)
        except Exception:  # a bug must not stop the app: it still works from the network
            problem = StoreProblem.IO
            log.exception("database not used: unexpected error opening %s", path)
        if problem is StoreProblem.CORRUPT:
            _move_aside(path)
        return cls.in_memory(problem)

    def close(self) -> None:
        if self._checkpoints is not None:
            self._checkpoints.stop()
        with self._errors("close"):
            self._db.close()

    # -- issues --------------------------------------------------------------------------------
    def issues(self, account: str) -> list[dict[str, Any]]:
        with self._errors("read issues"):
            rows = self._db.execute(
                "SELECT issue_id, raw FROM issues WHERE account = ?", (account,)
            ).fetchall()
        result: list[dict[str, Any]] = []
        for issue_id, raw in rows:
            value = _loads(raw, "issue", account, issue_id)
            if isinstance(value, dict):
                result.append(value)
            elif value is not None:
                log.warning("stored issue %s of %s is not an object; skipped", issue_id, account)
        return result

    def issue_texts(self, account: str, after: int, limit: int) -> list[tuple[int, str]]:
        with self._errors("read issues"):
            # "+account": walk the table in rowid order and stop after ``limit`` rows; through
            # the (account, id) index SQLite would read and sort all the rest for every batch.
            rows = self._db.execute(
                "SELECT rowid, raw FROM issues WHERE +account = ? AND rowid > ?"
                " ORDER BY rowid LIMIT ?",
                (account, after, limit),
            ).fetchall()
        return [(int(rowid), raw) for rowid, raw in rows if isinstance(raw, str)]

    def put_issues(self, account: str, issues: Sequence[JsonObject]) -> None:
        self.put_records(account, issue_records(issues, account))

    def put_records(
        self, account: str, records: Sequence[IssueRecord], *, index_new_later: bool = False
    ) -> None:
        rows: list[tuple[str, str, str, str]] = []
        texts: dict[str, str] = {}  # a repeated id: the last one wins, as in ``records``
        now = _now_iso()
        for record in records:
            rows.append((account, record.issue_id, record.raw, now))
            texts[record.issue_id] = record.search_text
        if not rows:
            return
        with self._transaction("store issues"):
            self._insert_rows(
                "INSERT INTO issues (account, issue_id, raw, updated) VALUES {}"
                " ON CONFLICT (account, issue_id) DO UPDATE"
                " SET raw = excluded.raw, updated = excluded.updated",
                "(?, ?, ?, ?)",
                rows,
            )
            if index_new_later:
                docs = self._docs(account, list(texts))
                later = {i: t for i, t in texts.items() if i not in docs}
                self._index(account, "issue_text", {i: texts[i] for i in docs}, docs)
                if later:  # the file says so until they are written (index_missing)
                    self._db.execute(_SET_UNINDEXED, (account, _META_UNINDEXED))
                    self._on_commit.append(
                        lambda: self._unindexed.setdefault(account, {}).update(later)
                    )
            else:
                self._index(account, "issue_text", texts)
        if self._checkpoints is not None:
            self._checkpoints.written(sum(len(row[2]) for row in rows))

    def index_deferred(self, account: str, limit: int) -> int:
        """Write up to ``limit`` of the search rows that ``put_records(...,
        index_new_later=True)`` left for later; the number still left."""
        waiting = self._unindexed.get(account)
        if not waiting:
            return 0
        chunk = dict(itertools.islice(waiting.items(), limit))
        with self._transaction("index issues"):
            self._index(account, "issue_text", chunk)  # and out of ``waiting`` at the commit
        if self._checkpoints is not None:
            self._checkpoints.written(sum(map(len, chunk.values())))
        if not waiting and account in self._scanned:
            # All written, and nothing left by an earlier run (index_missing looked).
            self.set_meta(account, _META_UNINDEXED, None)
        return len(waiting)

    def index_missing(self, account: str, after: int, limit: int) -> int:
        """Give up to ``limit`` stored issues of ``account`` that have no search row one, made
        from their JSON (what an earlier run left for later and could not write before it
        stopped), looking at issues stored after position ``after`` (0: from the start). The
        position to go on from, or 0 when all were looked at."""
        if after == 0 and self.meta(account, _META_UNINDEXED) is None:
            self._scanned.add(account)  # the usual case: nothing to look for
            return 0
        with self._errors("find issues not indexed"):
            rows = self._db.execute(
                "SELECT i.rowid, i.raw FROM issues AS i WHERE i.account = ? AND i.rowid > ?"
                " AND NOT EXISTS (SELECT 1 FROM search_docs AS d"
                " WHERE d.account = i.account AND d.issue_id = i.issue_id)"
                " ORDER BY i.rowid LIMIT ?",
                (account, after, limit),
            ).fetchall()
        texts: dict[str, str] = {}
        for _, raw in rows:
            try:
                value = json.loads(raw)
            except (TypeError, ValueError, RecursionError):
                continue  # damaged: reading it skips it too
            issue_id = value.get("id") if isinstance(value, dict) else None
            if isinstance(issue_id, str):
                texts[issue_id] = search_text_of(value)
        if texts:
            with self._transaction("index issues"):
                self._index(account, "issue_text", texts)
        if len(rows) == limit:
            return int(rows[-1][0])
        self._scanned.add(account)
        if not self._unindexed.get(account):
            self.set_meta(account, _META_UNINDEXED, None)
        return 0

    def _index_all_deferred(self, account: str | None) -> None:
        for name in [account] if account is not None else list(self._unindexed):
            while self.index_deferred(name, _DEFERRED_CHUNK):
                pass

    def remove_issues(self, account: str, issue_ids: Iterable[str]) -> None:
        """Remove the issues with their cached chats and search entries (read marks and the
        outbox stay: they are the seller's, not a cache)."""
        keys = [(account, issue_id) for issue_id in issue_ids]
        if not keys:
            return
        with self._transaction("remove issues") as db:
            if waiting := self._unindexed.get(account):
                self._on_commit.append(lambda: [waiting.pop(i, None) for _, i in keys])
            docs = list(self._docs(account, [issue_id for _, issue_id in keys]).values())
            db.executemany("DELETE FROM search_text WHERE rowid = ?", [(d,) for d in docs])
            db.executemany("DELETE FROM search_docs WHERE doc = ?", [(d,) for d in docs])
            db.executemany("DELETE FROM issues WHERE account = ? AND issue_id = ?", keys)
            db.executemany("DELETE FROM chats WHERE account = ? AND issue_id = ?", keys)

    # -- chats ---------------------------------------------------------------------------------
    def chat(self, account: str, issue_id: str) -> list[dict[str, Any]] | None:
        with self._errors("read a chat"):
            row = self._db.execute(
                "SELECT raw FROM chats WHERE account = ? AND issue_id = ?", (account, issue_id)
            ).fetchone()
        if row is None:
            return None
        value = _loads(row[0], "chat", account, issue_id)
        if not isinstance(value, list):
            if value is not None:
                log.warning("stored chat of %s/%s is not a list; skipped", account, issue_id)
            return None
        return [m for m in value if isinstance(m, dict)]

    def put_chat(self, account: str, issue_id: str, messages: Sequence[JsonObject]) -> None:
        try:
            raw = _dumps(list(messages))
        except (TypeError, ValueError) as exc:
            raise StoreError(StoreProblem.IO, f"chat of {issue_id} is not JSON: {exc}") from exc
        with self._transaction("store a chat") as db:
            db.execute(
                "INSERT INTO chats (account, issue_id, raw) VALUES (?, ?, ?)"
                " ON CONFLICT (account, issue_id) DO UPDATE SET raw = excluded.raw",
                (account, issue_id, raw),
            )
            self._index(account, "chat_text", {issue_id: _chat_text(messages)})

    # -- meta ----------------------------------------------------------------------------------
    def meta(self, account: str, key: str) -> str | None:
        with self._errors("read a setting"):
            row = self._db.execute(
                "SELECT value FROM meta WHERE account = ? AND key = ?", (account, key)
            ).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, account: str, key: str, value: str | None) -> None:
        with self._transaction("store a setting") as db:
            if value is None:
                db.execute("DELETE FROM meta WHERE account = ? AND key = ?", (account, key))
            else:
                db.execute(
                    "INSERT INTO meta (account, key, value) VALUES (?, ?, ?)"
                    " ON CONFLICT (account, key) DO UPDATE SET value = excluded.value",
                    (account, key, value),
                )

    # -- read marks ----------------------------------------------------------------------------
    def read_marks(self, account: str) -> dict[str, str]:
        with self._errors("read the read marks"):
            rows = self._db.execute(
                "SELECT issue_id, mark FROM read_marks WHERE account = ?", (account,)
            ).fetchall()
        return {str(issue_id): str(mark) for issue_id, mark in rows}

    def set_read_mark(self, account: str, issue_id: str, mark: str) -> None:
        with self._transaction("store a read mark") as db:
            db.execute(
                "INSERT INTO read_marks (account, issue_id, mark) VALUES (?, ?, ?)"
                " ON CONFLICT (account, issue_id) DO UPDATE SET mark = excluded.mark",
                (account, issue_id, mark),
            )

    # -- outbox --------------------------------------------------------------------------------
    def outbox(self, account: str | None = None) -> list[OutgoingMessage]:
        columns = (
            "seq, account, local_id, issue_id, text, message_type, attachment_paths, state,"
            " reason, detail, created_at, send_started_at, message_id"
        )
        with self._errors("read the outbox"):
            if account is None:
                rows = self._db.execute(f"SELECT {columns} FROM outbox").fetchall()  # noqa: S608
            else:
                rows = self._db.execute(
                    f"SELECT {columns} FROM outbox WHERE account = ?",  # noqa: S608
                    (account,),
                ).fetchall()
        found: list[tuple[float, int, OutgoingMessage]] = []
        for row in rows:
            message = _outgoing_from_row(row[1:])
            if message is not None:
                found.append((_utc_key(message.created_at), row[0], message))
        found.sort(key=lambda f: (f[0], f[1]))  # oldest first; equal times in insertion order
        return [f[2] for f in found]

    def put_outgoing(self, message: OutgoingMessage) -> None:
        row = (
            message.account,
            message.local_id,
            message.issue_id,
            message.text,
            message.message_type,
            json.dumps(list(message.attachment_paths), ensure_ascii=False),
            message.state.value,
            message.reason.value,
            message.detail,
            message.created_at.isoformat(),
            _time(message.send_started_at),
            message.message_id,
        )
        with self._transaction("store an outgoing message", durable=True) as db:
            db.execute(
                "INSERT INTO outbox (account, local_id, issue_id, text, message_type,"
                " attachment_paths, state, reason, detail, created_at, send_started_at,"
                " message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (account, local_id) DO UPDATE SET issue_id = excluded.issue_id,"
                " text = excluded.text, message_type = excluded.message_type,"
                " attachment_paths = excluded.attachment_paths, state = excluded.state,"
                " reason = excluded.reason, detail = excluded.detail,"
                " created_at = excluded.created_at, send_started_at = excluded.send_started_at,"
                " message_id = excluded.message_id",
                row,
            )

    def remove_outgoing(self, account: str, local_id: str) -> None:
        with self._transaction("remove an outgoing message", durable=True) as db:
            db.execute("DELETE FROM outbox WHERE account = ? AND local_id = ?", (account, local_id))

    # -- search --------------------------------------------------------------------------------
    def search(self, query: str, account: str | None = None) -> set[tuple[str, str]]:
        expression = fts_query(query)
        if expression is None:
            return set()
        self._index_all_deferred(account)  # a search sees every stored issue
        sql = (
            # CROSS JOIN keeps this order: run the full-text match once, then look up its
            # rows (the planner otherwise ran the match once per stored issue: seconds).
            "SELECT d.account, d.issue_id FROM search_text"
            " CROSS JOIN search_docs AS d ON d.doc = search_text.rowid"
            " CROSS JOIN issues AS i ON i.account = d.account AND i.issue_id = d.issue_id"
            " WHERE search_text MATCH ?"
        )
        params: tuple[str, ...] = (expression,)
        if account is not None:
            sql += " AND d.account = ?"
            params += (account,)
        with self._errors("search"):
            try:
                rows = self._db.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:
                if "fts5" not in str(exc):
                    raise
                # fts_query should make this impossible; a query must still never fail.
                log.warning("search expression rejected: %s", exc)
                return set()
        return {(str(a), str(i)) for a, i in rows}

    # -- internals -----------------------------------------------------------------------------
    def _index(
        self,
        account: str,
        column: str,
        texts: Mapping[str, str],
        docs: dict[str, int] | None = None,
    ) -> None:
        """Set one column of these issues' search rows, ``texts`` being issue id -> folded
        text (inside the caller's transaction). A handful of statements for a whole page.
        ``docs``: their search rows (:meth:`_docs`) when the caller looked them up already."""
        if not texts:
            return
        waiting = self._unindexed.get(account)
        if waiting:
            if column == "issue_text":
                # Written now: a text left for later must not overwrite it (once committed).
                written = list(texts)
                self._on_commit.append(lambda: [waiting.pop(i, None) for i in written])
            elif ready := {i: waiting[i] for i in texts if i in waiting}:
                # A chat saved before its issue's row: the row gets the issue's text too (a
                # row found later is taken as complete by index_missing).
                self._index(account, "issue_text", ready)
                docs = None
        if docs is None:
            docs = self._docs(account, list(texts))
        else:
            docs = {i: d for i, d in docs.items() if i in texts}
        new = [issue_id for issue_id in texts if issue_id not in docs]
        if new:
            # The rows SQLite would give them (max + 1, ...: no AUTOINCREMENT), given here so
            # that the search rows need no second look-up; the caller's transaction is
            # IMMEDIATE, so no other writer can take them meanwhile.
            last = int(
                self._db.execute("SELECT coalesce(max(doc), 0) FROM search_docs").fetchone()[0]
            )
            added = {issue_id: last + n for n, issue_id in enumerate(new, 1)}
            self._insert_rows(
                "INSERT INTO search_docs (doc, account, issue_id) VALUES {}",
                "(?, ?, ?)",
                [(doc, account, issue_id) for issue_id, doc in added.items()],
            )
            other = "chat_text" if column == "issue_text" else "issue_text"
            self._insert_rows(
                f"INSERT INTO search_text (rowid, {column}, {other}) VALUES {{}}",  # noqa: S608
                "(?, ?, '')",
                [(doc, texts[issue_id]) for issue_id, doc in added.items()],
            )
        if len(new) < len(texts):
            self._db.executemany(
                f"UPDATE search_text SET {column} = ? WHERE rowid = ?",  # noqa: S608
                [(texts[issue_id], doc) for issue_id, doc in docs.items()],
            )

    def _insert_rows(self, sql: str, row: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """``sql`` (its ``{}`` the VALUES list) for all ``rows``, up to :data:`_ROWS_PER_INSERT`
        rows per statement: one step of SQLite per statement, where ``executemany`` takes one
        per row, giving up the GIL and waiting to get it back from the sync's busy workers each
        time (a small gain measured: 1-2 % of a 100,000-issue sync)."""
        for start in range(0, len(rows), _ROWS_PER_INSERT):
            chunk = rows[start : start + _ROWS_PER_INSERT]
            values = ", ".join([row] * len(chunk))
            self._db.execute(sql.format(values), [v for r in chunk for v in r])

    def _docs(self, account: str, issue_ids: Sequence[str]) -> dict[str, int]:
        """issue id -> its row in search_text, for those of ``issue_ids`` that have one."""
        docs: dict[str, int] = {}
        for start in range(0, len(issue_ids), _IN_CHUNK):
            chunk = issue_ids[start : start + _IN_CHUNK]
            sql = _DOCS_SQL.format(", ".join("?" * len(chunk)))  # only placeholders
            docs.update(self._db.execute(sql, (account, *chunk)))
        return docs

    @contextlib.contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        try:
            yield
        except (sqlite3.Error, OSError, UnicodeError) as exc:
            raise StoreError(StoreProblem.IO, f"could not {what}: {exc}") from exc

    @contextlib.contextmanager
    def _transaction(self, what: str, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """One write transaction; ``durable`` syncs to disk at commit even in WAL mode."""
        with self._errors(what):
            if durable:
                self._db.execute("PRAGMA synchronous = FULL")
            try:
                self._db.execute("BEGIN IMMEDIATE")
                self._on_commit = []
                try:
                    yield self._db
                    self._db.execute("COMMIT")
                    for change in self._on_commit:  # in-memory state follows the file only
                        change()
                except BaseException:
                    if self._db.in_transaction:
                        with contextlib.suppress(sqlite3.Error):
                            self._db.execute("ROLLBACK")
                    raise
            finally:
                self._on_commit = []
                if durable:
                    with contextlib.suppress(sqlite3.Error):
                        self._db.execute("PRAGMA synchronous = NORMAL")


class _Checkpointer:
    """Checkpoints the WAL of the database at ``path`` on a thread and connection of its own.

    In WAL mode with ``synchronous = NORMAL`` a commit does not wait for the disk, but a
    checkpoint (copying the WAL into the database file) syncs the file twice, and SQLite runs it
    in the writer after the commit that fills the WAL: during a full sync the store's thread
    waited for the disk (the engine alone, no window, 100,000 issues: 15 s with those syncs,
    10.8 s with none at all; writing 1,000 pages alone: 8.9 -> 6.4 ms a page with this). A
    PASSIVE checkpoint runs beside the writer without blocking it, so this one is
    made here once every :data:`CHECKPOINT_BYTES` written; the writer keeps SQLite's own only
    as a safety net (:data:`WAL_SAFETY_CHECKPOINT_PAGES`, e.g. if this thread cannot open the
    file). The thread starts with the first checkpoint due. Failures are logged and ignored:
    the next checkpoint (or SQLite's own, or the last connection's close) does it.
    """

    def __init__(self, path: Path, timeout: float) -> None:
        self._path = path
        self._timeout = timeout
        self._written = 0
        self._wake = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None

    def written(self, size: int) -> None:
        """``size`` bytes of text were committed (on the writer's thread)."""
        self._written += size
        if self._written < CHECKPOINT_BYTES or self._stopping:
            return
        self._written = 0
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="store-checkpoints", daemon=True)
            self._thread.start()
        self._wake.set()

    def _run(self) -> None:
        try:
            db = sqlite3.connect(str(self._path), timeout=self._timeout, isolation_level=None)
        except sqlite3.Error as exc:
            log.info("no background checkpoints (%s); SQLite's own remain", exc)
            return
        try:
            while True:
                self._wake.wait()
                self._wake.clear()
                if self._stopping:
                    return
                try:
                    db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except sqlite3.Error as exc:
                    log.debug("background checkpoint failed: %s", exc)
        finally:
            db.close()

    def stop(self) -> None:
        """Stop the thread (its checkpoint under way finishes first)."""
        self._stopping = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join()


def _loads(raw: object, what: str, account: str, issue_id: object) -> object:
    try:
        return json.loads(raw) if isinstance(raw, str | bytes) else None
    except ValueError:
        log.warning("stored %s %s of %s is damaged; skipped", what, issue_id, account)
        return None


def _outgoing_from_row(row: Sequence[Any]) -> OutgoingMessage | None:
    (
        account,
        local_id,
        issue_id,
        text,
        message_type,
        paths,
        state,
        reason,
        detail,
        created,
        started,
        message_id,
    ) = row
    try:
        return OutgoingMessage(
            account=account,
            issue_id=issue_id,
            text=text,
            message_type=message_type,
            attachment_paths=tuple(str(p) for p in json.loads(paths)),
            local_id=local_id,
            state=OutboxState(state),
            reason=FailReason(reason),
            detail=detail,
            created_at=datetime.fromisoformat(created),
            send_started_at=datetime.fromisoformat(started) if started else None,
            message_id=message_id,
        )
    except (TypeError, ValueError):
        log.warning("outgoing message %s of %s is damaged; skipped", local_id, account)
        return None


# -- opening, step by step ---------------------------------------------------------------------
def _open_database(path: Path, timeout: float) -> sqlite3.Connection:
    _prepare_file(path)
    version = _read_version(path, timeout)
    if version is not None and version > SCHEMA_VERSION:
        raise StoreError(
            StoreProblem.NEWER_VERSION,
            f"{path} has schema version {version}; this app knows up to {SCHEMA_VERSION}",
        )
    db = _connect(str(path), timeout=timeout)
    try:
        _configure(db)
        _migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def _prepare_file(path: Path) -> None:
    """Create the folder (0700) and an empty file (0600): buyers' personal data lives here."""
    folder = path.parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        _set_mode(folder, 0o700)  # mkdir's mode is filtered by the umask
    else:
        _make_private(folder)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        _set_mode(path, 0o600)
    else:
        _make_private(path)


def _set_mode(target: Path, mode: int) -> None:
    if os.name == "posix":
        os.chmod(target, mode)


def _make_private(target: Path) -> None:
    """Take group and others' bits away, keep the owner's: a file the user made read-only
    stays read-only. Someone else's, or a shared sticky folder such as /tmp, is left alone."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # could not change it: still usable
        info = target.stat()
        mode = stat.S_IMODE(info.st_mode)
        if info.st_uid == os.getuid() and not mode & stat.S_ISVTX and mode & 0o077:
            os.chmod(target, mode & ~0o077)


def _read_version(path: Path, timeout: float) -> int | None:
    """The schema version, learnt without writing anything (None for an empty, new file).

    The header's copy comes first: a newer app's file is then recognised without even opening
    it. A read-only connection then reads the current value (a newer version may still sit in
    the WAL), the schema and every page (``quick_check``), which finds a damaged or truncated
    file.
    """
    if path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(_SQLITE_HEADER):
        raise StoreError(StoreProblem.CORRUPT, f"{path} is not an SQLite database")
    if len(header) == 100:
        version = int.from_bytes(header[60:64], "big", signed=True)
        if version > SCHEMA_VERSION:
            return version
    db = _connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=timeout)
    try:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        tables = int(db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        # A damaged page deep inside would otherwise fail some later read, every run, and
        # the file would never be set aside. About 30 ms for 10,000 issues.
        check = db.execute("PRAGMA quick_check(1)").fetchone()[0] if version else "ok"
    finally:
        db.close()
    if check != "ok":
        raise StoreError(StoreProblem.CORRUPT, f"{path} is damaged: {check}")
    if version < 0 or (version == 0 and tables):
        # Not a database this app wrote (it sets the version with the first tables): some
        # other program's, kept aside like a damaged one rather than changed.
        raise StoreError(StoreProblem.CORRUPT, f"{path} is not this app's database")
    return version


def _configure(db: sqlite3.Connection) -> None:
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":  # e.g. some network drives: still correct, only slower
        log.warning("database journal mode is %s, not WAL", mode)
    db.execute("PRAGMA synchronous = NORMAL")
    # In WAL mode with synchronous = NORMAL only a checkpoint syncs the file: SQLite's own
    # (every 1,000 WAL pages, 4 MB: about every 25 pages of a full sync) made the writer wait
    # for the disk. A file database checkpoints on a thread of its own (_Checkpointer); this
    # is the safety net. The WAL is cut back to 64 MB after a checkpoint.
    db.execute(f"PRAGMA wal_autocheckpoint = {WAL_SAFETY_CHECKPOINT_PAGES}")
    db.execute(f"PRAGMA journal_size_limit = {64 * 1024 * 1024}")


def _migrate(db: sqlite3.Connection) -> None:
    """Bring the schema to :data:`SCHEMA_VERSION` in one transaction.

    The transaction always writes ``user_version``, even when nothing is to migrate: that
    write is what tells a read-only file (SQLITE_READONLY) from a writable one at open time.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:  # written in between by a newer app: never migrate down
            raise StoreError(StoreProblem.NEWER_VERSION, f"schema version {version}")
        if version == 0 and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            # Tables but no version: another program's database (see _read_version).
            raise StoreError(StoreProblem.CORRUPT, "a database of another program")
        for script in MIGRATIONS[version:]:
            for statement in _statements(script):
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
        raise


def _statements(script: str) -> Iterator[str]:
    # executescript() would COMMIT our transaction first; split on ";" instead (the scripts
    # contain no ";" inside literals).
    for statement in script.split(";"):
        lines = [ln for ln in statement.splitlines() if not ln.strip().startswith("--")]
        if "".join(lines).strip():
            yield "\n".join(lines)


def _move_aside(path: Path) -> None:
    """Rename a damaged database (and its -wal/-shm) out of the way, keeping the bytes."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    try:
        os.replace(path, target)
    except FileNotFoundError:
        return
    except OSError:
        log.exception("could not move the damaged database %s aside", path)
        return
    log.warning("damaged database moved to %s", target)
    for suffix in ("-wal", "-shm"):
        # Same suffixes on the new name: SQLite opens the kept pair together for recovery.
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{path}{suffix}", f"{target}{suffix}")
