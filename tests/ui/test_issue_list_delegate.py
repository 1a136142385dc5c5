"""IssueDelegate: what each row shows (via row_texts), plain text only, fixed row height."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QListView, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.domain import IssueKind
from allegro_issues_desktop.ui import palette
from allegro_issues_desktop.ui.issue_list import (
    IssueDelegate,
    IssueListModel,
    RowTexts,
    display_text,
)
from allegro_issues_desktop.ui.timefmt import Urgency

from .test_issue_list_support import NOW, make_issue


def texts_for(*issues: object) -> list[RowTexts]:
    model = IssueListModel()
    model.set_issues(issues)  # type: ignore[arg-type]
    delegate = IssueDelegate()
    delegate.set_now(NOW)
    result = []
    for row in range(model.rowCount()):
        texts = delegate.row_texts(model.index(row, 0))
        assert texts is not None
        result.append(texts)
    return result


@pytest.mark.parametrize(
    ("kind", "required", "badge", "tone"),
    [
        ("CLAIM", True, "Return required", palette.STRONG),
        ("CLAIM", False, "No return needed", palette.NEUTRAL),
        ("CLAIM", None, "Return decision pending", palette.WARNING),
        ("DISPUTE", None, None, None),  # discussions: no badge
    ],
)
def test_return_badge_for_every_decision(
    kind: str, required: bool | None, badge: str | None, tone: palette.Tone | None
) -> None:
    (texts,) = texts_for(make_issue(1, kind=kind, return_required=required))
    assert texts.badge_text == badge
    assert texts.badge_tone == tone


def test_kind_buyer_summary_reference_status() -> None:
    claim, discussion = texts_for(
        make_issue(1, kind="CLAIM", login="jan_k", subject="Pęknięty ekran", reference="77/2025"),
        make_issue(2, kind="DISPUTE", subject=None, reference=""),
    )
    assert (claim.kind, claim.kind_text) == (IssueKind.CLAIM, "Claim")
    assert claim.buyer == "jan_k"
    assert claim.summary == "Pęknięty ekran"
    assert claim.reference == "77/2025"
    assert claim.status == "Awaiting your decision"
    assert (discussion.kind, discussion.kind_text) == (IssueKind.DISCUSSION, "Discussion")
    assert discussion.summary == "No subject"
    assert discussion.status == "Ongoing"


def test_summary_falls_back_to_reason_name() -> None:
    (texts,) = texts_for(make_issue(1, subject=None, reason="ITEM_IS_DAMAGED"))
    assert texts.summary == "Item is damaged"


@pytest.mark.parametrize(
    ("last_status", "chat_active", "awaiting"),
    [
        ("BUYER_REPLIED", True, True),
        ("NEW", True, True),
        ("ALLEGRO_ADVISOR_REPLIED", True, True),
        ("SELLER_REPLIED", True, False),
        ("BUYER_REPLIED", False, False),  # chat closed: nobody's turn
    ],
)
def test_awaiting_reply_marker(last_status: str, chat_active: bool, awaiting: bool) -> None:
    (texts,) = texts_for(make_issue(1, last_status=last_status, chat_active=chat_active))
    assert texts.awaiting_reply is awaiting
    assert texts.awaiting_text == ("Awaiting your reply" if awaiting else None)


@pytest.mark.parametrize(
    ("delta", "status", "text", "level"),
    [
        (timedelta(days=3, hours=1), "CLAIM_SUBMITTED", "in 3 days", Urgency.NORMAL),
        (timedelta(hours=5, minutes=10), "CLAIM_SUBMITTED", "in 5 h", Urgency.SOON),
        (-timedelta(hours=2, minutes=5), "CLAIM_SUBMITTED", "2 h overdue", Urgency.OVERDUE),
        (timedelta(hours=5), "CLAIM_ACCEPTED", None, None),  # closed: no deadline
        (None, "CLAIM_SUBMITTED", None, None),
    ],
)
def test_deadline_text_and_urgency(
    delta: timedelta | None, status: str, text: str | None, level: Urgency | None
) -> None:
    (texts,) = texts_for(make_issue(1, status=status, due=NOW + delta if delta else None))
    assert texts.deadline_text == text
    assert texts.deadline_urgency is level


def test_hostile_text_is_kept_literally_and_bidi_controls_are_stripped() -> None:
    (texts,) = texts_for(
        make_issue(
            1,
            login="\u202eevil\u202c<b>x</b>",
            subject="<img src=x onerror=alert(1)>\n<b>bold</b>\u2067isolated\u2069",
            reference="\u202d12/2025",
        )
    )
    assert texts.buyer == "evil<b>x</b>"
    assert texts.summary == "<img src=x onerror=alert(1)> <b>bold</b>isolated"
    assert texts.reference == "12/2025"
    for value in (texts.buyer, texts.summary, texts.reference):
        assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in value)


def test_display_text() -> None:
    assert display_text(None) == ""
    assert display_text(" a\tb\r\nc ") == "a b  c"
    assert display_text("\u202bשלום\u202c") == "שלום"  # the letters stay, the override goes


def test_size_hint_is_fixed_and_fits_three_lines(qtbot: QtBot) -> None:
    model = IssueListModel()
    model.set_issues([make_issue(1), make_issue(2, subject="x" * 500)])
    delegate = IssueDelegate()
    option = QStyleOptionViewItem()
    option.font = QFont()
    first = delegate.sizeHint(option, model.index(0, 0))
    assert first == delegate.sizeHint(option, model.index(1, 0))
    line = option.fontMetrics.height() if option.fontMetrics else 0
    assert 3 * line <= first.height() <= 100


def test_paint_runs_for_every_kind_of_row(qtbot: QtBot) -> None:
    issues = [
        make_issue(1, return_required=True, due=NOW - timedelta(hours=1)),
        make_issue(2, kind="DISPUTE", login="\u202e<b>x</b>", due=NOW + timedelta(hours=3)),
        make_issue(3, status="CLAIM_REJECTED", chat_active=False, subject="y" * 300),
    ]
    model = IssueListModel()
    model.set_issues(issues)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = IssueDelegate(view)
    delegate.set_now(NOW)
    image = QImage(300, 80, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    try:
        for row in range(model.rowCount()):
            option = QStyleOptionViewItem()
            option.initFrom(view)
            option.rect = QRect(0, 0, 300, 80)
            delegate.paint(painter, option, model.index(row, 0))
        delegate.paint(painter, QStyleOptionViewItem(), QModelIndex())  # no issue: no crash
    finally:
        painter.end()
    assert delegate.row_texts(QModelIndex()) is None
