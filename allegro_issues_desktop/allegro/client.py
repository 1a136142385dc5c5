"""``AllegroClient``: the /sale/issues API over one shared ``httpx.AsyncClient``. No Qt.

What every call gets:

- headers: Allegro's beta media type (``Accept`` and the ``Content-Type`` of JSON bodies),
  ``Accept-Language`` (``client.language``, follows the UI), the mandatory ``User-Agent``, and the
  bearer token from the injected :class:`~.tokens.TokenProvider`;
- the bearer token goes only to the configured API origin (scheme, host, port): attachment URLs
  and upload ``Location`` headers elsewhere raise :class:`~.errors.UnsafeUrlError` before any
  request, and redirects are never followed (a redirect must not carry the token anywhere);
- a 401 asks the provider for a refreshed token once, then repeats the request once;
- a concurrency cap and a sliding 60 s request budget shared by all calls (:mod:`.ratelimit`);
- typed errors (:mod:`.errors`) whose texts never contain the token.

Retries: GET (reads, downloads) are retried on 429, 5xx, transport errors and malformed JSON with
bounded backoff (:mod:`.retry`). POST and PUT (message, verdict, attachment) have no idempotency
key, so they are repeated only when Allegro provably did not process them: after a 401, a 429,
or a failure to connect. A POST whose outcome is unknown (timeout, reset) raises
:class:`~.errors.NetworkError` with ``outcome_unknown`` set (``timed_out`` for timeouts): the
caller re-reads the chat before offering a resend.
"""

from __future__ import annotations

import asyncio
import json
import mimetypes
import os
import tempfile
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self, TypeVar
from urllib.parse import quote

import httpx

from .. import PROJECT_URL, __version__
from ..domain import ChatMessage, Issue, Money, merge_chat
from ..domain.codes import ATTACHMENT_CONTENT_TYPES, MAX_ATTACHMENT_BYTES
from ..domain.parsing import parse_chat, parse_chat_message, parse_issue, parse_issue_list
from .errors import (
    AllegroError,
    AuthenticationError,
    InvalidRequestError,
    InvalidResponseError,
    NetworkError,
    PayloadTooLargeError,
    UnsupportedMediaTypeError,
    error_from_response,
)
from .ratelimit import RequestBudget
from .retry import RetryPolicy, parse_retry_after
from .tokens import TokenProvider
from .urls import require_same_origin

T = TypeVar("T")

JSON_MEDIA_TYPE = "application/vnd.allegro.beta.v1+json"
USER_AGENT = f"AllegroIssuesDesktop/{__version__} (+{PROJECT_URL})"
#: Allegro's maximum ``limit`` for both the issue list and the chat.
MAX_PAGE_SIZE = 100
#: A chat longer than this many pages means the server is misbehaving; stop rather than loop.
MAX_CHAT_PAGES = 200
#: Attachments are at most 2 MiB on upload; refuse absurd downloads instead of filling the disk.
MAX_DOWNLOAD_BYTES = 64 * 1024 * 1024
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Failures that happen before the request leaves this machine: safe to repeat even for a POST.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_UPLOAD_TYPES = frozenset(ATTACHMENT_CONTENT_TYPES.values())


@dataclass(frozen=True, slots=True)
class _Call:
    method: str
    url: httpx.URL
    path: str  # for error texts
    params: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None
    content_type: str | None = None
    accept: str = JSON_MEDIA_TYPE
    #: Safe to repeat after an ambiguous failure (GET); False for POST/PUT.
    idempotent: bool = True


@dataclass(frozen=True, slots=True)
class _ErrorStatus:
    status: int
    body: bytes
    retry_after: float | None


OnSuccess = Callable[[httpx.Response], Awaitable[T]]


