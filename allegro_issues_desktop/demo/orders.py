"""The emulator's orders, parcels, offers and account: ``/order/checkout-forms/{id}``,
``.../shipments``, ``/sale/product-offers/{offerId}``, ``/me`` and the offer pictures.

Shapes follow ``orders-offers-me.openapi.yaml`` (the public media type, the contract's required
fields). Nothing is stored: every answer is derived from the issue that names the order or the
offer (same checkout form id, offer id, buyer, quantity and purchase date), deterministically
from the emulator's seed and that id, so issues that open live get orders too.

Pictures are served by the emulator itself (``/images/<offer id>.png``, a real PNG made with
zlib + struct), as Allegro's image host would: public, no token.

Scopes: a token "lacks" a scope listed in ``denied_scopes`` (a test switch shared with
``Emulator.denied_scopes``); its endpoints then answer 403 as Allegro does. Only ``latency`` of
the faults applies here (the drawn faults stay on /sale/issues, see ``faults.py``).
"""

from __future__ import annotations

import contextlib
import random
import re
import struct
import time
import uuid
import zlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from functools import cache, lru_cache
from typing import Any, NamedTuple

from allegro_issues_desktop.demo import errors, texts
from allegro_issues_desktop.demo.assets import PNG_SIGNATURE
from allegro_issues_desktop.demo.errors import ApiError
from allegro_issues_desktop.demo.faults import Faults
from allegro_issues_desktop.demo.protocol import EmuRequest, EmuResponse
from allegro_issues_desktop.demo.store import IssueStore
from allegro_issues_desktop.domain.timestamps import format_timestamp, parse_timestamp

PUBLIC_JSON = "application/vnd.allegro.public.v1+json"
ORDERS_SCOPE = "allegro:api:orders:read"
OFFERS_SCOPE = "allegro:api:sale:offers:read"
PROFILE_SCOPE = "allegro:api:profile:read"
IMAGE_PREFIX = "/images/"

_ORDER = re.compile(r"^/order/checkout-forms/([^/]+)$")
_SHIPMENTS = re.compile(r"^/order/checkout-forms/([^/]+)/shipments$")
_OFFER = re.compile(r"^/sale/product-offers/([^/]+)$")
_IMAGE = re.compile(r"^/images/([A-Za-z0-9_-]{1,64})\.png$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")

TokenCheck = errors.TokenCheck

#: Used when the demo texts offer no products (the generator's own list is preferred).
_FALLBACK_PRODUCTS: tuple[tuple[str, int], ...] = (
    ("Czajnik elektryczny 1,7 l stal nierdzewna", 12999),
    ("Kubek termiczny 450 ml niebieski", 5990),
    ("Ładowarka USB-C 65 W GaN biała", 9900),
)
_COLOURS: tuple[tuple[str, tuple[int, int, int]], ...] = (
    ("czarn", (38, 38, 44)),
    ("biał", (236, 236, 236)),
    ("granat", (30, 50, 110)),
    ("zielon", (50, 120, 70)),
    ("fiolet", (130, 70, 170)),
    ("szar", (140, 140, 150)),
    ("kwiat", (225, 120, 160)),
)
_PALETTE = ((40, 110, 200), (200, 60, 50), (235, 170, 40), (60, 140, 120), (90, 90, 110))
_SHAPES = ("round", "tall", "wide", "box")


class Product(NamedTuple):
    title: str
    cents: int  # unit price


_DELIVERY = (
    ("Allegro Paczkomaty InPost", 899, "INPOST", True),
    ("Allegro Kurier DPD", 1399, "DPD", False),
    ("Allegro One Box, One Kurier", 799, "ALLEGRO", True),
    ("Allegro Kurier DHL", 1499, "DHL", False),
    ("Allegro MiniKurier24 InPost", 1099, "INPOST", False),
)
_FIRST = ("Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Michał", "Agnieszka", "Paweł")
_LAST = ("Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska")
_CITIES = (("Warszawa", "00-950"), ("Kraków", "30-001"), ("Poznań", "60-101"), ("Gdańsk", "80-001"))
_STREETS = ("ul. Lipowa 4/12", "ul. Kwiatowa 17", "ul. Słoneczna 3", "al. Jana Pawła II 41/7")


