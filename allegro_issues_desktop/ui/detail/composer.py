"""The message editor: text, message type, attachments, length counter, Send (Ctrl+Enter)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import (
    IssueKind,
    MessageType,
)
from ...domain.attachments import ALLOWED_EXTENSIONS, UploadProblem, upload_problem
from ...domain.codes import MAX_MESSAGE_LENGTH
from ...domain.text import display_text
from .. import labels
from ..palette import OVERDUE
from .text import plain_tooltip

# Claims offer no RETURN_* types here: the return decision is its own action in the header
# (ui/detail/return_dialog.py), which explains each choice and insists on the label PDF. A draft
# or a failed message that carries one keeps it (see _select_type).
_TYPES_BY_KIND: dict[IssueKind, tuple[str, ...]] = {
    IssueKind.CLAIM: (MessageType.REGULAR,),
    IssueKind.DISCUSSION: (MessageType.REGULAR, MessageType.END_REQUEST),
    IssueKind.UNKNOWN: (MessageType.REGULAR,),
}


def message_length(text: str) -> int:
    """Allegro's server counts UTF-16 units (Java strings): an emoji counts as two."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True, slots=True)
class ComposerState:
    text: str = ""
    message_type: str = MessageType.REGULAR
    attachment_paths: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return not self.text.strip() and not self.attachment_paths


class MessageEdit(QPlainTextEdit):
    """Plain text only (pasted HTML arrives as text); Ctrl+Enter / Ctrl+Return submits."""

    submit = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class AttachmentChip(QFrame):
    remove_requested = Signal(str)

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentChip")
        self.path = path
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        name = Path(path).name
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(label.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, 200))
        label.setToolTip(plain_tooltip(path))
        remove = QToolButton(self)
        remove.setObjectName("removeAttachment")
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(plain_tooltip(self.tr("Remove %1").replace("%1", name)))
        remove.setAccessibleName(self.tr("Remove %1").replace("%1", name))
        remove.clicked.connect(lambda: self.remove_requested.emit(self.path))
        layout.addWidget(label)
        layout.addWidget(remove)
        self.setStyleSheet(
            "QFrame#attachmentChip { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-radius: 10px; }"
        )


