"""``AllegroClient``: the /sale/issues API over one shared ``httpx.AsyncClient``. No Qt.

Besides /sale/issues it reads the context of an issue: the order (``/order/checkout-forms``),
the offer (``/sale/product-offers``) and the account (``/me``), with the public media type.

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

Deadlines: every call has a total deadline (``timeout``, 30 s; attachment transfers get more, in
proportion to their size at ``transfer_rate``) that covers all its attempts, backoff waits and
request-budget waits, measured from the moment it gets a connection slot (queueing behind this
client's own calls does not count). A retry is only started when its wait still fits in the
deadline. The deadline is enforced with ``asyncio.timeout`` around the whole call, so a server
that trickles one byte a second, or accepts and never answers, ends in a
:class:`~.errors.NetworkError` with ``timed_out`` set. Connecting has its own short limit
(``connect_timeout``), so an unreachable host fails in seconds. ``on_slow(True)`` is called when
a call has been running for ``slow_after`` seconds (the UI says "still trying..."), and
``on_slow(False)`` when no such call remains.

Bodies are read as a stream up to a cap (``max_json_bytes`` for JSON, ``max_download_bytes``
for attachments) and decoded totally (:func:`~.errors.decode_json`): whatever the server sends,
the caller gets a value or a typed :class:`~.errors.AllegroError`, never ``RecursionError`` or
``ValueError``. A failure after Allegro may have processed an unsafe request (a timeout after
sending, a 5xx or 3xx, a 2xx with a broken body) has ``outcome_unknown`` set, whatever its type.
"""

from __future__ import annotations

import asyncio
import json
import logging
import mimetypes
import os
import re
import tempfile
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import aclosing, contextmanager
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, Self, TypeVar
from urllib.parse import quote

import httpx
import msgspec

from .. import PROJECT_URL, __version__
from ..domain import ChatMessage, Issue, Money, merge_chat
from ..domain.codes import ATTACHMENT_CONTENT_TYPES, MAX_ATTACHMENT_BYTES
from ..domain.issue_pages import ListedIssue, decode_issue_page, generic_issue_page
from ..domain.parsing import parse_chat, parse_chat_message, parse_issue, parse_issue_list
from .errors import (
    AllegroError,
    AuthenticationError,
    InvalidRequestError,
    InvalidResponseError,
    NetworkError,
    PayloadTooLargeError,
    RateLimitedError,
    ResponseTooLargeError,
    UnsupportedMediaTypeError,
    decode_json,
    error_from_response,
)
from .ratelimit import RequestBudget
from .retry import RetryPolicy, parse_retry_after
from .tls import LazyHttpClient
from .tokens import TokenProvider
from .urls import require_same_origin

if TYPE_CHECKING:  # the order and the offer come after the first rows: so does their model
    from ..domain.orders import Me, Order, ProductOffer, Shipment

T = TypeVar("T")

JSON_MEDIA_TYPE = "application/vnd.allegro.beta.v1+json"
#: Orders, offers and /me use the public media type (the beta one is only for /sale/issues).
PUBLIC_MEDIA_TYPE = "application/vnd.allegro.public.v1+json"
USER_AGENT = f"AllegroIssuesDesktop/{__version__} (+{PROJECT_URL})"
#: Allegro's maximum ``limit`` for both the issue list and the chat.
MAX_PAGE_SIZE = 100
#: A chat longer than this many pages means the server is misbehaving; stop rather than loop.
MAX_CHAT_PAGES = 200
#: Total deadline of one JSON call, retries included (seconds). It used to be a per-read
#: timeout: a server that accepted and never answered cost 4 attempts x 30 s + backoff = 122 s,
#: and one that trickled a byte at a time never ended at all.
DEFAULT_TIMEOUT = 30.0
#: Limit for opening a connection: an unreachable host fails in seconds, not minutes.
DEFAULT_CONNECT_TIMEOUT = 5.0
#: Slowest transfer an attachment upload or download is given time for, on top of the
#: deadline: 32 KiB/s (a poor mobile link) moves Allegro's largest attachment in about a minute.
DEFAULT_TRANSFER_RATE = 32 * 1024
#: After this many seconds a call counts as slow (``on_slow``).
DEFAULT_SLOW_AFTER = 4.0
#: Largest JSON answer accepted: a page of 100 issues is well under 1 MB.
MAX_JSON_BYTES = 8 * 1024 * 1024
#: Largest attachment download accepted: Allegro's limit is 2 MiB; four times that as slack for
#: files that reached Allegro some other way, and never a full disk.
MAX_DOWNLOAD_BYTES = 4 * MAX_ATTACHMENT_BYTES
#: Error bodies and the bodies of calls answered without content are read up to this much.
_MAX_SMALL_BODY = 64 * 1024
# JSON bodies at least this big (a page of 100 issues is ~150 KB, ~8 ms to decode and parse)
# are decoded on a worker thread; smaller ones cost less than the hand-over.
OFF_THREAD_BYTES = 32 * 1024

