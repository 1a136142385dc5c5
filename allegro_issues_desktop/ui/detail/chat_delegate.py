"""Paints chat bubbles: plain text only, word-wrapped with QTextLayout, layouts cached per width.

Why a delegate and not a widget per message: a claim can carry 250+ messages and single texts of
~19,000 characters; a label per message re-lays out every text on each resize, while a list view
only asks for the size of rows and paints the visible ones. Layouts are cached by (row, width),
so scrolling costs nothing and a resize costs one layout per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...domain import AuthorRole
from ...domain.text import display_text
from .. import labels, timefmt
from ..palette import OVERDUE
from .chat_model import ROW_ROLE, ChatRow, PendingEntry, PendingState

_MARGIN_X = 14  # view edge to bubble
_GAP_Y = 10  # between bubbles
_PAD_X = 12
_PAD_Y = 8
_SPACING = 4
_ICON = 16
_MIN_INNER = 140


class Side(Enum):
    LEFT = "left"  # the buyer
    RIGHT = "right"  # you
    CENTER = "center"  # Allegro: advisor, system, fulfillment


def side_of(role: str) -> Side:
    if role == AuthorRole.BUYER:
        return Side.LEFT
    if role == AuthorRole.SELLER:
        return Side.RIGHT
    return Side.CENTER


class LinkKind(Enum):
    ATTACHMENT = "attachment"
    PUT_BACK = "put_back"
    SEND_AGAIN = "send_again"


@dataclass(frozen=True, slots=True)
class Link:
    kind: LinkKind
    text: str
    url: str = ""  # attachments
    file_name: str = ""
    local_id: str = ""  # put back, send again


def can_send_again(pending: PendingEntry) -> bool:
    """Only a message the outbox holds (on disk) and Allegro never confirmed: *Send again*
    lets the outbox look for it in the chat first. A failed one goes back to the editor."""
    return pending.state is PendingState.UNCONFIRMED and pending.durable


@dataclass(slots=True)
class _Text:
    layout: QTextLayout
    origin: QPointF
    tone: str  # "text", "muted", "error", "warning"


@dataclass(slots=True)
class Geometry:
    height: int
    bubble: QRect
    name: str
    meta: str
    name_font: QFont
    meta_font: QFont
    header_y: int
    meta_x: int
    texts: list[_Text] = field(default_factory=list)
    links: list[tuple[QRect, Link, bool]] = field(default_factory=list)  # rect, link, clickable


@dataclass(frozen=True, slots=True)
class Tint:
    background: QColor
    border: QColor
    text: QColor
    muted: QColor


def _tints(dark: bool) -> dict[str, Tint]:
    # Fixed tints with explicit text colours so bubbles stay readable on any platform theme.
    if dark:
        text, muted = QColor("#e8eaed"), QColor("#a8b0b8")
        return {
            "buyer": Tint(QColor("#2b3036"), QColor("#3c434b"), text, muted),
            "seller": Tint(QColor("#4a2c19"), QColor("#7a4222"), text, muted),
            "admin": Tint(QColor("#1d3350"), QColor("#2f5887"), text, muted),
            "system": Tint(QColor("#33303b"), QColor("#4d4858"), text, muted),
            "failed": Tint(QColor("#4a1f1f"), QColor("#c62828"), text, muted),
        }
    text, muted = QColor("#1f2328"), QColor("#5f6b76")
    return {
        "buyer": Tint(QColor("#f1f3f5"), QColor("#d9dee3"), text, muted),
        "seller": Tint(QColor("#fff1e6"), QColor("#ffc9a3"), text, muted),
        "admin": Tint(QColor("#e7f0fb"), QColor("#a9c7ec"), text, muted),
        "system": Tint(QColor("#f4f1f8"), QColor("#d3cbe0"), text, muted),
        "failed": Tint(QColor("#fdecea"), QColor("#c62828"), text, muted),
    }


def _tint_key(row: ChatRow) -> str:
    if row.pending is not None and row.pending.state in (
        PendingState.FAILED,
        PendingState.UNCONFIRMED,
    ):
        return "failed"
    if row.role == AuthorRole.BUYER:
        return "buyer"
    if row.role == AuthorRole.SELLER:
        return "seller"
    if row.role == AuthorRole.ADMIN:
        return "admin"
    return "system"


def layout_text(text: str) -> str:
    """QTextLayout breaks lines only at U+2028, not at newlines."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\u2028")


