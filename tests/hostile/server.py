"""A deliberately hostile HTTP server for the client tests (standard library, raw sockets).

``HostileServer(respond)`` listens on 127.0.0.1 and, for each request, calls
``respond(request)`` to pick a :data:`Behaviour`: a function that writes whatever it likes to the
socket (a proper answer, half an answer, a reset, one byte at a time, nothing at all). Raw
sockets rather than ``http.server`` because several behaviours are not HTTP.

Bounded: every connection runs on its own daemon thread, every wait ends when the server stops,
and the server stops itself after ``lifetime`` seconds even if a test forgets to.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

_MAX_HEAD = 1 << 20
_TICK = 0.05


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Behaviour = Callable[["HostileServer", socket.socket, Request], None]
Responder = Callable[[Request], Behaviour]


class HostileServer:
    """Answers every request with the behaviour ``respond`` picks; records what it received.

    Attributes:
        url: ``http://127.0.0.1:<port>``.
        requests: Every complete request received, in order.
    """

    def __init__(self, respond: Responder, *, lifetime: float = 30.0) -> None:
        self._respond = respond
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self.requests: list[Request] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self._port}"
        self._acceptor = threading.Thread(target=self._accept, name="hostile-accept", daemon=True)
        self._acceptor.start()
        self._timer = threading.Timer(lifetime, self.stop)  # stops itself, whatever happens
        self._timer.daemon = True
        self._timer.start()

    def __enter__(self) -> HostileServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def count(self, method: str, path: str | None = None) -> int:
        with self._lock:
            return sum(
                1 for r in self.requests if r.method == method and (path is None or r.path == path)
            )

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True if the server is stopping (the behaviour should end)."""
        return self._stopping.wait(seconds)

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def stop(self) -> None:
        """Stop accepting, end every behaviour still running, and wait for their threads."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        self._timer.cancel()
        # Wake the blocking accept() with a connection of our own.
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self._port), 1):
            pass
        self._acceptor.join(timeout=5)
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            if thread is not threading.current_thread():
                thread.join(timeout=5)
        self._listener.close()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                break
            if self._stopping.is_set():
                conn.close()
                break
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            with self._lock:
                self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(5)
            request = _read_request(conn)
            if request is None:
                return
            with self._lock:
                self.requests.append(request)
            self._respond(request)(self, conn, request)
        except OSError:
            pass  # the client went away: expected for most behaviours
        finally:
            conn.close()


def _read_request(conn: socket.socket) -> Request | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk or len(data) > _MAX_HEAD:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or "0")
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return Request(method, target.split("?", 1)[0], headers, body[:length])


# ------------------------------------------------------------------ behaviours

Headers = Iterable[tuple[bytes | str, bytes | str]]


def _b(value: bytes | str) -> bytes:
    return value if isinstance(value, bytes) else value.encode("latin-1")


def head(status: int, headers: Headers = (), *, length: int | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} Hostile".encode(), b"Connection: close"]
    lines += [_b(k) + b": " + _b(v) for k, v in headers]
    if length is not None:
        lines.append(f"Content-Length: {length}".encode())
    return b"\r\n".join(lines) + b"\r\n\r\n"


def answer(status: int, body: bytes = b"", headers: Headers = ()) -> Behaviour:
    """A complete, well-framed answer (whatever its body says)."""

    def act(server: HostileServer, conn: socket.socket, request: Request) -> None:
        conn.sendall(head(status, headers, length=len(body)) + body)

    return act


def hang(server: HostileServer, conn: socket.socket, request: Request) -> None:
    """Read the request, never answer."""
    server.wait(60)


def reset(server: HostileServer, conn: socket.socket, request: Request) -> None:
    """Read the request, reset the connection (RST) without a word."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def close(server: HostileServer, conn: socket.socket, request: Request) -> None:
    """Read the request, close the connection (FIN) without a word."""


def cut_body(*, rst: bool, status: int = 200) -> Behaviour:
    """Announce 1000 bytes, send 10, then reset or close."""

    def act(server: HostileServer, conn: socket.socket, request: Request) -> None:
        conn.sendall(
            head(status, [("Content-Type", "application/json")], length=1000) + b'{"issues":'
        )
        if rst:
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    return act


def trickle_headers(server: HostileServer, conn: socket.socket, request: Request) -> None:
    """The status line, then one header byte at a time, for ever."""
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    while not server.wait(_TICK):
        conn.sendall(b"X")


def trickle_body(status: int, first: bytes = b"{") -> Behaviour:
    """A status and headers, then one body byte at a time (never past every per-read timeout)."""

    def act(server: HostileServer, conn: socket.socket, request: Request) -> None:
        conn.sendall(head(status, [("Content-Type", "application/json")], length=10**6) + first)
        while not server.wait(_TICK):
            conn.sendall(b" ")

    return act


def endless(status: int = 200, content_type: str = "application/json") -> Behaviour:
    """A body without length that does not end until the client hangs up (at most 400 MB)."""

    def act(server: HostileServer, conn: socket.socket, request: Request) -> None:
        conn.sendall(head(status, [("Content-Type", content_type)]) + b'{"issues": ["')
        chunk = b"x" * 65536
        for _ in range(400 * 16):
            if server.stopping:
                return
            conn.sendall(chunk)

    return act


def raw(data: bytes) -> Behaviour:
    """Bytes that are not an HTTP answer at all, then close."""

    def act(server: HostileServer, conn: socket.socket, request: Request) -> None:
        conn.sendall(data)

    return act


def closed_port_url() -> str:
    """A URL on which nothing listens (connection refused)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
