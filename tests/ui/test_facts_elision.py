"""One-line facts end in "…" when narrow (full value in the tooltip and for copying); no value
widens the window; the offer link elides its words, never putting outside text in rich text."""

from __future__ import annotations

import html
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontMetrics, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.ui.detail import FactsView
from allegro_issues_desktop.ui.detail.text import plain_tooltip
from allegro_issues_desktop.ui.elided_label import ElidedLabel
from tests.ui.test_detail_data import HOSTILE, make_issue

ORDER = "29f1c7e0-8b7a-11ef-9a1b-6d2b1c0e4f11"
LONG_LOGIN = "a_very_long_buyer_login_that_goes_on_and_on_and_on"


def shown_facts(qtbot: QtBot, width: int, **issue: Any) -> FactsView:
    facts = FactsView()
    qtbot.addWidget(facts)
    facts.set_issue(make_issue(**issue))
    facts.setFixedWidth(width)  # narrower than the old facts' minimum width, too
    facts.show()
    qtbot.waitExposed(facts)
    return facts


def room(label: QLabel) -> int:
    return label.contentsRect().width()


def wait_narrow(qtbot: QtBot, label: QLabel) -> None:
    """Until ``label`` is laid out narrower than its text."""
    qtbot.waitUntil(
        lambda: 0 < room(label) < QFontMetrics(label.font()).horizontalAdvance(label.text())
    )


def elided(label: QLabel) -> str:
    """What Qt would show of ``label``'s text in its width."""
    metrics = QFontMetrics(label.font())
    return metrics.elidedText(label.text(), Qt.TextElideMode.ElideRight, room(label))


def ink_columns(image: QImage) -> list[int]:
    """The x of every column with a pixel unlike the top-left one (the background)."""
    background = image.pixel(0, 0)
    return [
        x
        for x in range(image.width())
        if any(image.pixel(x, y) != background for y in range(image.height()))
    ]


# -- one-line values ---------------------------------------------------------------------------


def test_narrow_values_end_in_an_ellipsis_with_the_full_value_as_tooltip(qtbot: QtBot) -> None:
    facts = shown_facts(qtbot, 330)
    for label in (facts.opened, facts.right, facts.order):
        wait_narrow(qtbot, label)
        full = label.text()
        assert label.toolTip() == plain_tooltip(full), label.objectName()
        shown = label.shown_text()
        assert shown == elided(label)
        assert shown.endswith("…") and full.startswith(shown[:-1]), (shown, full)
    assert facts.order.text() == ORDER  # the label's text stays the whole value


def test_a_value_that_fits_is_whole_and_has_no_tooltip_again(qtbot: QtBot) -> None:
    facts = shown_facts(qtbot, 330)
    wait_narrow(qtbot, facts.opened)
    qtbot.waitUntil(lambda: facts.opened.toolTip() != "")
    facts.setFixedWidth(1400)
    qtbot.waitUntil(lambda: facts.opened.toolTip() == "")
    assert facts.opened.shown_text() == facts.opened.text()
    assert facts.order.shown_text() == ORDER and facts.order.toolTip() == ""


def test_an_elided_value_is_painted_as_a_label_showing_the_elided_text(qtbot: QtBot) -> None:
    facts = shown_facts(qtbot, 330)
    for label in (facts.opened, facts.order):  # plain, and selectable
        wait_narrow(qtbot, label)
        twin = QLabel(label.parentWidget())
        twin.setTextFormat(Qt.TextFormat.PlainText)
        twin.setTextInteractionFlags(label.textInteractionFlags())
        twin.setText(elided(label))
        twin.setGeometry(label.geometry().translated(0, 200))
        twin.show()
        assert label.grab().toImage() == twin.grab().toImage(), label.objectName()
        # Nothing is cut: the ellipsis ends inside the label.
        assert max(ink_columns(label.grab().toImage())) < label.width() - 1


def test_buyer_text_in_an_elided_value_stays_plain(qtbot: QtBot) -> None:
    facts = shown_facts(qtbot, 330, buyer={"id": "1", "login": HOSTILE * 3})
    wait_narrow(qtbot, facts.buyer)
    assert facts.buyer.textFormat() == Qt.TextFormat.PlainText
    assert facts.buyer.text() == HOSTILE * 3
    assert facts.buyer.toolTip() == plain_tooltip(HOSTILE * 3)
    assert "<img" not in facts.buyer.toolTip()


