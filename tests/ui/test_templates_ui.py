"""Canned replies in the UI: the picker (Ctrl+T, type to filter, insert at the cursor, values
filled in, missing values visible) and the management dialog (add, edit, reorder, delete,
save)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.services.templates import Template, TemplateStore
from allegro_issues_desktop.settings import app_paths
from allegro_issues_desktop.ui.detail.composer import Composer
from allegro_issues_desktop.ui.detail.template_picker import TemplatePicker
from allegro_issues_desktop.ui.templates_dialog import TemplatesDialog

MINE = [
    Template("Where is my parcel", "Hello {buyer}, order {order} was sent."),
    Template("Photos please", "Please send photos of “{offer_title}” for {reference}."),
    Template("Refund", "The refund is on its way."),
]


@pytest.fixture
def saved(app_home: Path) -> TemplateStore:
    store = TemplateStore(app_paths().ensure().config_dir)
    store.save(MINE)
    return store


@pytest.fixture
def composer(qtbot: QtBot, saved: TemplateStore) -> Composer:
    widget = Composer()
    qtbot.addWidget(widget)
    widget.resize(700, 200)
    widget.show()
    qtbot.waitExposed(widget)
    widget.template_values = lambda: {"buyer": "jan_k", "order": None, "reference": "1/2026"}
    return widget


def open_picker(qtbot: QtBot, composer: Composer) -> TemplatePicker:
    composer.editor.setFocus()
    qtbot.waitUntil(composer.editor.hasFocus)
    QTest.keyClick(composer.editor, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: composer.findChild(TemplatePicker) is not None)
    picker = composer.findChild(TemplatePicker)
    assert isinstance(picker, TemplatePicker)
    qtbot.waitUntil(picker.isVisible)
    return picker


def test_ctrl_t_opens_the_picker_and_typing_filters(qtbot: QtBot, composer: Composer) -> None:
    picker = open_picker(qtbot, composer)
    assert picker.visible_names() == [t.name for t in MINE]
    QTest.keyClicks(picker.filter, "photos")
    assert picker.visible_names() == ["Photos please"]
    QTest.keyClicks(picker.filter, " nothing")
    assert picker.visible_names() == []
    assert picker.empty.isVisibleTo(picker)
    assert not picker.insert_button.isEnabled()
    picker.reject()


def test_enter_inserts_at_the_cursor_with_values_and_visible_gaps(
    qtbot: QtBot, composer: Composer
) -> None:
    composer.editor.setPlainText("Dear customer. Regards")
    cursor = composer.editor.textCursor()
    cursor.setPosition(len("Dear customer. "))
    composer.editor.setTextCursor(cursor)
    picker = open_picker(qtbot, composer)
    QTest.keyClicks(picker.filter, "parcel")
    assert picker.preview.text() == "Hello jan_k, order [order number] was sent."
    with qtbot.waitSignal(picker.chosen):
        QTest.keyClick(picker.filter, Qt.Key.Key_Return)
    assert composer.text() == "Dear customer. Hello jan_k, order [order number] was sent.Regards"
    qtbot.waitUntil(lambda: composer.findChild(TemplatePicker) is None)


def test_arrow_keys_in_the_filter_move_through_the_list(qtbot: QtBot, composer: Composer) -> None:
    picker = open_picker(qtbot, composer)
    QTest.keyClick(picker.filter, Qt.Key.Key_Down)
    assert picker.current_template() == MINE[1]
    assert picker.preview.text() == "Please send photos of “[offer title]” for 1/2026."
    with qtbot.waitSignal(picker.chosen):
        picker.insert_button.click()
    assert composer.text() == "Please send photos of “[offer title]” for 1/2026."


def test_a_selection_is_replaced_and_a_closed_chat_opens_nothing(
    qtbot: QtBot, composer: Composer
) -> None:
    composer.editor.setPlainText("replace me")
    composer.editor.selectAll()
    composer.insert_text("new")
    assert composer.text() == "new"
    composer.editor.moveCursor(QTextCursor.MoveOperation.End)
    composer.set_writable(False)
    assert not composer.templates_button.isEnabled()
    assert composer.open_templates() is None


def test_the_button_opens_the_picker(qtbot: QtBot, composer: Composer) -> None:
    composer.templates_button.click()
    picker = composer.findChild(TemplatePicker)
    assert isinstance(picker, TemplatePicker)
    qtbot.waitUntil(picker.isVisible)
    picker.reject()


def test_dialog_adds_edits_reorders_deletes_and_saves(qtbot: QtBot, saved: TemplateStore) -> None:
    dialog = TemplatesDialog(store=saved)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [t.name for t in dialog.templates()] == [t.name for t in MINE]
    dialog.list.setCurrentRow(2)
    dialog.add()
    assert dialog.list.currentRow() == 3
    dialog.name.clear()
    QTest.keyClicks(dialog.name, "Thanks")
    dialog.text.setFocus()
    dialog.placeholder_buttons["buyer"].click()
    dialog.text.insertPlainText(", thank you!")
    assert dialog.templates()[3] == Template("Thanks", "{buyer}, thank you!")
    dialog.move(-1)
    assert [t.name for t in dialog.templates()] == [
        "Where is my parcel",
        "Photos please",
        "Thanks",
        "Refund",
    ]
    dialog.list.setCurrentRow(0)
    dialog.delete()
    with qtbot.waitSignal(dialog.saved) as blocker:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    expected = [MINE[1], Template("Thanks", "{buyer}, thank you!"), MINE[2]]
    assert blocker.args == [expected]
    assert saved.load("en") == expected


def test_dialog_cancel_keeps_the_file_and_restore_gives_the_starter_set(
    qtbot: QtBot, saved: TemplateStore
) -> None:
    dialog = TemplatesDialog(store=saved)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    dialog.delete()
    dialog.reject()
    assert saved.load("en") == MINE
    again = TemplatesDialog(store=saved)
    qtbot.addWidget(again)
    again.restore_starters()
    assert len(again.templates()) >= 5 and again.templates() != MINE
    assert QApplication.instance() is not None


def test_managing_from_the_picker_refreshes_its_list(qtbot: QtBot, composer: Composer) -> None:
    picker = open_picker(qtbot, composer)
    picker.manage_button.click()
    dialog = picker.findChild(TemplatesDialog)
    assert isinstance(dialog, TemplatesDialog)
    dialog.list.setCurrentRow(0)
    dialog.delete()
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert picker.visible_names() == [MINE[1].name, MINE[2].name]
    picker.reject()
