"""Every outbox path: sent, unknown outcome found or not, unconfirmed across a restart, 409,
offline queue. A scripted client stands in for Allegro so each failure happens exactly where
the test says (after or before Allegro "processed" the POST)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest

from allegro_issues_desktop.allegro.errors import (
    ChatClosedError,
    NetworkError,
    RateLimitedError,
    ServerError,
)
from allegro_issues_desktop.domain import ChatMessage, Issue, parse_chat_message, parse_issue
from allegro_issues_desktop.domain.outgoing import FailReason, OutboxState, OutgoingMessage
from allegro_issues_desktop.services.desk import Desk
from allegro_issues_desktop.services.outbox import MaybeInChatError, NotConnectedError, find_sent
from allegro_issues_desktop.services.sync import SyncEngine

T = TypeVar("T")
ACCOUNT = "demo:outbox"
ISSUE = "issue-1"


def run(coro_fn: Callable[[], Awaitable[T]]) -> T:
    async def main() -> T:
        return await coro_fn()

    return asyncio.run(main())


def message_json(n: int, role: str, text: str, at: datetime) -> dict[str, Any]:
    return {
        "id": f"m{n}",
        "text": text,
        "author": {"login": "me" if role == "SELLER" else "buyer", "role": role},
        "createdAt": at.isoformat().replace("+00:00", "Z"),
        "attachments": [],
    }


class ScriptedAllegro:
    """Chat state plus a script for the next POST: "ok", "lost-after" (processed, then the
    connection broke), "lost-before" (never reached Allegro), "409", "5xx-before"."""

    def __init__(self, chat_active: bool = True) -> None:
        now = datetime.now(UTC)
        self.chat: list[dict[str, Any]] = [
            message_json(1, "BUYER", "Gdzie jest paczka?", now - timedelta(hours=2)),
            message_json(2, "SELLER", "Dziękuję", now - timedelta(seconds=30)),
        ]
        self.chat_active = chat_active
        self.posts: list[str] = []
        self.post_script: list[str] = []
        self.chat_fails = False
        self._next = 100

    def issue_json(self) -> dict[str, Any]:
        return {
            "id": ISSUE,
            "type": "DISPUTE",
            "currentState": {"status": "DISPUTE_ONGOING", "chatActive": self.chat_active},
            "chat": {"lastMessage": {"status": "BUYER_REPLIED"}, "messagesCount": len(self.chat)},
        }

    async def get_issue(self, issue_id: str) -> Issue:
        return parse_issue(self.issue_json())

    async def get_chat(self, issue_id: str) -> list[ChatMessage]:
        if self.chat_fails:
            raise NetworkError("read timed out", timed_out=True)
        return [parse_chat_message(m) for m in self.chat]

    async def post_message(self, issue_id: str, text: str, **_kw: Any) -> ChatMessage:
        step = self.post_script.pop(0) if self.post_script else "ok"
        self.posts.append(text)
        if step == "409":
            raise ChatClosedError("closed", status=409)
        if step == "lost-before":
            raise NetworkError("refused", timed_out=False, outcome_unknown=False)
        if step == "429":
            raise RateLimitedError("slow down", status=429, retry_after=1.0)
        if step == "5xx-before":
            # As the client reports it: a POST answered with 5xx may have been processed.
            raise ServerError("bad gateway", status=502, outcome_unknown=True)
        self._next += 1
        stored = message_json(self._next, "SELLER", text, datetime.now(UTC))
        self.chat.append(stored)
        if step == "lost-after":
            raise NetworkError("read timed out", timed_out=True, outcome_unknown=True)
        return parse_chat_message(stored)


async def engine_for(data_dir: Path, allegro: ScriptedAllegro) -> tuple[Desk, SyncEngine]:
    desk = Desk(data_dir)
    engine = desk.engine(ACCOUNT)
    engine.attach(allegro)  # type: ignore[arg-type]
    await engine.refresh_issue(ISSUE)
    await engine.read_chat(ISSUE)  # cached: the ids known before a send
    await engine.outbox.load()
    return desk, engine


def outgoing(text: str) -> OutgoingMessage:
    return OutgoingMessage(account=ACCOUNT, issue_id=ISSUE, text=text)


async def stored_outbox(engine: SyncEngine) -> list[OutgoingMessage]:
    await engine.flush()
    store = engine._store
    assert store is not None
    return await store.call(lambda s: s.outbox(ACCOUNT))


def test_a_plain_send_is_sent_once_and_leaves_the_store(tmp_path: Path) -> None:
    allegro = ScriptedAllegro()

    async def body() -> tuple[OutgoingMessage, list[OutgoingMessage]]:
        desk, engine = await engine_for(tmp_path, allegro)
        states: list[OutboxState] = []
        engine.outbox.subscribe(lambda m, _s: states.append(m.state))
        result = await engine.outbox.submit(outgoing("Wysłane dziś."))
        assert states == [OutboxState.QUEUED, OutboxState.SENDING, OutboxState.SENT]
        left = await stored_outbox(engine)
        await desk.aclose()
        return result, left

    result, left = run(body)
    assert result.state is OutboxState.SENT and result.message_id == "m101"
    assert allegro.posts == ["Wysłane dziś."]
    assert left == []


def test_a_timeout_after_allegro_processed_it_is_found_not_resent(tmp_path: Path) -> None:
    allegro = ScriptedAllegro()
    allegro.post_script = ["lost-after"]

    async def body() -> OutgoingMessage:
        desk, engine = await engine_for(tmp_path, allegro)
        result = await engine.outbox.submit(outgoing("Dziękuję"))
        await engine.outbox.send_queued()
        await desk.aclose()
        return result

    result = run(body)
    assert result.state is OutboxState.SENT
    assert allegro.posts == ["Dziękuję"]  # never twice


def test_an_earlier_identical_text_is_not_taken_for_the_lost_message(tmp_path: Path) -> None:
    # "Dziękuję" was sent 30 s before (message m2); this send never reached Allegro's chat.
    allegro = ScriptedAllegro()
    allegro.post_script = ["lost-after"]

    async def body() -> OutgoingMessage:
        desk, engine = await engine_for(tmp_path, allegro)
        allegro.chat_fails = False
        # Make the POST fail *without* storing: lost before processing, yet outcome unknown.
        original = allegro.post_message

        async def lost_unknown(issue_id: str, text: str, **kw: Any) -> ChatMessage:
            allegro.posts.append(text)
            raise NetworkError("read timed out", timed_out=True, outcome_unknown=True)

        allegro.post_message = lost_unknown  # type: ignore[method-assign]
        result = await engine.outbox.submit(outgoing("Dziękuję"))
        allegro.post_message = original  # type: ignore[method-assign]
        await desk.aclose()
        return result

    result = run(body)
    assert result.state is OutboxState.UNCONFIRMED  # not "sent" because of m2, not "failed"
    assert allegro.posts == ["Dziękuję"]


def test_unconfirmed_survives_a_kill_and_is_settled_by_a_later_chat_read(tmp_path: Path) -> None:
    allegro = ScriptedAllegro()
    allegro.post_script = ["lost-after"]

    async def first_run() -> OutgoingMessage:
        desk, engine = await engine_for(tmp_path, allegro)
        allegro.chat_fails = True  # the re-read after the timeout fails too
        result = await engine.outbox.submit(outgoing("Zwrot zlecony."))
        await engine.flush()
        await desk.aclose()
        return result

    assert run(first_run).state is OutboxState.UNCONFIRMED

    async def second_run() -> tuple[OutboxState, OutboxState, list[OutgoingMessage]]:
        allegro.chat_fails = False
        desk = Desk(tmp_path)
        engine = desk.engine(ACCOUNT)
        engine.attach(allegro)  # type: ignore[arg-type]
        loaded = await engine.outbox.load()
        before = loaded[0].state
        await engine.read_chat(ISSUE)  # any later chat read reconciles
        after = engine.outbox.entries(ISSUE)
        left = await stored_outbox(engine)
        await desk.aclose()
        return before, (after[0].state if after else OutboxState.SENT), left

    before, after, left = run(second_run)
    assert before is OutboxState.UNCONFIRMED
    assert after is OutboxState.SENT and left == []
    assert allegro.posts == ["Zwrot zlecony."]


def test_killed_between_post_and_confirmation_is_unconfirmed_never_posted_twice(
    tmp_path: Path,
) -> None:
    allegro = ScriptedAllegro()

    async def killed_mid_send() -> None:
        # What a kill -9 leaves: the message stored as "sending", the POST processed.
        desk, engine = await engine_for(tmp_path, allegro)
        message = OutgoingMessage(
            account=ACCOUNT,
            issue_id=ISSUE,
            text="Proszę o zdjęcie.",
            state=OutboxState.SENDING,
            send_started_at=datetime.now(UTC),
        )
        store = engine._store
        assert store is not None
        await store.call(lambda s: s.put_outgoing(message))
        await allegro.post_message(ISSUE, message.text)
        await desk.aclose()

    run(killed_mid_send)

    async def restart() -> tuple[OutboxState, list[OutgoingMessage]]:
        desk = Desk(tmp_path)
        engine = desk.engine(ACCOUNT)
        engine.attach(allegro)  # type: ignore[arg-type]
        loaded = await engine.outbox.load()
        state = loaded[0].state
        await engine.outbox.send_queued()  # must not resend an unconfirmed message
        await engine.read_chat(ISSUE)
        remaining = engine.outbox.entries()
        await desk.aclose()
        return state, remaining

    state, remaining = run(restart)
    assert state is OutboxState.UNCONFIRMED
    assert remaining == []
    assert allegro.posts == ["Proszę o zdjęcie."]


def test_409_fails_with_the_reason_and_keeps_the_text(tmp_path: Path) -> None:
    allegro = ScriptedAllegro()
    allegro.post_script = ["409"]

    async def body() -> tuple[OutgoingMessage, bool]:
        desk, engine = await engine_for(tmp_path, allegro)
        allegro.chat_active = False  # what the re-read after 409 shows
        result = await engine.outbox.submit(outgoing("Czy mogę pomóc?"))
        issue = engine.issue(ISSUE)
        await desk.aclose()
        return result, bool(issue and issue.current_state.chat_active)

    result, active = run(body)
    assert result.state is OutboxState.FAILED and result.reason is FailReason.CHAT_CLOSED
    assert result.text == "Czy mogę pomóc?"
    assert active is False


def test_offline_messages_wait_and_go_once_the_network_is_back(tmp_path: Path) -> None:
    allegro = ScriptedAllegro()
    allegro.post_script = ["lost-before", "429"]

    async def body() -> tuple[OutboxState, OutboxState, OutboxState, bool]:
        desk, engine = await engine_for(tmp_path, allegro)
        first = await engine.outbox.submit(outgoing("Pierwsza"))
        offline = not engine.connection.online
        await engine.outbox.send_queued()  # 429: refused, not processed: still waiting
        second = engine.outbox.entries()[0].state
        await engine.outbox.send_queued()  # back
        third = engine.outbox.entries()
        await desk.aclose()
        return first.state, second, third[0].state if third else OutboxState.SENT, offline

    first, second, third, offline = run(body)
    assert first is OutboxState.QUEUED and offline
    assert second is OutboxState.QUEUED
    assert third is OutboxState.SENT
    assert allegro.posts == ["Pierwsza", "Pierwsza", "Pierwsza"]
    assert len([m for m in allegro.chat if m["text"] == "Pierwsza"]) == 1


def test_a_5xx_may_have_been_processed_so_it_is_checked_not_resent(tmp_path: Path) -> None:
    allegro = ScriptedAllegro()
    allegro.post_script = ["5xx-before"]

    async def body() -> tuple[OutgoingMessage, list[OutgoingMessage]]:
        desk, engine = await engine_for(tmp_path, allegro)
        result = await engine.outbox.submit(outgoing("Po 502"))
        await engine.outbox.send_queued()
        entries = engine.outbox.entries()
        await desk.aclose()
        return result, entries

    result, entries = run(body)
    assert result.state is OutboxState.UNCONFIRMED
    assert [e.state for e in entries] == [OutboxState.UNCONFIRMED]
    assert allegro.posts == ["Po 502"]


def test_a_queued_message_to_a_chat_closed_meanwhile_fails_without_a_post(tmp_path: Path) -> None:
    allegro = ScriptedAllegro()
    allegro.post_script = ["lost-before"]

    async def body() -> OutgoingMessage:
        desk, engine = await engine_for(tmp_path, allegro)
        await engine.outbox.submit(outgoing("Czekam"))
        allegro.chat_active = False
        await engine.refresh_issue(ISSUE)
        await engine.outbox.send_queued()
        result = engine.outbox.entries()[0]
        await desk.aclose()
        return result

    result = run(body)
    assert result.state is OutboxState.FAILED and result.reason is FailReason.CHAT_CLOSED
    assert allegro.posts == ["Czekam"]  # only the first, refused attempt


def test_find_sent_rules() -> None:
    started = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    message = OutgoingMessage(
        account=ACCOUNT, issue_id=ISSUE, text=" Dziękuję ", send_started_at=started
    )
    chat = [
        parse_chat_message(message_json(1, "BUYER", "Dziękuję", started)),
        parse_chat_message(message_json(2, "SELLER", "Dziękuję", started - timedelta(hours=1))),
        parse_chat_message(message_json(3, "SELLER", "Dziękuję", started + timedelta(seconds=2))),
    ]
    assert find_sent(message, chat) == chat[2]
    assert find_sent(message, chat, known_before=frozenset({"m3"})) is None
    assert find_sent(message, chat, claimed=frozenset({"m3"})) is None
    assert find_sent(message, chat[:2]) is None


def test_a_file_allegro_would_refuse_fails_before_any_request(tmp_path: Path) -> None:
    allegro = ScriptedAllegro()
    script = tmp_path / "faktura.pdf.sh"
    script.write_text("#!/bin/sh\n", encoding="utf-8")

    async def body() -> OutgoingMessage:
        desk, engine = await engine_for(tmp_path / "data", allegro)
        message = OutgoingMessage(
            account=ACCOUNT, issue_id=ISSUE, text="W załączniku", attachment_paths=(str(script),)
        )
        result = await engine.outbox.submit(message)
        await desk.aclose()
        return result

    result = run(body)
    assert result.state is OutboxState.FAILED and result.reason is FailReason.ATTACHMENT
    assert result.detail == "faktura.pdf.sh"
    assert allegro.posts == []


def test_send_again_of_an_unconfirmed_message_allegro_has_posts_nothing(tmp_path: Path) -> None:
    # The POST reached Allegro, the connection broke, and the check could not read the chat.
    allegro = ScriptedAllegro()
    allegro.post_script = ["lost-after"]

    async def body() -> tuple[OutgoingMessage, OutgoingMessage | None, list[OutgoingMessage]]:
        desk, engine = await engine_for(tmp_path, allegro)
        allegro.chat_fails = True
        first = await engine.outbox.submit(outgoing("Wysłane raz"))
        allegro.chat_fails = False
        again = await engine.outbox.resend(first.local_id)
        stored = await stored_outbox(engine)
        await desk.aclose()
        return first, again, stored

    first, again, stored = run(body)
    assert first.state is OutboxState.UNCONFIRMED
    assert again is None  # settled as sent by the chat read, so nothing is left to send
    assert allegro.posts == ["Wysłane raz"]  # never twice
    assert stored == []


def test_send_again_of_an_unconfirmed_message_allegro_lacks_posts_it_once(tmp_path: Path) -> None:
    allegro = ScriptedAllegro()
    allegro.post_script = ["5xx-before"]  # outcome unknown, and Allegro did not store it

    async def body() -> tuple[OutgoingMessage, OutgoingMessage | None]:
        desk, engine = await engine_for(tmp_path, allegro)
        first = await engine.outbox.submit(outgoing("Po 502"))
        again = await engine.outbox.resend(first.local_id)
        await desk.aclose()
        return first, again

    first, again = run(body)
    assert first.state is OutboxState.UNCONFIRMED
    assert again is not None and again.state is OutboxState.SENT
    assert allegro.posts == ["Po 502", "Po 502"]
    assert [m["text"] for m in allegro.chat].count("Po 502") == 1


def test_send_again_without_a_chat_to_look_in_sends_nothing(tmp_path: Path) -> None:
    allegro = ScriptedAllegro()
    allegro.post_script = ["5xx-before"]

    async def body() -> tuple[OutgoingMessage, list[OutgoingMessage]]:
        desk, engine = await engine_for(tmp_path, allegro)
        first = await engine.outbox.submit(outgoing("Po 502"))
        allegro.chat_fails = True
        with pytest.raises(NetworkError):
            await engine.outbox.resend(first.local_id)
        entries = engine.outbox.entries()
        await desk.aclose()
        return first, entries

    first, entries = run(body)
    assert [(e.local_id, e.state) for e in entries] == [(first.local_id, OutboxState.UNCONFIRMED)]
    assert allegro.posts == ["Po 502"]


def test_send_again_does_not_post_when_the_words_may_already_be_in_the_chat(
    tmp_path: Path,
) -> None:
    # No saved chat and the read before the POST failed: the ids the chat had before are
    # unknown. The POST reached Allegro, then the connection broke.
    allegro = ScriptedAllegro()
    allegro.post_script = ["lost-after"]

    async def body() -> tuple[OutgoingMessage, list[OutgoingMessage]]:
        desk = Desk(tmp_path)
        engine = desk.engine(ACCOUNT)
        engine.attach(allegro)  # type: ignore[arg-type]
        await engine.refresh_issue(ISSUE)
        await engine.outbox.load()
        allegro.chat_fails = True
        first = await engine.outbox.submit(outgoing("Raz"))
        allegro.chat_fails = False
        with pytest.raises(MaybeInChatError):
            await engine.outbox.resend(first.local_id)
        entries = engine.outbox.entries()
        await desk.aclose()
        return first, entries

    first, entries = run(body)
    assert first.state is OutboxState.UNCONFIRMED
    assert [(e.local_id, e.state) for e in entries] == [(first.local_id, OutboxState.UNCONFIRMED)]
    assert allegro.posts == ["Raz"]  # never twice


def test_send_again_without_a_connection_says_so_and_keeps_the_message(tmp_path: Path) -> None:
    allegro = ScriptedAllegro()
    allegro.post_script = ["5xx-before"]

    async def body() -> list[OutgoingMessage]:
        desk, engine = await engine_for(tmp_path, allegro)
        first = await engine.outbox.submit(outgoing("X"))
        engine.attach(None)  # signed out, or a saved account not connected yet
        with pytest.raises(NotConnectedError):
            await engine.outbox.resend(first.local_id)
        entries = engine.outbox.entries()
        await desk.aclose()
        return entries

    assert [e.state for e in run(body)] == [OutboxState.UNCONFIRMED]
    assert allegro.posts == ["X"]
