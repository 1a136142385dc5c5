"""Facts of one issue in a compact two-column grid: buyer, order, offer, dates, claim details.

Text from the buyer or Allegro is plain text. The one link (the offer page) is built by the app
from the offer id, escaped, and opened only when clicked.

One-line values end in "…" when the column is too narrow (the full value in a tooltip, and in
the label's text for copying); longer texts wrap. No value widens the window.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontMetrics
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ...domain import Attachment, Issue
from ...domain.text import display_body, display_text
from .. import labels, timefmt
from ..elided_label import ElidedLabel, FittedLabel
from .money import format_money
from .text import mnemonic_safe, plain_label, plain_tooltip

_OFFER_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def offer_url(offer_id: str | None) -> QUrl | None:
    """The public offer page; None for ids that do not look like ids (never build odd URLs)."""
    if not offer_id or not _OFFER_ID.match(offer_id):
        return None
    return QUrl(f"https://allegro.pl/oferta/{offer_id}")


class OfferLabel(FittedLabel):
    """The offer: an app-built link (rich text), or an odd id shown as plain text.

    Either way the shown words are elided to the label's width. The link's words are built by
    the app from a checked offer id and a translation; an odd id (which may come from anyone)
    only ever goes into plain text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._url: QUrl | None = None
        self._words = ""

    def show_link(self, url: QUrl, words: str) -> None:
        self._url, self._words = url, words
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setToolTip(url.toString())
        self._fit()

    def show_plain(self, text: str) -> None:
        self._url, self._words = None, text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip("")
        self._fit()

    def full_text(self) -> str:
        """The words shown when there is room for all of them."""
        return self._words

    def sizeHint(self) -> QSize:
        # The width of all the words, elided or not (the shown text may be the elided one).
        hint = super().sizeHint()
        width = QFontMetrics(self.font()).horizontalAdvance(self._words) + 2 * self.margin()
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right() + 1, hint.height())

    def _fit(self) -> None:
        shown = self.fitted(self._words)
        if self._url is None:
            text = shown
            self.setToolTip(plain_tooltip(self._words) if shown != self._words else "")
        else:
            text = f'<a href="{html.escape(self._url.toString())}">{html.escape(shown)}</a>'
        if text != self.text():
            self.setText(text)


