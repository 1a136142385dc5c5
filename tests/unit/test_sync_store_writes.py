"""A full sync hands its pages' records to the store as the store's pace allows: at once while
fewer than ``STORE_WRITES_IN_FLIGHT`` writes are queued there, else together in one later
write; every other write (and read) comes after the records applied before it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.services import sync
from allegro_issues_desktop.store.sqlite_store import SqliteStore

from .test_lean_issues import connected, run, stored_issues


def _spy_store(monkeypatch: pytest.MonkeyPatch, release: threading.Event) -> list[tuple[str, Any]]:
    """The store's issue and meta writes, in order; the first issue write waits for
    ``release`` (a slow disk)."""
    calls: list[tuple[str, Any]] = []
    put_records, set_meta = SqliteStore.put_records, SqliteStore.set_meta

    def put(self: SqliteStore, account: str, records: Any, **how: Any) -> None:
        calls.append(("records", len(records)))
        if len(calls) == 1:
            release.wait(timeout=30)
        put_records(self, account, records, **how)

    def meta(self: SqliteStore, account: str, key: str, value: Any) -> None:
        calls.append(("meta", key))
        set_meta(self, account, key, value)

    monkeypatch.setattr(SqliteStore, "put_records", put)
    monkeypatch.setattr(SqliteStore, "set_meta", meta)
    return calls


def test_pages_wait_for_a_busy_store_and_go_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    calls = _spy_store(monkeypatch, release)

    async def body(server: Emulator) -> None:
        async with connected(server, tmp_path) as engine:
            await engine.full_sync()
            release.set()

    with Emulator(issues=800, seed=7, token="t") as server:
        run(lambda: body(server))

    assert len(stored_issues(tmp_path)) == 800
    # The first page's write holds the store; the second is queued behind it; the other six
    # pages wait and go in one write.
    assert [n for kind, n in calls if kind == "records"] == [100, 100, 600]


def test_every_other_write_comes_after_the_records_applied_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync, "SYNC_PUBLISH_EVERY", 0.0)  # a change set per page
    release = threading.Event()
    calls = _spy_store(monkeypatch, release)
    applied: list[int] = []

    async def body(server: Emulator) -> None:
        async with connected(server, tmp_path) as engine:

            def on_changes(changes: Any) -> None:
                if changes.changed:
                    applied.append(len(engine.issues))
                    engine.remember_selected(changes.changed[-1].issue_id)  # a write meanwhile

            engine.subscribe(on_changes)
            await engine.full_sync()
            release.set()

    with Emulator(issues=800, seed=7, token="t") as server:
        run(lambda: body(server))

    assert len(stored_issues(tmp_path)) == 800
    assert len(applied) == 8
    written = 0
    before = iter(applied)
    for kind, value in calls:
        if kind == "records":
            written += value
        elif value == sync.META_SELECTED:
            assert written >= next(before)


def test_a_read_sees_the_records_applied_before_it(tmp_path: Path) -> None:
    async def body(server: Emulator) -> frozenset[str]:
        async with connected(server, tmp_path) as engine:
            await engine.full_sync()
            login = next(iter(engine.issues.values())).buyer.login
            assert login
            return await engine.search(login)

    with Emulator(issues=250, seed=7, token="t") as server:
        found = run(lambda: body(server))
    assert found
