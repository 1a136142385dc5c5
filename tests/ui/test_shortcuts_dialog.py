"""Help › Keyboard shortcuts (F1): every key the window answers to, as the seller presses it."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.ui.main_window import MainWindow
from allegro_issues_desktop.ui.shortcuts_dialog import ShortcutsDialog, action_rows
from tests.helpers import open_main_window

NATIVE = QKeySequence.SequenceFormat.NativeText


def open_dialog(window: MainWindow, qtbot: QtBot) -> ShortcutsDialog:
    window.activateWindow()  # window shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ShortcutsDialog)
    return dialog


def test_f1_lists_every_window_shortcut_and_the_editors_keys(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    window: MainWindow = open_main_window(qtbot, qloop)
    assert window.shortcuts_action in window.help_menu.actions()
    dialog = open_dialog(window, qtbot)
    rows = dict(dialog.rows())
    assert rows["Refresh"] == QKeySequence(QKeySequence.StandardKey.Refresh).toString(NATIVE)
    assert rows["Next issue that needs me"] == "N"
    assert rows["Queue: Needs me"] == QKeySequence("Ctrl+1").toString(NATIVE)
    assert rows["Settings"]  # "Settings…" without its dots
    assert rows["Send the message (in the editor)"] == QKeySequence("Ctrl+Enter").toString(NATIVE)
    # Nothing with a key of its own is left out (an action added later shows up by itself).
    keyed = {
        name
        for name, _keys in action_rows(
            a for a in window.findChildren(QAction) if a.parent() is window
        )
    }
    names = {name.removeprefix("Queue: ") for name in rows}
    assert keyed <= names
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_the_names_keep_a_literal_ampersand() -> None:
    action = QAction("Zwroty && &wymiany…")
    action.setShortcut(QKeySequence("Ctrl+R"))
    assert action_rows([action]) == [("Zwroty & wymiany", QKeySequence("Ctrl+R").toString(NATIVE))]
