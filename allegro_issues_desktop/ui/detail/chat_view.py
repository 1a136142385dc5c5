"""The conversation list: bubbles painted by :class:`ChatDelegate`, links hit-tested here.

Text stays copyable: Ctrl+C and the context menu copy whole messages, and "Select text…"
(or a double click) opens the message in a read-only editor for copying a part of it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QListView,
    QMenu,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.text import display_text
from .. import labels, timefmt
from .chat_delegate import ChatDelegate, Link, LinkKind, can_send_again
from .chat_model import ROW_ROLE, ChatModel, ChatRow
from .text import mnemonic_safe


class ChatView(QListView):
    attachment_clicked = Signal(str, str)  # url, file name
    put_back_requested = Signal(str)  # local id
    send_again_requested = Signal(str)  # local id

    def __init__(self, model: ChatModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatHistory")
        self.chat_model = model
        self.setModel(model)
        self.chat_delegate = ChatDelegate(self)
        self.setItemDelegate(self.chat_delegate)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setSpacing(0)
        self.setAccessibleName(self.tr("Conversation"))
        self._copy_action = QAction(self.tr("Copy text"), self)
        self._copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self._copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._copy_action.triggered.connect(self.copy_selection)
        self.addAction(self._copy_action)

    # -- scrolling ---------------------------------------------------------------------------

    def is_at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def scroll_to_newest(self) -> None:
        self.doItemsLayout()  # lay out now so the maximum is right
        self.scrollToBottom()
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def resizeEvent(self, event: QResizeEvent) -> None:
        stick = self.is_at_bottom()
        super().resizeEvent(event)
        if stick and event.oldSize().width() != event.size().width():
            self.scroll_to_newest()

    # -- copying -----------------------------------------------------------------------------

    def selected_rows(self) -> list[ChatRow]:
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        return [r for r in (self.chat_model.row_at(n) for n in rows) if r is not None]

    def copy_selection(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            text = rows[0].text
        else:
            text = "\n\n".join(self._transcript_line(r) for r in rows)
        QGuiApplication.clipboard().setText(text)

    @staticmethod
    def _transcript_line(row: ChatRow) -> str:
        who = display_text(labels.role_name(row.role or None))
        when = timefmt.local_datetime(row.created_at) if row.created_at else ""
        return f"{who} ({when}):\n{row.text}" if when else f"{who}:\n{row.text}"

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- links -------------------------------------------------------------------------------

    def link_at(self, pos: QPoint) -> Link | None:
        index = self.indexAt(pos)
        row = index.data(ROW_ROLE) if index.isValid() else None
        if not isinstance(row, ChatRow):
            return None
        local = pos - self.visualRect(index).topLeft()
        return self.chat_delegate.link_at(row, self.viewport().width(), self.font(), local)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over_link = self.link_at(event.position().toPoint()) is not None
        shape = Qt.CursorShape.PointingHandCursor if over_link else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(shape)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            link = self.link_at(event.position().toPoint())
            if link is not None:
                self._activate(link)
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and self.link_at(event.position().toPoint()) is None:
            self.show_text_of(index)
            return
        super().mouseDoubleClickEvent(event)

    def _activate(self, link: Link) -> None:
        if link.kind is LinkKind.ATTACHMENT:
            self.attachment_clicked.emit(link.url, link.file_name)
        elif link.kind is LinkKind.PUT_BACK:
            self.put_back_requested.emit(link.local_id)
        elif link.kind is LinkKind.SEND_AGAIN:
            self.send_again_requested.emit(link.local_id)

    def leaveEvent(self, event: QEvent) -> None:
        self.viewport().unsetCursor()
        super().leaveEvent(event)

    # -- context menu ------------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            index = self.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if not isinstance(row, ChatRow):
            return
        if not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        menu = self.build_menu(index, row)
        menu.exec(event.globalPos())

    def build_menu(self, index: QModelIndex, row: ChatRow) -> QMenu:
        menu = QMenu(self)
        count = len(self.selected_rows())
        copy = menu.addAction(
            self.tr("Copy text") if count <= 1 else self.tr("Copy %n messages", "", count)
        )
        copy.triggered.connect(self.copy_selection)
        select = menu.addAction(self.tr("Select text…"))
        select.triggered.connect(lambda: self.show_text_of(index))
        openable = [a for a in row.attachments if a.url]
        if openable:
            menu.addSeparator()
            for ref in openable:
                # Menu texts treat "&" as a mnemonic marker: escape names from the buyer.
                action = menu.addAction(
                    self.tr("Open %1").replace(
                        "%1", mnemonic_safe(display_text(ref.file_name) or "?")
                    )
                )
                action.triggered.connect(
                    lambda _=False, r=ref: self.attachment_clicked.emit(r.url or "", r.file_name)
                )
        pending = row.pending
        if pending is not None and not pending.restored_to_editor and pending.error:
            menu.addSeparator()
            local_id = pending.outgoing.local_id
            if can_send_again(pending):
                again = menu.addAction(self.tr("Send again"))
                again.triggered.connect(lambda: self.send_again_requested.emit(local_id))
            put_back = menu.addAction(self.tr("Put back into the editor"))
            put_back.triggered.connect(lambda: self.put_back_requested.emit(local_id))
        return menu

    def show_text_of(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, ChatRow):
            MessageTextDialog(row, self).open()


class MessageTextDialog(QDialog):
    """One message in a read-only plain-text editor: select and copy any part of it."""

    def __init__(self, row: ChatRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageTextDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        who = display_text(labels.role_name(row.role or None))
        when = timefmt.local_datetime(row.created_at) if row.created_at else ""
        self.setWindowTitle(f"{who} · {when}" if when else who)
        layout = QVBoxLayout(self)
        self.editor = QPlainTextEdit(self)
        self.editor.setReadOnly(True)
        self.editor.setPlainText(row.text)
        self.editor.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)
