"""The canned-reply picker: Ctrl+T or *Templates…* in the composer.

A small window under the composer's button: a filter field (type to narrow the list by words
of the name or the text), the list, and a preview of the chosen reply filled in for the issue
on screen (:func:`~...services.templates.render`). Enter or a double click inserts it at the
editor's cursor (replacing a selection), Esc closes. Values that are not known yet (the order
not loaded, no deadline) stay visible as markers such as "[order number]", so the seller sees
what to fill in. *Manage…* opens :class:`~..templates_dialog.TemplatesDialog`.

Signals:
    chosen(str): the filled-in text of the chosen template.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import current_language
from ...services.templates import Template, TemplateStore, render
from ...settings import app_paths

Values = Mapping[str, str | None]


def template_store() -> TemplateStore:
    """The seller's templates, in the config dir next to the other settings."""
    return TemplateStore(app_paths().config_dir)


def load_templates() -> list[Template]:
    return template_store().load(current_language())


def placeholder_marker(name: str) -> str:
    """How a value that is not known shows in an inserted reply: "[order number]"."""
    translate = QCoreApplication.translate
    names = {
        "buyer": translate("TemplatePicker", "buyer's login"),
        "reference": translate("TemplatePicker", "reference number"),
        "order": translate("TemplatePicker", "order number"),
        "offer_title": translate("TemplatePicker", "offer title"),
        "deadline": translate("TemplatePicker", "deadline"),
    }
    return f"[{names.get(name, name)}]"


class TemplatePicker(QDialog):
    """See the module doc. ``values`` fills the placeholders (called when the preview shows)."""

    chosen = Signal(str)

    def __init__(
        self,
        templates: list[Template],
        values: Callable[[], Values] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templatePicker")
        self.setWindowTitle(self.tr("Insert a canned reply"))
        self._templates = templates
        self._values = values

        self.filter = QLineEdit(self)
        self.filter.setObjectName("templateFilter")
        self.filter.setPlaceholderText(self.tr("Type to filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.installEventFilter(self)
        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.list.setUniformItemSizes(True)
        self.list.setStyleSheet("QListWidget#templateList::item { padding: 3px 4px; }")
        self.preview = QLabel(self)
        self.preview.setObjectName("templatePreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.preview.setStyleSheet(
            "QLabel#templatePreview { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 4px; padding: 6px; }"
        )
        self.empty = QLabel(self.tr("No template matches."), self)
        self.empty.setObjectName("templatesEmpty")
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.empty.hide()
        self.manage_button = QPushButton(self.tr("Manage templates…"), self)
        self.manage_button.setObjectName("manageTemplates")
        self.manage_button.setAutoDefault(False)
        self.insert_button = QPushButton(self.tr("Insert"), self)
        self.insert_button.setObjectName("insertTemplate")
        self.insert_button.setDefault(True)
        hint = QLabel(self.tr("Enter inserts at the cursor · Esc closes"), self)
        hint.setStyleSheet("color: palette(placeholder-text);")

        buttons = QHBoxLayout()
        buttons.addWidget(self.manage_button)
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.insert_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)

        self.filter.textChanged.connect(self._refilter)
        self.list.currentRowChanged.connect(lambda _row: self._show_preview())
        self.list.itemActivated.connect(lambda _item: self.insert())
        self.insert_button.clicked.connect(self.insert)
        self.manage_button.clicked.connect(self._manage)
        self.resize(480, 330)
        self._refilter("")
        self.filter.setFocus()

    # -- public --------------------------------------------------------------------------------

    def visible_names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def current_template(self) -> Template | None:
        row = self.list.currentRow()
        if row < 0:
            return None
        template = self.list.item(row).data(Qt.ItemDataRole.UserRole)
        return template if isinstance(template, Template) else None

    def rendered(self, template: Template) -> str:
        values = self._values() if self._values is not None else {}
        return render(template.text, values, placeholder_marker)

    def insert(self) -> None:
        template = self.current_template()
        if template is None:
            return
        self.chosen.emit(self.rendered(template))
        self.accept()

    def set_templates(self, templates: list[Template]) -> None:
        self._templates = templates
        self._refilter(self.filter.text())

    def place_below(self, anchor: QWidget) -> None:
        """Open next to ``anchor`` (the composer's button), inside its screen."""
        top_left = anchor.mapToGlobal(QPoint(0, 0))
        x = top_left.x()
        y = top_left.y() - self.height() - 6
        screen = anchor.screen().availableGeometry() if anchor.screen() else None
        if screen is not None:
            x = max(screen.left(), min(x, screen.right() - self.width()))
            if y < screen.top():
                y = min(top_left.y() + anchor.height() + 6, screen.bottom() - self.height())
        self.move(x, y)

    # -- internals -----------------------------------------------------------------------------

    def _refilter(self, query: str) -> None:
        self.list.clear()
        for template in self._templates:
            if template.matches(query):
                item = QListWidgetItem(template.name or template.text.split("\n", 1)[0])
                item.setData(Qt.ItemDataRole.UserRole, template)
                item.setToolTip("")
                self.list.addItem(item)
        has_any = self.list.count() > 0
        self.empty.setVisible(not has_any)
        self.list.setVisible(has_any)
        self.insert_button.setEnabled(has_any)
        if has_any:
            self.list.setCurrentRow(0)
        self._show_preview()

    def _show_preview(self) -> None:
        template = self.current_template()
        self.preview.setText(self.rendered(template) if template is not None else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down/PageUp/PageDown in the filter move through the list: typing never stops.
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
                Qt.Key.Key_PageUp,
                Qt.Key.Key_PageDown,
            ):
                self.list.event(event)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.insert()
                return True
        return super().eventFilter(watched, event)

    def _manage(self) -> None:
        from ..templates_dialog import open_templates_dialog

        open_templates_dialog(self).saved.connect(self.set_templates)


def open_template_picker(
    editor_owner: QWidget,
    anchor: QWidget,
    insert: Callable[[str], None],
    values: Callable[[], Values] | None,
) -> TemplatePicker:
    picker = TemplatePicker(load_templates(), values, editor_owner)
    picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    picker.chosen.connect(insert)
    picker.place_below(anchor)
    picker.open()
    return picker