def test_copying_an_elided_value_copies_all_of_it(qtbot: QtBot) -> None:
    facts = shown_facts(qtbot, 330)
    order = facts.order
    wait_narrow(qtbot, order)
    y, none = order.height() // 2, Qt.KeyboardModifier.NoModifier
    # A drag from the start onto the ellipsis selects the whole value, not what is visible.
    QTest.mousePress(order, Qt.MouseButton.LeftButton, none, QPoint(1, y))
    QTest.mouseMove(order, QPoint(order.width() - 2, y))
    QTest.mouseRelease(
        order,
        Qt.MouseButton.LeftButton,
        none,
        QPoint(order.width() - 2, y),
    )
    assert order.selectedText() == ORDER
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    order.setFocus()
    QTest.keyClick(order, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: clipboard.text() == ORDER)


def test_selecting_inside_the_visible_part_selects_just_that(qtbot: QtBot) -> None:
    facts = shown_facts(qtbot, 330)
    order = facts.order
    wait_narrow(qtbot, order)
    y, none = order.height() // 2, Qt.KeyboardModifier.NoModifier
    end = QFontMetrics(order.font()).horizontalAdvance("29f1c7e0") + 1
    QTest.mousePress(order, Qt.MouseButton.LeftButton, none, QPoint(1, y))
    QTest.mouseMove(order, QPoint(end, y))
    QTest.mouseRelease(order, Qt.MouseButton.LeftButton, none, QPoint(end, y))
    assert order.selectedText() == "29f1c7e0"


def test_wrapped_values_still_wrap(qtbot: QtBot) -> None:
    facts = shown_facts(qtbot, 330)
    for label in (facts.expectation, facts.reason, facts.description):
        assert label.wordWrap(), label.objectName()
        assert not isinstance(label, ElidedLabel)


@pytest.mark.parametrize(
    "issue",
    [
        {"buyer": {"id": "1", "login": LONG_LOGIN}},
        {"checkoutForm": {"id": ORDER * 3, "createdAt": "2026-03-10T12:00:00Z"}},
        {"offer": {"id": "9" * 64}},
    ],
)
def test_a_long_value_does_not_widen_the_facts(qtbot: QtBot, issue: dict[str, object]) -> None:
    short = shown_facts(qtbot, 330)
    long = shown_facts(qtbot, 330, **issue)
    assert long.minimumSizeHint().width() == short.minimumSizeHint().width()


# -- the offer link ----------------------------------------------------------------------------


def test_a_narrow_offer_link_elides_its_words_and_still_opens_the_offer(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)
    facts = shown_facts(qtbot, 300, offer={"id": "1" * 40})
    offer = facts.offer
    qtbot.waitUntil(lambda: "…" in offer.text())
    words = offer.full_text()
    assert words.startswith("1" * 40)
    assert offer.textFormat() == Qt.TextFormat.RichText
    url = "https://allegro.pl/oferta/" + "1" * 40
    assert offer.text().startswith(f'<a href="{url}">') and offer.text().endswith("…</a>")
    assert offer.toolTip() == url
    offer.linkActivated.emit("https://evil.example/")
    assert [u.toString() for u in opened] == [url]
    facts.setFixedWidth(1400)
    qtbot.waitUntil(lambda: offer.text() == f'<a href="{url}">{html.escape(words)}</a>')


def test_an_odd_offer_id_elides_as_plain_text(qtbot: QtBot) -> None:
    odd = HOSTILE * 3
    facts = shown_facts(qtbot, 300, offer={"id": odd})
    offer = facts.offer
    qtbot.waitUntil(lambda: offer.text().endswith("…"))
    assert offer.textFormat() == Qt.TextFormat.PlainText
    assert odd.startswith(offer.text()[:-1])
    assert offer.toolTip() == plain_tooltip(odd)


def test_a_link_after_an_odd_id_and_back_keeps_the_right_tooltip(qtbot: QtBot) -> None:
    facts = shown_facts(qtbot, 1400)
    assert facts.offer.toolTip().startswith("https://allegro.pl/oferta/")
    facts.set_issue(make_issue(offer={"id": "odd id"}))
    assert facts.offer.textFormat() == Qt.TextFormat.PlainText
    assert facts.offer.toolTip() == ""  # not the previous issue's link


def test_facts_take_no_width_from_their_values(qtbot: QtBot) -> None:
    facts = shown_facts(qtbot, 330)
    widths = {
        w.objectName(): w.minimumSizeHint().width()
        for w in facts.findChildren(QWidget)
        if w.objectName() in ("factBuyer", "factOrder", "factOffer", "factOpened", "factRight")
    }
    assert widths == dict.fromkeys(widths, 0) and len(widths) == 5
