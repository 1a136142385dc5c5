"""The order, its parcels, the offer and the account: types and tolerant parsing. No Qt, no I/O.

Shapes follow ``orders-offers-me.openapi.yaml`` (``CheckoutForm``,
``CheckoutFormOrderWaybillResponse``, ``SaleProductOfferResponseV1``, ``MeResponse``). Although
that contract marks some fields required, nothing here relies on it: every parser accepts any
JSON value (``None``, a list, a string, nested garbage) and never raises; what is missing stays
``None`` or empty, and so do quantities and amounts no real order has (they would overflow
totals). Each object keeps its JSON in ``raw`` so that it can be cached and parsed
again (``to_json``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from .models import Money
from .parsing import _obj, _str, parse_money  # the same tolerant readers as issues
from .timestamps import parse_timestamp

JsonObject = dict[str, Any]
#: More line items or parcels than this are not kept (a real order has a handful).
MAX_ITEMS = 200
#: A quantity above this is not believed (None: shown as unknown). Bounded so that totals and
#: Qt's ``%n`` (a C int) cannot overflow, even summed over :data:`MAX_ITEMS` items.
MAX_QUANTITY = 1_000_000
#: Amounts of 10**12 or more are not believed (None), so ``amount * quantity`` stays small.
_MAX_AMOUNT = Decimal(10) ** 12


def _quantity(value: object) -> int | None:
    quantity = _int(value)
    return quantity if quantity is not None and 0 <= quantity <= MAX_QUANTITY else None


def _money(value: object) -> Money | None:
    """:func:`parse_money`, without amounts no order has ("9E+999999" would overflow totals)."""
    money = parse_money(value)
    if money is None or money.amount is None or abs(money.amount) < _MAX_AMOUNT:
        return money
    return Money(amount=None, currency=money.currency)


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _list(value: object) -> list[Any]:
    return value[:MAX_ITEMS] if isinstance(value, list) else []


def _raw(value: object) -> JsonObject:
    return dict(value) if isinstance(value, Mapping) else {}


@dataclass(frozen=True, slots=True)
class LineItem:
    """One bought offer: what, how many, at what price (per unit, after discounts)."""

    offer_id: str | None
    title: str | None
    quantity: int | None
    price: Money | None
    original_price: Money | None
    bought_at: datetime | None

    @property
    def total(self) -> Money | None:
        """``price`` times ``quantity``; None when either is unknown."""
        if self.price is None or self.price.amount is None or self.quantity is None:
            return None
        try:
            amount = self.price.amount * self.quantity
        except ArithmeticError:  # only for items not made by the parser, which bounds both
            return None
        return Money(amount, self.price.currency)


@dataclass(frozen=True, slots=True)
class Order:
    """A checkout form (Allegro's order)."""

    id: str | None
    status: str | None
    buyer_login: str | None
    items: tuple[LineItem, ...]
    delivery_method: str | None
    pickup_point: str | None
    delivery_cost: Money | None
    total_to_pay: Money | None
    paid: Money | None
    raw: JsonObject = field(default_factory=dict, compare=False, repr=False)

    @property
    def bought_at(self) -> datetime | None:
        """When the order was placed: the earliest ``boughtAt`` of its items."""
        dates = [i.bought_at for i in self.items if i.bought_at is not None]
        return min(dates) if dates else None

    def to_json(self) -> JsonObject:
        return dict(self.raw)


@dataclass(frozen=True, slots=True)
class Shipment:
    """A parcel tracking number on the order."""

    waybill: str | None
    carrier_id: str | None
    carrier_name: str | None
    created_at: datetime | None

    @property
    def carrier(self) -> str | None:
        """The carrier's name when Allegro has one (``OTHER``), else its id (``INPOST``)."""
        return self.carrier_name or self.carrier_id


@dataclass(frozen=True, slots=True)
class ProductOffer:
    """The parts of an offer the detail shows: title and images (first = the main one)."""

    id: str | None
    title: str | None
    images: tuple[str, ...]
    raw: JsonObject = field(default_factory=dict, compare=False, repr=False)

    @property
    def image(self) -> str | None:
        return self.images[0] if self.images else None

    def to_json(self) -> JsonObject:
        return dict(self.raw)


@dataclass(frozen=True, slots=True)
class Me:
    """The signed-in account (``GET /me``)."""

    id: str | None
    login: str | None


def parse_line_item(value: object) -> LineItem:
    data = _obj(value)
    offer = _obj(data.get("offer"))
    return LineItem(
        offer_id=_str(offer.get("id")),
        title=_str(offer.get("name")),
        quantity=_quantity(data.get("quantity")),
        price=_money(data.get("price")),
        original_price=_money(data.get("originalPrice")),
        bought_at=parse_timestamp(data.get("boughtAt")),
    )


def parse_order(value: object) -> Order:
    """A ``CheckoutForm``; any JSON value gives an ``Order`` (empty when nothing fits)."""
    data = _obj(value)
    delivery = _obj(data.get("delivery"))
    pickup = _obj(delivery.get("pickupPoint"))
    return Order(
        id=_str(data.get("id")),
        status=_str(data.get("status")),
        buyer_login=_str(_obj(data.get("buyer")).get("login")),
        items=tuple(parse_line_item(i) for i in _list(data.get("lineItems"))),
        delivery_method=_str(_obj(delivery.get("method")).get("name")),
        pickup_point=_str(pickup.get("name")) or _str(pickup.get("id")),
        delivery_cost=_money(delivery.get("cost")),
        total_to_pay=_money(_obj(data.get("summary")).get("totalToPay")),
        paid=_money(_obj(data.get("payment")).get("paidAmount")),
        raw=_raw(value),
    )


def parse_shipments(value: object) -> tuple[Shipment, ...]:
    """A ``CheckoutFormOrderWaybillResponse``; parcels without a tracking number are dropped."""
    shipments = []
    for item in _list(_obj(value).get("shipments")):
        data = _obj(item)
        waybill = _str(data.get("waybill"))
        if not waybill or not waybill.strip():
            continue
        shipments.append(
            Shipment(
                waybill=waybill.strip(),
                carrier_id=_str(data.get("carrierId")),
                carrier_name=_str(data.get("carrierName")),
                created_at=parse_timestamp(data.get("createdAt")),
            )
        )
    return tuple(shipments)


def parse_product_offer(value: object) -> ProductOffer:
    """A ``SaleProductOfferResponseV1``: images are the URL strings of ``images``."""
    data = _obj(value)
    images = tuple(
        url.strip() for url in _list(data.get("images")) if isinstance(url, str) and url.strip()
    )
    return ProductOffer(
        id=_str(data.get("id")),
        title=_str(data.get("name")),
        images=images,
        raw=_raw(value),
    )


def parse_me(value: object) -> Me:
    data = _obj(value)
    return Me(id=_str(data.get("id")), login=_str(data.get("login")))
