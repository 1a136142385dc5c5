"""Big pages of records (several multi-row INSERTs each) and the store's background WAL
checkpoints."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from allegro_issues_desktop.store import sqlite_store
from allegro_issues_desktop.store.records import issue_records
from allegro_issues_desktop.store.sqlite_store import SqliteStore

from .test_store_batch import A, index_rows, issue, subjects


def test_a_write_bigger_than_one_insert_stores_and_indexes_everything(tmp_path: Path) -> None:
    store = SqliteStore.open(tmp_path / "db.sqlite3")
    try:
        first = [issue(f"i{n:04d}", f"pierwszy {n}") for n in range(0, 450, 2)]
        store.put_records(A, issue_records(first))
        # 450 issues: half of them known (updated), half new; 3 INSERTs of at most 200 rows
        second = [issue(f"i{n:04d}", f"drugi {n}") for n in range(450)]
        store.put_records(A, issue_records(second))
        assert subjects(store) == {f"i{n:04d}": f"drugi {n}" for n in range(450)}
        assert index_rows(store) == (450, 450)
        assert (A, "i0017") in store.search("drugi 17")
        assert store.search("pierwszy") == set()
    finally:
        store.close()


def test_checkpoints_run_on_their_own_thread_and_stop_with_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_store, "CHECKPOINT_BYTES", 1)  # one after every write
    path = tmp_path / "db.sqlite3"
    store = SqliteStore.open(path)
    for page in range(5):
        batch = [issue(f"p{page}-{n}", f"strona {page}") for n in range(50)]
        store.put_records(A, issue_records(batch))
    threads = [t for t in threading.enumerate() if t.name == "store-checkpoints"]
    assert len(threads) == 1
    store.close()
    assert not threads[0].is_alive()
    again = SqliteStore.open(path)
    try:
        assert len(subjects(again)) == 250
        assert again.search("strona 3") >= {(A, "p3-0")}
    finally:
        again.close()


def test_a_store_that_writes_little_starts_no_thread(tmp_path: Path) -> None:
    before = {t.ident for t in threading.enumerate() if t.name == "store-checkpoints"}
    store = SqliteStore.open(tmp_path / "db.sqlite3")
    store.put_records(A, issue_records([issue("a", "mało")]))
    store.close()
    after = {t.ident for t in threading.enumerate() if t.name == "store-checkpoints"}
    assert after <= before
