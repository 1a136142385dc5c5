"""The sync engine: the one owner of an account's issues (no Qt).

Sources of truth, in order: the store (what was saved, painted at once at start), a full sync
(every page of ``GET /sale/issues``), then incremental polls of the open statuses. Each step
compares what arrives with what is known and publishes a :class:`~.changes.ChangeSet`; the
window, the tray and the notifications only apply change sets. Everything that arrives is
written to the store (off the GUI thread, in order) so the next start is instant and offline
works.

Requests (Allegro allows 9000 a minute per Client ID, shared by every install):

- a poll in which nothing changed costs ``open // 100 + 1`` list requests: the pages the known
  open issues fill are asked for together, and only a full last page asks for one more;
- no chat or detail request in a poll, except for an issue that left the open statuses (one
  ``GET`` to learn how it ended) and the chats of issues whose last message changed and whose
  chat is cached (so what is on disk stays true) or is on screen;
- a chat is otherwise read only when the seller opens an issue.

Attributes:
    account: the account key ("environment:account id").
    issues: the known issues by id (read-only view).
    connection: whether Allegro answered lately, and since when not.
    outbox: the account's outgoing messages.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from contextlib import aclosing
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import msgspec

from ..allegro.errors import AllegroError, NetworkError, NotFoundError, ServerError
from ..domain import (
    ChatMessage,
    Issue,
    IssueStatus,
    LastMessageStatus,
    merge_chat,
    parse_chat_message,
    parse_issue,
    standing_facts,
)
from ..domain.codes import OPEN_STATUSES
from ..domain.parsing import lean_issue
from ..domain.timestamps import parse_timestamp
from ..store.records import IssueRecord, issue_record, issue_records
from .changes import (
    NEW_ISSUE_KINDS,
    ChangeKind,
    ChangeSet,
    ChangeSource,
    IssueChange,
    diff_issues,
)
from .heap import bulk_load, settle_heap
from .outbox import Outbox

if TYPE_CHECKING:
    from ..allegro.client import AllegroClient
    from ..domain.issue_pages import ListedIssue
    from ..store.base import IssueStore
    from ..store.thread import StoreThread

log = logging.getLogger(__name__)

PAGE_SIZE = 100
# Pages of the full sync requested ahead while one is handled (within the request budget).
FULL_SYNC_PREFETCH = 8
OPEN_STATUS_VALUES: tuple[str, ...] = (IssueStatus.DISPUTE_ONGOING, IssueStatus.CLAIM_SUBMITTED)

# The saved list is read and shown in batches at start: the first this big, then the rest.
CACHE_FIRST_BATCH = 1_000
CACHE_BATCH = 5_000

# A full sync waits for the store when more pages than this wait to be written (each is ~170 KB
# of text waiting in memory). Measured at 100,000 issues: 30 pages -> 401 MB peak, 28 s; no
# limit -> 540 MB, 22 s (the disk catches up after the list is complete). Memory wins. Since
# the store takes waiting pages together and checkpoints on its own thread: 30 -> 365 MB,
# 13.3 s; no limit -> 465 MB, 12.5 s.
MAX_PENDING_PAGE_WRITES = 30
# Sync-page writes queued at the store at once; later pages wait and go together in one write.
STORE_WRITES_IN_FLIGHT = 2

# A full sync publishes its pages together at most this often (the first page at once)...
SYNC_PUBLISH_EVERY = 0.25
# ... and, past this many issues, proportionally less often: merging a batch into the list
# costs time in proportion to the rows already there (~20 ms at 100,000), so the list's share
# of a sync stays the same however long the list (100,000: a batch a second).
SYNC_PUBLISH_ROWS = 25_000
# ... but one goes once this many changes wait (checked per page, so a batch may hold up to a
# page more): merging a batch also costs in proportion to its size (bisects, rows, the proxy's
# permutation), and one merge is one callback the window cannot paint during (12,000 changes
# into 90,000 rows: ~80 ms).
SYNC_PUBLISH_MAX = 6_000


def publish_interval(rows: int) -> float:
    """How long a full sync with ``rows`` issues so far waits between two batches."""
    return SYNC_PUBLISH_EVERY * max(1.0, rows / SYNC_PUBLISH_ROWS)


# During a full sync the loaded issues are exempted from the cycle collector this often.
SETTLE_EVERY = 2_000

# Search rows a store call writes after a sync (see _in_chunks): ~30 ms each.
INDEX_CHUNK = 1_000

# Keys of the store's per-account values.
META_LAST_SYNC = "last_sync"  # ISO time of the last successful full sync or poll
META_READ_BASELINE = "read_baseline"  # messages before this count as read (first sync)
META_SELECTED = "selected_issue"  # the issue on screen when the app last closed
META_DUE_ALERTS = "due_alerts"  # issue id -> the last deadline alert shown (JSON)

ChangeListener = Callable[[ChangeSet], None]


def _now() -> datetime:
    return datetime.now(UTC)


class Connection(msgspec.Struct, frozen=True):
    """``offline_since`` is set from the first failed request until one succeeds again."""

    offline_since: datetime | None = None
    last_sync: datetime | None = None
    error: AllegroError | None = None

    @property
    def online(self) -> bool:
        return self.offline_since is None


ConnectionListener = Callable[[Connection], None]


def _open_status(issue: Issue) -> bool:
    return issue.current_state.status in OPEN_STATUSES


class _Prepared(msgspec.Struct, frozen=True):
    """What a sync page's worker made of one changed issue."""

    lean: Issue
    row: object  # the list's row (``SyncEngine.prepare``), or None
    record: IssueRecord | None  # what the store writes, or None (not storable)