class ContextApi:
    """The order, offer, account and picture routes. Thread-safe: it only reads the store.

    Attributes:
        denied_scopes: Scopes the emulator's tokens lack (403 on their endpoints).
    """

    def __init__(
        self,
        store: IssueStore,
        faults: Faults,
        check_token: TokenCheck,
        *,
        seed: int,
        seller: tuple[str, str],
        denied_scopes: set[str] | None = None,
    ) -> None:
        self._store = store
        self._faults = faults
        self._check_token = check_token
        self._seed = seed
        self._seller_id, self._seller_login = seller
        self.denied_scopes = denied_scopes if denied_scopes is not None else set()

    @staticmethod
    def handles(path: str) -> bool:
        return (
            path.startswith("/order/checkout-forms/")
            or path.startswith("/sale/product-offers/")
            or path == "/me"
            or path.startswith(IMAGE_PREFIX)
        )

    def handle(self, req: EmuRequest) -> EmuResponse:
        language = req.headers.get("accept-language", "")
        if self._faults.latency > 0:
            time.sleep(self._faults.latency)
        try:
            if req.path.startswith(IMAGE_PREFIX):
                return self._image(req)  # public, like Allegro's image host: no token
            response = errors.bearer_rejection(req, self._check_token) or self._route(req)
        except ApiError as error:
            response = error.response(language)
            response.headers["Content-Type"] = PUBLIC_JSON
        return response

    def _route(self, req: EmuRequest) -> EmuResponse:
        if req.method != "GET":
            raise errors.method_not_allowed(req.method)
        _require_public(req)
        if req.path == "/me":
            self._scope(PROFILE_SCOPE)
            return _json(200, self.me())
        if match := _SHIPMENTS.match(req.path):
            self._scope(ORDERS_SCOPE)
            return _json(200, self.shipments(match[1]))
        if match := _ORDER.match(req.path):
            self._scope(ORDERS_SCOPE)
            if not _UUID.match(match[1]):
                raise errors.invalid("Order id is not a valid UUID", "id", 422)
            return _json(200, self.order(match[1]))
        if match := _OFFER.match(req.path):
            self._scope(OFFERS_SCOPE)
            if not match[1].isdigit():
                raise errors.invalid("Invalid offer ID format", "offerId")
            return _json(200, self.offer(match[1]))
        raise errors.not_found("resource")

    def _scope(self, scope: str) -> None:
        if scope in self.denied_scopes:
            raise ApiError(
                403,
                "AccessDenied",
                "Access is denied",
                "You do not have permission to access this resource.",
                "Nie masz uprawnień do tego zasobu.",
            )

    # ------------------------------------------------------------------------ documents
    def _issue_with(self, key: str, value: str) -> dict[str, Any]:
        for issue in self._issues():
            ref = issue.get(key)
            if isinstance(ref, dict) and ref.get("id") == value:
                return issue
        raise errors.not_found("resource")

    def _issues(self) -> Iterator[dict[str, Any]]:
        for issue_id in self._store.issue_ids():
            try:
                yield self._store.issue(issue_id)
            except ApiError:  # removed meanwhile
                continue

    def order(self, checkout_form_id: str) -> dict[str, Any]:
        """The ``CheckoutForm`` of the order an issue names (404 for any other id)."""
        issue = self._issue_with("checkoutForm", checkout_form_id)
        return build_order(self._seed, issue, self._product(issue))

    def shipments(self, checkout_form_id: str) -> dict[str, Any]:
        issue = self._issue_with("checkoutForm", checkout_form_id)
        return build_shipments(self._seed, issue, self._product(issue))

    def offer(self, offer_id: str) -> dict[str, Any]:
        issue = self._issue_with("offer", offer_id)  # only offers some issue names exist
        return build_offer(offer_id, self._base_url(), self._product(issue))

    def me(self) -> dict[str, Any]:
        return {
            "id": self._seller_id,
            "login": self._seller_login,
            "firstName": "Jan",
            "lastName": "Sprzedawca",
            "email": f"{self._seller_login}@example.pl",
            "baseMarketplace": {"id": "allegro-pl"},
            "company": {"name": "Sklep Demo sp. z o.o.", "taxId": "5260250274"},
            "features": [],
        }

    def _base_url(self) -> str:
        return self._store.base_url

    def _image(self, req: EmuRequest) -> EmuResponse:
        match = _IMAGE.match(req.path)
        if req.method != "GET" or match is None:
            return EmuResponse(404, b"not found", {"Content-Type": "text/plain"})
        try:
            product = self._product(self._issue_with("offer", match[1]))
        except ApiError:
            product = product_for(match[1])
        return EmuResponse(200, offer_png(product.title), {"Content-Type": "image/png"})

    def _product(self, issue: dict[str, Any]) -> Product:
        words = [str(issue.get("description") or "")]
        with contextlib.suppress(ApiError):  # removed meanwhile: the description still counts
            words += [str(m.get("text") or "") for m in self._store.chat(str(issue.get("id")))]
        return product_of(issue, words)


