"""The one type for a message on its way to Allegro, and the states it passes through.

A POST of a message has no idempotency key, so an outgoing message is written down (the outbox)
before the request starts, and its state says what the app knows about it:

``queued`` → ``sending`` → ``sent`` | ``unconfirmed`` | ``failed``

- ``queued``: waiting for the network (offline) or for its turn.
- ``sending``: the POST may be on the wire. Found in this state at start-up = the app died
  mid-send: Allegro may have it, so it becomes ``unconfirmed``, never "not sent".
- ``sent``: Allegro accepted it (or it was found in the chat afterwards).
- ``unconfirmed``: Allegro may have processed it and no chat read has settled it yet; every later
  chat read checks again. Sending it again is offered only with a warning.
- ``failed``: Allegro provably did not process it (``reason`` says why); the text is kept.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum

import msgspec
from msgspec.structs import replace


class OutboxState(Enum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    UNCONFIRMED = "unconfirmed"
    FAILED = "failed"


class FailReason(Enum):
    """Why a message was provably not processed (the UI turns each into a sentence)."""

    NONE = ""
    CHAT_CLOSED = "chat_closed"  # 409, or chatActive false before sending
    ATTACHMENT = "attachment"  # a local file Allegro would refuse, or the upload was refused
    REJECTED = "rejected"  # a 4xx answer to the POST (not 409)
    AUTH = "auth"  # signed out / token refused before the POST reached Allegro
    NETWORK = "network"  # the request never reached Allegro (refused connection, DNS)
    CANCELLED = "cancelled"  # the seller took it back before it was sent


def _now() -> datetime:
    return datetime.now(UTC)


def new_local_id() -> str:
    import uuid  # here: it imports ``platform``, ~3 ms before the first rows otherwise

    return uuid.uuid4().hex


class OutgoingMessage(msgspec.Struct, frozen=True):
    """A message the seller wrote, from the composer to Allegro. Immutable: updates copy it.

    ``account`` and ``issue_id`` key it (issue ids are unique only within one account).
    ``send_started_at`` is when the POST began: a SELLER message with the same text created
    after it is this message (an earlier identical "Dziękuję" is not).
    ``detail`` is the server's own sentence for a failure, when it gave one (shown as is).
    """

    account: str
    issue_id: str
    text: str
    message_type: str = "REGULAR"
    attachment_paths: tuple[str, ...] = ()
    local_id: str = msgspec.field(default_factory=new_local_id)
    state: OutboxState = OutboxState.QUEUED
    reason: FailReason = FailReason.NONE
    detail: str = ""
    created_at: datetime = msgspec.field(default_factory=_now)
    send_started_at: datetime | None = None
    message_id: str | None = None  # Allegro's id once sent

    def with_state(
        self, state: OutboxState, reason: FailReason = FailReason.NONE, detail: str = ""
    ) -> OutgoingMessage:
        return replace(self, state=state, reason=reason, detail=detail)

    @property
    def settled(self) -> bool:
        """Nothing more will happen to it without the seller (sent, or failed)."""
        return self.state in (OutboxState.SENT, OutboxState.FAILED)
