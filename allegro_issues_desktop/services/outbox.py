"""The outbox: every message the seller sends, written down before it goes out (no Qt).

A POST of a message has no idempotency key, so a blind resend can post twice. The rules:

- the message is in the store (``queued``) before anything is sent, and ``sending`` (with the
  time the POST started and the chat ids known before it) before the POST starts;
- after any failure after which Allegro may have processed the POST (timeout, reset, 5xx, a 2xx
  whose body is broken) the chat is re-read and searched for a SELLER message with the same
  text that was not there before the send and was created after it started (minus clock skew);
  found = ``sent``; not found, or the re-read failed = ``unconfirmed``: every later chat read
  checks again, at start-up too, and "send again" is the seller's choice, with a warning;
- ``failed`` only when Allegro provably did not process it (409 chat closed, a refused file, a
  4xx answer, a sign-in that failed before the request left): the text is kept;
- without a network the message stays ``queued`` and goes out when Allegro answers again,
  after checking that the chat still accepts messages (``chatActive``).

Listeners get every state change as ``(message, server_copy)``; ``server_copy`` is Allegro's
message when the send succeeded.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..allegro.errors import (
    AllegroError,
    AuthenticationError,
    ChatClosedError,
    NetworkError,
    PayloadTooLargeError,
    RateLimitedError,
    ServerError,
    UnsupportedMediaTypeError,
)
from ..domain import AuthorRole, ChatMessage, can_write
from ..domain.attachments import UploadFile, UploadRejected, read_upload
from ..domain.outgoing import FailReason, OutboxState, OutgoingMessage

if TYPE_CHECKING:
    from ..store.base import IssueStore
    from ..store.thread import StoreThread
    from .sync import SyncEngine

log = logging.getLogger(__name__)

# Allowed difference between this machine's clock and Allegro's when matching a message.
CLOCK_SKEW = timedelta(minutes=2)
_BASELINE_KEY = "outbox-baseline:"

OutboxListener = Callable[[OutgoingMessage, ChatMessage | None], None]


def _now() -> datetime:
    return datetime.now(UTC)


def _same_text(a: str | None, b: str) -> bool:
    return (a or "").strip() == b.strip()


def find_sent(
    message: OutgoingMessage,
    chat: Iterable[ChatMessage],
    *,
    known_before: frozenset[str] = frozenset(),
    claimed: frozenset[str] = frozenset(),
) -> ChatMessage | None:
    """The chat message that is ``message``, if Allegro has it.

    A SELLER message with the same text, not among the ids the chat had before the send (an
    earlier identical "Dziękuję" is not this one), not already matched to another outgoing
    message, and created no earlier than the send started (minus clock skew).
    """
    started = message.send_started_at
    for candidate in chat:
        if candidate.author.role != AuthorRole.SELLER or not _same_text(
            candidate.text, message.text
        ):
            continue
        if candidate.id is not None and (candidate.id in known_before or candidate.id in claimed):
            continue
        if (
            started is not None
            and candidate.created_at is not None
            and candidate.created_at < started - CLOCK_SKEW
        ):
            continue
        return candidate
    return None


class Outbox:
    """One account's outgoing messages. See the module docstring for the rules.

    Attributes:
        loaded: the stored messages were read (call :meth:`load` once at start).
    """

    def __init__(self, account: str, store: StoreThread | None, engine: SyncEngine) -> None:
        self.account = account
        self._store = store
        self._engine = engine
        self._entries: dict[str, OutgoingMessage] = {}
        self._baselines: dict[str, frozenset[str]] = {}
        self._in_flight: set[str] = set()
        self._listeners: list[OutboxListener] = []
        self.loaded = False
        self.now: Callable[[], datetime] = _now

    # -- observing ---------------------------------------------------------------------------

    def subscribe(self, listener: OutboxListener) -> None:
        self._listeners.append(listener)

    def unsubscribe_all(self) -> None:
        self._listeners.clear()

    def entries(self, issue_id: str | None = None) -> list[OutgoingMessage]:
        """Messages not yet settled as sent, oldest first (one issue, or all)."""
        return sorted(
            (m for m in self._entries.values() if issue_id is None or m.issue_id == issue_id),
            key=lambda m: m.created_at,
        )

    def get(self, local_id: str) -> OutgoingMessage | None:
        return self._entries.get(local_id)

    def _notify(self, message: OutgoingMessage, server: ChatMessage | None = None) -> None:
        for listener in list(self._listeners):
            listener(message, server)

    # -- the store ---------------------------------------------------------------------------

    async def _persist(self, message: OutgoingMessage) -> None:
        """Durable before it returns: the state is on disk before the next step starts."""
        self._entries[message.local_id] = message
        if self._store is not None:
            try:
                await self._store.call(lambda s: s.put_outgoing(message))
            except Exception:  # keep going from memory; the store's problem is reported once
                log.warning("could not save an outgoing message", exc_info=True)
        self._notify(message)

    def _forget(self, message: OutgoingMessage) -> None:
        self._entries.pop(message.local_id, None)
        self._baselines.pop(message.local_id, None)
        if self._store is not None:
            key = _BASELINE_KEY + message.local_id

            def drop(store: IssueStore) -> None:
                store.remove_outgoing(self.account, message.local_id)
                store.set_meta(self.account, key, None)

            self._store.submit(drop)

    async def load(self) -> list[OutgoingMessage]:
        """Read what an earlier run left. A message found ``sending`` was on the wire when
        the app stopped: Allegro may have it, so it is ``unconfirmed`` until a chat read says."""
        if self._store is None:
            self.loaded = True
            return []
        account = self.account

        def read(store: IssueStore) -> tuple[list[OutgoingMessage], dict[str, str]]:
            messages = store.outbox(account)
            baselines = {
                m.local_id: value
                for m in messages
                if (value := store.meta(account, _BASELINE_KEY + m.local_id))
            }
            return messages, baselines

        try:
            messages, baselines = await self._store.call(read)
        except Exception:
            log.warning("could not read the outbox", exc_info=True)
            messages, baselines = [], {}
        for local_id, value in baselines.items():
            self._baselines[local_id] = _ids_from_json(value)
        for message in messages:
            if message.local_id in self._entries:
                continue
            if message.state is OutboxState.SENT:
                self._forget(message)
                continue
            if message.state is OutboxState.SENDING:
                message = message.with_state(OutboxState.UNCONFIRMED)
                await self._persist(message)
            else:
                self._entries[message.local_id] = message
                self._notify(message)
        self.loaded = True
        return self.entries()

    # -- the seller's actions ----------------------------------------------------------------

    async def submit(self, message: OutgoingMessage) -> OutgoingMessage:
        """Write ``message`` down, then send it if Allegro is reachable. Returns its state."""
        message = replace(message, account=self.account, state=OutboxState.QUEUED)
        await self._persist(message)
        return await self._send(message)

    async def resend(self, local_id: str) -> OutgoingMessage | None:
        """The seller chose to send again (after a warning for an unconfirmed message)."""
        message = self._entries.get(local_id)
        if message is None or local_id in self._in_flight:
            return message
        message = replace(message, state=OutboxState.QUEUED, reason=FailReason.NONE, detail="")
        # A new attempt: what the chat holds now is "before" this one.
        self._baselines.pop(local_id, None)
        await self._persist(message)
        return await self._send(message)

    async def discard(self, local_id: str) -> OutgoingMessage | None:
        """Take a message out of the outbox (its text goes back to the editor)."""
        message = self._entries.get(local_id)
        if message is None or local_id in self._in_flight:
            return None
        self._forget(message)
        gone = message.with_state(OutboxState.FAILED, FailReason.CANCELLED)
        self._notify(gone)
        return message

    async def send_queued(self) -> None:
        """Send what waited for the network, oldest first; stop while still offline."""
        for message in self.entries():
            if message.state is not OutboxState.QUEUED or message.local_id in self._in_flight:
                continue
            result = await self._send(message)
            if result.state is OutboxState.QUEUED:
                return

    # -- sending -----------------------------------------------------------------------------

    async def _send(self, message: OutgoingMessage) -> OutgoingMessage:
        client = self._engine.client
        if client is None or message.local_id in self._in_flight:
            return message
        issue = self._engine.issue(message.issue_id)
        if issue is not None and not can_write(issue):
            return await self._fail(message, FailReason.CHAT_CLOSED)
        self._in_flight.add(message.local_id)
        try:
            return await self._send_now(message)
        except asyncio.CancelledError:
            # Quit or account switch mid-send: whether Allegro has it is unknown now.
            current = self._entries.get(message.local_id, message)
            if current.state is OutboxState.SENDING:
                unconfirmed = current.with_state(OutboxState.UNCONFIRMED)
                self._entries[message.local_id] = unconfirmed
                if self._store is not None:
                    self._store.submit(lambda s: s.put_outgoing(unconfirmed))
                self._notify(unconfirmed)
            raise
        finally:
            self._in_flight.discard(message.local_id)

    async def _send_now(self, message: OutgoingMessage) -> OutgoingMessage:
        client = self._engine.client
        assert client is not None
        files: list[UploadFile] = []
        for name in message.attachment_paths:
            try:  # the domain's one set of attachment rules, before any traffic
                files.append(await asyncio.to_thread(read_upload, Path(name)))
            except UploadRejected as rejected:
                return await self._fail(message, FailReason.ATTACHMENT, rejected.path.name)
        attachment_ids: list[str] = []
        for upload in files:
            try:
                attachment_ids.append(
                    await client.upload_attachment(
                        upload.file_name, upload.data, upload.content_type
                    )
                )
            except (PayloadTooLargeError, UnsupportedMediaTypeError):
                return await self._fail(message, FailReason.ATTACHMENT, upload.file_name)
            except AllegroError as exc:
                # The message itself was not posted: it can wait for a better moment.
                return await self._requeue_or_fail(message, exc)
        known = await self._known_ids(message)
        sending = replace(message, state=OutboxState.SENDING, send_started_at=self.now())
        await self._persist(sending)
        try:
            server = await client.post_message(
                message.issue_id,
                message.text,
                attachment_ids=attachment_ids,
                message_type=message.message_type,
            )
        except ChatClosedError as exc:
            failed = await self._fail(sending, FailReason.CHAT_CLOSED, _detail(exc))
            await self._reread_issue(message.issue_id)
            return failed
        except AllegroError as exc:
            # The client says when Allegro may have processed the POST (timeout, reset, 5xx,
            # a 2xx with a broken body): then look before anything is sent again.
            if exc.outcome_unknown:
                self._engine.note_failure(exc)
                return await self._settle_unknown(sending, known)
            return await self._requeue_or_fail(sending, exc)
        return await self._mark_sent(sending, server)

    async def _known_ids(self, message: OutgoingMessage) -> frozenset[str]:
        """Ids the chat had before this send (saved with the message: a restart needs them)."""
        known = self._baselines.get(message.local_id)
        if known is not None:
            return known
        chat = await self._engine.cached_chat(message.issue_id) or []
        known = frozenset(m.id for m in chat if m.id is not None)
        self._baselines[message.local_id] = known
        if self._store is not None:
            value = json.dumps(sorted(known))
            key = _BASELINE_KEY + message.local_id
            self._store.submit(lambda s: s.set_meta(self.account, key, value))
        return known

    async def _requeue_or_fail(
        self, message: OutgoingMessage, exc: AllegroError
    ) -> OutgoingMessage:
        """Allegro provably did not process it. Network trouble or 429: wait and try again;
        a refusal: failed, with Allegro's sentence."""
        if isinstance(exc, NetworkError | RateLimitedError | ServerError):
            self._engine.note_failure(exc)
            queued = replace(message, state=OutboxState.QUEUED, send_started_at=None)
            await self._persist(queued)
            return queued
        reason = FailReason.AUTH if isinstance(exc, AuthenticationError) else FailReason.REJECTED
        return await self._fail(message, reason, _detail(exc))

    async def _fail(
        self, message: OutgoingMessage, reason: FailReason, detail: str = ""
    ) -> OutgoingMessage:
        failed = message.with_state(OutboxState.FAILED, reason, detail)
        await self._persist(failed)
        return failed

    async def _mark_sent(
        self, message: OutgoingMessage, server: ChatMessage | None
    ) -> OutgoingMessage:
        sent = replace(
            message.with_state(OutboxState.SENT),
            message_id=server.id if server is not None else message.message_id,
        )
        self._forget(sent)
        self._notify(sent, server)
        return sent

    async def _settle_unknown(
        self, message: OutgoingMessage, known: frozenset[str]
    ) -> OutgoingMessage:
        try:
            await self._engine.read_chat(message.issue_id)  # reconciles (and saves) the chat
        except AllegroError:
            log.info("re-reading the chat after an unknown send outcome failed", exc_info=True)
        current = self._entries.get(message.local_id)
        if current is None:  # found in the chat: already settled as sent
            return message.with_state(OutboxState.SENT)
        unconfirmed = current.with_state(OutboxState.UNCONFIRMED)
        await self._persist(unconfirmed)
        return unconfirmed

    async def _reread_issue(self, issue_id: str) -> None:
        try:
            await self._engine.refresh_issue(issue_id)
        except AllegroError:
            log.warning("could not re-read the issue after 409")

    # -- reconciling -------------------------------------------------------------------------

    async def reconcile(self, issue_id: str, chat: list[ChatMessage]) -> None:
        """A fresh chat read: settle every unconfirmed message of the issue that it contains."""
        claimed = {m.message_id for m in self._entries.values() if m.message_id}
        for message in self.entries(issue_id):
            if message.state not in (OutboxState.UNCONFIRMED, OutboxState.SENDING):
                continue
            if message.state is OutboxState.SENDING and message.local_id not in self._in_flight:
                continue
            found = find_sent(
                message,
                chat,
                known_before=self._baselines.get(message.local_id, frozenset()),
                claimed=frozenset(c for c in claimed if c),
            )
            if found is None:
                continue
            if found.id:
                claimed.add(found.id)
            await self._mark_sent(message, found)


def _detail(exc: AllegroError) -> str:
    return exc.user_message or ""


def _ids_from_json(value: str) -> frozenset[str]:
    try:
        data: Any = json.loads(value)
    except ValueError:
        return frozenset()
    if not isinstance(data, list):
        return frozenset()
    return frozenset(x for x in data if isinstance(x, str))
