"""SqliteStore: round trips, account isolation, migrations, search, errors after opening."""

from __future__ import annotations

import itertools
import logging
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allegro_issues_desktop.domain.outgoing import FailReason, OutboxState, OutgoingMessage
from allegro_issues_desktop.store import sqlite_store
from allegro_issues_desktop.store.base import IssueStore, StoreError, StoreProblem
from allegro_issues_desktop.store.sqlite_store import SCHEMA_VERSION, SqliteStore

A, B = "demo:a", "demo:b"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "issues.sqlite3"


@pytest.fixture(params=["memory", "file"])
def store(request: pytest.FixtureRequest, db_path: Path) -> Iterator[SqliteStore]:
    s = SqliteStore.in_memory() if request.param == "memory" else SqliteStore.open(db_path)
    yield s
    s.close()


def issue(issue_id: str, **fields: Any) -> dict[str, Any]:
    return {"id": issue_id, "type": "DISPUTE", **fields}


def test_conforms_to_the_interface() -> None:
    s: IssueStore = SqliteStore.in_memory()  # mypy checks the Protocol here
    assert s.problem is None


# -- issues -------------------------------------------------------------------------------------
def test_issues_round_trip_raw_json(store: SqliteStore) -> None:
    raw = issue(
        "i1",
        subject="Żółty rower",
        buyer={"login": "kupujący", "id": 7},
        unknownField={"nested": [1, 2.5, None, True]},
        text="\ud800 lone surrogate",
    )
    store.put_issues(A, [raw, issue("i2")])
    assert sorted(store.issues(A), key=lambda i: i["id"]) == [raw, issue("i2")]


def test_put_issues_replaces_by_id(store: SqliteStore) -> None:
    store.put_issues(A, [issue("i1", subject="old")])
    store.put_issues(A, [issue("i1", subject="new")])
    assert store.issues(A) == [issue("i1", subject="new")]


def test_put_issues_skips_objects_without_a_string_id(store: SqliteStore) -> None:
    store.put_issues(A, [{"id": 5}, {"subject": "x"}, {"id": None}, issue("\ud800"), issue("ok")])
    assert store.issues(A) == [issue("ok")]


def test_raw_json_keeps_polish_letters_unescaped(store: SqliteStore) -> None:
    store.put_issues(A, [issue("i1", subject="Łódź")])
    (raw,) = store._db.execute("SELECT raw FROM issues").fetchone()
    assert "Łódź" in raw


def test_damaged_issue_row_is_skipped(store: SqliteStore, caplog: pytest.LogCaptureFixture) -> None:
    store.put_issues(A, [issue("good"), issue("bad"), issue("list")])
    store._db.execute("UPDATE issues SET raw = '{broken' WHERE issue_id = 'bad'")
    store._db.execute("UPDATE issues SET raw = '[1]' WHERE issue_id = 'list'")
    with caplog.at_level(logging.WARNING):
        assert store.issues(A) == [issue("good")]
    assert "bad" in caplog.text
    assert "list" in caplog.text


def test_remove_issues_takes_the_chat_and_search_entry_too(store: SqliteStore) -> None:
    store.put_issues(A, [issue("i1", subject="rower"), issue("i2", subject="rower")])
    store.put_chat(A, "i1", [{"text": "hej"}])
    store.set_read_mark(A, "i1", "m")
    message = OutgoingMessage(account=A, issue_id="i1", text="x")
    store.put_outgoing(message)
    store.remove_issues(A, iter(["i1", "never-stored"]))
    assert store.issues(A) == [issue("i2", subject="rower")]
    assert store.chat(A, "i1") is None
    assert store.search("rower") == {(A, "i2")}
    assert store._db.execute("SELECT count(*) FROM search_text").fetchone()[0] == 1
    assert store.read_marks(A) == {"i1": "m"}  # the seller's, not a cache
    assert store.outbox(A) == [message]