def _wrapped(text: str, font: QFont, width: int, top: float) -> tuple[QTextLayout, float, float]:
    layout = QTextLayout(layout_text(text), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    natural = 0.0
    y = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
        natural = max(natural, line.naturalTextWidth())
    layout.endLayout()
    layout.setPosition(QPointF(0, top))
    return layout, y, natural


class ChatDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple[int, int], Geometry] = {}

    def clear_cache(self) -> None:
        self._cache.clear()

    # -- geometry ----------------------------------------------------------------------------

    def geometry(self, row: ChatRow, width: int, font: QFont) -> Geometry:
        key = (row.serial, width)
        cached = self._cache.get(key)
        if cached is None:
            if len(self._cache) > 4000:  # old widths and replaced rows
                self._cache.clear()
            cached = self._compute(row, width, font)
            self._cache[key] = cached
        return cached

    def _compute(self, row: ChatRow, width: int, font: QFont) -> Geometry:
        side = side_of(row.role)
        avail = max(width - 2 * _MARGIN_X, _MIN_INNER + 2 * _PAD_X)
        share = 0.86 if side is Side.CENTER else 0.78
        max_bubble = max(min(int(avail * share), 720), min(avail, _MIN_INNER + 2 * _PAD_X))
        inner_max = max_bubble - 2 * _PAD_X

        name_font = QFont(font)
        name_font.setBold(True)
        meta_font = QFont(font)
        if font.pointSizeF() > 0:
            meta_font.setPointSizeF(font.pointSizeF() * 0.9)
        fm_name, fm_meta, fm = QFontMetrics(name_font), QFontMetrics(meta_font), QFontMetrics(font)

        name, meta = self._header(row)
        name_w = fm_name.horizontalAdvance(name)
        meta_w = fm_meta.horizontalAdvance(meta)
        header_w = name_w + (16 + meta_w if meta else 0)
        header_h = max(fm_name.height(), fm_meta.height())

        texts: list[_Text] = []
        widths = [float(min(header_w, inner_max))]
        y = float(_PAD_Y + header_h + _SPACING)
        if row.text:
            body, h, natural = _wrapped(row.text, font, inner_max, y)
            texts.append(_Text(body, QPointF(), "text"))
            widths.append(natural)
            y += h
        links: list[tuple[QRect, Link, bool]] = []
        if row.attachments:
            y += _SPACING + 2
            for ref in row.attachments:
                shown = display_text(ref.file_name) or "?"
                label = fm.elidedText(shown, Qt.TextElideMode.ElideMiddle, inner_max - 22)
                w = _ICON + 6 + fm.horizontalAdvance(label)
                rect = QRect(0, int(y), w, max(fm.height(), _ICON) + 2)
                link = Link(LinkKind.ATTACHMENT, label, ref.url or "", ref.file_name)
                links.append((rect, link, ref.url is not None))
                widths.append(w)
                y += rect.height() + 2
        pending = row.pending
        if pending is not None and pending.state is not PendingState.SENDING:
            y += _SPACING + 2
            tone = "error" if pending.state is PendingState.FAILED else "warning"
            note = pending.error or self.tr("Not sent.")
            if pending.restored_to_editor:
                note += " " + self.tr("The text is back in the editor.")
            layout, h, natural = _wrapped(note, meta_font, inner_max, y)
            texts.append(_Text(layout, QPointF(), tone))
            widths.append(natural)
            y += h
            if not pending.restored_to_editor:
                y += _SPACING
                link_fm = QFontMetrics(font)
                local_id = pending.outgoing.local_id
                x_link = 0
                if can_send_again(pending):
                    again = self.tr("Send again")
                    w = link_fm.horizontalAdvance(again)
                    rect = QRect(0, int(y), w, fm.height() + 2)
                    links.append((rect, Link(LinkKind.SEND_AGAIN, again, local_id=local_id), True))
                    x_link = w + 3 * _SPACING
                text = self.tr("Put back into the editor")
                w = link_fm.horizontalAdvance(text)
                rect = QRect(x_link, int(y), w, fm.height() + 2)
                links.append((rect, Link(LinkKind.PUT_BACK, text, local_id=local_id), True))
                widths.append(x_link + w)
                y += rect.height()

        inner_w = int(min(inner_max, max(max(widths), _MIN_INNER))) + 1
        bubble_w = inner_w + 2 * _PAD_X
        bubble_h = int(y) + _PAD_Y
        if side is Side.LEFT:
            x = _MARGIN_X
        elif side is Side.RIGHT:
            x = width - _MARGIN_X - bubble_w
        else:
            x = (width - bubble_w) // 2
        x = max(x, 0)
        bubble = QRect(x, _GAP_Y // 2, bubble_w, bubble_h)

        # Make everything relative to the row (the bubble's inner left edge at x + _PAD_X).
        left = x + _PAD_X
        top = bubble.top()
        for t in texts:
            t.origin = QPointF(left, top)
        links = [(r.translated(left, top), link, ok) for r, link, ok in links]
        if header_w > inner_w:  # elide the name, never the timestamp
            room = inner_w - (16 + meta_w if meta else 0)
            name = fm_name.elidedText(name, Qt.TextElideMode.ElideRight, max(room, 20))
        return Geometry(
            height=bubble_h + _GAP_Y,
            bubble=bubble,
            name=name,
            meta=meta,
            name_font=name_font,
            meta_font=meta_font,
            header_y=top + _PAD_Y,
            meta_x=left + inner_w - meta_w if meta else left,
            texts=texts,
            links=links,
        )

    def _header(self, row: ChatRow) -> tuple[str, str]:
        # An unknown role is shown as Allegro sent it; the model already cleaned the login.
        name = display_text(labels.role_name(row.role or None))
        if row.role == AuthorRole.BUYER and row.login:
            name = f"{name} · {display_text(row.login)}"
        pending = row.pending
        if pending is None:
            return name, timefmt.local_datetime(row.created_at) if row.created_at else ""
        meta = {
            PendingState.QUEUED: self.tr("Waiting to send"),
            PendingState.SENDING: self.tr("Sending…"),
            PendingState.FAILED: self.tr("Not sent"),
            PendingState.UNCONFIRMED: self.tr("Not confirmed"),
        }[pending.state]
        return name, meta

    # -- Qt API ------------------------------------------------------------------------------

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        widget = option.widget
        viewport = getattr(widget, "viewport", None)
        if callable(viewport):
            return int(viewport().width())
        return int(option.rect.width())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        row = index.data(ROW_ROLE)
        if not isinstance(row, ChatRow):
            return QSize(0, 0)
        width = self._width(option)
        return QSize(width, self.geometry(row, width, option.font).height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, ChatRow):
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        geo = self.geometry(row, self._width(option), option.font)
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        tint = _tints(dark)[_tint_key(row)]

        painter.save()
        painter.translate(rect.topLeft())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if row.pending is not None and row.pending.state in (
            PendingState.SENDING,
            PendingState.QUEUED,
        ):
            painter.setOpacity(0.7)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        border = palette.color(QPalette.ColorRole.Highlight) if selected else tint.border
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(tint.background)
        painter.drawRoundedRect(QRectF(geo.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)

        fm_name = QFontMetrics(geo.name_font)
        left = geo.bubble.left() + _PAD_X
        painter.setFont(geo.name_font)
        painter.setPen(tint.text)
        painter.drawText(QPoint(left, geo.header_y + fm_name.ascent()), geo.name)
        if geo.meta:
            painter.setFont(geo.meta_font)
            painter.setPen(tint.muted)
            painter.drawText(QPoint(geo.meta_x, geo.header_y + fm_name.ascent()), geo.meta)

        # Only lines inside the viewport are drawn: a 19,000-character text paints its visible part.
        clip = QRectF(0, -rect.top(), rect.width(), self._viewport_height(option))
        colours = {
            "text": tint.text,
            "muted": tint.muted,
            "error": OVERDUE if not dark else QColor("#ff8a80"),
            "warning": QColor("#8a5a00") if not dark else QColor("#ffd180"),
        }
        for text in geo.texts:
            painter.setPen(colours[text.tone])
            text.layout.draw(painter, text.origin, [], clip)

        link_colour = palette.color(QPalette.ColorRole.Link)
        if dark:
            link_colour = link_colour.lighter(150)
        font = QFont(option.font)
        fm = QFontMetrics(font)
        style = option.widget.style() if option.widget is not None else None
        for link_rect, link, clickable in geo.links:
            text_x = link_rect.left()
            if link.kind is LinkKind.ATTACHMENT and style is not None:
                pix = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon).pixmap(_ICON, _ICON)
                painter.drawPixmap(link_rect.left(), link_rect.top() + 1, pix)
                text_x += _ICON + 6
            link_font = QFont(font)
            link_font.setUnderline(clickable)
            painter.setFont(link_font)
            painter.setPen(link_colour if clickable else tint.muted)
            baseline = link_rect.top() + (link_rect.height() - fm.height()) // 2 + fm.ascent()
            painter.drawText(QPoint(text_x, baseline), link.text)
        painter.restore()

    @staticmethod
    def _viewport_height(option: QStyleOptionViewItem) -> int:
        widget = option.widget
        viewport = getattr(widget, "viewport", None)
        if callable(viewport):
            return int(viewport().height())
        return 100_000

    # -- hit testing (the view asks) ---------------------------------------------------------

    def link_at(self, row: ChatRow, width: int, font: QFont, pos: QPoint) -> Link | None:
        """``pos`` is relative to the row's top-left corner."""
        for rect, link, clickable in self.geometry(row, width, font).links:
            if clickable and rect.adjusted(-2, -2, 2, 2).contains(pos):
                return link
        return None
