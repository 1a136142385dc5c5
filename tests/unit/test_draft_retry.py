"""A draft write that fails (disk full) does not count as saved: the keeper tries it again at the
next save of the same draft, at flush and at close, once each, and says that drafts are failing."""

from __future__ import annotations

import errno
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from allegro_issues_desktop.store.drafts import Draft, DraftKeeper, DraftStore

# Long enough for a loaded CI machine; a passing run never waits for it.
WAIT = 10.0


class FlakyStore(DraftStore):
    """Fails the first ``failures`` saves with ENOSPC, then writes; counts attempts."""

    def __init__(self, directory: Path, failures: int) -> None:
        super().__init__(directory)
        self.failures = failures
        self.attempts = 0
        self.written = threading.Event()

    def save(self, issue_id: str, draft: Draft, account: str | None = None) -> None:
        self.attempts += 1  # only the keeper's single worker thread calls this
        if self.failures > 0:
            self.failures -= 1
            raise OSError(errno.ENOSPC, "No space left on device")
        super().save(issue_id, draft, account)
        self.written.set()


def on_disk(directory: Path, issue_id: str, account: str) -> Draft | None:
    """What a restarted app would read."""
    return DraftStore(directory).load(issue_id, account)


def test_the_same_draft_saved_again_after_a_failed_write_ends_on_disk(
    tmp_path: Path, qtbot: QtBot
) -> None:
    # The reviewer's case: the debounced save hits ENOSPC, the seller stops typing, then the
    # switch of issue / quit hands over the same draft and flushes.
    store = FlakyStore(tmp_path / "drafts", failures=1)
    keeper = DraftKeeper(store)
    draft = Draft(text="Odpowiedź dla kupującego, długo pisana")
    keeper.save("issue-1", draft, "acct")
    # The keeper has recorded the failure (the store raising is not enough: that comes first).
    qtbot.waitUntil(lambda: keeper.write_failing, timeout=int(WAIT * 1000))
    keeper.save("issue-1", draft, "acct")  # no flush: the save itself must try again
    assert store.written.wait(WAIT), "an identical save after a failed write was skipped"
    keeper.flush()
    assert not keeper.write_failing
    # Once on disk, identical saves are skipped again (no rewrite per keystroke).
    keeper.save("issue-1", draft, "acct")
    keeper.flush()
    keeper.close()
    assert store.attempts == 2
    saved = on_disk(tmp_path / "drafts", "issue-1", "acct")
    assert saved is not None and saved.text == draft.text


def test_close_writes_a_draft_whose_write_failed(tmp_path: Path, qtbot: QtBot) -> None:
    store = FlakyStore(tmp_path / "drafts", failures=1)
    keeper = DraftKeeper(store)
    keeper.save("issue-1", Draft(text="tekst"), "acct")
    qtbot.waitUntil(lambda: keeper.write_failing, timeout=int(WAIT * 1000))
    keeper.close()  # quit without another edit
    assert not keeper.write_failing
    saved = on_disk(tmp_path / "drafts", "issue-1", "acct")
    assert saved is not None and saved.text == "tekst"


def test_a_write_that_keeps_failing_is_tried_once_per_flush_and_close(tmp_path: Path) -> None:
    store = FlakyStore(tmp_path / "drafts", failures=1_000_000)
    keeper = DraftKeeper(store)
    keeper.save("issue-1", Draft(text="tekst"), "acct")
    keeper.flush(timeout=WAIT)  # returns (raises on timeout): no endless retrying
    assert keeper.write_failing
    assert store.attempts == 2  # the queued write, then one retry by flush
    keeper.flush(timeout=WAIT)
    assert store.attempts == 3
    keeper.close()
    assert store.attempts == 4
    assert keeper.write_failing  # the seller still has to be told
    assert on_disk(tmp_path / "drafts", "issue-1", "acct") is None


def test_an_id_only_draft_stays_until_its_move_is_written(tmp_path: Path) -> None:
    # Removing the old file after a failed move would leave the draft only in memory.
    directory = tmp_path / "drafts"
    DraftStore(directory).save("issue-9", Draft(text="stara wersja"))
    store = FlakyStore(directory, failures=1_000_000)
    legacy = store.path_for("issue-9")
    keeper = DraftKeeper(store)
    found = keeper.load("issue-9", "production:shop")
    assert found is not None
    keeper.flush(timeout=WAIT)
    assert keeper.write_failing
    assert legacy.exists()
    store.failures = 0  # the disk has room again
    keeper.close()
    assert not legacy.exists()
    moved = on_disk(directory, "issue-9", "production:shop")
    assert moved is not None and moved.text == "stara wersja"
