"""Builders shared by the issue-list tests (and bench/bench_list.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QListView, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.domain import Issue, parse_issue
from allegro_issues_desktop.ui.issue_list import IssueDelegate, IssueFilterProxy, IssueListModel

NOW = datetime(2025, 6, 20, 12, 0, tzinfo=UTC)


def iso(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def issue_json(
    n: int = 0,
    *,
    kind: str = "CLAIM",
    status: str | None = None,
    login: str | None = None,
    subject: str | None = "Produkt uszkodzony w transporcie",
    reference: str | None = None,
    order_id: str | None = None,
    return_required: bool | None = None,
    chat_active: bool | None = True,
    last_status: str | None = "BUYER_REPLIED",
    opened: datetime | None = None,
    due: datetime | None = None,
    last_message: datetime | None = None,
    reason: str | None = "PRODUCT_AND_PARCEL_DAMAGED_IN_TRANSIT",
    description: str | None = None,
    issue_id: str | None = None,
) -> dict[str, Any]:
    """API JSON of one PostPurchaseIssue; ``n`` makes ids and dates distinct (newer = lower)."""
    opened = opened or NOW - timedelta(hours=n + 1)
    claim = kind == "CLAIM"
    if status is None:
        status = "CLAIM_SUBMITTED" if claim else "DISPUTE_ONGOING"
    return {
        "id": issue_id or f"issue-{n:05d}",
        "type": kind,
        "referenceNumber": reference if reference is not None else f"{1000 + n}/2025",
        "decisionDueDate": iso(due) if due else None,
        "openedDate": iso(opened),
        "subject": subject,
        "buyer": {"id": str(500 + n), "login": login or f"kupujacy{n}"},
        "checkoutForm": {"id": order_id or f"order-{n:05d}", "createdAt": iso(opened)},
        "currentState": {
            "status": status,
            "statusDueDate": iso(due) if due else None,
            "returnRequired": return_required if claim else None,
            "chatActive": chat_active,
        },
        "chat": {
            "lastMessage": {
                "status": last_status,
                "createdAt": iso(last_message or opened),
            },
            "messagesCount": 2,
        },
        "expectations": [],
        "description": description,
        "reason": {"type": reason, "description": description} if claim and reason else None,
        "attachments": [],
    }


def make_issue(n: int = 0, **fields: Any) -> Issue:
    return parse_issue(issue_json(n, **fields))


def synthetic_issues(count: int) -> list[Issue]:
    """Quick, varied issues (a third closed, half claims, mixed turns, some deadlines)."""
    kinds = ("CLAIM", "DISPUTE")
    result = []
    for n in range(count):
        kind = kinds[n % 2]
        closed = n % 3 == 0
        status = (
            ("CLAIM_ACCEPTED" if kind == "CLAIM" else "DISPUTE_CLOSED")
            if closed
            else ("CLAIM_SUBMITTED" if kind == "CLAIM" else "DISPUTE_ONGOING")
        )
        result.append(
            make_issue(
                n,
                kind=kind,
                status=status,
                login=("Łódź_sklep" if n % 97 == 0 else f"buyer{n * 7919 % 100_000}"),
                return_required=(True, False, None)[n % 3],
                last_status=("BUYER_REPLIED", "SELLER_REPLIED", "NEW")[n % 3],
                chat_active=not closed,
                due=NOW + timedelta(hours=(n % 200) - 20) if not closed and n % 4 else None,
            )
        )
    return result


@cache
def _demo_issue_json(count: int, seed: int) -> tuple[dict[str, Any], ...]:
    from allegro_issues_desktop.demo.data import generate_issues

    seeds = generate_issues(count, seed, "http://127.0.0.1:1", now=NOW)
    return tuple(s.issue for s in seeds)


def demo_issues(count: int, seed: int = 7) -> list[Issue]:
    """Realistic issues from the demo generator (falls back to synthetic ones without it)."""
    try:
        raw = _demo_issue_json(count, seed)
    except ImportError:
        return synthetic_issues(count)
    return [parse_issue(item) for item in raw]


def test_builders_parse() -> None:
    issue = make_issue(3, kind="DISPUTE", login="anna")
    assert issue.id == "issue-00003"
    assert issue.type == "DISPUTE"
    assert issue.buyer.login == "anna"
    assert len(synthetic_issues(10)) == 10


def proxy_in_view(qtbot: QtBot, model: IssueListModel) -> tuple[IssueFilterProxy, QListView]:
    """A filter proxy over ``model`` shown by a list view (closed by ``qtbot``)."""
    proxy = IssueFilterProxy()
    proxy.setSourceModel(model)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    return proxy, view


@dataclass(frozen=True)
class Drawn:
    """One text a row painted: its box, colour and font, and the words as painted (elided to
    the box)."""

    rect: QRect
    color: QColor
    font: QFont
    text: str


@dataclass(frozen=True)
class PaintedRow:
    image: QImage
    drawn: list[Drawn]  # in the order painted
    option: QStyleOptionViewItem  # its rect is the row's
    delegate: IssueDelegate
    model: IssueListModel  # held here: the view does not own it
    index: QModelIndex


def paint_one_row(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    issue: object,
    width: int,
    *,
    account: str = "",
    account_labels: dict[str, str] | None = None,
) -> PaintedRow:
    """Paint one row of ``issue`` (listed under ``account``) ``width`` px wide into an image,
    recording every text the delegate draws."""
    model = IssueListModel()
    model.set_issues([issue], account=account)  # type: ignore[list-item]
    view = QListView()
    qtbot.addWidget(view)  # keeps the model's view and the delegate alive for the test
    view.setModel(model)
    delegate = IssueDelegate(view)
    delegate.set_now(NOW)
    if account_labels:
        delegate.set_account_labels(account_labels)
    drawn: list[Drawn] = []
    original = IssueDelegate._text

    def recording(painter, rect, font, metrics, color, text, align=Qt.AlignmentFlag.AlignLeft):
        if rect.width() > 0 and text:
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            drawn.append(Drawn(QRect(rect), QColor(color), QFont(font), shown))
        original(painter, rect, font, metrics, color, text, align)

    monkeypatch.setattr(IssueDelegate, "_text", staticmethod(recording))
    option = QStyleOptionViewItem()
    option.initFrom(view)
    index = model.index(0, 0)
    option.rect = QRect(0, 0, width, delegate.sizeHint(option, index).height())
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        delegate.paint(painter, option, index)
    finally:
        painter.end()
    return PaintedRow(image, drawn, option, delegate, model, index)