class FactsView(QWidget):
    attachment_open_requested = Signal(str, str)  # url, file name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueFacts")
        self._offer_url: QUrl | None = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(5)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.grid.setColumnMinimumWidth(2, 0)

        self.buyer = self._line("factBuyer", selectable=True)
        self.order = self._line("factOrder", selectable=True)
        self.offer = OfferLabel(self)
        self.offer.setObjectName("factOffer")
        # App-built link, escaped text; opened by us on click, never automatically.
        self.offer.setTextFormat(Qt.TextFormat.RichText)
        self.offer.setOpenExternalLinks(False)
        self.offer.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.offer.linkActivated.connect(self._on_offer_link_activated)
        self.opened = self._line("factOpened")
        self.expectation = self._value("factExpectation", wrap=True)
        self.right = self._line("factRight")
        self.reason = self._value("factReason", wrap=True, selectable=True)
        self.description = self._value("factDescription", wrap=True, selectable=True)
        self.attachments = QWidget(self)
        self.attachments.setObjectName("factAttachments")
        self.attachments_layout = QHBoxLayout(self.attachments)
        self.attachments_layout.setContentsMargins(0, 0, 0, 0)
        self.attachments_layout.setSpacing(4)

        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        self._pair(0, 0, "buyer", self.tr("Buyer"), self.buyer)
        self._pair(0, 2, "opened", self.tr("Opened"), self.opened)
        self._pair(1, 0, "offer", self.tr("Offer"), self.offer)
        self._pair(1, 2, "right", self.tr("Right"), self.right)
        # Full width: an order id is a 36-character UUID that cannot wrap.
        self._pair(2, 0, "order", self.tr("Order"), self.order, span=3)
        self._pair(3, 0, "expectation", self.tr("Buyer expects"), self.expectation, span=3)
        self._pair(4, 0, "reason", self.tr("Reason details"), self.reason, span=3)
        self._pair(5, 0, "description", self.tr("Description"), self.description, span=3)
        self._pair(6, 0, "attachments", self.tr("Attachments"), self.attachments, span=3)

    def _value(self, name: str, *, wrap: bool = False, selectable: bool = False) -> QLabel:
        label = plain_label(self, name, wrap=wrap)
        if selectable:
            self._selectable(label)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def _line(self, name: str, *, selectable: bool = False) -> ElidedLabel:
        """A one-line value: elided with "…" when narrow (the full value in its tooltip)."""
        label = ElidedLabel(self, name)
        if selectable:
            self._selectable(label)
        return label

    @staticmethod
    def _selectable(label: QLabel) -> None:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def _pair(
        self, row: int, col: int, key: str, caption: str, value: QWidget, span: int = 1
    ) -> None:
        label = plain_label(self, f"{key}Caption")
        label.setText(caption)
        label.setStyleSheet("color: palette(placeholder-text);")
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(label, row, col, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(value, row, col + 1, 1, span)
        self._rows[key] = (label, value)

    def _show(self, key: str, visible: bool) -> None:
        label, value = self._rows[key]
        label.setVisible(visible)
        value.setVisible(visible)

    def _set(self, key: str, label: QLabel, text: str | None) -> None:
        label.setText(text or "")
        self._show(key, bool(text))

    def set_issue(self, issue: Issue) -> None:
        self._set("buyer", self.buyer, display_text(issue.buyer.login))
        self._set("order", self.order, display_text(issue.checkout_form.id))
        self._set_offer(issue.offer.id if issue.offer else None)
        self._set(
            "opened",
            self.opened,
            timefmt.local_datetime(issue.opened_date) if issue.opened_date else None,
        )
        self._set("expectation", self.expectation, self._expectations(issue))
        self._set("right", self.right, display_text(labels.right_name(issue.right)))
        # The reason's name is the header's title; here only the buyer's own words about it.
        reason = display_body(issue.reason.description if issue.reason else None)
        self._set("reason", self.reason, reason)
        description = display_body(issue.description)
        self.description.setText(description)
        self._show("description", bool(description))
        self._set_attachments(issue.attachments)

    def _expectations(self, issue: Issue) -> str | None:
        parts = []
        for expectation in issue.expectations:
            name = display_text(labels.expectation_name(expectation.name))
            amount = format_money(expectation.refund)
            parts.append(f"{name} · {amount}" if amount else name)
        return ", ".join(parts) or None

    def _set_offer(self, offer_id: str | None) -> None:
        url = offer_url(offer_id)
        self._offer_url = url
        if url is None:
            # An id we would not build a link from is still shown, as plain text.
            self.offer.show_plain(display_text(offer_id))
            self._show("offer", bool(offer_id))
            return
        self.offer.show_link(url, self.tr("%1 – open on Allegro").replace("%1", offer_id or ""))
        self._show("offer", True)

    def _on_offer_link_activated(self, _link: str) -> None:
        # Open the URL we built, not whatever the label reports.
        if self._offer_url is not None:
            QDesktopServices.openUrl(self._offer_url)

    def _set_attachments(self, attachments: tuple[Attachment, ...]) -> None:
        while self.attachments_layout.count():
            item = self.attachments_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for attachment in attachments:
            name = display_text(attachment.file_name) or self.tr("attachment")
            button = QPushButton(mnemonic_safe(name), self.attachments)
            button.setObjectName("issueAttachment")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(plain_tooltip(self.tr("Open %1").replace("%1", name)))
            button.setStyleSheet(
                "QPushButton#issueAttachment { color: palette(link); text-decoration: underline;"
                " border: none; padding: 0 6px 0 0; text-align: left; }"
            )
            button.setEnabled(bool(attachment.url))
            url = attachment.url or ""
            button.clicked.connect(
                lambda _=False, u=url, n=name: self.attachment_open_requested.emit(u, n)
            )
            self.attachments_layout.addWidget(button)
        self.attachments_layout.addStretch(1)
        self._show("attachments", bool(attachments))