class Composer(QWidget):
    """Emits ``submitted`` when the seller sends; ``edited`` on any change (for drafts)."""

    submitted = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self._paths: list[str] = []
        self._writable = True
        self._kind = IssueKind.UNKNOWN
        self._compact = False

        self.notice = QLabel(self)
        self.notice.setObjectName("composerNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # may quote file names
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {OVERDUE.name()};")
        self.notice.hide()

        self.chips = QWidget(self)
        self.chips_layout = QHBoxLayout(self.chips)
        self.chips_layout.setContentsMargins(0, 0, 0, 0)
        self.chips_layout.setSpacing(6)
        self.chips_layout.addStretch(1)
        self.chips.hide()

        self.editor = MessageEdit(self)
        self.editor.setObjectName("chatComposer")
        self.editor.setPlaceholderText(self.tr("Write to the buyer… (Ctrl+Enter sends)"))
        self.editor.setAccessibleName(self.tr("Message to the buyer"))
        self.editor.setTabChangesFocus(True)
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._line = self.editor.fontMetrics().lineSpacing()
        self.editor.setFixedHeight(self._line * 4 + 14)

        self.type_box = QComboBox(self)
        self.type_box.setObjectName("messageType")
        self.type_box.setAccessibleName(self.tr("Message type"))
        self.type_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.attach_button = QPushButton(self.tr("Attach file…"), self)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setToolTip(
            self.tr("Images (PNG, JPEG, GIF, BMP, TIFF) or PDF, up to 2 MB each")
        )
        # Canned replies (template_picker.py): the button and Ctrl+T while writing here.
        self.templates_button = QPushButton(self.tr("Templates…"), self)
        self.templates_button.setObjectName("templatesButton")
        self.templates_button.setToolTip(self.tr("Insert a canned reply (Ctrl+T)"))
        self.templates_button.clicked.connect(self.open_templates)
        templates_key = QShortcut(QKeySequence("Ctrl+T"), self)
        templates_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        templates_key.activated.connect(self.open_templates)
        #: Fills the templates' placeholders for the issue on screen (set by the detail panel).
        self.template_values: Callable[[], Mapping[str, str | None]] | None = None
        self.counter = QLabel(self)
        self.counter.setObjectName("messageCounter")
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(False)
        self.send_button.setAutoDefault(False)
        self.send_button.setToolTip(self.tr("Send the message (Ctrl+Enter)"))

        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.type_box)
        bottom.addWidget(self.attach_button)
        bottom.addWidget(self.templates_button)
        bottom.addStretch(1)
        bottom.addWidget(self.counter)
        bottom.addWidget(self.send_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.notice)
        layout.addWidget(self.chips)
        layout.addWidget(self.editor)
        layout.addLayout(bottom)

        self.editor.textChanged.connect(self._on_changed)
        self.editor.submit.connect(self._on_submit)
        self.send_button.clicked.connect(self._on_submit)
        self.attach_button.clicked.connect(self._on_attach_clicked)
        self.type_box.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.set_kind(IssueKind.UNKNOWN)
        self._update()

    # -- state -------------------------------------------------------------------------------

    def set_kind(self, kind: IssueKind) -> None:
        """Offer the message types Allegro accepts for this kind; keep the choice if possible."""
        current = self.message_type()
        types = _TYPES_BY_KIND[kind]
        if kind is self._kind and self.type_box.count() == len(types):
            return
        self._kind = kind
        self.type_box.blockSignals(True)
        self.type_box.clear()
        for code in types:
            self.type_box.addItem(labels.message_type_name(code), code)
        if kind is IssueKind.CLAIM and current.startswith("RETURN_"):
            self._select_type(current)  # a restored return decision stays what it was
        else:
            self.type_box.setCurrentIndex(max(self.type_box.findData(current), 0))
        self.type_box.blockSignals(False)
        self._update_type_box()

    def set_compact(self, compact: bool) -> None:
        """While writing is impossible: a one-line editor (what was typed stays readable) and
        only the disabled Send; the controls for writing come back with ``False``."""
        self._compact = compact
        self.editor.setFixedHeight(self._line * (1 if compact else 4) + 14)
        self.attach_button.setVisible(not compact)
        self.templates_button.setVisible(not compact)
        self.counter.setVisible(not compact)
        self._update_type_box()

    def is_compact(self) -> bool:
        return self._compact

    def _update_type_box(self) -> None:
        """A choice of one ("Message") is no choice: the box shows only with two or more."""
        self.type_box.setVisible(not self._compact and self.type_box.count() > 1)

    def set_writable(self, writable: bool) -> None:
        """Disabled, not hidden: the seller sees the text they typed and why they cannot send."""
        self._writable = writable
        self.editor.setReadOnly(not writable)
        self.editor.setPlaceholderText(
            self.tr("Write to the buyer… (Ctrl+Enter sends)")
            if writable
            else self.tr("Writing is closed for this conversation.")
        )
        for widget in (self.editor, self.type_box, self.attach_button, self.templates_button):
            widget.setEnabled(writable)
        for chip in self._chip_widgets():
            chip.setEnabled(writable)
        self._update()

    def is_writable(self) -> bool:
        return self._writable

    def text(self) -> str:
        return self.editor.toPlainText()

    def message_type(self) -> str:
        data = self.type_box.currentData()
        return data if isinstance(data, str) else MessageType.REGULAR

    def attachment_paths(self) -> tuple[str, ...]:
        return tuple(self._paths)

    def state(self) -> ComposerState:
        return ComposerState(self.text(), self.message_type(), self.attachment_paths())

    def set_state(self, state: ComposerState) -> None:
        self.editor.setPlainText(state.text)
        self._select_type(state.message_type)
        self._paths = list(dict.fromkeys(state.attachment_paths))
        self._rebuild_chips()
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self._update()

    def clear(self) -> None:
        self.hide_notice()
        self.set_state(ComposerState())

    def is_empty(self) -> bool:
        return self.state().is_empty()

    def can_send(self) -> bool:
        length = message_length(self.text())
        return self._writable and not self.is_empty() and length <= MAX_MESSAGE_LENGTH

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def hide_notice(self) -> None:
        self.notice.clear()
        self.notice.hide()

    def _select_type(self, message_type: str) -> None:
        index = self.type_box.findData(message_type)
        if index < 0 and message_type != MessageType.REGULAR:
            # A type this kind does not list (the issue changed kind): keep it visible, not lost.
            self.type_box.addItem(labels.message_type_name(message_type), message_type)
            index = self.type_box.count() - 1
        self.type_box.setCurrentIndex(max(index, 0))
        self._update_type_box()

    # -- canned replies ----------------------------------------------------------------------

    def open_templates(self) -> QWidget | None:
        """The canned-reply picker; the chosen reply goes in at the cursor."""
        if not self._writable:
            return None
        from .template_picker import open_template_picker

        return open_template_picker(
            self, self.templates_button, self.insert_text, self.template_values
        )

    def insert_text(self, text: str) -> None:
        """``text`` at the cursor (replacing a selection), then the editor has the focus."""
        self.editor.insertPlainText(text)
        self.editor.setFocus()

    # -- attachments -------------------------------------------------------------------------

    def add_attachment_paths(self, paths: Iterable[str]) -> list[str]:
        """Add what Allegro would accept; return one human sentence per rejected file."""
        problems: list[str] = []
        for raw in paths:
            path = Path(raw)
            problem = attachment_problem(path)
            if problem is not None:
                problems.append(problem)
            elif str(path) not in self._paths:
                self._paths.append(str(path))
        self._rebuild_chips()
        if problems:
            self.show_notice("\n".join(problems))
        else:
            self.hide_notice()
        self._on_changed()
        return problems

    def remove_attachment(self, path: str) -> None:
        if path in self._paths:
            self._paths.remove(path)
            self._rebuild_chips()
            self._on_changed()

    def choose_files(self) -> Sequence[str]:
        """Ask for files (tests replace this)."""
        patterns = " ".join(f"*{ext}" for ext in sorted(ALLOWED_EXTENSIONS))
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            "",
            self.tr("Images and PDF (%1)").replace("%1", patterns),
        )
        return paths

    def _on_attach_clicked(self) -> None:
        self.add_attachment_paths(self.choose_files())

    def _chip_widgets(self) -> list[AttachmentChip]:
        return self.chips.findChildren(AttachmentChip)

    def _rebuild_chips(self) -> None:
        for chip in self._chip_widgets():
            chip.setParent(None)
            chip.deleteLater()
        for i, path in enumerate(self._paths):
            chip = AttachmentChip(path, self.chips)
            chip.setEnabled(self._writable)
            chip.remove_requested.connect(self.remove_attachment)
            self.chips_layout.insertWidget(i, chip)
        self.chips.setVisible(bool(self._paths))

    # -- reactions ---------------------------------------------------------------------------

    def _on_changed(self) -> None:
        self._update()
        self.edited.emit()

    def _on_submit(self) -> None:
        if self.can_send():
            self.submitted.emit()

    def _update(self) -> None:
        length = message_length(self.text())
        locale = QLocale()
        self.counter.setText(f"{locale.toString(length)} / {locale.toString(MAX_MESSAGE_LENGTH)}")
        over = length > MAX_MESSAGE_LENGTH
        self.counter.setProperty("overLimit", over)
        self.counter.setStyleSheet(
            f"color: {OVERDUE.name()}; font-weight: 600;"
            if over
            else "color: palette(placeholder-text);"
        )
        self.counter.setToolTip(
            self.tr("Allegro accepts up to %1 characters.").replace(
                "%1", locale.toString(MAX_MESSAGE_LENGTH)
            )
            if over
            else ""
        )
        self.send_button.setEnabled(self.can_send())