def test_accounts_are_isolated(store: SqliteStore) -> None:
    store.put_issues(A, [issue("same", subject="from A")])
    store.put_issues(B, [issue("same", subject="from B")])
    store.put_chat(A, "same", [{"text": "chat A"}])
    store.set_meta(A, "cursor", "a")
    store.set_read_mark(B, "same", "b")
    assert store.issues(A) == [issue("same", subject="from A")]
    assert store.issues(B) == [issue("same", subject="from B")]
    assert store.chat(B, "same") is None
    assert store.meta(B, "cursor") is None
    assert store.read_marks(A) == {}
    store.remove_issues(A, ["same"])
    assert store.issues(B) == [issue("same", subject="from B")]
    assert store.search("from", B) == {(B, "same")}


# -- chats --------------------------------------------------------------------------------------
def test_chat_round_trip(store: SqliteStore) -> None:
    assert store.chat(A, "i1") is None
    messages = [
        {"id": str(n), "text": f"wiadomość {n}", "author": {"role": "BUYER"}} for n in range(5)
    ]
    store.put_chat(A, "i1", messages)
    assert store.chat(A, "i1") == messages
    store.put_chat(A, "i1", [])
    assert store.chat(A, "i1") == []  # a cached empty chat, not "never cached"


def test_damaged_chat_reads_as_not_cached(
    store: SqliteStore, caplog: pytest.LogCaptureFixture
) -> None:
    store.put_chat(A, "i1", [{"text": "x"}])
    store._db.execute("UPDATE chats SET raw = 'nope'")
    with caplog.at_level(logging.WARNING):
        assert store.chat(A, "i1") is None
    assert "damaged" in caplog.text


def test_chat_entries_that_are_not_objects_are_dropped(store: SqliteStore) -> None:
    store.put_chat(A, "i1", [{"text": "x"}])
    store._db.execute("""UPDATE chats SET raw = '[{"text": "y"}, 3, "z"]'""")
    assert store.chat(A, "i1") == [{"text": "y"}]


# -- meta and read marks ------------------------------------------------------------------------
def test_meta(store: SqliteStore) -> None:
    assert store.meta(A, "cursor") is None
    store.set_meta(A, "cursor", "2024-01-01")
    store.set_meta(A, "cursor", "2024-02-02")
    store.set_meta(A, "other", "")
    assert store.meta(A, "cursor") == "2024-02-02"
    assert store.meta(A, "other") == ""
    store.set_meta(A, "cursor", None)
    store.set_meta(A, "missing", None)
    assert store.meta(A, "cursor") is None
    assert store.meta(A, "other") == ""


def test_read_marks(store: SqliteStore) -> None:
    assert store.read_marks(A) == {}
    store.set_read_mark(A, "i1", "one")
    store.set_read_mark(A, "i2", "two")
    store.set_read_mark(A, "i1", "three")
    assert store.read_marks(A) == {"i1": "three", "i2": "two"}


# -- outbox -------------------------------------------------------------------------------------
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("state", "reason"), list(itertools.product(OutboxState, FailReason)))
def test_outbox_round_trips_every_state_and_reason(state: OutboxState, reason: FailReason) -> None:
    store = SqliteStore.in_memory()
    message = OutgoingMessage(
        account=A,
        issue_id="i1",
        text="Dzień dobry,\nzwrot przyjęty 👍",
        message_type="END_REQUEST",
        attachment_paths=("/home/ż/zdjęcie 1.jpg", "C:\\x\\y.pdf"),
        state=state,
        reason=reason,
        detail='Serwer: "nie"',
        created_at=T0,
        send_started_at=T0 + timedelta(seconds=3, microseconds=17),
        message_id="abc",
    )
    store.put_outgoing(message)
    assert store.outbox(A) == [message]


@pytest.mark.parametrize(
    "created",
    [T0, T0.astimezone(timezone(timedelta(hours=2))), datetime(2025, 3, 1, 12, 0, 0, 5)],
    ids=["utc", "plus-2h", "naive"],
)
def test_outbox_datetimes_round_trip(store: SqliteStore, created: datetime) -> None:
    message = OutgoingMessage(account=A, issue_id="i", text="t", created_at=created)
    store.put_outgoing(message)
    (back,) = store.outbox()
    assert back == message
    assert back.created_at.utcoffset() == created.utcoffset()
    assert back.send_started_at is None


