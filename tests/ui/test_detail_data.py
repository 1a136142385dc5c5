"""Builders of issue and chat JSON for the detail/chat tests (API JSON, parsed by the domain)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtWidgets import QWidget

from allegro_issues_desktop.domain import ChatMessage, Issue, parse_chat_message, parse_issue
from allegro_issues_desktop.store.drafts import DraftStore
from allegro_issues_desktop.ui.detail import IssueDetailPanel

HOSTILE = "<b>x</b><img src=http://127.0.0.1:9/evil.png>"
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def iso(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def issue_json(
    issue_id: str = "c1a1m000-0000-4000-8000-000000000001",
    *,
    kind: str = "CLAIM",
    status: str | None = None,
    chat_active: bool | None = True,
    return_required: bool | None = None,
    due: datetime | None = None,
    **overrides: Any,
) -> dict[str, Any]:
    status = status or ("CLAIM_SUBMITTED" if kind == "CLAIM" else "DISPUTE_ONGOING")
    data: dict[str, Any] = {
        "id": issue_id,
        "type": kind,
        "referenceNumber": "4821/2026",
        "openedDate": iso(NOW - timedelta(days=3)),
        "decisionDueDate": None,
        "subject": "the product is damaged, but the parcel is intact",
        "buyer": {"id": "51234", "login": "kasia_zakupy"},
        "checkoutForm": {"id": "29f1c7e0-8b7a-11ef-9a1b-6d2b1c0e4f11", "createdAt": iso(NOW)},
        "currentState": {
            "status": status,
            "statusDueDate": iso(due) if due else None,
            "returnRequired": return_required,
            "chatActive": chat_active,
        },
        "chat": {
            "lastMessage": {"status": "BUYER_REPLIED", "createdAt": iso(NOW)},
            "messagesCount": 3,
        },
        "expectations": [
            {"name": "PARTIAL_REFUND", "refund": {"amount": "49.99", "currency": "PLN"}}
        ]
        if kind == "CLAIM"
        else [],
        "description": "The mug arrived with a crack along the handle. Photos attached.",
        "offer": {"id": "15873425521", "quantity": 1},
        "product": {"id": "p-1"},
        "reason": {"type": "PRODUCT_DAMAGED_PARCEL_INTACT", "description": None},
        "right": "WARRANTY" if kind == "CLAIM" else None,
        "attachments": [
            {
                "fileName": "crack-handle.jpg",
                "url": "https://api.allegro.pl/sale/issues/attachments/a-1",
            }
        ],
    }
    data.update(overrides)
    return data


def make_issue(issue_id: str = "c1a1m000-0000-4000-8000-000000000001", **kw: Any) -> Issue:
    return parse_issue(issue_json(issue_id, **kw))


def message_json(
    n: int,
    *,
    role: str = "BUYER",
    text: str | None = None,
    at: datetime | None = None,
    attachments: list[tuple[str, str]] | None = None,
) -> dict[str, Any]:
    author: dict[str, Any] = {"role": role}
    if role in ("BUYER", "SELLER"):
        author["login"] = "kasia_zakupy" if role == "BUYER" else "sklep_ceramika"
    return {
        "id": f"msg-{n:05d}",
        "text": text if text is not None else f"Message number {n}",
        "attachments": [{"fileName": name, "url": url} for name, url in (attachments or [])],
        "author": author,
        "createdAt": iso(at or NOW - timedelta(hours=300 - n)),
    }


def make_message(n: int, **kw: Any) -> ChatMessage:
    return parse_chat_message(message_json(n, **kw))


def make_chat(count: int, *, long_every: int = 0) -> list[ChatMessage]:
    roles = ("BUYER", "SELLER", "BUYER", "ADMIN", "SYSTEM")
    messages = []
    for n in range(count):
        text = None
        if long_every and n % long_every == 0:
            text = ("Bardzo długi opis problemu z zamówieniem. " * 460)[:19_000]
        messages.append(make_message(n, role=roles[n % len(roles)], text=text))
    return messages


def shown_panel(
    qtbot: Any, store: DraftStore, width: int = 820, height: int = 760
) -> IssueDetailPanel:
    """The panel inside a layout-less host window.

    The offscreen platform warns "does not support propagateSizeHints()" when a top-level window
    has a layout; a plain host avoids it (Qt warnings fail tests).
    """
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(width, height)
    panel = IssueDetailPanel(store, host)
    panel.setGeometry(0, 0, width, height)
    panel.test_host = host  # type: ignore[attr-defined]  # keeps the host alive with the panel
    host.show()
    qtbot.waitExposed(host)
    return panel