def attachment_problem(path: Path) -> str | None:
    """Why Allegro would refuse this file, as a sentence; None when it is fine.

    The rules are :func:`domain.attachments.upload_problem`'s; only the sentences live here.
    """

    translate = QCoreApplication.translate  # lupdate reads the literal calls below
    problem = upload_problem(path)
    if problem is None:
        return None
    name = display_text(path.name)
    if problem is UploadProblem.TYPE:
        return translate(
            "Composer",
            "“%1” cannot be attached: Allegro accepts only images (PNG, JPEG, GIF, BMP, TIFF) "
            "and PDF files.",
        ).replace("%1", name)
    if problem is UploadProblem.UNREADABLE:
        return translate(
            "Composer", "“%1” cannot be read. Check that the file still exists."
        ).replace("%1", name)
    if problem is UploadProblem.NOT_A_FILE:
        return translate("Composer", "“%1” is not a file.").replace("%1", name)
    if problem is UploadProblem.TOO_LARGE:
        try:
            size = path.stat().st_size
        except (OSError, ValueError):
            return translate(
                "Composer", "“%1” cannot be read. Check that the file still exists."
            ).replace("%1", name)
        megabytes = QLocale().toString(size / 1_048_576, "f", 1)
        return (
            translate("Composer", "“%1” is %2 MB; Allegro accepts files up to 2 MB.")
            .replace("%1", name)
            .replace("%2", megabytes)
        )
    return translate("Composer", "“%1” is empty.").replace("%1", name)