def _parse_saved(row: tuple[int, str]) -> Issue | None:
    """A saved issue without its JSON (kept in the store), or None when it is not usable."""
    try:
        data = json.loads(row[1])
    except ValueError:
        log.warning("a saved issue is not JSON; skipped")
        return None
    if not isinstance(data, dict):
        return None
    issue = parse_issue(data, lean=True)
    return issue if issue.id is not None else None


def unread_since(issue: Issue, mark: datetime | None) -> bool:
    """The buyer (or Allegro) wrote after ``mark``; the seller's own messages are never unread."""
    last = issue.chat.last_message
    if last.status == LastMessageStatus.SELLER_REPLIED or last.created_at is None:
        return False
    return mark is None or last.created_at > mark


class SyncEngine:
    def __init__(
        self,
        account: str,
        store: StoreThread | None = None,
        *,
        now: Callable[[], datetime] = _now,
        listed: Callable[[], int] | None = None,
    ) -> None:
        self.account = account
        self._store = store
        self._now = now
        # How many issues the list holds, every account's (the desk knows): a sync's batches
        # come less often as it grows (publish_interval).
        self._listed = listed or (lambda: len(self._issues))
        self._issues: dict[str, Issue] = {}
        # Kept up to date as issues arrive, so no caller walks every issue per change set.
        self._unread: set[str] = set()
        self._awaiting: set[str] = set()
        self._newest_message: datetime | None = None  # the read baseline of a first sync
        # Store writes of sync pages: (the write, how many pages it holds), oldest first; and
        # the records of pages not handed to the store yet (see _queue_records).
        self._page_writes: deque[tuple[concurrent.futures.Future[Any], int]] = deque()
        self._unwritten: list[IssueRecord] = []
        self._unwritten_pages = 0
        self._chat_cached: set[str] = set()
        self._read_marks: dict[str, datetime] = {}
        self._read_baseline: datetime | None = None
        self._listeners: list[ChangeListener] = []
        self._connection_listeners: list[ConnectionListener] = []
        self.connection = Connection()
        self.client: AllegroClient | None = None
        self.cache_loaded = False
        self.synced_once = False  # a full sync finished in this run
        #: The issue on screen: its chat is refreshed whenever its last message changes.
        self.focus: str | None = None
        #: Made of each issue on a worker thread while batches are parsed, handed on in
        #: ``IssueChange.prepared`` (the list's row: the window thread only inserts it).
        self.prepare: Callable[[Issue], object] | None = None
        self.outbox = Outbox(account, store, self)

    # -- wiring ------------------------------------------------------------------------------

    def subscribe(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def subscribe_connection(self, listener: ConnectionListener) -> None:
        self._connection_listeners.append(listener)

    def unsubscribe_all(self) -> None:
        self._listeners.clear()
        self._connection_listeners.clear()
        self.outbox.unsubscribe_all()

    def attach(self, client: AllegroClient | None) -> None:
        self.client = client

    @property
    def issues(self) -> Mapping[str, Issue]:
        return self._issues

    def issue(self, issue_id: str) -> Issue | None:
        return self._issues.get(issue_id)

    def _publish(self, changes: ChangeSet) -> None:
        for listener in list(self._listeners):
            listener(changes)

    def _set_connection(self, connection: Connection) -> None:
        if connection == self.connection:
            return
        self.connection = connection
        for listener in list(self._connection_listeners):
            listener(connection)

    def _online(self) -> None:
        now = self._now()
        self._set_connection(Connection(None, now, None))
        self._write(lambda s: s.set_meta(self.account, META_LAST_SYNC, now.isoformat()))

    def note_failure(self, error: AllegroError) -> None:
        """A request failed: network trouble makes the engine offline until one succeeds."""
        if isinstance(error, NetworkError | ServerError):
            since = self.connection.offline_since or self._now()
            self._set_connection(Connection(since, self.connection.last_sync, error))

    # -- the store ---------------------------------------------------------------------------

    def _write(self, fn: Callable[[IssueStore], object]) -> concurrent.futures.Future[Any] | None:
        """Queue a write (after the sync records not queued yet, so writes keep their order); a
        failing store is logged once per write and never stops the sync."""
        self._write_records()
        return self._submit(fn)

    def _submit(self, fn: Callable[[IssueStore], object]) -> concurrent.futures.Future[Any] | None:
        if self._store is None:
            return None
        future = self._store.submit(fn)
        future.add_done_callback(_log_store_failure)
        return future

    def _queue_records(self, records: list[IssueRecord]) -> None:
        """A sync page's records: handed to the store at once while fewer than
        :data:`STORE_WRITES_IN_FLIGHT` writes are queued there, else kept and handed over with
        the next pages' in one write. One write per page cost the store a transaction and a
        handful of statements per page, each giving up the GIL and waiting to get it back
        from the sync's workers: at 100,000 issues the store fell behind and the sync waited
        for it (~3 s of ~15); batched as the store's pace allows, it keeps up."""
        self._unwritten += records
        self._unwritten_pages += 1
        self._write_records_if_room()

    def _write_records_if_room(self) -> None:
        """:meth:`_write_records` while fewer than :data:`STORE_WRITES_IN_FLIGHT` are queued."""
        if sum(1 for future, _ in self._page_writes if not future.done()) < STORE_WRITES_IN_FLIGHT:
            self._write_records()

    def _write_records(self) -> None:
        """Hand the kept sync records to the store, in one write."""
        if not self._unwritten:
            return
        records, pages = self._unwritten, self._unwritten_pages
        self._unwritten, self._unwritten_pages = [], 0
        # A sync's new issues get their search rows after the list is complete
        # (_index_later): FTS5 was half of the store's time, and the store set the pace.
        written = self._submit(lambda s: s.put_records(self.account, records, index_new_later=True))
        if written is not None:
            self._page_writes.append((written, pages))

    def _index_later(self) -> None:
        """Write the search rows a sync left for later (see :meth:`_in_chunks`)."""
        account = self.account
        self._in_chunks(lambda store, _: store.index_deferred(account, INDEX_CHUNK))

    def _in_chunks(self, step: Callable[[IssueStore, int], int]) -> None:
        """Run ``step(store, state)`` on the store until it answers 0 (its answer is the next
        call's state; 0 first), each call queued when the one before is done: a read asked
        meanwhile (a chat on selection) waits for one chunk, not for all of them. A failure
        (logged) or a closed store ends it; the next start goes on (index_missing). The first
        call comes after the sync records not handed over yet (as :meth:`_write`)."""

        def run(state: int) -> None:
            try:
                future = self._submit(lambda store: step(store, state))
            except RuntimeError:  # the store was closed meanwhile
                return
            if future is not None:
                future.add_done_callback(after)

        def after(done: concurrent.futures.Future[Any]) -> None:
            if not done.cancelled() and done.exception() is None and (state := done.result()):
                run(state)

        self._write_records()
        run(0)

    async def _keep_up_with_the_store(self) -> None:
        """Wait while more than :data:`MAX_PENDING_PAGE_WRITES` pages wait to be written: the
        records of pages the store has not written yet are in memory (a 100,000-issue first
        sync otherwise peaked at 540 MB when the disk was slower than the network)."""
        pending = self._page_writes
        while pending and pending[0][0].done():
            pending.popleft()
        while pending and self._unwritten_pages + sum(n for _, n in pending) > (
            MAX_PENDING_PAGE_WRITES
        ):
            future, _ = pending.popleft()
            if not future.done():
                with contextlib.suppress(Exception):  # logged by _log_store_failure
                    await asyncio.wrap_future(future)
        self._write_records_if_room()

    async def _read(self, fn: Callable[[IssueStore], Any], default: Any = None) -> Any:
        self._write_records()  # a read sees every write before it
        if self._store is None:
            return default
        try:
            return await self._store.call(fn)
        except Exception:  # the store is a cache: without it the app works from the network
            log.warning("reading the store failed", exc_info=True)
            return default

    async def load_cached(self) -> ChangeSet:
        """The issues, read marks and cursors saved by the last run, parsed off this thread.
        (See :meth:`_load_cached`.)"""
        with bulk_load():
            return await self._load_cached()

    async def _load_cached(self) -> ChangeSet:
        """The issues, read marks and cursors saved by the last run, parsed off this thread.

        The first :data:`CACHE_FIRST_BATCH` issues are published at once (a reset), the rest
        in batches after them: a big account sees its newest issues without waiting for all.
        The store is read batch by batch, so the JSON of every issue is never in memory at
        once; the issues kept in memory hold no JSON (the store has it).
        """
        account = self.account

        def read(store: IssueStore) -> tuple[dict[str, str], str | None, str | None]:
            return (
                store.read_marks(account),
                store.meta(account, META_READ_BASELINE),
                store.meta(account, META_LAST_SYNC),
            )

        marks, baseline, last_sync = await self._read(read, default=({}, None, None))
        self._read_marks = {
            k: t for k, t in ((k, parse_timestamp(v)) for k, v in marks.items()) if t is not None
        }
        self._read_baseline = parse_timestamp(baseline) if baseline else None
        if last_sync and self.connection.last_sync is None:
            self.connection = Connection(
                self.connection.offline_since, parse_timestamp(last_sync), None
            )
        self._issues = {}
        self._unread.clear()
        self._awaiting.clear()
        self._newest_message = None
        first: ChangeSet | None = None
        after = 0
        size = CACHE_FIRST_BATCH
        while True:
            position, count, parsed = await self._read_batch(after, size)
            fresh = [(i, p) for i, p in parsed if i.id is not None and i.id not in self._issues]
            for issue, _ in fresh:
                self._keep(issue)
            complete = count < size
            changes = ChangeSet(
                account,
                ChangeSource.CACHE,
                tuple(
                    IssueChange(i, None, NEW_ISSUE_KINDS if first else frozenset(), p)
                    for i, p in fresh
                ),
                reset=first is None,
                complete=complete,
                total=len(self._issues),
            )
            first = first or changes
            self._publish(changes)
            if complete:
                break
            after, size = position, CACHE_BATCH
            settle_heap()
        if self._issues:  # nothing saved (a new account): nothing to freeze, no collection
            settle_heap()
            # Issues a sync left for later when the app stopped before it wrote them.
            self._in_chunks(lambda store, after: store.index_missing(account, after, INDEX_CHUNK))
        self.cache_loaded = True
        return first

    async def _read_batch(
        self, after: int, size: int
    ) -> tuple[int, int, list[tuple[Issue, object]]]:
        """One batch of saved issues after store position ``after``: (last position, rows read,
        (issue, prepared) pairs); read on the store's thread, parsed on a worker thread."""
        account = self.account
        rows: list[tuple[int, str]] = await self._read(
            lambda s: s.issue_texts(account, after, size), default=[]
        )
        if not rows:
            return after, 0, []
        prepare = self.prepare
        last, count = rows[-1][0], len(rows)
        # Handed over in a box the worker empties: an executor thread keeps its last job (and
        # so this closure) until its next one, and the batch's JSON must not live that long.
        box = [rows]
        del rows

        def parse() -> list[tuple[Issue, object]]:
            texts = box.pop()
            issues = [i for i in map(_parse_saved, texts) if i is not None]
            del texts
            return [(i, prepare(i) if prepare else None) for i in issues]

        return last, count, await asyncio.to_thread(parse)

    async def due_alerts_shown(self) -> dict[str, str] | None:
        """Deadline alerts already shown (issue id -> alert kind), so none repeats; None when
        this account never checked (the first check only records, it does not alert)."""
        value = await self._read(lambda s: s.meta(self.account, META_DUE_ALERTS))
        if value is None:
            return None
        try:
            data = json.loads(value) if isinstance(value, str) else {}
        except ValueError:
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}

    def save_due_alerts_shown(self, shown: Mapping[str, str]) -> None:
        # Only open issues matter: closed ones drop out, so the value stays small.
        value = json.dumps({k: v for k, v in shown.items() if k in self._issues})
        self._write(lambda s: s.set_meta(self.account, META_DUE_ALERTS, value))

    async def cached_json(self, key: str) -> Any:
        """A JSON value saved with :meth:`save_json` (order, offer, …), or None."""
        value = await self._read(lambda s: s.meta(self.account, "json:" + key))
        if not isinstance(value, str):
            return None
        try:
            return json.loads(value)
        except ValueError:
            return None

    def save_json(self, key: str, value: Any) -> None:
        """Keep a JSON value for this account in the store (written off the GUI thread)."""
        text = json.dumps(value, ensure_ascii=False)
        self._write(lambda s: s.set_meta(self.account, "json:" + key, text))

    async def last_selected(self) -> str | None:
        result = await self._read(lambda s: s.meta(self.account, META_SELECTED))
        return result if isinstance(result, str) else None

    def remember_selected(self, issue_id: str | None) -> None:
        self._write(lambda s: s.set_meta(self.account, META_SELECTED, issue_id))

    # -- applying what arrives ---------------------------------------------------------------

    def _apply(
        self,
        incoming: Iterable[Issue],
        source: ChangeSource,
        *,
        complete: bool = False,
        prepared: Mapping[str, _Prepared] | None = None,
        listed: Mapping[str, ListedIssue] | None = None,
        publish: bool = True,
    ) -> ChangeSet:
        # What stays in memory (and in change sets) is lean; the JSON of what changed goes to
        # the store (an unchanged issue is not written again: a re-sync of 100,000 issues
        # would otherwise rewrite them all, index included).
        received = [i for i in incoming if i.id is not None]
        ready = prepared or {}
        leaned = [ready[i.id].lean if i.id and i.id in ready else lean_issue(i) for i in received]
        rows = {k: p.row for k, p in ready.items() if p.row is not None}
        changes, _ = diff_issues(self._issues, leaned, rows)
        changed_ids = {c.issue_id for c in changes}
        # Records made on the worker where there is one (a sync page), here otherwise (a poll,
        # one issue: a few).
        records = [r for k in changed_ids if k in ready and (r := ready[k].record) is not None]
        unprepared = [
            i.raw for i in received if i.raw and i.id in changed_ids and i.id not in ready
        ]
        if unprepared:
            records += issue_records(unprepared, self.account)
        if listed:  # lean issues of a sync page the worker took for unchanged (a race): rare
            for issue_id in changed_ids - ready.keys():
                if (found := listed.get(issue_id)) is not None and (
                    record := issue_record(found.issue, found.json, self.account)
                ) is not None:
                    records.append(record)
        if records and source is ChangeSource.SYNC:
            self._queue_records(records)
        elif records:
            self._write(lambda s: s.put_records(self.account, records))
        # Only what changed replaces what is known: an unchanged issue stays the object the
        # list's row holds (a second, equal copy per issue would double the memory).
        for change in changes:
            self._keep(change.issue)
        kinds: set[ChangeKind] = set()
        for change in changes:
            kinds |= change.kinds
        result = ChangeSet(
            self.account,
            source,
            tuple(changes),
            complete=complete,
            total=len(self._issues),
            kinds_seen=frozenset(kinds),
        )
        if publish and (result or complete):
            self._publish(result)
        return result

    def _remove(self, issue_ids: list[str], source: ChangeSource) -> None:
        for issue_id in issue_ids:
            self._issues.pop(issue_id, None)
            self._unread.discard(issue_id)
            self._awaiting.discard(issue_id)
            self._chat_cached.discard(issue_id)
        if issue_ids:
            self._write(lambda s: s.remove_issues(self.account, issue_ids))
        self._publish(
            ChangeSet(self.account, source, removed=tuple(issue_ids), total=len(self._issues))
        )

    def _require_client(self) -> AllegroClient:
        if self.client is None:
            raise RuntimeError("the engine has no Allegro connection")
        return self.client

    # -- full sync ---------------------------------------------------------------------------

    async def full_sync(self, on_page: Callable[[ChangeSet], None] | None = None) -> ChangeSet:
        """Every issue Allegro lists, page by page; issues no longer listed are removed."""
        with bulk_load():
            return await self._full_sync(on_page)

    async def _full_sync(self, on_page: Callable[[ChangeSet], None] | None) -> ChangeSet:
        client = self._require_client()
        seen: set[str] = set()
        changed: list[IssueChange] = []
        # Pages are published together, the first at once, then at most every
        # publish_interval() s: the list merges a few big batches instead of 1,000 pages
        # (scattered over a long list when it is sorted by deadline).
        waiting: list[IssueChange] = []
        published_at: float | None = None

        def publish() -> None:
            nonlocal waiting, published_at
            if not waiting and published_at is not None:
                return
            kinds = frozenset(k for change in waiting for k in change.kinds)
            step = ChangeSet(
                self.account,
                ChangeSource.SYNC,
                tuple(waiting),
                total=len(self._issues),
                kinds_seen=kinds,
            )
            waiting, published_at = [], time.monotonic()
            if step:
                self._publish(step)
            if on_page is not None:
                on_page(step)

        try:
            pages_of = client.iter_prepared_pages(self._prepare_page, prefetch=FULL_SYNC_PREFETCH)
            async with aclosing(pages_of) as pages:
                async for page, rows in pages:
                    by_id = {i.issue.id: i for i in page if i.issue.id is not None}
                    seen.update(by_id)
                    size = len(page)
                    step = self._apply(
                        [i.issue for i in page],
                        ChangeSource.SYNC,
                        prepared=rows,
                        listed=by_id,
                        publish=False,
                    )
                    # Their JSON is queued for the store; nothing else needs it.
                    del page, rows, by_id
                    await self._keep_up_with_the_store()
                    changed.extend(step.changed)
                    waiting.extend(step.changed)
                    published = (
                        published_at is None
                        or len(waiting) >= SYNC_PUBLISH_MAX
                        or time.monotonic() - published_at >= publish_interval(self._listed())
                    )
                    if published:
                        publish()
                    if len(seen) % SETTLE_EVERY < size:
                        if published:  # not in the same callback as the list's merge
                            await asyncio.sleep(0)
                        settle_heap()
                    # A page fetched ahead is taken without a pause: without this turn of the
                    # loop, pages (and their merges) would follow one another in one callback.
                    await asyncio.sleep(0)
        except AllegroError as exc:
            self.note_failure(exc)
            raise
        finally:
            self._index_later()  # what was applied is stored and indexed, whatever stopped it
            if waiting:  # and shown
                publish()
        gone = [i for i in self._issues if i not in seen]
        if gone:
            self._remove(gone, ChangeSource.SYNC)
        # The end of a sync in steps, each its own callback of the event loop, so the window
        # paints between the last batch's merge, the collection and the final change set
        # (one callback they were the longest stall of a 100,000-issue sync: ~100 ms).
        await asyncio.sleep(0)
        settle_heap()
        await asyncio.sleep(0)
        self._online()
        if self._read_baseline is None:
            # First sync of this account: what was written before it is not "unread". Allegro's
            # own newest timestamp, not this machine's clock (skew, millisecond rounding). Then
            # nothing is newer than the baseline: nothing is unread.
            self._read_baseline = self._newest_message or self._now()
            self._unread.clear()
            stamp = self._read_baseline.isoformat()
            self._write(lambda s: s.set_meta(self.account, META_READ_BASELINE, stamp))
        self.synced_once = True
        done = ChangeSet(
            self.account,
            ChangeSource.SYNC,
            tuple(changed),
            removed=tuple(gone),
            complete=True,
            total=len(self._issues),
        )
        self._publish(ChangeSet(self.account, ChangeSource.SYNC, complete=True, total=done.total))
        await self._after_sync(changed)
        return done

    def _prepare_page(self, page: list[ListedIssue]) -> dict[str, _Prepared]:
        """The issues of ``page`` (lean, with their JSON) that changed: their list rows made
        (``prepare``) and their store records (JSON text, search text). Called by the client on
        the worker thread that decoded the page (``iter_prepared_pages``)."""
        prepare = self.prepare
        known = self._issues
        account = self.account
        result: dict[str, _Prepared] = {}
        for issue, source in page:
            if issue.id is not None and issue != known.get(issue.id):
                # An unchanged issue needs nothing. (A read racing the GUI thread only decides
                # whether this is made here or, if needed, there.)
                record = issue_record(issue, source, account)
                row = prepare(issue) if prepare is not None else None
                result[issue.id] = _Prepared(issue, row, record)
        return result

    # -- incremental poll --------------------------------------------------------------------

    async def poll(self) -> ChangeSet:
        """Open issues only, plus one read of each issue that left the open statuses."""
        client = self._require_client()
        try:
            listed = await self._list_open(client)
            seen = {i.id for i in listed if i.id is not None}
            left = [
                issue_id
                for issue_id, old in self._issues.items()
                if issue_id not in seen and _open_status(old)
            ]
            reread: list[Issue] = []
            gone: list[str] = []
            for issue_id in left:
                try:
                    reread.append(await client.get_issue(issue_id))
                except NotFoundError:
                    gone.append(issue_id)
        except AllegroError as exc:
            self.note_failure(exc)
            raise
        result = self._apply([*listed, *reread], ChangeSource.POLL, complete=True)
        if gone:
            self._remove(gone, ChangeSource.POLL)
        self._online()
        await self._after_sync(list(result.changed))
        return result

    async def _list_open(self, client: AllegroClient) -> list[Issue]:
        """Ask for the pages the known open issues fill, together; more only if the last is
        full (``open // 100 + 1`` requests when nothing changed)."""
        expected = sum(1 for i in self._issues.values() if _open_status(i))
        count = expected // PAGE_SIZE + 1
        pages = list(
            await asyncio.gather(
                *(
                    client.list_issues(
                        limit=PAGE_SIZE, offset=n * PAGE_SIZE, statuses=OPEN_STATUS_VALUES
                    )
                    for n in range(count)
                )
            )
        )
        seen: set[str] = set()
        for page in pages:
            seen.update(i.id for i in page if i.id is not None)
        while len(pages[-1]) >= PAGE_SIZE:
            page = await client.list_issues(
                limit=PAGE_SIZE, offset=len(pages) * PAGE_SIZE, statuses=OPEN_STATUS_VALUES
            )
            fresh = {i.id for i in page if i.id is not None} - seen
            pages.append(page)
            if not fresh:  # a server ignoring offset: stop
                break
            seen |= fresh
        unique: dict[str, Issue] = {}
        for page in pages:
            for issue in page:
                if issue.id is not None and issue.id not in unique:
                    unique[issue.id] = issue
        return list(unique.values())

    async def _after_sync(self, changes: list[IssueChange]) -> None:
        """Keep cached chats true: re-read those whose last message moved, then send what
        waited for the network."""
        for change in changes:
            issue_id = change.issue_id
            # The id first: a set look-up, where an enum in a frozenset is hashed in Python
            # (a first sync of 100,000 issues asked 100,000 times: one 100 ms callback).
            if (
                issue_id == self.focus or issue_id in self._chat_cached
            ) and ChangeKind.NEW_MESSAGE in change.kinds:
                try:
                    await self.read_chat(issue_id)
                except AllegroError:
                    log.info("chat refresh after a change failed", exc_info=True)
        await self.outbox.send_queued()

    # -- one issue ---------------------------------------------------------------------------

    async def refresh_issue(self, issue_id: str) -> Issue:
        client = self._require_client()
        try:
            issue = await client.get_issue(issue_id)
        except AllegroError as exc:
            self.note_failure(exc)
            raise
        self._online()
        if issue.id == issue_id:
            self._apply([issue], ChangeSource.DETAIL)
        return issue

    async def cached_chat(self, issue_id: str) -> list[ChatMessage] | None:
        """The chat as last saved (None if never read), parsed off the GUI thread."""
        account = self.account

        def read(store: IssueStore) -> list[ChatMessage] | None:
            raws = store.chat(account, issue_id)
            return None if raws is None else merge_chat(map(parse_chat_message, raws))

        chat = await self._read(read)
        if chat is not None:
            self._chat_cached.add(issue_id)
        return chat if isinstance(chat, list) else None

    async def read_chat(self, issue_id: str) -> list[ChatMessage]:
        """The whole chat from Allegro; saved, and checked against unconfirmed messages."""
        client = self._require_client()
        try:
            chat = await client.get_chat(issue_id)
        except AllegroError as exc:
            self.note_failure(exc)
            raise
        self._online()
        self._chat_cached.add(issue_id)
        raws = [dict(m.raw) for m in chat if m.raw]
        self._write(lambda s: s.put_chat(self.account, issue_id, raws))
        await self.outbox.reconcile(issue_id, chat)
        return chat

    def cache_chat(self, issue_id: str, chat: list[ChatMessage]) -> None:
        """Save a chat obtained elsewhere (the outbox's re-read)."""
        self._chat_cached.add(issue_id)
        raws = [dict(m.raw) for m in chat if m.raw]
        self._write(lambda s: s.put_chat(self.account, issue_id, raws))

    # -- read marks --------------------------------------------------------------------------

    def is_unread(self, issue: Issue) -> bool:
        if issue.id is None:
            return False
        mark = self._read_marks.get(issue.id)
        if self._read_baseline is not None and (mark is None or mark < self._read_baseline):
            mark = self._read_baseline
        if mark is None:  # never synced: nothing is "unread" yet
            return False
        return unread_since(issue, mark)

    def unread_ids(self) -> frozenset[str]:
        return frozenset(self._unread)

    def awaiting_ids(self) -> frozenset[str]:
        """Open issues awaiting the seller's reply (``domain.awaiting_seller_reply``)."""
        return frozenset(self._awaiting)

    def _keep(self, issue: Issue) -> None:
        assert issue.id is not None
        self._issues[issue.id] = issue
        stamp = issue.chat.last_message.created_at
        if stamp is not None and (self._newest_message is None or stamp > self._newest_message):
            self._newest_message = stamp
        for flags, value in (
            (self._unread, self.is_unread(issue)),
            (self._awaiting, standing_facts(issue).awaiting_reply),
        ):
            if value:
                flags.add(issue.id)
            else:
                flags.discard(issue.id)

    def mark_read(self, issue_id: str) -> bool:
        """The seller saw the issue's conversation up to its last message. True if it changed."""
        issue = self._issues.get(issue_id)
        if issue is None:
            return False
        was_unread = self.is_unread(issue)
        at = issue.chat.last_message.created_at or self._now()
        old = self._read_marks.get(issue_id)
        if old is not None and old >= at:
            return was_unread
        self._read_marks[issue_id] = at
        self._unread.discard(issue_id)
        stamp = at.isoformat()
        self._write(lambda s: s.set_read_mark(self.account, issue_id, stamp))
        return was_unread

    async def search(self, query: str) -> frozenset[str]:
        """Issues whose subject, buyer, reference, order id or saved messages match every word
        of ``query`` (with or without Polish diacritics)."""
        account = self.account
        found = await self._read(lambda s: s.search(query, account), default=set())
        return frozenset(issue_id for acct, issue_id in found if acct == account)

    async def flush(self) -> None:
        """Wait until every queued write is on disk."""
        self._write_records()
        if self._store is not None:
            await asyncio.to_thread(self._store.flush)


def _log_store_failure(future: Any) -> None:
    if not future.cancelled() and future.exception() is not None:
        log.warning("writing the store failed: %s", future.exception())
