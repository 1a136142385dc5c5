"""Search rows left for later (``put_records(..., index_new_later=True)``): a full sync's new
issues reach the list sooner and get their search rows right after it; nothing can be found
less, or with an older text, for it."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.services.sync import SyncEngine
from allegro_issues_desktop.store.base import StoreError
from allegro_issues_desktop.store.records import issue_records
from allegro_issues_desktop.store.sqlite_store import SqliteStore

from .test_lean_issues import ACCOUNT, connected, run
from .test_store_batch import A, index_rows, issue


def _later(store: SqliteStore, issues: list[dict[str, str]]) -> None:
    store.put_records(A, issue_records(issues), index_new_later=True)


def test_new_issues_are_stored_at_once_and_indexed_in_chunks_later() -> None:
    store = SqliteStore.in_memory()
    try:
        _later(store, [issue(f"i{n}", f"rower {n}") for n in range(5)])
        assert len(store.issues(A)) == 5
        assert index_rows(store) == (0, 0)
        assert store.index_deferred(A, 2) == 3
        assert index_rows(store) == (2, 2)
        assert store.index_deferred(A, 2) == 1
        assert store.index_deferred(A, 2) == 0
        assert store.index_deferred(A, 2) == 0  # nothing left: nothing done
        assert index_rows(store) == (5, 5)
        assert store.search("rower 3") == {(A, "i3")}
    finally:
        store.close()


def test_a_search_writes_what_was_left_first() -> None:
    store = SqliteStore.in_memory()
    try:
        _later(store, [issue("a", "Żółty rower"), issue("b", "Zielony stół")])
        assert store.search("zolty") == {(A, "a")}
        assert index_rows(store) == (2, 2)
        assert store.index_deferred(A, 10) == 0
    finally:
        store.close()


def test_a_known_issue_is_indexed_at_once_even_in_a_deferred_write() -> None:
    store = SqliteStore.in_memory()
    try:
        store.put_records(A, issue_records([issue("a", "stary")]))
        _later(store, [issue("a", "nowy"), issue("b", "inny")])
        assert index_rows(store) == (1, 1)  # "a" updated in place, "b" left for later
        assert store.index_deferred(A, 10) == 0
        assert store.search("stary") == set()
        assert store.search("nowy") == {(A, "a")}
    finally:
        store.close()


def test_an_older_text_left_for_later_never_overwrites_a_newer_one() -> None:
    store = SqliteStore.in_memory()
    try:
        _later(store, [issue("a", "pierwszy")])
        store.put_records(A, issue_records([issue("a", "drugi")]))  # a poll: indexed at once
        assert store.index_deferred(A, 10) == 0
        assert store.search("pierwszy") == set()
        assert store.search("drugi") == {(A, "a")}
        assert index_rows(store) == (1, 1)
    finally:
        store.close()


def test_a_chat_saved_before_the_issue_text_keeps_both_searchable() -> None:
    store = SqliteStore.in_memory()
    try:
        _later(store, [issue("a", "Kubek")])
        store.put_chat(A, "a", [{"text": "Paczka utknęła"}])
        assert store.index_deferred(A, 10) == 0
        assert store.search("kubek paczka") == {(A, "a")}  # one row, both columns
        assert index_rows(store) == (1, 1)
    finally:
        store.close()


def test_a_removed_issue_is_not_indexed_later() -> None:
    store = SqliteStore.in_memory()
    try:
        _later(store, [issue("a", "Kubek"), issue("b", "Kubek")])
        store.remove_issues(A, ["a"])
        assert store.index_deferred(A, 10) == 0
        assert store.search("kubek") == {(A, "b")}
        assert index_rows(store) == (1, 1)
    finally:
        store.close()


def test_what_was_left_when_the_app_stopped_is_indexed_from_the_stored_json(
    tmp_path: Path,
) -> None:
    path = tmp_path / "db.sqlite3"
    store = SqliteStore.open(path)
    store.put_records(A, issue_records([issue("a", "Żółty rower")]))
    _later(store, [issue(f"n{n}", f"nowy {n}") for n in range(3)])
    store.close()  # stopped before they were written
    again = SqliteStore.open(path)
    try:
        assert index_rows(again) == (1, 1)
        position = again.index_missing(A, 0, 2)  # two at a time: more may follow
        assert position > 0 and index_rows(again) == (3, 3)
        assert again.index_missing(A, position, 2) == 0  # the last one; all looked at
        assert index_rows(again) == (4, 4)
        assert again.index_missing(A, 0, 2) == 0  # the flag is gone: nothing to look for
        assert again.search("nowy 2") == {(A, "n2")}
        assert again.search("zolty") == {(A, "a")}
    finally:
        again.close()


async def _indexed_after_the_chunks(engine: SyncEngine, expected: int) -> tuple[int, int]:
    """(search rows, texts still waiting) once ``expected`` rows are written or ~5 s passed:
    the chunks are queued one after another, each when the one before is done."""
    store = engine._store
    assert store is not None
    rows = 0
    for _ in range(500):
        rows = await store.call(
            lambda s: s._db.execute(  # type: ignore[attr-defined]
                "SELECT count(*) FROM search_docs"
            ).fetchone()[0]
        )
        if rows == expected:
            break
        await asyncio.sleep(0.01)
    return rows, await store.call(lambda s: s.index_deferred(ACCOUNT, 1))


def test_after_a_full_sync_every_issue_gets_its_search_row(tmp_path: Path) -> None:
    async def body(server: Emulator) -> tuple[int, int]:
        async with connected(server, tmp_path) as engine:
            await engine.full_sync()
            return await _indexed_after_the_chunks(engine, 250)

    with Emulator(issues=250, seed=7, token="t") as server:
        assert run(lambda: body(server)) == (250, 0)


def test_the_next_load_indexes_what_a_stopped_app_left(tmp_path: Path) -> None:
    path = tmp_path / "issues.sqlite3"
    store = SqliteStore.open(path)
    store.put_records(ACCOUNT, issue_records([issue("n1", "Żółty rower")]), index_new_later=True)
    store.close()  # the app stopped before the search row was written

    async def body(server: Emulator) -> set[tuple[str, str]]:
        async with connected(server, tmp_path) as engine:
            await engine.load_cached()
            store = engine._store
            assert store is not None
            # no search here (it would write what is left itself): count the rows
            return set(
                await store.call(
                    lambda s: s._db.execute(  # type: ignore[attr-defined]
                        "SELECT account, issue_id FROM search_docs"
                    ).fetchall()
                )
            )

    with Emulator(issues=1, seed=7, token="t") as server:
        assert run(lambda: body(server)) == {(ACCOUNT, "n1")}


def test_a_load_looks_for_issues_without_search_rows_only_after_a_stop_left_some(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "db.sqlite3"
    store = SqliteStore.open(path)
    assert store.index_missing(A, 0, 100) == 0  # as every load does first
    _later(store, [issue("a", "rower")])
    assert store.index_deferred(A, 10) == 0  # all written: nothing to look for next time
    store.close()
    again = SqliteStore.open(path)
    try:
        looked: list[str] = []
        execute = again._db.execute

        class Spy:
            def execute(self, sql: str, *args: Any) -> Any:
                looked.append(sql)
                return execute(sql, *args)

        monkeypatch.setattr(again, "_db", Spy())
        assert again.index_missing(A, 0, 100) == 0
        assert not any("NOT EXISTS" in sql for sql in looked)
    finally:
        monkeypatch.undo()
        again.close()


def test_a_chat_saved_before_the_issue_row_then_a_stop_loses_no_text(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    store = SqliteStore.open(path)
    _later(store, [issue("a", "Żółty rower")])
    store.put_chat(A, "a", [{"text": "Paczka utknęła"}])  # the row is made here, with both
    store.close()  # before index_deferred wrote "a"
    again = SqliteStore.open(path)
    try:
        assert again.index_missing(A, 0, 100) == 0
        assert again.search("rower paczka") == {(A, "a")}
    finally:
        again.close()


def _failing_commit(store: SqliteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """The next COMMIT fails (a full disk, say)."""
    real = store._db

    class Failing:
        def __getattr__(self, name: str) -> Any:
            return getattr(real, name)

        def execute(self, sql: str, *args: Any) -> Any:
            if sql == "COMMIT":
                monkeypatch.setattr(store, "_db", real)
                raise sqlite3.OperationalError("database or disk is full")
            return real.execute(sql, *args)

    monkeypatch.setattr(store, "_db", Failing())


def test_what_waits_for_later_changes_only_with_a_committed_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "db.sqlite3"
    store = SqliteStore.open(path)
    _later(store, [issue(f"i{n}", f"rower {n}") for n in range(3)])
    _failing_commit(store, monkeypatch)
    with pytest.raises(StoreError):
        store.index_deferred(A, 10)  # rolled back: still waiting
    assert store.index_deferred(A, 10) == 0
    assert store.search("rower 1") == {(A, "i1")}
    _failing_commit(store, monkeypatch)
    with pytest.raises(StoreError):
        _later(store, [issue("x", "kubek")])  # not stored: not waiting either
    _later(store, [issue("y", "kubek")])
    store.close()  # "y" not written yet
    again = SqliteStore.open(path)
    try:
        assert again.index_missing(A, 0, 100) == 0
        assert again.search("kubek") == {(A, "y")}
    finally:
        again.close()


def test_an_earlier_runs_leftovers_stay_flagged_until_looked_for(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    store = SqliteStore.open(path)
    _later(store, [issue("old", "stary rower")])
    store.close()  # "old" left without a row
    again = SqliteStore.open(path)
    try:
        _later(again, [issue("new", "nowy rower")])
        assert again.index_deferred(A, 10) == 0  # this run's all written, the earlier's not
        assert again.meta(A, "store.unindexed") is not None
        assert again.index_missing(A, 0, 100) == 0
        assert again.meta(A, "store.unindexed") is None
        assert again.search("stary") == {(A, "old")}
    finally:
        again.close()


def test_a_sync_that_stops_halfway_still_indexes_what_it_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = SyncEngine._keep_up_with_the_store
    pages: list[int] = []

    async def stop_after_two(self: SyncEngine) -> None:
        pages.append(1)
        if len(pages) == 3:
            raise RuntimeError("stopped")  # whatever stops a sync: an error, a cancel
        await real(self)

    monkeypatch.setattr(SyncEngine, "_keep_up_with_the_store", stop_after_two)

    async def body(server: Emulator) -> tuple[int, int]:
        async with connected(server, tmp_path) as engine:
            with pytest.raises(RuntimeError):
                await engine.full_sync()
            return await _indexed_after_the_chunks(engine, 300)

    with Emulator(issues=500, seed=7, token="t") as server:
        assert run(lambda: body(server)) == (300, 0)  # the three pages applied
