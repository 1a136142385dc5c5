"""The work queue: "needs me" order, queue presets, counts (expectations written out by hand,
not computed with the code under test), the counts bar, and dates in the UI language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.domain import Issue
from allegro_issues_desktop.ui import timefmt
from allegro_issues_desktop.ui.issue_list import (
    IssueFilterBar,
    IssueFilterProxy,
    IssueIdRole,
    IssueListModel,
    IssueListPanel,
    Queue,
    SortKey,
    StatusFilter,
    count_queues,
)

from .test_issue_list_support import make_issue

NOW = datetime.now(UTC).replace(microsecond=0)


def later_today() -> datetime:
    """A deadline still ahead and still today (local time), whenever the test runs."""
    now = datetime.now().astimezone()
    last_second = now.replace(hour=23, minute=59, second=59, microsecond=0)
    return min(now + timedelta(minutes=10), last_second).astimezone(UTC)


def desk(now: datetime | None = None) -> dict[str, Issue]:
    """Seven issues whose queues are known by construction (see each comment), around ``now``
    (default: when called; the suite may run for minutes after NOW was taken)."""
    now = now or datetime.now(UTC).replace(microsecond=0)
    return {
        # discussion, the buyer wrote 5 h ago, no deadline: needs me (awaiting reply)
        "a": make_issue(
            1, kind="DISPUTE", issue_id="a", due=None, last_message=now - timedelta(hours=5)
        ),
        # claim to decide, deadline 2 h ago: overdue, needs me
        "b": make_issue(2, kind="CLAIM", issue_id="b", due=now - timedelta(hours=2)),
        # claim to decide, deadline later today: due today, needs me
        "c": make_issue(3, kind="CLAIM", issue_id="c", due=later_today()),
        # discussion, I replied last, deadline in 2 days: waiting for the buyer
        "d": make_issue(
            4,
            kind="DISPUTE",
            issue_id="d",
            last_status="SELLER_REPLIED",
            due=now + timedelta(days=2),
        ),
        # discussion, Allegro's advisor wrote 1 h ago: needs me, after "a" (waits less long)
        "e": make_issue(
            5,
            kind="DISPUTE",
            issue_id="e",
            last_status="ALLEGRO_ADVISOR_REPLIED",
            last_message=now - timedelta(hours=1),
        ),
        # closed claim (rejected), return required: resolved, history
        "f": make_issue(
            6,
            kind="CLAIM",
            issue_id="f",
            status="CLAIM_REJECTED",
            chat_active=False,
            return_required=True,
        ),
        # closed discussion
        "g": make_issue(
            7, kind="DISPUTE", issue_id="g", status="DISPUTE_CLOSED", chat_active=False
        ),
    }


def shown(proxy: IssueFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(IssueIdRole) for r in range(proxy.rowCount())]


def build() -> IssueFilterProxy:
    model = IssueListModel()
    model.set_issues(desk().values())
    proxy = IssueFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_sort_key(SortKey.TRIAGE)
    return proxy


def test_needs_me_queue_order_overdue_then_deadline_then_awaiting_reply() -> None:
    proxy = build()
    proxy.set_queue(Queue.NEEDS_ME)
    assert shown(proxy) == ["b", "c", "a", "e"]


def test_triage_sort_puts_waiting_then_closed_after_what_needs_me() -> None:
    proxy = build()
    proxy.set_status_filter(StatusFilter.ALL)
    assert shown(proxy)[:5] == ["b", "c", "a", "e", "d"]
    assert set(shown(proxy)[5:]) == {"f", "g"}


@pytest.mark.parametrize(
    ("queue", "expected"),
    [
        (Queue.OVERDUE, {"b"}),
        (Queue.DUE_TODAY, {"c"}),
        (Queue.AWAITING_REPLY, {"a", "b", "c", "e"}),
        (Queue.RETURN_DECISION, {"b", "c"}),
        (Queue.ALL_OPEN, {"a", "b", "c", "d", "e"}),
        (Queue.CLAIMS_TO_DECIDE, {"b", "c"}),
        (Queue.CLAIMS_TO_ANSWER, {"b", "c"}),
        (Queue.CLAIMS_RESOLVED, {"f"}),
        (Queue.DISCUSSIONS_TO_ANSWER, {"a", "e"}),
        (Queue.DISCUSSIONS_WAITING, {"d"}),
        (Queue.DISCUSSIONS_CLOSED, {"g"}),
        (Queue.EVERYTHING, {"a", "b", "c", "d", "e", "f", "g"}),
    ],
)
def test_each_queue_shows_its_issues(queue: Queue, expected: set[str]) -> None:
    proxy = build()
    proxy.set_queue(queue)
    assert set(shown(proxy)) == expected
    assert proxy.queue() is queue


def test_counts_in_one_pass() -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    model = IssueListModel()
    model.set_issues(desk(now).values())
    counts = count_queues(model.row_facts, now.timestamp())
    assert counts[Queue.NEEDS_ME] == 4
    assert counts[Queue.OVERDUE] == 1
    assert counts[Queue.DUE_TODAY] == 1
    assert counts[Queue.AWAITING_REPLY] == 4
    assert counts[Queue.RETURN_DECISION] == 2
    assert counts[Queue.ALL_OPEN] == 5
    assert counts[Queue.CLAIMS_RESOLVED] == 1
    assert counts[Queue.DISCUSSIONS_WAITING] == 1
    assert counts[Queue.DISCUSSIONS_CLOSED] == 1
    assert counts[Queue.EVERYTHING] == 7


def test_a_control_changed_by_hand_leaves_the_queue() -> None:
    proxy = build()
    proxy.set_queue(Queue.NEEDS_ME)
    proxy.set_status_filter(StatusFilter.ALL)  # the queue's predicate goes with it
    assert proxy.queue() is Queue.EVERYTHING
    assert len(shown(proxy)) == 7


def test_counts_bar_follows_every_change_and_its_buttons_apply_the_queue(qtbot: QtBot) -> None:
    panel = IssueListPanel()
    qtbot.addWidget(panel)
    bar = IssueFilterBar()
    bar.bind(panel.proxy)
    panel.set_filter_bar(bar)
    issues = desk()
    panel.set_issues(issues.values())
    with qtbot.waitSignal(panel.counts_changed, timeout=2000):
        pass
    buttons = panel.counts_bar.buttons
    assert buttons[Queue.NEEDS_ME].text() == "Needs me 4"
    assert buttons[Queue.OVERDUE].text() == "Overdue 1"
    assert buttons[Queue.ALL_OPEN].text() == "All open 5"
    assert buttons[Queue.NEEDS_ME].isChecked()  # the default queue

    # A change set: "d" now awaits my reply -> one more needs me, one more awaiting.
    with qtbot.waitSignal(panel.counts_changed, timeout=2000):
        panel.upsert_issue(make_issue(4, kind="DISPUTE", issue_id="d", due=NOW + timedelta(days=2)))
    assert buttons[Queue.NEEDS_ME].text() == "Needs me 5"
    assert buttons[Queue.AWAITING_REPLY].text() == "Awaiting my reply 5"

    buttons[Queue.OVERDUE].click()
    assert panel.proxy.queue() is Queue.OVERDUE
    assert bar.queue() is Queue.OVERDUE
    assert shown(panel.proxy) == ["b"]
    assert buttons[Queue.OVERDUE].isChecked() and not buttons[Queue.NEEDS_ME].isChecked()
    assert bar.queue() is Queue.OVERDUE


def test_filter_bar_default_is_the_needs_me_queue_sorted_for_triage() -> None:
    bar = IssueFilterBar()
    proxy = IssueFilterProxy()
    proxy.setSourceModel(IssueListModel())
    bar.bind(proxy)
    assert proxy.queue() is Queue.NEEDS_ME
    assert proxy.sort_key() is SortKey.TRIAGE


def test_a_saved_queue_that_no_longer_exists_keeps_the_default() -> None:
    # "claims_waiting" was removed: an open claim always awaits the seller's verdict.
    bar = IssueFilterBar()
    proxy = IssueFilterProxy()
    proxy.setSourceModel(IssueListModel())
    bar.bind(proxy)
    bar.restore_state({"queue": "claims_waiting", "sort": "deadline"})
    assert proxy.queue() is Queue.NEEDS_ME
    assert proxy.sort_key() is SortKey.DEADLINE


# -- dates in the UI language -----------------------------------------------------------------

WHEN = datetime(2026, 11, 27, 4, 36).astimezone()  # 04:36 local time


def test_polish_date_and_time() -> None:
    pl = QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
    assert timefmt.local_datetime(WHEN, pl) == "27.11.2026 04:36"
    assert timefmt.local_date(WHEN, pl) == "27.11.2026"


def test_english_date_and_time_without_us_short_years() -> None:
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert timefmt.local_datetime(WHEN, us) == "27 Nov 2026, 04:36"
    assert timefmt.local_date(WHEN, us) == "27 Nov 2026"


def test_other_languages_keep_four_digit_years() -> None:
    de = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert "2026" in timefmt.local_datetime(WHEN, de)


def test_list_rows_show_the_time_today_and_the_date_before() -> None:
    pl = QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
    today = datetime(2026, 11, 27, 14, 5).astimezone()
    assert timefmt.local_when(today, today + timedelta(minutes=30), pl) == "14:05"
    assert timefmt.local_when(WHEN, WHEN + timedelta(days=3), pl) == "27.11.2026"


def test_more_queues_menu_applies_a_helpdesk_queue_and_shows_it(qtbot: QtBot) -> None:
    panel = IssueListPanel()
    qtbot.addWidget(panel)
    bar = IssueFilterBar()
    bar.bind(panel.proxy)
    panel.set_filter_bar(bar)
    panel.set_issues(desk().values())
    panel.recount()
    more = panel.counts_bar
    assert more.more_button.text() == "More queues" and not more.more_button.isChecked()
    assert more.more_actions[Queue.CLAIMS_RESOLVED].text().endswith(" 1")
    more.more_actions[Queue.CLAIMS_RESOLVED].trigger()
    assert shown(panel.proxy) == ["f"]
    assert bar.queue() is Queue.CLAIMS_RESOLVED
    assert more.more_button.isChecked()
    assert more.more_button.text() == "Claims: resolved 1"
    assert not any(b.isChecked() for b in more.buttons.values())
