"""Colours: every text/background pair the palette defines is at least 4.5:1 (WCAG AA), in the
light and the dark scheme; one meaning per colour; dark mode is followed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.domain import IssueKind, ReturnDecision
from allegro_issues_desktop.ui import palette
from allegro_issues_desktop.ui.badges import ReturnBadge, badge_tone, kind_tone, your_move_tone
from allegro_issues_desktop.ui.issue_list import row_texts_for

from .test_issue_list_support import make_issue


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """WCAG 2.x relative luminance."""
    return (
        0.2126 * _linear(color.red())
        + 0.7152 * _linear(color.green())
        + 0.0722 * _linear(color.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_formula_knows_the_textbook_values() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    # The old "awaiting your reply" chip: white on Allegro orange fails AA.
    assert contrast(QColor("#ffffff"), QColor("#ff5a00")) < 4.5


@pytest.mark.parametrize("scheme", [palette.LIGHT, palette.DARK], ids=["light", "dark"])
def test_every_pair_is_at_least_4_5_to_1(scheme: palette.Scheme) -> None:
    pairs = palette.contrast_pairs(scheme)
    # Every chip of the scheme and both text colours on two backgrounds each.
    assert len(pairs) == 7 + 2 * 2
    low = {name: round(contrast(fg, bg), 2) for name, fg, bg in pairs if contrast(fg, bg) < 4.5}
    assert not low


def test_one_meaning_per_colour() -> None:
    s = palette.LIGHT
    chips = [s.your_move, s.return_required, s.fact, s.history, s.error, s.notice, s.success]
    backgrounds = [t.background.name() for t in chips]
    assert len(set(backgrounds)) == len(backgrounds)
    # Return required is no longer red (red = something is wrong: overdue, failed).
    assert badge_tone(ReturnDecision.REQUIRED) != s.error
    assert s.return_required.foreground != s.overdue


@pytest.fixture
def dark() -> Iterator[None]:
    palette.force_dark(True)
    yield
    palette.force_dark(None)


def test_dark_mode_switches_every_chip(dark: None) -> None:
    assert palette.scheme() is palette.DARK
    assert badge_tone(ReturnDecision.PENDING) == palette.DARK.your_move
    assert kind_tone(IssueKind.CLAIM) == palette.DARK.fact
    assert your_move_tone() == palette.DARK.your_move
    texts = row_texts_for(make_issue(1, kind="CLAIM", return_required=True))
    assert texts.badge_tone == palette.DARK.return_required


def test_scheme_follows_the_application_palette_when_the_platform_does_not_say(
    qtbot: QtBot,
) -> None:
    from PySide6.QtGui import QGuiApplication, QPalette

    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    before = QGuiApplication.palette()
    dark_palette = QPalette(before)
    dark_palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    try:
        QGuiApplication.setPalette(dark_palette)
        assert palette.scheme() is palette.DARK
    finally:
        QGuiApplication.setPalette(before)
    assert palette.scheme() is palette.LIGHT


def test_a_closed_claims_return_badge_is_muted(qtbot: QtBot) -> None:
    closed = make_issue(1, kind="CLAIM", status="CLAIM_REJECTED", return_required=True)
    assert row_texts_for(closed).badge_tone == palette.LIGHT.history
    badge = ReturnBadge()
    qtbot.addWidget(badge)
    badge.set_issue(closed)
    assert badge.closed and palette.LIGHT.history.foreground.name() in badge.styleSheet()
    open_badge = ReturnBadge()
    qtbot.addWidget(open_badge)
    open_badge.set_issue(make_issue(2, kind="CLAIM", return_required=True))
    assert not open_badge.closed
    assert palette.LIGHT.return_required.background.name() in open_badge.styleSheet()
