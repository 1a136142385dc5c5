"""Deterministic demo data for the built-in Allegro emulator (standard library only).

Every issue is generated from its own random stream, keyed by ``(seed, index)``, and issue
``index`` is opened a little earlier than issue ``index - 1``. So:

* the result is sorted by ``openedDate`` descending by construction;
* ``generate_issues(n, seed, url, now, start_index=k)`` equals
  ``generate_issues(n + k, seed, url, now)[k:]`` (pages can be generated separately);
* ids (UUIDv4 from the issue's stream) are unique across ``start_index`` ranges.

The first :data:`SCHEDULED` issues of every seed walk twice over :data:`COMBINATIONS` (type x
status x returnRequired x chatActive) in a seed-shuffled order and cycle through all reason types;
later issues are weighted random (most recent ones mostly open). Edge cases (chats of 250 and
130 messages, emoji, a ~19,000-character message, hostile HTML, ``<script>``, an RTL override,
HTML entities, Ukrainian, a 600-character word, 60 lines, path-like and HTML attachment names)
sit at fixed positions of every block of :data:`EDGE_BLOCK` issues (see :data:`EDGE_SLOTS`).

Discussions carry no ``right`` key: the contract's enum for it has no null ("Field only present
for claims"). ``chat.lastMessage.status`` is derived from the chat by :func:`chat_summary`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, Final

from ..domain.codes import REASON_TYPES, AuthorRole, IssueStatus, IssueType, LastMessageStatus
from . import assets, texts

__all__ = [
    "COMBINATIONS",
    "EDGE_BLOCK",
    "EDGE_SLOTS",
    "SCHEDULED",
    "SeedAttachment",
    "SeedIssue",
    "chat_summary",
    "format_ms",
    "generate_buyer_reply",
    "generate_issues",
]


@dataclass
class SeedAttachment:
    id: str
    file_name: str
    content_type: str
    data: bytes


@dataclass
class SeedIssue:
    issue: dict[
        str, Any
    ]  # API JSON of PostPurchaseIssue exactly as GET /sale/issues/{id} returns it
    chat: list[dict[str, Any]]  # API JSON of PostPurchaseIssueChatMessage, oldest first
    attachments: list[SeedAttachment]  # every attachment referenced by issue/chat, with bytes


# --- combinations and the schedule ----------------------------------------------------------

_DISPUTE_STATUSES: Final = (
    IssueStatus.DISPUTE_ONGOING.value,
    IssueStatus.DISPUTE_CLOSED.value,
    IssueStatus.DISPUTE_UNRESOLVED.value,
)
_CLAIM_STATUSES: Final = (
    IssueStatus.CLAIM_SUBMITTED.value,
    IssueStatus.CLAIM_ACCEPTED.value,
    IssueStatus.CLAIM_REJECTED.value,
)
_BUYER: Final = AuthorRole.BUYER.value
_SELLER: Final = AuthorRole.SELLER.value
_ADMIN: Final = AuthorRole.ADMIN.value
_SYSTEM: Final = AuthorRole.SYSTEM.value
_FULFILLMENT: Final = AuthorRole.FULFILLMENT.value
_CLAIM: Final = IssueType.CLAIM.value
_DISPUTE: Final = IssueType.DISPUTE.value
_OPEN: Final = frozenset({IssueStatus.DISPUTE_ONGOING.value, IssueStatus.CLAIM_SUBMITTED.value})
_OPEN_STATUS_OF: Final = {
    _DISPUTE: IssueStatus.DISPUTE_ONGOING.value,
    _CLAIM: IssueStatus.CLAIM_SUBMITTED.value,
}

#: Every (type, status, returnRequired, chatActive) that can occur; disputes: returnRequired None.
COMBINATIONS: Final[tuple[tuple[str, str, bool | None, bool], ...]] = tuple(
    [(_DISPUTE, s, None, a) for s in _DISPUTE_STATUSES for a in (True, False)]
    + [
        (_CLAIM, s, r, a)
        for s in _CLAIM_STATUSES
        for r in (None, True, False)
        for a in (True, False)
    ]
)
#: The first SCHEDULED issues of every seed cover every combination twice (and every reason).
SCHEDULED: Final = 2 * len(COMBINATIONS)

#: Edge cases at fixed positions (index % EDGE_BLOCK) of every block; all are in the first 60.
EDGE_BLOCK: Final = 300
EDGE_SLOTS: Final[dict[int, str]] = {
    3: "emoji",
    11: "script",
    16: "html",
    21: "rtl",
    29: "entities",
    35: "very_long_text",
    44: "ukrainian",
    46: "long_word",
    53: "many_lines",
    55: "hostile_file_names",
    50: "long_chat",  # 250 messages
    57: "long_chat_2",  # 130 messages
}
_LONG_CHAT_LENGTH: Final = {"long_chat": 250, "long_chat_2": 130}

_DEADLINE_KINDS: Final = ("overdue", "soon", "days", "days")


@dataclass(frozen=True, slots=True)
class _Plan:
    type: str
    status: str
    return_required: bool | None
    chat_active: bool
    reason: str
    deadline_kind: str  # for open claims: overdue | soon | days
    seller_replied_last: bool | None  # None: random


@lru_cache(maxsize=64)
def _schedule(seed: int) -> tuple[_Plan, ...]:
    rng = random.Random(f"schedule:{seed}")
    reasons = list(REASON_TYPES)
    rng.shuffle(reasons)
    dispute_reasons = list(REASON_TYPES)
    rng.shuffle(dispute_reasons)
    plans: list[_Plan] = []
    claims = disputes = open_claims = 0
    for cycle in range(2):
        order = list(range(len(COMBINATIONS)))
        rng.shuffle(order)
        for combo_index in order:
            kind, status, ret, active = COMBINATIONS[combo_index]
            if kind == _CLAIM:
                reason = reasons[claims % len(reasons)]
                claims += 1
            else:
                reason = dispute_reasons[disputes % len(dispute_reasons)]
                disputes += 1
            deadline_kind = "days"
            if status == IssueStatus.CLAIM_SUBMITTED.value:
                deadline_kind = _DEADLINE_KINDS[open_claims % len(_DEADLINE_KINDS)]
                open_claims += 1
            plans.append(
                _Plan(
                    kind, status, ret, active, reason, deadline_kind, (combo_index + cycle) % 2 == 0
                )
            )
    return tuple(plans)


# --- small helpers ------------------------------------------------------------------------

_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_MINUTE: Final = 60_000
_HOUR: Final = 60 * _MINUTE
_DAY: Final = 24 * _HOUR
_SPACING: Final = 90 * _MINUTE  # issue index i is opened about i * 90 minutes before `now`


def _to_ms(value: datetime) -> int:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return (value - _EPOCH) // timedelta(milliseconds=1)


@lru_cache(maxsize=4096)
def _date_prefix(day: int) -> str:
    return (_EPOCH + timedelta(days=day)).strftime("%Y-%m-%dT")


def format_ms(ms: int) -> str:
    """Milliseconds since the epoch in Allegro's format ``YYYY-MM-DDTHH:MM:SS.mmmZ``."""
    day, rest = divmod(ms, _DAY)
    seconds, millis = divmod(rest, 1000)
    minutes, second = divmod(seconds, 60)
    hour, minute = divmod(minutes, 60)
    return f"{_date_prefix(day)}{hour:02d}:{minute:02d}:{second:02d}.{millis:03d}Z"


