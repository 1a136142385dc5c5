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

httpcore's pool and connections also take their locks and events from anyio on asyncio; they
come from asyncio here (:func:`use_asyncio_primitives`): anyio's asyncio backend is ~25 ms of
imports at the first request, on the path to a demo's first rows.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import types
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


class _FailAfter:
    """``anyio.fail_after`` as httpcore uses it (a plain ``with`` around one await, its pool
    timeout): after ``delay`` seconds the task is cancelled and that cancellation leaves as
    ``TimeoutError``; a cancellation from elsewhere passes through. As ``asyncio.timeout``."""

    def __init__(self, delay: float | None) -> None:
        self._delay = delay
        self._task: asyncio.Task[Any] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._cancelling = 0
        self._expired = False

    def __enter__(self) -> None:
        if self._delay is None:
            return
        task = asyncio.current_task()
        if task is None:
            raise RuntimeError("fail_after needs a running task")
        self._task, self._cancelling = task, task.cancelling()
        self._timer = asyncio.get_running_loop().call_later(max(self._delay, 0.0), self._expire)

    def _expire(self) -> None:
        if self._task is not None:
            self._expired = True
            self._task.cancel()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> None:
        if self._timer is not None:
            self._timer.cancel()
        if (
            self._expired
            and self._task is not None
            and self._task.uncancel() <= self._cancelling
            and exc_type is asyncio.CancelledError
        ):
            raise TimeoutError("the pool had no connection in time") from exc


def _semaphore(*, initial_value: int, max_value: int) -> asyncio.BoundedSemaphore:
    # httpcore passes the same bound twice (HTTP/2 streams only; the app speaks HTTP/1.1).
    return asyncio.BoundedSemaphore(min(initial_value, max_value))


def _cancel_scope(*, shield: bool = False) -> contextlib.nullcontext[None]:
    # anyio's shield holds off anyio's own cancel scopes only: a task.cancel() (the only kind
    # of cancellation this app uses) reaches the shielded code either way. Nothing to do.
    return contextlib.nullcontext()


#: What ``httpcore._synchronization`` takes from the ``anyio`` module when on asyncio.
ASYNCIO_PRIMITIVES = types.SimpleNamespace(
    Lock=asyncio.Lock,
    Event=asyncio.Event,
    Semaphore=_semaphore,
    CancelScope=_cancel_scope,
    fail_after=_FailAfter,
)


#: httpcore releases whose ``_synchronization`` was read: it asks anyio for just what
#: ASYNCIO_PRIMITIVES has.
KNOWN_HTTPCORE = ("1.0.9",)


def use_asyncio_primitives() -> bool:
    """httpcore's asyncio locks, events and pool timeout from asyncio instead of anyio
    (process-wide, idempotent; objects already set up keep theirs). Returns whether it took:
    another httpcore release stays on anyio (correct, only slower) until it is checked."""
    from httpcore import _synchronization

    if httpcore.__version__ not in KNOWN_HTTPCORE:
        return False
    if not hasattr(_synchronization, "anyio"):
        return False
    _synchronization.anyio = ASYNCIO_PRIMITIVES
    return True


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
    use_asyncio_primitives()
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
