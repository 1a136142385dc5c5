"""The order card at the widths a 1024 and a 1280 px window give it: every line whole or elided
with a tooltip (never clipped, never wider than the card), "2 items" and "1 ×" on one line, each
item one line; and the detail's scrolling top is no Tab stop of its own."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.domain.models import Money
from allegro_issues_desktop.domain.orders import LineItem, Order, ProductOffer, Shipment
from allegro_issues_desktop.services.context import ContextStatus, OfferContext, OrderContext
from allegro_issues_desktop.ui.detail.order_view import OrderView
from allegro_issues_desktop.ui.elided_label import ElidedLabel

NBSP = "\u00a0"
WAYBILL = "1969588549120229221001831"
TITLE = "Etui silikonowe do iPhone 15 Pro, granatowe"
SECOND = "Opony zimowe Michelin Alpin 6 205/55 R16, 4 szt."
BOUGHT = datetime(2026, 11, 1, 1, 21, tzinfo=UTC)


def pln(amount: str) -> Money:
    return Money(Decimal(amount), "PLN")


def order_context(*, waybills: tuple[str, ...] = (WAYBILL,), title: str = TITLE) -> OrderContext:
    items = (
        LineItem("1", title, 2, pln("49.99"), None, BOUGHT),
        LineItem("2", SECOND, 1, pln("1799.00"), None, BOUGHT),
    )
    order = Order(
        "o1",
        "READY_FOR_PROCESSING",
        "buyer",
        items,
        "Allegro Paczkomaty InPost",
        "Paczkomat KRA49M",
        pln("8.99"),
        pln("1907.97"),
        pln("1907.97"),
    )
    shipments = tuple(Shipment(w, "INPOST", None, None) for w in waybills)
    return OrderContext(ContextStatus.FRESH, order, shipments)


def card(qtbot: QtBot, width: int, context: OrderContext | None = None) -> OrderView:
    view = OrderView()
    qtbot.addWidget(view)
    offer = OfferContext(ContextStatus.FRESH, ProductOffer("1", TITLE, ()))
    view._paint(context or order_context(), offer, loading=False)
    view.show()
    qtbot.waitExposed(view)
    view.resize(width, 300)
    qtbot.waitUntil(lambda: view.width() >= width, timeout=2000)
    view.resize(width, view.sizeHint().height())
    QApplication.processEvents()  # the layout's own request, after the resize
    return view


def visible_labels(view: OrderView) -> list[QLabel]:
    return [lb for lb in view.findChildren(QLabel) if lb.isVisibleTo(view) and lb.text()]


def lines_of(label: QLabel) -> int:
    return round(label.height() / label.fontMetrics().lineSpacing())


def assert_readable(view: OrderView) -> None:
    inside = view.contentsRect()
    for label in visible_labels(view):
        name = f"{label.objectName()}: {label.text()!r}"
        box = QRect(label.mapTo(view, QPoint(0, 0)), label.size())
        assert inside.contains(box), f"{name} runs out of the card ({box} in {inside})"
        metrics = label.fontMetrics()
        if isinstance(label, ElidedLabel):
            if label.is_elided():
                assert label.shown_text().endswith("…"), name
                assert label.text() in label.toolTip() or label.toolTip(), name
            continue
        if label.wordWrap():
            # No word (a run without a breakable space) is wider than the label.
            longest = max(metrics.horizontalAdvance(w) for w in label.text().split())
            assert longest <= label.contentsRect().width() or label.toolTip(), name
        else:
            assert metrics.horizontalAdvance(label.text()) <= label.contentsRect().width(), name


# 1024x700 gives the card about 580 px, 1280x800 about 820 px; and a tight 420.
@pytest.mark.parametrize("width", [420, 580, 700, 820, 1000, 1100])
def test_every_line_is_whole_or_elided_with_a_tooltip(qtbot: QtBot, width: int) -> None:
    view = card(qtbot, width)
    assert view.width() == width, "the card is wider than the room it has"
    assert_readable(view)
    # Each item is one line: its title is elided, never wrapped, its quantity and price whole.
    titles = [lb for lb in view.findChildren(ElidedLabel, "orderItemTitle") if lb.isVisible()]
    assert [t.text() for t in titles] == [TITLE, SECOND]
    for title in titles:
        assert lines_of(title) == 1
        assert title.isVisible() and title.height() > 0
    for quantity in view.findChildren(QLabel, "orderItemQuantity"):
        assert quantity.isVisible() and lines_of(quantity) == 1


@pytest.mark.parametrize(("width", "beside"), [(580, False), (1100, True)])
def test_delivery_and_tracking_sit_beside_the_items_only_where_there_is_room(
    qtbot: QtBot, width: int, beside: bool
) -> None:
    view = card(qtbot, width)
    assert view.wide() is beside
    facts = view.facts.mapTo(view, QPoint(0, 0))
    items = view.items.mapTo(view, QPoint(0, 0))
    if beside:
        assert facts.x() > items.x() + 100 and facts.y() < items.y()
    else:
        assert facts.x() == items.x() and facts.y() > items.y()


def test_quantities_and_dates_never_break_inside(qtbot: QtBot) -> None:
    view = card(qtbot, 420)
    # "Bought 1 Nov 2026, 01:21 · 3 items": a break only between the parts
    parts = view.summary.text().split(" · ")
    assert len(parts) == 2 and all(p and " " not in p for p in parts)
    assert parts[1].startswith("3" + NBSP)
    assert lines_of(view.summary) == 1
    for label in view.findChildren(QLabel, "orderItemPrice"):
        assert label.text() and " " not in label.text().replace(" each, ", "")
    assert [q.text() for q in view.findChildren(QLabel, "orderItemQuantity")] == ["2 ×", "1 ×"]


def test_a_long_tracking_number_is_elided_and_shown_whole_in_its_tooltip(qtbot: QtBot) -> None:
    long = "X" * 40 + WAYBILL
    view = card(qtbot, 580, order_context(waybills=(long, WAYBILL)))
    assert isinstance(view.tracking, ElidedLabel)
    assert view.tracking.text() == f"{long} (INPOST)"  # copying copies all of it
    qtbot.waitUntil(view.tracking.is_elided, timeout=2000)
    assert view.tracking.shown_text().endswith("…")
    assert long in view.tracking.toolTip()
    assert view.tracking.textFormat() == Qt.TextFormat.PlainText
    # the second parcel has its own line
    parcels = [lb.text() for lb in view.findChildren(ElidedLabel) if lb.isVisibleTo(view)]
    assert f"{WAYBILL} (INPOST)" in parcels
    assert_readable(view)


def test_an_unbreakable_title_never_widens_the_card(qtbot: QtBot) -> None:
    view = card(qtbot, 580)
    view._paint(
        order_context(),
        OfferContext(ContextStatus.FRESH, ProductOffer("1", "<b>" + "W" * 120, ())),
        loading=False,
    )
    QApplication.processEvents()
    assert view.minimumSizeHint().width() <= 580
    assert view.title.textFormat() == Qt.TextFormat.PlainText
    assert "&lt;b&gt;" in view.title.toolTip()  # escaped: shown literally


# -- the detail's Tab order ------------------------------------------------------------------


def test_tab_from_the_list_reaches_a_visible_control_of_the_detail(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    from .test_window_keyboard import issues, open_window

    window = open_window(qtbot, qloop)
    detail = window.detail
    scroll = detail.findChild(QScrollArea, "issueTopScroll")
    assert scroll is not None
    assert window.list_panel.select_issue("n2")  # an open claim: it has buttons
    [claim] = [i for i in issues() if i.id == "n2"]
    detail.show_issue(claim)  # what the window does with the saved issue (no account here)
    qtbot.waitUntil(lambda: detail.current_issue_id() == "n2", timeout=2000)
    window.list_panel.view.setFocus()
    qtbot.waitUntil(window.list_panel.view.hasFocus, timeout=2000)
    stops: list[QWidget] = []  # the Tab stops of the detail, in order, once round
    focused: QWidget | None = window.list_panel.view
    for _ in range(60):
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        if detail.isAncestorOf(focused):
            stops.append(focused)
        elif stops:
            break  # out of the detail again
    assert stops, "Tab never reaches the detail"
    names = [f"{type(w).__name__}#{w.objectName()}" for w in stops]
    assert not [w for w in stops if isinstance(w, QScrollArea)], names  # no visible focus
    assert scroll.focusPolicy() == Qt.FocusPolicy.NoFocus
    first = stops[0]
    assert isinstance(first, QAbstractButton | QLabel) or first.focusPolicy() & (
        Qt.FocusPolicy.TabFocus
    )
    assert first.isVisible()
    # and it is on screen: inside the scrolled part's viewport when it lives there
    top = scroll.widget()
    if top is not None and top.isAncestorOf(first):
        viewport = scroll.viewport()
        box = QRect(first.mapTo(viewport, QPoint(0, 0)), first.size())
        assert viewport.rect().intersects(box)
