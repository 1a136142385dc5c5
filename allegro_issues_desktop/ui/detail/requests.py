"""What the detail panel asks the window to do: send a message, give a verdict on a claim."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain import Money

# The one type of an outgoing message lives in the domain (the outbox persists it).
from ...domain.outgoing import OutgoingMessage, new_local_id

__all__ = ["OutgoingMessage", "VerdictRequest", "new_local_id"]


@dataclass(frozen=True, slots=True)
class VerdictRequest:
    issue_id: str
    verdict: str  # a ClaimVerdict value
    message: str
    partial_refund: Money | None = None
