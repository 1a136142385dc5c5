"""Line 3 of a list row when it is short of room: the reference number (what the seller searches
by) stays whole; the status gives way first, then the time, then the account's name."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.ui.badges import badge_size
from allegro_issues_desktop.ui.issue_list import RowTexts

from .test_issue_list_support import Drawn, make_issue, paint_one_row

REFERENCE = "65731/2026"
ACCOUNTS = ["", "Shop 2", "Sklep Główny Allegro"]


def paint_line3(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, issue: object, width: int, account: str
) -> tuple[list[Drawn], RowTexts, QStyleOptionViewItem]:
    """Paint one row ``width`` px wide; return the texts drawn on line 3 (left to right)."""
    labels = {"a": "Main", "b": account} if account else None
    row = paint_one_row(qtbot, monkeypatch, issue, width, account="b", account_labels=labels)
    texts = row.delegate.row_texts(row.index)
    assert texts is not None
    bottom = max(d.rect.top() for d in row.drawn)
    line3 = sorted((d for d in row.drawn if d.rect.top() == bottom), key=lambda d: d.rect.left())
    return line3, texts, row.option


def room_for_line3(texts: RowTexts, option: QStyleOptionViewItem, width: int) -> int:
    """The px left of the "Awaiting your reply" chip (10 px padding each side, 8 px gutter)."""
    room = width - 20
    if texts.awaiting_text:
        room -= badge_size(small_badge_font(option.font), texts.awaiting_text)[0] + 8
    return room


def small_badge_font(base: QFont) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(max(base.pointSizeF() - 1.0, 7.0))
    font.setWeight(QFont.Weight.DemiBold)
    return font


@pytest.mark.parametrize("account", ACCOUNTS)
@pytest.mark.parametrize("awaiting", [True, False])
def test_the_reference_stays_whole_while_it_fits(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, account: str, awaiting: bool
) -> None:
    issue = make_issue(
        1, reference=REFERENCE, last_status="BUYER_REPLIED" if awaiting else "SELLER_REPLIED"
    )
    for width in range(200, 460, 6):
        line3, texts, option = paint_line3(qtbot, monkeypatch, issue, width, account)
        small = QFontMetrics(line3[-1].font)
        if small.horizontalAdvance(REFERENCE) > room_for_line3(texts, option, width):
            continue  # not even the number fits beside the chip: see the next test
        shown = [d.text for d in line3]
        meta = [t for t in shown if t.startswith(REFERENCE[:1])]
        assert meta, (width, shown)
        # Whole, then at most " · " and (part of) the status.
        assert meta[0] == REFERENCE or meta[0].startswith(REFERENCE + " · "), (width, shown)
        status = meta[0][len(REFERENCE + " · ") :]
        assert texts.status.startswith(status.removesuffix("…")), (width, shown)
        # The time of the last message is drawn whole or not at all.
        assert all(t == texts.last_message_text for t in shown if t[:1].isdigit() and t != meta[0])
        # The account's name, when drawn, is first and is its start.
        if account and len(shown) > 1 and shown[1] == " · ":
            assert account.startswith(shown[0].removesuffix("…")), (width, shown)


def test_a_reference_too_long_for_the_line_is_elided_alone(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = "1234567890/2026-ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    issue = make_issue(1, reference=reference, last_status="BUYER_REPLIED")
    line3, _, _ = paint_line3(qtbot, monkeypatch, issue, 320, "Shop 2")
    (meta,) = [d.text for d in line3 if d.text.startswith("1234")]
    assert meta.endswith("…") and reference.startswith(meta[:-1])
    assert [d.text for d in line3] == [meta]  # nothing else left on the line: no account, time


def test_the_account_gives_way_to_the_reference(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before, the account kept its whole name here and the number was cut: "Shop 2 · 65731/20…".
    issue = make_issue(1, reference=REFERENCE, last_status="BUYER_REPLIED")
    line3, texts, _ = paint_line3(qtbot, monkeypatch, issue, 320, "Shop 2")
    assert texts.account == "Shop 2"
    shown = [d.text for d in line3]
    assert any(t == REFERENCE or t.startswith(REFERENCE + " · ") for t in shown), shown
    if shown[0] != REFERENCE and not shown[0].startswith(REFERENCE):  # the account, elided
        assert shown[1] == " · " and "Shop 2".startswith(shown[0].removesuffix("…")), shown


def test_a_row_with_room_shows_everything(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    issue = make_issue(1, reference=REFERENCE, last_status="SELLER_REPLIED")
    line3, texts, _ = paint_line3(qtbot, monkeypatch, issue, 600, "Shop 2")
    assert [d.text for d in line3] == [
        "Shop 2",
        " · ",
        f"{REFERENCE} · {texts.status}",
        texts.last_message_text,
    ]


def test_the_time_gives_way_before_the_account(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With several shops the name tells rows apart; the deadline on line 1 is the time that
    # matters. Find a width where the number and the name fit, but not the time as well.
    issue = make_issue(1, reference=REFERENCE, last_status="BUYER_REPLIED")
    seen = []
    for width in range(300, 600, 4):
        line3, texts, _ = paint_line3(qtbot, monkeypatch, issue, width, "Shop 2")
        shown = [d.text for d in line3]
        seen.append(shown)
        if texts.last_message_text not in shown and REFERENCE in " ".join(shown):
            assert shown[:2] == ["Shop 2", " · "], (width, shown)  # whole, before the number
            return
    pytest.fail(f"no width between 300 and 600 px leaves out the time: {seen}")
