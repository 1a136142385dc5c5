"""The sync engine against the emulator (real HTTP on 127.0.0.1) with a real SQLite store."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from allegro_issues_desktop.allegro.client import AllegroClient
from allegro_issues_desktop.allegro.errors import NetworkError
from allegro_issues_desktop.allegro.tokens import StaticTokenProvider
from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.domain import awaiting_seller_reply, can_write, is_open
from allegro_issues_desktop.services.changes import ChangeKind, ChangeSet, ChangeSource
from allegro_issues_desktop.services.desk import Desk
from allegro_issues_desktop.services.sync import SyncEngine

T = TypeVar("T")
ACCOUNT = "demo:test"


def run(coro_fn: Callable[[], Awaitable[T]]) -> T:
    async def main() -> T:
        return await coro_fn()

    return asyncio.run(main())


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(issues=60, seed=7, token="t") as emulator:
        yield emulator


def list_requests(emu: Emulator) -> list[Any]:
    return [r for r in list(emu.requests) if r.path == "/sale/issues"]


def other_requests(emu: Emulator) -> list[Any]:
    return [
        r for r in list(emu.requests) if r.path.startswith("/sale/issues/") and r.method == "GET"
    ]


async def session(emu: Emulator, data_dir: Path, body: Callable[[SyncEngine], Awaitable[T]]) -> T:
    desk = Desk(data_dir)
    async with AllegroClient(emu.base_url, StaticTokenProvider(emu.token)) as client:
        engine = desk.engine(ACCOUNT)
        engine.attach(client)
        try:
            return await body(engine)
        finally:
            await engine.flush()
            await desk.aclose()


def test_full_sync_then_a_no_change_poll_costs_open_pages_plus_one(
    emu: Emulator, tmp_path: Path
) -> None:
    async def body(engine: SyncEngine) -> tuple[int, int, int, ChangeSet]:
        await engine.load_cached()
        await engine.full_sync()
        open_count = sum(1 for i in engine.issues.values() if is_open(i))
        emu.requests.clear()
        changes = await engine.poll()
        return len(engine.issues), open_count, len(list_requests(emu)), changes

    total, open_count, lists, changes = run(lambda: session(emu, tmp_path, body))
    assert total == 60
    assert lists <= math.ceil(open_count / 100) + 1
    assert not changes.changed and changes.complete
    assert other_requests(emu) == []  # no chat or detail request when nothing changed


def test_the_cache_comes_back_without_any_request(emu: Emulator, tmp_path: Path) -> None:
    run(lambda: session(emu, tmp_path, lambda e: e.full_sync()))
    emu.requests.clear()
    seen: list[ChangeSet] = []

    async def body(engine: SyncEngine) -> int:
        engine.subscribe(seen.append)
        await engine.load_cached()
        return len(engine.issues)

    assert run(lambda: session(emu, tmp_path, body)) == 60
    assert list(emu.requests) == []
    assert seen[0].source is ChangeSource.CACHE and seen[0].reset and seen[0].total == 60


def test_poll_reports_a_buyer_message_state_change_and_a_closed_issue(
    emu: Emulator, tmp_path: Path
) -> None:
    Kinds = dict[str, frozenset[ChangeKind]]

    async def body(engine: SyncEngine) -> tuple[Kinds, str, str, str]:
        await engine.full_sync()
        open_ids = [
            i
            for i, issue in engine.issues.items()
            if is_open(issue) and issue.current_state.chat_active
        ]
        talk, state_only, closing = open_ids[0], open_ids[1], open_ids[2]
        emu.add_buyer_message(talk, "Czy paczka już wyszła?")
        emu.set_state(state_only, chatActive=False)
        dispute = engine.issues[closing].type == "DISPUTE"
        emu.set_state(closing, status="DISPUTE_CLOSED" if dispute else "CLAIM_ACCEPTED")
        emu.requests.clear()
        changes = await engine.poll()
        details = [r.path for r in other_requests(emu)]
        assert details == [f"/sale/issues/{closing}"]  # one read of the issue that left
        return {c.issue_id: c.kinds for c in changes.changed}, talk, state_only, closing

    kinds, talk, state_only, closing = run(lambda: session(emu, tmp_path, body))
    assert {ChangeKind.NEW_MESSAGE, ChangeKind.BUYER_MESSAGE} <= kinds[talk]
    assert kinds[state_only] == frozenset({ChangeKind.CHAT_CLOSED})  # a state-only change
    assert ChangeKind.LEFT_OPEN in kinds[closing]
    assert len(kinds) == 3


def test_unread_follows_the_buyer_and_the_read_mark_survives_a_restart(
    emu: Emulator, tmp_path: Path
) -> None:
    async def first(engine: SyncEngine) -> str:
        await engine.load_cached()
        await engine.full_sync()
        assert engine.unread_ids() == set()  # the first sync is the baseline
        issue_id = next(
            i
            for i, issue in engine.issues.items()
            if is_open(issue) and issue.current_state.chat_active
        )
        emu.add_buyer_message(issue_id, "Halo?")
        await engine.poll()
        assert engine.unread_ids() == {issue_id}
        assert awaiting_seller_reply(engine.issues[issue_id])
        assert engine.mark_read(issue_id) is True
        assert engine.unread_ids() == set()
        return issue_id

    run(lambda: session(emu, tmp_path, first))

    async def second(engine: SyncEngine) -> frozenset[str]:
        await engine.load_cached()
        return engine.unread_ids()

    assert run(lambda: session(emu, tmp_path, second)) == set()


def test_offline_poll_marks_the_engine_offline_until_allegro_answers(
    emu: Emulator, tmp_path: Path
) -> None:
    async def body(engine: SyncEngine) -> tuple[bool, bool, bool]:
        await engine.full_sync()
        assert engine.connection.offline_since is None
        client = engine.client

        async def refused(**_kwargs: Any) -> Any:
            raise NetworkError("refused", timed_out=False, outcome_unknown=False)

        real = client.list_issues  # type: ignore[union-attr]
        client.list_issues = refused  # type: ignore[method-assign, union-attr]
        with pytest.raises(NetworkError):
            await engine.poll()
        connection = engine.connection  # re-read after the failure (mypy narrowed it above)
        offline = connection.offline_since is not None and not connection.online
        still_cached = len(engine.issues) == 60
        client.list_issues = real  # type: ignore[method-assign, union-attr]
        await engine.poll()
        return offline, still_cached, engine.connection.online

    assert run(lambda: session(emu, tmp_path, body)) == (True, True, True)


def test_search_finds_cached_issues_without_diacritics(emu: Emulator, tmp_path: Path) -> None:
    async def body(engine: SyncEngine) -> tuple[str, set[tuple[str, str]]]:
        await engine.full_sync()
        issue_id = next(iter(engine.issues))
        emu.add_buyer_message(issue_id, "Zamówiłem żółty kubek do Łodzi")
        await engine.read_chat(issue_id)
        await engine.flush()
        store = engine._store
        assert store is not None
        return issue_id, await store.call(lambda s: s.search("zolty lodz", ACCOUNT))

    issue_id, found = run(lambda: session(emu, tmp_path, body))
    assert (ACCOUNT, issue_id) in found


def test_json_values_are_kept_per_account(tmp_path: Path) -> None:
    async def body() -> tuple[Any, Any, Any]:
        desk = Desk(tmp_path)
        engine = desk.engine(ACCOUNT)
        engine.save_json("order:1", {"items": [{"name": "Kubek żółty"}]})
        await engine.flush()
        other = desk.engine("demo:other")
        result = (await engine.cached_json("order:1"), await other.cached_json("order:1"))
        missing = await engine.cached_json("order:2")
        await desk.aclose()
        return result[0], result[1], missing

    mine, theirs, missing = run(body)
    assert mine == {"items": [{"name": "Kubek żółty"}]}
    assert theirs is None and missing is None


def test_a_big_saved_list_comes_back_newest_batch_first(tmp_path: Path) -> None:
    from allegro_issues_desktop.services import sync

    raws = [{"id": f"issue-{n:05d}", "type": "DISPUTE"} for n in range(2_500)]

    async def body() -> list[ChangeSet]:
        desk = Desk(tmp_path)
        engine = desk.engine(ACCOUNT)
        store = engine._store
        assert store is not None
        await store.call(lambda s: s.put_issues(ACCOUNT, raws))
        seen: list[ChangeSet] = []
        engine.subscribe(seen.append)
        await engine.load_cached()
        await desk.aclose()
        return seen

    seen = run(body)
    first = sync.CACHE_FIRST_BATCH
    assert [len(c.changed) for c in seen] == [first, 2_500 - first]
    assert seen[0].reset and not seen[1].reset and seen[1].complete and not seen[0].complete
    assert [c.issue_id for c in seen[0].changed] == [r["id"] for r in raws[:first]]
    assert all(c.kinds == {ChangeKind.NEW_ISSUE} for c in seen[1].changed)


def test_unread_and_awaiting_sets_stay_equal_to_a_walk_over_every_issue(
    emu: Emulator, tmp_path: Path
) -> None:
    """The engine keeps both sets as issues arrive (no caller walks 100,000 issues per change
    set); at every step they equal the definitions applied to every issue."""

    def check(engine: SyncEngine) -> None:
        issues = engine.issues.values()
        assert engine.unread_ids() == {i.id for i in issues if engine.is_unread(i)}
        assert engine.awaiting_ids() == {i.id for i in issues if awaiting_seller_reply(i)}

    async def first(engine: SyncEngine) -> None:
        await engine.load_cached()
        await engine.full_sync()
        check(engine)
        writable = [i for i, issue in engine.issues.items() if is_open(issue) and can_write(issue)]
        emu.add_buyer_message(writable[0], "Halo?")
        emu.add_buyer_message(writable[1], "Jest tam ktoś?")
        dispute = engine.issues[writable[2]].type == "DISPUTE"
        emu.set_state(writable[2], status="DISPUTE_CLOSED" if dispute else "CLAIM_ACCEPTED")
        await engine.poll()
        check(engine)
        assert {writable[0], writable[1]} <= engine.unread_ids()
        engine.mark_read(writable[0])
        check(engine)
        assert writable[0] not in engine.unread_ids()

    run(lambda: session(emu, tmp_path, first))

    async def second(engine: SyncEngine) -> None:
        await engine.load_cached()
        check(engine)
        assert engine.awaiting_ids()

    run(lambda: session(emu, tmp_path, second))


@pytest.mark.parametrize(("every", "sizes"), [(0.0, [100, 100, 50]), (3600.0, [100, 150])])
def test_a_full_sync_publishes_its_first_page_at_once_then_pages_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, every: float, sizes: list[int]
) -> None:
    from allegro_issues_desktop.services import sync

    monkeypatch.setattr(sync, "SYNC_PUBLISH_EVERY", every)
    seen: list[ChangeSet] = []
    pages: list[int] = []

    async def body(engine: SyncEngine) -> None:
        engine.subscribe(seen.append)
        await engine.full_sync(on_page=lambda changes: pages.append(len(changes.changed)))

    with Emulator(issues=250, seed=7, token="t") as emu:
        run(lambda: session(emu, tmp_path, body))
    published = [len(c.changed) for c in seen if c.changed]
    assert published == sizes == pages
    assert seen[-1].complete and seen[-1].total == 250


def test_a_batch_is_published_once_it_holds_sync_publish_max_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """However long the interval, a batch goes once it has SYNC_PUBLISH_MAX changes (checked
    per page): one merge is one callback the window cannot paint during."""
    from allegro_issues_desktop.services import sync

    monkeypatch.setattr(sync, "SYNC_PUBLISH_EVERY", 3600.0)
    monkeypatch.setattr(sync, "SYNC_PUBLISH_MAX", 150)
    pages: list[int] = []

    async def body(engine: SyncEngine) -> None:
        await engine.full_sync(on_page=lambda changes: pages.append(len(changes.changed)))

    with Emulator(issues=450, seed=7, token="t") as emu:
        run(lambda: session(emu, tmp_path, body))
    assert pages == [100, 200, 150]


def test_each_page_of_a_full_sync_ends_its_callback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages fetched ahead come without a pause; the sync still gives the loop a turn after
    each, so the window paints between two merges (never one long callback of several)."""
    from allegro_issues_desktop.services import sync

    monkeypatch.setattr(sync, "SYNC_PUBLISH_EVERY", 0.0)  # every page is published
    turns = 0
    published_at: list[int] = []

    async def body(engine: SyncEngine) -> None:
        async def ticker() -> None:
            nonlocal turns
            while True:
                turns += 1
                await asyncio.sleep(0)

        ticking = asyncio.create_task(ticker())
        engine.subscribe(lambda changes: published_at.append(turns) if changes.changed else None)
        try:
            await engine.full_sync()
        finally:
            ticking.cancel()

    with Emulator(issues=1_500, seed=7, token="t") as emu:
        run(lambda: session(emu, tmp_path, body))
    assert len(published_at) == 15
    assert len(set(published_at)) == len(published_at)  # no two merges in one turn


