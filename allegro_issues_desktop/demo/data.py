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

A case a seller would believe (rules checked by ``tests/unit/test_demo_believable.py``):

* a claim's deadline is Allegro's 14 days from its opening (:data:`CLAIM_DAYS`), so it is always
  after the opening; overdue and nearly due open claims are the older ones, and
  :data:`DEADLINE_SLOTS` puts one of each in every 300-issue demo;
* a claim's expectations come from its reason (:data:`texts.CLAIM_EXPECTATIONS`), a return is
  never required when there is nothing to send back, and a decided claim carries the seller's
  verdict, matching the expectation (refund, exchange, repair);
* every message is drawn from lines tagged with what they need (``texts`` explains the tags):
  no discount offered on a parcel that never came, no refund announced on a claim still awaiting
  a decision, closing words only once the case is decided; the buyer's first message fits the
  product and what the claim asks for, and the order is old enough for what it says;
* a few cases have Allegro's advisor (role ADMIN); where the advisor wrote last,
  ``lastMessage.status`` is ALLEGRO_ADVISOR_REPLIED.

Discussions carry no ``right`` key: the contract's enum for it has no null ("Field only present
for claims"). ``chat.lastMessage.status`` is derived from the chat by :func:`chat_summary`.
Texts stay Polish as buyers write them; only ``subject`` has an English twin
(:data:`texts.SUBJECTS_EN`), which the store serves for ``Accept-Language: en…``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
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
_DECIDED_CLAIM: Final = frozenset(
    {IssueStatus.CLAIM_ACCEPTED.value, IssueStatus.CLAIM_REJECTED.value}
)
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

#: Open claims with a deadline that has passed or is close: positions (index % EDGE_BLOCK,
#: first block only) whose age puts Allegro's 14-day deadline there (about 13.4, 15 and 16.4
#: days old at 90 minutes per index).
DEADLINE_SLOTS: Final[dict[int, str]] = {215: "soon", 240: "overdue", 262: "overdue"}
#: Allegro gives the seller 14 days to decide a claim, counted from its opening.
CLAIM_DAYS: Final = 14


@dataclass(frozen=True, slots=True)
class _Plan:
    type: str
    status: str
    return_required: bool | None
    chat_active: bool
    reason: str
    seller_replied_last: bool | None  # None: random


def _reason_fits(reason: str, return_required: bool | None) -> bool:
    """A return can only be required when the buyer has something to send back."""
    return return_required is not True or reason not in texts.NOTHING_TO_RETURN


def _next_reason(pending: list[str], ret: bool | None, rng: random.Random) -> str:
    """The first reason of ``pending`` that fits ``ret`` (refilled, shuffled, when used up)."""
    if not pending:
        pending.extend(REASON_TYPES)
        rng.shuffle(pending)
    for position, reason in enumerate(pending):
        if _reason_fits(reason, ret):
            return pending.pop(position)
    fitting = [r for r in REASON_TYPES if _reason_fits(r, ret)]
    return rng.choice(fitting)


@lru_cache(maxsize=64)
def _schedule(seed: int) -> tuple[_Plan, ...]:
    rng = random.Random(f"schedule:{seed}")
    claim_reasons: list[str] = []
    dispute_reasons: list[str] = []
    plans: list[_Plan] = []
    for cycle in range(2):
        order = list(range(len(COMBINATIONS)))
        rng.shuffle(order)
        for combo_index in order:
            kind, status, ret, active = COMBINATIONS[combo_index]
            pending = claim_reasons if kind == _CLAIM else dispute_reasons
            reason = _next_reason(pending, ret, rng)
            replied_last = (combo_index + cycle) % 2 == 0
            plans.append(_Plan(kind, status, ret, active, reason, replied_last))
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


