"""Paints one issue per row. Only paints: no editors, no state.

Layout (three lines, fixed height so ``QListView.setUniformItemSizes(True)`` stays cheap):

    • [Claim] buyer_login                                   in 5 h
    Subject or reason, elided…                 [Return required]
    123/2024 · Awaiting your decision    14:05 [Awaiting your reply]

With several accounts, line 3 starts with the row's account name (short, elided, muted):
``Shop 2 · 123/2024 · Awaiting your decision``.

When line 3 is short of room, the reference number (what the seller searches by) stays whole:
the status gives way first (elided), then the time of the last message (left out whole), then
the account's name (elided, then left out); only a number too long for the line is elided.

The dot marks unread rows (whose summary is also bold); line 3 ends with the time of the last
message and whose turn it is (the orange chip when it is yours, "Waiting for the buyer" in the
meta text when it is the buyer's). Chips and colours come from ``badges``/``palette`` (the
same as the detail header) and follow dark mode.

Everything is drawn with ``drawText``/``elidedText`` (plain text, never rich text). Buyer text
goes through ``display_text`` (no bidi overrides, no control characters), and each field gets
its own rectangle, so a right-to-left login cannot reorder the rest of the row.
``row_texts(index)`` returns exactly what ``paint`` draws, for tests.
"""

from __future__ import annotations

from datetime import datetime

import msgspec
from msgspec.structs import replace
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...domain import (
    Issue,
    IssueKind,
    Turn,
    awaiting_seller_reply,
    is_open,
    issue_kind,
    last_activity,
    needs_me,
    return_decision,
    whose_turn,
)
from ...domain import deadline as issue_deadline
from ...domain.text import display_text
from .. import palette
from ..badges import badge_size, badge_tone, kind_tone, paint_badge, your_move_tone
from ..labels import (
    awaiting_reply_text,
    issue_title,
    kind_name,
    return_badge_text,
    status_name,
)
from ..palette import Tone
from ..timefmt import Urgency, local_when, relative_deadline, urgency
from .model import AccountRole, IssueRole, UnreadRole

_PAD_X = 10
_PAD_Y = 7
_LINE_GAP = 3
_GUTTER = 8  # between a text and a badge on the same line
_STRIPE = 3  # the "your turn" stripe on the left edge
_DOT = 6  # the unread dot
_DOT_SLOT = 12  # room kept for the dot on every row, so the kind chips line up
_ACCOUNT_MAX = 120  # the account's name never takes more of line 3 than this (px) …
_ACCOUNT_SHARE = 0.4  # … nor more than this share of it


class RowTexts(msgspec.Struct, frozen=True):
    """What a row shows; ``paint`` draws exactly this."""

    kind: IssueKind
    kind_text: str
    buyer: str
    summary: str
    reference: str
    status: str
    awaiting_reply: bool
    awaiting_text: str | None
    deadline_text: str | None
    deadline_urgency: Urgency | None
    badge_text: str | None
    badge_tone: Tone | None
    last_message_text: str = ""
    waiting_for_buyer: bool = False
    #: The account's name (only when the list holds several accounts).
    account: str = ""


def row_texts_for(issue: Issue, now: datetime | None = None) -> RowTexts:
    kind = issue_kind(issue)
    summary = issue_title(issue) or translate("IssueDelegate", "No subject")
    due = issue_deadline(issue)  # None for closed issues: no deadline shown
    decision = return_decision(issue)
    awaiting = awaiting_seller_reply(issue)
    open_ = is_open(issue)
    # The buyer's turn to write, and nothing else for me to do (no verdict, no return decision).
    waiting = open_ and not needs_me(issue) and whose_turn(issue) is Turn.BUYER
    status = display_text(status_name(issue.current_state.status))
    if waiting:
        status = " · ".join((status, translate("IssueDelegate", "Waiting for the buyer")))
    return RowTexts(
        kind=kind,
        kind_text=kind_name(kind),
        buyer=display_text(issue.buyer.login) or translate("IssueDelegate", "Unknown buyer"),
        summary=summary,
        reference=display_text(issue.reference_number),
        status=status,
        awaiting_reply=awaiting,
        awaiting_text=awaiting_reply_text() if awaiting else None,
        deadline_text=relative_deadline(due.at, now) if due else None,
        deadline_urgency=urgency(due.at, now) if due else None,
        badge_text=return_badge_text(decision),
        badge_tone=badge_tone(decision, closed=not open_),
        last_message_text=local_when(last_activity(issue), now),
        waiting_for_buyer=waiting,
    )


