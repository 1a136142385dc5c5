"""The order and the offer in the detail: shown for the selected issue (saved copy first), the
quiet no-permission line, and never a stale answer painted over another issue."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.allegro import AllegroClient, StaticTokenProvider
from allegro_issues_desktop.demo.orders import ORDERS_SCOPE
from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.domain import Issue, parse_issue
from allegro_issues_desktop.services.context import (
    ContextService,
    ContextStatus,
    OfferContext,
    OrderContext,
)
from allegro_issues_desktop.ui.detail.order_view import OrderView
from tests.helpers import open_main_window, run

TIMEOUT = 15_000


class MemoryEngine:
    """The part of a SyncEngine the context service uses: a client and a JSON cache."""

    def __init__(self, client: AllegroClient | None) -> None:
        self.client = client
        self.saved: dict[str, Any] = {}

    async def cached_json(self, key: str) -> Any:
        await asyncio.sleep(0)
        return self.saved.get(key)

    def save_json(self, key: str, value: Any) -> None:
        self.saved[key] = value


@pytest.fixture
def client(
    emulator: Emulator, qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> Iterator[AllegroClient]:
    c = AllegroClient(emulator.base_url, StaticTokenProvider(emulator.token))
    yield c
    run(qloop, qtbot, c.aclose())


@pytest.fixture
def view(qtbot: QtBot) -> OrderView:
    v = OrderView()
    qtbot.addWidget(v)
    v.resize(760, 200)
    v.show()
    return v


def claims(emulator: Emulator) -> list[Issue]:
    found = [parse_issue(emulator.issue_json(i)) for i in emulator.issue_ids()]
    return [i for i in found if i.type == "CLAIM" and i.offer is not None]


def texts(view: OrderView) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(lb.text() for lb in view.findChildren(QLabel) if lb.isVisibleTo(view))


def test_shows_items_price_delivery_tracking_title_and_picture(
    view: OrderView, emulator: Emulator, client: AllegroClient, qtbot: QtBot, qloop: Any
) -> None:
    issue = claims(emulator)[0]
    engine = MemoryEngine(client)
    view.set_context(ContextService(engine))
    emulator.requests.clear()
    with qtbot.waitSignal(view.picture_shown, timeout=TIMEOUT):
        view.set_issue(issue)
    order = emulator.store.issue(issue.id or "")
    assert view.order is not None and view.order.id == order["checkoutForm"]["id"]
    shown = texts(view)
    item = view.order.items[0]
    assert item.title and item.title in shown
    assert f"{item.quantity} ×" in shown
    assert view.offer is not None and view.offer.title == view.title.text()
    assert view.order.delivery_method and view.order.delivery_method in view.delivery.text()
    assert view.paid.text()
    assert view.tracking.isVisibleTo(view)
    assert not view.picture.pixmap().isNull()
    # the picture came from the emulator's image path, without the token
    [picture] = [r for r in list(emulator.requests) if r.path.startswith("/images/")]
    assert "authorization" not in picture.headers
    # and the order and offer were saved for next time
    assert {k.split(":")[0] for k in engine.saved} == {"order", "offer"}


def test_the_saved_copy_is_shown_before_any_answer(
    view: OrderView, emulator: Emulator, client: AllegroClient, qtbot: QtBot, qloop: Any
) -> None:
    issue = claims(emulator)[0]
    engine = MemoryEngine(client)
    service = ContextService(engine)
    run(qloop, qtbot, service.order(issue))
    run(qloop, qtbot, service.offer(issue))
    offline = MemoryEngine(None)
    offline.saved = engine.saved
    view.set_context(ContextService(offline))
    with qtbot.waitSignal(view.context_shown, timeout=TIMEOUT):
        view.set_issue(issue)
    assert view.order is not None and view.order.items
    assert view.offer is not None and view.title.text() == view.offer.title


def test_no_permission_is_one_quiet_line_and_asked_once(
    view: OrderView, emulator: Emulator, client: AllegroClient, qtbot: QtBot, qloop: Any
) -> None:
    emulator.denied_scopes.add(ORDERS_SCOPE)
    first, second = claims(emulator)[:2]
    view.set_context(ContextService(MemoryEngine(client)))
    emulator.requests.clear()
    for issue in (first, second):
        with qtbot.waitSignal(view.context_shown, timeout=TIMEOUT):
            view.set_issue(issue)
        assert (
            view.note.text()
            == "Order details need the orders permission: sign in again to grant it."
        )
        assert view.isVisible()  # the offer is still shown
        assert view.offer is not None and view.title.text() == view.offer.title
    orders = [r for r in list(emulator.requests) if r.path.startswith("/order/")]
    assert len(orders) == 2  # the first issue's order and parcels; nothing for the second


class GatedService(ContextService):
    """Answers for issue ids only when their gate opens, in whatever order the test wants."""

    def __init__(self) -> None:
        super().__init__(MemoryEngine(None))
        self.gates: dict[str, asyncio.Event] = {}

    def gate(self, issue_id: str) -> asyncio.Event:
        return self.gates.setdefault(issue_id, asyncio.Event())

    async def cached_order(self, issue: Issue) -> OrderContext | None:
        return None

    async def cached_offer(self, issue: Issue) -> OfferContext | None:
        return None

    async def order(self, issue: Issue) -> OrderContext:
        await asyncio.shield(self.gate(issue.id or "").wait())
        return OrderContext(ContextStatus.UNAVAILABLE)

    async def offer(self, issue: Issue) -> OfferContext:
        from allegro_issues_desktop.domain.orders import parse_product_offer

        await asyncio.shield(self.gate(issue.id or "").wait())
        return OfferContext(
            ContextStatus.FRESH, parse_product_offer({"id": "1", "name": f"title of {issue.id}"})
        )


def test_a_late_answer_for_another_issue_is_never_painted(
    view: OrderView, emulator: Emulator, qtbot: QtBot, qloop: Any
) -> None:
    first, second = claims(emulator)[:2]
    service = GatedService()
    view.set_context(service)
    shown: list[str] = []
    view.context_shown.connect(shown.append)
    view.set_issue(first)
    qtbot.waitUntil(lambda: first.id in service.gates)
    view.set_issue(second)
    with qtbot.waitSignal(view.context_shown, timeout=TIMEOUT):
        service.gate(second.id or "").set()
    service.gate(first.id or "").set()  # the first issue's answer arrives late
    run(qloop, qtbot, asyncio.sleep(0.05))
    assert shown == [second.id]
    assert view.title.text() == f"title of {second.id}"


def test_main_window_shows_the_order_of_the_selected_issue(
    emulator: Emulator, qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    window = open_main_window(qtbot, qloop)
    client = AllegroClient(emulator.base_url, StaticTokenProvider(emulator.token))
    try:
        window.attach_client(client, poll_ms=3_600_000)
        combo = window.filter_bar.status_combo
        from allegro_issues_desktop.ui.issue_list.proxy import StatusFilter

        combo.setCurrentIndex(combo.findData(StatusFilter.ALL))
        with qtbot.waitSignal(window.issues_loaded, timeout=TIMEOUT):
            window.refresh_action.trigger()
        issue_id = next(
            i
            for i in window.visible_issue_ids()
            if (issue := window.issue(i)) is not None and issue.offer is not None
        )
        view = window.detail.order_view
        with qtbot.waitSignal(
            view.context_shown, timeout=TIMEOUT, check_params_cb=lambda i: i == issue_id
        ):
            assert window.list_panel.select_issue(issue_id)
        checkout = emulator.issue_json(issue_id)["checkoutForm"]["id"]
        assert view.order is not None and view.order.id == checkout
        assert view.isVisibleTo(window)
    finally:
        run(qloop, qtbot, client.aclose())


def test_the_picture_is_decoded_on_the_gui_thread(
    view: OrderView,
    emulator: Emulator,
    client: AllegroClient,
    qtbot: QtBot,
    qloop: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Qt's image plugins make QObjects while decoding; on a worker thread (holding the GIL)
    that deadlocked against the GUI thread once. Decoding stays on the GUI thread."""
    import threading

    from allegro_issues_desktop.ui.detail import order_view

    threads: list[threading.Thread] = []
    real = order_view.decode_thumbnail

    def spy(data: bytes, size: int = order_view.THUMBNAIL) -> Any:
        threads.append(threading.current_thread())
        return real(data, size)

    monkeypatch.setattr(order_view, "decode_thumbnail", spy)
    view.set_context(ContextService(MemoryEngine(client)))
    with qtbot.waitSignal(view.picture_shown, timeout=TIMEOUT):
        view.set_issue(claims(emulator)[0])
    assert threads == [threading.main_thread()]
