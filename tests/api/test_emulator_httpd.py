"""The emulator's HTTP server stays quiet when a client goes away mid-request."""

from __future__ import annotations

import asyncio
import logging
import socket
import struct
import threading
from collections.abc import Callable, Iterator

import httpx
import pytest

from allegro_issues_desktop.demo.httpd import EmuHTTPServer
from allegro_issues_desktop.demo.protocol import EmuRequest, EmuResponse

LOGGER = "allegro_issues_desktop.demo.httpd"
WAIT_S = 10.0


class _Records(logging.Handler):
    """Collects the server's records and lets a test wait for one (no sleeps)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self._changed = threading.Condition()

    def emit(self, record: logging.LogRecord) -> None:
        with self._changed:
            self.records.append(record)
            self._changed.notify_all()

    def wait_for(self, predicate: Callable[[logging.LogRecord], bool]) -> logging.LogRecord:
        with self._changed:
            found = self._changed.wait_for(
                lambda: next((r for r in self.records if predicate(r)), None), timeout=WAIT_S
            )
        assert found is not None, [r.getMessage() for r in self.records]
        return found


@pytest.fixture
def records() -> Iterator[_Records]:
    handler = _Records()
    logger = logging.getLogger(LOGGER)
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(old_level)


@pytest.fixture
def entered() -> threading.Event:
    return threading.Event()


@pytest.fixture
def release() -> threading.Event:
    return threading.Event()


@pytest.fixture
def server(entered: threading.Event, release: threading.Event) -> Iterator[EmuHTTPServer]:
    def dispatch(request: EmuRequest) -> EmuResponse:
        if request.path == "/slow":
            entered.set()
            release.wait(WAIT_S)
            return EmuResponse(200, b"x" * 8_000_000)
        return EmuResponse.json(200, {"path": request.path})

    srv = EmuHTTPServer(("127.0.0.1", 0), dispatch)
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield srv
    release.set()
    srv.shutdown()
    srv.close_connections()
    srv.server_close()
    thread.join(WAIT_S)


def _url(server: EmuHTTPServer, path: str) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}{path}"


def _send_then_reset(server: EmuHTTPServer, data: bytes) -> None:
    """Send part of a request, then abort the connection with a TCP reset (SO_LINGER 0)."""
    host, port = server.server_address[:2]
    with socket.create_connection((str(host), int(port))) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.sendall(data)


def _gone(record: logging.LogRecord) -> bool:
    return "went away" in record.getMessage()


@pytest.mark.parametrize(
    "partial",
    [
        b"POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\nonly a few bytes",
        b"GET /x HTTP/1.1\r\nHost: a\r\nAccept: app",  # reset inside the headers
    ],
    ids=["mid-body", "mid-headers"],
)
def test_a_reset_mid_request_is_logged_at_debug_not_printed(
    server: EmuHTTPServer,
    records: _Records,
    capfd: pytest.CaptureFixture[str],
    partial: bytes,
) -> None:
    _send_then_reset(server, partial)
    record = records.wait_for(_gone)
    assert record.levelno == logging.DEBUG
    assert "ConnectionResetError" in record.getMessage()
    # The server goes on serving.
    assert httpx.get(_url(server, "/after")).json() == {"path": "/after"}
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Exception occurred" not in err
    assert not [r for r in records.records if r.levelno >= logging.WARNING]


def test_a_cancelled_httpx_request_leaves_no_traceback(
    server: EmuHTTPServer,
    records: _Records,
    entered: threading.Event,
    release: threading.Event,
    capfd: pytest.CaptureFixture[str],
) -> None:
    async def cancel_mid_request() -> None:
        async with httpx.AsyncClient() as client:
            task = asyncio.create_task(client.get(_url(server, "/slow")))
            assert await asyncio.to_thread(entered.wait, WAIT_S)
            task.cancel()  # httpx drops the connection while the server is still working
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(cancel_mid_request())
    release.set()  # now the server writes 8 MB to a closed connection
    record = records.wait_for(_gone)
    assert record.levelno == logging.DEBUG
    assert httpx.get(_url(server, "/after")).json() == {"path": "/after"}
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Exception occurred" not in err


def test_other_handler_failures_go_to_the_log_as_errors(
    server: EmuHTTPServer, records: _Records
) -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        server.handle_error(None, ("127.0.0.1", 1))
    record = records.wait_for(lambda r: r.levelno == logging.ERROR)
    assert record.exc_info is not None and record.exc_info[0] is ValueError
