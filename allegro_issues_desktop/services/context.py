"""The context of an issue: its order (items, parcels) and its offer (title, picture). No Qt.

``ContextService(engine)`` reads through the account's :class:`~.sync.SyncEngine`: saved copies
come from the engine's JSON cache in the store (``cached_order`` / ``cached_offer``, no
request), fresh ones from Allegro (``order`` / ``offer``), which are saved again for next time.
Results are typed (:class:`OrderContext`, :class:`OfferContext` with a :class:`ContextStatus`),
never exceptions, so the UI only picks a sentence.

Missing scopes: a 403 on the orders (or offers) endpoints is remembered for the life of the
service (one per attached account), so later issues do not ask again: no error storm, the UI
shows one quiet line. A signed-in account that lacks the scope gets it by signing in again
(the app asks for it, see ``auth.oauth.SCOPES``).

Offer pictures (:meth:`ContextService.thumbnail`) come from Allegro's public image host through
:class:`~..allegro.images.ImageFetcher` (no bearer token), kept in ``image_dir`` when given.
Only from there (or the API's own origin: the demo emulator serves its pictures itself): a URL
elsewhere means no picture, whatever the answer named.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections import OrderedDict
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from ..allegro.client import AllegroClient
from ..allegro.errors import AllegroError, NotFoundError, PermissionDeniedError
from ..allegro.images import ImageError, ImageFetcher, picture_allowed
from ..domain import Issue
from ..domain.orders import (
    Order,
    ProductOffer,
    Shipment,
    parse_order,
    parse_product_offer,
    parse_shipments,
)
from ..domain.timestamps import format_timestamp

log = logging.getLogger(__name__)

ORDERS = "orders"
OFFERS = "offers"
_MEMORY_IMAGES = 32
#: Offer pictures kept on disk (a few dozen KB each).
MAX_KEPT_IMAGES = 400


class ContextStatus(StrEnum):
    FRESH = "fresh"  # just read from Allegro
    CACHED = "cached"  # the saved copy (not connected, or the refresh failed)
    NO_PERMISSION = "no_permission"  # the token lacks the scope (403)
    NOT_FOUND = "not_found"  # Allegro does not know it (404)
    NONE = "none"  # the issue names no order / offer
    UNAVAILABLE = "unavailable"  # nothing saved and no answer (offline, error)


@dataclass(frozen=True, slots=True)
class OrderContext:
    status: ContextStatus
    order: Order | None = None
    shipments: tuple[Shipment, ...] = ()
    #: The parcels could not be read (the order could): tracking is unknown, not "none".
    shipments_unknown: bool = False
    error: AllegroError | None = None


@dataclass(frozen=True, slots=True)
class OfferContext:
    status: ContextStatus
    offer: ProductOffer | None = None
    error: AllegroError | None = None


class ContextSource(Protocol):
    """What the service needs of a :class:`~.sync.SyncEngine`."""

    @property
    def client(self) -> AllegroClient | None: ...

    async def cached_json(self, key: str) -> Any: ...

    def save_json(self, key: str, value: Any) -> None: ...


def checkout_id_of(issue: Issue) -> str | None:
    value = issue.checkout_form.id
    return value.strip() if value and value.strip() else None


def offer_id_of(issue: Issue) -> str | None:
    value = issue.offer.id if issue.offer is not None else None
    return value.strip() if value and value.strip() else None


def shipments_to_json(shipments: tuple[Shipment, ...]) -> dict[str, Any]:
    """The cached form of parcels: the contract's ``CheckoutFormOrderWaybillResponse``."""
    return {
        "shipments": [
            {
                "waybill": s.waybill,
                "carrierId": s.carrier_id,
                "carrierName": s.carrier_name,
                "createdAt": format_timestamp(s.created_at),
            }
            for s in shipments
        ]
    }


