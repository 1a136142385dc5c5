"""The outbox's guards against a message sent twice, or said "sent" when Allegro never got it,
or gone without a trace: the chat ids known before a send, taking a message back while it is
being sent, and whether its state reached the disk. Same scripted Allegro as test_outbox."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from allegro_issues_desktop.allegro.errors import NetworkError
from allegro_issues_desktop.domain import ChatMessage
from allegro_issues_desktop.domain.outgoing import FailReason, OutboxState, OutgoingMessage
from allegro_issues_desktop.services.desk import Desk
from allegro_issues_desktop.services.sync import SyncEngine
from allegro_issues_desktop.store.sqlite_store import SqliteStore

from .test_outbox import ACCOUNT, ISSUE, ScriptedAllegro, engine_for, outgoing, run


def lose_next_post(allegro: ScriptedAllegro) -> None:
    """The next POST times out before Allegro processed it: the outcome is unknown."""

    async def lost(issue_id: str, text: str, **_kw: Any) -> ChatMessage:
        allegro.posts.append(text)
        raise NetworkError("read timed out", timed_out=True, outcome_unknown=True)

    allegro.post_message = lost  # type: ignore[method-assign]


def hold_posts(allegro: ScriptedAllegro) -> tuple[asyncio.Event, asyncio.Event]:
    """Each POST waits on the wire: the first event is set when one is there, the second lets
    them go on (to Allegro, which processes them)."""
    posting, release = asyncio.Event(), asyncio.Event()
    original = allegro.post_message

    async def slow_post(issue_id: str, text: str, **kw: Any) -> ChatMessage:
        posting.set()
        await release.wait()
        return await original(issue_id, text, **kw)

    allegro.post_message = slow_post  # type: ignore[method-assign]
    return posting, release


async def engine_without_chat(data: Path, allegro: ScriptedAllegro) -> tuple[Desk, SyncEngine]:
    """An engine that knows the issue but never read its chat (the read is still on its way)."""
    desk = Desk(data)
    engine = desk.engine(ACCOUNT)
    engine.attach(allegro)  # type: ignore[arg-type]
    await engine.refresh_issue(ISSUE)
    await engine.outbox.load()
    return desk, engine


# -- the ids known before a send ----------------------------------------------------------


def test_a_chat_never_read_is_read_before_the_post(tmp_path: Path) -> None:
    # The chat already holds SELLER "Dziękuję" (m2, 30 s ago, e.g. from allegro.pl).
    allegro = ScriptedAllegro()

    async def body() -> OutgoingMessage:
        desk, engine = await engine_without_chat(tmp_path, allegro)
        lose_next_post(allegro)
        result = await engine.outbox.submit(outgoing("Dziękuję"))
        await desk.aclose()
        return result

    result = run(body)
    assert result.state is OutboxState.UNCONFIRMED  # m2 is not this message
    assert allegro.posts == ["Dziękuję"]


def test_the_same_words_twice_are_not_taken_for_each_other(tmp_path: Path) -> None:
    allegro = ScriptedAllegro()

    async def body() -> tuple[OutgoingMessage, OutgoingMessage]:
        desk, engine = await engine_for(tmp_path, allegro)  # the chat read once, before both
        first = await engine.outbox.submit(outgoing("Proszę o zdjęcie."))
        lose_next_post(allegro)
        second = await engine.outbox.submit(outgoing("Proszę o zdjęcie."))
        await desk.aclose()
        return first, second

    first, second = run(body)
    assert first.state is OutboxState.SENT and first.message_id == "m101"
    assert second.state is OutboxState.UNCONFIRMED  # not matched to m101
    assert allegro.posts == ["Proszę o zdjęcie.", "Proszę o zdjęcie."]


def test_a_sent_message_is_in_the_saved_chat_for_the_next_run(tmp_path: Path) -> None:
    allegro = ScriptedAllegro()

    async def first_run() -> None:
        desk, engine = await engine_for(tmp_path, allegro)
        await engine.outbox.submit(outgoing("Proszę o zdjęcie."))
        await desk.aclose()

    run(first_run)

    async def second_run() -> OutgoingMessage:
        desk = Desk(tmp_path)
        engine = desk.engine(ACCOUNT)
        engine.attach(allegro)  # type: ignore[arg-type]
        await engine.refresh_issue(ISSUE)
        await engine.outbox.load()
        saved = await engine.cached_chat(ISSUE)
        assert saved is not None and "m101" in {m.id for m in saved}
        lose_next_post(allegro)
        result = await engine.outbox.submit(outgoing("Proszę o zdjęcie."))
        await desk.aclose()
        return result

    assert run(second_run).state is OutboxState.UNCONFIRMED


def test_without_any_chat_to_compare_an_unknown_outcome_is_never_matched(tmp_path: Path) -> None:
    # Allegro processed the POST, but what the chat held before could not be read: the copy
    # found afterwards cannot be told from an earlier identical message. The seller decides.
    allegro = ScriptedAllegro()
    allegro.post_script = ["lost-after"]

    async def body() -> tuple[OutgoingMessage, list[OutgoingMessage]]:
        desk, engine = await engine_without_chat(tmp_path, allegro)
        allegro.chat_fails = True
        original = allegro.get_chat

        async def fails_once(issue_id: str) -> list[ChatMessage]:
            allegro.get_chat = original  # type: ignore[method-assign]
            allegro.chat_fails = False
            raise NetworkError("read timed out", timed_out=True)

        allegro.get_chat = fails_once  # type: ignore[method-assign]
        result = await engine.outbox.submit(outgoing("Zwrot zlecony."))
        await engine.read_chat(ISSUE)  # a later read does not settle it either
        left = engine.outbox.entries(ISSUE)
        await desk.aclose()
        return result, left

    result, left = run(body)
    assert result.state is OutboxState.UNCONFIRMED
    assert [m.state for m in left] == [OutboxState.UNCONFIRMED]
    assert allegro.posts == ["Zwrot zlecony."]  # and never sent again by itself


# -- taking a message back ----------------------------------------------------------------


def test_taking_back_during_an_upload_stops_the_send_before_its_post(tmp_path: Path) -> None:
    photo = tmp_path / "zdjecie.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"0" * 5000)
    allegro = ScriptedAllegro()

    async def body() -> tuple[OutgoingMessage | None, OutgoingMessage, list[OutboxState]]:
        uploading, release = asyncio.Event(), asyncio.Event()

        async def slow_upload(name: str, data: bytes, content_type: str) -> str:
            uploading.set()
            await release.wait()  # a big photo on a slow line
            return "att-1"

        allegro.upload_attachment = slow_upload  # type: ignore[attr-defined]
        desk, engine = await engine_for(tmp_path / "data", allegro)
        states: list[OutboxState] = []
        engine.outbox.subscribe(lambda m, _s: states.append(m.state))
        message = OutgoingMessage(
            account=ACCOUNT,
            issue_id=ISSUE,
            text="Zdjęcie w załączniku.",
            attachment_paths=(str(photo),),
        )
        sending = asyncio.ensure_future(engine.outbox.submit(message))
        await uploading.wait()
        taken = engine.outbox.take_back(message.local_id)
        release.set()
        result = await sending
        stored = await engine._store.call(lambda s: s.outbox(ACCOUNT))  # type: ignore[union-attr]
        await desk.aclose()
        assert stored == []  # not written back by the send that stopped
        return taken, result, states

    taken, result, states = run(body)
    assert taken is not None and taken.text == "Zdjęcie w załączniku."
    assert result.reason is FailReason.CANCELLED
    assert allegro.posts == []  # never posted
    assert OutboxState.SENDING not in states


def test_taking_back_is_refused_once_the_post_began(tmp_path: Path) -> None:
    allegro = ScriptedAllegro()

    async def body() -> tuple[OutgoingMessage | None, OutgoingMessage]:
        posting, release = hold_posts(allegro)
        desk, engine = await engine_for(tmp_path, allegro)
        message = outgoing("Paczka wyszła.")
        sending = asyncio.ensure_future(engine.outbox.submit(message))
        await posting.wait()
        taken = engine.outbox.take_back(message.local_id)
        release.set()
        result = await sending
        await desk.aclose()
        return taken, result

    taken, result = run(body)
    assert taken is None  # Allegro may have it already: it stays the outbox's
    assert result.state is OutboxState.SENT
    assert allegro.posts == ["Paczka wyszła."]


# -- on disk or not -----------------------------------------------------------------------


def test_a_message_whose_write_failed_is_not_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    allegro = ScriptedAllegro()
    allegro.post_script = ["lost-before"]  # offline: it waits in the outbox

    async def body() -> tuple[bool, bool]:
        desk, engine = await engine_for(tmp_path, allegro)
        message = outgoing("Zwrot zlecony.")

        def disk_full(self: SqliteStore, _message: OutgoingMessage) -> None:
            raise OSError(28, "No space left on device")

        with monkeypatch.context() as patch:
            patch.setattr(SqliteStore, "put_outgoing", disk_full)
            await engine.outbox.submit(message)
            failed = engine.outbox.on_disk(message.local_id)
        await engine.outbox.send_queued()  # the next state is written: on disk again
        saved = engine.outbox.on_disk(message.local_id)
        await desk.aclose()
        return failed, saved

    failed, saved = run(body)
    assert failed is False
    assert saved is True


def test_a_store_working_from_memory_has_nothing_on_disk(tmp_path: Path) -> None:
    import sqlite3

    data = tmp_path / "data"
    run(lambda: Desk(data).aclose())  # the database exists
    other = sqlite3.connect(str(data / "issues.sqlite3"), isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")  # another program holds it
    try:

        async def body() -> bool:
            desk = Desk(data)
            assert await desk.opened() is not None  # in memory only
            engine = desk.engine(ACCOUNT)
            await engine.outbox.load()
            message = outgoing("Paczka wyjdzie jutro.")
            await engine.outbox.submit(message)  # no client: it waits
            result = engine.outbox.on_disk(message.local_id)
            await desk.aclose()
            return result

        assert run(body) is False
    finally:
        other.rollback()
        other.close()


def test_a_queued_message_taken_back_while_an_earlier_one_posts_is_not_posted(
    tmp_path: Path,
) -> None:
    allegro = ScriptedAllegro()

    async def body() -> OutgoingMessage | None:
        desk = Desk(tmp_path)
        engine = desk.engine(ACCOUNT)
        await engine.outbox.load()
        first = await engine.outbox.submit(outgoing("Paczka wyszła wczoraj."))  # offline
        second = await engine.outbox.submit(outgoing("Proszę o numer konta do zwrotu."))
        engine.attach(allegro)  # type: ignore[arg-type]
        await engine.refresh_issue(ISSUE)
        await engine.read_chat(ISSUE)
        posting, release = hold_posts(allegro)
        sending = asyncio.ensure_future(engine.outbox.send_queued())
        await posting.wait()  # the first is on the wire; the second was listed with it
        taken = engine.outbox.take_back(second.local_id)
        release.set()
        await sending
        assert first.local_id not in {m.local_id for m in engine.outbox.entries()}
        await desk.aclose()
        return taken

    assert run(body) is not None
    assert allegro.posts == ["Paczka wyszła wczoraj."]  # the second is only in the editor


def test_the_first_copy_is_not_taken_for_a_second_identical_message(tmp_path: Path) -> None:
    allegro = ScriptedAllegro()

    async def body() -> tuple[OutgoingMessage, OutgoingMessage]:
        desk, engine = await engine_for(tmp_path, allegro)
        original = allegro.post_message
        first_on_wire, first_answered, first_sent = (asyncio.Event() for _ in range(3))
        engine.outbox.subscribe(
            lambda m, _s: first_sent.set() if m.state is OutboxState.SENT else None
        )
        calls = 0

        async def post(issue_id: str, text: str, **kw: Any) -> ChatMessage:
            nonlocal calls
            calls += 1
            if calls == 1:  # the first: a slow line, then processed and answered
                first_on_wire.set()
                await first_answered.wait()
                return await original(issue_id, text, **kw)
            # The second times out before Allegro processed it; the first settles meanwhile.
            allegro.posts.append(text)
            first_answered.set()
            await first_sent.wait()
            raise NetworkError("read timed out", timed_out=True, outcome_unknown=True)

        allegro.post_message = post  # type: ignore[method-assign]
        first = asyncio.ensure_future(engine.outbox.submit(outgoing("Dziękuję za cierpliwość.")))
        await first_on_wire.wait()
        second = await engine.outbox.submit(outgoing("Dziękuję za cierpliwość."))
        result = await first
        await desk.aclose()
        return result, second

    first, second = run(body)
    assert first.state is OutboxState.SENT
    assert second.state is OutboxState.UNCONFIRMED  # not "sent" because of the first's copy