# --------------------------------------------------------------------------- generation
def _rng(*parts: object) -> random.Random:
    return random.Random(":".join(str(p) for p in parts))


@cache
def catalogue() -> tuple[Product, ...]:
    """The demo's products (``texts.PRODUCTS``: name, price), the names the buyers write."""
    found = []
    for entry in getattr(texts, "PRODUCTS", ()):
        try:
            name, price = entry
            found.append(Product(str(name), round(float(price) * 100)))
        except (TypeError, ValueError):
            continue
    return tuple(found) or tuple(Product(*p) for p in _FALLBACK_PRODUCTS)


def product_for(offer_id: str) -> Product:
    """Some product, fixed by the offer id (for offers no issue describes)."""
    products = catalogue()
    return products[_rng("offer", offer_id).randrange(len(products))]


def product_of(issue: dict[str, Any], words: list[str]) -> Product:
    """The product an issue is about: the one its texts name, else the one whose price its
    refund is, else one fixed by its offer id."""
    products = catalogue()
    for product in products:
        if any(product.title in text for text in words):
            return product
    refund = _refund_cents(issue)
    offer = issue.get("offer") or {}
    quantity = offer.get("quantity") if isinstance(offer.get("quantity"), int) else 1
    if refund is not None:
        for product in products:
            if product.cents * max(1, quantity or 1) == refund:
                return product
    return product_for(str(offer.get("id") or issue.get("id")))


def look_of(title: str) -> tuple[tuple[int, int, int], str]:
    """Colour and shape of a product's picture: the colour its name says, else a fixed one."""
    rng = _rng("look", title)
    lowered = title.lower()
    colour = next((c for word, c in _COLOURS if word in lowered), rng.choice(_PALETTE))
    return colour, rng.choice(_SHAPES)


def _money(cents: int) -> dict[str, str]:
    return {"amount": f"{cents // 100}.{cents % 100:02d}", "currency": "PLN"}


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _bought_at(issue: dict[str, Any]) -> datetime:
    checkout = issue.get("checkoutForm") or {}
    when = parse_timestamp(checkout.get("createdAt")) or parse_timestamp(issue.get("openedDate"))
    return when or datetime(2026, 1, 1, 12, 0)


def _refund_cents(issue: dict[str, Any]) -> int | None:
    """The amount of a REFUND expectation in grosze (the price paid for the claimed item)."""
    for expectation in issue.get("expectations") or ():
        if not isinstance(expectation, dict) or expectation.get("name") != "REFUND":
            continue
        amount = (expectation.get("refund") or {}).get("amount")
        try:
            return round(float(str(amount)) * 100)
        except (TypeError, ValueError):
            return None
    return None


def _stamp(value: datetime) -> str:
    return format_timestamp(value) or ""


