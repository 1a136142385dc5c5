"""The /sale/issues routes: HTTP-level checks (auth, media types, parameters, bodies) and
injected faults in front of the `IssueStore`.

Status codes follow the contract: 400 for a malformed parameter or body field (limit, offset,
status, text length, unknown enum value, amounts), 422 for a request that is well-formed but
refused (no text and no attachment, a message type or verdict the issue does not allow, a
second END_REQUEST, a bad attachment declaration), 409 for a closed chat.
"""

from __future__ import annotations

import json
import re
import secrets
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from allegro_issues_desktop.demo import errors
from allegro_issues_desktop.demo.errors import BETA_JSON, ApiError
from allegro_issues_desktop.demo.faults import Fault, Faults
from allegro_issues_desktop.demo.protocol import EmuRequest, EmuResponse
from allegro_issues_desktop.demo.store import IssueStore
from allegro_issues_desktop.domain.codes import (
    ATTACHMENT_CONTENT_TYPES,
    MAX_ATTACHMENT_BYTES,
    MAX_MESSAGE_LENGTH,
    ClaimVerdict,
    IssueStatus,
    IssueType,
    MessageType,
)

PREFIX = "/sale/issues"
_ISSUE = re.compile(r"^/sale/issues/([^/]+)$")
_CHAT = re.compile(r"^/sale/issues/([^/]+)/chat$")
_MESSAGE = re.compile(r"^/sale/issues/([^/]+)/message$")
_STATUS = re.compile(r"^/sale/issues/([^/]+)/status$")
_ATTACHMENT = re.compile(r"^/sale/issues/attachments/([^/]+)$")
_AMOUNT = re.compile(r"^\d{1,9}(\.\d{1,2})?$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_STATUSES = frozenset(s.value for s in IssueStatus)
_VERDICTS = frozenset(v.value for v in ClaimVerdict)
_MESSAGE_TYPES = frozenset(t.value for t in MessageType)

TokenCheck = errors.TokenCheck


class IssuesApi:
    def __init__(self, store: IssueStore, faults: Faults, check_token: TokenCheck) -> None:
        self._store = store
        self._faults = faults
        self._check_token = check_token

    @staticmethod
    def handles(path: str) -> bool:
        return path == PREFIX or path.startswith(PREFIX + "/")

    def handle(self, req: EmuRequest) -> EmuResponse:
        language = req.headers.get("accept-language", "")
        if self._faults.latency > 0:
            time.sleep(self._faults.latency)
        fault = self._faults.draw()
        try:
            response = (
                self._injected(fault)
                or errors.bearer_rejection(req, self._check_token)
                or self._route(req)
            )
        except ApiError as error:
            response = error.response(language)
        if fault is Fault.RATE_LIMITED and self._faults.retry_after is not None:
            response.headers["Retry-After"] = f"{self._faults.retry_after:g}"
        if fault is Fault.MALFORMED and 200 <= response.status < 300 and response.body:
            response.body = response.body[: len(response.body) // 2]  # after the effect
        response.headers["Trace-Id"] = secrets.token_hex(8)
        return response

    @staticmethod
    def _injected(fault: Fault) -> EmuResponse | None:
        status = {Fault.RATE_LIMITED: 429, Fault.SERVER_ERROR: 500, Fault.UNAVAILABLE: 503}
        if fault in status:
            raise errors.fault(status[fault])
        return None

    # ------------------------------------------------------------------ routing
    def _route(self, req: EmuRequest) -> EmuResponse:
        path, method = req.path, req.method
        if path == PREFIX:
            self._allow(method, "GET")
            return self._list(req)
        if path == PREFIX + "/attachments":
            self._allow(method, "POST")
            return self._declare(req)
        if match := _ATTACHMENT.match(path):
            if method == "PUT":
                return self._upload(req, match[1])
            self._allow(method, "GET")
            return self._download(match[1])
        for pattern, allowed, handler in (
            (_ISSUE, "GET", self._issue),
            (_CHAT, "GET", self._chat),
            (_MESSAGE, "POST", self._message),
            (_STATUS, "POST", self._status),
        ):
            if match := pattern.match(path):
                self._allow(method, allowed)
                return handler(req, match[1])
        raise errors.not_found("resource")

    @staticmethod
    def _allow(method: str, allowed: str) -> None:
        if method != allowed:
            raise errors.method_not_allowed(method)

    # --------------------------------------------------------------- operations
    def _list(self, req: EmuRequest) -> EmuResponse:
        _require_beta(req)
        limit = _int_param(req.query, "limit", 10, 1, 100)
        offset = _int_param(req.query, "offset", 0, 0, None)
        statuses = frozenset(
            part.strip() for value in req.query.get("status", []) for part in value.split(",")
        ) - {""}
        if statuses - _STATUSES:
            raise errors.invalid(f"Unknown status: {sorted(statuses - _STATUSES)}", "status")
        checkout = req.query.get("checkoutForm.id", [None])[0]
        language = req.headers.get("accept-language", "")  # translates `subject` only
        body = self._store.list_issues_body(statuses, checkout, offset, limit, language)
        return EmuResponse(200, body, {"Content-Type": BETA_JSON})

    def _issue(self, req: EmuRequest, issue_id: str) -> EmuResponse:
        _require_beta(req)
        return _json(200, self._store.issue(issue_id, req.headers.get("accept-language", "")))

    def _chat(self, req: EmuRequest, issue_id: str) -> EmuResponse:
        _require_beta(req)
        limit = _int_param(req.query, "limit", 10, 1, 100)
        offset = _int_param(req.query, "offset", 0, 0, None)
        if limit == 100 and self._faults.ignore_chat_offset:
            offset = 0  # Allegro bug #13678
        issue = self._store.issue(issue_id)
        oldest_first = self._faults.mixed_chat_order and issue.get("type") == IssueType.CLAIM
        chat = self._store.chat_page(issue_id, offset, limit, newest_first=not oldest_first)
        return _json(200, {"chat": chat})

    def _message(self, req: EmuRequest, issue_id: str) -> EmuResponse:
        body = _json_body(req)
        text = body.get("text")
        if text is None:
            text = ""
        if not isinstance(text, str):
            raise errors.invalid("text must be a string", "text")
        if len(text) > MAX_MESSAGE_LENGTH:
            raise errors.invalid(f"text is longer than {MAX_MESSAGE_LENGTH} characters", "text")
        attachment_ids = _attachment_ids(body.get("attachments"))
        message_type = body.get("type") or MessageType.REGULAR.value
        if message_type not in _MESSAGE_TYPES:
            raise errors.invalid(f"Unknown message type: {message_type!r}", "type")
        if not text.strip() and not attachment_ids:
            raise errors.invalid(
                "At least one of fields: 'text', 'attachment' is required", None, 422
            )
        message = self._store.post_message(issue_id, text, attachment_ids, str(message_type))
        return _json(201, message)

    def _status(self, req: EmuRequest, issue_id: str) -> EmuResponse:
        body = _json_body(req)
        verdict = body.get("status")
        if verdict not in _VERDICTS:
            raise errors.invalid(f"Unknown or missing status: {verdict!r}", "status")
        message = body.get("message")
        if not isinstance(message, str) or not message.strip():
            raise errors.invalid("message is required", "message")
        if len(message) > MAX_MESSAGE_LENGTH:
            raise errors.invalid("message is too long", "message")
        refund = _price(body.get("partialRefund"))
        if verdict == ClaimVerdict.ACCEPTED_PARTIAL_REFUND and refund is None:
            raise errors.invalid("partialRefund is required", "partialRefund.amount", 422)
        self._store.change_status(issue_id, str(verdict), message, refund)
        return EmuResponse(200)

    def _declare(self, req: EmuRequest) -> EmuResponse:
        body = _json_body(req)
        file_name, size = body.get("fileName"), body.get("size")
        if not isinstance(file_name, str) or not file_name.strip() or len(file_name) > 255:
            raise errors.invalid("fileName is required (at most 255 characters)", "fileName", 422)
        if not isinstance(size, int) or isinstance(size, bool):
            raise errors.invalid("size must be an integer", "size", 422)
        if not 1 <= size <= MAX_ATTACHMENT_BYTES:
            raise errors.invalid(f"size must be 1..{MAX_ATTACHMENT_BYTES}", "size", 422)
        extension = "." + file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
        if extension not in ATTACHMENT_CONTENT_TYPES:
            raise errors.invalid(f"Unsupported file type: {file_name!r}", "fileName", 422)
        declared = self._store.declare_attachment(file_name, size)
        response = _json(201, {"id": declared.id})
        location = self._store.attachment_url(declared.id) + f"?upload={declared.secret}"
        response.headers["Location"] = location
        return response

    def _upload(self, req: EmuRequest, attachment_id: str) -> EmuResponse:
        accept = req.headers.get("accept", "")
        if accept and BETA_JSON not in accept and "*/*" not in accept:
            raise errors.not_acceptable()
        content_type = _media_type(req.headers.get("content-type", ""))
        secret = req.query.get("upload", [""])[0]
        self._store.upload(attachment_id, secret, content_type, req.body)
        return _json(200, {"id": attachment_id})

    def _download(self, attachment_id: str) -> EmuResponse:
        found = self._store.file(attachment_id)
        disposition = f"attachment; filename*=UTF-8''{quote(found.file_name, safe='')}"
        headers = {"Content-Type": found.content_type, "Content-Disposition": disposition}
        return EmuResponse(200, found.data, headers)


# ---------------------------------------------------------------------- helpers
def _json(status: int, payload: Any) -> EmuResponse:
    return EmuResponse.json(status, payload, BETA_JSON)


def _media_type(header: str) -> str:
    return header.split(";", 1)[0].strip().lower()


def _require_beta(req: EmuRequest) -> None:
    accepted = [_media_type(part) for part in req.headers.get("accept", "").split(",")]
    if BETA_JSON not in accepted:
        raise errors.not_acceptable()


def _json_body(req: EmuRequest) -> dict[str, Any]:
    _require_beta(req)
    content_type = req.headers.get("content-type", "")
    if _media_type(content_type) != BETA_JSON:
        raise errors.unsupported_media_type(content_type)
    try:
        body = json.loads(req.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise errors.invalid("Malformed JSON body") from None
    if not isinstance(body, dict):
        raise errors.invalid("The body must be a JSON object")
    return body


def _int_param(
    query: Mapping[str, list[str]], name: str, default: int, low: int, high: int | None
) -> int:
    values = query.get(name)
    if not values:
        return default
    try:
        value = int(values[0])
    except ValueError:
        raise errors.invalid(f"{name} must be an integer", name) from None
    if value < low or (high is not None and value > high):
        bound = f"{low}..{high}" if high is not None else f">= {low}"
        raise errors.invalid(f"{name} must be {bound}", name)
    return value


def _attachment_ids(raw: object) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise errors.invalid("attachments must be a list", "attachments")
    ids: list[str] = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise errors.invalid("every attachment needs an id", "attachments")
        ids.append(item["id"])
    return ids


def _price(raw: object) -> dict[str, str] | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise errors.invalid("partialRefund must be an object", "partialRefund")
    amount, currency = raw.get("amount"), raw.get("currency")
    if amount is None:
        return None
    if not isinstance(amount, str) or not _AMOUNT.match(amount) or float(amount) <= 0:
        raise errors.invalid("partialRefund.amount must be like '40.00'", "partialRefund.amount")
    if not isinstance(currency, str) or not _CURRENCY.match(currency):
        raise errors.invalid("partialRefund.currency must be ISO 4217", "partialRefund.currency")
    return {"amount": amount, "currency": currency}
