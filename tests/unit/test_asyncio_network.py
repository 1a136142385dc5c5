"""httpcore's network I/O on plain asyncio streams (``allegro/asyncio_network.py``): every client
of the app uses it, TLS verifies and fails closed, every stall ends in httpx's typed timeout,
and a connection the server closed while idle is never reused."""

from __future__ import annotations

import asyncio
import errno
import socket
import ssl
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress

import httpcore
import httpx
import pytest
import trustme

from allegro_issues_desktop.allegro import AllegroClient, StaticTokenProvider
from allegro_issues_desktop.allegro.asyncio_network import (
    ASYNCIO_PRIMITIVES,
    KNOWN_HTTPCORE,
    AsyncioBackend,
    async_client,
    use_asyncio_primitives,
    uses_asyncio_network,
)
from allegro_issues_desktop.allegro.images import ImageFetcher
from allegro_issues_desktop.auth.credentials import AppCredentials
from allegro_issues_desktop.auth.oauth import OAuthClient

OK = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok"

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@asynccontextmanager
async def serving(handler: Handler, tls: ssl.SSLContext | None = None) -> AsyncIterator[int]:
    """A TCP server on 127.0.0.1 (TLS with ``tls``); yields its port."""
    server = await asyncio.start_server(handler, "127.0.0.1", 0, ssl=tls)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


async def read_request(reader: asyncio.StreamReader) -> bytes:
    return await reader.readuntil(b"\r\n\r\n")