# lupdate reads translate("Context", "text") calls with literal arguments: keep them literal.
translate = QCoreApplication.translate

_SEP = " · "
_ELLIPSIS = "…"


class _Line3(msgspec.Struct, frozen=True):
    """Line 3 left of the "Awaiting your reply" chip, fitted to its width: the account's name
    (elided, or "" when left out), "reference · status" (the status elided), the time ("" when
    left out)."""

    account: str
    meta: str
    time: str


def _line3(texts: RowTexts, metrics: QFontMetrics, width: int) -> _Line3:
    """Fit line 3's texts into ``width`` px, giving way in this order when it is short: the
    status (elided), the time of the last message (left out whole: a cut time reads as another
    time), the account's name (elided, then left out: with several shops it tells the rows
    apart), and only then the reference number (elided), which the seller searches by and so
    stays whole while it fits."""

    def advance(text: str) -> int:
        return metrics.horizontalAdvance(text) if text else 0

    def fits(text: str, room: int) -> bool:  # as ``_text`` will judge it when drawing
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room) == text

    reference = texts.reference
    room = width  # for "account · reference · status"
    account = ""
    if texts.account:
        sep = advance(_SEP)
        cap = min(_ACCOUNT_MAX, int(width * _ACCOUNT_SHARE), width - advance(reference) - sep - 1)
        if advance(texts.account) <= cap:
            account = texts.account
        elif cap > 0:
            account = metrics.elidedText(texts.account, Qt.TextElideMode.ElideRight, cap)
            if account in ("", _ELLIPSIS):  # not one letter of it: leave it out
                account = ""
        if account:
            room -= advance(account) + sep
    time = texts.last_message_text
    if time:
        time_w = advance(time) + 2 + _GUTTER
        if fits(reference, room - time_w):
            room -= time_w
        else:
            time = ""
    return _Line3(account, _meta_text(reference, texts.status, metrics, room), time)