class ContextService:
    """Order and offer of an issue, cached first, then fresh. See the module doc.

    Attributes:
        denied: The scope families (``"orders"``, ``"offers"``) Allegro refused in this session.
    """

    def __init__(
        self,
        engine: ContextSource,
        *,
        image_dir: Path | None = None,
        fetcher: ImageFetcher | None = None,
    ) -> None:
        self._engine = engine
        self._image_dir = image_dir
        self._fetcher = fetcher
        self.denied: set[str] = set()
        self._images: OrderedDict[str, bytes] = OrderedDict()

    # -- the order ------------------------------------------------------------------------------

    async def cached_order(self, issue: Issue) -> OrderContext | None:
        """The saved order of ``issue`` (no request); None when nothing is saved."""
        checkout_id = checkout_id_of(issue)
        if checkout_id is None:
            return OrderContext(ContextStatus.NONE)
        saved = await self._engine.cached_json(f"order:{checkout_id}")
        if not isinstance(saved, dict) or not isinstance(saved.get("order"), dict):
            return None
        return OrderContext(
            ContextStatus.CACHED,
            parse_order(saved["order"]),
            parse_shipments(saved.get("shipments")),
        )

    async def order(self, issue: Issue) -> OrderContext:
        """The order and its parcels fresh from Allegro (saved for next time); the saved copy
        when that fails; a status saying why when there is neither."""
        checkout_id = checkout_id_of(issue)
        if checkout_id is None:
            return OrderContext(ContextStatus.NONE)
        client = self._engine.client
        if ORDERS in self.denied:
            return OrderContext(ContextStatus.NO_PERMISSION)
        if client is None:
            return await self.cached_order(issue) or OrderContext(ContextStatus.UNAVAILABLE)
        order, shipments = await asyncio.gather(
            client.get_order(checkout_id),
            client.get_shipments(checkout_id),
            return_exceptions=True,
        )
        if isinstance(order, BaseException):
            return await self._order_failed(issue, order)
        if isinstance(shipments, PermissionDeniedError):
            return await self._order_failed(issue, shipments)
        if isinstance(shipments, BaseException):
            if not isinstance(shipments, AllegroError):
                raise shipments
            saved = await self.cached_order(issue)
            old = saved.shipments if saved is not None and saved.order is not None else ()
            self._save_order(checkout_id, order, old)
            return OrderContext(ContextStatus.FRESH, order, old, shipments_unknown=True)
        self._save_order(checkout_id, order, shipments)
        return OrderContext(ContextStatus.FRESH, order, shipments)

    async def _order_failed(self, issue: Issue, error: BaseException) -> OrderContext:
        if not isinstance(error, AllegroError):
            raise error
        if isinstance(error, PermissionDeniedError):
            if ORDERS not in self.denied:
                log.info("no permission to read orders: %s", error)
            self.denied.add(ORDERS)
            return OrderContext(ContextStatus.NO_PERMISSION, error=error)
        if isinstance(error, NotFoundError):
            return OrderContext(ContextStatus.NOT_FOUND, error=error)
        saved = await self.cached_order(issue)
        if saved is not None and saved.order is not None:
            return OrderContext(ContextStatus.CACHED, saved.order, saved.shipments, error=error)
        return OrderContext(ContextStatus.UNAVAILABLE, error=error)

    def _save_order(self, checkout_id: str, order: Order, shipments: tuple[Shipment, ...]) -> None:
        value = {"order": order.to_json(), "shipments": shipments_to_json(shipments)}
        self._engine.save_json(f"order:{checkout_id}", value)

    # -- the offer ------------------------------------------------------------------------------

    async def cached_offer(self, issue: Issue) -> OfferContext | None:
        offer_id = offer_id_of(issue)
        if offer_id is None:
            return OfferContext(ContextStatus.NONE)
        saved = await self._engine.cached_json(f"offer:{offer_id}")
        if not isinstance(saved, dict):
            return None
        return OfferContext(ContextStatus.CACHED, parse_product_offer(saved))

    async def offer(self, issue: Issue) -> OfferContext:
        offer_id = offer_id_of(issue)
        if offer_id is None:
            return OfferContext(ContextStatus.NONE)
        client = self._engine.client
        if OFFERS in self.denied:
            return OfferContext(ContextStatus.NO_PERMISSION)
        if client is None:
            return await self.cached_offer(issue) or OfferContext(ContextStatus.UNAVAILABLE)
        try:
            offer = await client.get_product_offer(offer_id)
        except PermissionDeniedError as error:
            if OFFERS not in self.denied:
                log.info("no permission to read offers: %s", error)
            self.denied.add(OFFERS)
            return OfferContext(ContextStatus.NO_PERMISSION, error=error)
        except NotFoundError as error:
            return OfferContext(ContextStatus.NOT_FOUND, error=error)
        except AllegroError as error:
            saved = await self.cached_offer(issue)
            if saved is not None and saved.offer is not None:
                return OfferContext(ContextStatus.CACHED, saved.offer, error=error)
            return OfferContext(ContextStatus.UNAVAILABLE, error=error)
        self._engine.save_json(f"offer:{offer_id}", offer.to_json())
        return OfferContext(ContextStatus.FRESH, offer)

    # -- the picture ----------------------------------------------------------------------------

    async def thumbnail(self, offer: ProductOffer) -> bytes | None:
        """The offer's first picture (bytes as served), or None when it cannot be had.

        Kept in memory and in ``image_dir``; fetched without credentials.
        """
        url = offer.image
        if not url:
            return None
        if url in self._images:
            self._images.move_to_end(url)
            return self._images[url]
        path = self._image_path(url)
        data = await asyncio.to_thread(_read_file, path) if path is not None else None
        if data is None:
            origins = self._picture_origins()
            if not picture_allowed(url, origins):
                log.info("offer picture not shown: not on Allegro's picture host")
                return None
            try:
                if self._fetcher is not None:
                    data, _kind = await self._fetcher.fetch(url)
                else:
                    # no redirects followed: an http:// picture stays on http://
                    async with ImageFetcher(
                        plain_http=url.startswith("http://"), origins=origins
                    ) as fetcher:
                        data, _kind = await fetcher.fetch(url)
            except ImageError as error:
                log.info("offer picture not shown: %s", error)
                return None
            if path is not None:
                await asyncio.to_thread(_write_file, path, data)
        self._images[url] = data
        while len(self._images) > _MEMORY_IMAGES:
            self._images.popitem(last=False)
        return data

    def _picture_origins(self) -> tuple[str, ...]:
        """Besides Allegro's image hosts: the API's origin (the demo's pictures are there)."""
        client = self._engine.client
        return (client.api_url,) if client is not None else ()

    def _image_path(self, url: str) -> Path | None:
        if self._image_dir is None:
            return None
        # "surrogatepass": a URL from JSON may hold a lone surrogate ("\ud800"); strict UTF-8
        # would raise out of thumbnail() instead of giving no picture.
        digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()
        return self._image_dir / digest


def _read_file(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _write_file(path: Path, data: bytes, keep: int = MAX_KEPT_IMAGES) -> None:
    """Keep a picture; beyond ``keep`` files the least recently written go (a cache)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_suffix(".part")
        part.write_bytes(data)
        part.replace(path)
        kept = [p for p in path.parent.iterdir() if p.suffix != ".part"]
        if len(kept) > keep:
            kept.sort(key=lambda p: p.stat().st_mtime)
            for old in kept[: len(kept) - keep]:
                old.unlink(missing_ok=True)
    except OSError as error:  # a cache: losing it costs one request
        log.info("offer picture not kept: %s", error)