#: Shapes of Allegro logins, each from the first name and the issue's random stream.
_LOGIN_SHAPES: Final[tuple[Callable[[random.Random, str], str], ...]] = (
    lambda r, first: f"{first}_z_{r.choice(texts.LOGIN_CITY)}",
    lambda r, first: f"{first}{r.randint(1960, 2006)}",
    lambda r, first: f"{first}.{r.choice(texts.LOGIN_LAST)}.{r.choice(texts.LOGIN_CITY_PLAIN)}",
    lambda r, first: f"{r.choice(texts.LOGIN_LAST)}_{first}{r.randint(1, 99)}",
    lambda r, first: f"{r.choice(texts.LOGIN_HOBBY)}_{r.choice(texts.LOGIN_CITY_PLAIN)}",
    lambda r, first: f"{first}-{r.choice(texts.LOGIN_LAST)}",
    lambda r, first: f"{first}{r.choice(texts.LOGIN_LAST)}{r.randint(1, 999)}",
)


def _login(rng: random.Random) -> str:
    first = rng.choice(texts.LOGIN_FIRST)
    return _LOGIN_SHAPES[rng.randrange(len(_LOGIN_SHAPES))](rng, first)


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
    seller_wrote = any((m.get("author") or {}).get("role") == _SELLER for m in chat)
    last = chat[-1] if chat else None
    last_role = (last.get("author") or {}).get("role") if last else None
    if last_role == _ADMIN:
        status = LastMessageStatus.ALLEGRO_ADVISOR_REPLIED.value
    elif not seller_wrote:
        status = LastMessageStatus.NEW.value
    elif last_role == _SELLER:
        status = LastMessageStatus.SELLER_REPLIED.value
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
    if is_claim and age_ms > CLAIM_DAYS * _DAY:
        p_open = 0.1  # past Allegro's 14 days: an overdue claim is the exception
    else:
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
    reason = rng.choice(REASON_TYPES)
    if not _reason_fits(reason, ret):
        ret = False  # nothing to send back: the seller does not ask for it
    return _Plan(kind, status, ret, active, reason, None)


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
            target = rng.choices(("new", "buyer", "seller", "advisor"), (30, 34, 32, 4))[0]
        else:
            target = rng.choices(("new", "buyer", "seller", "advisor"), (8, 36, 48, 8))[0]
    elif plan.seller_replied_last:
        target = "seller"
    else:
        target = rng.choices(("new", "buyer", "advisor"), (45, 45, 10))[0]
    decided_claim = plan.status in _DECIDED_CLAIM
    if target == "new" and (plan.return_required is not None or decided_claim):
        target = "buyer"  # a return decision and a verdict are seller messages
    if target == "new":
        roles.extend([buyer] * rng.choices((0, 1, 2), (60, 30, 10))[0])
        if rng.random() < 0.1:
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
        if rng.random() < 0.05:
            roles.insert(rng.randrange(2, len(roles)), admin)
        if rng.random() < 0.08:
            roles.insert(rng.randrange(2, len(roles)), fulfil)
    if decided_claim and plan.return_required is not None and roles.count(seller) == 1:
        # the return decision, then the verdict: two seller messages
        roles.insert(roles.index(seller) + 1, seller)
    return roles


def _say(
    rng: random.Random, lines: tuple[texts.Line, ...], tags: frozenset[str], used: set[str]
) -> str:
    """A line of ``lines`` that fits ``tags``, preferring one not yet used in this chat."""
    key = (id(lines), tags)
    fitting = _FITTING.get(key)
    if fitting is None:
        fitting = _FITTING[key] = tuple(text for text, needs in lines if needs <= tags)
    text = rng.choice(fitting)
    if text in used:  # prefer a line not yet used in this chat
        fresh = [t for t in fitting if t not in used]
        if fresh:
            text = rng.choice(fresh)
    used.add(text)
    return text


#: Lines that fit a set of tags, by (id of the pool, tags): the pools are module constants.
_FITTING: dict[tuple[int, frozenset[str]], tuple[str, ...]] = {}


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


# --- what a case is about -----------------------------------------------------------------

