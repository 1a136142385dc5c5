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
  after checking that the chat still accepts messages (``chatActive``);
- the ids "known before" come from the saved chat, else from a fresh read, plus the ids this
  outbox saw sent to the issue; when neither can be had, a message whose outcome is unknown
  is never matched (``unconfirmed``: an identical earlier message could not be told apart);
- a message can be taken back (:meth:`Outbox.take_back`) until its POST begins, even while
  its attachments upload: the send then stops before the POST.

Listeners get every state change as ``(message, server_copy)``; ``server_copy`` is Allegro's
message when the send succeeded. :meth:`Outbox.on_disk` says whether the message's last state
reached the disk (not when the store fails or keeps data in memory): until it does, whoever
handed the message over keeps its own copy (the chat panel's draft).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msgspec.structs import replace

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


class MaybeInChatError(Exception):
    """*Send again* refused: the chat holds a seller message with the same words, sent after
    this one started, and without the ids the chat had before there is no telling whether it
    is this one. The message stays unconfirmed; the seller looks and decides."""


class NotConnectedError(Exception):
    """*Send again* on an account without an Allegro connection (signed out, not yet connected):
    nothing can be checked or sent now."""


def _now() -> datetime:
    return datetime.now(UTC)


def _same_text(a: str | None, b: str) -> bool:
    return (a or "").strip() == b.strip()


def find_sent(
    message: OutgoingMessage,
    chat: Iterable[ChatMessage],
    *,
    known_before: frozenset[str] | None = frozenset(),
    claimed: frozenset[str] = frozenset(),
) -> ChatMessage | None:
    """The chat message that is ``message``, if Allegro has it.

    A SELLER message with the same text, not among the ids the chat had before the send (an
    earlier identical "Dziękuję" is not this one), not already matched to another outgoing
    message, and created no earlier than the send started (minus clock skew). None when
    ``known_before`` is None: without them an earlier identical message could be taken for it.
    """
    if known_before is None:
        return None
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
        #: Per message, the chat ids known before its send (None: they could not be had).
        self._baselines: dict[str, frozenset[str] | None] = {}
        self._in_flight: set[str] = set()
        #: Taken back while their send was under way: it stops before the POST.
        self._taken_back: set[str] = set()
        #: Messages whose last state did not reach the disk.
        self._not_on_disk: set[str] = set()
        #: Per issue, the ids of messages this outbox saw sent (a chat not re-read since may
        #: lack them, and the next identical text must not be taken for them).
        self._sent_ids: dict[str, set[str]] = {}
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

    def on_disk(self, local_id: str) -> bool:
        """Whether the message's last state reached the disk (see the module docstring)."""
        return local_id not in self._not_on_disk

    def _notify(self, message: OutgoingMessage, server: ChatMessage | None = None) -> None:
        for listener in list(self._listeners):
            listener(message, server)

    # -- the store ---------------------------------------------------------------------------

    async def _persist(self, message: OutgoingMessage) -> None:
        """Durable before it returns: the state is on disk before the next step starts."""
        if message.local_id in self._taken_back:
            return  # the seller took it back while its send was under way
        self._entries[message.local_id] = message

        def put(store: IssueStore) -> bool:
            store.put_outgoing(message)
            return store.problem is None  # else the store keeps data in memory only

        saved = False
        if self._store is not None:
            try:
                saved = await self._store.call(put)
            except Exception:  # keep going from memory; the store's problem is reported once
                log.warning("could not save an outgoing message", exc_info=True)
        if saved:
            self._not_on_disk.discard(message.local_id)
        else:
            self._not_on_disk.add(message.local_id)
        self._notify(message)

    def _forget(self, message: OutgoingMessage) -> None:
        self._entries.pop(message.local_id, None)
        self._baselines.pop(message.local_id, None)
        self._not_on_disk.discard(message.local_id)
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
        """The seller chose to send again (the bubble's note warned for an unconfirmed one).

        An unconfirmed message is looked for in a fresh read of the chat first: if its earlier
        POST did reach Allegro, that read settles it as sent and nothing is posted twice. It
        stays unconfirmed, and nothing is posted, when the chat cannot be read (that read's
        :class:`AllegroError`), when the account has no connection (:class:`NotConnectedError`),
        or when the chat holds the same words sent after it but the ids it had before the send
        are unknown (:class:`MaybeInChatError`: it may well be this message).
        """
        message = self._entries.get(local_id)
        if message is None or local_id in self._in_flight:
            return message
        if message.state is OutboxState.UNCONFIRMED:
            if self._engine.client is None:
                raise NotConnectedError(message.issue_id)
            chat = await self._engine.read_chat(message.issue_id)  # reconciles this outbox
            message = self._entries.get(local_id)
            if (
                message is None
                or message.state is not OutboxState.UNCONFIRMED
                or local_id in self._in_flight
            ):
                return message
            if self._baselines.get(local_id, frozenset()) is None and (
                find_sent(message, chat, claimed=frozenset(self._claimed(message.issue_id)))
                is not None
            ):
                raise MaybeInChatError(message.issue_id)
        message = replace(message, state=OutboxState.QUEUED, reason=FailReason.NONE, detail="")
        # A new attempt: what the chat holds now is "before" this one.
        self._drop_baseline(message)
        await self._persist(message)
        return await self._send(message)

    async def discard(self, local_id: str) -> OutgoingMessage | None:
        """:meth:`take_back`, for a caller on the event loop."""
        return self.take_back(local_id)

    def take_back(self, local_id: str) -> OutgoingMessage | None:
        """Take a message out of the outbox (its text goes back to the editor), at once.

        None when the outbox does not have it or its POST has begun (``sending``: Allegro may
        have it). A send still uploading or looking at the chat stops before its POST.
        """
        message = self._entries.get(local_id)
        if message is None or message.state is OutboxState.SENDING:
            return None
        if local_id in self._in_flight:
            self._taken_back.add(local_id)
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
        if message.local_id not in self._entries or message.local_id in self._taken_back:
            return message  # taken back meanwhile (a listed copy, or during its first write)
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
        if message.local_id in self._taken_back:
            return message.with_state(OutboxState.FAILED, FailReason.CANCELLED)
        await self._known_ids(message)  # saved with the message before its POST
        if message.local_id in self._taken_back:  # no await from here to the SENDING state
            self._drop_baseline(message)
            return message.with_state(OutboxState.FAILED, FailReason.CANCELLED)
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
                return await self._settle_unknown(sending)
            return await self._requeue_or_fail(sending, exc)
        return await self._mark_sent(sending, server)

    async def _known_ids(self, message: OutgoingMessage) -> frozenset[str] | None:
        """Ids the chat had before this send (saved with the message: a restart needs them),
        None when they cannot be had (no saved chat, and reading it failed)."""
        if message.local_id in self._baselines:
            return self._baselines[message.local_id]
        issue_id = message.issue_id
        chat = await self._engine.cached_chat(issue_id)
        if chat is None:  # never read: what it holds now must be known before the POST
            try:
                chat = await self._engine.read_chat(issue_id)
            except AllegroError:
                log.info("no chat to compare a send with", exc_info=True)
        known = None
        if chat is not None:
            ids = {m.id for m in chat if m.id is not None}
            known = frozenset(ids | self._sent_ids.get(issue_id, set()))
        self._baselines[message.local_id] = known
        if self._store is not None:
            value = json.dumps(None if known is None else sorted(known))
            key = _BASELINE_KEY + message.local_id
            self._store.submit(lambda s: s.set_meta(self.account, key, value))
        return known

    def _drop_baseline(self, message: OutgoingMessage) -> None:
        """A new attempt compares with the chat as it is then (the last one was not posted)."""
        if message.local_id not in self._baselines:
            return
        del self._baselines[message.local_id]
        if self._store is not None:
            key = _BASELINE_KEY + message.local_id
            self._store.submit(lambda s: s.set_meta(self.account, key, None))

    async def _requeue_or_fail(
        self, message: OutgoingMessage, exc: AllegroError
    ) -> OutgoingMessage:
        """Allegro provably did not process it. Network trouble or 429: wait and try again;
        a refusal: failed, with Allegro's sentence."""
        if isinstance(exc, NetworkError | RateLimitedError | ServerError):
            self._engine.note_failure(exc)
            self._drop_baseline(message)
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
        if sent.message_id:
            self._sent_ids.setdefault(sent.issue_id, set()).add(sent.message_id)
        self._forget(sent)
        self._notify(sent, server)
        if server is not None and server.id:
            self._add_to_saved_chat(sent.issue_id, server)
        return sent

    def _add_to_saved_chat(self, issue_id: str, server: ChatMessage) -> None:
        """The saved chat gets Allegro's copy at once: the next send of the same words (after
        a restart too) knows it was there before."""
        if self._store is None or not server.raw:
            return
        account, copy, server_id = self.account, dict(server.raw), server.id

        def append(store: IssueStore) -> None:
            # Read and write in one step on the store's thread: a chat saved meanwhile (a
            # newer read) is appended to, never replaced by an older one.
            saved = store.chat(account, issue_id)
            if saved is not None and all(m.get("id") != server_id for m in saved):
                store.put_chat(account, issue_id, [*saved, copy])

        self._store.submit(append)

    async def _settle_unknown(self, message: OutgoingMessage) -> OutgoingMessage:
        """A chat read decides (with the baseline saved for the message, see reconcile)."""
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

    def _claimed(self, issue_id: str) -> set[str]:
        """Chat ids that are other outgoing messages already (settled or matched; never "")."""
        claimed = {m.message_id for m in self._entries.values() if m.message_id}
        return claimed | self._sent_ids.get(issue_id, set())  # settled already: not another one

    async def reconcile(self, issue_id: str, chat: list[ChatMessage]) -> None:
        """A fresh chat read: settle every unconfirmed message of the issue that it contains."""
        claimed = self._claimed(issue_id)
        for message in self.entries(issue_id):
            if message.state not in (OutboxState.UNCONFIRMED, OutboxState.SENDING):
                continue
            if message.state is OutboxState.SENDING and message.local_id not in self._in_flight:
                continue
            found = find_sent(
                message,
                chat,
                known_before=self._baselines.get(message.local_id, frozenset()),
                claimed=frozenset(claimed),
            )
            if found is None:
                continue
            if found.id:
                claimed.add(found.id)
            await self._mark_sent(message, found)


def _detail(exc: AllegroError) -> str:
    return exc.user_message or ""


def _ids_from_json(value: str) -> frozenset[str] | None:
    """A saved baseline; None for "could not be had" (``null``) and for anything unreadable
    (never matching is the safe side)."""
    try:
        data: Any = json.loads(value)
    except ValueError:
        return None
    if not isinstance(data, list):
        return None
    return frozenset(x for x in data if isinstance(x, str))