class AllegroClient:
    def __init__(
        self,
        api_url: str,
        tokens: TokenProvider,
        *,
        language: str = "pl-PL",
        requests_per_minute: int = 9000,
        max_concurrency: int = 6,
        http: httpx.AsyncClient | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.api_url = api_url.rstrip("/")
        self._api = httpx.URL(self.api_url)
        if self._api.scheme not in ("http", "https") or not self._api.host:
            raise ValueError(f"not an http(s) API URL: {api_url!r}")
        #: ``Accept-Language`` of every request; settable (follows the UI language).
        self.language = language
        self._tokens = tokens
        self._retry = retry or RetryPolicy()
        self._budget = RequestBudget(
            requests_per_minute, clock=self._retry.clock, sleep=self._retry.sleep
        )
        self._slots = asyncio.Semaphore(max(1, max_concurrency))
        self._owns_http = http is None
        self._http = http or httpx.AsyncClient(
            timeout=DEFAULT_TIMEOUT,
            follow_redirects=False,
            limits=httpx.Limits(max_connections=max(1, max_concurrency)),
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP client if this object created it (an injected one is the caller's)."""
        if self._owns_http:
            await self._http.aclose()

    # ----------------------------------------------------------------- issues

    async def list_issues(
        self,
        *,
        limit: int = MAX_PAGE_SIZE,
        offset: int = 0,
        statuses: Sequence[str] = (),
        checkout_form_id: str | None = None,
    ) -> list[Issue]:
        """One page of ``GET /sale/issues`` (newest opened first)."""
        params = [("limit", str(limit)), ("offset", str(offset))]
        params += [("status", s) for s in statuses]
        if checkout_form_id:
            params.append(("checkoutForm.id", checkout_form_id))
        data = await self._get_json("/sale/issues", params)
        return parse_issue_list(data)

    async def iter_issue_pages(
        self,
        *,
        statuses: Sequence[str] = (),
        checkout_form_id: str | None = None,
        page_size: int = MAX_PAGE_SIZE,
        prefetch: int = 4,
    ) -> AsyncGenerator[list[Issue], None]:
        """All issues, page by page, in list order; empty pages are not yielded.

        The list has no total count, so sequential paging costs one round trip per page. After
        a first full page, this keeps ``prefetch`` page requests in flight (offsets k*page_size)
        and yields them in order. It stops at the first short page (or one with no new ids: a
        server ignoring ``offset``) and cancels the requests still in flight. A first page alone
        keeps the common small account at one request. Close the iterator when leaving early
        (``contextlib.aclosing``) so outstanding requests are cancelled at once.
        """
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be 1..{MAX_PAGE_SIZE}")
        window = 1
        next_offset = 0
        pending: deque[asyncio.Task[list[Issue]]] = deque()
        seen: set[str] = set()

        def top_up() -> None:
            nonlocal next_offset
            while len(pending) < window:
                request = self.list_issues(
                    limit=page_size,
                    offset=next_offset,
                    statuses=statuses,
                    checkout_form_id=checkout_form_id,
                )
                pending.append(asyncio.ensure_future(request))
                next_offset += page_size

        try:
            top_up()
            while pending:
                page = await pending.popleft()
                fresh = [i for i in page if i.id is None or i.id not in seen]
                seen.update(i.id for i in fresh if i.id is not None)
                last = len(page) < page_size or not fresh
                if not last:
                    # Schedule the next requests before yielding so that they run while the
                    # caller handles this page.
                    window = max(1, prefetch)
                    top_up()
                if fresh:
                    yield fresh
                if last:
                    return
        finally:
            for task in pending:
                task.cancel()
            # Wait for the cancellations so no request outlives the iterator (and no
            # "exception was never retrieved" warnings).
            await asyncio.gather(*pending, return_exceptions=True)

    async def get_issue(self, issue_id: str) -> Issue:
        data = await self._get_json(f"/sale/issues/{_seg(issue_id)}")
        return parse_issue(data)

    # ------------------------------------------------------------------- chat

    async def get_chat(self, issue_id: str) -> list[ChatMessage]:
        """The whole chat, oldest first, de-duplicated by id (``merge_chat``).

        Allegro's chat paging is unreliable (order differs by issue type, ``offset`` has been
        ignored): stop at a short page, or at a page that brings no id not seen before.
        """
        path = f"/sale/issues/{_seg(issue_id)}/chat"
        batches: list[list[ChatMessage]] = []
        seen: set[str] = set()
        offset = 0
        for _ in range(MAX_CHAT_PAGES):
            params = [("limit", str(MAX_PAGE_SIZE)), ("offset", str(offset))]
            page = parse_chat(await self._get_json(path, params))
            new_ids = {m.id for m in page if m.id is not None} - seen
            seen |= new_ids
            batches.append(page)
            if len(page) < MAX_PAGE_SIZE or not new_ids:
                break
            offset += len(page)
        return merge_chat(*batches)

    async def post_message(
        self,
        issue_id: str,
        text: str,
        *,
        attachment_ids: Sequence[str] = (),
        message_type: str = "REGULAR",
    ) -> ChatMessage:
        """``POST .../message``. Not retried when the outcome is unknown: see the module doc."""
        body = {
            "text": text,
            "attachments": [{"id": a} for a in attachment_ids],
            "type": message_type,
        }
        call = self._json_post(f"/sale/issues/{_seg(issue_id)}/message", body)
        data = await self._execute(call, _read_json_object)
        return parse_chat_message(data)

    async def change_claim_status(
        self, issue_id: str, status: str, message: str, partial_refund: Money | None = None
    ) -> None:
        """``POST .../status`` (claims only): accept or reject, optionally with a partial refund."""
        body: dict[str, Any] = {"status": status, "message": message}
        if partial_refund is not None:
            amount = partial_refund.wire_amount()
            if amount is None or not partial_refund.currency:
                raise ValueError("a partial refund needs an amount and a currency")
            body["partialRefund"] = {"amount": amount, "currency": partial_refund.currency}
        await self._execute(self._json_post(f"/sale/issues/{_seg(issue_id)}/status", body), _drain)

    # ------------------------------------------------------------ attachments

    async def upload_attachment(
        self, file_name: str, data: bytes, content_type: str | None = None
    ) -> str:
        """Declare an attachment, upload its bytes to the ``Location`` Allegro returns; its id.

        Size and type are checked first so a file Allegro would refuse costs no request.
        """
        kind = content_type or ATTACHMENT_CONTENT_TYPES.get(Path(file_name).suffix.lower())
        if kind is None:
            kind = mimetypes.guess_type(file_name)[0]
        if kind not in _UPLOAD_TYPES:
            raise UnsupportedMediaTypeError(f"attachment type not accepted: {kind or file_name!r}")
        if not data:
            raise InvalidRequestError("an attachment cannot be empty")
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise PayloadTooLargeError(
                f"attachment of {len(data)} bytes exceeds {MAX_ATTACHMENT_BYTES} bytes"
            )
        declare = self._json_post(
            "/sale/issues/attachments", {"fileName": file_name, "size": len(data)}
        )
        attachment_id, location = await self._execute(declare, _read_declaration)
        # Use the Location as given (it may change format): resolve a relative one, and never
        # send the token to another origin.
        upload_url = require_same_origin(self._api.join(location), self._api)
        upload = _Call(
            "PUT",
            upload_url,
            upload_url.path,
            body=data,
            content_type=kind,
            idempotent=False,  # one-time URL
        )
        await self._execute(upload, _drain)
        return attachment_id

    async def download_attachment(self, url: str, dest: Path) -> Path:
        """Stream an attachment from the API host to ``dest`` (a temp file renamed at the end)."""
        target = require_same_origin(url, self._api)
        part = _PartFile(dest)
        call = _Call("GET", target, target.path, accept="*/*")
        try:
            await self._execute(call, part.receive)
            part.commit()
        finally:
            part.discard()
        return dest

    # -------------------------------------------------------------- plumbing

    async def _get_json(
        self, path: str, params: list[tuple[str, str]] | None = None
    ) -> Mapping[str, Any]:
        call = _Call("GET", self._url(path), path, params=tuple(params or ()))
        return await self._execute(call, _read_json_object)

    def _json_post(self, path: str, body: Mapping[str, Any]) -> _Call:
        payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
        return _Call(
            "POST",
            self._url(path),
            path,
            body=payload,
            content_type=JSON_MEDIA_TYPE,
            idempotent=False,
        )

    def _url(self, path: str) -> httpx.URL:
        return httpx.URL(self.api_url + path)

    async def _execute(self, call: _Call, on_success: OnSuccess[T]) -> T:
        """Send ``call`` with the retry, refresh and error-mapping rules of the module doc."""
        policy = self._retry
        token = await self._tokens.access_token()
        refreshed = False
        retries = 0
        malformed = 0
        while True:
            try:
                outcome = await self._attempt(call, token, on_success)
            except httpx.TransportError as exc:
                not_sent = isinstance(exc, _NOT_SENT)
                if (call.idempotent or not_sent) and retries + 1 < policy.attempts:
                    retries += 1
                    await policy.sleep(policy.delay(retries, None))
                    continue
                raise NetworkError(
                    f"{call.method} {call.path}: {type(exc).__name__}",
                    timed_out=isinstance(exc, httpx.TimeoutException),
                    outcome_unknown=not not_sent,
                ) from exc
            except InvalidResponseError:
                if call.idempotent and malformed < policy.malformed_retries:
                    malformed += 1
                    await policy.sleep(policy.backoff(malformed))
                    continue
                raise
            if not isinstance(outcome, _ErrorStatus):
                return outcome
            status = outcome.status
            if status == 401 and not refreshed:
                refreshed = True  # Allegro did not process the request: repeat it once
                try:
                    token = await self._tokens.refresh_after_rejection(token)
                except AuthenticationError as exc:
                    # Report Allegro's 401 (code, userMessage); the provider's reason is the cause.
                    raise self._error(call, outcome, token) from exc
                continue
            # 429 means "not processed", so it is safe to repeat even for a POST.
            retryable = call.idempotent or status == 429
            if retryable and status in _RETRY_STATUSES and retries + 1 < policy.attempts:
                retries += 1
                delay = policy.delay(retries, outcome.retry_after)
                if status == 429:
                    self._budget.pause(delay)  # the block is per Client ID, not per call
                await policy.sleep(delay)
                continue
            raise self._error(call, outcome, token)

    @staticmethod
    def _error(call: _Call, outcome: _ErrorStatus, token: str) -> AllegroError:
        return error_from_response(
            outcome.status,
            outcome.body,
            method=call.method,
            path=call.path,
            retry_after=outcome.retry_after,
            secrets=(token,),
        )

    async def _attempt(self, call: _Call, token: str, on_success: OnSuccess[T]) -> T | _ErrorStatus:
        # Defence in depth: every URL was checked already, but the token must never leave.
        require_same_origin(call.url, self._api)
        headers = {
            "Accept": call.accept,
            "Accept-Language": self.language,
            "User-Agent": USER_AGENT,
            "Authorization": f"Bearer {token}",
        }
        if call.content_type:
            headers["Content-Type"] = call.content_type
        request = self._http.build_request(
            call.method,
            call.url,
            params=call.params or None,  # () would drop a query already in the URL
            content=call.body,
            headers=headers,
        )
        async with self._slots:
            await self._budget.acquire()
            response = await self._http.send(request, stream=True, follow_redirects=False)
            try:
                if response.is_success:
                    return await on_success(response)
                body = await response.aread()
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                return _ErrorStatus(response.status_code, body, retry_after)
            except httpx.DecodingError as exc:  # e.g. a broken gzip body: garbled like bad JSON
                raise InvalidResponseError(
                    f"{call.method} {call.path}: undecodable body", status=response.status_code
                ) from exc
            finally:
                await response.aclose()


def _seg(value: str) -> str:
    """An id as one path segment: ids come from the server and must not reshape the path."""
    return quote(value, safe="")


async def _read_json_object(response: httpx.Response) -> Mapping[str, Any]:
    body = await response.aread()
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise InvalidResponseError(
            f"{response.request.method} {response.request.url.path}: body is not JSON",
            status=response.status_code,
        ) from exc
    if not isinstance(data, dict):
        raise InvalidResponseError(
            f"{response.request.method} {response.request.url.path}: body is not a JSON object",
            status=response.status_code,
        )
    return data


async def _drain(response: httpx.Response) -> None:
    await response.aread()


async def _read_declaration(response: httpx.Response) -> tuple[str, str]:
    data = await _read_json_object(response)
    attachment_id = data.get("id")
    location = response.headers.get("Location")
    if not isinstance(attachment_id, str) or not attachment_id or not location:
        raise InvalidResponseError(
            "attachment declaration without an id or a Location header",
            status=response.status_code,
        )
    return attachment_id, location


class _PartFile:
    """A download lands in a hidden temp file beside ``dest`` and is renamed when complete,
    so ``dest`` never holds half a file.

    File operations are plain blocking calls: attachments are ~2 MiB, and a thread hop per
    64 KiB chunk would cost more than the write.
    """

    def __init__(self, dest: Path) -> None:
        self.dest = dest
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".part")
        os.close(fd)
        self.path = Path(name)

    async def receive(self, response: httpx.Response) -> None:
        size = 0
        with self._open() as out:  # truncates: a retried download starts over
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > MAX_DOWNLOAD_BYTES:
                    raise AllegroError(f"attachment larger than {MAX_DOWNLOAD_BYTES} bytes")
                out.write(chunk)

    def _open(self) -> IO[bytes]:
        return self.path.open("wb")

    def commit(self) -> None:
        self.path.replace(self.dest)

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
