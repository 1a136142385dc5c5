"""Offer pictures are fetched only from Allegro's image hosts (or the API's own origin, the
demo's): a URL in an API answer naming another host costs no request and shows no picture."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from allegro_issues_desktop.allegro.images import ImageError, ImageFetcher, picture_allowed
from allegro_issues_desktop.domain.orders import parse_product_offer
from allegro_issues_desktop.services.context import ContextService

PNG = b"\x89PNG\r\n\x1a\n"


class Client:
    def __init__(self, api_url: str) -> None:
        self.api_url = api_url


class Engine:
    def __init__(self, client: Client | None) -> None:
        self.client: Any = client  # the part of an AllegroClient the service reads

    async def cached_json(self, key: str) -> Any:
        return None

    def save_json(self, key: str, value: Any) -> None:
        pass


class Server:
    """A local HTTP server that answers a PNG to anything and records the paths asked."""

    def __init__(self) -> None:
        hits = self.hits = list[str]()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(PNG)))
                self.end_headers()
                self.wfile.write(PNG)

            def log_message(self, *args: object) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.http.server_port}"
        self.thread = threading.Thread(target=self.http.serve_forever, daemon=True)


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    s.thread.start()
    yield s
    s.http.shutdown()
    s.http.server_close()
    s.thread.join()


@pytest.mark.parametrize(
    "url",
    [
        "https://a.allegroimg.com/original/11e24f/32cd712c41ada5fe3f3c41836c5b",
        "https://1.allegroimg.com/s400/x.jpg",
        "https://allegroimg.com/x.jpg",
        "https://A.AllegroImg.COM./x.jpg",
        "https://a.allegroimg.com:443/x.jpg",
        "https://a.allegroimg.allegrosandbox.pl/original/x",
    ],
)
def test_allegro_image_hosts_are_allowed(url: str) -> None:
    assert picture_allowed(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://a.allegroimg.com/x.jpg",  # https only
        "https://a.allegroimg.com:8443/x.jpg",
        "https://evilallegroimg.com/x.jpg",
        "https://a.allegroimg.com.example.net/x.jpg",
        "https://user:pw@a.allegroimg.com/x.jpg",
        "https://127.0.0.1/admin/delete",
        "http://localhost:631/admin",
        "http://169.254.169.254/latest/meta-data/",
        "file:///etc/passwd",
        "https://a.allegroimg.com/x\ud800.jpg",
        "",
        "not a url",
    ],
)
def test_other_hosts_are_refused(url: str) -> None:
    assert not picture_allowed(url)


def test_a_named_origin_allows_only_that_origin() -> None:
    origins = ["http://127.0.0.1:8080"]
    assert picture_allowed("http://127.0.0.1:8080/images/1.png", origins)
    assert picture_allowed("https://a.allegroimg.com/x.jpg", origins)
    for url in (
        "http://127.0.0.1:8081/images/1.png",
        "https://127.0.0.1:8080/images/1.png",
        "http://localhost:8080/images/1.png",
    ):
        assert not picture_allowed(url, origins), url


def offer_with(url: str) -> Any:
    return parse_product_offer({"id": "1", "images": [url]})


def test_an_offer_picture_on_another_host_costs_no_request(server: Server) -> None:
    offer = offer_with(f"{server.origin}/admin/delete?all=1")
    for client in (None, Client("http://127.0.0.1:1"), Client("https://api.allegro.pl")):
        assert asyncio.run(ContextService(Engine(client)).thumbnail(offer)) is None

    async def direct() -> object:
        async with ImageFetcher(origins=["https://api.allegro.pl"]) as fetcher:
            return await fetcher.fetch(f"{server.origin}/admin/delete")

    with pytest.raises(ImageError):
        asyncio.run(direct())
    assert server.hits == []


def test_the_demo_picture_on_the_api_origin_is_fetched(server: Server) -> None:
    offer = offer_with(f"{server.origin}/images/1.png")
    data = asyncio.run(ContextService(Engine(Client(server.origin))).thumbnail(offer))
    assert data == PNG and server.hits == ["/images/1.png"]


def test_a_lone_surrogate_in_a_picture_url_means_no_picture(tmp_path: Path) -> None:
    offer = offer_with("https://a.allegroimg.com/x\ud800.jpg")
    service = ContextService(Engine(None), image_dir=tmp_path)
    assert asyncio.run(service.thumbnail(offer)) is None

    async def direct() -> object:
        async with ImageFetcher() as fetcher:
            return await fetcher.fetch("https://a.allegroimg.com/x\ud800.jpg")

    with pytest.raises(ImageError):
        asyncio.run(direct())
