"""AllegroClient on httpx.MockTransport: requests it sends, responses it parses, errors it maps."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from allegro_issues_desktop import PROJECT_URL, __version__
from allegro_issues_desktop.allegro import (
    AllegroError,
    AuthenticationError,
    ChatClosedError,
    InvalidRequestError,
    InvalidResponseError,
    NotAcceptableError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    UnsupportedMediaTypeError,
)
from allegro_issues_desktop.domain import Money
from allegro_issues_desktop.domain.codes import MAX_ATTACHMENT_BYTES

from .test_client_support import (
    API,
    ISSUE_1,
    JSON_TYPE,
    RefreshingTokens,
    issue,
    json_response,
    make_client,
    message,
)


def test_get_sends_allegro_headers_and_parses_the_issue() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, issue(1))

    async def go() -> None:
        client, _ = make_client(handler)
        got = await client.get_issue("issue-00001")
        assert got.id == "issue-00001"
        assert got.current_state.chat_active is True
        client.language = "en-US"
        await client.get_issue("issue-00001")

    asyncio.run(go())
    first, second = seen
    assert first.url == httpx.URL(f"{API}/sale/issues/issue-00001")
    assert first.headers["Accept"] == JSON_TYPE
    assert first.headers["Accept-Language"] == "pl-PL"
    assert first.headers["User-Agent"] == f"AllegroIssuesDesktop/{__version__} (+{PROJECT_URL})"
    assert first.headers["Authorization"] == "Bearer secret-token-123"
    assert "Content-Type" not in first.headers
    assert second.headers["Accept-Language"] == "en-US"


def test_list_issues_sends_filters_as_repeated_query_params() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, {"issues": [issue(1), issue(2), "junk"]})

    async def go() -> None:
        client, _ = make_client(handler)
        got = await client.list_issues(
            limit=50,
            offset=100,
            statuses=["DISPUTE_ONGOING", "CLAIM_SUBMITTED"],
            checkout_form_id="cf-1",
        )
        assert [i.id for i in got] == ["issue-00001", "issue-00002"]

    asyncio.run(go())
    params = seen[0].url.params
    assert seen[0].url.path == "/sale/issues"
    assert params["limit"] == "50" and params["offset"] == "100"
    assert params.get_list("status") == ["DISPUTE_ONGOING", "CLAIM_SUBMITTED"]
    assert params["checkoutForm.id"] == "cf-1"


def test_issue_id_cannot_reshape_the_path() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, issue(1) | {"id": "../../me?x=1"})

    async def go() -> None:
        client, _ = make_client(handler)
        await client.get_issue("../../me?x=1")

    asyncio.run(go())
    assert seen[0].url.raw_path.startswith(b"/sale/issues/..%2F..%2Fme%3Fx%3D1")


def test_post_message_body_headers_and_result() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        reply = message(7) | {"author": {"login": "me", "role": "SELLER"}}
        return json_response(201, reply)

    async def go() -> None:
        client, _ = make_client(handler)
        sent = await client.post_message(
            "i-1", "Dzień dobry", attachment_ids=["a1", "a2"], message_type="RETURN_NOT_REQUIRED"
        )
        assert sent.id == "msg-0007"
        assert sent.author.role == "SELLER"

    asyncio.run(go())
    request = seen[0]
    assert request.method == "POST"
    assert request.url.path == "/sale/issues/i-1/message"
    assert request.headers["Content-Type"] == JSON_TYPE
    assert request.headers["Accept"] == JSON_TYPE
    assert json.loads(request.content) == {
        "text": "Dzień dobry",
        "attachments": [{"id": "a1"}, {"id": "a2"}],
        "type": "RETURN_NOT_REQUIRED",
    }


def test_change_claim_status_with_partial_refund() -> None:
    bodies: list[object] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200)

    async def go() -> None:
        client, _ = make_client(handler)
        await client.change_claim_status(
            "c-1", "ACCEPTED_PARTIAL_REFUND", "OK", Money(Decimal("40"), "PLN")
        )
        await client.change_claim_status("c-1", "REJECTED_OTHER", "Nie")

    asyncio.run(go())
    assert bodies == [
        {
            "status": "ACCEPTED_PARTIAL_REFUND",
            "message": "OK",
            "partialRefund": {"amount": "40.00", "currency": "PLN"},
        },
        {"status": "REJECTED_OTHER", "message": "Nie"},
    ]


def test_upload_declares_then_puts_bytes_to_the_location_given() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "POST":
            return json_response(
                201, {"id": "att-9"}, {"Location": f"{API}/upload/one-time/xyz?sig=abc"}
            )
        return json_response(200, {"id": "att-9"})

    async def go() -> None:
        client, _ = make_client(handler)
        assert await client.upload_attachment("photo.JPG", b"\xff\xd8data") == "att-9"

    asyncio.run(go())
    declare, put = seen
    assert declare.url.path == "/sale/issues/attachments"
    assert json.loads(declare.content) == {"fileName": "photo.JPG", "size": 6}
    assert put.method == "PUT"
    assert str(put.url) == f"{API}/upload/one-time/xyz?sig=abc"  # used as given
    assert put.headers["Content-Type"] == "image/jpeg"
    assert put.headers["Authorization"] == "Bearer secret-token-123"
    assert put.content == b"\xff\xd8data"


def test_upload_resolves_a_relative_location_against_the_api() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "POST":
            return json_response(201, {"id": "a"}, {"Location": "/sale/issues/attachments/a"})
        return httpx.Response(200)

    async def go() -> None:
        client, _ = make_client(handler)
        await client.upload_attachment("x.pdf", b"%PDF")

    asyncio.run(go())
    assert str(seen[1].url) == f"{API}/sale/issues/attachments/a"


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("virus.exe", b"MZ", UnsupportedMediaTypeError),
        ("big.png", b"x" * (MAX_ATTACHMENT_BYTES + 1), PayloadTooLargeError),
        ("empty.png", b"", InvalidRequestError),
    ],
)
def test_upload_refuses_locally_what_allegro_would_refuse(
    name: str, data: bytes, error: type[AllegroError]
) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(500)

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(error):
            await client.upload_attachment(name, data)

    asyncio.run(go())
    assert calls == []


def test_upload_without_location_is_an_invalid_response() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(201, {"id": "a"})

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(InvalidResponseError):
            await client.upload_attachment("x.png", b"png")

    asyncio.run(go())


def test_download_streams_to_dest_with_accept_any(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []
    payload = bytes(range(256)) * 1000

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=payload, headers={"Content-Type": "image/png"})

    dest = tmp_path / "sub" / "photo.png"

    async def go() -> None:
        client, _ = make_client(handler)
        assert await client.download_attachment(f"{API}/sale/issues/attachments/a1", dest) == dest

    asyncio.run(go())
    assert dest.read_bytes() == payload
    assert seen[0].headers["Accept"] == "*/*"
    assert seen[0].headers["Authorization"] == "Bearer secret-token-123"
    assert [p.name for p in dest.parent.iterdir()] == ["photo.png"]  # no temp file left


def test_failed_download_leaves_no_file(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(404, {"errors": [{"code": "NOT_FOUND", "message": "gone"}]})

    dest = tmp_path / "photo.png"

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(NotFoundError):
            await client.download_attachment(f"{API}/sale/issues/attachments/a1", dest)

    asyncio.run(go())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, InvalidRequestError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (406, NotAcceptableError),
        (409, ChatClosedError),
        (413, PayloadTooLargeError),
        (415, UnsupportedMediaTypeError),
        (422, InvalidRequestError),
        (418, AllegroError),
    ],
)
def test_error_statuses_map_to_typed_errors(status: int, error: type[AllegroError]) -> None:
    body: dict[str, object] = {
        "errors": [
            {
                "code": "SomeCode",
                "message": "Developer text",
                "userMessage": "Tekst dla użytkownika",
                "path": None,
                "details": None,
                "metadata": {},
            }
        ]
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(status, body)

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(error) as caught:
            await client.post_message("i-1", "hi")
        assert type(caught.value) is error
        assert caught.value.status == status
        assert caught.value.code == "SomeCode"
        assert caught.value.user_message == "Tekst dla użytkownika"
        assert "Developer text" in str(caught.value)

    asyncio.run(go())


def test_oauth_style_401_is_parsed_and_the_token_never_appears() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        token = request.headers["Authorization"].removeprefix("Bearer ")
        return json_response(
            401,
            {"error": "invalid_token", "error_description": f"Access token expired: {token}"},
        )

    async def go() -> None:
        tokens = RefreshingTokens()
        tokens.token = "opaque-token-value-0123456789"
        client, _ = make_client(handler, tokens=tokens)
        with pytest.raises(AuthenticationError) as caught:
            await client.get_issue(ISSUE_1)
        error = caught.value
        assert error.status == 401 and error.code == "invalid_token"
        assert "Access token expired: ***" in str(error)
        for token in ("opaque-token-value-0123456789", tokens.token):
            assert token not in str(error) and token not in repr(error.args)

    asyncio.run(go())


def test_static_token_rejected_raises_authentication_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(401, {"error": "invalid_token", "error_description": "expired"})

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(AuthenticationError) as caught:
            await client.get_issue(ISSUE_1)
        assert "secret-token-123" not in str(caught.value)

    asyncio.run(go())


def test_jwt_in_an_error_body_is_redacted() -> None:
    jwt = "eyJhbGciOiJSUzI1NiJ9.eyJ1c2VyX25hbWUiOiJ4In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ"

    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(403, {"errors": [{"code": "AccessDenied", "message": f"for {jwt}"}]})

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(PermissionDeniedError) as caught:
            await client.get_issue(ISSUE_1)
        assert jwt not in str(caught.value)
        assert jwt not in json.dumps(caught.value.errors)

    asyncio.run(go())


def test_non_json_error_body_still_maps_by_status() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text="<html>Bad gateway</html>")

    async def go() -> None:
        client, _ = make_client(handler, attempts=1)
        with pytest.raises(ServerError) as caught:
            await client.get_issue(ISSUE_1)
        assert caught.value.status == 502 and caught.value.code is None

    asyncio.run(go())


def test_429_error_carries_retry_after() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(429, {"errors": [{"code": "TooMany"}]}, {"Retry-After": "7"})

    async def go() -> None:
        client, _ = make_client(handler, attempts=1)
        with pytest.raises(RateLimitedError) as caught:
            await client.get_issue(ISSUE_1)
        assert caught.value.retry_after == 7.0

    asyncio.run(go())


def test_redirects_are_not_followed() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "https://evil.test/steal"})

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(AllegroError) as caught:
            await client.get_issue(ISSUE_1)
        assert caught.value.status == 302

    asyncio.run(go())
    assert [r.url.host for r in seen] == ["api.allegro.test"]


def test_own_http_client_is_closed_but_an_injected_one_is_not() -> None:
    from allegro_issues_desktop.allegro import AllegroClient, StaticTokenProvider

    async def go() -> None:
        injected = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(200)))
        client = AllegroClient(API, StaticTokenProvider("t"), http=injected)
        await client.aclose()
        assert not injected.is_closed
        await injected.aclose()
        async with AllegroClient(API, StaticTokenProvider("t")) as own:
            pass
        assert own._http.client is None  # never used: never made (no TLS context built for it)
        with pytest.raises(RuntimeError):  # closed: no new connection pool afterwards
            await own.get_issue("a")
        async with AllegroClient(API, StaticTokenProvider("t")) as used:
            made = await used._http_client()  # what the first request does
        assert made.is_closed

    asyncio.run(go())


def test_bad_api_url_is_refused() -> None:
    from allegro_issues_desktop.allegro import AllegroClient, StaticTokenProvider

    with pytest.raises(ValueError, match="API URL"):
        AllegroClient("ftp://api.allegro.pl", StaticTokenProvider("t"))


def test_text_with_a_broken_character_is_refused_locally() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return json_response(201, message(1))

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(InvalidRequestError, match="broken character"):
            await client.post_message("i-1", "half an emoji: \ud83d")

    asyncio.run(go())
    assert calls == []
