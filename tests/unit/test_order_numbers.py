"""Numbers no real order has (enormous amounts and quantities) neither raise nor reach the card."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.allegro.errors import decode_json
from allegro_issues_desktop.domain.models import Money
from allegro_issues_desktop.domain.orders import (
    MAX_QUANTITY,
    LineItem,
    Order,
    parse_order,
)
from allegro_issues_desktop.services.context import ContextStatus, OrderContext
from allegro_issues_desktop.ui.detail.order_view import OrderView


def order_json(quantity: str, amount: str, items: int = 1) -> bytes:
    """An order whose every number is ``quantity`` / ``amount``, as the API would send it."""
    money = {"amount": amount, "currency": "PLN"}
    item = {"offer": {"id": "1", "name": "x"}, "quantity": int(quantity), "price": money}
    return json.dumps(
        {
            "id": "o1",
            "lineItems": [item] * items,
            "delivery": {"cost": money},
            "summary": {"totalToPay": money},
            "payment": {"paidAmount": money},
        }
    ).encode()


HOSTILE = [
    ("2", "9E+999999"),  # Decimal * 2 beyond the context's Emax: decimal.Overflow
    ("3000000000", "1.00"),  # a quantity beyond a C int (Qt's %n)
    ("1" + "0" * 40, "1.00"),
    ("-5", "-9E+999999"),
    ("1000000", "1000000000000"),  # 10**12: not believed
    ("2", "1E-999999"),
]


@pytest.mark.parametrize(("quantity", "amount"), HOSTILE)
def test_absurd_numbers_are_unknown_and_totals_never_raise(quantity: str, amount: str) -> None:
    order = parse_order(decode_json(order_json(quantity, amount)))
    (item,) = order.items
    assert item.quantity is None or 0 <= item.quantity <= MAX_QUANTITY
    for money in (item.price, order.paid, order.total_to_pay, order.delivery_cost):
        assert money is not None and money.currency == "PLN"
        assert money.amount is None or abs(money.amount) < 10**12
    total = item.total  # never raises
    assert total is None or total.amount is None or abs(total.amount) < 10**18


def test_believable_numbers_are_kept() -> None:
    order = parse_order(decode_json(order_json(str(MAX_QUANTITY), "999999999999.99")))
    (item,) = order.items
    assert item.quantity == MAX_QUANTITY
    assert item.price == Money(Decimal("999999999999.99"), "PLN")
    assert item.total == Money(Decimal("999999999999.99") * MAX_QUANTITY, "PLN")
    assert order.paid == Money(Decimal("999999999999.99"), "PLN")


def test_a_total_of_an_item_not_made_by_the_parser_does_not_raise() -> None:
    item = LineItem("1", "x", 2, Money(Decimal("9E+999999"), "PLN"), None, None)
    assert item.total is None


def paint(qtbot: QtBot, order: Order) -> str:
    from PySide6.QtWidgets import QLabel

    view = OrderView()
    qtbot.addWidget(view)
    view._paint(OrderContext(ContextStatus.FRESH, order), None, loading=False)
    return "\n".join(label.text() for label in view.findChildren(QLabel))


@pytest.mark.parametrize(("quantity", "amount"), HOSTILE)
def test_the_card_paints_an_order_with_absurd_numbers(
    qtbot: QtBot, quantity: str, amount: str
) -> None:
    order = parse_order(decode_json(order_json(quantity, amount, items=200)))
    text = paint(qtbot, order)
    assert "9E+999999" not in text


def test_the_card_paints_items_not_made_by_the_parser(qtbot: QtBot) -> None:
    huge = LineItem("1", "x", 3_000_000_000, Money(Decimal("9E+999999"), "PLN"), None, None)
    order = Order("o1", None, None, (huge, huge), None, None, None, None, None)
    text = paint(qtbot, order)
    assert "item" not in text  # no count that Qt's %n cannot hold
    assert "? ×" in text