def test_a_long_lists_batches_come_proportionally_less_often() -> None:
    """Merging a batch costs in proportion to the rows listed: past SYNC_PUBLISH_ROWS the
    interval grows with them, so the list's share of a sync does not."""
    from allegro_issues_desktop.services.sync import (
        SYNC_PUBLISH_EVERY,
        SYNC_PUBLISH_ROWS,
        publish_interval,
    )

    assert publish_interval(0) == publish_interval(SYNC_PUBLISH_ROWS) == SYNC_PUBLISH_EVERY
    assert publish_interval(2 * SYNC_PUBLISH_ROWS) == 2 * SYNC_PUBLISH_EVERY
    assert publish_interval(100_000) == SYNC_PUBLISH_EVERY * 100_000 / SYNC_PUBLISH_ROWS


def test_a_syncs_batches_follow_the_whole_lists_length_every_account_included(
    tmp_path: Path,
) -> None:
    """The list merges every account's issues: its length, not one account's, sets the pace."""
    from allegro_issues_desktop.domain.parsing import parse_issue
    from allegro_issues_desktop.services.desk import Desk

    async def body() -> tuple[int, int]:
        desk = Desk(tmp_path)
        try:
            one, other = desk.engine("demo:one"), desk.engine("demo:other")
            for n in range(3):
                other._keep(parse_issue({"id": f"o{n}"}, lean=True))
            one._keep(parse_issue({"id": "x"}, lean=True))
            return one._listed(), other._listed()
        finally:
            await desk.aclose()

    assert asyncio.run(body()) == (4, 4)
