"""Authorization code + PKCE through the seller's browser (apps registered as "browser" type).

A one-shot HTTP listener on ``http://localhost:<port>/<path>`` (Allegro refuses 127.0.0.1 in
redirect URIs, FACTS #2737) receives the redirect, the state is checked, the code is exchanged
at once (it lives 10 s), the listener closes and the tab gets a short "you can close this tab"
page. The listener binds 127.0.0.1 and, when possible, ::1 on the same port, because browsers
resolve ``localhost`` to either.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from .oauth import FlowError, FlowFailure, OAuthClient, OAuthError, TokenSet, new_pkce_pair

log = logging.getLogger(__name__)

_MAX_HEAD = 16 * 1024
_READ_TIMEOUT = 10.0


@dataclass(frozen=True, slots=True)
class RedirectPages:
    """What the browser tab shows afterwards; the UI passes translated texts."""

    success_title: str = "Signed in"
    success_text: str = "You can close this tab and go back to Allegro Issues Desktop."
    failure_title: str = "Sign-in did not finish"
    failure_text: str = "Go back to Allegro Issues Desktop and start again."
    lang: str = "en"

    def render(self, ok: bool) -> bytes:
        title = self.success_title if ok else self.failure_title
        text = self.success_text if ok else self.failure_text
        page = (
            f'<!doctype html><html lang="{html.escape(self.lang)}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title><style>body{{font-family:sans-serif;"
            "max-width:32em;margin:4em auto;font-size:1.1em;color:#222}</style></head><body>"
            f"<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p></body></html>"
        )
        return page.encode("utf-8")


class ListenerError(OSError):
    """The redirect URI cannot be listened on (wrong host, port taken)."""


class LoopbackReceiver:
    """Receives exactly one redirect on the configured localhost path."""

    def __init__(self, redirect_uri: str, pages: RedirectPages | None = None) -> None:
        parts = urlsplit(redirect_uri)
        if parts.scheme != "http" or parts.hostname != "localhost":
            raise ListenerError(f"the redirect URI must be http://localhost:<port>/...: {parts}")
        self._port = parts.port if parts.port is not None else 80
        self._path = parts.path or "/"
        self._pages = pages or RedirectPages()
        self._servers: list[asyncio.Server] = []
        self._result: asyncio.Future[dict[str, str]] | None = None
        self._page_ok: asyncio.Future[bool] | None = None
        self._sent = asyncio.Event()
        self.redirect_uri = redirect_uri

    async def start(self) -> str:
        """Listen; returns the redirect URI to send (the port filled in when it was 0)."""
        loop = asyncio.get_running_loop()
        self._result = loop.create_future()
        self._page_ok = loop.create_future()
        try:
            first = await asyncio.start_server(self._handle, "127.0.0.1", self._port)
        except OSError as exc:
            raise ListenerError(f"cannot listen on port {self._port}: {exc.strerror}") from None
        self._servers.append(first)
        self._port = first.sockets[0].getsockname()[1]
        with contextlib.suppress(OSError):  # no IPv6 loopback: 127.0.0.1 alone will do
            self._servers.append(await asyncio.start_server(self._handle, "::1", self._port))
        self.redirect_uri = f"http://localhost:{self._port}{self._path}"
        return self.redirect_uri

    async def wait(self) -> dict[str, str]:
        """The redirect's query parameters (first value of each)."""
        assert self._result is not None, "start() first"
        params = await asyncio.shield(self._result)
        self.stop_listening()  # one-shot: nothing else may arrive on this port
        return params

    def stop_listening(self) -> None:
        for server in self._servers:
            server.close()
        self._servers.clear()

    async def respond(self, ok: bool) -> None:
        """Show the tab its final page; waits briefly so the page leaves before we move on."""
        if self._page_ok is not None and not self._page_ok.done():
            self._page_ok.set_result(ok)
        if self._result is not None and self._result.done():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._sent.wait(), 5.0)

    async def aclose(self) -> None:
        self.stop_listening()
        if self._page_ok is not None and not self._page_ok.done():
            self._page_ok.set_result(False)
        if self._result is not None and not self._result.done():
            self._result.cancel()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), _READ_TIMEOUT)
            method, target, _ = head[:_MAX_HEAD].split(b"\r\n", 1)[0].decode("latin-1").split(" ")
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            writer.close()
            return
        parts = urlsplit(target)
        result = self._result
        if method != "GET" or parts.path != self._path or result is None or result.done():
            await _send(writer, 404, b"Not found", "text/plain; charset=utf-8")
            return
        params = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        result.set_result(params)
        assert self._page_ok is not None
        ok = await self._page_ok
        await _send(writer, 200 if ok else 400, self._pages.render(ok), "text/html; charset=utf-8")
        self._sent.set()


async def _send(writer: asyncio.StreamWriter, status: int, body: bytes, content_type: str) -> None:
    reason = {200: "OK", 400: "Bad Request", 404: "Not Found"}.get(status, "OK")
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
    )
    with contextlib.suppress(OSError):
        writer.write(head.encode("latin-1") + body)
        await writer.drain()
        writer.close()
        await writer.wait_closed()


async def sign_in_with_browser(
    client: OAuthClient,
    open_browser: Callable[[str], object],
    *,
    redirect_uri: str | None = None,
    pages: RedirectPages | None = None,
    on_listening: Callable[[str], None] | None = None,
) -> TokenSet:
    """Run the whole PKCE flow; cancel the awaiting task to abandon it (the port is freed).

    ``open_browser(url)`` opens the authorization page; ``on_listening(url)`` lets the UI keep
    the URL for an "open again" button.
    """
    receiver = LoopbackReceiver(redirect_uri or client.credentials.redirect_uri, pages)
    verifier, challenge = new_pkce_pair()
    state = secrets.token_urlsafe(24)
    try:
        actual_redirect = await receiver.start()
        url = client.authorization_url(actual_redirect, challenge, state)
        if on_listening is not None:
            on_listening(url)
        open_browser(url)
        params = await receiver.wait()
        try:
            tokens = await _finish(client, params, state, actual_redirect, verifier)
        except BaseException:
            await receiver.respond(False)
            raise
        await receiver.respond(True)
        return tokens
    finally:
        await receiver.aclose()


async def _finish(
    client: OAuthClient, params: dict[str, str], state: str, redirect_uri: str, verifier: str
) -> TokenSet:
    # The state check comes first: a redirect we did not ask for must not spend our verifier.
    if not secrets.compare_digest(params.get("state", "").encode(), state.encode()):
        raise FlowError(FlowFailure.STATE_MISMATCH)
    error = params.get("error")
    if error == "access_denied":
        raise FlowError(FlowFailure.DENIED)
    if error:
        raise OAuthError(error, params.get("error_description"))
    code = params.get("code")
    if not code:
        raise FlowError(FlowFailure.NO_CODE)
    return await client.exchange_code(code, redirect_uri, verifier)