def test_outbox_order_replace_filter_remove(store: SqliteStore) -> None:
    late = OutgoingMessage(account=A, issue_id="i", text="late", created_at=T0 + timedelta(hours=1))
    # Earlier in absolute time although later on the wall clock of its zone.
    early = OutgoingMessage(
        account=B,
        issue_id="i",
        text="early",
        created_at=(T0 - timedelta(minutes=1)).astimezone(timezone(timedelta(hours=5))),
    )
    same_1 = OutgoingMessage(account=A, issue_id="i", text="same 1", created_at=T0)
    same_2 = OutgoingMessage(account=A, issue_id="i", text="same 2", created_at=T0)
    for m in (late, same_1, same_2, early):
        store.put_outgoing(m)
    assert [m.text for m in store.outbox()] == ["early", "same 1", "same 2", "late"]
    sending = same_1.with_state(OutboxState.SENDING)
    store.put_outgoing(sending)  # replace keeps its place
    assert store.outbox(A) == [sending, same_2, late]
    assert store.outbox(B) == [early]
    assert store.outbox("nobody") == []
    store.remove_outgoing(A, same_1.local_id)
    store.remove_outgoing(B, same_2.local_id)  # wrong account: nothing removed
    assert store.outbox(A) == [same_2, late]


def test_same_local_id_in_two_accounts(store: SqliteStore) -> None:
    a = OutgoingMessage(account=A, issue_id="i", text="a", local_id="x", created_at=T0)
    b = OutgoingMessage(account=B, issue_id="i", text="b", local_id="x", created_at=T0)
    store.put_outgoing(a)
    store.put_outgoing(b)
    assert store.outbox() == [a, b]


def test_damaged_outbox_row_is_skipped(store: SqliteStore) -> None:
    good = OutgoingMessage(account=A, issue_id="i", text="good", created_at=T0)
    bad = OutgoingMessage(account=A, issue_id="i", text="bad", created_at=T0)
    store.put_outgoing(good)
    store.put_outgoing(bad)
    store._db.execute("UPDATE outbox SET state = 'teleported' WHERE text = 'bad'")
    assert store.outbox() == [good]


def test_put_outgoing_is_committed_and_synced(db_path: Path) -> None:
    store = SqliteStore.open(db_path)
    message = OutgoingMessage(account=A, issue_id="i", text="trwałe")
    store.put_outgoing(message)
    # Another connection sees it while the store is still open: committed, not pending.
    other = sqlite3.connect(db_path)
    assert other.execute("SELECT text FROM outbox").fetchall() == [("trwałe",)]
    other.close()
    assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 1  # back to NORMAL
    store.close()
    assert SqliteStore.open(db_path).outbox() == [message]


def test_outbox_writes_are_synced_at_commit(db_path: Path) -> None:
    store = SqliteStore.open(db_path)
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    store.set_meta(A, "k", "v")
    assert not any("FULL" in s for s in statements)  # ordinary writes: WAL's NORMAL
    message = OutgoingMessage(account=A, issue_id="i", text="x")
    writes: list[Callable[[], None]] = [
        lambda: store.put_outgoing(message),
        lambda: store.remove_outgoing(A, message.local_id),
    ]
    for write in writes:
        statements.clear()
        write()
        assert [s for s in statements if s.startswith(("PRAGMA", "BEGIN", "COMMIT"))] == [
            "PRAGMA synchronous = FULL",
            "BEGIN IMMEDIATE",
            "COMMIT",
            "PRAGMA synchronous = NORMAL",
        ]
    store.close()


# -- search -------------------------------------------------------------------------------------
@pytest.fixture
def searchable(store: SqliteStore) -> SqliteStore:
    store.put_issues(
        A,
        [
            issue(
                "d-1",
                subject="Żółty rower nie działa",
                buyer={"login": "Kowalski_Łódź"},
                referenceNumber="ABC-123",
                checkoutForm={"id": "4f0c-99aa"},
            ),
            issue("d-2", subject="Brak paczki", buyer={"login": "nowak"}),
        ],
    )
    store.put_issues(B, [issue("d-1", subject="Zielony stół")])
    store.put_chat(A, "d-2", [{"text": "Paczka utknęła w Gdańsku"}, {"text": None}, {}])
    return store


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("zolty", {(A, "d-1")}),
        ("żółty", {(A, "d-1")}),
        ("ŻÓŁTY", {(A, "d-1")}),
        ("zol", {(A, "d-1")}),
        ("lodz", {(A, "d-1")}),
        ("ŁÓDŹ", {(A, "d-1")}),
        ("kowal", {(A, "d-1")}),
        ("abc-123", {(A, "d-1")}),
        ("4f0c", {(A, "d-1")}),
        ("d-2", {(A, "d-2")}),
        ("gdansk", {(A, "d-2")}),  # chat text
        ("utknela paczk", {(A, "d-2")}),
        ("rower paczka", set()),  # every word must match the same issue
        ("stol", {(B, "d-1")}),
        ("d", {(A, "d-1"), (A, "d-2"), (B, "d-1")}),
        ("olty", set()),
    ],
)
def test_search(searchable: SqliteStore, query: str, found: set[tuple[str, str]]) -> None:
    assert searchable.search(query) == found


