"""Orders, parcels, offers, /me and offer pictures: the emulator and the client against
``tests/fixtures/orders-offers-me.openapi.yaml`` (the official subset), the 403 path, and no
bearer token to the image host."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from allegro_issues_desktop.allegro import AllegroClient, StaticTokenProvider
from allegro_issues_desktop.allegro.client import PUBLIC_MEDIA_TYPE
from allegro_issues_desktop.allegro.errors import (
    NotFoundError,
    PermissionDeniedError,
)
from allegro_issues_desktop.allegro.images import ImageError, ImageFetcher
from allegro_issues_desktop.demo.orders import OFFERS_SCOPE, ORDERS_SCOPE, PROFILE_SCOPE
from allegro_issues_desktop.demo.server import Emulator

SPEC_PATH = Path(__file__).parent.parent / "fixtures" / "orders-offers-me.openapi.yaml"
SPEC_URI = "urn:allegro:orders-offers-me"
PUBLIC = "application/vnd.allegro.public.v1+json"
T = TypeVar("T")


@cache
def _spec() -> dict[str, Any]:
    return dict(yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))


@cache
def _validator(schema_name: str) -> Any:
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(_spec(), DRAFT4)
    )
    schema = {"$ref": f"{SPEC_URI}#/components/schemas/{schema_name}"}
    return OAS30Validator(schema, registry=registry, format_checker=oas30_format_checker)


def validate(schema_name: str, instance: object) -> None:
    _validator(schema_name).validate(instance)


def response_schema(path: str, status: str = "200") -> tuple[str, str]:
    """(media type, schema name) the contract gives for GET ``path`` answering ``status``."""
    content = _spec()["paths"][path]["get"]["responses"][status]["content"]
    [(media, body)] = content.items()
    return media, body["schema"]["$ref"].rsplit("/", 1)[-1]


@pytest.fixture
def public(emulator: Emulator) -> Iterator[httpx.Client]:
    headers = {"Accept": PUBLIC, "Authorization": "Bearer test-token"}
    with httpx.Client(base_url=emulator.base_url, headers=headers, timeout=10) as client:
        yield client


def a_claim(emu: Emulator) -> dict[str, Any]:
    return next(emu.issue_json(i) for i in emu.issue_ids() if emu.issue_json(i)["type"] == "CLAIM")


def run(emu: Emulator, body: Callable[[AllegroClient], Awaitable[T]]) -> T:
    async def go() -> T:
        async with AllegroClient(emu.base_url, StaticTokenProvider(emu.token)) as client:
            return await body(client)

    return asyncio.run(go())


# ------------------------------------------------------------------------------ emulator


def test_order_follows_the_contract_and_matches_its_issue(
    emulator: Emulator, public: httpx.Client
) -> None:
    issue = a_claim(emulator)
    checkout_id = issue["checkoutForm"]["id"]
    response = public.get(f"/order/checkout-forms/{checkout_id}")
    media, schema = response_schema("/order/checkout-forms/{id}")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith(media)
    order = response.json()
    validate(schema, order)
    assert order["id"] == checkout_id
    assert order["buyer"]["login"] == issue["buyer"]["login"]
    assert order["buyer"]["id"] == issue["buyer"]["id"]
    first = order["lineItems"][0]
    assert first["offer"]["id"] == issue["offer"]["id"]
    assert first["quantity"] == (issue["offer"].get("quantity") or 1)
    assert first["boughtAt"][:16] == issue["checkoutForm"]["createdAt"][:16]
    assert order["delivery"]["method"]["name"]
    # the same request twice gives the same order (deterministic from the seed)
    assert public.get(f"/order/checkout-forms/{checkout_id}").json() == order


def test_shipments_and_offer_and_me_follow_the_contract(
    emulator: Emulator, public: httpx.Client
) -> None:
    with_parcels = 0
    for issue_id in emulator.issue_ids()[:30]:
        issue = emulator.issue_json(issue_id)
        checkout_id = issue["checkoutForm"]["id"]
        response = public.get(f"/order/checkout-forms/{checkout_id}/shipments")
        media, schema = response_schema("/order/checkout-forms/{id}/shipments")
        assert response.status_code == 200
        assert response.headers["Content-Type"].startswith(media)
        validate(schema, response.json())
        with_parcels += bool(response.json()["shipments"])
        if not issue.get("offer"):
            continue
        offer = public.get(f"/sale/product-offers/{issue['offer']['id']}")
        media, schema = response_schema("/sale/product-offers/{offerId}")
        assert offer.status_code == 200
        assert offer.headers["Content-Type"].startswith(media)
        validate(schema, offer.json())
        order = public.get(f"/order/checkout-forms/{checkout_id}").json()
        assert offer.json()["name"] == order["lineItems"][0]["offer"]["name"]
        assert offer.json()["images"][0].startswith(emulator.base_url + "/images/")
    assert 15 <= with_parcels < 30  # most orders were sent, a few not yet
    me = public.get("/me")
    media, schema = response_schema("/me")
    assert me.status_code == 200 and me.headers["Content-Type"].startswith(media)
    validate(schema, me.json())
    assert me.json()["login"] == "sklep_demo_pl"


def test_unknown_order_and_offer_are_404_and_bad_ids_refused(
    emulator: Emulator, public: httpx.Client
) -> None:
    missing = public.get("/order/checkout-forms/00000000-0000-4000-8000-000000000000")
    assert missing.status_code == 404
    validate("ErrorsHolder", missing.json())
    assert public.get("/order/checkout-forms/not-a-uuid").status_code == 422
    assert public.get("/sale/product-offers/1").status_code == 404
    assert public.get("/sale/product-offers/abc").status_code == 400


def test_the_public_media_type_is_required_and_a_token_too(
    emulator: Emulator, public: httpx.Client
) -> None:
    issue = a_claim(emulator)
    path = f"/sale/product-offers/{issue['offer']['id']}"
    beta = public.get(path, headers={"Accept": "application/vnd.allegro.beta.v1+json"})
    assert beta.status_code == 406
    anonymous = httpx.get(emulator.base_url + path, headers={"Accept": PUBLIC})
    assert anonymous.status_code == 401


@pytest.mark.parametrize(
    ("scope", "path"),
    [
        (ORDERS_SCOPE, "/order/checkout-forms/{checkout}"),
        (ORDERS_SCOPE, "/order/checkout-forms/{checkout}/shipments"),
        (OFFERS_SCOPE, "/sale/product-offers/{offer}"),
        (PROFILE_SCOPE, "/me"),
    ],
)
def test_a_missing_scope_is_403(
    emulator: Emulator, public: httpx.Client, scope: str, path: str
) -> None:
    issue = a_claim(emulator)
    url = path.format(checkout=issue["checkoutForm"]["id"], offer=issue["offer"]["id"])
    assert public.get(url).status_code == 200
    emulator.denied_scopes.add(scope)
    denied = public.get(url)
    assert denied.status_code == 403
    validate("ErrorsHolder", denied.json())
    assert denied.json()["errors"][0]["code"] == "AccessDenied"


def test_offer_picture_is_a_real_png_served_without_a_token(emulator: Emulator) -> None:
    issue = a_claim(emulator)
    url = f"{emulator.base_url}/images/{issue['offer']['id']}.png"
    picture = httpx.get(url)
    assert picture.status_code == 200
    assert picture.headers["Content-Type"] == "image/png"
    assert picture.content.startswith(b"\x89PNG\r\n\x1a\n")
    assert httpx.get(f"{emulator.base_url}/images/../x.png").status_code == 404


# -------------------------------------------------------------------------------- client


def test_client_reads_order_parcels_offer_and_me(emulator: Emulator) -> None:
    issue = a_claim(emulator)
    checkout_id, offer_id = issue["checkoutForm"]["id"], issue["offer"]["id"]

    async def body(client: AllegroClient) -> tuple[Any, ...]:
        return await asyncio.gather(
            client.get_order(checkout_id),
            client.get_shipments(checkout_id),
            client.get_product_offer(offer_id),
            client.get_me(),
        )

    emulator.requests.clear()
    order, shipments, offer, me = run(emulator, body)
    assert order.id == checkout_id
    assert order.buyer_login == issue["buyer"]["login"]
    assert order.items[0].offer_id == offer_id
    assert order.items[0].quantity == (issue["offer"].get("quantity") or 1)
    assert order.items[0].price is not None and order.items[0].price.amount is not None
    assert order.items[0].price.amount > Decimal(0)
    assert order.delivery_method
    assert order.bought_at is not None
    assert all(s.waybill for s in shipments)
    assert offer.id == offer_id and offer.title == order.items[0].title
    assert offer.image is not None and offer.image.endswith(f"/images/{offer_id}.png")
    assert me.login == "sklep_demo_pl"
    # every request used a path and the media type the contract declares, with the token
    paths = _spec()["paths"]
    sent = {r.path: r for r in list(emulator.requests)}
    templates = {
        f"/order/checkout-forms/{checkout_id}": "/order/checkout-forms/{id}",
        f"/order/checkout-forms/{checkout_id}/shipments": "/order/checkout-forms/{id}/shipments",
        f"/sale/product-offers/{offer_id}": "/sale/product-offers/{offerId}",
        "/me": "/me",
    }
    assert set(sent) == set(templates)
    for path, template in templates.items():
        assert template in paths
        media, _schema = response_schema(template)
        assert sent[path].headers["accept"] == media == PUBLIC_MEDIA_TYPE
        assert sent[path].headers["authorization"] == f"Bearer {emulator.token}"


def test_client_403_is_permission_denied_and_404_not_found(emulator: Emulator) -> None:
    issue = a_claim(emulator)
    emulator.denied_scopes.add(ORDERS_SCOPE)
    with pytest.raises(PermissionDeniedError):
        run(emulator, lambda c: c.get_order(issue["checkoutForm"]["id"]))
    with pytest.raises(PermissionDeniedError):
        run(emulator, lambda c: c.get_shipments(issue["checkoutForm"]["id"]))
    offer = run(emulator, lambda c: c.get_product_offer(issue["offer"]["id"]))
    assert offer.title  # the other scope still works
    with pytest.raises(NotFoundError):
        run(emulator, lambda c: c.get_product_offer("1"))


# -------------------------------------------------------------------------------- images


def test_image_fetch_sends_no_bearer_token(emulator: Emulator) -> None:
    issue = a_claim(emulator)
    offer = run(emulator, lambda c: c.get_product_offer(issue["offer"]["id"]))
    assert offer.image is not None
    emulator.requests.clear()

    async def fetch() -> tuple[bytes, str]:
        # even an httpx client that carries an Authorization header must not send it
        leaky = httpx.AsyncClient(headers={"Authorization": "Bearer leak"})
        async with leaky as http, ImageFetcher(http=http) as images:
            return await images.fetch(str(offer.image))

    data, kind = asyncio.run(fetch())
    assert kind == "image/png" and data.startswith(b"\x89PNG")
    [request] = [r for r in list(emulator.requests) if r.path.startswith("/images/")]
    assert "authorization" not in request.headers


def _fetch_from(handler: Callable[[httpx.Request], httpx.Response], url: str, **kw: Any) -> Any:
    async def go() -> Any:
        transport = httpx.MockTransport(handler)
        async with httpx.AsyncClient(transport=transport) as http:
            return await ImageFetcher(http=http, **kw).fetch(url)

    return asyncio.run(go())


def test_image_fetch_refuses_what_is_not_a_small_picture() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/html":
            return httpx.Response(200, text="<html>", headers={"Content-Type": "text/html"})
        if request.url.path == "/big":
            return httpx.Response(200, content=b"x" * 5000, headers={"Content-Type": "image/png"})
        if request.url.path == "/moved":
            return httpx.Response(302, headers={"Location": "https://elsewhere/"})
        return httpx.Response(200, content=b"png", headers={"Content-Type": "image/png"})

    base = "https://a.allegroimg.com"
    assert _fetch_from(handler, base + "/ok") == (b"png", "image/png")
    for path in ("/html", "/big", "/moved"):
        with pytest.raises(ImageError):
            _fetch_from(handler, base + path, max_bytes=1000)
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "", "ftp://x/y.png"):
        with pytest.raises(ImageError):
            _fetch_from(handler, bad)
    assert all("authorization" not in r.headers for r in seen)
    assert len(seen) == 4  # refused addresses cost no request


# ---------------------------------------------------------------------------------- scopes


def test_sign_in_asks_for_the_context_scopes() -> None:
    from urllib.parse import parse_qs, urlsplit

    from allegro_issues_desktop.auth.credentials import AppCredentials
    from allegro_issues_desktop.auth.oauth import OAuthClient

    wanted = {
        "allegro:api:disputes",
        ORDERS_SCOPE,
        OFFERS_SCOPE,
        PROFILE_SCOPE,
    }
    forms: list[dict[str, list[str]]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        forms.append(parse_qs(request.content.decode()))
        body = {"device_code": "d", "user_code": "u", "verification_uri": "https://x/"}
        return httpx.Response(200, json=body)

    async def go() -> str:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            client = OAuthClient("https://allegro.pl", AppCredentials("id", "secret"), http=http)
            await client.start_device_flow()
            return client.authorization_url("http://localhost:1/cb", "challenge", "state")

    url = asyncio.run(go())
    assert set(forms[0]["scope"][0].split()) == wanted
    assert set(parse_qs(urlsplit(url).query)["scope"][0].split()) == wanted


def test_the_order_holds_the_product_the_buyer_writes_about(
    emulator: Emulator, public: httpx.Client
) -> None:
    from allegro_issues_desktop.demo.orders import catalogue

    checked = 0
    for issue_id in emulator.issue_ids():
        issue = emulator.issue_json(issue_id)
        words = " ".join(str(m.get("text")) for m in emulator.chat_json(issue_id))
        named = [p for p in catalogue() if p.title in words]
        if not named or not issue.get("offer"):
            continue
        order = public.get(f"/order/checkout-forms/{issue['checkoutForm']['id']}").json()
        assert order["lineItems"][0]["offer"]["name"] == named[0].title
        offer = public.get(f"/sale/product-offers/{issue['offer']['id']}").json()
        assert offer["name"] == named[0].title
        checked += 1
    assert checked >= 5
