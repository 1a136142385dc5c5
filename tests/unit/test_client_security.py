"""The bearer token goes to the configured API origin only."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from allegro_issues_desktop.allegro import UnsafeUrlError

from .test_client_support import API, json_response, make_client


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.test/sale/issues/attachments/a1",
        "http://api.allegro.test/sale/issues/attachments/a1",  # downgrade
        "https://api.allegro.test:8443/sale/issues/attachments/a1",
        "https://api.allegro.test@evil.test/sale/issues/attachments/a1",
        "https://api.allegro.test.evil.test/sale/issues/attachments/a1",
        "https:///message-attachments/internal/7458d6a1",  # seen in the wild (#12547)
        "/sale/issues/attachments/a1",
        "file:///etc/passwd",
        "",
    ],
)
def test_download_from_elsewhere_is_refused_before_any_request(url: str, tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"x")

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(UnsafeUrlError):
            await client.download_attachment(url, tmp_path / "f.png")

    asyncio.run(go())
    assert seen == []
    assert list(tmp_path.iterdir()) == []


def test_explicit_default_port_is_the_same_origin(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x")

    async def go() -> None:
        client, _ = make_client(handler)
        url = "https://API.allegro.test:443/sale/issues/attachments/a1"
        await client.download_attachment(url, tmp_path / "f.png")

    asyncio.run(go())


@pytest.mark.parametrize(
    "location",
    ["https://uploads.evil.test/put/a1", "//evil.test/put/a1", "http://api.allegro.test/put"],
)
def test_upload_location_elsewhere_is_refused(location: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(201, {"id": "a1"}, {"Location": location})

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(UnsafeUrlError):
            await client.upload_attachment("x.png", b"png")

    asyncio.run(go())
    assert [r.method for r in seen] == ["POST"]  # the bytes (and the token) never went there


def test_unsafe_url_error_names_the_url_but_not_the_token() -> None:
    error = UnsafeUrlError("https://evil.test/x")
    assert "evil.test" in str(error)
    assert "secret-token-123" not in str(error)


def test_api_url_with_trailing_slash() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, {"issues": []})

    async def go() -> None:
        from allegro_issues_desktop.allegro import AllegroClient, StaticTokenProvider

        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        client = AllegroClient(API + "/", StaticTokenProvider("t"), http=http)
        await client.list_issues()
        await http.aclose()

    asyncio.run(go())
    assert seen[0].url.path == "/sale/issues"
