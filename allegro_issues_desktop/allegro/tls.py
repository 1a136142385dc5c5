"""One verifying TLS context per process, built off the GUI thread (no Qt); with it, the
HTTP stack's lazily imported modules.

Loading the CA bundle costs 30-60 ms of CPU. httpx builds a context for every client it
creates unless it is handed one, and a client is created on the GUI thread (the API client,
the OAuth client, the picture fetcher). So the app builds one context on a worker thread
(:func:`prewarm` at start; :func:`ssl_context` awaits it) and every client is handed that one,
created when its first request is made, not when the client object is.

A client that only ever speaks plain ``http://`` (the demo's, to its emulator on 127.0.0.1;
they follow no redirects and refuse other origins) needs no CA bundle at all: it gets
:func:`plain_http_context`, which trusts nothing, so TLS through it (an https proxy) fails
instead of going unverified.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by the thread that builds the context: the module stays light
    import ssl

    import httpx

_lock = threading.Lock()
_context: ssl.SSLContext | None = None
_plain: ssl.SSLContext | None = None
_plain_lock = threading.Lock()  # not _lock: never wait for the CA bundle's load


def shared_ssl_context() -> ssl.SSLContext:
    """httpx's default verifying context (honours SSL_CERT_FILE/SSL_CERT_DIR), built once.
    Blocks while it is built; safe from any thread."""
    global _context
    with _lock:
        if _context is None:
            import httpx

            _context = httpx.create_ssl_context()
        return _context


def plain_http_context() -> ssl.SSLContext:
    """For clients of ``http://`` URLs only: verifying, with no CA loaded (~1 ms, not ~35)."""
    global _plain
    with _plain_lock:
        if _plain is None:
            import ssl

            # PROTOCOL_TLS_CLIENT: certificates required, host names checked; no CA trusted.
            _plain = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        return _plain


async def ssl_context() -> ssl.SSLContext:
    """:func:`shared_ssl_context` without blocking the event loop's thread."""
    import asyncio

    if _context is not None:
        return _context
    return await asyncio.to_thread(shared_ssl_context)


def warm(context: bool = True) -> None:
    """Build the context (unless not ``context``) and import the HTTP stack (blocking; any
    thread)."""
    if context:
        shared_ssl_context()
    else:
        import httpx  # noqa: F401
    # What httpx imports at its first connection (~80 ms of imports): here, not on the GUI
    # thread in the middle of the first sync.
    import h11  # noqa: F401
    import httpcore  # noqa: F401

    from . import asyncio_network  # noqa: F401


def prewarm(*, context: bool = True) -> None:
    """Build the context (unless not ``context``: a start whose clients speak plain http) and
    load the HTTP stack on a daemon thread (at start-up, while the window builds)."""
    if _context is None:
        threading.Thread(target=warm, args=(context,), name="tls-prewarm", daemon=True).start()


class LazyHttpClient:
    """An httpx client made at the first request with the shared context (following no
    redirects; network I/O on plain asyncio, see ``asyncio_network``), or one injected by the
    caller (then never closed here). After :meth:`aclose` no new one is made:
    ``closed_error()`` is raised instead."""

    def __init__(
        self,
        timeout: httpx.Timeout | float,
        limits: httpx.Limits | None = None,
        injected: httpx.AsyncClient | None = None,
        closed_error: Callable[[], Exception] = lambda: RuntimeError("the HTTP client is closed"),
        *,
        plain_http: bool = False,
    ) -> None:
        """``limits``: httpx's default when None. ``plain_http``: the client requests
        ``http://`` URLs only (see the module's doc)."""
        self._timeout = timeout
        self._limits = limits
        self._plain_http = plain_http
        self._owned = injected is None
        self._closed_error = closed_error
        self._closed = False
        #: The httpx client, once made (or injected); None before the first request.
        self.client: httpx.AsyncClient | None = injected

    async def get(self) -> httpx.AsyncClient:
        if self.client is None:
            context = plain_http_context() if self._plain_http else await ssl_context()
            if self._closed:
                raise self._closed_error()
            if self.client is None:  # another request may have made it meanwhile
                from .asyncio_network import async_client  # imports httpcore

                self.client = async_client(context, timeout=self._timeout, limits=self._limits)
        return self.client

    async def aclose(self) -> None:
        self._closed = True
        if self._owned and self.client is not None:
            await self.client.aclose()
