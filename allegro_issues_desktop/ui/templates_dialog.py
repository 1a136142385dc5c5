"""Managing canned replies: add, edit, delete, reorder; saved on *Save* (atomically).

The list on the left, the chosen template's name and text on the right, with buttons that put
a placeholder at the text cursor ({buyer}, {reference}, {order}, {offer_title}, {deadline}).
*Save* writes ``templates.json`` in the config dir (:class:`~..services.templates.
TemplateStore`); *Cancel* forgets the changes. *Restore starter set* replaces the list with the
UI language's starter set (after saying so).

Signals:
    saved(list): the templates as saved (list[Template]).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import current_language
from ..services.templates import (
    MAX_NAME,
    MAX_TEXT,
    PLACEHOLDERS,
    Template,
    TemplateStore,
    starter_templates,
)
from .detail.text import mnemonic_safe


class TemplatesDialog(QDialog):
    """See the module doc."""

    saved = Signal(list)

    def __init__(self, parent: QWidget | None = None, store: TemplateStore | None = None) -> None:
        super().__init__(parent)
        from .detail.template_picker import template_store

        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Canned replies"))
        self._store = store or template_store()
        self._templates: list[Template] = self._store.load(current_language())
        self._loading = False

        self.list = QListWidget(self)
        self.list.setObjectName("templatesList")
        self.add_button = QPushButton(self.tr("Add"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.restore_button = QPushButton(self.tr("Restore starter set…"), self)
        for button in (
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.restore_button,
        ):
            button.setAutoDefault(False)

        self.name = QLineEdit(self)
        self.name.setObjectName("templateName")
        self.name.setMaxLength(MAX_NAME)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("templateText")
        self.text.setTabChangesFocus(True)
        placeholders = QWidget(self)
        row = QHBoxLayout(placeholders)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(QLabel(self.tr("Insert:"), placeholders))
        self.placeholder_buttons: dict[str, QPushButton] = {}
        for name in PLACEHOLDERS:
            button = QPushButton(mnemonic_safe("{" + name + "}"), placeholders)
            button.setAutoDefault(False)
            button.setToolTip(self._placeholder_help(name))
            button.clicked.connect(lambda _=False, n=name: self._insert_placeholder(n))
            row.addWidget(button)
            self.placeholder_buttons[name] = button
        row.addStretch(1)
        note = QLabel(
            self.tr(
                "Placeholders are filled in from the issue on screen; a value that is not known "
                "stays in brackets, e.g. [order number], for you to complete before sending."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Text"), self.text)
        form.addRow("", placeholders)
        form.addRow("", note)

        side = QVBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.restore_button)

        grid = QGridLayout()
        grid.addWidget(self.list, 0, 0)
        grid.addLayout(side, 0, 1)
        grid.addLayout(form, 0, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel(self)
        self.problem.setObjectName("templatesProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(
            "color: palette(bright-text); background: #b3261e; padding: 4px;"
        )
        self.problem.setVisible(bool(self._store.problem))
        self.problem.setText(self._store.problem or "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(grid, 1)
        layout.addWidget(self.buttons)

        self.list.currentRowChanged.connect(self._on_row_changed)
        self.name.textEdited.connect(self._on_edited)
        self.text.textChanged.connect(self._on_edited)
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.resize(860, 480)
        self._fill(0)

    # -- public --------------------------------------------------------------------------------

    def templates(self) -> list[Template]:
        return list(self._templates)

    def add(self) -> None:
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else len(self._templates)
        self._templates.insert(row, Template(self.tr("New reply"), ""))
        self._fill(row)
        self.name.setFocus()
        self.name.selectAll()

    def delete(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._templates):
            del self._templates[row]
            self._fill(min(row, len(self._templates) - 1))

    def move(self, step: int) -> None:  # type: ignore[override]
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self._templates) and 0 <= target < len(self._templates):
            items = self._templates
            items[row], items[target] = items[target], items[row]
            self._fill(target)

    def restore_starters(self) -> None:
        self._templates = starter_templates(current_language())
        self._fill(0)

    def save(self) -> None:
        kept = [t for t in self._templates if t.name.strip() or t.text.strip()]
        try:
            self._store.save(kept)
        except OSError:
            self.problem.setText(
                self.tr("The templates could not be saved: %1").replace(
                    "%1", self._store.problem or ""
                )
            )
            self.problem.show()
            return
        self.saved.emit(kept)
        self.accept()

    # -- internals -----------------------------------------------------------------------------

    def _fill(self, current: int) -> None:
        self._loading = True
        self.list.clear()
        for template in self._templates:
            self.list.addItem(QListWidgetItem(self._title(template)))
        self._loading = False
        if self._templates:
            self.list.setCurrentRow(max(0, current))
        self._on_row_changed(self.list.currentRow())

    def _title(self, template: Template) -> str:
        return template.name.strip() or self.tr("(no name)")

    def _on_row_changed(self, row: int) -> None:
        if self._loading:
            return
        valid = 0 <= row < len(self._templates)
        self._loading = True
        self.name.setText(self._templates[row].name if valid else "")
        self.text.setPlainText(self._templates[row].text if valid else "")
        self._loading = False
        for widget in (
            self.name,
            self.text,
            self.delete_button,
            *self.placeholder_buttons.values(),
        ):
            widget.setEnabled(valid)
        self.up_button.setEnabled(valid and row > 0)
        self.down_button.setEnabled(valid and row < len(self._templates) - 1)

    def _on_edited(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._templates):
            return
        text = self.text.toPlainText()[:MAX_TEXT]
        self._templates[row] = Template(self.name.text(), text)
        item = self.list.item(row)
        if item is not None:
            item.setText(self._title(self._templates[row]))

    def _insert_placeholder(self, name: str) -> None:
        self.text.insertPlainText("{" + name + "}")
        self.text.setFocus()

    def _placeholder_help(self, name: str) -> str:
        return {
            "buyer": self.tr("The buyer's login"),
            "reference": self.tr("The claim's or discussion's reference number"),
            "order": self.tr("The order number"),
            "offer_title": self.tr("The offer's title"),
            "deadline": self.tr("The deadline Allegro set for your answer"),
        }.get(name, name)

    def _on_restore_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Restore starter set"),
            self.tr("Replace the list with the starter set? Your own templates will be removed."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_starters()


def open_templates_dialog(parent: QWidget | None = None) -> TemplatesDialog:
    """The dialog, opened window-modal and deleted when closed (for a menu entry)."""
    dialog = TemplatesDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
