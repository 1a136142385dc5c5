"""What the detail panel asks the window to do: send a message, give a verdict on a claim."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ...domain import Money


def new_local_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """A message the seller sent from the composer; ``local_id`` ties the bubble to the result."""

    local_id: str
    issue_id: str
    text: str
    message_type: str = "REGULAR"
    attachment_paths: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class VerdictRequest:
    issue_id: str
    verdict: str  # a ClaimVerdict value
    message: str
    partial_refund: Money | None = None