_UUID_CLEAR: Final = ~((0xF000 << 64) | (0xC000 << 48))
_UUID_SET: Final = (0x4000 << 64) | (0x8000 << 48)


def _uuid(rng: random.Random) -> str:
    """``str(uuid.UUID(int=rng.getrandbits(128), version=4))``, without the UUID object."""
    h = f"{(rng.getrandbits(128) & _UUID_CLEAR) | _UUID_SET:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _money(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def _login(rng: random.Random) -> str:
    first = rng.choice(texts.LOGIN_FIRST)
    pattern = rng.randrange(7)
    if pattern == 0:
        return f"{first}_z_{rng.choice(texts.LOGIN_CITY)}"
    if pattern == 1:
        return f"{first}{rng.randint(1960, 2006)}"
    if pattern == 2:
        return f"{first}.{rng.choice(texts.LOGIN_LAST)}.{rng.choice(texts.LOGIN_CITY_PLAIN)}"
    if pattern == 3:
        return f"{rng.choice(texts.LOGIN_LAST)}_{first}{rng.randint(1, 99)}"
    if pattern == 4:
        return f"{rng.choice(texts.LOGIN_HOBBY)}_{rng.choice(texts.LOGIN_CITY_PLAIN)}"
    if pattern == 5:
        return f"{first}-{rng.choice(texts.LOGIN_LAST)}"
    return f"{first}{rng.choice(texts.LOGIN_LAST)}{rng.randint(1, 999)}"


