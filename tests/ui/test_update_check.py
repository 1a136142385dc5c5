"""Help › Check for updates…: the menu action, the message box, the opt-in at start."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton

from allegro_issues_desktop.preferences import load_preferences, save_preferences
from allegro_issues_desktop.services import updates
from allegro_issues_desktop.services.updates import (
    FailureKind,
    UpdateAvailable,
    UpdateCheckFailed,
    UpdateResult,
    UpToDate,
)
from allegro_issues_desktop.settings import app_paths
from allegro_issues_desktop.ui.update_check import UpdateCheck, install_update_check
from tests.helpers import run

PAGE = "https://github.com/allegro-issues-desktop/allegro-issues-desktop/releases/tag/v9.9.9"


class Window(QMainWindow):
    """What install_update_check needs from MainWindow: a ``help_menu``."""

    def __init__(self) -> None:
        super().__init__()
        self.help_menu = self.menuBar().addMenu("&Help")
        self.about_action = self.help_menu.addAction("About")


class FakeCheck:
    def __init__(self, result: UpdateResult) -> None:
        self.result = result
        self.calls = 0

    async def __call__(self) -> UpdateResult:
        self.calls += 1
        return self.result


@pytest.fixture
def window(qtbot, qloop) -> Window:
    w = Window()
    qtbot.addWidget(w)
    return w


def _controller(window: QMainWindow) -> UpdateCheck:
    found = window.findChild(UpdateCheck, "updateCheck")
    assert found is not None
    return found


def _message(qtbot, window: QMainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: _controller(window).message_box is not None, timeout=3000)
    box = _controller(window).message_box
    assert box is not None and box.isVisible()
    return box


def test_menu_gets_the_actions_before_about(window: Window) -> None:
    install_update_check(window, check=FakeCheck(UpToDate("0.1.0", "0.1.0")))
    names = [a.objectName() for a in window.help_menu.actions()]
    assert names[:2] == ["checkForUpdatesAction", "checkUpdatesAtStartAction"]
    assert window.help_menu.actions()[2].isSeparator()
    assert window.help_menu.actions()[-1] is window.about_action
    assert not _controller(window).at_start_action.isChecked()  # opt-in


def test_newer_version_shows_the_link_and_opens_nothing_by_itself(qtbot, window, monkeypatch):
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toString())
        return True

    monkeypatch.setattr("allegro_issues_desktop.ui.update_check.QDesktopServices.openUrl", open_url)
    check = FakeCheck(UpdateAvailable(version="9.9.9", url=PAGE, current="0.1.0"))
    install_update_check(window, check=check)
    _controller(window).check_action.trigger()
    box = _message(qtbot, window)
    assert check.calls == 1
    assert "9.9.9" in box.text() and "0.1.0" in box.text()
    assert f"href='{PAGE}'" in box.text()
    assert opened == []
    button = box.findChild(QPushButton, "openReleasePageButton")
    assert button is not None
    button.click()
    assert opened == [PAGE]


def test_up_to_date(qtbot, window: Window) -> None:
    install_update_check(window, check=FakeCheck(UpToDate("0.1.0", "0.1.0")))
    _controller(window).check_action.trigger()
    box = _message(qtbot, window)
    assert "0.1.0" in box.text()
    assert box.icon() == QMessageBox.Icon.Information
    assert box.findChild(QPushButton, "openReleasePageButton") is None


def test_failure_is_a_warning_with_details(qtbot, window: Window) -> None:
    failed = UpdateCheckFailed(FailureKind.NETWORK, "ConnectError: no route")
    install_update_check(window, check=FakeCheck(failed))
    _controller(window).check_action.trigger()
    box = _message(qtbot, window)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.detailedText() == "ConnectError: no route"
    assert _controller(window).check_action.isEnabled()


def test_markup_in_the_feed_is_escaped(qtbot, window: Window) -> None:
    result = UpdateAvailable(version="<b>1</b>", url=PAGE + "?a=1&b='x'", current="0.1.0")
    install_update_check(window, check=FakeCheck(result))
    _controller(window).check_action.trigger()
    box = _message(qtbot, window)
    assert "<b>1</b>" not in box.text()
    assert "&lt;b&gt;1&lt;/b&gt;" in box.text()
    assert "&amp;b=&#x27;x&#x27;" in box.text()


def test_the_toggle_stores_the_opt_in(window: Window) -> None:
    install_update_check(window, check=FakeCheck(UpToDate("0.1.0", None)))
    _controller(window).at_start_action.setChecked(True)
    assert load_preferences()[updates.PREF_CHECK_AT_START] is True
    _controller(window).at_start_action.setChecked(False)
    assert load_preferences()[updates.PREF_CHECK_AT_START] is False


def test_no_check_at_start_without_opt_in(qtbot, window: Window) -> None:
    check = FakeCheck(UpdateAvailable(version="9.9.9", url=PAGE, current="0.1.0"))
    install_update_check(window, check=check)
    qtbot.wait(50)
    assert check.calls == 0


def test_opted_in_start_check_tells_only_about_a_newer_version(qtbot, window: Window) -> None:
    app_paths().ensure()
    save_preferences({updates.PREF_CHECK_AT_START: True})
    controller = UpdateCheck(window, window.help_menu, FakeCheck(UpToDate("0.1.0", "0.1.0")))
    assert controller.check_at_start_if_due(delay_ms=0)
    qtbot.waitUntil(lambda: updates.PREF_LAST_CHECK in load_preferences(), timeout=3000)
    qtbot.waitUntil(lambda: not controller.running, timeout=3000)
    assert controller.message_box is None  # quiet when up to date
    # Checked a moment ago: not again today.
    assert not controller.check_at_start_if_due(delay_ms=0)


def test_opted_in_start_check_shows_a_newer_version(qtbot, window: Window) -> None:
    yesterday = datetime.now(UTC) - timedelta(days=1, minutes=1)
    save_preferences(
        {updates.PREF_CHECK_AT_START: True, updates.PREF_LAST_CHECK: yesterday.isoformat()}
    )
    check = FakeCheck(UpdateAvailable(version="9.9.9", url=PAGE, current="0.1.0"))
    controller = UpdateCheck(window, window.help_menu, check)
    assert controller.check_at_start_if_due(delay_ms=0)
    box = _message(qtbot, window)
    assert "9.9.9" in box.text()
    assert check.calls == 1


def test_needs_a_help_menu(qloop) -> None:
    with pytest.raises(TypeError):
        install_update_check(QMainWindow())


def test_installs_into_the_real_main_window(qtbot, qloop) -> None:
    from allegro_issues_desktop.ui.main_window import MainWindow

    w = MainWindow(app_paths().ensure())
    qtbot.addWidget(w, before_close_func=lambda _w: run(qloop, qtbot, w.shutdown()))
    install_update_check(w, check=FakeCheck(UpToDate("0.1.0", "0.1.0")))
    names = [a.objectName() for a in w.help_menu.actions()]
    assert "checkForUpdatesAction" in names
    assert names[-1] == "aboutAction"
    _controller(w).check_action.trigger()
    assert "0.1.0" in _message(qtbot, w).text()


def test_window_closed_while_the_feed_is_read(qtbot, qloop) -> None:
    import asyncio

    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    release = asyncio.Event()

    async def slow_check() -> UpdateResult:
        await release.wait()
        return UpdateAvailable(version="9.9.9", url=PAGE, current="0.1.0")

    w = Window()
    controller = UpdateCheck(w, w.help_menu, slow_check)
    controller.check_now()
    qtbot.waitUntil(lambda: not controller.check_action.isEnabled(), timeout=1000)
    task = controller._task
    assert task is not None
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(controller)
    release.set()
    qtbot.waitUntil(task.done, timeout=3000)
    assert task.exception() is None