def build_order(seed: int, issue: dict[str, Any], product: Product) -> dict[str, Any]:
    checkout_id = str((issue.get("checkoutForm") or {}).get("id"))
    rng = _rng(seed, "order", checkout_id)
    buyer = issue.get("buyer") or {}
    login = str(buyer.get("login") or "kupujacy")
    offer = issue.get("offer") or {}
    offer_id = str(offer.get("id") or 10_000_000_000 + rng.randrange(10**9))
    quantity = offer.get("quantity") if isinstance(offer.get("quantity"), int) else 1
    bought = _bought_at(issue)
    items = [(offer_id, max(1, int(quantity or 1)))]
    if rng.random() < 0.3:  # sometimes the buyer took something else too
        items.append((str(rng.randrange(10_000_000_000, 19_999_999_999)), 1))
    line_items = []
    total = 0
    refund = _refund_cents(issue)
    for n, (item_offer, count) in enumerate(items):
        title, cents = product if n == 0 else product_for(item_offer)
        # the claimed item at the price the issue knows; another item sometimes on sale
        paid = cents - (rng.choice((0, 0, 500, 1000)) if n > 0 and cents > 2000 else 0)
        if n == 0 and refund is not None:  # a claim's full refund is what the buyer paid
            paid = max(1, refund // count)
            cents = max(cents, paid)
        total += paid * count
        line_items.append(
            {
                "id": _uuid(rng),
                "offer": {
                    "id": item_offer,
                    "name": title,
                    "external": {"id": f"SKU-{item_offer[-5:]}"},
                },
                "quantity": count,
                "originalPrice": _money(cents),
                "price": _money(paid),
                "boughtAt": _stamp(bought),
            }
        )
    method, cost, _carrier, locker = _DELIVERY[rng.randrange(len(_DELIVERY))]
    total += cost
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    city, post_code = rng.choice(_CITIES)
    delivery: dict[str, Any] = {
        "address": {
            "firstName": first,
            "lastName": last,
            "street": rng.choice(_STREETS),
            "city": city,
            "zipCode": post_code,
            "countryCode": "PL",
            "phoneNumber": f"+48 5{rng.randrange(10**7, 10**8)}",
        },
        "method": {"id": _uuid(rng), "name": method},
        "cost": _money(cost),
        "smart": rng.random() < 0.6,
        "calculatedNumberOfPackages": 1,
    }
    if locker:
        code = f"{city[:3].upper()}{rng.randrange(10, 99)}M"
        delivery["pickupPoint"] = {
            "id": code,
            "name": f"Paczkomat {code}",
            "description": "Przy sklepie spożywczym",
            "address": {
                "street": rng.choice(_STREETS),
                "zipCode": post_code,
                "city": city,
                "countryCode": "PL",
            },
        }
    return {
        "id": checkout_id,
        "buyer": {
            "id": str(buyer.get("id") or "0"),
            "email": f"{login}+{rng.randrange(1000, 9999)}@allegromail.pl",
            "login": login,
            "firstName": first,
            "lastName": last,
            "guest": False,
            "preferences": {"language": "pl-PL"},
        },
        "payment": {
            "id": _uuid(rng),
            "type": "ONLINE",
            "provider": "P24",
            "finishedAt": _stamp(bought + timedelta(minutes=2)),
            "paidAmount": _money(total),
        },
        "status": "READY_FOR_PROCESSING",
        "fulfillment": {"status": "SENT", "provider": {"id": "SELLER"}},
        "delivery": delivery,
        "invoice": {"required": False},
        "lineItems": line_items,
        "surcharges": [],
        "marketplace": {"id": "allegro-pl"},
        "summary": {"totalToPay": _money(total)},
        "updatedAt": _stamp(bought + timedelta(days=1)),
        "revision": f"{rng.getrandbits(32):08x}",
    }


def build_shipments(seed: int, issue: dict[str, Any], product: Product) -> dict[str, Any]:
    """Parcels of the order: usually one, sometimes two, one order in eight not yet sent."""
    checkout_id = str((issue.get("checkoutForm") or {}).get("id"))
    order = build_order(seed, issue, product)  # the carrier matches the order's delivery method
    method = order["delivery"]["method"]["name"]
    carrier = next((c for name, _cost, c, _l in _DELIVERY if name == method), "OTHER")
    rng = _rng(seed, "shipments", checkout_id)
    draw = rng.random()
    count = 0 if draw < 0.125 else (2 if draw > 0.9 else 1)
    sent = _bought_at(issue) + timedelta(hours=rng.randrange(3, 30))
    shipments = []
    for n in range(count):
        shipments.append(
            {
                "id": f"{rng.getrandbits(48):012X}",
                "waybill": _waybill(rng, carrier),
                "carrierId": carrier,
                "lineItems": [{"id": item["id"]} for item in order["lineItems"]],
                "createdAt": _stamp(sent + timedelta(days=n)),
            }
        )
    return {"shipments": shipments}


def _waybill(rng: random.Random, carrier: str) -> str:
    if carrier == "INPOST":
        return "".join(str(rng.randrange(10)) for _ in range(24))
    if carrier == "DPD":
        return f"{rng.randrange(10**13, 10**14)}U"
    if carrier == "DHL":
        return str(rng.randrange(10**10, 10**11))
    return f"A{rng.randrange(10**9, 10**10)}PL"


def build_offer(offer_id: str, base_url: str, product: Product) -> dict[str, Any]:
    """A ``SaleProductOfferResponseV1`` with the title the order shows and one picture."""
    title, cents = product
    rng = _rng("offer-extra", offer_id)
    return {
        "id": offer_id,
        "name": title,
        "images": [f"{base_url}{IMAGE_PREFIX}{offer_id}.png"],
        "category": {"id": str(rng.randrange(1000, 300000))},
        "sellingMode": {"format": "BUY_NOW", "price": _money(cents)},
        "stock": {"available": rng.randrange(0, 120), "unit": "UNIT"},
        "publication": {"status": "ACTIVE"},
        "language": "pl-PL",
        "external": {"id": f"SKU-{offer_id[-5:]}"},
        "location": {
            "city": "Poznań",
            "countryCode": "PL",
            "postCode": "60-101",
            "province": "WIELKOPOLSKIE",
        },
        "createdAt": "2025-03-14T09:12:00.000Z",
        "updatedAt": "2026-10-02T08:30:00.000Z",
    }


@lru_cache(maxsize=256)
def offer_png(title: str, size: int = 160) -> bytes:
    """A product picture: the product's colour as a simple shape on a light backdrop."""
    colour, shape = look_of(title)
    half = {"round": (0.3, 0.3), "tall": (0.2, 0.36), "wide": (0.38, 0.24), "box": (0.3, 0.3)}
    half_x, half_y = half.get(shape, (0.3, 0.3))
    rows = []
    for y in range(size):
        row = bytearray()
        fy = y / size - 0.5
        for x in range(size):
            fx = x / size - 0.5
            shade = 246 - (y * 16) // size
            pixel = (shade, shade, shade)
            if shape == "round":
                inside = (fx / half_x) ** 2 + (fy / half_y) ** 2 < 1
            else:
                inside = abs(fx) < half_x and abs(fy) < half_y
            if inside:
                # lit from above: lighter at the top, darker at the bottom
                t = (fy + half_y) / (2 * half_y)
                factor = 1.25 - 0.45 * t
                pixel = tuple(max(0, min(255, int(c * factor + 18))) for c in colour)  # type: ignore[assignment]
            elif ((fx / (half_x + 0.06)) ** 2 + ((fy - half_y - 0.02) / 0.05) ** 2) < 1:
                pixel = (shade - 30, shade - 30, shade - 30)  # a soft shadow on the floor
            row += bytes(pixel)
        rows.append(b"\x00" + bytes(row))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)

    def chunk(kind: bytes, payload: bytes) -> bytes:
        crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)

    return (
        PNG_SIGNATURE
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


# ------------------------------------------------------------------------------ helpers
def _json(status: int, payload: Any) -> EmuResponse:
    return EmuResponse.json(status, payload, PUBLIC_JSON)


def _require_public(req: EmuRequest) -> None:
    accepted = [
        p.split(";", 1)[0].strip().lower() for p in req.headers.get("accept", "").split(",")
    ]
    if PUBLIC_JSON not in accepted:
        raise errors.not_acceptable()
