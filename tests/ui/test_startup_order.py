"""What a start does before the first rows, and what waits until they are on screen.

The list's first rows come first; the detail pane (its modules and widgets) is built after
the list has painted them, or at once when something needs it earlier. PySide6's per-import
source scan is swapped for a byte search with the same answers.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import subprocess
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from allegro_issues_desktop import import_tax
from allegro_issues_desktop.allegro.client import AllegroClient
from allegro_issues_desktop.allegro.tokens import StaticTokenProvider
from allegro_issues_desktop.app_session import App
from allegro_issues_desktop.auth.accounts import AccountStore
from allegro_issues_desktop.auth.secret_store import SecretStore
from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.options import parse_args
from allegro_issues_desktop.settings import app_paths
from allegro_issues_desktop.ui.after_rows import AfterFirstRows
from allegro_issues_desktop.ui.issue_list.delegate import IssueDelegate
from allegro_issues_desktop.ui.issue_list.view import IssueListView
from allegro_issues_desktop.ui.main_window import DETAIL_LATEST_MS, MainWindow
from tests.helpers import run

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class RowsPainted(QObject):
    """Notes, at the list's first paint with rows, whether the detail existed then."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.detail_then: bool | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.detail_then is None
            and event.type() == QEvent.Type.Paint
            and self.window.list_panel.proxy.rowCount() > 0
        ):
            self.detail_then = self.window.detail_built()
        return False