_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Failures that happen before the request leaves this machine: safe to repeat even for a POST.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_UPLOAD_TYPES = frozenset(ATTACHMENT_CONTENT_TYPES.values())
_CONTENT_LENGTH = re.compile(r"[0-9]{1,18}", re.ASCII)

log = logging.getLogger(__name__)


class _Call(msgspec.Struct, frozen=True):
    method: str
    url: httpx.URL
    path: str  # for error texts
    params: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None
    content_type: str | None = None
    accept: str = JSON_MEDIA_TYPE
    #: Safe to repeat after an ambiguous failure (GET); False for POST/PUT.
    idempotent: bool = True
    #: Bytes to move (an upload): the deadline grows by ``size / transfer_rate``.
    transfer_bytes: int = 0
    #: An attachment download: the deadline grows with the announced length once it is known.
    download: bool = False


class _Progress(msgspec.Struct):
    """Where a call is, so that a deadline can say what it interrupted."""

    #: "idle" (between attempts), "queued" (waiting for the request budget), "sent" (waiting for
    #: the answer), "answered" (status received, reading the body).
    phase: str = "idle"
    status: int | None = None
    #: Retry-policy clock when the call got its first connection slot; None before.
    started: float | None = None
    #: The call's deadline in seconds from ``started``.
    limit: float = 0.0
    #: A download's deadline has grown for its length (once, not per attempt).
    extended: bool = False


class _ErrorStatus(msgspec.Struct, frozen=True):
    status: int
    body: bytes
    retry_after: float | None


OnSuccess = Callable[[httpx.Response], Awaitable[T]]
OnSlow = Callable[[bool], None]


class _SlowWatch:
    """Counts calls running longer than ``after`` seconds; tells ``on_slow`` when the count
    leaves or returns to zero."""

    def __init__(self, on_slow: OnSlow | None, after: float) -> None:
        self._on_slow = on_slow
        self._after = after
        self._slow = 0

    @contextmanager
    def track(self) -> Iterator[None]:
        if self._on_slow is None:
            yield
            return
        became_slow = False

        def mark() -> None:
            nonlocal became_slow
            became_slow = True
            self._slow += 1
            if self._slow == 1:
                self._notify(True)

        handle = asyncio.get_running_loop().call_later(self._after, mark)
        try:
            yield
        finally:
            handle.cancel()
            if became_slow:
                self._slow -= 1
                if self._slow == 0:
                    self._notify(False)

    def _notify(self, slow: bool) -> None:
        assert self._on_slow is not None
        try:
            self._on_slow(slow)
        except Exception:  # a UI hook must not break requests
            log.exception("on_slow(%s) failed", slow)


