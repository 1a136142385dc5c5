"""Opening a database that cannot be used: ``open`` says why, ``open_or_fallback`` keeps going.

Read-only is tested two ways. Tests run as root here, and root writes through ``chmod 0444``;
so (1) ``_connect`` is patched to open the file with SQLite's ``?mode=ro``, which makes every
write fail with SQLITE_READONLY exactly like a file without write permission does, and (2) the
real permission cases run in a forked child that has dropped to the ``nobody`` user (or
directly, when the tests do not run as root).
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from allegro_issues_desktop.store import sqlite_store
from allegro_issues_desktop.store.base import StoreError, StoreProblem
from allegro_issues_desktop.store.sqlite_store import SCHEMA_VERSION, SqliteStore

A = "demo:a"
ISSUE = {"id": "i1", "subject": "Żółty"}


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "issues.sqlite3"


def make_database(path: Path) -> bytes:
    store = SqliteStore.open(path)
    store.put_issues(A, [ISSUE])
    store.close()
    return path.read_bytes()


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def assert_works_in_memory(store: SqliteStore, problem: StoreProblem) -> None:
    assert store.problem is problem
    assert store.path is None
    store.put_issues(A, [ISSUE])
    assert store.issues(A) == [ISSUE]
    assert store.search("zolty") == {(A, "i1")}


# -- corrupt ------------------------------------------------------------------------------------
def _garbage(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 40)


def _truncated(path: Path) -> None:
    store = SqliteStore.open(path)
    store.put_issues(A, [{"id": str(n), "text": "x" * 2000} for n in range(300)])
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _damaged_page(path: Path) -> None:
    store = SqliteStore.open(path)
    store.put_issues(A, [{"id": str(n), "text": "x" * 2000} for n in range(300)])
    store.close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = b"\xff" * 4096  # one page of the issues, header intact
    path.write_bytes(bytes(data))


def _header_then_garbage(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)


def _foreign_database(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE issues (something_else)")  # tables, but never versioned by us
    db.commit()
    db.close()


def _negative_version(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = -3")
    db.close()


CORRUPTIONS: list[Callable[[Path], None]] = [
    _garbage,
    _truncated,
    _damaged_page,
    _header_then_garbage,
    _foreign_database,
    _negative_version,
]


@pytest.mark.parametrize("damage", CORRUPTIONS)
def test_corrupt_file_is_moved_aside_and_the_next_start_is_fresh(
    path: Path, damage: Callable[[Path], None]
) -> None:
    path.parent.mkdir()
    damage(path)
    original = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        SqliteStore.open(path)
    assert caught.value.problem is StoreProblem.CORRUPT
    assert path.read_bytes() == original  # open() itself moves nothing

    store = SqliteStore.open_or_fallback(path)
    assert_works_in_memory(store, StoreProblem.CORRUPT)
    assert not path.exists()
    (kept,) = path.parent.glob("issues.sqlite3.corrupt-*[0-9Z]")  # not its -wal, -shm
    assert kept.read_bytes() == original

    fresh = SqliteStore.open_or_fallback(path)
    assert fresh.problem is None
    assert fresh.path == path
    assert fresh.issues(A) == []
    fresh.put_issues(A, [ISSUE])
    fresh.close()
    assert SqliteStore.open(path).issues(A) == [ISSUE]


def test_corrupt_file_takes_its_wal_and_shm_along(path: Path) -> None:
    path.parent.mkdir()
    _garbage(path)
    Path(f"{path}-wal").write_bytes(b"wal bytes")
    Path(f"{path}-shm").write_bytes(b"shm bytes")
    SqliteStore.open_or_fallback(path)
    (kept,) = path.parent.glob("issues.sqlite3.corrupt-*[0-9Z]")
    assert Path(f"{kept}-wal").read_bytes() == b"wal bytes"
    assert Path(f"{kept}-shm").read_bytes() == b"shm bytes"
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(
        [kept.name, f"{kept.name}-wal", f"{kept.name}-shm"]
    )


def test_second_corrupt_file_in_the_same_second_gets_its_own_name(path: Path) -> None:
    path.parent.mkdir()
    for content in (b"first", b"second"):
        path.write_bytes(content * 100)
        assert SqliteStore.open_or_fallback(path).problem is StoreProblem.CORRUPT
    kept = {p.read_bytes() for p in path.parent.glob("issues.sqlite3.corrupt-*[0-9Z]")}
    assert kept == {b"first" * 100, b"second" * 100}


# -- newer version ------------------------------------------------------------------------------
@pytest.mark.parametrize("journal", ["DELETE", "WAL"])
def test_newer_version_is_left_untouched(path: Path, journal: str) -> None:
    make_database(path)
    db = sqlite3.connect(path)
    # DELETE: switching it to WAL would show in the header. WAL: even a read-only connection
    # would leave -wal and -shm files behind.
    db.execute(f"PRAGMA journal_mode = {journal}")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.execute("CREATE TABLE from_the_future (x)")
    db.commit()
    db.close()
    before = files(path.parent)
    assert list(before) == [path.name]
    with pytest.raises(StoreError) as caught:
        SqliteStore.open(path)
    assert caught.value.problem is StoreProblem.NEWER_VERSION
    store = SqliteStore.open_or_fallback(path)
    assert_works_in_memory(store, StoreProblem.NEWER_VERSION)
    assert files(path.parent) == before  # byte for byte, and no new files either


def test_newer_version_still_in_the_wal_is_left_untouched(path: Path) -> None:
    make_database(path)
    newer = sqlite3.connect(path, isolation_level=None)  # the newer app, still running
    newer.execute("PRAGMA wal_autocheckpoint = 0")
    newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    try:
        main, wal = path.read_bytes(), Path(f"{path}-wal").read_bytes()
        assert int.from_bytes(main[60:64], "big") == SCHEMA_VERSION  # only the WAL knows
        store = SqliteStore.open_or_fallback(path)
        assert_works_in_memory(store, StoreProblem.NEWER_VERSION)
        assert path.read_bytes() == main
        assert Path(f"{path}-wal").read_bytes() == wal
        assert not list(path.parent.glob("*.corrupt-*"))
    finally:
        newer.close()


# -- locked -------------------------------------------------------------------------------------
def _exclusive_locking_mode(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA locking_mode = EXCLUSIVE")
    db.execute("BEGIN EXCLUSIVE")
    db.execute("CREATE TABLE other (x)")
    db.execute("COMMIT")  # the lock stays: exclusive locking mode keeps it until close


def _rollback_journal_exclusive(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("BEGIN EXCLUSIVE")


def _writer_holding_the_write_lock(db: sqlite3.Connection) -> None:
    db.execute("BEGIN IMMEDIATE")  # WAL: readers pass, a second writer waits


@pytest.mark.parametrize(
    "hold", [_exclusive_locking_mode, _rollback_journal_exclusive, _writer_holding_the_write_lock]
)
def test_locked_database_is_left_alone(
    path: Path, hold: Callable[[sqlite3.Connection], None]
) -> None:
    make_database(path)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        hold(other)
        with pytest.raises(StoreError) as caught:
            SqliteStore.open(path, timeout=0.2)
        assert caught.value.problem is StoreProblem.LOCKED
        store = SqliteStore.open_or_fallback(path, timeout=0.2)
        assert_works_in_memory(store, StoreProblem.LOCKED)
        assert not list(path.parent.glob("*.corrupt-*"))
    finally:
        other.close()
    assert SqliteStore.open(path).issues(A) == [ISSUE]  # free again: all still there


# -- read-only ----------------------------------------------------------------------------------
def make_connections_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on every connection to a file opens with SQLite's ``mode=ro``: SQLite then
    refuses every write with SQLITE_READONLY, as it does for a file without write permission."""
    real = sqlite_store._connect

    def connect(database: str, *, uri: bool = False, timeout: float) -> sqlite3.Connection:
        if not uri and database != ":memory:":
            database, uri = Path(database).resolve().as_uri() + "?mode=ro", True
        return real(database, uri=uri, timeout=timeout)

    monkeypatch.setattr(sqlite_store, "_connect", connect)


