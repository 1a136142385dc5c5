"""Typed, immutable views of Allegro's post-purchase issue JSON.

Every field of every schema may be missing or null (the contract lists no ``required``), and
enums grow without notice, so enum-like fields stay plain strings: the app compares them with
the constants in :mod:`.codes` and shows unknown values as they are. Each object keeps the JSON it
was parsed from (``raw``), so ``to_json()`` round-trips fields and values this version does not
know. Parsing never raises on any JSON value: see :mod:`.parsing`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from decimal import Decimal
from operator import attrgetter
from typing import Any

import msgspec

JsonObject = Mapping[str, Any]


class _Model(msgspec.Struct, frozen=True, gc=False):
    """Immutable, compared and hashed by value like a frozen dataclass, but made in C: a full
    sync builds ~1,000,000 of these (100,000 issues), ~7x faster than dataclasses, and none is
    tracked by the cycle collector (they hold JSON values and each other, never a cycle)."""


def _compared_without_raw(cls: type[Any]) -> type[Any]:
    """``raw`` (the JSON an object was parsed from) takes no part in ``==``, ``hash`` or
    ``repr``: two parses that read the same are equal, and buyer text in unknown fields stays
    out of logs."""
    names = tuple(n for n in cls.__struct_fields__ if n != "raw")
    values = attrgetter(*names)

    def __eq__(self: Any, other: object) -> bool:
        if type(other) is not cls:
            return NotImplemented
        return bool(values(self) == values(other))

    def __ne__(self: Any, other: object) -> bool:
        if type(other) is not cls:
            return NotImplemented
        return bool(values(self) != values(other))

    def __hash__(self: Any) -> int:
        return hash(values(self))

    def __repr__(self: Any) -> str:
        return f"{cls.__name__}({', '.join(f'{n}={getattr(self, n)!r}' for n in names)})"

    def __rich_repr__(self: Any) -> Iterator[tuple[str, Any]]:  # msgspec's own shows raw
        for name in names:
            yield name, getattr(self, name)

    for method in (__eq__, __ne__, __hash__, __repr__, __rich_repr__):
        setattr(cls, method.__name__, method)
    return cls


class Money(_Model, frozen=True):
    amount: Decimal | None
    currency: str | None

    def wire_amount(self) -> str | None:
        """Allegro sends and expects amounts as strings with two decimals ("40.00")."""
        return None if self.amount is None else f"{self.amount:.2f}"


class Attachment(_Model, frozen=True):
    file_name: str | None
    url: str | None

    @property
    def attachment_id(self) -> str | None:
        """The id is the last path segment of the download URL."""
        if not self.url:
            return None
        tail = self.url.rstrip("/").rsplit("/", 1)[-1]
        return tail.split("?", 1)[0] or None


class User(_Model, frozen=True):
    id: str | None
    login: str | None


class CheckoutForm(_Model, frozen=True):
    id: str | None
    created_at: datetime | None


class IssueState(_Model, frozen=True):
    status: str | None
    status_due_date: datetime | None
    #: The seller's return decision: True, False or None (= not decided; always None for disputes).
    return_required: bool | None
    #: May the seller write now? None when the server did not say (pre-December-2025 data).
    chat_active: bool | None


class Author(_Model, frozen=True):
    login: str | None
    role: str | None


@_compared_without_raw
class ChatMessage(_Model, frozen=True, eq=False):
    id: str | None
    text: str | None
    attachments: tuple[Attachment, ...]
    author: Author
    created_at: datetime | None
    raw: JsonObject = msgspec.field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return dict(self.raw)


class LastMessage(_Model, frozen=True):
    status: str | None
    created_at: datetime | None


class ChatSummary(_Model, frozen=True):
    last_message: LastMessage
    messages_count: int | None
    initial_message: ChatMessage | None


class Expectation(_Model, frozen=True):
    name: str | None
    refund: Money | None


class Reason(_Model, frozen=True):
    type: str | None
    description: str | None


class Offer(_Model, frozen=True):
    id: str | None
    quantity: int | None


class Product(_Model, frozen=True):
    id: str | None


@_compared_without_raw
class Issue(_Model, frozen=True, eq=False):
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
    raw: JsonObject = msgspec.field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return dict(self.raw)
