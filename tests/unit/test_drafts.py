"""DraftStore / DraftKeeper: atomic JSON files per issue, ordered writes off the caller's thread."""

from __future__ import annotations

import json
from pathlib import Path

from allegro_issues_desktop.settings import app_paths
from allegro_issues_desktop.store.drafts import Draft, DraftKeeper, DraftStore, UnsentMessage


def test_round_trip_and_delete(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    draft = Draft(
        text="Dzień dobry ✓",
        message_type="RETURN_NOT_REQUIRED",
        attachment_paths=("/tmp/a.png",),
        unsent=(UnsentMessage("l1", "sent?", "REGULAR", ("/tmp/b.pdf",)),),
    )
    store.save("issue-1", draft)
    loaded = store.load("issue-1")
    assert loaded is not None
    assert loaded.text == "Dzień dobry ✓"
    assert loaded.message_type == "RETURN_NOT_REQUIRED"
    assert loaded.attachment_paths == ("/tmp/a.png",)
    assert loaded.unsent == draft.unsent
    store.delete("issue-1")
    assert store.load("issue-1") is None
    store.delete("issue-1")  # deleting twice is fine


def test_file_names_are_safe_for_any_id(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    hostile = "../../etc/passwd\0:*?<>|" + "x" * 500
    store.save(hostile, Draft(text="hi"))
    files = list((tmp_path / "drafts").iterdir())
    assert len(files) == 1
    assert files[0].parent == tmp_path / "drafts"
    assert len(files[0].name) < 60
    assert store.load(hostile) is not None


def test_empty_draft_deletes_the_file(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    store.save("i", Draft(text="x"))
    store.save("i", Draft(text="   "))
    assert not store.path_for("i").exists()


def test_damaged_file_reads_as_none(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    store.save("i", Draft(text="x"))
    store.path_for("i").write_text("{not json", encoding="utf-8")
    assert store.load("i") is None
    store.path_for("i").write_text(json.dumps({"text": 5, "unsent": [1, {"text": "a"}]}))
    loaded = store.load("i")
    assert loaded is not None
    assert loaded.text == ""
    assert [u.text for u in loaded.unsent] == ["a"]


def test_no_temp_files_left_behind(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    for n in range(5):
        store.save("i", Draft(text=f"v{n}"))
    assert [p.name for p in (tmp_path / "drafts").iterdir()] == [store.path_for("i").name]


def test_default_directory_follows_app_paths() -> None:
    assert DraftStore.default().directory == app_paths().data_dir / "drafts"


def test_keeper_newest_value_wins(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    keeper = DraftKeeper(store)
    for n in range(200):
        keeper.save("i", Draft(text=f"version {n}"))
    keeper.save("j", Draft(text="other"))
    # Memory answers at once, before any write lands.
    loaded = keeper.load("i")
    assert loaded is not None
    assert loaded.text == "version 199"
    keeper.flush()
    on_disk = store.load("i")
    assert on_disk is not None
    assert on_disk.text == "version 199"
    keeper.save("i", None)
    keeper.flush()
    assert store.load("i") is None
    keeper.close()


def test_keeper_reads_existing_drafts(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    store.save("i", Draft(text="from yesterday"))
    keeper = DraftKeeper(store)
    loaded = keeper.load("i")
    assert loaded is not None
    assert loaded.text == "from yesterday"
    keeper.close()
