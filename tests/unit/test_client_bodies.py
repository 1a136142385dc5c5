"""Whatever the body, a call ends in a value or a typed error: nesting, garbage, size, types."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from allegro_issues_desktop.allegro import (
    AllegroClient,
    AllegroError,
    ChatClosedError,
    InvalidRequestError,
    InvalidResponseError,
    ServerError,
)
from allegro_issues_desktop.allegro.client import MAX_JSON_BYTES
from allegro_issues_desktop.allegro.errors import (
    MAX_JSON_DEPTH,
    ResponseTooLargeError,
    decode_json,
    error_from_response,
)

from .test_client_support import API, ISSUE_1, JSON_TYPE, issue, json_response, make_client

NESTED_ARRAYS = b"[" * 100_000
NESTED_OBJECTS = b'{"a":' * 100_000


def raw(status: int, body: bytes, content_type: str | None = JSON_TYPE) -> httpx.Response:
    headers = {} if content_type is None else {"Content-Type": content_type}
    return httpx.Response(status, content=body, headers=headers)


async def each_operation(client: AllegroClient) -> dict[str, BaseException | None]:
    """Run every JSON operation once; what each raised (None if it returned)."""
    calls: dict[str, Callable[[], Awaitable[object]]] = {
        "list": lambda: client.list_issues(),
        "detail": lambda: client.get_issue(ISSUE_1),
        "chat": lambda: client.get_chat(ISSUE_1),
        "send": lambda: client.post_message(ISSUE_1, "hi"),
        "upload": lambda: client.upload_attachment("a.png", b"png"),
    }
    results: dict[str, BaseException | None] = {}
    for name, call in calls.items():
        try:
            await call()
        except Exception as exc:
            results[name] = exc
        else:
            results[name] = None
    return results


# ---------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    "body",
    [
        NESTED_ARRAYS,
        NESTED_OBJECTS,
        b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1),  # parses, but too deep
        b'{"id": NaN}',
        b'{"id": Infinity}',
        b'{"id": "\xff\xfe\xc3\x28"}',  # garbled UTF-8
        b'{"n": ' + b"9" * 5000 + b"}",  # int too long to convert
        b"",
        b"<html>",
    ],
)
def test_decode_json_turns_anything_bad_into_value_error(body: bytes) -> None:
    with pytest.raises(ValueError):
        decode_json(body)


def test_decode_json_accepts_nesting_up_to_the_limit() -> None:
    depth = MAX_JSON_DEPTH
    assert decode_json(b"[" * depth + b"]" * depth) is not None


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (409, NESTED_ARRAYS, ChatClosedError),
        (400, NESTED_OBJECTS, InvalidRequestError),
        (500, b'{"errors": [{"code": ' + b"[" * 5000 + b"}", ServerError),
        (409, b'{"errors": [{"code": "\xff\xfe"}]}', ChatClosedError),
        (409, b'{"errors": "not a list"}', ChatClosedError),
        (409, b'{"errors": [1, "x", null]}', ChatClosedError),
        (409, b"[1, 2, 3]", ChatClosedError),
        (418, b"\x00\x01\x02", AllegroError),
    ],
)
def test_error_from_response_never_raises(
    status: int, body: bytes, error: type[AllegroError]
) -> None:
    # Before: RecursionError escaped from json.loads for the nested bodies.
    got = error_from_response(status, body, method="POST", path="/p")
    assert type(got) is error and got.status == status and str(got)


@pytest.mark.parametrize("body", [NESTED_ARRAYS, NESTED_OBJECTS])
def test_nested_json_in_success_and_error_bodies_is_a_typed_error(body: bytes) -> None:
    def success(request: httpx.Request) -> httpx.Response:
        return raw(201 if request.method == "POST" else 200, body)

    def failure(request: httpx.Request) -> httpx.Response:
        return raw(409, body)

    async def go() -> tuple[dict[str, BaseException | None], dict[str, BaseException | None]]:
        ok_client, _ = make_client(success)
        bad_client, _ = make_client(failure)
        return await each_operation(ok_client), await each_operation(bad_client)

    on_success, on_error = asyncio.run(go())
    for name, exc in on_success.items():
        assert isinstance(exc, InvalidResponseError), name
        assert "not JSON" in str(exc)
    for name, exc in on_error.items():
        assert isinstance(exc, ChatClosedError), name


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b'{"issues": "\xff\xfe\xc3\x28", "chat": "\xff"}', JSON_TYPE),  # garbled UTF-8
        (b"<html><body>Zaloguj si\xc4\x99</body></html>", "text/html; charset=utf-8"),
        (json.dumps({"issues": [], "chat": [], "id": ISSUE_1}).encode(), "text/plain"),
        (json.dumps({"issues": [], "chat": [], "id": ISSUE_1}).encode(), "image/png"),
        (b"[]", JSON_TYPE),
        (b'"issues"', JSON_TYPE),
        (b"null", JSON_TYPE),
        (b"12", JSON_TYPE),
        (b"", None),
        (b'{"issues": {"0": {}}, "chat": "x", "id": 7}', JSON_TYPE),  # wrong inner types
        (b'{"issues": [], "chat": [], "id": NaN}', JSON_TYPE),
    ],
)
def test_wrong_bodies_with_a_success_status_are_invalid_responses(
    body: bytes, content_type: str | None
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return raw(201 if request.method == "POST" else 200, body, content_type)

    async def go() -> dict[str, BaseException | None]:
        client, _ = make_client(handler)
        return await each_operation(client)

    results = asyncio.run(go())
    for name, exc in results.items():
        if name == "send" and body.startswith(b"{") and content_type == JSON_TYPE:
            # A message answer is parsed tolerantly: any JSON object is a (sparse) message.
            continue
        assert isinstance(exc, InvalidResponseError), (name, exc)
        assert str(exc)
    for name in ("send", "upload"):
        exc = results[name]
        if exc is not None:
            assert isinstance(exc, AllegroError) and exc.outcome_unknown  # a 2xx to a POST
    assert [r.method for r in seen].count("POST") == 2  # no POST repeated


def test_a_json_content_type_with_parameters_is_json() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return raw(200, json.dumps(issue(1)).encode(), "application/json;charset=UTF-8")

    async def go() -> str | None:
        client, _ = make_client(handler)
        return (await client.get_issue(ISSUE_1)).id

    assert asyncio.run(go()) == ISSUE_1


# ------------------------------------------------------------------- size


class Endless(httpx.AsyncByteStream):
    """A body of 64 MiB, as good as endless; counts what the client pulled."""

    def __init__(self, chunk: bytes = b" " * 65536, total: int = 64 * 1024 * 1024) -> None:
        self.chunk = chunk
        self.total = total
        self.pulled = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while self.pulled < self.total:
            self.pulled += len(self.chunk)
            yield self.chunk


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_json_body_is_read_only_up_to_the_cap(method: str) -> None:
    body = Endless()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=body, headers={"Content-Type": JSON_TYPE})

    async def go() -> AllegroError:
        client, _ = make_client(handler, attempts=1, max_json_bytes=1_000_000)
        with pytest.raises(ResponseTooLargeError) as caught:
            if method == "GET":
                await client.list_issues()
            else:
                await client.post_message(ISSUE_1, "hi")
        return caught.value

    error = asyncio.run(go())
    assert "larger than the 1000000 bytes" in str(error)
    assert body.pulled <= 1_000_000 + 65536  # the cap and one chunk: not retried either
    assert error.outcome_unknown is (method == "POST")


def test_default_json_cap_stops_a_400_mb_body_without_reading_it() -> None:
    body = Endless()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=body, headers={"Content-Type": JSON_TYPE})

    async def go() -> None:
        client, _ = make_client(handler, attempts=1)
        with pytest.raises(ResponseTooLargeError):
            await client.post_message(ISSUE_1, "hi")

    asyncio.run(go())
    assert MAX_JSON_BYTES <= body.pulled <= MAX_JSON_BYTES + 65536
    assert MAX_JSON_BYTES == 8 * 1024 * 1024


def test_announced_length_over_the_cap_fails_before_reading() -> None:
    body = Endless()

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": JSON_TYPE, "Content-Length": str(400 * 1024 * 1024)}
        return httpx.Response(200, stream=body, headers=headers)

    async def go() -> None:
        client, _ = make_client(handler, attempts=1, max_json_bytes=4096)
        with pytest.raises(ResponseTooLargeError) as caught:
            await client.get_chat(ISSUE_1)
        assert caught.value.limit == 4096

    asyncio.run(go())
    assert body.pulled == 0


def test_a_huge_error_body_is_cut_and_still_maps_by_status() -> None:
    body = Endless(b'{"errors": [' + b" " * 65536)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(409, stream=body, headers={"Content-Type": JSON_TYPE})

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(ChatClosedError):
            await client.post_message(ISSUE_1, "hi")

    asyncio.run(go())
    assert body.pulled <= 2 * 65548


def test_download_has_its_own_cap(tmp_path: Path) -> None:
    body = Endless()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=body, headers={"Content-Type": "image/png"})

    async def go() -> None:
        client, _ = make_client(handler, attempts=1, max_download_bytes=300_000)
        with pytest.raises(ResponseTooLargeError):
            await client.download_attachment(f"{API}/sale/issues/attachments/a", tmp_path / "a")

    asyncio.run(go())
    assert body.pulled <= 300_000 + 65536
    assert list(tmp_path.iterdir()) == []


def test_download_cap_default_leaves_room_above_allegros_limit(tmp_path: Path) -> None:
    payload = b"\x89PNG" + b"x" * 2_097_152  # just over Allegro's 2 MiB

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=payload, headers={"Content-Type": "image/png"})

    async def go() -> Path:
        client, _ = make_client(handler)
        return await client.download_attachment(f"{API}/sale/issues/a", tmp_path / "a.png")

    assert asyncio.run(go()).read_bytes() == payload


def test_download_of_an_html_page_is_refused(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return raw(200, b"<html>login</html>", "text/html")

    async def go() -> None:
        client, _ = make_client(handler, attempts=1)
        with pytest.raises(InvalidResponseError):
            await client.download_attachment(f"{API}/sale/issues/attachments/a", tmp_path / "a")

    asyncio.run(go())
    assert list(tmp_path.iterdir()) == []


# -------------------------------------------------------- answers to checks


@pytest.mark.parametrize(
    ("answer", "what"),
    [(issue(2), "another issue's id"), ({k: v for k, v in issue(1).items() if k != "id"}, "no")],
)
def test_get_issue_refuses_an_answer_about_another_issue(answer: dict[str, Any], what: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, answer)

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(InvalidResponseError) as caught:
            await client.get_issue(ISSUE_1)
        assert what in str(caught.value) and "issue-00002" not in str(caught.value)

    asyncio.run(go())
    assert len(seen) == 3  # retried like any malformed answer, then refused


@pytest.mark.parametrize(
    ("path", "answer"),
    [
        ("list", {}),
        ("list", {"issues": None}),
        ("list", {"issues": {"a": 1}}),
        ("chat", {}),
        ("chat", {"chat": "x"}),
    ],
)
def test_list_and_chat_answers_without_their_list_are_invalid(
    path: str, answer: dict[str, Any]
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(200, answer)

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(InvalidResponseError):
            if path == "list":
                await client.list_issues()
            else:
                await client.get_chat(ISSUE_1)

    asyncio.run(go())


def test_verdict_ignores_a_json_body_but_refuses_an_html_page() -> None:
    answers = iter(
        [raw(200, b"{broken", JSON_TYPE), raw(200, b"", None), raw(200, b"<html>", "text/html")]
    )

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers)

    async def go() -> InvalidResponseError:
        client, _ = make_client(handler)
        await client.change_claim_status(ISSUE_1, "REJECTED_OTHER", "x")
        await client.change_claim_status(ISSUE_1, "REJECTED_OTHER", "x")
        with pytest.raises(InvalidResponseError) as caught:
            await client.change_claim_status(ISSUE_1, "REJECTED_OTHER", "x")
        return caught.value

    error = asyncio.run(go())
    assert error.outcome_unknown  # a 200 to a POST: it may have been processed


@pytest.mark.parametrize(
    ("status", "unknown"),
    [(500, True), (502, True), (504, True), (302, True), (409, False), (400, False)],
)
def test_post_error_statuses_say_whether_allegro_may_have_processed_it(
    status: int, unknown: bool
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return raw(status, b"")

    async def go() -> AllegroError:
        client, _ = make_client(handler)
        with pytest.raises(AllegroError) as caught:
            await client.post_message(ISSUE_1, "hi")
        return caught.value

    error = asyncio.run(go())
    assert error.status == status and error.outcome_unknown is unknown
    assert len(seen) == 1


def test_upload_location_that_is_not_a_url_is_an_invalid_response() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(201, {"id": "a"}, {"Location": "http://[::1"})

    async def go() -> None:
        client, _ = make_client(handler)
        with pytest.raises(InvalidResponseError):
            await client.upload_attachment("x.png", b"png")

    asyncio.run(go())
