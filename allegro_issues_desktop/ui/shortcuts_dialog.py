"""Help › Keyboard shortcuts: every key the desk answers to, read from the actions themselves
(so the list cannot drift from what the keys do) plus the editor's and the chat's own keys."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def action_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for each action that has a shortcut, in the keyboard's native spelling."""
    rows = []
    for action in actions:
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        if keys:
            rows.append((_plain_name(action.text()), keys))
    return rows


def _plain_name(text: str) -> str:
    """An action's name without its mnemonic marks ("&Queue") or the "…" of a dialog."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def editor_rows() -> list[tuple[str, str]]:
    """Keys of widgets that are not window actions: the message editor and the chat."""
    native = QKeySequence.SequenceFormat.NativeText
    return [
        (
            translate("ShortcutsDialog", "Send the message (in the editor)"),
            QKeySequence("Ctrl+Enter").toString(native),  # Return works too (composer.py)
        ),
        (
            translate("ShortcutsDialog", "Insert a canned reply (in the editor)"),
            QKeySequence("Ctrl+T").toString(native),
        ),
        (
            translate("ShortcutsDialog", "Copy the selected messages (in the conversation)"),
            QKeySequence(QKeySequence.StandardKey.Copy).toString(native),
        ),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        for row, (what, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(what))  # items are plain text
            table.setItem(row, 1, QTableWidgetItem(keys))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        table.resizeColumnToContents(1)
        self.resize(
            max(460, table.horizontalHeader().length() + 40),
            min(560, table.verticalHeader().length() + 120),
        )
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str]]:
        table = self.table
        cells = [(table.item(r, 0), table.item(r, 1)) for r in range(table.rowCount())]
        return [(a.text(), b.text()) for a, b in cells if a is not None and b is not None]
