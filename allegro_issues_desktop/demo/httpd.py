"""A small threaded HTTP/1.1 server that turns requests into `EmuRequest`s for a dispatcher.

Standard library only (it ships in the app bundle). Keep-alive is on, as clients pool
connections; `close_connections()` cuts idle keep-alive sockets so `stop()` is quick and leaves
no handler threads waiting on a client.

A client that goes away mid-request is normal (the app cancels a load when the seller picks
another issue, and closes its pool at exit): the reset or broken pipe is logged at DEBUG, never
printed as a traceback. Any other failure in a handler thread goes to the log as an error.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import sys
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from allegro_issues_desktop.demo.protocol import EmuRequest, EmuResponse

log = logging.getLogger(__name__)

Dispatch = Callable[[EmuRequest], EmuResponse]

#: Bodies beyond this are refused unread (uploads are capped at 2 MiB anyway).
MAX_BODY = 16 * 1024 * 1024

#: The client closed or reset the connection (ConnectionResetError, BrokenPipeError, ...).
CLIENT_GONE: tuple[type[OSError], ...] = (ConnectionError,)


class EmuHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], dispatch: Dispatch) -> None:
        super().__init__(address, _Handler)
        self.dispatch = dispatch
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Instead of socketserver's traceback on stderr: quiet for a vanished client."""
        error = sys.exc_info()[1]
        if isinstance(error, CLIENT_GONE):
            log.debug("client %s went away: %r", client_address, error)
        else:
            log.error("emulator: request from %s failed", client_address, exc_info=True)

    def close_connections(self) -> None:
        with self._connections_lock:
            open_now = list(self._connections)
        for conn in open_now:
            with contextlib.suppress(OSError):  # already closed by the client
                conn.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "AllegroEmulator/1.0"
    timeout = 60  # an idle keep-alive connection frees its thread after this
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stall
    server: EmuHTTPServer

    def handle(self) -> None:
        try:
            super().handle()
        except CLIENT_GONE as exc:  # reset while reading a request line, headers or a body
            self.close_connection = True
            log.debug("client %s went away: %r", self.client_address, exc)

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def do_PATCH(self) -> None:
        self._handle()

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def _handle(self) -> None:
        body = self._read_body()
        if body is None:
            self.close_connection = True
            self._send(EmuResponse.json(413, {"error": "request body too large"}))
            return
        url = urlsplit(self.path)
        request = EmuRequest(
            method=self.command,
            path=url.path,
            query=parse_qs(url.query, keep_blank_values=True),
            headers={key.lower(): value for key, value in self.headers.items()},
            body=body,
        )
        try:
            response = self.server.dispatch(request)
        except Exception:  # a bug in a route must not kill the connection silently
            log.exception("emulator route failed: %s %s", self.command, self.path)
            response = EmuResponse.json(500, {"errors": [{"code": "InternalServerError"}]})
        self._send(response)

    def _read_body(self) -> bytes | None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        if length > MAX_BODY:
            return None
        return self.rfile.read(length) if length > 0 else b""

    def _read_chunked(self) -> bytes | None:
        parts: list[bytes] = []
        total = 0
        while True:
            size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(parts)
            total += size
            if total > MAX_BODY:
                return None
            parts.append(self.rfile.read(size))
            self.rfile.readline()  # the CRLF after each chunk

    def _send(self, response: EmuResponse) -> None:
        try:
            self.send_response(response.status)
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            self.wfile.write(response.body)
        except OSError as exc:
            self.close_connection = True  # the client went away; nothing to tell it
            log.debug("client %s went away during the response: %r", self.client_address, exc)