def _author(role: str, login: str) -> dict[str, Any]:
    if role == _BUYER:
        return {"login": login, "role": role}
    if role == _SELLER:
        return {"login": texts.SELLER_LOGIN, "role": role}
    return {"role": role}  # ADMIN, SYSTEM, FULFILLMENT: no login


def chat_summary(chat: list[dict[str, Any]]) -> dict[str, Any]:
    """The issue's ``chat`` object for a chat (oldest first): lastMessage, count, initialMessage.

    The server can call this again after adding messages to keep the issue consistent.
    """
    seller_wrote = False
    for message in chat:
        if (message.get("author") or {}).get("role") == _SELLER:
            seller_wrote = True
            break
    last = chat[-1] if chat else None
    last_role = (last.get("author") or {}).get("role") if last else None
    if not seller_wrote:
        status = LastMessageStatus.NEW.value
    elif last_role == _SELLER:
        status = LastMessageStatus.SELLER_REPLIED.value
    elif last_role == _ADMIN:
        status = LastMessageStatus.ALLEGRO_ADVISOR_REPLIED.value
    else:
        status = LastMessageStatus.BUYER_REPLIED.value
    initial: dict[str, Any] | None = None
    for message in chat:
        author = message.get("author") or {}
        if author.get("role") == _BUYER:
            initial = {
                "id": message.get("id"),
                "text": message.get("text"),
                "attachments": [dict(a) for a in message.get("attachments") or []],
                "author": {"login": author.get("login"), "role": _BUYER},
                "createdAt": message.get("createdAt"),
            }
            break
    last_message: dict[str, Any] = {"status": status}
    if last is not None and last.get("createdAt") is not None:
        last_message["createdAt"] = last["createdAt"]
    summary: dict[str, Any] = {"lastMessage": last_message, "messagesCount": len(chat)}
    if initial is not None:
        summary["initialMessage"] = initial
    return summary


# --- one issue ----------------------------------------------------------------------------

_PHOTO_REASONS: Final = frozenset(
    {
        "NO_PRODUCT_IN_PARCEL",
        "PRODUCT_AND_PARCEL_DAMAGED_IN_TRANSIT",
        "PRODUCT_DAMAGED_PARCEL_INTACT",
        "DEFECT_FOUND_DURING_USE",
        "NOT_AS_DESCRIBED",
        "RECEIVED_ITEMS_NOT_MATCHING_DESCRIPTION",
        "ITEM_IS_DAMAGED",
        "MISSING_PRODUCT_ELEMENT",
    }
)


class _Builder:
    """Builds one issue from its own random stream."""

    def __init__(self, rng: random.Random, base_url: str) -> None:
        self.rng = rng
        self.base_url = base_url
        self.attachments: list[SeedAttachment] = []

    def attach(self, asset: assets.Asset, file_name: str | None = None) -> dict[str, Any]:
        attachment_id = _uuid(self.rng)
        name = asset.file_name if file_name is None else file_name
        self.attachments.append(SeedAttachment(attachment_id, name, asset.content_type, asset.data))
        return {
            "fileName": name,
            "url": f"{self.base_url}/sale/issues/attachments/{attachment_id}",
        }

    def photos(self, count: int) -> list[dict[str, Any]]:
        pool = assets.images()
        return [self.attach(self.rng.choice(pool)) for _ in range(count)]


