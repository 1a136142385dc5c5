"""The client against a hostile server: every operation x every misbehaviour.

Each case must end within its deadline (asserted generously: under 5x the configured one) in an
:class:`AllegroError` with a non-empty text, or succeed where the operation rightly does not
look at the broken part (a verdict ignores a 200's JSON body). For the unsafe operations (send,
upload declaration, upload PUT, verdict) the server counts the requests: none is repeated once
Allegro may have processed it, and then ``outcome_unknown`` is set so the caller re-reads the
chat before offering a resend.

Real sockets, real clock, small limits: deadline 0.3 s, JSON cap 256 KiB, download cap 256 KiB.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import time
from collections.abc import Awaitable, Callable
from contextlib import aclosing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from allegro_issues_desktop.allegro import (
    AllegroClient,
    AllegroError,
    AuthenticationError,
    RateLimitedError,
    RetryPolicy,
    StaticTokenProvider,
)

from .server import (
    Behaviour,
    HostileServer,
    Request,
    answer,
    close,
    closed_port_url,
    cut_body,
    endless,
    hang,
    raw,
    reset,
    trickle_body,
    trickle_headers,
)

DEADLINE = 0.3
CAP = 256 * 1024
TOKEN = "hostile-token-0123456789abcdef"
ISSUE = "issue-00001"
JSON = "application/vnd.allegro.beta.v1+json"
POLICY = RetryPolicy(attempts=4, base=0.002, cap=0.01)
CLIENT_OPTIONS: dict[str, Any] = {
    "retry": POLICY,
    "timeout": DEADLINE,
    "connect_timeout": DEADLINE,
    "transfer_rate": 1e9,  # attachments get the same deadline as JSON calls here
    "max_json_bytes": CAP,
    "max_download_bytes": CAP,
}


# ------------------------------------------------------------------ operations


@dataclass(frozen=True)
class Operation:
    run: Callable[[AllegroClient, Path], Awaitable[object]]
    #: The request the hostile behaviour answers; all others are answered properly.
    method: str
    path: str
    #: POST/PUT: no idempotency key, must not be repeated once Allegro may have processed it.
    unsafe: bool


async def _list(client: AllegroClient, tmp: Path) -> object:
    async with aclosing(client.iter_issue_pages()) as pages:
        return [page async for page in pages]


async def _listed(client: AllegroClient, tmp: Path) -> object:
    """The full sync's list: lean issues with their JSON (the fast decoder, or the generic
    path for what it does not read exactly)."""
    async with aclosing(client.iter_listed_pages()) as pages:
        return [page async for page in pages]


async def _prepared(client: AllegroClient, tmp: Path) -> object:
    """The same, each page prepared on the worker thread that decoded it."""
    async with aclosing(client.iter_prepared_pages(len)) as pages:
        return [page async for page in pages]


OPERATIONS: dict[str, Operation] = {
    "list": Operation(_list, "GET", "/sale/issues", unsafe=False),
    "listed": Operation(_listed, "GET", "/sale/issues", unsafe=False),
    "prepared": Operation(_prepared, "GET", "/sale/issues", unsafe=False),
    "detail": Operation(
        lambda c, t: c.get_issue(ISSUE), "GET", f"/sale/issues/{ISSUE}", unsafe=False
    ),
    "chat": Operation(
        lambda c, t: c.get_chat(ISSUE), "GET", f"/sale/issues/{ISSUE}/chat", unsafe=False
    ),
    "send": Operation(
        lambda c, t: c.post_message(ISSUE, "Dzień dobry"),
        "POST",
        f"/sale/issues/{ISSUE}/message",
        unsafe=True,
    ),
    "upload": Operation(
        lambda c, t: c.upload_attachment("a.png", b"\x89PNG"),
        "POST",
        "/sale/issues/attachments",
        unsafe=True,
    ),
    "upload-put": Operation(
        lambda c, t: c.upload_attachment("a.png", b"\x89PNG"),
        "PUT",
        "/sale/issues/attachments/att-1",
        unsafe=True,
    ),
    "verdict": Operation(
        lambda c, t: c.change_claim_status(ISSUE, "REJECTED_OTHER", "Nie"),
        "POST",
        f"/sale/issues/{ISSUE}/status",
        unsafe=True,
    ),
    "download": Operation(
        lambda c, t: c.download_attachment(f"{c.api_url}/sale/issues/attachments/a1", t / "a1"),
        "GET",
        "/sale/issues/attachments/a1",
        unsafe=False,
    ),
}

#: Operations that do not read a 2xx body as data: verdict and upload PUT accept an empty or
#: JSON-typed body whatever it holds; a download takes any bytes that are not a web page.
IGNORES_JSON_BODY = frozenset({"verdict", "upload-put"})
TAKES_BYTES = frozenset({"download"})


def good(request: Request) -> Behaviour:
    """The proper answer to a request the case does not target."""
    if request.method == "POST" and request.path == "/sale/issues/attachments":
        return answer(
            201,
            b'{"id": "att-1"}',
            [("Content-Type", JSON), ("Location", "/sale/issues/attachments/att-1")],
        )
    return answer(404, b'{"errors": [{"code": "NOT_FOUND"}]}', [("Content-Type", JSON)])


# ------------------------------------------------------------------------ cases


@dataclass(frozen=True)
class Case:
    behaviour: Behaviour | None  # None: nothing listens (connection refused)
    #: "unsent" (never reached), "refused" (a 4xx: Allegro did not process it), "maybe"
    #: (reached, may have been processed: unsafe requests must not be repeated).
    reach: str = "maybe"
    #: May an unsafe request be repeated (429: provably not processed)?
    repeatable: bool = False
    #: Operations for which success is the right ending.
    ok: frozenset[str] = field(default_factory=frozenset)


def status(
    code: int, body: bytes = b"", headers: list[tuple[str | bytes, str | bytes]] | None = None
) -> Behaviour:
    return answer(code, body, [("Content-Type", JSON), *(headers or [])])


def error_body(code: str) -> bytes:
    return json.dumps(
        {"errors": [{"code": code, "message": "hostile", "userMessage": "x"}]}
    ).encode()


def body_case(body: bytes, content_type: str | None = JSON, **extra: Any) -> Case:
    """A 2xx whose framing is fine and whose body is wrong for JSON readers."""
    headers = [] if content_type is None else [("Content-Type", content_type)]
    ok: set[str] = set(extra.pop("ok", ()))
    is_json_typed = content_type is None or "json" in content_type
    if is_json_typed or not body.strip():
        ok |= IGNORES_JSON_BODY
    if not (content_type or "").startswith("text/html") and len(body) <= CAP:
        ok |= TAKES_BYTES
    return Case(answer(200, body, headers), ok=frozenset(ok), **extra)


def retry_after(value: bytes) -> Case:
    return Case(
        status(429, error_body("TooManyRequests"), [("Retry-After", value)]),
        reach="refused",
        repeatable=True,
    )


HUGE = b'{"issues": [' + b'"' + b"x" * (2 * CAP) + b'"]}'
TOLERANT_OBJECT = frozenset({"send"})  # a message answer is any JSON object, parsed tolerantly

CASES: dict[str, Case] = {
    # transport
    "refused": Case(None, reach="unsent"),
    "hang": Case(hang),
    "reset-at-once": Case(reset),
    "close-at-once": Case(close),
    "reset-mid-body": Case(cut_body(rst=True)),
    "close-mid-body": Case(cut_body(rst=False)),
    "trickle-headers": Case(trickle_headers),
    "trickle-body": Case(trickle_body(200)),
    "trickle-error-body": Case(trickle_body(409, b'{"errors": ['), reach="refused"),
    "trickle-5xx-body": Case(trickle_body(503, b"<html>")),
    "not-http": Case(raw(b"hello, this is not HTTP\r\n\r\n")),
    "bad-status-line": Case(raw(b"HTTP/1.1 abc Nope\r\nContent-Length: 0\r\n\r\n")),
    "bad-content-length": Case(raw(b"HTTP/1.1 200 OK\r\nContent-Length: \xc2\xb2\r\n\r\n{}")),
    # statuses
    **{
        f"status-{code}": Case(status(code, error_body(f"E{code}")), reach="refused")
        for code in (400, 401, 403, 404, 406, 409, 413, 415, 422, 418)
    },
    **{
        f"status-{code}": Case(status(code, error_body(f"E{code}")))
        for code in (500, 502, 503, 504)
    },
    "status-500-html": Case(answer(500, b"<html>Internal</html>", [("Content-Type", "text/html")])),
    "redirect-302": Case(answer(302, b"", [("Location", "https://evil.test/steal")])),
    "redirect-303-same-host": Case(answer(303, b"", [("Location", "/sale/issues")])),
    # 429 and odd Retry-After values
    "429-no-retry-after": retry_after(b""),
    "429-superscript-two": retry_after("\u00b2".encode()),
    "429-minus-one": retry_after(b"-1"),
    "429-1e999": retry_after(b"1e999"),
    "429-nan": retry_after(b"NaN"),
    "429-date-future": retry_after(b"Fri, 31 Dec 9999 23:59:59 GMT"),
    "429-date-past": retry_after(b"Wed, 21 Oct 2015 07:28:00 GMT"),
    "429-huge": retry_after(b"9" * 40),
    "429-garbage-bytes": retry_after(b"\xff\xfe x"),
    # error bodies
    "409-nested-error-body": Case(status(409, b"[" * 100_000), reach="refused"),
    "400-nested-object-error-body": Case(status(400, b'{"a":' * 100_000), reach="refused"),
    "500-nested-error-body": Case(status(500, b"[" * 100_000)),
    "409-endless-error-body": Case(endless(409), reach="refused"),
    # 2xx bodies
    "malformed": body_case(b'{"issues": [{"id": "x"'),
    "nested-arrays": body_case(b"[" * 100_000),
    "nested-objects": body_case(b'{"a":' * 100_000),
    "huge": body_case(HUGE),
    "endless": Case(endless(200), ok=IGNORES_JSON_BODY),
    "top-level-array": body_case(b"[]"),
    "top-level-string": body_case(b'"issues"'),
    "top-level-null": body_case(b"null"),
    "wrong-inner-types": body_case(b'{"issues": "x", "chat": 5, "id": 7}', ok=TOLERANT_OBJECT),
    "empty-object": body_case(b"{}", ok=TOLERANT_OBJECT),
    "another-issue": body_case(b'{"id": "issue-99999"}', ok=TOLERANT_OBJECT),
    "garbled-utf8": body_case(b'{"issues": ["\xff\xfe\xc3\x28"], "id": "\xc3"}'),
    "nan": body_case(b'{"issues": [NaN], "id": NaN}'),
    "empty-body": body_case(b""),
    "html-200": body_case(b"<!doctype html><title>Wi-Fi login</title>", "text/html; charset=utf-8"),
    "text-plain-json": body_case(b'{"issues": [], "chat": []}', "text/plain"),
    "octet-stream": body_case(b"\x00\x01\x02\x03", "application/octet-stream"),
    "no-content-204": Case(answer(204), ok=IGNORES_JSON_BODY | TAKES_BYTES),
    "broken-gzip": Case(
        answer(200, b"not gzip at all", [("Content-Type", JSON), ("Content-Encoding", "gzip")])
    ),
    "gzip-bomb": Case(
        answer(
            200,
            gzip.compress(b"[" * (4 * CAP)),
            [("Content-Type", JSON), ("Content-Encoding", "gzip")],
        ),
        ok=IGNORES_JSON_BODY,
    ),
}


# ------------------------------------------------------------------------- test


def run_case(
    operation: Operation, case: Case, tmp: Path
) -> tuple[BaseException | None, float, HostileServer | None]:
    def respond(request: Request) -> Behaviour:
        if request.method == operation.method and request.path == operation.path:
            assert case.behaviour is not None
            return case.behaviour
        return good(request)

    server = None if case.behaviour is None else HostileServer(respond, lifetime=20)
    url = closed_port_url() if server is None else server.url

    async def go() -> tuple[BaseException | None, float]:
        async with AllegroClient(url, StaticTokenProvider(TOKEN), **CLIENT_OPTIONS) as client:
            started = time.monotonic()
            try:
                async with asyncio.timeout(10):  # a guard: a missing deadline fails, not hangs
                    await operation.run(client, tmp)
            except Exception as exc:
                return exc, time.monotonic() - started
            return None, time.monotonic() - started

    try:
        outcome, elapsed = asyncio.run(go())
    finally:
        if server is not None:
            server.stop()
    return outcome, elapsed, server


@pytest.mark.parametrize("case_name", list(CASES))
@pytest.mark.parametrize("op_name", list(OPERATIONS))
def test_hostile(op_name: str, case_name: str, tmp_path: Path) -> None:
    operation, case = OPERATIONS[op_name], CASES[case_name]
    outcome, elapsed, server = run_case(operation, case, tmp_path)

    assert elapsed < 5 * DEADLINE, f"took {elapsed:.2f} s"
    targeted = 0 if server is None else server.count(operation.method, operation.path)

    if op_name in case.ok:
        assert outcome is None, f"{type(outcome).__name__}: {outcome}"
        assert targeted == 1
        return

    assert isinstance(outcome, AllegroError), f"{type(outcome).__name__}: {outcome!r}"
    assert str(outcome).strip()
    assert TOKEN not in str(outcome)
    if op_name == "download":
        assert list(tmp_path.iterdir()) == []  # no half file left behind

    if not operation.unsafe:
        # Reads are retried, within bounds: transport failures plus malformed answers.
        assert targeted <= POLICY.attempts + POLICY.malformed_retries
        return
    if case.reach == "unsent":
        assert targeted == 0 and not outcome.outcome_unknown
    elif case.repeatable:
        assert isinstance(outcome, RateLimitedError) and not outcome.outcome_unknown
        assert targeted >= 1
    elif case.reach == "refused":
        assert not outcome.outcome_unknown
        assert targeted == 1 or isinstance(outcome, AuthenticationError)
    else:
        # Allegro may have processed it: never repeated, and the caller is told so.
        assert targeted == 1, f"{operation.method} sent {targeted} times"
        assert outcome.outcome_unknown, f"{type(outcome).__name__}: {outcome}"


def test_matrix_size() -> None:
    # The report quotes this number; a shrinking matrix should be a visible decision.
    assert len(OPERATIONS) * len(CASES) >= 400