def test_read_only_database(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = make_database(path)
    make_connections_read_only(monkeypatch)
    with pytest.raises(StoreError) as caught:
        SqliteStore.open(path)
    assert caught.value.problem is StoreProblem.READ_ONLY
    store = SqliteStore.open_or_fallback(path)
    assert_works_in_memory(store, StoreProblem.READ_ONLY)
    assert path.read_bytes() == original
    assert not list(path.parent.glob("*.corrupt-*"))


def test_read_only_database_that_needs_a_migration(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path.parent.mkdir()
    db = sqlite3.connect(path)
    db.execute("VACUUM")  # an empty database at version 0: opening would migrate it
    db.close()
    original = path.read_bytes()
    make_connections_read_only(monkeypatch)
    assert SqliteStore.open_or_fallback(path).problem is StoreProblem.READ_ONLY
    assert path.read_bytes() == original


NOBODY = 65534


def run_without_root(fn: Callable[[], str]) -> str:
    """``fn()`` in a forked child running as ``nobody`` (so permissions apply), or right here
    when the tests do not run as root."""
    if os.geteuid() != 0:
        return fn()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            answer = fn()
        except BaseException as exc:
            answer = f"error: {exc!r}"
        os.write(write_end, answer.encode())
        os._exit(0)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 30)
        if not ready:
            os.kill(pid, signal.SIGKILL)
            pytest.fail("the child did not answer")
        return os.read(read_end, 10_000).decode()
    finally:
        os.close(read_end)
        os.waitpid(pid, 0)


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder ``nobody`` can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="store-perm-"))
    folder.chmod(0o755)
    yield folder
    for p in [folder, *folder.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    shutil.rmtree(folder)


def _chown(*paths: Path) -> None:
    if os.geteuid() == 0:
        for p in paths:
            os.chown(p, NOBODY, NOBODY)


def _open_problem(path: Path) -> str:
    store = SqliteStore.open_or_fallback(path, timeout=0.2)
    store.put_issues(A, [ISSUE])  # the in-memory stand-in works for this user too
    return f"{store.problem} {store.issues(A) == [ISSUE]}"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_file_without_write_permission(shared_dir: Path) -> None:
    path = shared_dir / "data" / "issues.sqlite3"
    original = make_database(path)
    _chown(path.parent, path)
    path.chmod(0o444)
    assert run_without_root(lambda: _open_problem(path)) == "StoreProblem.READ_ONLY True"
    assert path.read_bytes() == original
    assert not list(path.parent.glob("*.corrupt-*"))


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_folder_without_write_permission(shared_dir: Path) -> None:
    path = shared_dir / "data" / "issues.sqlite3"
    original = make_database(path)
    _chown(path.parent, path)
    path.parent.chmod(0o555)  # the file is writable, but its -wal and -shm cannot be created
    assert run_without_root(lambda: _open_problem(path)) == "StoreProblem.READ_ONLY True"
    assert path.read_bytes() == original


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_file_without_read_permission(shared_dir: Path) -> None:
    path = shared_dir / "data" / "issues.sqlite3"
    original = make_database(path)
    _chown(path.parent, path)
    path.chmod(0o000)
    assert run_without_root(lambda: _open_problem(path)) == "StoreProblem.READ_ONLY True"
    assert path.read_bytes() == original


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_database_in_a_folder_without_write_permission(shared_dir: Path) -> None:
    folder = shared_dir / "data"
    folder.mkdir()
    _chown(folder)
    folder.chmod(0o555)
    answer = run_without_root(lambda: _open_problem(folder / "issues.sqlite3"))
    assert answer == "StoreProblem.READ_ONLY True"
    assert list(folder.iterdir()) == []


# -- anything else ------------------------------------------------------------------------------
def test_path_that_is_a_folder_is_an_io_problem(path: Path) -> None:
    path.mkdir(parents=True)
    store = SqliteStore.open_or_fallback(path)
    assert_works_in_memory(store, StoreProblem.IO)
    assert path.is_dir()


def test_unexpected_error_still_falls_back(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: Path) -> None:
        raise ZeroDivisionError

    monkeypatch.setattr(sqlite_store, "_prepare_file", broken)
    assert_works_in_memory(SqliteStore.open_or_fallback(path), StoreProblem.IO)
