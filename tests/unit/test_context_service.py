"""ContextService: cached first, then fresh; 403 remembered (asked once); failures keep the
saved copy; pictures fetched once and without the token."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx

from allegro_issues_desktop.allegro.errors import (
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
)
from allegro_issues_desktop.allegro.images import ImageFetcher
from allegro_issues_desktop.domain import parse_issue
from allegro_issues_desktop.domain.orders import (
    Order,
    ProductOffer,
    Shipment,
    parse_order,
    parse_product_offer,
    parse_shipments,
)
from allegro_issues_desktop.services.context import ContextService, ContextStatus

ISSUE = parse_issue(
    {
        "id": "i1",
        "type": "CLAIM",
        "checkoutForm": {"id": "c1"},
        "offer": {"id": "o1"},
        "buyer": {"login": "jan"},
    }
)
ORDER = {"id": "c1", "lineItems": [{"offer": {"id": "o1", "name": "Kubek"}, "quantity": 1}]}
PARCELS = {"shipments": [{"waybill": "123", "carrierId": "INPOST"}]}
OFFER = {"id": "o1", "name": "Kubek termiczny", "images": ["https://a.allegroimg.com/k.png"]}


class FakeClient:
    api_url = "https://api.allegro.pl"  # pictures may come from this origin too

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.order_error: Exception | None = None
        self.shipments_error: Exception | None = None
        self.offer_error: Exception | None = None

    async def get_order(self, checkout_id: str) -> Order:
        self.calls.append(f"order {checkout_id}")
        if self.order_error:
            raise self.order_error
        return parse_order(ORDER)

    async def get_shipments(self, checkout_id: str) -> tuple[Shipment, ...]:
        self.calls.append(f"shipments {checkout_id}")
        if self.shipments_error:
            raise self.shipments_error
        return parse_shipments(PARCELS)

    async def get_product_offer(self, offer_id: str) -> ProductOffer:
        self.calls.append(f"offer {offer_id}")
        if self.offer_error:
            raise self.offer_error
        return parse_product_offer(OFFER)


class Engine:
    def __init__(self, client: Any) -> None:
        self.client = client
        self.saved: dict[str, Any] = {}

    async def cached_json(self, key: str) -> Any:
        return self.saved.get(key)

    def save_json(self, key: str, value: Any) -> None:
        self.saved[key] = value


def test_fresh_then_cached() -> None:
    client = FakeClient()
    engine = Engine(client)
    service = ContextService(engine)
    assert asyncio.run(service.cached_order(ISSUE)) is None
    fresh = asyncio.run(service.order(ISSUE))
    assert fresh.status is ContextStatus.FRESH
    assert fresh.order is not None and fresh.order.items[0].title == "Kubek"
    assert [s.waybill for s in fresh.shipments] == ["123"]
    offer = asyncio.run(service.offer(ISSUE))
    assert offer.status is ContextStatus.FRESH and offer.offer is not None
    cached = asyncio.run(service.cached_order(ISSUE))
    assert cached is not None and cached.status is ContextStatus.CACHED
    assert cached.order == fresh.order and cached.shipments == fresh.shipments
    cached_offer = asyncio.run(service.cached_offer(ISSUE))
    assert cached_offer is not None and cached_offer.offer == offer.offer
    # offline: the saved copy
    engine.client = None
    assert asyncio.run(service.order(ISSUE)).status is ContextStatus.CACHED


def test_403_is_remembered_and_not_asked_again() -> None:
    client = FakeClient()
    client.order_error = PermissionDeniedError("403 AccessDenied")
    service = ContextService(Engine(client))
    assert asyncio.run(service.order(ISSUE)).status is ContextStatus.NO_PERMISSION
    asked = len(client.calls)
    assert asyncio.run(service.order(ISSUE)).status is ContextStatus.NO_PERMISSION
    assert len(client.calls) == asked  # no error storm: nothing asked again
    assert asyncio.run(service.offer(ISSUE)).status is ContextStatus.FRESH  # other scope


def test_failures_keep_the_saved_copy_and_say_why() -> None:
    client = FakeClient()
    engine = Engine(client)
    service = ContextService(engine)
    asyncio.run(service.order(ISSUE))
    client.order_error = NetworkError("offline", timed_out=False)
    again = asyncio.run(service.order(ISSUE))
    assert again.status is ContextStatus.CACHED and again.order is not None
    assert again.error is client.order_error
    engine.saved.clear()
    assert asyncio.run(service.order(ISSUE)).status is ContextStatus.UNAVAILABLE
    client.order_error = NotFoundError("404")
    assert asyncio.run(service.order(ISSUE)).status is ContextStatus.NOT_FOUND
    # parcels failing alone: the order is fresh, tracking unknown
    client.order_error = None
    client.shipments_error = NetworkError("reset", timed_out=False)
    partial = asyncio.run(service.order(ISSUE))
    assert partial.status is ContextStatus.FRESH and partial.shipments_unknown
    client.shipments_error = PermissionDeniedError("403")
    assert asyncio.run(service.order(ISSUE)).status is ContextStatus.NO_PERMISSION


def test_no_ids_no_requests() -> None:
    client = FakeClient()
    service = ContextService(Engine(client))
    bare = parse_issue({"id": "x"})
    assert asyncio.run(service.order(bare)).status is ContextStatus.NONE
    assert asyncio.run(service.offer(bare)).status is ContextStatus.NONE
    assert client.calls == []


def test_thumbnail_fetched_once_without_token_and_kept_on_disk(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"\x89PNG...", headers={"Content-Type": "image/png"})

    offer = parse_product_offer(OFFER)

    async def go() -> tuple[bytes | None, bytes | None, bytes | None]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            fetcher = ImageFetcher(http=http)
            first = ContextService(Engine(FakeClient()), image_dir=tmp_path, fetcher=fetcher)
            a = await first.thumbnail(offer)
            b = await first.thumbnail(offer)
            second = ContextService(Engine(FakeClient()), image_dir=tmp_path, fetcher=fetcher)
            c = await second.thumbnail(offer)
            return a, b, c

    assert asyncio.run(go()) == (b"\x89PNG...",) * 3
    assert len(seen) == 1
    assert "authorization" not in seen[0].headers
    assert seen[0].url.host == "a.allegroimg.com"


def test_the_picture_cache_stays_bounded(tmp_path: Path) -> None:
    import os

    from allegro_issues_desktop.services.context import _write_file

    for n in range(5):
        path = tmp_path / f"p{n}"
        _write_file(path, b"x", keep=3)
        os.utime(path, (n, n))  # written in order
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p2", "p3", "p4"]