async def answer_ok(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Answers every request on the connection with 200 "ok" until the client closes."""
    try:
        while True:
            await read_request(reader)
            writer.write(OK)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        writer.close()


def get_from(
    handler: Handler,
    url: str,
    timeout: httpx.Timeout | float = 5,
    tls: ssl.SSLContext | None = None,
) -> None:
    """One GET (``{port}`` in ``url``) from a server running ``handler``: raises what the
    client raises."""

    async def go() -> None:
        async with (
            serving(handler, tls) as port,
            async_client(ssl.create_default_context(), timeout=timeout) as client,
        ):
            await client.get(url.format(port=port))

    asyncio.run(go())


def get_twice_across_an_idle_spell(handler: Handler, idle: asyncio.Event) -> list[httpx.Response]:
    """GET; with the connection idle in the pool, ``idle`` is set (the server acts on it); once
    httpcore sees the connection as done for, GET again."""

    async def go() -> list[httpx.Response]:
        async with (
            serving(handler) as port,
            async_client(ssl.create_default_context(), timeout=5) as client,
        ):
            first = await client.get(f"http://127.0.0.1:{port}/")
            pool = client._transport._pool  # type: ignore[attr-defined]
            assert isinstance(pool, httpcore.AsyncConnectionPool)
            (connection,) = pool.connections
            assert connection.is_idle() and not connection.has_expired()
            idle.set()
            # Until the event loop has read what the server did.
            async with asyncio.timeout(5):
                while not connection.has_expired():  # noqa: ASYNC110 (httpcore state, no event)
                    await asyncio.sleep(0.005)
            return [first, await client.get(f"http://127.0.0.1:{port}/")]

    return asyncio.run(go())


def test_every_client_of_the_app_does_its_io_on_asyncio() -> None:
    async def go() -> list[bool]:
        api = AllegroClient("https://api.allegro.pl", StaticTokenProvider("t"))
        oauth = OAuthClient("https://allegro.pl", AppCredentials("id", "secret"))
        images = ImageFetcher()
        try:
            clients = [
                await api._http_client(),
                await oauth._http_client(),
                await images._http_client(),
            ]
            return [uses_asyncio_network(client) for client in clients]
        finally:
            await api.aclose()
            await oauth.aclose()
            await images.aclose()

    assert asyncio.run(go()) == [True, True, True]


def test_plain_http_requests_reuse_one_connection() -> None:
    connections: list[int] = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(1)
        await answer_ok(reader, writer)

    async def go() -> list[str]:
        async with (
            serving(handler) as port,
            async_client(ssl.create_default_context(), timeout=5) as client,
        ):
            return [(await client.get(f"http://127.0.0.1:{port}/{i}")).text for i in range(3)]

    assert asyncio.run(go()) == ["ok", "ok", "ok"]
    assert len(connections) == 1


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def _server_context(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(context)
    return context


def test_tls_to_a_trusted_server_works(ca: trustme.CA) -> None:
    trusting = ssl.create_default_context()
    ca.configure_trust(trusting)

    async def go() -> tuple[int, str]:
        async with (
            serving(answer_ok, _server_context(ca)) as port,
            async_client(trusting, timeout=5) as client,
        ):
            response = await client.get(f"https://localhost:{port}/")
            return response.status_code, response.text

    assert asyncio.run(go()) == (200, "ok")


def test_tls_to_an_untrusted_server_fails_as_a_connect_error(ca: trustme.CA) -> None:
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        get_from(answer_ok, "https://localhost:{port}/", tls=_server_context(ca))


def test_a_server_that_never_starts_tls_ends_in_a_connect_timeout() -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()  # holds the connection open, says nothing

    with pytest.raises(httpx.ConnectTimeout):
        get_from(silent, "https://localhost:{port}/", httpx.Timeout(5, connect=0.2))


def test_a_server_that_stalls_mid_body_ends_in_a_read_timeout() -> None:
    async def stalls(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nok")
        await writer.drain()
        await reader.read()

    with pytest.raises(httpx.ReadTimeout):
        get_from(stalls, "http://127.0.0.1:{port}/", httpx.Timeout(0.2, connect=5))


def test_a_refused_connection_is_a_connect_error() -> None:
    async def free_port() -> int:
        server = await asyncio.start_server(answer_ok, "127.0.0.1", 0)
        port: int = server.sockets[0].getsockname()[1]
        server.close()
        await server.wait_closed()
        return port

    async def go() -> None:
        port = await free_port()
        async with async_client(ssl.create_default_context(), timeout=5) as client:
            await client.get(f"http://127.0.0.1:{port}/")

    with pytest.raises(httpx.ConnectError):
        asyncio.run(go())


def test_a_reset_mid_body_is_a_read_error() -> None:
    async def resets(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npartial")
        await writer.drain()
        writer.transport.abort()  # RST with the body unfinished

    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        get_from(resets, "http://127.0.0.1:{port}/")


def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    connections: list[int] = []
    answered = asyncio.Event()

    async def once_then_close(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(1)
        await read_request(reader)
        writer.write(OK)  # keep-alive by default
        await writer.drain()
        await answered.wait()  # the connection is idle in the client's pool now
        writer.close()

    responses = get_twice_across_an_idle_spell(once_then_close, answered)
    assert [r.text for r in responses] == ["ok", "ok"]
    assert len(connections) == 2


def test_the_stream_reports_its_addresses_and_socket() -> None:
    async def go() -> tuple[object, object, object, object]:
        async with serving(answer_ok) as port:
            stream = await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=5)
            try:
                return (
                    stream.get_extra_info("server_addr"),
                    stream.get_extra_info("client_addr"),
                    stream.get_extra_info("ssl_object"),
                    stream.get_extra_info("is_readable"),
                )
            finally:
                await stream.aclose()

    server, client, ssl_object, readable = asyncio.run(go())
    assert isinstance(server, tuple) and server[0] == "127.0.0.1"
    assert isinstance(client, tuple) and client[0] == "127.0.0.1"
    assert ssl_object is None and readable is False


def test_proxies_from_the_environment_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx reads HTTPS_PROXY only when it builds the transports itself: it still does."""
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")

    async def go() -> tuple[int, bool]:
        async with async_client(ssl.create_default_context(), timeout=5) as client:
            return len(client._mounts), uses_asyncio_network(client)

    assert asyncio.run(go()) == (1, True)


def test_a_host_whose_first_address_is_silent_is_reached_on_the_next(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """RFC 8305 as anyio did it: a dead first address (broken IPv6) costs ~0.25 s, not the
    whole connect timeout."""

    async def go() -> int:
        async with serving(answer_ok) as port:
            # 127.0.0.2: a listener whose accept queue is full: the kernel drops the SYNs
            silent = socket.socket()
            silent.bind(("127.0.0.2", port))
            silent.listen(0)
            fillers = []
            for _ in range(4):
                filler = socket.socket()
                filler.setblocking(False)
                with suppress(BlockingIOError):
                    filler.connect(("127.0.0.2", port))
                fillers.append(filler)
            real = socket.getaddrinfo

            def two_addresses(host: object, *args: object, **kwargs: object) -> object:
                if host == "dual.test":
                    return [
                        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.2", port)),
                        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port)),
                    ]
                return real(host, *args, **kwargs)  # type: ignore[arg-type]

            monkeypatch.setattr(socket, "getaddrinfo", two_addresses)
            try:
                timeout = httpx.Timeout(10, connect=5)
                async with async_client(ssl.create_default_context(), timeout=timeout) as client:
                    return (await client.get(f"http://dual.test:{port}/")).status_code
            finally:
                silent.close()
                for filler in fillers:
                    filler.close()

    assert asyncio.run(go()) == 200


