"""Tolerant parsing of Allegro JSON into :mod:`.models`. Never raises on any JSON value."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, TypeGuard

from msgspec.structs import replace

from .models import (
    Attachment,
    Author,
    ChatMessage,
    ChatSummary,
    CheckoutForm,
    Expectation,
    Issue,
    IssueState,
    LastMessage,
    Money,
    Offer,
    Product,
    Reason,
    User,
)
from .timestamps import parse_timestamp

_EMPTY: Mapping[str, Any] = {}


def _is_obj(value: object) -> TypeGuard[Mapping[str, Any]]:
    # Decoded JSON objects are dicts: that check is a pointer compare, the ABC's is ~10x slower.
    return type(value) is dict or isinstance(value, Mapping)


def _obj(value: object) -> Mapping[str, Any]:
    return value if _is_obj(value) else _EMPTY


def _str(value: object) -> str | None:
    """Strings stay strings; numbers (ids sometimes arrive as numbers) become strings."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _code(value: object) -> str | None:
    """An enum-like value (status, type, role): interned, so 100,000 issues share one copy of
    "DISPUTE_ONGOING" instead of holding one each. Long or odd values are kept as they are."""
    text = _str(value)
    return sys.intern(text) if type(text) is str and len(text) <= 64 else text


def _bool(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _decimal(value: object) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    try:
        parsed = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return None
    return parsed if parsed.is_finite() else None


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def parse_money(value: object) -> Money | None:
    if not _is_obj(value):
        return None
    return Money(amount=_decimal(value.get("amount")), currency=_code(value.get("currency")))


def parse_attachment(value: object) -> Attachment:
    data = _obj(value)
    return Attachment(file_name=_str(data.get("fileName")), url=_str(data.get("url")))


def _attachments(value: object) -> tuple[Attachment, ...]:
    return tuple(parse_attachment(a) for a in _list(value) if _is_obj(a))


def parse_chat_message(value: object) -> ChatMessage:
    data = _obj(value)
    author = _obj(data.get("author"))
    return ChatMessage(
        id=_str(data.get("id")),
        text=_str(data.get("text")),
        attachments=_attachments(data.get("attachments")),
        author=Author(login=_str(author.get("login")), role=_code(author.get("role"))),
        created_at=parse_timestamp(data.get("createdAt")),
        raw=dict(data),
    )


def parse_issue(value: object, *, lean: bool = False) -> Issue:
    """``lean``: without the JSON (``to_json()`` is then empty) and the chat's initial message,
    for the many issues held in memory whose JSON the store keeps: those are ~7.5 KB of memory
    per issue, the rest ~2 KB. The chat view reads the initial message with the chat."""
    data = _obj(value)
    buyer = _obj(data.get("buyer"))
    checkout = _obj(data.get("checkoutForm"))
    state = _obj(data.get("currentState"))
    chat = _obj(data.get("chat"))
    last = _obj(chat.get("lastMessage"))
    initial = chat.get("initialMessage")
    offer = data.get("offer")
    product = data.get("product")
    reason = data.get("reason")
    return Issue(
        id=_str(data.get("id")),
        type=_code(data.get("type")),
        reference_number=_str(data.get("referenceNumber")),
        decision_due_date=parse_timestamp(data.get("decisionDueDate")),
        opened_date=parse_timestamp(data.get("openedDate")),
        subject=_str(data.get("subject")),
        buyer=User(id=_str(buyer.get("id")), login=_str(buyer.get("login"))),
        checkout_form=CheckoutForm(
            id=_str(checkout.get("id")), created_at=parse_timestamp(checkout.get("createdAt"))
        ),
        current_state=IssueState(
            status=_code(state.get("status")),
            status_due_date=parse_timestamp(state.get("statusDueDate")),
            return_required=_bool(state.get("returnRequired")),
            chat_active=_bool(state.get("chatActive")),
        ),
        chat=ChatSummary(
            last_message=LastMessage(
                status=_code(last.get("status")), created_at=parse_timestamp(last.get("createdAt"))
            ),
            messages_count=_int(chat.get("messagesCount")),
            initial_message=(
                parse_chat_message(initial) if _is_obj(initial) and not lean else None
            ),
        ),
        expectations=tuple(
            Expectation(name=_code(e.get("name")), refund=parse_money(e.get("refund")))
            for e in _list(data.get("expectations"))
            if _is_obj(e)
        ),
        description=_str(data.get("description")),
        offer=(
            Offer(id=_str(offer.get("id")), quantity=_int(offer.get("quantity")))
            if _is_obj(offer)
            else None
        ),
        product=Product(id=_str(product.get("id"))) if _is_obj(product) else None,
        reason=(
            Reason(type=_code(reason.get("type")), description=_str(reason.get("description")))
            if _is_obj(reason)
            else None
        ),
        right=_code(data.get("right")),
        attachments=_attachments(data.get("attachments")),
        raw=_EMPTY if lean else dict(data),
    )


def lean_issue(issue: Issue) -> Issue:
    """The same issue as ``parse_issue(..., lean=True)`` would give."""
    if not issue.raw and issue.chat.initial_message is None:
        return issue
    return replace(issue, raw=_EMPTY, chat=replace(issue.chat, initial_message=None))


def parse_issue_list(value: object) -> list[Issue]:
    """Body of ``GET /sale/issues``: ``{"issues": [...]}``; non-object entries are skipped."""
    return [parse_issue(i) for i in _list(_obj(value).get("issues")) if _is_obj(i)]


def parse_chat(value: object) -> list[ChatMessage]:
    """Body of ``GET /sale/issues/{id}/chat``: ``{"chat": [...]}``."""
    return [parse_chat_message(m) for m in _list(_obj(value).get("chat")) if _is_obj(m)]