def _random_plan(rng: random.Random, age_ms: int) -> _Plan:
    is_claim = rng.random() < 0.55
    p_open = 0.75 if age_ms < 21 * _DAY else (0.35 if age_ms < 60 * _DAY else 0.08)
    is_open = rng.random() < p_open
    if is_claim:
        if is_open:
            status = IssueStatus.CLAIM_SUBMITTED.value
            ret = rng.choices((None, True, False), (45, 35, 20))[0]
        else:
            status = rng.choices(_CLAIM_STATUSES[1:], (65, 35))[0]
            ret = rng.choices((None, True, False), (15, 50, 35))[0]
        kind = _CLAIM
    else:
        kind = _DISPUTE
        status = (
            IssueStatus.DISPUTE_ONGOING.value
            if is_open
            else rng.choices(_DISPUTE_STATUSES[1:], (75, 25))[0]
        )
        ret = None
    active = rng.random() < (0.93 if is_open else 0.1)
    deadline_kind = rng.choices(("overdue", "soon", "days"), (15, 20, 65))[0]
    return _Plan(kind, status, ret, active, rng.choice(REASON_TYPES), deadline_kind, None)


def _roles(rng: random.Random, plan: _Plan, length: int | None) -> list[str]:
    """Author roles of the chat, oldest first.

    Once the seller has written, the last message is the buyer's, the seller's or an advisor's
    (never SYSTEM or FULFILLMENT, which have no lastMessage status of their own).
    """
    buyer, seller, admin, system, fulfil = _BUYER, _SELLER, _ADMIN, _SYSTEM, _FULFILLMENT
    roles = [buyer]
    if rng.random() < 0.25:
        roles.append(system)
    if length is not None:  # a very long conversation
        while len(roles) < length - 1:
            roll = rng.random()
            if roll < 0.03:
                roles.append(admin)
            elif roll < 0.05:
                roles.append(fulfil)
            else:
                roles.append(seller if roles[-1] != seller else buyer)
        roles.append(buyer if roles[-1] == seller else seller)
        return roles
    if plan.seller_replied_last is None:
        if plan.status in _OPEN:
            target = rng.choices(("new", "buyer", "seller", "advisor"), (30, 30, 32, 8))[0]
        else:
            target = rng.choices(("new", "buyer", "seller", "advisor"), (8, 30, 45, 17))[0]
    elif plan.seller_replied_last:
        target = "seller"
    else:
        target = rng.choices(("new", "buyer", "advisor"), (45, 40, 15))[0]
    if target == "new" and plan.return_required is not None:
        target = "buyer"  # a return decision is a seller message
    if target == "new":
        roles.extend([buyer] * rng.choices((0, 1, 2), (60, 30, 10))[0])
        if rng.random() < 0.25:
            roles.append(admin)
        return roles
    rounds = rng.choices((1, 2, 3, 4, 6), (35, 30, 18, 10, 7))[0]
    for _ in range(rounds):
        roles.extend((seller, buyer))
    if target == "seller":
        roles.pop()
    elif target == "advisor":
        roles.append(admin)
    if len(roles) > 3:
        if rng.random() < 0.12:
            roles.insert(rng.randrange(2, len(roles)), admin)
        if rng.random() < 0.08:
            roles.insert(rng.randrange(2, len(roles)), fulfil)
    return roles


def _pick(rng: random.Random, pool: tuple[str, ...], used: set[str]) -> str:
    """A text from ``pool``, preferring one not yet used in this chat."""
    text = rng.choice(pool)
    for _ in range(3):
        if text not in used:
            break
        text = rng.choice(pool)
    used.add(text)
    return text


