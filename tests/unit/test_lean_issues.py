"""What the app keeps in memory per issue (#10): lean issues, batched cache reads, rows
prepared off the GUI thread, and big answers parsed off it."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from allegro_issues_desktop.allegro import client as client_module
from allegro_issues_desktop.allegro.client import AllegroClient
from allegro_issues_desktop.allegro.tokens import StaticTokenProvider
from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.domain import Issue, parse_issue
from allegro_issues_desktop.domain.parsing import lean_issue, parse_issue_list
from allegro_issues_desktop.services import sync
from allegro_issues_desktop.services.changes import ChangeKind, ChangeSet, diff_issue
from allegro_issues_desktop.services.desk import Desk
from allegro_issues_desktop.services.sync import SyncEngine
from allegro_issues_desktop.store.sqlite_store import SqliteStore

T = TypeVar("T")
ACCOUNT = "demo:lean"

FULL = {
    "id": "a1",
    "type": "CLAIM",
    "description": "Pęknięty kubek",
    "currentState": {"status": "CLAIM_SUBMITTED"},
    "expectations": [{"name": "REFUND", "refund": {"amount": "40.00", "currency": "PLN"}}],
    "attachments": [{"fileName": "zdjecie.jpg", "url": "https://example/att/1"}],
    "chat": {
        "initialMessage": {"id": "m1", "text": "Dzień dobry, kubek przyszedł pęknięty."},
        "messagesCount": 1,
    },
    "somethingNew": {"nested": [1, 2, 3]},
}


@contextlib.asynccontextmanager
async def connected(server: Emulator, data_dir: Path) -> AsyncIterator[SyncEngine]:
    """An engine of a fresh desk with a client of ``server``; written out and closed after."""
    desk = Desk(data_dir)
    try:
        async with AllegroClient(server.base_url, StaticTokenProvider(server.token)) as client:
            engine = desk.engine(ACCOUNT)
            engine.attach(client)
            yield engine
            await engine.flush()
    finally:
        await desk.aclose()


def stored_issues(data_dir: Path) -> list[dict[str, Any]]:
    store = SqliteStore.open(data_dir / "issues.sqlite3")
    try:
        return store.issues(ACCOUNT)
    finally:
        store.close()


def run(fn: Callable[[], Awaitable[T]]) -> T:
    async def main() -> T:
        return await fn()

    return asyncio.run(main())


def test_a_lean_issue_has_no_json_and_no_initial_message_but_everything_shown() -> None:
    full = parse_issue(FULL)
    lean = parse_issue(FULL, lean=True)
    assert full.to_json() == FULL and full.chat.initial_message is not None
    assert lean.to_json() == {} and lean.chat.initial_message is None
    assert lean.description == "Pęknięty kubek"
    assert lean.attachments == full.attachments and lean.expectations == full.expectations
    assert lean_issue(full) == lean
    assert lean_issue(lean) is lean  # nothing to drop: no copy


def test_enum_like_values_are_shared_between_issues() -> None:
    one = parse_issue(json.loads(json.dumps(FULL)), lean=True)
    two = parse_issue(json.loads(json.dumps(FULL)), lean=True)
    assert one.current_state.status is two.current_state.status
    assert one.type is two.type
    # Free text is not interned (it would only grow the interpreter's table).
    assert one.description == two.description


def test_a_change_only_in_a_shown_field_is_reported_and_an_unknown_field_is_not() -> None:
    old = parse_issue(FULL, lean=True)
    described = parse_issue({**FULL, "description": "Inny opis"}, lean=True)
    unknown = parse_issue({**FULL, "somethingNew": {"nested": []}}, lean=True)
    assert diff_issue(old, described) == {ChangeKind.OTHER}
    assert diff_issue(old, unknown) == frozenset()


@pytest.fixture
def emu() -> Any:
    with Emulator(issues=150, seed=7, token="t") as emulator:
        yield emulator


def test_after_a_sync_memory_holds_lean_issues_and_the_store_the_whole_json(
    emu: Emulator, tmp_path: Path
) -> None:
    seen: list[ChangeSet] = []

    async def body() -> dict[str, Issue]:
        async with connected(emu, tmp_path) as engine:
            engine.subscribe(seen.append)
            await engine.full_sync()
        return dict(engine.issues)

    issues, stored = run(body), stored_issues(tmp_path)
    assert len(issues) == 150 and len(stored) == 150
    assert all(i.raw == {} and i.chat.initial_message is None for i in issues.values())
    by_id = {s["id"]: s for s in stored}
    assert all(by_id[i] == emu.issue_json(i) for i in issues)
    with_initial = [s for s in stored if s.get("chat", {}).get("initialMessage")]
    assert with_initial, "the demo's issues carry an initial message: the store keeps it"
    # Change sets hand on the same lean objects (no second copy per issue).
    sent = {c.issue_id: c.issue for cs in seen for c in cs.changed}
    assert all(sent[k] is v for k, v in issues.items())


def test_saved_issues_are_read_in_batches_skipping_a_damaged_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync, "CACHE_FIRST_BATCH", 300)
    monkeypatch.setattr(sync, "CACHE_BATCH", 700)
    raws = [{**FULL, "id": f"issue-{n:05d}"} for n in range(2_000)]
    store = SqliteStore.open(tmp_path / "issues.sqlite3")
    store.put_issues(ACCOUNT, raws)
    with store._transaction("damage one") as db:  # a row that is no longer JSON
        db.execute("UPDATE issues SET raw = '{' WHERE issue_id = 'issue-00500'")
    store.close()
    limits: list[int] = []
    original = SqliteStore.issue_texts

    def spy(self: SqliteStore, account: str, after: int, limit: int) -> list[tuple[int, str]]:
        limits.append(limit)
        return original(self, account, after, limit)

    monkeypatch.setattr(SqliteStore, "issue_texts", spy)
    seen: list[ChangeSet] = []

    async def body() -> dict[str, Issue]:
        desk = Desk(tmp_path)
        engine = desk.engine(ACCOUNT)
        engine.subscribe(seen.append)
        await engine.load_cached()
        issues = dict(engine.issues)
        await desk.aclose()
        return issues

    issues = run(body)
    assert limits == [300, 700, 700, 700]  # never the whole table at once
    assert len(issues) == 1_999 and "issue-00500" not in issues
    assert [len(c.changed) for c in seen] == [300, 699, 700, 300]
    assert seen[0].reset and seen[-1].complete
    assert all(i.raw == {} for i in issues.values())
    assert gc.get_freeze_count() > 0  # loaded issues are exempt from the cycle collector


def test_rows_are_prepared_off_the_loop_thread_for_the_cache_and_the_sync(
    emu: Emulator, tmp_path: Path
) -> None:
    seen: list[ChangeSet] = []

    async def body() -> tuple[int, dict[str, Issue]]:
        loop_thread = threading.get_ident()
        desk = Desk(tmp_path)
        async with AllegroClient(emu.base_url, StaticTokenProvider(emu.token)) as client:
            engine = desk.engine(ACCOUNT)
            engine.prepare = lambda issue: (issue, threading.get_ident())
            engine.attach(client)
            engine.subscribe(seen.append)
            await engine.full_sync()
            await engine.flush()
            engine.unsubscribe_all()
            again = Desk(tmp_path).engine(ACCOUNT)
            again.prepare = engine.prepare
            again.subscribe(seen.append)
            await again.load_cached()
        issues = dict(engine.issues)
        await desk.aclose()
        return loop_thread, issues

    loop_thread, issues = run(body)
    changes = [c for cs in seen for c in cs.changed]
    assert len(changes) == 300  # 150 from the sync, 150 from the cache
    for change in changes:
        assert isinstance(change.prepared, tuple)
        issue, thread = change.prepared
        assert thread != loop_thread
        assert issue is change.issue  # the row holds the very object the engine keeps
    assert all(c.issue is issues[c.issue_id] for c in changes[:150])


def test_a_big_answer_is_parsed_off_the_loop_thread_and_a_small_one_on_it(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[int] = []
    original = parse_issue_list

    def spy(value: object) -> list[Issue]:
        threads.append(threading.get_ident())
        return original(value)

    monkeypatch.setattr(client_module, "parse_issue_list", spy)  # the name the client calls

    async def body() -> tuple[int, int, int]:
        async with AllegroClient(emu.base_url, StaticTokenProvider(emu.token)) as client:
            big = await client.list_issues(limit=100)
            small = await client.list_issues(limit=2)
        return threading.get_ident(), len(big), len(small)

    loop_thread, big, small = run(body)
    assert (big, small) == (100, 2)
    assert threads[0] != loop_thread and threads[1] == loop_thread


def test_no_batch_of_saved_json_outlives_the_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qloop: asyncio.AbstractEventLoop
) -> None:
    """The heap is frozen after each batch: a batch's JSON still reachable then (e.g. a
    finished worker's closure in a reference cycle) would stay in memory for good. Run in the
    app's event loop (qasync). (The leak this guards against showed in the full window at
    100,000 issues: 627 MB instead of 362; bench/bench_engine.py measures it.)"""
    import weakref

    monkeypatch.setattr(sync, "CACHE_FIRST_BATCH", 100)
    monkeypatch.setattr(sync, "CACHE_BATCH", 300)
    store = SqliteStore.open(tmp_path / "issues.sqlite3")
    store.put_issues(ACCOUNT, [{**FULL, "id": f"issue-{n:05d}"} for n in range(1_000)])
    store.close()

    class Batch(list[tuple[int, str]]):  # a list that can be watched
        pass

    batches: list[weakref.ref[Batch]] = []
    original = SqliteStore.issue_texts

    def watched(self: SqliteStore, account: str, after: int, limit: int) -> Batch:
        batch = Batch(original(self, account, after, limit))
        batches.append(weakref.ref(batch))
        return batch

    monkeypatch.setattr(SqliteStore, "issue_texts", watched)

    async def body() -> int:
        desk = Desk(tmp_path)
        engine = desk.engine(ACCOUNT)
        await engine.load_cached()
        await desk.aclose()
        return len(engine.issues)

    assert qloop.run_until_complete(body()) == 1_000
    assert len(batches) == 5  # 100, 300, 300, 300, then an empty read
    assert [ref() for ref in batches] == [None] * 5


def test_a_resync_writes_only_the_issues_that_changed(
    emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[str] = []
    original = SqliteStore.put_records

    def spy(self: SqliteStore, account: str, records: Any, **how: Any) -> None:
        written.extend(r.issue_id for r in records)
        original(self, account, records, **how)

    monkeypatch.setattr(SqliteStore, "put_records", spy)

    async def body() -> str:
        async with connected(emu, tmp_path) as engine:
            await engine.full_sync()
            await engine.flush()
            assert len(written) == 150
            written.clear()
            await engine.full_sync()  # nothing changed
            await engine.flush()
            assert written == []
            target = next(iter(engine.issues))
            emu.add_buyer_message(target, "Halo?")
            await engine.full_sync()
        return target

    target = run(body)
    assert written == [target]


def test_automatic_collection_is_off_during_a_load_and_back_after_even_on_failure() -> None:
    from allegro_issues_desktop.services.heap import bulk_load

    assert gc.isenabled()
    with bulk_load():
        assert not gc.isenabled()
        with bulk_load():  # a second account loading at the same time
            assert not gc.isenabled()
        assert not gc.isenabled()  # the first is still loading
    assert gc.isenabled()
    with pytest.raises(RuntimeError), bulk_load():
        raise RuntimeError("the sync failed")
    assert gc.isenabled()
    gc.disable()  # a caller that had switched it off keeps it off
    try:
        with bulk_load():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_sync_runs_without_automatic_collection(emu: Emulator, tmp_path: Path) -> None:
    states: list[bool] = []

    async def body() -> None:
        async with connected(emu, tmp_path) as engine:
            engine.subscribe(lambda _changes: states.append(gc.isenabled()))
            await engine.full_sync()

    run(body)
    assert states and not any(states)
    assert gc.isenabled()


def test_a_sync_waits_for_a_slow_store_instead_of_queueing_every_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The JSON of pages the store has not written yet is in memory: a sync keeps at most
    MAX_PENDING_PAGE_WRITES pages waiting, then waits for the disk."""
    import time as time_module

    monkeypatch.setattr(sync, "MAX_PENDING_PAGE_WRITES", 1)
    monkeypatch.setattr(sync, "SYNC_PUBLISH_EVERY", 0.0)  # a change set per page
    original = SqliteStore.put_records

    def slow(self: SqliteStore, account: str, records: Any, **how: Any) -> None:
        time_module.sleep(0.05)  # a slow disk
        original(self, account, records, **how)

    monkeypatch.setattr(SqliteStore, "put_records", slow)
    waiting: list[int] = []

    async def body(server: Emulator) -> None:
        async with connected(server, tmp_path) as engine:
            engine.subscribe(
                lambda _c: waiting.append(
                    engine._unwritten_pages
                    + sum(pages for f, pages in engine._page_writes if not f.done())
                )
            )
            await engine.full_sync()

    with Emulator(issues=800, seed=7, token="t") as server:
        run(lambda: body(server))
    assert len(stored_issues(tmp_path)) == 800
    assert len(waiting) >= 8 and max(waiting) <= 2  # this page and one before it


def test_store_records_are_made_off_the_loop_thread(
    emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The records (JSON text, search text: the CPU-heavy half of storing) are made on the
    sync's worker thread; the store's thread only writes text."""
    threads: list[int] = []
    from allegro_issues_desktop.store.records import issue_record as original

    def spy(issue: Any, source: Any, account: str = "") -> Any:
        threads.append(threading.get_ident())
        return original(issue, source, account)

    monkeypatch.setattr(sync, "issue_record", spy)  # the name the engine calls

    async def body() -> int:
        async with connected(emu, tmp_path) as engine:
            await engine.full_sync()
        return threading.get_ident()

    loop_thread, stored = run(body), len(stored_issues(tmp_path))
    assert stored == 150 and len(threads) == 150
    assert loop_thread not in threads
