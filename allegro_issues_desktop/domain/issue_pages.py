"""A page of ``GET /sale/issues`` straight from its bytes into lean issues, each with its JSON.

:func:`decode_issue_page` is the fast path of the list: msgspec cuts the page into each issue's
own JSON text (``msgspec.Raw``: no tree of the page) and decodes each into typed structs, from
which the lean :class:`~.models.Issue` is built, the same as ``parse_issue(..., lean=True)``
builds from the decoded JSON. The issue's text goes to the store as received (no re-encoding).

It accepts only what it reads exactly as the generic path would (``errors.decode_json`` +
``parsing.parse_issue``): a value of another type than the structs say (an id as a number, a
list where an object belongs), an issue nested deeper than the cap, an integer too long for
``int()``, a lone surrogate... sends that issue through the generic path on its own text, and
anything that the generic path would refuse for the whole page (broken JSON, garbled UTF-8,
``NaN``, too deep nesting, a key beside ``issues``) makes :func:`decode_issue_page` answer None:
the caller then decodes the page the generic way, which refuses it with its usual error. So
results are identical to the generic path's, only cheaper (see ``bench/README.md``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, NamedTuple

import msgspec

from ..json_limits import nesting_within, reject_constant
from .models import (
    Attachment,
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
from .parsing import _code, _decimal, _is_obj, parse_issue

#: Deepest JSON nesting the generic path accepts for a whole page (``errors.MAX_JSON_DEPTH``);
#: an issue sits two levels down (``{"issues": [issue]}``).
PAGE_DEPTH = 64
ISSUE_DEPTH = PAGE_DEPTH - 2

# ``int()`` refuses longer digit strings (sys.int_max_str_digits); msgspec does not.
_MAX_DIGITS = 4300
_LONG_DIGITS = re.compile(r"[0-9]{%d}" % (_MAX_DIGITS + 1), re.ASCII)  # noqa: UP031

_EMPTY: Mapping[str, Any] = {}


class ListedIssue(NamedTuple):
    """One issue of a list page: lean (as ``parse_issue(..., lean=True)`` makes it) and its JSON:
    the text as received (fast path) or the decoded object (generic path)."""

    issue: Issue
    json: str | Mapping[str, Any]


# -- the structs: every field the lean issue reads, with the one JSON type it is read from -----
# Missing fields and nulls are None. Any other type is a validation error (-> generic path);
# unknown fields are skipped (the text keeps them). gc=False: no cycles, cheaper to make.
# Timestamps are parsed by msgspec (RFC 3339, ~30 ns each instead of ~800 in Python) and made
# UTC as ``parse_timestamp`` makes them (:func:`_utc`); what msgspec refuses (no seconds, a
# space before the zone, ...) goes the generic way; both round sub-microseconds alike.


class _User(msgspec.Struct, gc=False):
    id: str | None = None
    login: str | None = None


class _CheckoutForm(msgspec.Struct, gc=False):
    id: str | None = None
    createdAt: datetime | None = None


class _State(msgspec.Struct, gc=False):
    status: str | None = None
    statusDueDate: datetime | None = None
    returnRequired: bool | None = None
    chatActive: bool | None = None


class _LastMessage(msgspec.Struct, gc=False):
    status: str | None = None
    createdAt: datetime | None = None


class _Chat(msgspec.Struct, gc=False):
    # initialMessage: not in a lean issue, so skipped like any unknown field
    lastMessage: _LastMessage | None = None
    messagesCount: int | None = None


class _Money(msgspec.Struct, gc=False):
    amount: str | None = None
    currency: str | None = None


class _Expectation(msgspec.Struct, gc=False):
    name: str | None = None
    refund: _Money | None = None


class _Offer(msgspec.Struct, gc=False):
    id: str | None = None
    quantity: int | None = None


class _Product(msgspec.Struct, gc=False):
    id: str | None = None


class _Reason(msgspec.Struct, gc=False):
    type: str | None = None
    description: str | None = None


class _Attachment(msgspec.Struct, gc=False):
    fileName: str | None = None
    url: str | None = None


class _Issue(msgspec.Struct, gc=False):
    id: str | None = None
    type: str | None = None
    referenceNumber: str | None = None
    decisionDueDate: datetime | None = None
    openedDate: datetime | None = None
    subject: str | None = None
    buyer: _User | None = None
    checkoutForm: _CheckoutForm | None = None
    currentState: _State | None = None
    chat: _Chat | None = None
    expectations: list[_Expectation] | None = None
    description: str | None = None
    offer: _Offer | None = None
    product: _Product | None = None
    reason: _Reason | None = None
    right: str | None = None
    attachments: list[_Attachment] | None = None


class _Page(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    # Only "issues" (the contract's whole answer): anything beside it would be skipped unread,
    # and the generic path reads (and may refuse) it.
    issues: list[msgspec.Raw]


_PAGE = msgspec.json.Decoder(_Page)
_ISSUE = msgspec.json.Decoder(_Issue)

_NO_USER = _User()
_NO_FORM = _CheckoutForm()
_NO_STATE = _State()
_NO_CHAT = _Chat()
_NO_LAST = _LastMessage()


class _Refused(Exception):
    """The generic path would refuse the whole page."""


def _generic(text: str) -> ListedIssue | None:
    """The generic path for one issue's text: None for an entry that is not an object (the
    list skips those); :class:`_Refused` for what would make the whole page refused."""
    try:
        value = json.loads(text, parse_constant=reject_constant)
    except (ValueError, RecursionError) as exc:
        raise _Refused from exc
    if not nesting_within(value, ISSUE_DEPTH):
        raise _Refused
    if not _is_obj(value):
        return None
    return ListedIssue(parse_issue(value, lean=True), value)


# Parts many issues have alike (a state, a reason, the expectations, no product id) are made
# once and shared: the objects are immutable, so an issue cannot tell; it saves their making
# and their memory. Each cache is emptied when it grows past this.
_SHARED_MAX = 4096
_StateKey = tuple[str | None, datetime | None, bool | None, bool | None]
_STATES: dict[_StateKey, IssueState] = {}
_REASONS: dict[tuple[str | None, str | None], Reason] = {}
_ExpectationKey = tuple[tuple[str | None, bool, str | None, str | None], ...]
_EXPECTATIONS: dict[_ExpectationKey, tuple[Expectation, ...]] = {}
_NO_PRODUCT_ID = Product(id=None)


def _utc(value: datetime | None) -> datetime | None:
    """``parse_timestamp``'s answer for what msgspec parsed: naive is UTC, offsets become UTC
    (an overflow raises: the caller's generic path then says None, as parse_timestamp does)."""
    if value is None or value.tzinfo is UTC:
        return value
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _state(
    state: _State, decision_due: datetime | None, decision_due_date: datetime | None
) -> IssueState:
    key = (state.status, state.statusDueDate, state.returnRequired, state.chatActive)
    found = _STATES.get(key)
    if found is None:
        if len(_STATES) >= _SHARED_MAX:
            _STATES.clear()
        due = state.statusDueDate
        found = _STATES[key] = IssueState(
            status=_code(state.status),
            # a claim's status deadline is mostly its decision deadline: parsed once
            status_due_date=decision_due_date if due == decision_due else _utc(due),
            return_required=state.returnRequired,
            chat_active=state.chatActive,
        )
    return found


def _reason(reason: _Reason) -> Reason:
    key = (reason.type, reason.description)
    found = _REASONS.get(key)
    if found is None:
        if len(_REASONS) >= _SHARED_MAX:
            _REASONS.clear()
        found = _REASONS[key] = Reason(type=_code(reason.type), description=reason.description)
    return found


def _money(refund: _Money) -> Money:
    return Money(amount=_decimal(refund.amount), currency=_code(refund.currency))


def _expectations(items: list[_Expectation]) -> tuple[Expectation, ...]:
    key = tuple(
        (
            e.name,
            e.refund is None,
            None if e.refund is None else e.refund.amount,
            None if e.refund is None else e.refund.currency,
        )
        for e in items
    )
    found = _EXPECTATIONS.get(key)
    if found is None:
        if len(_EXPECTATIONS) >= _SHARED_MAX:
            _EXPECTATIONS.clear()
        found = _EXPECTATIONS[key] = tuple(
            Expectation(name=_code(e.name), refund=None if e.refund is None else _money(e.refund))
            for e in items
        )
    return found


def _issue(s: _Issue) -> Issue:
    """The lean issue of ``s``: ``parsing.parse_issue(..., lean=True)`` field by field."""
    buyer = s.buyer or _NO_USER
    form = s.checkoutForm or _NO_FORM
    chat = s.chat or _NO_CHAT
    last = chat.lastMessage or _NO_LAST
    offer, product, reason = s.offer, s.product, s.reason
    decision_due_date = _utc(s.decisionDueDate)
    return Issue(
        id=s.id,
        type=_code(s.type),
        reference_number=s.referenceNumber,
        decision_due_date=decision_due_date,
        opened_date=_utc(s.openedDate),
        subject=s.subject,
        buyer=User(id=buyer.id, login=buyer.login),
        checkout_form=CheckoutForm(id=form.id, created_at=_utc(form.createdAt)),
        current_state=_state(s.currentState or _NO_STATE, s.decisionDueDate, decision_due_date),
        chat=ChatSummary(
            last_message=LastMessage(status=_code(last.status), created_at=_utc(last.createdAt)),
            messages_count=chat.messagesCount,
            initial_message=None,
        ),
        expectations=_expectations(s.expectations) if s.expectations else (),
        description=s.description,
        offer=None if offer is None else Offer(id=offer.id, quantity=offer.quantity),
        product=(
            None
            if product is None
            else _NO_PRODUCT_ID
            if product.id is None
            else Product(product.id)
        ),
        reason=None if reason is None else _reason(reason),
        right=_code(s.right),
        attachments=(
            tuple(Attachment(file_name=a.fileName, url=a.url) for a in s.attachments)
            if s.attachments
            else ()
        ),
        raw=_EMPTY,
    )


def _listed(raw: msgspec.Raw) -> ListedIssue | None:
    try:
        text = str(raw, "utf-8")  # msgspec skips over the bytes of a Raw unchecked
    except UnicodeDecodeError as exc:
        raise _Refused from exc
    if (
        text.count("{") + text.count("[") > ISSUE_DEPTH  # may nest deeper than the cap
        or (len(text) > _MAX_DIGITS and _LONG_DIGITS.search(text))
    ):
        return _generic(text)
    try:
        return ListedIssue(_issue(_ISSUE.decode(raw)), text)
    except Exception:  # a type it does not take, a lone surrogate, ...: the generic path says
        return _generic(text)


def decode_issue_page(body: bytes) -> list[ListedIssue] | None:
    """The issues of a list page in order (entries that are not objects skipped), or None when
    the page is not one this path reads exactly: decode it with the generic path then."""
    try:
        page = _PAGE.decode(body)
    except Exception:  # malformed, too deep, another shape: the generic path says what
        return None
    try:
        return [listed for raw in page.issues if (listed := _listed(raw)) is not None]
    except _Refused:
        return None


def generic_issue_page(data: Mapping[str, Any]) -> list[ListedIssue]:
    """The same from the decoded page (``{"issues": [...]}``, already checked to be a list)."""
    issues = data.get("issues")
    return [
        ListedIssue(parse_issue(i, lean=True), i)
        for i in (issues if isinstance(issues, list) else ())
        if _is_obj(i)
    ]