def _meta_text(reference: str, status: str, metrics: QFontMetrics, width: int) -> str:
    """ "reference · status" in ``width`` px: the status elides first (or goes), the reference
    only when it does not fit by itself."""

    def fits(text: str) -> bool:  # as ``_text`` will judge it when drawing
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width) == text

    full = _SEP.join(p for p in (reference, status) if p)
    if not reference or fits(full):
        return full  # (a status alone is elided where it is drawn)
    if not fits(reference):
        return reference  # elided where it is drawn
    head = reference + _SEP
    room = width - metrics.horizontalAdvance(head)
    rest = metrics.elidedText(status, Qt.TextElideMode.ElideRight, room)
    while rest and not fits(head + rest):  # rounding: never let the drawing cut the reference
        room -= 1
        rest = metrics.elidedText(status, Qt.TextElideMode.ElideRight, room)
    return head + rest if rest else reference


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` blended towards ``b`` by ``amount`` (secondary text that follows the theme)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


class _Layout:
    """Fonts and metrics for one base font, plus the widths of badge texts seen so far."""

    def __init__(self, base: QFont, bold: QFont, small: QFont, badge: QFont) -> None:
        self.base, self.bold, self.small, self.badge = base, bold, small, badge
        self.metrics = {
            "base": QFontMetrics(base),
            "bold": QFontMetrics(bold),
            "small": QFontMetrics(small),
        }
        self.line_height = max(self.metrics["base"].height(), badge_size(badge, "Ag")[1])
        self._badges: dict[str, tuple[int, int]] = {}
        self.badge_pixmaps: dict[tuple[str, int, int, float], QPixmap] = {}

    @classmethod
    def of(cls, base: QFont) -> _Layout:
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        if base.pointSizeF() > 0:
            small.setPointSizeF(max(base.pointSizeF() - 1.0, 7.0))
        elif base.pixelSize() > 0:
            small.setPixelSize(max(base.pixelSize() - 1, 9))
        badge = QFont(small)
        badge.setWeight(QFont.Weight.DemiBold)
        return cls(QFont(base), bold, small, badge)

    def badge_size(self, text: str) -> tuple[int, int]:
        size = self._badges.get(text)
        if size is None:
            size = self._badges[text] = badge_size(self.badge, text)
        return size


class IssueDelegate(QStyledItemDelegate):
    """Paints issue rows; see the module docstring for the layout."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now: datetime | None = None  # fixed clock for tests and screenshots
        self._account_labels: dict[str, str] = {}
        self._layouts: dict[str, _Layout] = {}

    def set_now(self, now: datetime | None) -> None:
        """Pin "now" for relative deadlines (tests, screenshots); None = the real clock."""
        self._now = now

    def set_account_labels(self, labels: dict[str, str]) -> None:
        """Names for the rows' accounts; empty (one account): rows name no account."""
        self._account_labels = {k: display_text(v) for k, v in labels.items()}

    # -- what to paint ------------------------------------------------------------------------
    def row_texts(self, index: QModelIndex | QPersistentModelIndex) -> RowTexts | None:
        issue = index.data(IssueRole)
        if not isinstance(issue, Issue):
            return None
        texts = row_texts_for(issue, self._now)
        if self._account_labels:
            label = self._account_labels.get(str(index.data(AccountRole) or ""), "")
            if label:
                return replace(texts, account=label)
        return texts

    # -- geometry -----------------------------------------------------------------------------
    def _layout(self, base: QFont) -> _Layout:
        # Fonts and metrics are built once per font, not per painted row.
        key = base.key()
        layout = self._layouts.get(key)
        if layout is None:
            layout = self._layouts[key] = _Layout.of(base)
        return layout

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # Independent of the row's content: uniform item sizes keep 10,000 rows cheap.
        line = self._layout(option.font).line_height
        return QSize(200, 2 * _PAD_Y + 3 * line + 2 * _LINE_GAP + 1)

    # -- painting -----------------------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        texts = self.row_texts(index)
        if texts is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the style paints only the background
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else None
        rect: QRect = opt.rect
        pal: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)

        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_color = pal.color(
            group,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
        )
        muted = _mix(text_color, pal.color(group, QPalette.ColorRole.Base), 0.36)
        if selected:
            muted = _mix(text_color, pal.color(group, QPalette.ColorRole.Highlight), 0.2)

        # A hairline between rows, and an accent stripe when it is the seller's turn.
        painter.setPen(_mix(pal.color(QPalette.ColorRole.Base), text_color, 0.12))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        colors = palette.scheme()
        if texts.awaiting_reply:
            painter.fillRect(
                QRect(rect.left(), rect.top(), _STRIPE, rect.height() - 1), colors.stripe
            )

        layout = self._layout(opt.font)
        base_font, bold, small = layout.base, layout.bold, layout.small
        line_h = layout.line_height
        left = rect.left() + _PAD_X
        right = rect.right() - _PAD_X
        tops = [rect.top() + _PAD_Y + n * (line_h + _LINE_GAP) for n in range(3)]

        # Line 1: unread dot, kind tag, buyer, deadline on the right.
        unread = bool(index.data(UnreadRole))  # new from the buyer: a dot, the summary in bold
        if unread:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(
                text_color if selected else pal.color(group, QPalette.ColorRole.Highlight)
            )
            cy = tops[0] + line_h // 2
            painter.drawEllipse(left, cy - _DOT // 2, _DOT, _DOT)
            painter.restore()
        x = left + _DOT_SLOT
        tag_w, tag_h = layout.badge_size(texts.kind_text)
        self._badge(
            painter,
            layout,
            QRect(x, tops[0] + (line_h - tag_h) // 2, tag_w, tag_h),
            texts.kind_text,
            kind_tone(texts.kind),
        )
        x += tag_w + _GUTTER
        line_right = right
        if texts.deadline_text:
            urgent = texts.deadline_urgency is not Urgency.NORMAL
            deadline_font = bold if urgent else base_font
            metrics = layout.metrics["bold" if urgent else "base"]
            color = text_color if selected else self._deadline_color(texts.deadline_urgency, muted)
            width = metrics.horizontalAdvance(texts.deadline_text) + 2
            self._text(
                painter,
                QRect(right - width, tops[0], width, line_h),
                deadline_font,
                metrics,
                color,
                texts.deadline_text,
                Qt.AlignmentFlag.AlignRight,
            )
            line_right = right - width - _GUTTER
        self._text(
            painter,
            QRect(x, tops[0], line_right - x, line_h),
            bold,
            layout.metrics["bold"],
            text_color,
            texts.buyer,
        )

        # Line 2: subject or reason, return badge on the right.
        line_right = right
        if texts.badge_text and texts.badge_tone is not None:
            w, h = layout.badge_size(texts.badge_text)
            self._badge(
                painter,
                layout,
                QRect(right - w, tops[1] + (line_h - h) // 2, w, h),
                texts.badge_text,
                texts.badge_tone,
            )
            line_right = right - w - _GUTTER
        self._text(
            painter,
            QRect(left, tops[1], line_right - left, line_h),
            bold if unread else base_font,
            layout.metrics["bold" if unread else "base"],
            text_color,
            texts.summary,
        )

        # Line 3: reference · status, the last message's time and "Awaiting your reply" on
        # the right.
        line_right = right
        if texts.awaiting_text:
            w, h = layout.badge_size(texts.awaiting_text)
            self._badge(
                painter,
                layout,
                QRect(right - w, tops[2] + (line_h - h) // 2, w, h),
                texts.awaiting_text,
                your_move_tone(),
            )
            line_right = right - w - _GUTTER
        small_metrics = layout.metrics["small"]
        line3 = _line3(texts, small_metrics, line_right - left)
        if line3.time:
            w = small_metrics.horizontalAdvance(line3.time) + 2
            self._text(
                painter,
                QRect(line_right - w, tops[2], w, line_h),
                small,
                small_metrics,
                muted,
                line3.time,
                Qt.AlignmentFlag.AlignRight,
            )
            line_right -= w + _GUTTER
        meta_left = left
        if line3.account:  # several accounts: whose row this is, first and muted
            w = small_metrics.horizontalAdvance(line3.account)
            self._text(
                painter,
                QRect(left, tops[2], w + 2, line_h),
                small,
                small_metrics,
                muted,
                line3.account,
            )
            meta_left = left + w
            self._text(
                painter,
                QRect(meta_left, tops[2], small_metrics.horizontalAdvance(_SEP) + 1, line_h),
                small,
                small_metrics,
                muted,
                _SEP,
            )
            meta_left += small_metrics.horizontalAdvance(_SEP)
        self._text(
            painter,
            QRect(meta_left, tops[2], line_right - meta_left, line_h),
            small,
            small_metrics,
            muted,
            line3.meta,
        )
        painter.restore()

    @staticmethod
    def _badge(painter: QPainter, layout: _Layout, rect: QRect, text: str, tone: Tone) -> None:
        """``paint_badge`` rendered once per (text, tone, scale) and then blitted.

        The same few badges repeat on every row; an antialiased rounded rect plus text costs
        ~60 µs, a pixmap blit a few.
        """
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        key = (text, tone.foreground.rgba(), tone.background.rgba(), ratio)
        pixmap = layout.badge_pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(rect.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            badge_painter = QPainter(pixmap)
            paint_badge(badge_painter, QRect(QPoint(0, 0), rect.size()), layout.badge, text, tone)
            badge_painter.end()
            layout.badge_pixmaps[key] = pixmap
        painter.drawPixmap(rect.topLeft(), pixmap)

    @staticmethod
    def _deadline_color(level: Urgency | None, normal: QColor) -> QColor:
        colors = palette.scheme()
        if level is Urgency.OVERDUE:
            return colors.overdue
        if level is Urgency.SOON:
            return colors.due_soon
        return normal

    @staticmethod
    def _text(
        painter: QPainter,
        rect: QRect,
        font: QFont,
        metrics: QFontMetrics,
        color: QColor,
        text: str,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        if rect.width() <= 0 or not text:
            return
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.setFont(font)
        painter.setPen(color)
        # Plain text in its own box; TextSingleLine keeps stray line breaks from wrapping.
        painter.drawText(
            rect, int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine), elided
        )
