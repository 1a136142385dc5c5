"""The list's rows are made where the issues are parsed (the engine's worker thread), for the
saved list and for a full sync: the GUI thread only inserts them, and each row holds the very
issue the engine keeps (one copy per issue in memory)."""

from __future__ import annotations

import asyncio
import threading

import pytest
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.allegro.client import AllegroClient
from allegro_issues_desktop.allegro.tokens import StaticTokenProvider
from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.domain import Issue
from allegro_issues_desktop.ui.issue_list import StatusFilter
from allegro_issues_desktop.ui.issue_list.rows import RowFacts
from allegro_issues_desktop.ui.main_window import MainWindow
from tests.helpers import open_main_window, run

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
TIMEOUT = 15_000
ACCOUNT = "direct:rows"


def test_rows_are_made_off_the_gui_thread_and_share_the_engines_issues(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch
) -> None:
    made_on: list[int] = []
    original = RowFacts.of.__func__  # type: ignore[attr-defined]

    def spy(cls: type[RowFacts], issue: Issue, account: str = "") -> RowFacts:
        made_on.append(threading.get_ident())
        facts: RowFacts = original(cls, issue, account)
        return facts

    monkeypatch.setattr(RowFacts, "of", classmethod(spy))
    gui = threading.get_ident()

    def check(window: MainWindow) -> None:
        engine = window._accounts.get(ACCOUNT).engine  # type: ignore[union-attr]
        rows = window.list_panel.model.row_facts
        assert len(rows) == len(engine.issues) == 120
        assert all(f.issue is engine.issue(f.issue_id or "") for f in rows)
        assert all(f.account == ACCOUNT for f in rows)

    with Emulator(issues=120, seed=3, token="t") as emu:
        client = AllegroClient(emu.base_url, StaticTokenProvider("t"))
        window: MainWindow = open_main_window(qtbot, qloop)
        window.attach_client(client, poll_ms=3_600_000, account=ACCOUNT)
        combo = window.filter_bar.status_combo
        combo.setCurrentIndex(combo.findData(StatusFilter.ALL))
        with qtbot.waitSignal(window.issues_loaded, timeout=TIMEOUT):
            window.refresh_action.trigger()
        check(window)
        assert len(made_on) == 120 and gui not in made_on  # the full sync's pages
        run(qloop, qtbot, window.shutdown())
        window.close()

        made_on.clear()
        again: MainWindow = open_main_window(qtbot, qloop)
        again.attach_client(client, poll_ms=3_600_000, account=ACCOUNT)
        loaded: list[int] = []
        again.issues_loaded.connect(loaded.append)
        with qtbot.waitSignal(again.cached_loaded, timeout=TIMEOUT):
            again.refresh_action.trigger()
        check(again)
        qtbot.waitUntil(lambda: bool(loaded), timeout=TIMEOUT)
        check(again)
        # The saved list's rows, off the GUI thread; the sync that follows changed nothing,
        # so it made no row at all.
        assert len(made_on) == 120 and gui not in made_on
        run(qloop, qtbot, again.shutdown())
        again.close()
        run(qloop, qtbot, client.aclose())
