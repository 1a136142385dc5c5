"""The tray's pure rules (whose turn, what is new) and TrayIcon's texts and clicks.

The offscreen platform has no system tray, so the icon is never shown here; the QObject
wiring works without it.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.domain import Issue
from allegro_issues_desktop.ui.tray import (
    TrayIcon,
    awaiting_reply_count,
    awaits_reply,
    newly_awaiting,
)
from tests.ui.test_detail_data import NOW, iso, make_issue


def issue(
    issue_id: str = "i-1",
    *,
    last: str = "BUYER_REPLIED",
    at: int = 0,
    status: str | None = None,
    chat_active: bool | None = True,
    login: str = "kasia_zakupy",
) -> Issue:
    return make_issue(
        issue_id,
        status=status,
        chat_active=chat_active,
        chat={
            "lastMessage": {"status": last, "createdAt": iso(NOW + timedelta(minutes=at))},
            "messagesCount": 3 + at,
        },
        buyer={"id": "1", "login": login},
    )


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        ({"last": "BUYER_REPLIED"}, True),
        ({"last": "NEW"}, True),
        ({"last": "ALLEGRO_ADVISOR_REPLIED"}, True),
        ({"last": "SELLER_REPLIED"}, False),
        ({"last": "BUYER_REPLIED", "chat_active": False}, False),  # nobody can write
        ({"last": "BUYER_REPLIED", "status": "CLAIM_ACCEPTED", "chat_active": None}, False),
    ],
)
def test_awaits_reply(kw: dict[str, object], expected: bool) -> None:
    assert awaits_reply(issue(**kw)) is expected  # type: ignore[arg-type]


def test_awaiting_reply_count() -> None:
    issues = [
        issue("a", last="BUYER_REPLIED"),
        issue("b", last="SELLER_REPLIED"),
        issue("c", last="NEW"),
        issue("d", last="BUYER_REPLIED", chat_active=False),
    ]
    assert awaiting_reply_count(issues) == 2
    assert awaiting_reply_count([]) == 0


def test_newly_awaiting() -> None:
    seller_last = issue(last="SELLER_REPLIED")
    buyer_last = issue(last="BUYER_REPLIED", at=5)
    assert newly_awaiting(seller_last, buyer_last)  # the turn moved to the seller
    assert newly_awaiting(None, buyer_last)  # an issue we had not seen
    assert not newly_awaiting(buyer_last, buyer_last)  # nothing new
    assert newly_awaiting(buyer_last, issue(last="BUYER_REPLIED", at=9))  # wrote again
    assert not newly_awaiting(buyer_last, issue(last="SELLER_REPLIED", at=9))  # we answered
    assert not newly_awaiting(None, seller_last)


@pytest.fixture
def tray(qtbot: QtBot) -> TrayIcon:
    return TrayIcon()


def test_tooltip_counts_awaiting(tray: TrayIcon) -> None:
    tray.update_from([issue("a"), issue("b", last="SELLER_REPLIED"), issue("c", last="NEW")])
    assert tray.tool_tip().splitlines() == ["Allegro Issues Desktop", "2 awaiting your reply"]
    tray.set_awaiting(0)
    assert tray.tool_tip().endswith("0 awaiting your reply")


def test_note_names_the_buyer_and_counts_the_rest(tray: TrayIcon) -> None:
    tray.notify_new_messages([issue("a", login="jan\u202eevil")])
    assert tray.last_message == (
        "New message from janevil",  # bidi controls never reach the notification
        "Click to open the conversation.",
        "a",
    )
    tray.notify_new_messages([issue("b", login="ola"), issue("c"), issue("d")])
    assert tray.last_message == (
        "New message from ola",
        "2 more conversations await your reply.",
        "b",
    )


def test_clicks_become_intents(tray: TrayIcon, qtbot: QtBot) -> None:
    shown: list[bool] = []
    tray.show_requested.connect(lambda: shown.append(True))
    with qtbot.assertNotEmitted(tray.issue_requested):
        tray.icon.messageClicked.emit()  # no note yet: only the window comes up
    assert shown == [True]

    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert shown == [True, True]
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)  # the menu, not a raise
    assert shown == [True, True]

    tray.notify_new_messages([issue("x-1")])
    with qtbot.waitSignal(tray.issue_requested, timeout=1000) as blocker:
        tray.icon.messageClicked.emit()
    assert blocker.args == ["x-1"]

    with qtbot.waitSignal(tray.quit_requested, timeout=1000):
        tray.quit_action.trigger()