def test_an_idle_connection_the_server_wrote_to_is_not_reused() -> None:
    """Bytes that arrive on an idle connection (a 408 before a close) retire it: they are not
    the answer to the next request."""
    connections: list[int] = []
    answered = asyncio.Event()

    async def then_408(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(1)
        await read_request(reader)
        writer.write(OK)
        await writer.drain()
        if len(connections) == 1:
            await answered.wait()
            writer.write(b"HTTP/1.1 408 Request Timeout\r\nContent-Length: 0\r\n\r\n")
            await writer.drain()
        await reader.read()  # open until the client goes

    responses = get_twice_across_an_idle_spell(then_408, answered)
    assert [r.status_code for r in responses] == [200, 200]
    assert len(connections) == 2


def test_the_kernels_timed_out_is_a_read_error_not_our_timeout() -> None:
    """ETIMEDOUT from the socket is a TimeoutError too; only asyncio.timeout running out is a
    ReadTimeout (as with anyio)."""

    async def go() -> None:
        async with serving(answer_ok) as port:
            stream = await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=5)
            try:
                stream._reader.set_exception(  # type: ignore[attr-defined]
                    OSError(errno.ETIMEDOUT, "Connection timed out")
                )
                await stream.read(100, timeout=5)
            finally:
                await stream.aclose()

    with pytest.raises(httpcore.ReadError):
        asyncio.run(go())


# httpcore's locks, events and pool timeout from asyncio (``use_asyncio_primitives``).