@pytest.fixture
def window(qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> Iterator[MainWindow]:
    w = MainWindow(app_paths().ensure())
    qtbot.addWidget(w, before_close_func=lambda _w: run(qloop, qtbot, w.shutdown()))
    w.resize(1280, 800)
    yield w


@contextmanager
def first_load(
    window: MainWindow, emulator: Emulator, qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> Iterator[None]:
    """The window shown with no detail yet, a first load from the emulator, and the detail
    built after it (within its deadline); the client is closed after the block."""
    window.show()
    qtbot.waitExposed(window)
    assert not window.detail_built()
    assert window.splitter.widget(1) is window.findChild(QWidget, "detailSlot")
    client = AllegroClient(emulator.base_url, StaticTokenProvider(emulator.token))
    try:
        window.attach_client(client, poll_ms=3_600_000)
        with qtbot.waitSignal(window.first_page_loaded, timeout=15_000):
            window.refresh_action.trigger()
        qtbot.waitUntil(window.detail_built, timeout=DETAIL_LATEST_MS // 2)
        yield
    finally:
        run(qloop, qtbot, client.aclose())


def test_the_detail_is_built_after_the_first_rows_are_painted(
    window: MainWindow, emulator: Emulator, qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    watch = RowsPainted(window)
    window.list_panel.view.viewport().installEventFilter(watch)
    with first_load(window, emulator, qtbot, qloop):
        assert watch.detail_then is False  # the rows were on screen before it was built
        assert window.splitter.widget(1) is window.detail
        slot = window.findChild(QWidget, "detailSlot")
        assert slot is None or not slot.isVisible()
        # It works as if built at once: selecting shows the issue and its chat.
        issue_id = window.visible_issue_ids()[0]
        with qtbot.waitSignal(
            window.chat_shown, timeout=15_000, check_params_cb=lambda i: i == issue_id
        ):
            assert window.list_panel.select_issue(issue_id)
        assert window.detail.current_issue_id() == issue_id


def test_a_start_does_not_ask_for_the_list_s_viewport_before_its_rows_are_on_screen(
    window: MainWindow,
    emulator: Emulator,
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its first Python wrapper costs PySide ~10 ms of type discovery (ui/issue_list/view.py):
    that waits until a row has been painted."""
    painted: list[bool] = []
    asked: list[bool] = []
    paint, viewport = IssueDelegate.paint, IssueListView.viewport

    def painting(delegate: IssueDelegate, *args: Any) -> None:
        paint(delegate, *args)
        painted.append(True)

    def recorded(view: IssueListView) -> QWidget:
        asked.append(bool(painted))
        return viewport(view)

    monkeypatch.setattr(IssueDelegate, "paint", painting)
    monkeypatch.setattr(IssueListView, "viewport", recorded)
    with first_load(window, emulator, qtbot, qloop):
        assert painted and asked  # (the detail's build asks, after the rows)
        assert False not in asked
        before = len(asked)
        window.list_panel.set_account_labels({"a": "A", "b": "B"})  # with rows: repainted
        assert len(asked) == before + 1


def test_the_detail_is_built_at_once_when_needed_earlier(window: MainWindow) -> None:
    assert not window.detail_built()
    detail = window.detail
    assert window.detail_built() and window.detail is detail
    assert window.splitter.widget(1) is detail


def test_without_rows_the_detail_is_built_soon_anyway(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.detail_built, timeout=DETAIL_LATEST_MS * 3)


def test_the_cheaper_import_scan_gives_pysides_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    feature = sys.modules["shibokensupport.feature"]
    original = getattr(feature._mod_uses_pyside, "__wrapped__", feature._mod_uses_pyside)
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)  # put back after the test
    assert import_tax.install() is True
    scan = feature._mod_uses_pyside
    assert scan.__wrapped__ is original
    assert import_tax.install() is False  # once
    modules = [
        importlib.import_module("allegro_issues_desktop.ui.palette"),  # uses PySide6
        importlib.import_module("allegro_issues_desktop.settings"),  # does not
        json,  # the standard library, from source
        sys,  # built in
        importlib.import_module("PySide6.QtCore"),  # an extension module
        import_tax,  # names PySide6 in its text
    ]
    nameless = types.ModuleType("made_here")  # no spec, no file: PySide6's own answer
    modules.append(nameless)
    answers = [(m.__name__, scan(m)) for m in modules]
    assert answers == [(m.__name__, original(m)) for m in modules]
    assert [a for _name, a in answers] == [True, False, False, False, False, True, False]


def test_the_import_scan_reads_no_standard_library_file(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []

    def recording_open(path: str, mode: str = "r") -> Any:
        opened.append(path)
        return open(path, mode)

    monkeypatch.setattr(import_tax, "open", recording_open, raising=False)
    scan = import_tax._uses_pyside(lambda module: pytest.fail(f"asked PySide6 about {module}"))
    assert scan(json) is False and scan(asyncio) is False
    assert opened == []
    palette = importlib.import_module("allegro_issues_desktop.ui.palette")
    assert scan(palette) is True and scan(httpx) is False  # ours and installed ones: read
    assert opened == [palette.__file__, httpx.__file__]
    stdlib = os.path.dirname(os.__file__)
    assert import_tax._in_stdlib(os.path.join(stdlib, "email", "parser.py"))
    assert not import_tax._in_stdlib(os.path.join(stdlib, "site-packages", "x", "y.py"))
    assert not import_tax._in_stdlib(stdlib + "-other/z.py")


def test_the_import_scan_leaves_a_call_it_does_not_know_to_pyside() -> None:
    seen: list[tuple[object, ...]] = []

    def pysides(*args: object) -> str:
        seen.append(args)
        return "pyside's answer"

    scan = import_tax._uses_pyside(pysides)
    assert scan(json, "an argument a later PySide6 might pass") == "pyside's answer"
    assert scan(json) is False and len(seen) == 1


def test_tab_goes_from_the_list_to_the_issue_then_to_the_filters(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show()
    qtbot.waitExposed(window)
    detail = window.detail  # built after the list and the filter bar
    chain: list[QWidget] = []
    widget = window.list_panel.view.nextInFocusChain()
    while widget is not None and widget is not window.list_panel.view and len(chain) < 500:
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    first_detail = next(i for i, w in enumerate(chain) if detail.isAncestorOf(w))
    search = chain.index(window.filter_bar.search)
    assert first_detail < search
    assert all(detail.isAncestorOf(w) for w in chain[first_detail:search])


def test_a_detail_needed_before_the_window_shows_keeps_the_saved_splitter_sizes(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    first = MainWindow(app_paths().ensure())
    qtbot.addWidget(first, before_close_func=lambda _w: run(qloop, qtbot, first.shutdown()))
    first.resize(1280, 800)
    first.show()
    qtbot.waitExposed(first)
    first.splitter.setSizes([700, 580])
    saved = first.splitter.sizes()
    first.close()  # saves the window's geometry and the splitter
    second = MainWindow(app_paths().ensure())
    qtbot.addWidget(second, before_close_func=lambda _w: run(qloop, qtbot, second.shutdown()))
    second.resize(1280, 800)
    assert second.detail is not None  # built while hidden (a scripted run, a restored issue)
    second.show()
    qtbot.waitExposed(second)
    qtbot.waitUntil(lambda: second.splitter.sizes() == saved)


def test_the_detail_is_built_in_time_when_nothing_repaints_the_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.first_page_loaded.emit(0)  # as after a load, but no paint follows
    qtbot.waitUntil(window.detail_built, timeout=DETAIL_LATEST_MS * 3)


@pytest.mark.parametrize(
    ("argv", "environments", "probed"),
    [
        (["--demo"], [], False),
        (["--demo"], ["demo"], False),
        (["--demo"], ["demo", "production"], True),  # a real account's tokens may be needed
        ([], [], True),
        ([], ["demo"], True),
    ],
)
def test_a_start_asks_the_keyring_only_when_real_tokens_may_be_needed(
    window: MainWindow, argv: list[str], environments: list[str], probed: bool
) -> None:
    accounts = AccountStore(SecretStore())
    for environment in environments:
        accounts.add(environment.title(), environment, f"{environment}-seller")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    session = App(app, parse_args(argv), window)._open_auth_session()
    assert session.secrets.probed is probed
    assert len(session.accounts.accounts()) == len(environments)


def test_work_after_the_first_rows_runs_once_and_never_after_cancel(
    window: MainWindow,
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    recwarn: pytest.WarningsRecorder,
) -> None:
    done, cancelled = AfterFirstRows(window, 3_000), AfterFirstRows(window, 3_000)
    calls: list[str] = []
    done.add(lambda: calls.append("done"))
    cancelled.add(lambda: calls.append("cancelled"))
    cancelled.cancel()
    window.first_page_loaded.emit(3)
    window.first_page_loaded.emit(3)  # a second load: nothing more
    qtbot.waitUntil(lambda: calls == ["done"])
    done.cancel()  # at shutdown, after it ran: harmless
    window.first_page_loaded.emit(3)
    qtbot.wait(0)  # (one turn of the loop for a wrongly queued call to show)
    assert calls == ["done"]
    assert [str(w.message) for w in recwarn.list if w.category is RuntimeWarning] == []


def test_a_real_start_patches_pysides_source_scan_before_the_window_loads(
    tmp_path: Path,
) -> None:
    """``app.main`` imports Qt only after the demo's emulator is started, and must still swap
    PySide6's per-import scan before the window's ~300 imports (import_tax)."""
    import os
    import subprocess

    driver = (
        "import sys\n"
        "from allegro_issues_desktop import app\n"
        "def create(_argv):\n"
        "    scan = sys.modules['shibokensupport.feature']._mod_uses_pyside\n"
        "    print('PATCHED', hasattr(scan, '__wrapped__'), flush=True)\n"
        "    raise SystemExit(0)\n"
        "app.create_application = create\n"
        "app.main(['--demo', '--demo-issues', '5'])\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ALLEGRO_ISSUES_HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    done = subprocess.run(
        [sys.executable, "-c", driver], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "PATCHED True" in done.stdout, (done.stdout, done.stderr)


def test_the_first_frame_loads_no_network_stack_no_store_and_no_msgspec() -> None:
    """What ``show_first_frame`` imports (with the window's module) leaves the rest to load
    while the seller already sees the window (each of these costs 10-60 ms at start-up)."""
    code = (
        "import sys, PySide6.QtWidgets;"
        "import allegro_issues_desktop.app, allegro_issues_desktop.i18n,"
        " allegro_issues_desktop.settings, allegro_issues_desktop.ui.main_window;"
        "late = ('asyncio', 'httpx', 'msgspec', 'sqlite3', 'allegro_issues_desktop.domain');"
        "print(sorted(m for m in late if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "[]"
