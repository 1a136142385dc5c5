"""Typed, immutable views of Allegro's post-purchase issue JSON.

Every field of every schema may be missing or null (the contract lists no ``required``), and
enums grow without notice, so enum-like fields stay plain strings: the app compares them with
the constants in :mod:`.codes` and shows unknown values as they are. Each object keeps the JSON it
was parsed from (``raw``), so ``to_json()`` round-trips fields and values this version does not
know. Parsing never raises on any JSON value: see :mod:`.parsing`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

JsonObject = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal | None
    currency: str | None

    def wire_amount(self) -> str | None:
        """Allegro sends and expects amounts as strings with two decimals ("40.00")."""
        return None if self.amount is None else f"{self.amount:.2f}"


@dataclass(frozen=True, slots=True)
class Attachment:
    file_name: str | None
    url: str | None

    @property
    def attachment_id(self) -> str | None:
        """The id is the last path segment of the download URL."""
        if not self.url:
            return None
        tail = self.url.rstrip("/").rsplit("/", 1)[-1]
        return tail.split("?", 1)[0] or None


@dataclass(frozen=True, slots=True)
class User:
    id: str | None
    login: str | None


@dataclass(frozen=True, slots=True)
class CheckoutForm:
    id: str | None
    created_at: datetime | None


@dataclass(frozen=True, slots=True)
class IssueState:
    status: str | None
    status_due_date: datetime | None
    #: The seller's return decision: True, False or None (= not decided; always None for disputes).
    return_required: bool | None
    #: May the seller write now? None when the server did not say (pre-December-2025 data).
    chat_active: bool | None


@dataclass(frozen=True, slots=True)
class Author:
    login: str | None
    role: str | None


@dataclass(frozen=True, slots=True)
class ChatMessage:
    id: str | None
    text: str | None
    attachments: tuple[Attachment, ...]
    author: Author
    created_at: datetime | None
    raw: JsonObject = field(default_factory=dict, compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        return dict(self.raw)


@dataclass(frozen=True, slots=True)
class LastMessage:
    status: str | None
    created_at: datetime | None


@dataclass(frozen=True, slots=True)
class ChatSummary:
    last_message: LastMessage
    messages_count: int | None
    initial_message: ChatMessage | None


@dataclass(frozen=True, slots=True)
class Expectation:
    name: str | None
    refund: Money | None


@dataclass(frozen=True, slots=True)
class Reason:
    type: str | None
    description: str | None


@dataclass(frozen=True, slots=True)
class Offer:
    id: str | None
    quantity: int | None


@dataclass(frozen=True, slots=True)
class Product:
    id: str | None


@dataclass(frozen=True, slots=True)
class Issue:
    """One post-purchase issue: a discussion (``DISPUTE``) or a claim (``CLAIM``)."""

    id: str | None
    type: str | None
    reference_number: str | None
    decision_due_date: datetime | None
    opened_date: datetime | None
    subject: str | None
    buyer: User
    checkout_form: CheckoutForm
    current_state: IssueState
    chat: ChatSummary
    expectations: tuple[Expectation, ...]
    description: str | None
    offer: Offer | None
    product: Product | None
    reason: Reason | None
    right: str | None
    attachments: tuple[Attachment, ...]
    raw: JsonObject = field(default_factory=dict, compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        return dict(self.raw)