def test_the_app_s_requests_do_not_load_anyio_s_asyncio_backend() -> None:
    """In a fresh interpreter (pytest's anyio plugin loads anyio here): a request through the
    app's client sets httpcore up on asyncio's primitives and never imports anyio's backend."""
    script = """
import asyncio, ssl, sys
from allegro_issues_desktop.allegro.asyncio_network import ASYNCIO_PRIMITIVES, async_client
from httpcore import _synchronization

async def handler(reader, writer):
    await reader.readuntil(b"\\r\\n\\r\\n")
    writer.write(b"HTTP/1.1 200 OK\\r\\nContent-Length: 2\\r\\n\\r\\nok")
    await writer.drain()
    writer.close()

async def go():
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with async_client(ssl.create_default_context(), timeout=5) as client:
        text = (await client.get(f"http://127.0.0.1:{port}/")).text
    server.close()
    return text

print(asyncio.run(go()), _synchronization.anyio is ASYNCIO_PRIMITIVES,
      "anyio._backends._asyncio" in sys.modules)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    if httpcore.__version__ in KNOWN_HTTPCORE:
        assert done.stdout.split() == ["ok", "True", "False"]
    else:  # a release not checked against the stand-ins: anyio's own, and it works
        assert done.stdout.split() == ["ok", "False", "True"]


def test_an_unchecked_httpcore_release_keeps_anyio(monkeypatch: pytest.MonkeyPatch) -> None:
    from httpcore import _synchronization

    monkeypatch.setattr(httpcore, "__version__", "1.1.0")
    anyio_itself = object()
    monkeypatch.setattr(_synchronization, "anyio", anyio_itself)
    assert use_asyncio_primitives() is False
    assert getattr(_synchronization, "anyio") is anyio_itself  # noqa: B009


def test_a_full_pool_ends_in_httpx_s_pool_timeout() -> None:
    """One connection allowed, held by a request the server never answers: the next request
    waits for the pool's timeout and gets ``httpx.PoolTimeout`` (anyio's ``fail_after`` did)."""
    release = asyncio.Event()

    async def stall(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        await release.wait()
        writer.close()

    async def go() -> None:
        async with (
            serving(stall) as port,
            async_client(
                ssl.create_default_context(),
                timeout=httpx.Timeout(5, pool=0.1),
                limits=httpx.Limits(max_connections=1),
            ) as client,
        ):
            holder = asyncio.create_task(client.get(f"http://127.0.0.1:{port}/held"))
            await asyncio.sleep(0.05)  # the holder has the only connection
            try:
                with pytest.raises(httpx.PoolTimeout):
                    await client.get(f"http://127.0.0.1:{port}/waits")
            finally:
                release.set()
                holder.cancel()
                with suppress(asyncio.CancelledError, httpx.HTTPError):
                    await holder

    asyncio.run(go())


def test_a_request_cancelled_mid_answer_leaves_the_pool_usable() -> None:
    """Cancelling a request that holds the connection (the app cancels stale loads all day)
    frees it: the next request gets an answer, on a new connection."""
    connections: list[int] = []

    async def first_stalls(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(1)
        if len(connections) == 1:
            await read_request(reader)
            await reader.read()  # never answers; ends when the client drops the connection
            writer.close()
            return
        await answer_ok(reader, writer)

    async def go() -> str:
        async with (
            serving(first_stalls) as port,
            async_client(
                ssl.create_default_context(), timeout=5, limits=httpx.Limits(max_connections=1)
            ) as client,
        ):
            stale = asyncio.create_task(client.get(f"http://127.0.0.1:{port}/stale"))
            async with asyncio.timeout(5):
                while not connections:  # noqa: ASYNC110 (the server's side, no event)
                    await asyncio.sleep(0.005)
            stale.cancel()
            with pytest.raises(asyncio.CancelledError):
                await stale
            async with asyncio.timeout(5):
                return (await client.get(f"http://127.0.0.1:{port}/next")).text

    assert asyncio.run(go()) == "ok"
    assert len(connections) == 2


def test_fail_after_turns_only_its_own_expiry_into_a_timeout() -> None:
    async def waits(delay: float | None, seconds: float) -> str:
        with ASYNCIO_PRIMITIVES.fail_after(delay):
            await asyncio.sleep(seconds)
        return "done"

    async def times_out_then_goes_on() -> str:
        with pytest.raises(TimeoutError):
            await waits(0.01, 10)
        task = asyncio.current_task()
        assert task is not None and task.cancelling() == 0  # its cancellation taken back
        try:  # so the task's next deadline is a timeout too, not a cancellation
            async with asyncio.timeout(0.01):
                await asyncio.sleep(10)
        except TimeoutError:
            return "timed out again"
        return "no timeout"

    async def cancelled_from_elsewhere() -> None:
        task = asyncio.create_task(waits(5, 10))
        await asyncio.sleep(0.01)
        task.cancel()
        await task

    assert asyncio.run(waits(None, 0)) == "done"
    assert asyncio.run(waits(5, 0)) == "done"
    with pytest.raises(TimeoutError):
        asyncio.run(waits(0.01, 10))
    with pytest.raises(asyncio.CancelledError):
        asyncio.run(cancelled_from_elsewhere())
    assert asyncio.run(times_out_then_goes_on()) == "timed out again"


def test_fail_after_inside_a_timeout_that_expires_first_is_the_outer_timeout() -> None:
    """Nested deadlines: the outer one running out is not taken for the pool's."""

    async def go() -> str:
        try:
            async with asyncio.timeout(0.01) as outer:
                with ASYNCIO_PRIMITIVES.fail_after(5):
                    await asyncio.sleep(10)
        except TimeoutError as error:
            # The pool's own timeout says so; asyncio.timeout's has no words.
            return "outer" if outer.expired() and not error.args else "inner"
        return "none"

    assert asyncio.run(go()) == "outer"
