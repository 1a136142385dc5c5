"""Offer pictures from Allegro's image host (``a.allegroimg.com``). No Qt.

Offer images are public, so they are fetched by a plain ``httpx.AsyncClient`` of their own that
never carries the bearer token (it has no token provider at all), follows no redirects, accepts
only ``http(s)`` URLs and only image content types, reads at most ``max_bytes`` and gives up
after ``timeout`` seconds in total. Failures are :class:`ImageError` (one sentence, no URL
secrets: image URLs have none).

Where: picture URLs come from API answers, so they could name any host (an address on the
seller's network included). :func:`picture_allowed` says which may be fetched: https on
Allegro's image hosts (:data:`ALLEGRO_IMAGE_DOMAINS` and their subdomains), plus the origins a
caller names (the demo emulator serves its pictures from its own origin). A fetcher made with
``origins`` refuses anything else before any request.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from types import TracebackType
from typing import Self

import httpx

from .. import PROJECT_URL, __version__
from .tls import LazyHttpClient

#: A thumbnail is a few dozen KB; Allegro's originals can be a few MB.
MAX_IMAGE_BYTES = 2 * 1024 * 1024
DEFAULT_IMAGE_TIMEOUT = 10.0
IMAGE_TYPES = frozenset(
    {"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/avif"}
)
_USER_AGENT = f"AllegroIssuesDesktop/{__version__} (+{PROJECT_URL})"
#: Allegro's image hosts: production (``a.allegroimg.com``, ``1.allegroimg.com`` ...) and the
#: sandbox's (``a.allegroimg.allegrosandbox.pl``). Https only.
ALLEGRO_IMAGE_DOMAINS = ("allegroimg.com", "allegroimg.allegrosandbox.pl")
_DEFAULT_PORTS = {"http": 80, "https": 443}


class ImageError(Exception):
    """The picture could not be fetched (network, status, type, size, deadline)."""


def _parse(url: str | httpx.URL) -> httpx.URL | None:
    """An absolute http(s) URL without credentials, or None."""
    try:
        target = url if isinstance(url, httpx.URL) else httpx.URL(url)
        host = target.raw_host.decode("ascii")
    except (httpx.InvalidURL, TypeError, ValueError):  # UnicodeError: a lone surrogate
        return None
    if target.scheme not in _DEFAULT_PORTS or not host or target.userinfo:
        return None
    return target


def _origin(target: httpx.URL) -> tuple[str, str, int]:
    host = target.raw_host.decode("ascii").lower().rstrip(".")  # "a.allegroimg.com." is the same
    return target.scheme, host, target.port or _DEFAULT_PORTS[target.scheme]


def picture_allowed(url: str | httpx.URL, origins: Iterable[str] = ()) -> bool:
    """May a picture be fetched from ``url``? See the module doc; ``origins``: base URLs
    (``http://127.0.0.1:8080``) whose scheme, host and port are allowed too."""
    target = _parse(url)
    if target is None:
        return False
    scheme, host, port = _origin(target)
    on_allegro = any(host == d or host.endswith("." + d) for d in ALLEGRO_IMAGE_DOMAINS)
    if on_allegro and scheme == "https" and port == 443:
        return True
    for origin in origins:
        allowed = _parse(origin)
        if allowed is not None and _origin(allowed) == (scheme, host, port):
            return True
    return False


class ImageFetcher:
    """Fetches public offer images without credentials.

    Attributes:
        max_bytes: Largest body accepted.
        timeout: Total deadline of one fetch in seconds.
    """

    def __init__(
        self,
        *,
        http: httpx.AsyncClient | None = None,
        max_bytes: int = MAX_IMAGE_BYTES,
        timeout: float = DEFAULT_IMAGE_TIMEOUT,
        plain_http: bool = False,
        origins: Iterable[str] | None = None,
    ) -> None:
        """``plain_http``: only ``http://`` pictures (the demo's): no CA bundle to wait for.
        ``origins``: only pictures :func:`picture_allowed` with these (None: any http(s) host,
        for callers that chose the URL themselves)."""
        self.max_bytes = max_bytes
        self.timeout = timeout
        self._origins = None if origins is None else tuple(origins)
        # Made at the first fetch with the process's one TLS context (see ``tls``).
        self._http = LazyHttpClient(
            httpx.Timeout(timeout, connect=min(5.0, timeout)),
            httpx.Limits(max_connections=4),
            http,
            lambda: ImageError("the picture fetcher is closed"),
            plain_http=plain_http,
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _http_client(self) -> httpx.AsyncClient:
        return await self._http.get()

    async def fetch(self, url: str) -> tuple[bytes, str]:
        """The image's bytes and content type; :class:`ImageError` for anything else."""
        target = _parse(url)
        if target is None:
            raise ImageError("not a picture address")
        if self._origins is not None and not picture_allowed(target, self._origins):
            raise ImageError("not on Allegro's picture host")
        headers = {"Accept": "image/*", "User-Agent": _USER_AGENT}
        try:
            async with asyncio.timeout(self.timeout):
                http = await self._http_client()
                request = http.build_request("GET", target, headers=headers)
                request.headers.pop("Authorization", None)  # never, whatever the client has
                response = await http.send(request, stream=True)
                try:
                    return await self._read(response)
                finally:
                    await response.aclose()
        except TimeoutError as exc:
            raise ImageError("the picture took too long") from exc
        except httpx.HTTPError as exc:
            raise ImageError(f"the picture could not be fetched ({type(exc).__name__})") from exc

    async def _read(self, response: httpx.Response) -> tuple[bytes, str]:
        if response.status_code != 200:
            raise ImageError(f"the image host answered {response.status_code}")
        kind = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if kind not in IMAGE_TYPES:
            raise ImageError("the answer is not a picture")
        length = response.headers.get("Content-Length", "").strip()
        if length.isdigit() and int(length) > self.max_bytes:
            raise ImageError("the picture is too large")
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > self.max_bytes:
                raise ImageError("the picture is too large")
        return bytes(body), kind
