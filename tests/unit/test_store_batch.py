"""put_issues indexes a whole page at once: new and known ids, repeats, pages of any size."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest

from allegro_issues_desktop.store import sqlite_store
from allegro_issues_desktop.store.base import StoreError
from allegro_issues_desktop.store.sqlite_store import SqliteStore

A = "demo:a"
B = "demo:b"


def issue(issue_id: str, subject: str) -> dict[str, Any]:
    return {"id": issue_id, "subject": subject}


@pytest.fixture
def store() -> Iterator[SqliteStore]:
    s = SqliteStore.in_memory()
    yield s
    s.close()


def subjects(store: SqliteStore, account: str = A) -> dict[str, str]:
    return {i["id"]: i["subject"] for i in store.issues(account)}


def index_rows(store: SqliteStore) -> tuple[int, int]:
    db = store._db
    return (
        db.execute("SELECT count(*) FROM search_docs").fetchone()[0],
        db.execute("SELECT count(*) FROM search_text").fetchone()[0],
    )


def test_new_and_known_ids_in_one_page(store: SqliteStore) -> None:
    store.put_issues(A, [issue("x1", "Żółty rower"), issue("x2", "Zielony stół")])
    store.put_chat(A, "x1", [{"text": "Paczka utknęła"}])
    store.put_issues(
        A, [issue("x2", "Niebieski kubek"), issue("x3", "Czerwony but"), issue("x1", "Biały")]
    )
    assert subjects(store) == {"x1": "Biały", "x2": "Niebieski kubek", "x3": "Czerwony but"}
    assert store.search("zolty") == set()
    assert store.search("zielony") == set()
    assert store.search("niebieski") == {(A, "x2")}
    assert store.search("czerwony") == {(A, "x3")}
    assert store.search("bialy") == {(A, "x1")}
    assert store.search("utknela") == {(A, "x1")}  # the chat text stays indexed
    assert index_rows(store) == (3, 3)


def test_a_repeated_id_in_one_page_keeps_the_last(store: SqliteStore) -> None:
    store.put_issues(A, [issue("k", "Stary")])
    store.put_issues(
        A,
        [
            issue("n", "Pierwszy"),
            issue("k", "Drugi"),
            issue("n", "Trzeci"),
            issue("k", "Czwarty"),
        ],
    )
    assert subjects(store) == {"n": "Trzeci", "k": "Czwarty"}
    assert store.search("pierwszy") == set()
    assert store.search("trzeci") == {(A, "n")}
    assert store.search("drugi") == set()
    assert store.search("stary") == set()
    assert store.search("czwarty") == {(A, "k")}
    assert index_rows(store) == (2, 2)


def test_pages_bigger_than_one_lookup(store: SqliteStore) -> None:
    size = sqlite_store._IN_CHUNK + 100
    store.put_issues(A, [issue(f"i{n}", f"stary{n}") for n in range(size)])
    store.put_issues(A, [issue(f"i{n}", f"nowy{n}") for n in range(2 * size)])
    assert index_rows(store) == (2 * size, 2 * size)
    for n in (0, sqlite_store._IN_CHUNK - 1, sqlite_store._IN_CHUNK, size - 1, size, 2 * size - 1):
        assert store.search(f"nowy{n}") == {(A, f"i{n}")}
    assert store.search("stary") == set()


def test_chat_cached_first_and_other_new_ids_in_the_same_page(store: SqliteStore) -> None:
    store.put_chat(A, "late", [{"text": "reklamacja"}])
    store.put_issues(A, [issue("early", "Żółty"), issue("late", "Zielony"), issue("z", "Łódź")])
    assert store.search("reklamacja zielony") == {(A, "late")}
    assert store.search("zolty") == {(A, "early")}
    assert store.search("lodz") == {(A, "z")}
    assert index_rows(store) == (3, 3)


def test_accounts_keep_their_own_entries_in_one_page_each(store: SqliteStore) -> None:
    store.put_issues(A, [issue("same", "Alfa")])
    store.put_issues(B, [issue("same", "Beta"), issue("other", "Gamma")])
    store.put_issues(A, [issue("same", "Delta"), issue("other", "Epsilon")])
    assert store.search("alfa") == set()
    assert store.search("beta") == {(B, "same")}
    assert store.search("delta") == {(A, "same")}
    assert store.search("epsilon") == {(A, "other")}
    assert store.search("gamma") == {(B, "other")}


def test_skipped_objects_leave_the_rest_of_the_page_indexed(
    store: SqliteStore, caplog: pytest.LogCaptureFixture
) -> None:
    page: list[Any] = [
        issue("ok1", "Pierwszy"),
        {"id": 7, "subject": "numer"},
        {"subject": "bez id"},
        "not an object",
        issue("bad\ud800", "surogat"),
        {"id": "nojson", "subject": "zbiór", "value": {1, 2}},
        issue("ok2", "Ostatni \ud800 znak"),
    ]
    with caplog.at_level(logging.WARNING):
        store.put_issues(A, page)
    assert "nojson" in caplog.text
    assert set(subjects(store)) == {"ok1", "ok2"}
    assert store.search("pierwszy") == {(A, "ok1")}
    assert store.search("ostatni znak") == {(A, "ok2")}
    assert store.search("numer") == store.search("surogat") == store.search("zbior") == set()
    assert index_rows(store) == (2, 2)


def test_a_failed_page_changes_nothing(store: SqliteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    store.put_issues(A, [issue("x1", "Żółty")])

    def fail(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    original = SqliteStore._insert_rows

    def insert_then_fail(self: SqliteStore, sql: str, row: str, rows: Any) -> None:
        if sql.startswith("INSERT INTO search_text"):  # after the new search_docs rows went in
            fail()
        original(self, sql, row, rows)

    monkeypatch.setattr(SqliteStore, "_insert_rows", insert_then_fail)
    with pytest.raises(StoreError):
        store.put_issues(A, [issue("x1", "Zielony"), issue("x2", "Czerwony")])
    monkeypatch.undo()
    assert subjects(store) == {"x1": "Żółty"}
    assert store.search("zolty") == {(A, "x1")}
    assert index_rows(store) == (1, 1)