def _times(rng: random.Random, start: int, end: int, count: int) -> list[int]:
    """``count`` strictly increasing timestamps, the first at ``start``, none after ``end``."""
    span = max(end - start - count * 1000, count)
    points = sorted(rng.randrange(1, span) for _ in range(count - 1))
    times = [start]
    for point in points:
        times.append(max(start + point, times[-1] + 1000))
    return times


def _stream_key(seed: int, index: int) -> int:
    """A distinct non-negative key per (seed, index): zigzag the seed, then append the index."""
    zigzag = 2 * seed if seed >= 0 else -2 * seed - 1
    return (zigzag << 40) | index


def _make_issue(seed: int, index: int, now_ms: int, base_url: str) -> SeedIssue:
    rng = random.Random(_stream_key(seed, index))
    age = 20 * _MINUTE + index * _SPACING + rng.randrange(_SPACING - _MINUTE)
    opened = now_ms - age
    schedule = _schedule(seed)
    plan = schedule[index] if index < len(schedule) else _random_plan(rng, age)
    edge = EDGE_SLOTS.get(index % EDGE_BLOCK)
    long_length = _LONG_CHAT_LENGTH.get(edge or "")
    if long_length is not None and index >= len(schedule):
        # keep very long conversations writable: an open issue with an active chat
        status = _OPEN_STATUS_OF[plan.type]
        plan = _Plan(
            plan.type, status, plan.return_required, True, plan.reason, plan.deadline_kind, None
        )
    is_claim = plan.type == _CLAIM
    is_open = plan.status in _OPEN
    builder = _Builder(rng, base_url)

    product, price = rng.choice(texts.PRODUCTS)
    quantity = rng.choices((1, 2, 3), (85, 12, 3))[0]
    price_cents = int(price.replace(".", "")) * quantity
    login = _login(rng)
    issue_id = _uuid(rng)
    checkout_id = _uuid(rng)
    opened_year = (_EPOCH + timedelta(milliseconds=opened)).year
    ref = f"{rng.randint(100, 99_999)}/{opened_year}"
    fill = {"product": product, "ref": ref, "days": rng.randint(5, 21)}

    # chat
    roles = _roles(rng, plan, long_length)
    last_end = now_ms - _MINUTE
    share = rng.uniform(0.3, 1.0) if is_open else rng.uniform(0.05, 0.6)
    end = opened + int((last_end - opened) * share)
    if long_length is not None:
        end = last_end
    times = _times(rng, opened + rng.randrange(5000), end, len(roles))
    seller_texts_done = False
    last_index = len(roles) - 1
    chat: list[dict[str, Any]] = []
    used: set[str] = set()
    documents = assets.documents()
    for position, (role, at) in enumerate(zip(roles, times, strict=True)):
        attachments: list[dict[str, Any]] = []
        late = position * 2 > last_index
        if role == _BUYER:
            if position == 0:
                text = rng.choice(texts.BUYER_OPENINGS[plan.reason]).format(**fill)
                chance = 0.7 if plan.reason in _PHOTO_REASONS else 0.12
                if rng.random() < chance:
                    attachments = builder.photos(rng.choices((1, 2, 3), (60, 30, 10))[0])
                if plan.reason == "NO_PROOF_OF_PURCHASE_MANUAL_OR_WARRANTY" and rng.random() < 0.5:
                    attachments.append(builder.attach(documents[assets.RECEIPT]))
            elif long_length is not None:
                text = rng.choice(texts.SMALL_TALK_BUYER)
            elif position == last_index and not is_open and rng.random() < 0.7:
                text = rng.choice(texts.BUYER_CLOSING[plan.status])
            else:
                pool = texts.BUYER_FOLLOWUPS_LATE if late else texts.BUYER_FOLLOWUPS_EARLY
                text = _pick(rng, pool, used)
                if text in texts.BUYER_TEXTS_WITH_PHOTOS:
                    attachments = builder.photos(rng.choices((1, 2), (70, 30))[0])
                elif text in texts.BUYER_TEXTS_WITH_DOCUMENT:
                    attachments = [builder.attach(documents[assets.RECEIPT], "protokol_szkody.pdf")]
        elif role == _SELLER:
            if not seller_texts_done and plan.return_required is True:
                text = rng.choice(texts.SELLER_RETURN_REQUIRED)
                if text == texts.SELLER_RETURN_REQUIRED[0]:  # "label attached"
                    attachments = [builder.attach(documents[assets.RETURN_LABEL])]
            elif not seller_texts_done and plan.return_required is False:
                text = rng.choice(texts.SELLER_RETURN_NOT_REQUIRED)
            elif long_length is not None:
                text = rng.choice(texts.SMALL_TALK_SELLER)
            elif position == last_index and not is_open:
                text = rng.choice(texts.SELLER_CLOSING[plan.status])
                if text == texts.SELLER_CLOSING["CLAIM_REJECTED"][0]:  # "report attached"
                    attachments = [builder.attach(documents[assets.SERVICE_REPORT])]
            elif not seller_texts_done:
                text = rng.choice(texts.SELLER_FIRST_REPLIES)
            elif rng.random() < 0.08 and texts.SELLER_INVOICE_REPLY not in used:
                text = texts.SELLER_INVOICE_REPLY
                used.add(text)
                attachments = [builder.attach(documents[assets.INVOICE])]
            else:
                text = _pick(rng, texts.SELLER_REPLIES, used)
            seller_texts_done = True
        elif role == _ADMIN:
            text = _pick(rng, texts.ADVISOR_MESSAGES, used)
        elif role == _SYSTEM:
            text = rng.choice(texts.SYSTEM_MESSAGES)
        else:
            text = rng.choice(texts.FULFILLMENT_MESSAGES)
        chat.append(
            {
                "id": _uuid(rng),
                "text": text,
                "attachments": attachments,
                "author": _author(role, login),
                "createdAt": format_ms(at),
            }
        )

    first = chat[0]
    if edge == "emoji":
        first["text"] = texts.EMOJI_TEXT
    elif edge == "script":
        first["text"] = texts.HOSTILE_SCRIPT
    elif edge == "html":
        first["text"] = texts.HOSTILE_HTML
    elif edge == "rtl":
        first["text"] = texts.RTL_OVERRIDE
    elif edge == "entities":
        first["text"] = texts.HTML_ENTITIES
    elif edge == "very_long_text":
        first["text"] = texts.LONG_TEXT
    elif edge == "ukrainian":
        first["text"] = texts.UKRAINIAN_TEXT
    elif edge == "long_word":
        first["text"] = texts.LONG_WORD_TEXT
    elif edge == "many_lines":
        first["text"] = texts.MANY_LINES_TEXT
    elif edge == "hostile_file_names":
        image = assets.images()[0]
        first["attachments"].extend(builder.attach(image, n) for n in texts.HOSTILE_FILE_NAMES)

    # claim or dispute specifics
    subject: str | None
    reason: dict[str, Any] | None
    expectations: list[dict[str, Any]]
    if is_claim:
        subject = None
        description = rng.choice(texts.REASON_DESCRIPTIONS[plan.reason])
        reason = {"type": plan.reason, "description": description}
        names = rng.sample(
            ("REPAIR", "EXCHANGE", "REFUND", "PARTIAL_REFUND"), 2 if rng.random() < 0.15 else 1
        )
        expectations = []
        for name in names:
            refund: dict[str, str] | None = None
            if name == "REFUND":
                refund = {"amount": _money(price_cents), "currency": "PLN"}
            elif name == "PARTIAL_REFUND":
                part = max(100, price_cents * rng.randint(10, 40) // 100)
                refund = {"amount": _money(part), "currency": "PLN"}
            expectations.append({"name": name, "refund": refund})
        if is_open:
            kind = plan.deadline_kind
            if kind == "overdue":
                due = now_ms - rng.randrange(_HOUR, 4 * _DAY)
            elif kind == "soon":
                due = now_ms + rng.randrange(20 * _MINUTE, 23 * _HOUR)
            else:
                due = now_ms + rng.randrange(_DAY + _HOUR, 13 * _DAY)
        else:
            due = opened + 14 * _DAY
        due_text: str | None = format_ms(due)
        reference: str | None = ref
        right: str | None = "WARRANTY" if rng.random() < 0.8 else "COMPLAINT"
        issue_description: str | None = description if rng.random() < 0.9 else None
    else:
        subject = texts.SUBJECTS[plan.reason]
        reason = None
        roll = rng.random()
        if roll < 0.5:
            expectations = []
        elif roll < 0.8:
            expectations = [
                {"name": None, "refund": {"amount": _money(price_cents), "currency": "PLN"}}
            ]
        else:
            expectations = [{"name": None, "refund": None}]
        due_text = None
        reference = None
        right = None
        issue_description = None

    roll = rng.random()
    product_json: dict[str, Any] | None
    if roll < 0.8:
        product_json = {"id": _uuid(rng)}
    elif roll < 0.9:
        product_json = {"id": None}
    else:
        product_json = None
    offer: dict[str, Any] | None = (
        {"id": str(rng.randint(10_000_000_000, 17_999_999_999)), "quantity": quantity}
        if rng.random() < 0.96
        else None
    )

    issue: dict[str, Any] = {
        "id": issue_id,
        "type": plan.type,
        "referenceNumber": reference,
        "decisionDueDate": due_text,
        "openedDate": format_ms(opened),
        "subject": subject,
        "buyer": {"id": str(rng.randint(10_000_000, 129_999_999)), "login": login},
        "checkoutForm": {
            "id": checkout_id,
            "createdAt": format_ms(opened - rng.randrange(_HOUR, 20 * _DAY)),
        },
        "currentState": {
            "status": plan.status,
            "statusDueDate": due_text,
            "returnRequired": plan.return_required,
            "chatActive": plan.chat_active,
        },
        "chat": chat_summary(chat),
        "expectations": expectations,
        "description": issue_description,
        "offer": offer,
        "product": product_json,
        "reason": reason,
        "right": right,
        "attachments": [dict(a) for a in first["attachments"]],
    }
    if right is None:
        # The contract's enum for `right` has no null ("Field only present for claims"), so a
        # discussion leaves the field out instead of sending null (which the schema rejects).
        del issue["right"]
    return SeedIssue(issue=issue, chat=chat, attachments=builder.attachments)


# --- public API ---------------------------------------------------------------------------


def generate_issues(
    count: int,
    seed: int,
    base_url: str,
    now: datetime | None = None,
    start_index: int = 0,
) -> list[SeedIssue]:
    """``count`` issues (indexes ``start_index ..``), newest ``openedDate`` first.

    Deterministic for ``(count, seed, base_url, now, start_index)``; ``now`` defaults to the
    current UTC time, and deadlines are relative to it (some overdue, some within 24 h).
    """
    if count < 0 or start_index < 0:
        raise ValueError("count and start_index must not be negative")
    now_ms = _to_ms(now if now is not None else datetime.now(UTC))
    base = base_url.rstrip("/")
    issues = [_make_issue(seed, i, now_ms, base) for i in range(start_index, start_index + count)]
    # already in order by construction; the stable sort only guards the contract
    issues.sort(key=lambda s: str(s.issue["openedDate"]), reverse=True)
    return issues


def generate_buyer_reply(
    rng: random.Random, issue: dict[str, Any], now: datetime
) -> dict[str, Any]:
    """A new BUYER chat message (API JSON) for live activity; no attachments."""
    buyer = issue.get("buyer") or {}
    login = buyer.get("login") or "kupujacy"
    if rng.random() < 0.05:
        text = texts.EMOJI_TEXT
    else:
        text = rng.choice(texts.BUYER_FOLLOWUPS + texts.SMALL_TALK_BUYER)
    return {
        "id": _uuid(rng),
        "text": text,
        "attachments": [],
        "author": {"login": str(login), "role": _BUYER},
        "createdAt": format_ms(_to_ms(now)),
    }
