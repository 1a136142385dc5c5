"""IssueDelegate: what each row shows (via row_texts), plain text only, fixed row height."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
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

from .test_issue_list_support import NOW, Drawn, make_issue, paint_one_row


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
        ("CLAIM", True, "Return required", palette.LIGHT.return_required),
        ("CLAIM", False, "No return needed", palette.LIGHT.fact),
        ("CLAIM", None, "Return decision pending", palette.LIGHT.your_move),
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
        make_issue(
            1,
            kind="CLAIM",
            login="jan_k",
            subject="Pęknięty ekran",
            reason=None,
            reference="77/2025",
        ),
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


def test_the_reason_names_a_claim_that_also_has_a_subject() -> None:
    # A discussion that became a claim keeps its subject; the claim's reason is its title.
    (texts,) = texts_for(make_issue(1, subject="Pęknięty ekran", reason="ITEM_IS_DAMAGED"))
    assert texts.summary == "Item is damaged"


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
            reason=None,  # the title is the reason's name when there is one
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


def paint_row(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, issue: object, width: int = 420
) -> tuple[QImage, list[Drawn], QRect]:
    """Paint one row into an image; return it, every text drawn (box, colour, elided text)."""
    row = paint_one_row(qtbot, monkeypatch, issue, width)
    return row.image, row.drawn, QRect(row.option.rect)  # a copy: the option goes with row


def count_colour(image: QImage, colour: QColor, area: QRect) -> int:
    rgb = colour.rgb()
    return sum(
        1
        for y in range(max(area.top(), 0), min(area.bottom() + 1, image.height()))
        for x in range(max(area.left(), 0), min(area.right() + 1, image.width()))
        if image.pixel(x, y) == rgb
    )


def by_text(drawn: list[Drawn], text: str) -> Drawn:
    (found,) = [d for d in drawn if d.text == text]
    return found


def test_painted_row_shows_its_texts_in_three_lines(qtbot: QtBot, monkeypatch) -> None:
    issue = make_issue(
        1,
        login="jan_k",
        subject="Pęknięty ekran",
        reason=None,
        reference="77/2025",
        due=NOW + timedelta(days=3, hours=1),
    )
    _, drawn, row = paint_row(qtbot, monkeypatch, issue)
    buyer = by_text(drawn, "jan_k")
    summary = by_text(drawn, "Pęknięty ekran")
    meta = by_text(drawn, "77/2025 · Awaiting your decision")
    deadline = by_text(drawn, "in 3 days")
    assert buyer.rect.top() < summary.rect.top() < meta.rect.top()  # three lines, in order
    assert deadline.rect.top() == buyer.rect.top()  # the deadline shares the buyer's line
    assert buyer.rect.right() < deadline.rect.left()  # ...to the right of it, not over it
    assert deadline.rect.right() <= row.right()
    for item in drawn:
        assert row.contains(item.rect), item


def test_long_subject_is_elided_inside_its_box(qtbot: QtBot, monkeypatch) -> None:
    _, drawn, row = paint_row(
        qtbot, monkeypatch, make_issue(1, subject="y" * 300, reason=None), width=300
    )
    (summary,) = [d for d in drawn if d.text.startswith("yyy")]
    assert summary.text.endswith("…") and len(summary.text) < 300
    assert row.contains(summary.rect)


def test_overdue_deadline_is_painted_red_and_a_normal_one_is_not(qtbot: QtBot, monkeypatch) -> None:
    _, late, _ = paint_row(
        qtbot, monkeypatch, make_issue(1, due=NOW - timedelta(hours=2, minutes=5))
    )
    assert by_text(late, "2 h overdue").color == palette.OVERDUE
    _, calm, _ = paint_row(qtbot, monkeypatch, make_issue(2, due=NOW + timedelta(days=3, hours=1)))
    assert by_text(calm, "in 3 days").color not in (palette.OVERDUE, palette.DUE_SOON)


def test_your_turn_stripe_is_painted_only_when_awaiting_reply(qtbot: QtBot, monkeypatch) -> None:
    stripe = QRect(0, 2, 2, 10)
    image, _, _ = paint_row(qtbot, monkeypatch, make_issue(1, last_status="BUYER_REPLIED"))
    assert count_colour(image, palette.LIGHT.stripe, stripe) == stripe.width() * stripe.height()
    image, _, _ = paint_row(qtbot, monkeypatch, make_issue(2, last_status="SELLER_REPLIED"))
    assert count_colour(image, palette.LIGHT.stripe, stripe) == 0


@pytest.mark.parametrize(
    ("kind", "required", "tone"),
    [
        ("CLAIM", True, palette.LIGHT.return_required),
        ("CLAIM", None, palette.LIGHT.your_move),
        ("DISPUTE", None, None),
    ],
)
def test_return_badge_is_painted_right_of_the_summary(
    qtbot: QtBot, monkeypatch, kind: str, required: bool | None, tone: palette.Tone | None
) -> None:
    issue = make_issue(
        1, kind=kind, return_required=required, subject="Pęknięty ekran", reason=None, due=None
    )
    image, drawn, row = paint_row(qtbot, monkeypatch, issue)
    summary = by_text(drawn, "Pęknięty ekran")
    right_of_summary = QRect(
        summary.rect.right() + 1, summary.rect.top(), row.right(), summary.rect.height()
    )
    for candidate in (palette.LIGHT.return_required, palette.LIGHT.your_move):
        painted = count_colour(image, candidate.background, right_of_summary)
        assert (painted > 20) is (candidate is tone), (candidate, painted)


def test_row_without_an_issue_paints_nothing_of_ours() -> None:
    delegate = IssueDelegate()
    assert delegate.row_texts(QModelIndex()) is None
    image = QImage(100, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        delegate.paint(painter, QStyleOptionViewItem(), QModelIndex())
    finally:
        painter.end()
    assert count_colour(image, QColor("white"), QRect(0, 0, 100, 40)) == 100 * 40