_NOT_ARRIVED: Final = frozenset({"NO_PRODUCT_RECEIVED", "DID_NOT_RECEIVE_GOODS_AFTER_PAYMENT"})
_EMPTY: Final = frozenset({"NO_PRODUCT_IN_PARCEL"})
_DAMAGE: Final = frozenset(
    {"PRODUCT_AND_PARCEL_DAMAGED_IN_TRANSIT", "PRODUCT_DAMAGED_PARCEL_INTACT", "ITEM_IS_DAMAGED"}
)
_TRANSIT: Final = frozenset({"PRODUCT_AND_PARCEL_DAMAGED_IN_TRANSIT"}) | _EMPTY
_DEFECT: Final = frozenset({"DEFECT_FOUND_DURING_USE"})
_MISMATCH: Final = frozenset({"NOT_AS_DESCRIBED", "RECEIVED_ITEMS_NOT_MATCHING_DESCRIPTION"})
_MISSING: Final = frozenset({"MISSING_PRODUCT_ELEMENT", "RECEIVED_INCOMPLETE_ORDER"})
_PAPERS: Final = frozenset({"NO_PROOF_OF_PURCHASE_MANUAL_OR_WARRANTY", "OTHER"})
_RETURNING: Final = frozenset(
    {
        "SELLER_DOES_NOT_WANT_TO_ACCEPT_RETURN",
        "PROBLEM_WITH_SENDING_PRODUCT_BACK",
        "PROBLEM_WITH_GOODS_RETURN_CANCELLATION_OF_PURCHASE",
    }
)
#: Reason tags (see the tag list in texts.py).
_REASON_TAGS: Final[tuple[tuple[str, frozenset[str]], ...]] = (
    ("not_arrived", _NOT_ARRIVED),
    ("empty", _EMPTY),
    ("damage", _DAMAGE),
    ("transit", _TRANSIT),
    ("carrier", _NOT_ARRIVED | _TRANSIT),
    ("defect", _DEFECT),
    ("missing", _MISSING),
    ("papers", _PAPERS),
    ("resend", _NOT_ARRIVED | _MISSING | _EMPTY),
    ("visible", _DAMAGE | _DEFECT | _MISMATCH | _MISSING),
    ("discount", _DAMAGE | _DEFECT | _MISMATCH),
)
_PENDING: Final = frozenset({"pending"})
_DECIDED: Final = frozenset({"decided"})
_WISH_OF: Final = {
    "REFUND": "money",
    "PARTIAL_REFUND": "money",
    "EXCHANGE": "exchange",
    "REPAIR": "repair",
}
_PHOTO_REASONS: Final = _DAMAGE | _DEFECT | _MISMATCH | _EMPTY | {"MISSING_PRODUCT_ELEMENT"}
#: Subjects (Polish or English) back to their reason, for cases that carry no reason.
_REASON_OF_SUBJECT: Final = {
    subject: reason
    for table in (texts.SUBJECTS, texts.SUBJECTS_EN)
    for reason, subject in table.items()
}


@lru_cache(maxsize=1024)
def _case_tags(
    kind: str, reason: str, wishes: frozenset[str], return_required: bool | None
) -> frozenset[str]:
    """The tags of a case (without product, moment or ``pending``)."""
    tags = {name for name, reasons in _REASON_TAGS if reason in reasons}
    tags.add("claim" if kind == _CLAIM else "dispute")
    if reason not in texts.NOTHING_TO_RETURN:
        tags.add("in_hand")
    if return_required is True or reason in _RETURNING:
        tags.add("return")
    tags.update(wishes)
    return frozenset(tags)


@lru_cache(maxsize=64)
def _dispute_wishes(reason: str) -> frozenset[str]:
    """What a buyer may want in a discussion (it carries no named expectations)."""
    wishes = set() if reason in _PAPERS else {"money"}
    if reason in _DAMAGE | _DEFECT | _MISMATCH | _MISSING | _NOT_ARRIVED | _EMPTY:
        wishes.add("exchange")
    if reason in _DEFECT:
        wishes.add("repair")
    return frozenset(wishes)


