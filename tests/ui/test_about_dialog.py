"""About dialog and diagnostics: versions and paths shown, diagnostics copied, no secrets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from allegro_issues_desktop import __version__
from allegro_issues_desktop.diagnostics import diagnostics_text
from allegro_issues_desktop.preferences import save_preferences
from allegro_issues_desktop.settings import app_paths
from allegro_issues_desktop.ui.about_dialog import AboutDialog
from allegro_issues_desktop.ui.icons import app_icon

SECRET = "sekretny-token-1234567890"


@pytest.fixture
def dialog(qtbot, qapp: QApplication) -> AboutDialog:
    widget = AboutDialog()
    qtbot.addWidget(widget)
    return widget


def test_shows_version_licence_and_paths(dialog: AboutDialog) -> None:
    assert __version__ in dialog.version_label.text()
    assert "MIT" in dialog.licence_label.text()
    paths = dialog.paths_label.text()
    assert str(app_paths().log_dir) in paths
    assert str(app_paths().data_dir) in paths


def test_paths_are_selectable_plain_text(dialog: AboutDialog) -> None:
    assert dialog.paths_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.paths_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_copy_diagnostics_puts_them_on_the_clipboard(qtbot, dialog: AboutDialog) -> None:
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert __version__ in copied
    assert str(app_paths().log_dir) in copied
    assert dialog.status_label.text()


def test_app_icon_has_every_rendered_size(qapp: QApplication) -> None:
    icon = app_icon()  # (a QIcon needs the application: without it Qt aborts)
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_diagnostics_name_versions_paths_and_language() -> None:
    text = diagnostics_text()
    for needle in (__version__, "Python", "PySide6", "Qt", "OS:", "UI language:"):
        assert needle in text
    paths = app_paths()
    for path in (paths.config_dir, paths.data_dir, paths.log_dir):
        assert str(path) in text


def test_diagnostics_never_contain_tokens_or_secrets(
    monkeypatch: pytest.MonkeyPatch, app_home: Path
) -> None:
    for name in ("ALLEGRO_TOKEN", "ALLEGRO_ACCESS_TOKEN", "ALLEGRO_CLIENT_SECRET"):
        monkeypatch.setenv(name, SECRET)
    save_preferences({"language": "pl", "client_secret": SECRET, "token": SECRET})
    text = diagnostics_text()
    assert SECRET not in text
    lowered = text.replace(str(app_home), "<home>").lower()  # the tmp path names the test
    for word in ("bearer", "token", "secret", "password", "authorization"):
        assert word not in lowered
