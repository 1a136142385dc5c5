"""The order and the offer of the issue on screen: what was bought, for how much, how it travels.

Shows the offer's picture and title, the order date, the bought items (quantity, title, price
paid per unit), the delivery method and the parcels' tracking numbers. Everything is plain text
(titles and names come from Allegro and the buyer). The offer page link stays in the facts.

Narrow or wide, nothing is cut silently and nothing widens the window: each item is one line
whose title ends in "…" (quantity and price stay whole), a tracking number too (the full value
in a tooltip and in the label's text for copying), a word longer than its line is clipped with
the whole text as a tooltip, and "2 items" or a date never break in the middle. Where the card
is wide, how the order travels sits beside what was bought; where it is narrow, below it.

Loading: :meth:`OrderView.set_issue` paints the saved copy at once (the store's JSON cache), then
the fresh one; a picture last. One :class:`~...services.tasks.LatestTask` per view: selecting
another issue cancels the previous load, and every await is followed by a check that the issue
is still the one shown, so a late answer never paints another issue's order.

Without the orders scope (403) there is one quiet line, "Order details need the orders
permission", and no further requests in this session (:class:`~...services.context.
ContextService`).

Signals:
    context_shown(str): the fresh order and offer (or why there are none) of this issue id are
        painted (the picture may follow).
    picture_shown(str): the offer's picture of this issue id is painted.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ...allegro.images import MAX_IMAGE_BYTES
from ...domain import Issue, deadline
from ...domain.orders import LineItem, Order, ProductOffer, Shipment
from ...domain.text import display_text
from ...services.context import (
    ContextService,
    ContextStatus,
    OfferContext,
    OrderContext,
    checkout_id_of,
    offer_id_of,
)
from ...services.tasks import LatestTask
from .. import timefmt
from ..elided_label import ElidedLabel
from .money import format_money
from .text import plain_label, plain_tooltip

THUMBNAIL = 72
_MAX_ITEMS_SHOWN = 6
_MAX_COUNT = 2**31 - 1
#: The delivery and tracking sit beside the items only when both get their room: the facts
#: whole within this share of the card, the items at least this wide; else under the items.
_FACTS_SHARE = 0.55
_ITEMS_MIN = 320
_NBSP = "\u00a0"
_QT_MAX_WIDTH = 16_777_215  # QWIDGETSIZE_MAX


def unbroken(text: str) -> str:
    """``text`` with its spaces made non-breaking: "2 items" or a date stay on one line."""
    return text.replace(" ", _NBSP)


def context_for(engine: Any) -> ContextService:
    """The context service of an account's engine, with offer pictures kept in the cache dir."""
    from ...settings import app_paths

    return ContextService(engine, image_dir=app_paths().cache_dir / "offer-images")