def test_search_one_account(searchable: SqliteStore) -> None:
    assert searchable.search("d", A) == {(A, "d-1"), (A, "d-2")}
    assert searchable.search("d", B) == {(B, "d-1")}
    assert searchable.search("d", "nobody") == set()


def test_search_follows_updates(searchable: SqliteStore) -> None:
    searchable.put_issues(A, [issue("d-1", subject="Niebieski")])
    assert searchable.search("zolty") == set()
    assert searchable.search("niebies") == {(A, "d-1")}
    searchable.put_chat(A, "d-2", [{"text": "Dotarła"}])
    assert searchable.search("gdansk") == set()
    assert searchable.search("dotarla") == {(A, "d-2")}
    assert searchable.search("paczki") == {(A, "d-2")}  # its subject is still indexed


def test_chat_cached_before_its_issue_is_found_once_the_issue_is_stored(
    store: SqliteStore,
) -> None:
    store.put_chat(A, "late", [{"text": "reklamacja"}])
    assert store.search("reklamacja") == set()  # no such issue yet
    store.put_issues(A, [issue("late")])
    assert store.search("reklamacja") == {(A, "late")}


@pytest.mark.parametrize("query", ["", "   ", '"', "*", "AND", "OR NOT", "x:", "(", "NEAR(a b)"])
def test_search_odd_queries(searchable: SqliteStore, query: str) -> None:
    assert isinstance(searchable.search(query), set)


_HOSTILE = SqliteStore.in_memory()
_HOSTILE.put_issues(A, [issue("x", subject="Żółty")])


@settings(max_examples=200)
@given(query=st.text())
def test_search_never_raises(query: str) -> None:
    assert isinstance(_HOSTILE.search(query), set)


def test_search_with_a_pasted_page_is_quick_enough_to_answer(searchable: SqliteStore) -> None:
    assert searchable.search("zolty " * 100_000) == {(A, "d-1")}
    assert searchable.search("x" * 1_000_000) == set()


