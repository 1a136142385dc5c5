"""Tolerant parsing of orders, parcels, offers and /me: never raises, keeps what it can."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from allegro_issues_desktop.domain.models import Money
from allegro_issues_desktop.domain.orders import (
    parse_line_item,
    parse_me,
    parse_order,
    parse_product_offer,
    parse_shipments,
)

ORDER: dict[str, Any] = {
    "id": "29738e61-7f6a-11e8-ac45-09db60ede9d6",
    "status": "READY_FOR_PROCESSING",
    "buyer": {"id": "1", "login": "jan", "email": "x", "guest": False},
    "payment": {"paidAmount": {"amount": "133.80", "currency": "PLN"}},
    "delivery": {
        "method": {"id": "m", "name": "Allegro Paczkomaty InPost"},
        "pickupPoint": {"id": "WAW12M", "name": "Paczkomat WAW12M"},
    },
    "lineItems": [
        {
            "offer": {"id": "123", "name": "Kubek termiczny"},
            "quantity": 2,
            "price": {"amount": "59.90", "currency": "PLN"},
            "originalPrice": {"amount": "64.90", "currency": "PLN"},
            "boughtAt": "2026-11-13T04:01:23.403Z",
        },
        {"offer": {"id": 456, "name": "Ładowarka"}, "quantity": "1", "price": None},
    ],
    "summary": {"totalToPay": {"amount": "133.80", "currency": "PLN"}},
    "futureField": {"anything": [1, 2, 3]},
}


def test_a_full_order() -> None:
    order = parse_order(ORDER)
    assert order.id == ORDER["id"]
    assert order.buyer_login == "jan"
    assert order.delivery_method == "Allegro Paczkomaty InPost"
    assert order.pickup_point == "Paczkomat WAW12M"
    assert order.paid == Money(Decimal("133.80"), "PLN")
    first, second = order.items
    assert (first.offer_id, first.title, first.quantity) == ("123", "Kubek termiczny", 2)
    assert first.price == Money(Decimal("59.90"), "PLN")
    assert first.total == Money(Decimal("119.80"), "PLN")
    assert (second.offer_id, second.quantity, second.price, second.total) == ("456", 1, None, None)
    assert order.bought_at == datetime(2026, 11, 13, 4, 1, 23, 403000, tzinfo=UTC)
    assert order.to_json() == ORDER  # kept whole for the cache


@pytest.mark.parametrize(
    "value",
    [
        None,
        [],
        "x",
        42,
        True,
        {},
        {"lineItems": "no"},
        {"lineItems": [None, 1, "a", []]},
        {"delivery": [], "buyer": "x", "summary": {"totalToPay": "1"}, "payment": 3},
        {"lineItems": [{"quantity": 1.5, "price": {"amount": "NaN"}, "boughtAt": "yesterday"}]},
    ],
)
def test_anything_parses_to_an_order(value: object) -> None:
    order = parse_order(value)
    assert order.delivery_method is None
    for item in order.items:
        assert item.total is None or item.total.amount is not None


def test_shipments_keep_only_parcels_with_a_number() -> None:
    shipments = parse_shipments(
        {
            "shipments": [
                {
                    "waybill": " 6200123 ",
                    "carrierId": "INPOST",
                    "createdAt": "2026-11-14T10:00:00Z",
                },
                {"waybill": "", "carrierId": "DPD"},
                {"carrierId": "DPD"},
                {"waybill": "X1", "carrierId": "OTHER", "carrierName": "Mój kurier"},
                "garbage",
            ]
        }
    )
    assert [(s.waybill, s.carrier) for s in shipments] == [
        ("6200123", "INPOST"),
        ("X1", "Mój kurier"),
    ]
    odd_values: tuple[object, ...] = (None, [], {"shipments": None}, {"shipments": {"a": 1}}, "x")
    for odd in odd_values:
        assert parse_shipments(odd) == ()


def test_offer_and_me() -> None:
    offer = parse_product_offer(
        {"id": "1", "name": "Kubek", "images": ["", 5, " https://a.allegroimg.com/x.jpg "]}
    )
    assert offer.title == "Kubek"
    assert offer.image == "https://a.allegroimg.com/x.jpg"
    assert parse_product_offer({"images": "https://x"}).image is None
    assert parse_product_offer(None).title is None
    assert parse_me({"id": 7, "login": "sklep"}).login == "sklep"
    assert parse_me([]).id is None
    assert parse_line_item("x").title is None
