"""The window's use cases that reach Allegro: a verdict that lands, one that is refused, and a
background refresh that fails (the branches the review found untested)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.allegro.client import AllegroClient
from allegro_issues_desktop.allegro.retry import RetryPolicy
from allegro_issues_desktop.allegro.tokens import StaticTokenProvider
from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.domain import can_give_verdict
from allegro_issues_desktop.ui.detail import VerdictRequest
from allegro_issues_desktop.ui.issue_list import StatusFilter
from allegro_issues_desktop.ui.main_window import MainWindow
from tests.helpers import open_main_window, run

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
TIMEOUT = 15_000


@pytest.fixture
def window(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, emulator: Emulator
) -> Iterator[MainWindow]:
    w: MainWindow = open_main_window(qtbot, qloop)
    # No retries: a refused request fails at once (the retry policy has its own tests).
    client = AllegroClient(
        emulator.base_url, StaticTokenProvider(emulator.token), retry=RetryPolicy(attempts=1)
    )
    w.attach_client(client, poll_ms=3_600_000, account="demo:actions")
    combo = w.filter_bar.status_combo
    combo.setCurrentIndex(combo.findData(StatusFilter.ALL))
    with qtbot.waitSignal(w.issues_loaded, timeout=TIMEOUT):
        w.refresh_action.trigger()
    yield w
    run(qloop, qtbot, client.aclose())


def a_claim_to_decide(window: MainWindow) -> str:
    engine = window.engine
    assert engine is not None
    return next(i for i, issue in engine.issues.items() if can_give_verdict(issue))


def test_a_verdict_lands_and_the_list_shows_the_new_status(
    window: MainWindow, emulator: Emulator, qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    issue_id = a_claim_to_decide(window)
    with qtbot.waitSignal(window.chat_shown, timeout=TIMEOUT):
        window.list_panel.select_issue(issue_id)
    request = VerdictRequest(issue_id, "ACCEPTED_REFUND", "Zwracamy pieniądze.")
    run(qloop, qtbot, window.give_verdict(request))
    assert emulator.issue_json(issue_id)["currentState"]["status"] == "CLAIM_ACCEPTED"
    issue = window.issue(issue_id)
    assert issue is not None and issue.current_state.status == "CLAIM_ACCEPTED"
    assert window.banner.isHidden()


def test_a_refused_verdict_says_why_and_changes_nothing(
    window: MainWindow, emulator: Emulator, qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    issue_id = a_claim_to_decide(window)
    emulator.faults.rate_500 = 1.0
    run(qloop, qtbot, window.give_verdict(VerdictRequest(issue_id, "REJECTED_OTHER", "Nie.")))
    emulator.faults.rate_500 = 0.0
    assert not window.banner.isHidden()
    assert window.banner.label.text().startswith("The decision was not saved:")
    assert emulator.issue_json(issue_id)["currentState"]["status"] == "CLAIM_SUBMITTED"
    assert window.detail.header.verdict_button.isEnabled()  # not left "Sending decision…"


def test_a_failed_background_refresh_says_so_and_keeps_the_list(
    window: MainWindow, emulator: Emulator, qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    rows = window.list_panel.model.rowCount()
    emulator.faults.rate_503 = 1.0
    with qtbot.assertNotEmitted(window.refreshed):
        run(qloop, qtbot, window.refresh_open_issues())
    emulator.faults.rate_503 = 0.0
    assert "Allegro is having problems" in window.status_label.text()
    assert window.list_panel.model.rowCount() == rows
    engine = window.engine
    assert engine is not None and not engine.connection.online  # retried with backoff
    with qtbot.waitSignal(window.refreshed, timeout=TIMEOUT):
        window._refresh_task.start(window.refresh_open_issues())
    assert engine.connection.online