def decode_thumbnail(data: bytes, size: int = THUMBNAIL) -> QImage | None:
    """Decode and scale a picture, on the GUI thread (see ``OrderView.load``)."""
    if not data or len(data) > MAX_IMAGE_BYTES:
        return None
    image = QImage.fromData(data)
    if image.isNull():
        return None
    return image.scaled(
        QSize(size, size),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


class OrderView(QFrame):
    """See the module doc. Hidden when there is nothing to say (no order, no offer, no
    connection and nothing saved)."""

    context_shown = Signal(str)
    picture_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#orderView { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(alternate-base); }"
            " QFrame#orderView QLabel { background: transparent; border: none; }"
        )
        self._service: ContextService | None = None
        self._issue: Issue | None = None
        self._key: tuple[str | None, str | None, str | None] | None = None
        self._complete = False
        #: The running load (the window cancels and awaits it with its own work).
        self.loader = LatestTask("order-context")
        self._order: OrderContext | None = None
        self._offer: OfferContext | None = None

        self.picture = QLabel(self)
        self.picture.setObjectName("orderPicture")
        self.picture.setFixedSize(THUMBNAIL, THUMBNAIL)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet(
            "QLabel#orderPicture { background: palette(base); border: 1px solid palette(midlight);"
            " border-radius: 4px; }"
        )
        self.title = plain_label(self, "orderOfferTitle", wrap=True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = plain_label(self, "orderSummary", wrap=True)
        self.summary.setStyleSheet("color: palette(placeholder-text);")

        self.items = QWidget(self)
        self.items.setObjectName("orderItems")
        self.items_grid = QGridLayout(self.items)
        self.items_grid.setContentsMargins(0, 0, 0, 0)
        self.items_grid.setHorizontalSpacing(10)
        self.items_grid.setVerticalSpacing(2)
        self.items_grid.setColumnStretch(1, 1)

        self._rows: list[tuple[QLabel, QWidget]] = []  # (caption, value): paid, delivery, tracking
        self.facts = QWidget(self)
        self.facts.setObjectName("orderFacts")
        facts = QGridLayout(self.facts)
        facts.setContentsMargins(0, 0, 0, 0)
        facts.setHorizontalSpacing(10)
        facts.setVerticalSpacing(3)
        facts.setColumnStretch(1, 1)
        self._facts_grid = facts
        self.paid = plain_label(self.facts, "orderPaid")
        self._fact(0, "orderPaid", self.tr("Paid in total"), self.paid)
        self.delivery = plain_label(self.facts, "orderDelivery", wrap=True)
        self._fact(1, "orderDelivery", self.tr("Delivery"), self.delivery)
        # One line per parcel; the first is ``tracking``, more are added as needed.
        self.parcels = QWidget(self.facts)
        self.parcels.setObjectName("orderParcels")
        parcels = QVBoxLayout(self.parcels)
        parcels.setContentsMargins(0, 0, 0, 0)
        parcels.setSpacing(0)
        self._parcels: list[ElidedLabel] = []
        self.tracking = self._parcel_label(0)
        self._fact(2, "orderTracking", self.tr("Tracking"), self.parcels)

        self.note = plain_label(self, "orderNote", wrap=True)
        self.note.setStyleSheet("color: palette(placeholder-text); font-style: italic;")

        # Untrusted words (a title, a delivery method) may be longer than any line: clipped,
        # never widening the card, with the whole text as a tooltip while cut.
        for label in (self.title, self.delivery):
            label.setMinimumWidth(1)
            label.installEventFilter(self)

        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.summary)
        text.addWidget(self.items)
        text.addWidget(self.note)
        text.addStretch(1)
        # picture | what was bought | how it travels (wide), or the last under the second.
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setHorizontalSpacing(14)
        layout.setVerticalSpacing(8)
        layout.addWidget(self.picture, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 0, 1)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(1, 1)
        self._layout = layout
        self._wide: bool | None = None
        self._arrange(self.width())
        self.hide()

    def _fact(self, row: int, name: str, caption: str, value: QWidget) -> None:
        label = plain_label(self.facts, name + "Caption")
        label.setText(caption)
        label.setStyleSheet("color: palette(placeholder-text);")
        self._facts_grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        self._facts_grid.addWidget(value, row, 1)
        self._rows.append((label, value))

    def _parcel_label(self, index: int) -> ElidedLabel:
        label = ElidedLabel(self.parcels, "orderTracking" if index == 0 else "orderTrackingMore")
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout = self.parcels.layout()
        assert layout is not None
        layout.addWidget(label)
        self._parcels.append(label)
        return label

    # -- layout --------------------------------------------------------------------------------

    def wide(self) -> bool:
        """Whether the delivery and tracking sit beside the items (else under them)."""
        return bool(self._wide)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        """Beside the items when both have room (every parcel whole, the items at least
        ``_ITEMS_MIN`` wide), else under them."""
        layout = self._layout
        margins = layout.contentsMargins()
        room = width - margins.left() - margins.right() - THUMBNAIL - layout.horizontalSpacing()
        wanted = self._facts_width()
        wide = wanted <= room * _FACTS_SHARE and room - wanted >= _ITEMS_MIN
        if wide != self._wide:
            self._wide = wide
            layout.removeWidget(self.facts)
            if wide:
                layout.addWidget(self.facts, 0, 2, Qt.AlignmentFlag.AlignTop)
            else:
                layout.addWidget(self.facts, 1, 1, Qt.AlignmentFlag.AlignTop)
        if wide:
            self.facts.setFixedWidth(wanted)
        else:
            self.facts.setMinimumWidth(0)
            self.facts.setMaximumWidth(_QT_MAX_WIDTH)

    def _facts_width(self) -> int:
        """The width the delivery and tracking would like: every caption and parcel whole."""
        captions = max((c.sizeHint().width() for c, _ in self._rows if not c.isHidden()), default=0)
        values = [self.paid.sizeHint().width(), 200]  # a delivery line wraps from 200 px
        values += [p.sizeHint().width() for p in self._parcels if not p.isHidden()]
        return captions + self._facts_grid.horizontalSpacing() + max(values)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            self._tooltip_if_clipped(watched)
        return super().eventFilter(watched, event)

    @staticmethod
    def _tooltip_if_clipped(label: QLabel) -> None:
        """A wrapped label whose longest word is wider than the label: the text as tooltip."""
        text = label.text()
        metrics = QFontMetrics(label.font())
        longest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        label.setToolTip(plain_tooltip(text) if longest > label.contentsRect().width() else "")

    # -- public API ----------------------------------------------------------------------------

    def set_context(self, service: ContextService | None) -> None:
        """Where orders and offers come from (an account's service), or None: nothing shown."""
        self._service = service
        issue = self._issue
        self._key = None
        if service is None:
            self.loader.cancel()
            self.hide()
        elif issue is not None:
            self.set_issue(issue)

    def set_issue(self, issue: Issue) -> None:
        """Show ``issue``'s order and offer; the same issue again only reloads after a failure."""
        key = (issue.id, checkout_id_of(issue), offer_id_of(issue))
        self._issue = issue
        if key == self._key and (self._complete or self.loader.running):
            return
        self._key = key
        self._complete = False
        service = self._service
        if service is None or (key[1] is None and key[2] is None):
            self.loader.cancel()
            self.hide()
            return
        self._reset()
        self.loader.start(self.load(issue))

    def clear(self) -> None:
        self.loader.cancel()
        self._issue = None
        self._key = None
        self.hide()

    def shown_issue_id(self) -> str | None:
        return self._key[0] if self._key is not None else None

    async def load(self, issue: Issue) -> None:
        """Saved copy at once, then fresh, then the picture; each step only if still shown."""
        service = self._service
        key = (issue.id, checkout_id_of(issue), offer_id_of(issue))
        if service is None or self._key != key:
            return
        cached_order, cached_offer = await asyncio.gather(
            service.cached_order(issue), service.cached_offer(issue)
        )
        if self._key != key or self._service is not service:
            return
        if cached_order is not None or cached_offer is not None:
            self._paint(cached_order, cached_offer, loading=True)
        order, offer = await asyncio.gather(service.order(issue), service.offer(issue))
        if self._key != key or self._service is not service:
            return
        self._paint(order, offer, loading=False)
        self._complete = order.status not in (ContextStatus.UNAVAILABLE, ContextStatus.CACHED)
        self.context_shown.emit(issue.id or "")
        product = offer.offer
        if product is None or not product.image:
            return
        data = await service.thumbnail(product)
        # Decoded here, not on a worker thread: Qt's image plugins make QObjects (a format
        # probe connects signals under Qt's global connection lock) while PySide holds the GIL,
        # and the GUI thread may hold that lock waiting for the GIL (a Python QObject's
        # disconnect): a deadlock, seen once in a test run. A thumbnail decodes in ~1 ms.
        image = decode_thumbnail(data) if data else None
        if self._key != key or self._service is not service or image is None:
            return
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.picture.setToolTip("")
        self.picture_shown.emit(issue.id or "")

    # -- painting ------------------------------------------------------------------------------

    def _reset(self) -> None:
        self._order = self._offer = None
        self.picture.clear()
        self.picture.setText("…")
        self.title.setText(self.tr("Loading the order…"))
        self.summary.clear()
        self.summary.hide()
        self._set_items(())
        self._set_facts(None)
        self.note.hide()
        self.show()

    def _paint(
        self, order: OrderContext | None, offer: OfferContext | None, *, loading: bool
    ) -> None:
        self._order, self._offer = order, offer
        product = offer.offer if offer is not None else None
        placed = order.order if order is not None else None
        title = display_text(product.title if product is not None else None)
        if not title and placed is not None:
            title = self._issue_item_title(placed)
        if not title:
            title = self.tr("Order") if placed is not None else ""
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self._tooltip_if_clipped(self.title)
        if product is None or not product.image:
            self.picture.clear()
        self._set_summary(placed)
        self._set_items(placed.items if placed is not None else ())
        self._set_facts(order)
        notes = [n for n in (self._order_note(order), self._offer_note(offer)) if n]
        if loading:
            notes.append(self.tr("Updating…"))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        nothing = placed is None and product is None and not notes
        self.setVisible(not nothing)
        self._arrange(self.width())

    def _issue_item_title(self, order: Order) -> str:
        offer_id = self._key[2] if self._key is not None else None
        for item in order.items:
            if item.offer_id == offer_id and item.title:
                return display_text(item.title)
        return display_text(order.items[0].title) if order.items else ""

    def _set_summary(self, order: Order | None) -> None:
        if order is None:
            self.summary.hide()
            return
        parts = []
        when = order.bought_at
        if when is None and self._issue is not None:
            when = self._issue.checkout_form.created_at
        if when is not None:
            parts.append(self.tr("Bought %1").replace("%1", timefmt.local_datetime(when)))
        count = sum(i.quantity or 0 for i in order.items)
        if 0 < count <= _MAX_COUNT:  # %n is a C int: a larger count would raise, not paint
            parts.append(self.tr("%n item(s)", "", count))
        # Broken only between the parts, never inside "2 items" or a date.
        self.summary.setText(" · ".join(unbroken(p) for p in parts))
        self.summary.setVisible(bool(parts))

    def _set_items(self, items: tuple[LineItem, ...]) -> None:
        grid = self.items_grid
        while grid.count():
            child = grid.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        offer_id = self._key[2] if self._key is not None else None
        shown = items[:_MAX_ITEMS_SHOWN]
        for row, item in enumerate(shown):
            quantity = plain_label(self.items, "orderItemQuantity")
            known = item.quantity is not None and 0 <= item.quantity <= _MAX_COUNT
            quantity.setText(f"{item.quantity} ×" if known else "? ×")  # one line: never broken
            quantity.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            name = ElidedLabel(self.items, "orderItemTitle")  # one line; "…" and a tooltip
            name.setText(display_text(item.title) or self.tr("(no title)"))
            price = plain_label(self.items, "orderItemPrice")
            price.setText(self._price_text(item))
            price.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            if item.offer_id is not None and item.offer_id == offer_id and len(items) > 1:
                for label in (quantity, name, price):
                    font = label.font()
                    font.setBold(True)
                    label.setFont(font)
            grid.addWidget(quantity, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 1)
            grid.addWidget(price, row, 2, Qt.AlignmentFlag.AlignTop)
        if len(items) > len(shown):
            more = plain_label(self.items, "orderItemsMore")
            more.setText(self.tr("and %n more", "", len(items) - len(shown)))
            grid.addWidget(more, len(shown), 1, 1, 2)
        self.items.setVisible(bool(items))

    def _price_text(self, item: LineItem) -> str:
        unit = format_money(item.price)
        if unit is None:
            return ""
        if item.quantity is not None and item.quantity > 1:
            total = format_money(item.total)
            return (
                self.tr("%1 each, %2")
                .replace("%1", unbroken(unit))
                .replace("%2", unbroken(total or ""))
            )
        return unbroken(unit)

    def _set_facts(self, context: OrderContext | None) -> None:
        order = context.order if context is not None else None
        paid = None
        delivery = None
        tracking = None
        if order is not None:
            paid = format_money(order.paid or order.total_to_pay)
            method = display_text(order.delivery_method)
            point = display_text(order.pickup_point)
            cost = format_money(order.delivery_cost)
            delivery = " · ".join(p for p in (method, point, cost and unbroken(cost)) if p) or None
            tracking = self._tracking_lines(context)
        self.paid.setText(paid or "")
        self.delivery.setText(delivery or "")
        self._tooltip_if_clipped(self.delivery)
        self._set_parcels(tracking or [])
        for (caption, value), shown in zip(self._rows, (paid, delivery, tracking), strict=True):
            caption.setVisible(bool(shown))
            value.setVisible(bool(shown))
        self.facts.setVisible(any((paid, delivery, tracking)))

    def _set_parcels(self, lines: list[str]) -> None:
        while len(self._parcels) < len(lines):
            self._parcel_label(len(self._parcels))
        for index, label in enumerate(self._parcels):
            text = lines[index] if index < len(lines) else ""
            label.setText(text)
            label.setVisible(bool(text) or index == 0)

    def _tracking_lines(self, context: OrderContext | None) -> list[str] | None:
        if context is None or context.order is None:
            return None
        if context.shipments:
            return [self._parcel(s) for s in context.shipments]
        if context.shipments_unknown:
            return [self.tr("could not be read")]
        return [self.tr("not sent yet")]

    def _parcel(self, shipment: Shipment) -> str:
        number = display_text(shipment.waybill)
        carrier = display_text(shipment.carrier)
        return f"{number} ({carrier})" if carrier else number

    def _order_note(self, context: OrderContext | None) -> str | None:
        if context is None:
            return None
        status = context.status
        if status is ContextStatus.NO_PERMISSION:
            return self.tr("Order details need the orders permission: sign in again to grant it.")
        if status is ContextStatus.NOT_FOUND:
            return self.tr("Allegro no longer shows this order.")
        if status is ContextStatus.UNAVAILABLE:
            return self.tr("Order details could not be loaded.")
        if status is ContextStatus.CACHED and context.error is not None:
            return self.tr("Order as saved earlier.")
        return None

    def _offer_note(self, context: OfferContext | None) -> str | None:
        if context is None:
            return None
        if context.status is ContextStatus.NO_PERMISSION:
            return self.tr(
                "The offer's title and picture need the offers permission: "
                "sign in again to grant it."
            )
        return None

    def template_values(self) -> dict[str, str | None]:
        """What canned replies fill in for the issue on screen (None: not known yet)."""
        issue = self._issue
        if issue is None:
            return {}
        due = deadline(issue)
        title = display_text(self.offer.title) if self.offer is not None else ""
        if not title and self.order is not None:
            title = self._issue_item_title(self.order)
        return {
            "buyer": display_text(issue.buyer.login) or None,
            "reference": display_text(issue.reference_number) or None,
            "order": display_text(issue.checkout_form.id) or None,
            "offer_title": title or None,
            "deadline": timefmt.local_datetime(due.at) if due is not None else None,
        }

    @property
    def offer(self) -> ProductOffer | None:
        return self._offer.offer if self._offer is not None else None

    @property
    def order(self) -> Order | None:
        return self._order.order if self._order is not None else None
