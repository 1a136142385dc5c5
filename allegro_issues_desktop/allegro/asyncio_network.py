"""httpcore's network I/O on plain asyncio streams, instead of its default anyio backend.

Why: on asyncio, httpcore's ``AutoBackend`` goes through anyio, which wraps every read and write
in a cancel scope, and answers httpcore's per-request "has the server closed this idle
connection?" question by building a dict of socket attributes (a ``getpeername`` system call)
and polling the socket. A 100,000-issue sync reads ~2,500 times and asks ~12,000 times: ~0.35 s
of the client's 3.9 s of CPU (measured with the bench's client alone), on the GUI thread.

Here a read is ``StreamReader.read`` under ``asyncio.timeout``, and an idle connection counts as
closed once its reader has seen the end (the event loop reads the socket continuously, so the
end is seen without a system call). Errors become httpcore's exception types, which httpx maps
to its own, as with anyio: the client's error handling sees no difference.

Only the client's direct transport uses it; proxies that httpx sets up from the environment
(``HTTPS_PROXY``...) keep httpx's default.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

#: The reader's buffer limit: reading pauses at twice this. A list page is ~0.2-0.5 MB.
READ_BUFFER_LIMIT = 256 * 1024
#: Another address of the host is tried when one has not connected after this long (RFC 8305,
#: as anyio did): a host whose IPv6 route is broken must not cost the whole connect timeout.
HAPPY_EYEBALLS_DELAY = 0.25


def _expired(error: OSError) -> bool:
    """Whether ``error`` is ``asyncio.timeout`` running out, not the kernel's ETIMEDOUT (also a
    ``TimeoutError``, with an errno: a failed connection, as anyio reported it)."""
    return isinstance(error, TimeoutError) and error.errno is None


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One connection: an asyncio ``StreamReader``/``StreamWriter`` pair. (The ``timeout``
    parameters are httpcore's interface: per operation, None for none.)"""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:  # noqa: ASYNC109
        try:
            if timeout is None:
                return await self._reader.read(max_bytes)
            async with asyncio.timeout(timeout):
                return await self._reader.read(max_bytes)
        except OSError as error:
            if _expired(error):
                raise httpcore.ReadTimeout("the server sent nothing in time") from error
            raise httpcore.ReadError(str(error) or type(error).__name__) from error

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:  # noqa: ASYNC109
        if not buffer:
            return
        try:
            self._writer.write(buffer)
            if timeout is None:
                await self._writer.drain()
            else:
                async with asyncio.timeout(timeout):
                    await self._writer.drain()
        except (OSError, RuntimeError) as error:  # RuntimeError: written after a close
            if isinstance(error, OSError) and _expired(error):
                raise httpcore.WriteTimeout("the server took nothing in time") from error
            raise httpcore.WriteError(str(error) or type(error).__name__) from error

    async def aclose(self) -> None:
        # As anyio does: close politely, give the loop one turn to send what it can, then
        # drop the connection for good (a peer that reads nothing must not keep it open).
        transport = self._writer.transport
        transport.close()
        await asyncio.sleep(0)
        transport.abort()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                await self._writer.start_tls(ssl_context, server_hostname=server_hostname)
        except OSError as error:  # ssl.SSLError included: a refused certificate
            self._writer.transport.abort()
            if _expired(error):
                raise httpcore.ConnectTimeout("the TLS handshake did not finish in time") from error
            raise httpcore.ConnectError(str(error) or type(error).__name__) from error
        return self

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            # httpcore asks this of idle connections only: anything readable means the server
            # has closed it or sent something unasked (a 408 before closing, say), so it must
            # not be reused. The event loop reads the socket continuously: what arrived is in
            # the reader's buffer (StreamReader keeps it in ``_buffer``; no public accessor).
            reader = self._reader
            return (
                bool(getattr(reader, "_buffer", b""))
                or reader.at_eof()
                or reader.exception() is not None
                or self._writer.transport.is_closing()
            )
        if info == "ssl_object":
            return self._writer.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._writer.get_extra_info("sockname")
        if info == "server_addr":
            return self._writer.get_extra_info("peername")
        if info == "socket":
            return self._writer.get_extra_info("socket")
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """TCP connections as :class:`AsyncioStream` (no Unix sockets: the app needs none)."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host,
                    port,
                    local_addr=None if local_address is None else (local_address, 0),
                    limit=READ_BUFFER_LIMIT,
                    happy_eyeballs_delay=HAPPY_EYEBALLS_DELAY,
                )
        except OSError as error:
            if _expired(error):
                raise httpcore.ConnectTimeout(f"no connection to {host}:{port} in time") from error
            raise httpcore.ConnectError(str(error) or type(error).__name__) from error
        sock = writer.get_extra_info("socket")
        try:
            for option in socket_options or ():
                sock.setsockopt(*option)
        except OSError as error:
            writer.transport.abort()
            raise httpcore.ConnectError(str(error)) from error
        return AsyncioStream(reader, writer)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


#: httpx's own default pool limits (``httpx.Limits()`` alone would set none).
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


def async_client(
    context: ssl.SSLContext,
    *,
    timeout: httpx.Timeout | float,
    limits: httpx.Limits | None = None,
) -> httpx.AsyncClient:
    """An httpx client that follows no redirects, verifies with ``context`` and does its own
    transport's I/O through :class:`AsyncioBackend` (``limits``: httpx's defaults when None).

    The client builds its transports itself (handed one, httpx would ignore the proxies of the
    environment); httpx takes no backend argument, so the backend is set on the direct
    transport's pool before the pool makes any connection. Should a later httpx keep its pool
    elsewhere, the transport stays httpx's default (anyio: correct, only slower);
    :func:`uses_asyncio_network` lets a test notice.
    """
    client = httpx.AsyncClient(
        timeout=timeout, limits=limits or DEFAULT_LIMITS, verify=context, follow_redirects=False
    )
    pool = _pool_of(client)
    if pool is not None:
        pool._network_backend = AsyncioBackend()
    return client


def _pool_of(client: httpx.AsyncClient) -> httpcore.AsyncConnectionPool | None:
    """The httpcore pool of ``client``'s direct transport, if httpx keeps it where 0.28 does."""
    pool = getattr(getattr(client, "_transport", None), "_pool", None)
    if isinstance(pool, httpcore.AsyncConnectionPool) and hasattr(pool, "_network_backend"):
        return pool
    return None


def uses_asyncio_network(client: httpx.AsyncClient) -> bool:
    """Whether ``client``'s own transport does its I/O through :class:`AsyncioBackend`."""
    pool = _pool_of(client)
    return pool is not None and isinstance(pool._network_backend, AsyncioBackend)