@lru_cache(maxsize=4096)
def _openings(reason: str, tags: frozenset[str]) -> tuple[texts.Opening, ...]:
    """The buyer's first messages that fit a case (every reason has one that fits any)."""
    return tuple(o for o in texts.OPENINGS[reason] if o.tags <= tags)


def _product_tags(name: str, multi: bool) -> frozenset[str]:
    return frozenset({texts.PRODUCT_KINDS.get(name, "thing"), *(("multi",) if multi else ())})


#: Product tags by (product name, more than one piece).
_PRODUCT_TAGS: Final = {
    (name, multi): _product_tags(name, multi)
    for name, _ in texts.PRODUCTS
    for multi in (False, True)
}


def _expectations(rng: random.Random, reason: str, price_cents: int) -> list[dict[str, Any]]:
    allowed = texts.CLAIM_EXPECTATIONS[reason]
    count = 2 if len(allowed) > 1 and rng.random() < 0.15 else 1
    expectations = []
    for name in rng.sample(allowed, count):
        refund: dict[str, str] | None = None
        if name == "REFUND":
            refund = {"amount": _money(price_cents), "currency": "PLN"}
        elif name == "PARTIAL_REFUND":
            part = max(100, price_cents * rng.randint(10, 40) // 100)
            refund = {"amount": _money(part), "currency": "PLN"}
        expectations.append({"name": name, "refund": refund})
    return expectations


#: Edge cases that replace the buyer's first message.
_EDGE_TEXTS: Final = {
    "emoji": texts.EMOJI_TEXT,
    "script": texts.HOSTILE_SCRIPT,
    "html": texts.HOSTILE_HTML,
    "rtl": texts.RTL_OVERRIDE,
    "entities": texts.HTML_ENTITIES,
    "very_long_text": texts.LONG_TEXT,
    "ukrainian": texts.UKRAINIAN_TEXT,
    "long_word": texts.LONG_WORD_TEXT,
    "many_lines": texts.MANY_LINES_TEXT,
}


def _plan_for(seed: int, index: int, age: int, rng: random.Random) -> _Plan:
    """The schedule's plan, a random one, or one forced by an edge or deadline slot."""
    schedule = _schedule(seed)
    if index < len(schedule):
        return schedule[index]
    plan = _random_plan(rng, age)
    if EDGE_SLOTS.get(index % EDGE_BLOCK) in _LONG_CHAT_LENGTH:
        # keep very long conversations writable: an open issue with an active chat
        return replace(plan, status=_OPEN_STATUS_OF[plan.type], chat_active=True)
    if index < EDGE_BLOCK and index in DEADLINE_SLOTS:
        ret = plan.return_required if _reason_fits(plan.reason, plan.return_required) else None
        return replace(
            plan, type=_CLAIM, status=_OPEN_STATUS_OF[_CLAIM], return_required=ret, chat_active=True
        )
    return plan


def _make_issue(seed: int, index: int, now_ms: int, base_url: str) -> SeedIssue:
    rng = random.Random(_stream_key(seed, index))
    age = 20 * _MINUTE + index * _SPACING + rng.randrange(_SPACING - _MINUTE)
    opened = now_ms - age
    plan = _plan_for(seed, index, age, rng)
    edge = EDGE_SLOTS.get(index % EDGE_BLOCK)
    long_length = _LONG_CHAT_LENGTH.get(edge or "")
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
    days = rng.randint(5, 21)
    fill = {"product": product, "ref": ref, "days": days}

    # what the case is about: the reason, what the buyer wants, the product
    expectations = _expectations(rng, plan.reason, price_cents) if is_claim else []
    wishes = (
        frozenset(_WISH_OF[e["name"]] for e in expectations)
        if is_claim
        else _dispute_wishes(plan.reason)
    )
    tags = _case_tags(plan.type, plan.reason, wishes, plan.return_required)
    tags |= _PRODUCT_TAGS[product, quantity > 1]
    opening = rng.choice(_openings(plan.reason, tags))
    order_days = max(opening.order_days, days if "{days}" in opening.text else 0)
    order_age = order_days * _DAY + rng.randrange(_HOUR, (3 if order_days else 20) * _DAY)

    # chat
    roles = _roles(rng, plan, long_length)
    last_end = now_ms - _MINUTE
    share = rng.uniform(0.3, 1.0) if is_open else rng.uniform(0.05, 0.6)
    end = opened + int((last_end - opened) * share)
    if long_length is not None:
        end = last_end
    times = _times(rng, opened + rng.randrange(5000), end, len(roles))
    last_index = len(roles) - 1
    sellers = [i for i, role in enumerate(roles) if role == _SELLER]
    # The moment the case is decided: a claim's verdict (its last seller message); for a closed
    # discussion the last message. From then on only closing words fit.
    if plan.status in _DECIDED_CLAIM:
        decided_at = sellers[-1]
    elif not is_open:
        decided_at = last_index
    else:
        decided_at = len(roles)
    chat: list[dict[str, Any]] = []
    used: set[str] = set()
    documents = assets.documents()
    pending = tags | _PENDING
    for position, (role, at) in enumerate(zip(roles, times, strict=True)):
        attachments: list[dict[str, Any]] = []
        if position < decided_at:
            moment = pending
        elif position > decided_at or not is_claim:
            moment = tags | _DECIDED
        else:
            moment = tags
        late = position * 2 > last_index
        first_seller = bool(sellers) and position == sellers[0]
        if role == _BUYER:
            if position == 0:
                text = opening.text.format(**fill)
                chance = 0.7 if plan.reason in _PHOTO_REASONS else 0.12 * ("in_hand" in tags)
                if rng.random() < chance:
                    attachments = builder.photos(rng.choices((1, 2, 3), (60, 30, 10))[0])
                if plan.reason == "NO_PROOF_OF_PURCHASE_MANUAL_OR_WARRANTY" and rng.random() < 0.5:
                    attachments.append(builder.attach(documents[assets.RECEIPT]))
            elif "decided" in moment and (position < last_index or rng.random() < 0.7):
                text = _say(rng, texts.BUYER_CLOSING_LINES[plan.status], moment, used)
            elif long_length is not None:
                text = _say(rng, texts.SMALL_TALK_BUYER_LINES, moment, used)
            else:
                text = _say(rng, texts.BUYER_LATE if late else texts.BUYER_EARLY, moment, used)
                if text in texts.BUYER_TEXTS_WITH_PHOTOS:
                    attachments = builder.photos(rng.choices((1, 2), (70, 30))[0])
                elif text in texts.BUYER_TEXTS_WITH_DOCUMENT:
                    attachments = [builder.attach(documents[assets.RECEIPT], "protokol_szkody.pdf")]
            if attachments and "photos_sent" not in tags:
                tags = tags | {"photos_sent"}
                pending = tags | _PENDING
        elif role == _SELLER:
            if first_seller and plan.return_required is True:
                text = rng.choice(texts.SELLER_RETURN_REQUIRED)
                if text == texts.SELLER_RETURN_REQUIRED[0]:  # "label attached"
                    attachments = [builder.attach(documents[assets.RETURN_LABEL])]
            elif first_seller and plan.return_required is False:
                text = _say(rng, texts.SELLER_NO_RETURN, moment, used)
            elif position == decided_at:
                text = _say(rng, texts.SELLER_CLOSING_LINES[plan.status], moment, used)
                if text == texts.SELLER_REPORT_VERDICT:
                    attachments = [builder.attach(documents[assets.SERVICE_REPORT])]
            elif long_length is not None:
                text = _say(rng, texts.SMALL_TALK_SELLER_LINES, moment, used)
            elif first_seller:
                text = _say(rng, texts.SELLER_FIRST, moment, used)
            elif "papers" in tags and texts.SELLER_INVOICE_REPLY not in used and rng.random() < 0.3:
                text = texts.SELLER_INVOICE_REPLY
                used.add(text)
                attachments = [builder.attach(documents[assets.INVOICE])]
            else:
                text = _say(rng, texts.SELLER_LATER, moment, used)
        elif role == _ADMIN:
            pool = texts.ADVISOR_DECIDED if "decided" in moment else texts.ADVISOR_OPEN
            text = _say(rng, pool, moment, used)
        elif role == _SYSTEM:
            text = _say(rng, texts.SYSTEM_LINES, moment, used)
        else:
            text = _say(rng, texts.FULFILLMENT_LINES, moment, used)
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
    if edge in _EDGE_TEXTS:
        first["text"] = _EDGE_TEXTS[edge]
    elif edge == "hostile_file_names":
        image = assets.images()[0]
        first["attachments"].extend(builder.attach(image, n) for n in texts.HOSTILE_FILE_NAMES)

    # claim or dispute specifics
    subject: str | None
    reason: dict[str, Any] | None
    if is_claim:
        subject = None
        description = opening.description
        reason = {"type": plan.reason, "description": description}
        # Allegro's 14 days from the opening; an open claim may be past it or close to it
        due = opened + CLAIM_DAYS * _DAY
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
        elif roll < 0.8 and "money" in wishes:
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
            "createdAt": format_ms(opened - order_age),
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


def _issue_tags(issue: dict[str, Any]) -> tuple[frozenset[str], str]:
    """The tags of a served issue (from its JSON alone) and its status, for live replies."""
    kind = str(issue.get("type"))
    state = issue.get("currentState") or {}
    status = str(state.get("status"))
    reason_json = issue.get("reason") or {}
    reason = reason_json.get("type") or _REASON_OF_SUBJECT.get(str(issue.get("subject")), "OTHER")
    if kind == _CLAIM:
        names = [e.get("name") for e in issue.get("expectations") or []]
        wishes = frozenset(_WISH_OF[n] for n in names if n in _WISH_OF)
    else:
        wishes = _dispute_wishes(reason)
    tags = _case_tags(kind, reason, wishes, state.get("returnRequired"))
    return (tags | {"pending"} if status in _OPEN else tags | {"decided"}), status


#: Live follow-ups: the ones that announce no attachment (a live reply carries none).
_LIVE_FOLLOWUPS: Final = tuple(
    line
    for line in texts.BUYER_EARLY + texts.BUYER_LATE + texts.SMALL_TALK_BUYER_LINES
    if line[0] not in texts.BUYER_TEXTS_WITH_PHOTOS | texts.BUYER_TEXTS_WITH_DOCUMENT
)


def generate_buyer_reply(
    rng: random.Random, issue: dict[str, Any], now: datetime
) -> dict[str, Any]:
    """A new BUYER chat message (API JSON) for live activity; no attachments.

    It fits the case: the reason, what the buyer wants, the return decision and the status (a
    decided case gets closing words, an open one a follow-up).
    """
    buyer = issue.get("buyer") or {}
    login = buyer.get("login") or "kupujacy"
    tags, status = _issue_tags(issue)
    if "pending" in tags:
        emoji = rng.random() < 0.05
        text = texts.EMOJI_TEXT if emoji else _say(rng, _LIVE_FOLLOWUPS, tags, set())
    else:
        closing = texts.BUYER_CLOSING_LINES.get(status, ())
        text = _say(rng, closing + texts.SMALL_TALK_BUYER_LINES, tags, set())
    return {
        "id": _uuid(rng),
        "text": text,
        "attachments": [],
        "author": {"login": str(login), "role": _BUYER},
        "createdAt": format_ms(_to_ms(now)),
    }
