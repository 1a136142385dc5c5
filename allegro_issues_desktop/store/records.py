"""What the store keeps of an issue, made from its JSON on any thread (no Qt, no I/O).

:func:`issue_records` is the CPU-heavy half of storing issues (JSON encoding ~24 µs and the
search text per issue): the sync engine runs it on its parse worker, so the store's own
thread only writes, and what waits to be written is compact text, not JSON trees (~7 KB each
in memory). A full sync's issues come with their JSON text as received (:func:`issue_record`):
that text is stored as it is, with no encoding at all.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from ..domain.models import Issue
from .base import JsonObject
from .search_text import fold_joined

log = logging.getLogger(__name__)


class IssueRecord(NamedTuple):
    issue_id: str
    raw: str  # the issue's JSON text as received
    search_text: str  # folded words the full-text search finds it by


# What json.dumps(value, ensure_ascii=...) builds on every call, built once.
_JSON = json.JSONEncoder(ensure_ascii=False)
_JSON_ASCII = json.JSONEncoder(ensure_ascii=True)


def _dumps(value: object) -> str:
    text = _JSON.encode(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from "\ud800" in the JSON: keep it escaped
        text = _JSON_ASCII.encode(value)
    return text


def _storable(text: str) -> bool:
    try:
        text.encode("utf-8")  # a lone surrogate cannot be stored as a key
    except UnicodeEncodeError:
        return False
    return True


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):  # ids sometimes come as numbers
        return str(value)
    return None


def search_text_of(issue: JsonObject) -> str:
    """The folded words an issue (its decoded JSON) is found by."""
    buyer = issue.get("buyer")
    checkout = issue.get("checkoutForm")
    return fold_joined(
        _text(issue.get("subject")),
        _text(buyer.get("login")) if isinstance(buyer, Mapping) else None,
        _text(issue.get("referenceNumber")),
        _text(checkout.get("id")) if isinstance(checkout, Mapping) else None,
        _text(issue.get("id")),
    )


def _lean_text(issue: Issue) -> str:
    """:func:`search_text_of` from the parsed issue: the same when these fields were strings."""
    return fold_joined(
        issue.subject,
        issue.buyer.login,
        issue.reference_number,
        issue.checkout_form.id,
        issue.id,
    )


def issue_record(issue: Issue, source: str | JsonObject, account: str = "") -> IssueRecord | None:
    """The record of a listed issue (``domain.issue_pages.ListedIssue``): ``source`` is its JSON
    text as received, stored as it is (the fast decoder read every field the search text is
    made of as a string or null), or its decoded JSON (:func:`issue_records`). None when it
    cannot be stored."""
    if isinstance(source, str):
        issue_id = issue.id
        if issue_id is None or not _storable(issue_id):
            return None
        return IssueRecord(issue_id, source, _lean_text(issue))
    records = issue_records([source], account)
    return records[0] if records else None


def issue_records(issues: Sequence[JsonObject], account: str = "") -> list[IssueRecord]:
    """Records of the issues that can be stored: objects without a string id (or one with a
    lone surrogate) are skipped, and so is anything that is not JSON (with a warning)."""
    records: list[IssueRecord] = []
    for issue in issues:
        issue_id = issue.get("id") if isinstance(issue, Mapping) else None
        if not isinstance(issue_id, str) or not _storable(issue_id):
            continue
        try:
            raw = _dumps(issue)
        except (TypeError, ValueError):  # not JSON (a bug upstream): keep the rest
            log.warning("issue %s of %s is not JSON; not stored", issue_id, account)
            continue
        records.append(IssueRecord(issue_id, raw, search_text_of(issue)))
    return records