# -- migrations ---------------------------------------------------------------------------------
def _version(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


def test_empty_file_is_migrated(db_path: Path) -> None:
    db_path.parent.mkdir()
    db_path.touch()
    store = SqliteStore.open(db_path)
    store.put_issues(A, [issue("i")])
    store.close()
    assert _version(db_path) == SCHEMA_VERSION >= 1


def test_empty_version_0_database_is_migrated(db_path: Path) -> None:
    db_path.parent.mkdir()
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA page_size = 8192")
    raw.execute("VACUUM")  # a real, empty database file at user_version 0
    raw.close()
    assert db_path.stat().st_size > 0
    assert _version(db_path) == 0
    SqliteStore.open(db_path).close()
    assert _version(db_path) == SCHEMA_VERSION


def test_reopen_keeps_data_and_uses_wal(db_path: Path) -> None:
    store = SqliteStore.open(db_path)
    assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.put_issues(A, [issue("i")])
    store.set_meta(A, "k", "v")
    store.close()
    again = SqliteStore.open(db_path)
    assert again.issues(A) == [issue("i")]
    assert again.meta(A, "k") == "v"
    assert again.path == db_path


def test_a_later_migration_runs_once_on_an_older_file(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    SqliteStore.open(db_path).put_issues(A, [issue("i")])
    monkeypatch.setattr(
        sqlite_store, "MIGRATIONS", (*sqlite_store.MIGRATIONS, "CREATE TABLE extra (x);")
    )
    monkeypatch.setattr(sqlite_store, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    store = SqliteStore.open(db_path)
    assert store.issues(A) == [issue("i")]
    store.close()
    assert _version(db_path) == SCHEMA_VERSION + 1
    SqliteStore.open(db_path).close()  # a second run would fail: "table extra already exists"


def test_a_failing_migration_changes_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    SqliteStore.open(db_path).put_issues(A, [issue("i")])
    monkeypatch.setattr(
        sqlite_store,
        "MIGRATIONS",
        (*sqlite_store.MIGRATIONS, "CREATE TABLE extra (x); CREATE TABLE issues (x);"),
    )
    monkeypatch.setattr(sqlite_store, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError):
        SqliteStore.open(db_path)
    assert _version(db_path) == SCHEMA_VERSION
    db = sqlite3.connect(db_path)
    assert db.execute("SELECT name FROM sqlite_master WHERE name = 'extra'").fetchall() == []
    db.close()


# -- files --------------------------------------------------------------------------------------
@posix_only
def test_file_and_folder_are_private(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "issues.sqlite3"
    store = SqliteStore.open(path)
    store.put_issues(A, [issue("i")])
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    wal = Path(f"{path}-wal")
    assert wal.exists()
    assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    store.close()


@posix_only
def test_existing_file_is_made_private(db_path: Path) -> None:
    db_path.parent.mkdir(mode=0o755)
    db_path.touch(mode=0o644)
    db_path.chmod(0o644)
    SqliteStore.open(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700


@posix_only
def test_shared_sticky_folder_is_left_alone(tmp_path: Path) -> None:
    shared = tmp_path / "tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    SqliteStore.open(shared / "issues.sqlite3").close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert stat.S_IMODE((shared / "issues.sqlite3").stat().st_mode) == 0o600


# -- errors after opening -----------------------------------------------------------------------
def test_disk_full_raises_store_error(db_path: Path) -> None:
    store = SqliteStore.open(db_path)
    store.put_issues(A, [issue("seed")])
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")  # the "disk" is now full
    with pytest.raises(StoreError) as caught:
        store.put_issues(A, [issue(str(n), text="x" * 5000) for n in range(50)])
    assert caught.value.problem is StoreProblem.IO
    assert isinstance(caught.value.__cause__, sqlite3.Error)
    with pytest.raises(StoreError):
        store.put_outgoing(OutgoingMessage(account=A, issue_id="i", text="y" * 100_000))
    # The failed transactions left nothing half-written and the store still works.
    assert store.issues(A) == [issue("seed")]
    assert store.outbox() == []
    store.set_meta(A, "k", "v")
    assert store.meta(A, "k") == "v"


def test_a_write_while_another_program_holds_the_lock_raises(db_path: Path) -> None:
    store = SqliteStore.open(db_path, timeout=0.1)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError) as caught:
            store.set_meta(A, "k", "v")
        assert caught.value.problem is StoreProblem.IO
        assert store.meta(A, "k") is None  # reads still work (WAL)
    finally:
        other.execute("ROLLBACK")
        other.close()
    store.set_meta(A, "k", "v")
    assert store.meta(A, "k") == "v"


def test_a_failed_write_is_rolled_back_and_the_store_goes_on(store: SqliteStore) -> None:
    store.put_chat(A, "i1", [{"text": "old"}])
    with pytest.raises(StoreError) as caught:
        store.put_chat(A, "\ud800", [{"text": "new"}])  # an id SQLite cannot take
    assert caught.value.problem is StoreProblem.IO
    assert not store._db.in_transaction
    store.set_meta(A, "k", "v")  # would fail inside a transaction left open
    assert store.meta(A, "k") == "v"
    assert store.chat(A, "i1") == [{"text": "old"}]


def test_closed_store_raises_store_error() -> None:
    store = SqliteStore.in_memory()
    store.close()
    with pytest.raises(StoreError):
        store.issues(A)
    with pytest.raises(StoreError):
        store.put_outgoing(OutgoingMessage(account=A, issue_id="i", text="x"))


def test_unstorable_chat_raises_store_error(store: SqliteStore) -> None:
    with pytest.raises(StoreError):
        store.put_chat(A, "i", [{"text": object()}])
    assert store.chat(A, "i") is None
