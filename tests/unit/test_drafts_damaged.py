"""A damaged draft never keeps its issue from opening; leftovers of a kill are cleaned."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from allegro_issues_desktop.store.drafts import MAX_DRAFT_BYTES, Draft, DraftKeeper, DraftStore

DAMAGED = {
    "not UTF-8": b'{"text": "\xff\xfe caf\xe9"}',
    "nested 100,000 deep": b"[" * 100_000,
    "nested objects": b'{"a":' * 100_000,
    "not JSON": b"{not json",
    "a list": b'["text"]',
    "a string": b'"hello"',
    "null": b"null",
    "empty": b"",
    "text not a string": json.dumps({"text": ["a"]}).encode(),
    "paths not strings": json.dumps({"text": "a", "attachmentPaths": [1, 2]}).encode(),
    "unsent not a list": json.dumps({"text": "a", "unsent": {"text": "b"}}).encode(),
    "unsent entry not an object": json.dumps({"text": "a", "unsent": [5]}).encode(),
    "bad time": json.dumps({"text": "a", "updatedAt": "yesterday"}).encode(),
    "format a bool": json.dumps({"text": "a", "format": True}).encode(),
    "too large": b'{"text": "' + b"a" * MAX_DRAFT_BYTES + b'"}',
}


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts")


def damage(store: DraftStore, issue_id: str, content: bytes) -> Path:
    path = store.path_for(issue_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_damaged_file_is_quarantined_with_its_bytes(
    store: DraftStore, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = damage(store, "i", content)
    with caplog.at_level(logging.WARNING, logger="allegro_issues_desktop.store.drafts"):
        store.load("i")  # does not raise
    assert not path.exists()
    (kept,) = store.take_quarantined()
    assert kept.parent == path.parent
    assert kept.name.startswith(f"{path.name}.damaged-")
    assert kept.read_bytes() == content
    assert "damaged draft" in caplog.text
    assert store.take_quarantined() == []  # reported once
    assert store.load("i") is None  # the issue opens without a draft from now on
    store.save("i", Draft(text="new"))  # and a new draft can be written
    loaded = store.load("i")
    assert loaded is not None and loaded.text == "new"


def test_salvageable_parts_of_a_damaged_file_come_back(store: DraftStore) -> None:
    damage(store, "i", json.dumps({"text": 5, "unsent": [1, {"text": "a"}]}).encode())
    loaded = store.load("i")
    assert loaded is not None
    assert [u.text for u in loaded.unsent] == ["a"]
    assert len(store.take_quarantined()) == 1  # the original bytes are still set aside


def test_nothing_salvageable_gives_none(store: DraftStore) -> None:
    damage(store, "i", b"[" * 100_000)
    assert store.load("i") is None


def test_good_file_is_not_quarantined(store: DraftStore) -> None:
    store.save("i", Draft(text="a", attachment_paths=("/x.png",)))
    payload = json.loads(store.path_for("i").read_text(encoding="utf-8"))
    payload["futureField"] = {"anything": [1]}  # unknown keys are a newer version's business
    store.path_for("i").write_text(json.dumps(payload), encoding="utf-8")
    loaded = store.load("i")
    assert loaded is not None and loaded.text == "a"
    assert store.take_quarantined() == []


def test_keeper_reports_quarantined_files_once(store: DraftStore) -> None:
    damage(store, "i", b"\xff\xfe")
    keeper = DraftKeeper(store)
    try:
        assert keeper.load("i") is None
        (kept,) = keeper.take_quarantined()
        assert kept.read_bytes() == b"\xff\xfe"
        assert keeper.take_quarantined() == []
    finally:
        keeper.close()


def test_keeper_start_removes_temporary_files_of_a_kill(store: DraftStore) -> None:
    store.save("i", Draft(text="kept"))
    directory = store.directory
    leftovers = [directory / ".draft-abc123.tmp", directory / ".draft-zz.tmp"]
    for leftover in leftovers:
        leftover.write_text('{"text": "half', encoding="utf-8")
    unrelated = directory / "notes.tmp"
    unrelated.write_text("not ours", encoding="utf-8")
    keeper = DraftKeeper(store)
    keeper.flush()
    keeper.close()
    assert not any(p.exists() for p in leftovers)
    assert unrelated.exists()
    assert store.path_for("i").exists()


def test_clean_temporary_without_a_directory(tmp_path: Path) -> None:
    assert DraftStore(tmp_path / "nowhere").clean_temporary() == 0


def test_unencodable_text_does_not_break_the_worker(store: DraftStore) -> None:
    keeper = DraftKeeper(store)
    try:
        keeper.save("i", Draft(text="lone \ud800 surrogate"))
        keeper.flush()
        keeper.save("i", Draft(text="fine"))
        keeper.flush()
    finally:
        keeper.close()
    loaded = store.load("i")
    assert loaded is not None and loaded.text == "fine"
    assert [p.name for p in store.directory.iterdir()] == [store.path_for("i").name]


def test_store_takes_a_directory_per_account(tmp_path: Path) -> None:
    one, two = DraftStore(tmp_path / "a"), DraftStore(tmp_path / "b")
    one.save("i", Draft(text="account a"))
    assert two.load("i") is None
    loaded = one.load("i")
    assert loaded is not None and loaded.text == "account a"
