"""Drafts are keyed by account and issue id; an id-only draft of an earlier version is taken over
by the account that opens the issue first."""

from __future__ import annotations

import json
from pathlib import Path

from allegro_issues_desktop.store.drafts import Draft, DraftKeeper, DraftStore, UnsentMessage


def test_the_same_issue_id_in_two_accounts_keeps_two_drafts(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    keeper = DraftKeeper(store)
    keeper.save("issue-1", Draft(text="dla sklepu A"), "demo:a")
    keeper.save("issue-1", Draft(text="dla sklepu B"), "demo:b")
    keeper.flush()
    keeper.close()

    fresh = DraftKeeper(DraftStore(tmp_path / "drafts"))
    try:
        a = fresh.load("issue-1", "demo:a")
        b = fresh.load("issue-1", "demo:b")
        assert a is not None and a.text == "dla sklepu A"
        assert b is not None and b.text == "dla sklepu B"
        assert fresh.load("issue-1", "demo:c") is None
    finally:
        fresh.close()
    assert store.path_for("issue-1", "demo:a") != store.path_for("issue-1", "demo:b")
    saved = json.loads(store.path_for("issue-1", "demo:b").read_text(encoding="utf-8"))
    assert saved["account"] == "demo:b" and saved["issueId"] == "issue-1"


def test_an_id_only_draft_is_found_and_moved_under_its_account(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    old = Draft(text="napisane w starej wersji", unsent=(UnsentMessage("l1", "wysłane?"),))
    store.save("issue-9", old)  # what an earlier version wrote: no account
    legacy = store.path_for("issue-9")
    assert legacy.exists()

    keeper = DraftKeeper(store)
    try:
        found = keeper.load("issue-9", "production:shop")
        assert found is not None and found.text == old.text and found.unsent == old.unsent
        keeper.flush()
    finally:
        keeper.close()
    assert not legacy.exists()
    moved = DraftStore(tmp_path / "drafts").load("issue-9", "production:shop")
    assert moved is not None and moved.text == old.text and moved.unsent == old.unsent
    # Taken over once: another account does not find it any more.
    again = DraftKeeper(DraftStore(tmp_path / "drafts"))
    try:
        assert again.load("issue-9", "production:other") is None
    finally:
        again.close()


def test_an_account_draft_wins_over_an_old_id_only_one(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    store.save("issue-2", Draft(text="stary"))
    store.save("issue-2", Draft(text="nowy"), "demo:a")
    keeper = DraftKeeper(store)
    try:
        draft = keeper.load("issue-2", "demo:a")
        assert draft is not None and draft.text == "nowy"
    finally:
        keeper.close()