class AllegroClient:
    """The /sale/issues API. See the module doc for headers, retries, deadlines and caps.

    Attributes:
        api_url: The API origin and base path, without a trailing slash.
        language: ``Accept-Language`` of every request; settable (follows the UI language).

    Constructor options besides the API URL and token provider (all keyword-only):
        requests_per_minute: Size of this client's own request budget (ignored with ``budget``).
        budget: A budget shared with other clients on the same Client ID
            (:func:`~.ratelimit.shared_budget`); a 429 met by any of them pauses all.
        max_concurrency: Requests in flight at once.
        http: An ``httpx.AsyncClient`` to use (tests); the caller closes it.
        retry: Backoff and attempt limits (:class:`~.retry.RetryPolicy`).
        timeout: Total deadline of one JSON call in seconds, retries included.
        connect_timeout: Limit for opening one connection.
        transfer_rate: Bytes per second an attachment transfer is given time for, on top of
            ``timeout``.
        max_json_bytes: Largest JSON answer read; larger ones fail with
            :class:`~.errors.ResponseTooLargeError`.
        max_download_bytes: Largest attachment download.
        on_slow: Called (on the event loop) with True when a call has run for ``slow_after``
            seconds, and with False when no slow call remains. Must not block; errors are
            logged and ignored.
        slow_after: Seconds before a call counts as slow.
    """

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
        budget: RequestBudget | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        transfer_rate: float = DEFAULT_TRANSFER_RATE,
        max_json_bytes: int = MAX_JSON_BYTES,
        max_download_bytes: int = MAX_DOWNLOAD_BYTES,
        on_slow: OnSlow | None = None,
        slow_after: float = DEFAULT_SLOW_AFTER,
    ) -> None:
        self.api_url = api_url.rstrip("/")
        self._api = httpx.URL(self.api_url)
        if self._api.scheme not in ("http", "https") or not self._api.host:
            raise ValueError(f"not an http(s) API URL: {api_url!r}")
        if timeout <= 0 or connect_timeout <= 0 or transfer_rate <= 0:
            raise ValueError("timeouts and the transfer rate must be positive")
        self.language = language
        self._tokens = tokens
        self._retry = retry or RetryPolicy()
        self._budget = budget or RequestBudget(
            requests_per_minute, clock=self._retry.clock, sleep=self._retry.sleep
        )
        self._timeout = timeout
        self._transfer_rate = transfer_rate
        self._max_json_bytes = max_json_bytes
        self._max_download_bytes = max_download_bytes
        self._slow = _SlowWatch(on_slow, slow_after)
        self._slots = asyncio.Semaphore(max(1, max_concurrency))
        # Made at the first request, with the process's one TLS context (``tls``): building
        # either here would cost the GUI thread tens of milliseconds per client.
        # Per-operation limits; the whole call is bounded by its deadline (see the doc).
        http_timeout = httpx.Timeout(timeout, connect=min(connect_timeout, timeout))
        http_limits = httpx.Limits(max_connections=max(1, max_concurrency))
        self._http = LazyHttpClient(
            http_timeout,
            http_limits,
            http,
            lambda: RuntimeError("the Allegro client is closed"),
            # Every request stays on the API's origin (_attempt), so http:// needs no CA bundle.
            plain_http=self._api.scheme == "http",
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
        await self._http.aclose()

    async def _http_client(self) -> httpx.AsyncClient:
        return await self._http.get()

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
        params = list(_list_query(limit, offset, statuses, checkout_form_id))
        return await self._get_json("/sale/issues", params, decode=_issue_list)

    async def list_issue_page(
        self,
        *,
        limit: int = MAX_PAGE_SIZE,
        offset: int = 0,
        statuses: Sequence[str] = (),
        checkout_form_id: str | None = None,
    ) -> list[ListedIssue]:
        """One page of ``GET /sale/issues`` as lean issues, each with its JSON (the text as
        received where the fast decoder read it: ``domain.issue_pages``); what the sync engine
        keeps and stores. The same issues, errors and retries as :meth:`list_issues`."""
        params = _list_query(limit, offset, statuses, checkout_form_id)
        call = _Call("GET", self._url("/sale/issues"), "/sale/issues", params=params)
        return await self._execute(call, self._body_reader(_listed_page))

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

        async def fetch(limit: int, offset: int) -> tuple[list[Issue], None]:
            page = await self.list_issues(
                limit=limit, offset=offset, statuses=statuses, checkout_form_id=checkout_form_id
            )
            return page, None

        async with aclosing(_pages(fetch, _issue_id, page_size, prefetch)) as pages:
            async for page, _ in pages:
                yield page

    async def iter_listed_pages(
        self,
        *,
        statuses: Sequence[str] = (),
        checkout_form_id: str | None = None,
        page_size: int = MAX_PAGE_SIZE,
        prefetch: int = 4,
    ) -> AsyncGenerator[list[ListedIssue], None]:
        """:meth:`iter_issue_pages` with :meth:`list_issue_page`'s pages (lean issues, each
        with its JSON): the full sync's."""

        async def fetch(limit: int, offset: int) -> tuple[list[ListedIssue], None]:
            page = await self.list_issue_page(
                limit=limit, offset=offset, statuses=statuses, checkout_form_id=checkout_form_id
            )
            return page, None

        async with aclosing(_pages(fetch, _listed_id, page_size, prefetch)) as pages:
            async for page, _ in pages:
                yield page

    async def iter_prepared_pages(
        self,
        prepare: Callable[[list[ListedIssue]], T],
        *,
        statuses: Sequence[str] = (),
        checkout_form_id: str | None = None,
        page_size: int = MAX_PAGE_SIZE,
        prefetch: int = 4,
    ) -> AsyncGenerator[tuple[list[ListedIssue], T], None]:
        """:meth:`iter_listed_pages`, each page with ``prepare(page)``, called on the worker
        thread that decoded the page, right after it (one thread hop per page, not two). Pages
        in flight are prepared as they arrive, so possibly before an earlier page is yielded.
        ``prepare`` sees the whole page: issues already yielded by an earlier page (a list that
        shifted meanwhile) are left out of the page yielded, not out of what it was given. What
        it raises is raised here as it is (it is not the answer's fault: no retry)."""
        reader = self._prepared_reader(prepare)

        async def fetch(limit: int, offset: int) -> tuple[list[ListedIssue], T]:
            query = _list_query(limit, offset, statuses, checkout_form_id)
            call = _Call("GET", self._url("/sale/issues"), "/sale/issues", params=query)
            return await self._execute(call, reader)

        async with aclosing(_pages(fetch, _listed_id, page_size, prefetch)) as pages:
            async for page in pages:
                yield page

    async def get_issue(self, issue_id: str) -> Issue:
        """``GET /sale/issues/{id}``; an answer about another issue (or none) is refused."""
        path = f"/sale/issues/{_seg(issue_id)}"

        def decode(data: Mapping[str, Any]) -> Issue:
            issue = parse_issue(data)
            if issue.id != issue_id:
                what = "no issue id" if issue.id is None else "another issue's id"
                raise InvalidResponseError(
                    f"GET {path}: the answer carries {what}, not the one asked for"
                )
            return issue

        return await self._get_json(path, decode=decode)

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
            page = await self._get_json(path, params, decode=_chat_page)
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
        return await self._execute(call, self._json_reader(parse_chat_message))

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
        call = self._json_post(f"/sale/issues/{_seg(issue_id)}/status", body)
        await self._execute(call, _expect_no_content)

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
        attachment_id, upload_url = await self._execute(declare, self._read_declaration)
        upload = _Call(
            "PUT",
            upload_url,
            upload_url.path,
            body=data,
            content_type=kind,
            idempotent=False,  # one-time URL
            transfer_bytes=len(data),
        )
        await self._execute(upload, _expect_no_content)
        return attachment_id

    async def download_attachment(self, url: str, dest: Path) -> Path:
        """Stream an attachment from the API host to ``dest`` (a temp file renamed at the end)."""
        target = require_same_origin(url, self._api)
        part = _PartFile(dest, self._max_download_bytes)
        call = _Call("GET", target, target.path, accept="*/*", download=True)
        try:
            await self._execute(call, part.receive)
            part.commit()
        finally:
            part.discard()
        return dest

    # ------------------------------------------- the order, the offer, the account

    async def get_order(self, checkout_form_id: str) -> Order:
        """``GET /order/checkout-forms/{id}`` (scope ``allegro:api:orders:read``; without it
        :class:`~.errors.PermissionDeniedError`)."""
        from ..domain.orders import parse_order

        path = f"/order/checkout-forms/{_seg(checkout_form_id)}"
        return await self._get_json(path, decode=parse_order, accept=PUBLIC_MEDIA_TYPE)

    async def get_shipments(self, checkout_form_id: str) -> tuple[Shipment, ...]:
        """``GET /order/checkout-forms/{id}/shipments``: the parcels' tracking numbers."""
        from ..domain.orders import parse_shipments

        path = f"/order/checkout-forms/{_seg(checkout_form_id)}/shipments"
        return await self._get_json(path, decode=parse_shipments, accept=PUBLIC_MEDIA_TYPE)

    async def get_product_offer(self, offer_id: str) -> ProductOffer:
        """``GET /sale/product-offers/{offerId}`` (scope ``allegro:api:sale:offers:read``)."""
        from ..domain.orders import parse_product_offer

        path = f"/sale/product-offers/{_seg(offer_id)}"
        return await self._get_json(path, decode=parse_product_offer, accept=PUBLIC_MEDIA_TYPE)

    async def get_me(self) -> Me:
        """``GET /me``: the signed-in account (scope ``allegro:api:profile:read``)."""
        from ..domain.orders import parse_me

        return await self._get_json("/me", decode=parse_me, accept=PUBLIC_MEDIA_TYPE)

    # -------------------------------------------------------------- plumbing

    async def _get_json(
        self,
        path: str,
        params: list[tuple[str, str]] | None = None,
        *,
        decode: Callable[[Mapping[str, Any]], T],
        accept: str = JSON_MEDIA_TYPE,
    ) -> T:
        call = _Call("GET", self._url(path), path, params=tuple(params or ()), accept=accept)
        return await self._execute(call, self._json_reader(decode))

    def _json_post(self, path: str, body: Mapping[str, Any]) -> _Call:
        try:
            payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate, e.g. half of a pasted emoji
            raise InvalidRequestError(
                f"POST {path}: the text contains a broken character that cannot be sent"
            ) from exc
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

    # ------------------------------------------------------------ answers

    def _json_reader(self, decode: Callable[[Mapping[str, Any]], T]) -> OnSuccess[T]:
        """Read a JSON object answer (capped, total) and ``decode`` it; any failure of either is
        an :class:`InvalidResponseError`. A big body (a page of issues) is decoded and parsed on
        a worker thread, so the window keeps painting meanwhile."""

        def parse(body: bytes, where: str, status: int) -> T:
            return decode(_json_object(body, where, status))

        return self._body_reader(parse)

    def _body_reader(self, decode: Callable[[bytes, str, int], T]) -> OnSuccess[T]:
        """:meth:`_json_reader` for a ``decode`` of the body's bytes (``where``, ``status``:
        for its errors)."""

        async def read(response: httpx.Response) -> T:
            body = await self._read_json_body(response)
            where, status = _where(response), response.status_code

            def parse() -> T:
                return _decoded(decode, body, where, status)

            if len(body) >= OFF_THREAD_BYTES:
                return await asyncio.to_thread(parse)
            return parse()

        return read

    def _prepared_reader(
        self, prepare: Callable[[list[ListedIssue]], T]
    ) -> OnSuccess[tuple[list[ListedIssue], T]]:
        """A list page's reader for :meth:`iter_prepared_pages`: decoded and prepared on a
        worker thread, whatever its size."""

        async def read(response: httpx.Response) -> tuple[list[ListedIssue], T]:
            body = await self._read_json_body(response)
            where, status = _where(response), response.status_code

            def work() -> tuple[list[ListedIssue], T]:
                page = _decoded(_listed_page, body, where, status)
                return page, prepare(page)

            return await asyncio.to_thread(work)

        return read

    async def _read_json_body(self, response: httpx.Response) -> bytes:
        kind = response.headers.get("Content-Type")
        if kind is not None and not _is_json_type(kind):
            raise InvalidResponseError(
                f"{_where(response)}: the answer is {_short(kind)}, not JSON",
                status=response.status_code,
            )
        return await _read_capped(response, self._max_json_bytes)

    async def _read_json_object(self, response: httpx.Response) -> Mapping[str, Any]:
        body = await self._read_json_body(response)
        return _json_object(body, _where(response), response.status_code)

    async def _read_declaration(self, response: httpx.Response) -> tuple[str, httpx.URL]:
        data = await self._read_json_object(response)
        attachment_id = data.get("id")
        location = response.headers.get("Location")
        if not isinstance(attachment_id, str) or not attachment_id or not location:
            raise InvalidResponseError(
                "attachment declaration without an id or a Location header",
                status=response.status_code,
            )
        # Use the Location as given (it may change format): resolve a relative one, and never
        # send the token to another origin.
        try:
            joined = self._api.join(location)
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise InvalidResponseError(
                "attachment declaration with a Location that is not a URL",
                status=response.status_code,
            ) from exc
        return attachment_id, require_same_origin(joined, self._api)

    # ------------------------------------------------------------ execution

    async def _execute(self, call: _Call, on_success: OnSuccess[T]) -> T:
        """Send ``call`` with the retry, refresh, deadline and error-mapping rules of the
        module doc."""
        progress = _Progress(limit=self._timeout + call.transfer_bytes / self._transfer_rate)
        with self._slow.track():
            try:
                # No deadline while queueing for a connection slot: the first attempt sets it.
                async with asyncio.timeout(None) as scope:
                    return await self._run(call, on_success, scope, progress)
            except TimeoutError as exc:
                raise self._timed_out(call, progress) from exc

    async def _run(
        self, call: _Call, on_success: OnSuccess[T], scope: asyncio.Timeout, progress: _Progress
    ) -> T:
        policy = self._retry
        token = await self._tokens.access_token()
        refreshed = False
        retries = 0
        malformed = 0
        while True:
            try:
                outcome = await self._attempt(call, token, on_success, scope, progress)
            except httpx.TransportError as exc:
                not_sent = isinstance(exc, _NOT_SENT)
                error = NetworkError(
                    f"{call.method} {call.path}: {_transport_text(exc)}",
                    timed_out=isinstance(exc, httpx.TimeoutException),
                    outcome_unknown=not not_sent,
                )
                if (call.idempotent or not_sent) and retries + 1 < policy.attempts:
                    delay = policy.delay(retries + 1, None)
                    if self._fits(delay, progress):
                        retries += 1
                        await self._wait(delay, progress)
                        continue
                raise error from exc
            except ResponseTooLargeError:
                raise  # it would not be smaller the next time
            except InvalidResponseError:
                if call.idempotent and malformed < policy.malformed_retries:
                    delay = policy.backoff(malformed + 1)
                    if self._fits(delay, progress):
                        malformed += 1
                        await self._wait(delay, progress)
                        continue
                raise
            if not isinstance(outcome, _ErrorStatus):
                return outcome
            status = outcome.status
            if status == 401 and not refreshed:
                refreshed = True  # Allegro did not process the request: repeat it once
                progress.phase = "idle"
                try:
                    # Shielded: a refresh cut short by the deadline could lose the new token
                    # pair (Allegro rotates refresh tokens).
                    token = await asyncio.shield(self._tokens.refresh_after_rejection(token))
                except AuthenticationError as exc:
                    # Report Allegro's 401 (code, userMessage); the provider's reason is the cause.
                    raise self._error(call, outcome, token) from exc
                continue
            delay = policy.delay(retries + 1, outcome.retry_after)
            if status == 429:
                self._budget.pause(delay)  # the block is per Client ID, not per call
            # 429 means "not processed", so it is safe to repeat even for a POST.
            retryable = call.idempotent or status == 429
            if (
                retryable
                and status in _RETRY_STATUSES
                and retries + 1 < policy.attempts
                and self._fits(delay, progress)
            ):
                retries += 1
                await self._wait(delay, progress)
                continue
            raise self._error(call, outcome, token)

    def _fits(self, delay: float, progress: _Progress) -> bool:
        """Whether waiting ``delay`` still leaves the next attempt time within the deadline."""
        if progress.started is None:
            return True
        elapsed = self._retry.clock() - progress.started
        return elapsed + delay + min(1.0, progress.limit / 4) <= progress.limit

    async def _wait(self, delay: float, progress: _Progress) -> None:
        progress.phase = "idle"
        await self._retry.sleep(delay)

    def _error(self, call: _Call, outcome: _ErrorStatus, token: str) -> AllegroError:
        error = error_from_response(
            outcome.status,
            outcome.body,
            method=call.method,
            path=call.path,
            retry_after=outcome.retry_after,
            secrets=(token,),
        )
        error.outcome_unknown = not call.idempotent and _maybe_processed(outcome.status)
        return error

    def _timed_out(self, call: _Call, progress: _Progress) -> AllegroError:
        """The error for a call whose deadline passed, by what the deadline interrupted."""
        where = f"{call.method} {call.path}"
        limit = f"{progress.limit:.3g} s"
        if progress.phase == "queued":
            pause = self._budget.paused_for()
            return RateLimitedError(
                f"{where}: not sent within {limit}: waiting for Allegro's request limit",
                retry_after=pause or None,
            )
        status = progress.status
        if progress.phase == "answered" and status is not None and not 200 <= status < 300:
            # The status arrived, its body did not: the status alone says what happened.
            error = error_from_response(status, b"", method=call.method, path=call.path)
            error.outcome_unknown = not call.idempotent and _maybe_processed(status)
            return error
        if progress.phase in ("sent", "answered"):
            return NetworkError(
                f"{where}: no complete answer within {limit}", timed_out=True, outcome_unknown=True
            )
        # Between attempts (backoff, token refresh): every earlier attempt was not processed,
        # or it would not have been repeated.
        return NetworkError(
            f"{where}: gave up after {limit}", timed_out=True, outcome_unknown=False
        )

    async def _attempt(
        self,
        call: _Call,
        token: str,
        on_success: OnSuccess[T],
        scope: asyncio.Timeout,
        progress: _Progress,
    ) -> T | _ErrorStatus:
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
        http = await self._http_client()
        request = http.build_request(
            call.method,
            call.url,
            params=call.params or None,  # () would drop a query already in the URL
            content=call.body,
            headers=headers,
        )
        async with self._slots:
            loop = asyncio.get_running_loop()
            if progress.started is None:
                progress.started = self._retry.clock()
                scope.reschedule(loop.time() + progress.limit)
            progress.phase, progress.status = "queued", None
            await self._budget.acquire()
            progress.phase = "sent"
            response = await http.send(request, stream=True, follow_redirects=False)
            progress.phase, progress.status = "answered", response.status_code
            try:
                if response.is_success:
                    if call.download:
                        self._extend_for_download(response, scope, progress, loop)
                    return await on_success(response)
                body = await _read_capped(response, _MAX_SMALL_BODY, truncate=True)
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                return _ErrorStatus(response.status_code, body, retry_after)
            except InvalidResponseError as exc:
                # A 2xx answer to a POST/PUT: Allegro processed it, whatever the body says.
                exc.outcome_unknown = exc.outcome_unknown or not call.idempotent
                raise
            except httpx.TransportError:
                raise
            except httpx.HTTPError as exc:  # e.g. a broken gzip body: garbled like bad JSON
                raise InvalidResponseError(
                    f"{call.method} {call.path}: undecodable body ({type(exc).__name__})",
                    status=response.status_code,
                    outcome_unknown=not call.idempotent,
                ) from exc
            finally:
                await response.aclose()

    def _extend_for_download(
        self,
        response: httpx.Response,
        scope: asyncio.Timeout,
        progress: _Progress,
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        """Give a download time for its announced length (or for the cap when unannounced)."""
        if progress.extended:
            return
        progress.extended = True
        size = _content_length(response)
        size = self._max_download_bytes if size is None else min(size, self._max_download_bytes)
        extra = size / self._transfer_rate
        progress.limit += extra
        when = scope.when()
        scope.reschedule((loop.time() + self._timeout if when is None else when) + extra)


def _seg(value: str) -> str:
    """An id as one path segment: ids come from the server and must not reshape the path."""
    return quote(value, safe="")


def _where(response: httpx.Response) -> str:
    return f"{response.request.method} {response.request.url.path}"


def _short(text: str, limit: int = 60) -> str:
    return repr(text[:limit] + ("..." if len(text) > limit else ""))


def _is_json_type(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    kind, _, subtype = media.partition("/")
    return kind == "application" and (subtype == "json" or subtype.endswith("+json"))


def _maybe_processed(status: int) -> bool:
    """An error status after which an unsafe request may nevertheless have been processed:
    5xx (a gateway timing out, a crash after the commit) and redirects. 4xx are refusals."""
    return status >= 500 or 300 <= status < 400


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("Content-Length", "").strip()
    return int(value) if _CONTENT_LENGTH.fullmatch(value) else None


def _transport_text(exc: httpx.TransportError) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return "could not connect in time (ConnectTimeout)"
    if isinstance(exc, httpx.ConnectError):
        return "could not connect (ConnectError)"
    if isinstance(exc, httpx.TimeoutException):
        return f"the server stopped answering ({type(exc).__name__})"
    return f"the connection failed ({type(exc).__name__})"


async def _read_capped(response: httpx.Response, limit: int, *, truncate: bool = False) -> bytes:
    """The body, read as a stream and never past ``limit`` bytes: a longer one raises
    :class:`ResponseTooLargeError` (or, with ``truncate``, is cut at the limit)."""
    declared = _content_length(response)
    if not truncate and declared is not None and declared > limit:
        raise ResponseTooLargeError(
            f"{_where(response)}: the answer has {declared} bytes, more than the {limit} accepted",
            limit=limit,
            status=response.status_code,
        )
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) > limit:
            if truncate:
                del body[limit:]
                break
            raise ResponseTooLargeError(
                f"{_where(response)}: the answer is larger than the {limit} bytes accepted",
                limit=limit,
                status=response.status_code,
            )
    return bytes(body)


async def _expect_no_content(response: httpx.Response) -> None:
    """A 2xx whose body does not matter (verdict, upload PUT): accept an empty or JSON body,
    refuse anything else (an HTML page with 200 is a portal or proxy, not Allegro)."""
    body = await _read_capped(response, _MAX_SMALL_BODY, truncate=True)
    kind = response.headers.get("Content-Type")
    if body.strip() and kind is not None and not _is_json_type(kind):
        raise InvalidResponseError(
            f"{_where(response)}: the answer is {_short(kind)}, not Allegro's",
            status=response.status_code,
        )


def _json_object(body: bytes, where: str, status: int) -> Mapping[str, Any]:
    try:
        data = decode_json(body)
    except ValueError as exc:
        raise InvalidResponseError(f"{where}: body is not JSON", status=status) from exc
    if not isinstance(data, dict):
        raise InvalidResponseError(f"{where}: body is not a JSON object", status=status)
    return data


P = TypeVar("P")
X = TypeVar("X")


async def _pages(
    fetch: Callable[[int, int], Awaitable[tuple[list[P], X]]],
    id_of: Callable[[P], str | None],
    page_size: int,
    prefetch: int,
) -> AsyncGenerator[tuple[list[P], X], None]:
    """The paging of :meth:`AllegroClient.iter_issue_pages`, whatever a page holds: ``fetch``
    gives a page's items and what came with them; the items already seen are left out."""
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be 1..{MAX_PAGE_SIZE}")
    window = 1
    next_offset = 0
    pending: deque[asyncio.Future[tuple[list[P], X]]] = deque()
    seen: set[str] = set()

    def top_up() -> None:
        nonlocal next_offset
        while len(pending) < window:
            pending.append(asyncio.ensure_future(fetch(page_size, next_offset)))
            next_offset += page_size

    try:
        top_up()
        while pending:
            page, extra = await pending.popleft()
            fresh = [i for i in page if (key := id_of(i)) is None or key not in seen]
            seen.update(key for i in fresh if (key := id_of(i)) is not None)
            last = len(page) < page_size or not fresh
            if not last:
                # Schedule the next requests before yielding so that they run while the
                # caller handles this page.
                window = max(1, prefetch)
                top_up()
            if fresh:
                yield fresh, extra
            if last:
                return
    finally:
        for task in pending:
            task.cancel()
        # Wait for the cancellations so no request outlives the iterator (and no
        # "exception was never retrieved" warnings).
        await asyncio.gather(*pending, return_exceptions=True)


def _list_query(
    limit: int, offset: int, statuses: Sequence[str], checkout_form_id: str | None
) -> tuple[tuple[str, str], ...]:
    """The query of one page of ``GET /sale/issues``."""
    params = [("limit", str(limit)), ("offset", str(offset))]
    params += [("status", s) for s in statuses]
    if checkout_form_id:
        params.append(("checkoutForm.id", checkout_form_id))
    return tuple(params)


def _issue_id(issue: Issue) -> str | None:
    return issue.id


def _listed_id(listed: ListedIssue) -> str | None:
    return listed.issue.id


def _issue_list(data: Mapping[str, Any]) -> list[Issue]:
    return parse_issue_list(_with_issue_list(data))


def _with_issue_list(data: Mapping[str, Any]) -> Mapping[str, Any]:
    """``data``, an answer of ``GET /sale/issues``, if it has its list of issues."""
    if not isinstance(data.get("issues"), list):
        raise InvalidResponseError("GET /sale/issues: the answer has no list of issues")
    return data


def _decoded(decode: Callable[[bytes, str, int], T], body: bytes, where: str, status: int) -> T:
    """``decode(body, ...)``; whatever it raises is an :class:`InvalidResponseError`."""
    try:
        return decode(body, where, status)
    except InvalidResponseError:
        raise
    except Exception as exc:  # tolerant parsing should not raise; if it does, say so
        log.warning("could not parse the answer of %s", where, exc_info=True)
        raise InvalidResponseError(
            f"{where}: the answer could not be parsed ({type(exc).__name__})", status=status
        ) from exc


def _listed_page(body: bytes, where: str, status: int) -> list[ListedIssue]:
    """A list page by the fast decoder, or (a page it does not read exactly) the generic way."""
    listed = decode_issue_page(body)
    if listed is not None:
        return listed
    return generic_issue_page(_with_issue_list(_json_object(body, where, status)))


def _chat_page(data: Mapping[str, Any]) -> list[ChatMessage]:
    if not isinstance(data.get("chat"), list):
        raise InvalidResponseError("GET .../chat: the answer has no list of messages")
    return parse_chat(data)


class _PartFile:
    """A download lands in a hidden temp file beside ``dest`` and is renamed when complete,
    so ``dest`` never holds half a file.

    File operations are plain blocking calls: attachments are ~2 MiB, and a thread hop per
    64 KiB chunk would cost more than the write.
    """

    def __init__(self, dest: Path, limit: int) -> None:
        self.dest = dest
        self.limit = limit
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".part")
        os.close(fd)
        self.path = Path(name)

    async def receive(self, response: httpx.Response) -> None:
        kind = response.headers.get("Content-Type", "")
        if kind.split(";", 1)[0].strip().lower() == "text/html":
            raise InvalidResponseError(
                f"{_where(response)}: the answer is a web page, not an attachment",
                status=response.status_code,
            )
        declared = _content_length(response)
        if declared is not None and declared > self.limit:
            raise ResponseTooLargeError(
                f"attachment of {declared} bytes, more than the {self.limit} accepted",
                limit=self.limit,
                status=response.status_code,
            )
        size = 0
        with self._open() as out:  # truncates: a retried download starts over
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > self.limit:
                    raise ResponseTooLargeError(
                        f"attachment larger than the {self.limit} bytes accepted",
                        limit=self.limit,
                        status=response.status_code,
                    )
                out.write(chunk)

    def _open(self) -> IO[bytes]:
        return self.path.open("wb")

    def commit(self) -> None:
        self.path.replace(self.dest)

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
