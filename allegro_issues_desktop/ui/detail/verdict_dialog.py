"""Decide on a claim: a verdict, a message to the buyer and, for a partial refund, the amount.

Two steps: the form, then a review page that restates the claim, the buyer, what the buyer
expects and the amount in plain text beside the decision, with "Accept claim" / "Reject claim"
as the only way to send (a verdict cannot be taken back). "Back" returns to the form unchanged.

The dialog never loses input: validation problems are shown as sentences and the dialog stays
open; the panel keeps the last form per issue so reopening after a failure restores it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import ClaimVerdict, Issue, Money
from ...domain.codes import MAX_MESSAGE_LENGTH
from ...domain.text import display_text
from .. import labels
from ..palette import OVERDUE
from .composer import message_length
from .money import format_money
from .requests import VerdictRequest
from .text import plain_label

_ACCEPTED = [v for v in ClaimVerdict if v.startswith("ACCEPTED_")]
_REJECTED = [v for v in ClaimVerdict if v.startswith("REJECTED_")]
_CENT = Decimal("0.01")
_REVIEW_MESSAGE_CHARS = 600


@dataclass(frozen=True, slots=True)
class VerdictForm:
    """What the seller entered, kept across a failed attempt."""

    verdict: str | None = None
    message: str = ""
    amount: Decimal | None = None


def expected_refund(issue: Issue) -> Money | None:
    """The largest refund the buyer asked for, if they named one."""
    refunds = [
        e.refund for e in issue.expectations if e.refund is not None and e.refund.amount is not None
    ]
    return max(refunds, key=lambda m: m.amount or Decimal(0), default=None)


def expectations_text(issue: Issue) -> str:
    parts = []
    for expectation in issue.expectations:
        name = display_text(labels.expectation_name(expectation.name))
        amount = format_money(expectation.refund)
        parts.append(f"{name} · {amount}" if amount else name)
    return ", ".join(parts)


class VerdictDialog(QDialog):
    """Signals:
    verdict_requested(VerdictRequest): sent only from the review page's confirm button.

    Attributes:
    pages: the form (``form_page``) and the review (``review_page``).
    review: the restated facts by name (claim, buyer, expects, decision, amount, message).
    """

    verdict_requested = Signal(object)  # VerdictRequest

    def __init__(
        self, issue: Issue, form: VerdictForm | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verdictDialog")
        self.setWindowTitle(self.tr("Decide on the claim"))
        self.issue_id = issue.id or ""
        self.issue = issue
        self.expected = expected_refund(issue)
        self.currency = (self.expected.currency if self.expected else None) or "PLN"

        intro = QLabel(
            self.tr(
                "Allegro tells the buyer about your decision right away, with your message."
                " A decision cannot be changed later."
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)

        self.verdict_box = QComboBox(self)
        self.verdict_box.setObjectName("verdictChoice")
        self.verdict_box.addItem(self.tr("Choose a decision…"), None)
        for verdict in _ACCEPTED:
            self.verdict_box.addItem(labels.verdict_name(verdict), str(verdict))
        self.verdict_box.insertSeparator(self.verdict_box.count())
        for verdict in _REJECTED:
            self.verdict_box.addItem(labels.verdict_name(verdict), str(verdict))

        self.amount = QDoubleSpinBox(self)
        self.amount.setObjectName("verdictAmount")
        self.amount.setDecimals(2)
        self.amount.setRange(0.0, 10_000_000.0)
        self.amount.setSingleStep(1.0)
        self.amount.setSuffix(f" {self.currency}")
        self.amount.setAccessibleName(self.tr("Amount to refund"))
        self.amount_hint = QLabel(self)
        self.amount_hint.setTextFormat(Qt.TextFormat.PlainText)
        expected_text = format_money(self.expected)
        if expected_text:
            self.amount_hint.setText(
                self.tr("The buyer asked for %1.").replace("%1", expected_text)
            )

        self.message = QPlainTextEdit(self)
        self.message.setObjectName("verdictMessage")
        self.message.setPlaceholderText(self.tr("Explain your decision to the buyer"))
        self.message.setTabChangesFocus(True)

        self.error = QLabel(self)
        self.error.setObjectName("verdictError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {OVERDUE.name()};")
        self.error.hide()

        self.buttons = QDialogButtonBox(self)
        self.submit_button = self.buttons.addButton(
            self.tr("Review decision…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.submit_button.setObjectName("verdictSubmit")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.form_layout = QFormLayout()
        self.form_layout.addRow(self.tr("Decision"), self.verdict_box)
        self.form_layout.addRow(self.tr("Refund"), self.amount)
        self.form_layout.addRow("", self.amount_hint)
        self.form_layout.addRow(self.tr("Message"), self.message)

        self.form_page = QWidget(self)
        form_page_layout = QVBoxLayout(self.form_page)
        form_page_layout.setContentsMargins(0, 0, 0, 0)
        form_page_layout.addWidget(intro)
        form_page_layout.addLayout(self.form_layout)
        form_page_layout.addWidget(self.error)
        form_page_layout.addWidget(self.buttons)

        self.review_page = self._build_review_page()
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self.review_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.verdict_box.currentIndexChanged.connect(self._update_amount_row)
        self.set_form(form or VerdictForm())
        self.resize(480, 360)

    def _build_review_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("verdictReviewPage")
        heading = plain_label(page, "verdictReviewHeading", wrap=True)
        heading.setText(
            self.tr(
                "Check before you send: Allegro tells the buyer at once, and the decision"
                " cannot be changed later."
            )
        )
        heading.setStyleSheet("font-weight: 600;")
        self.review: dict[str, QLabel] = {}
        grid = QFormLayout()
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            ("claim", self.tr("Claim")),
            ("buyer", self.tr("Buyer")),
            ("expects", self.tr("Buyer expects")),
            ("decision", self.tr("Your decision")),
            ("amount", self.tr("You refund")),
            ("message", self.tr("Your message")),
        )
        for key, title in rows:
            label = plain_label(page, f"verdictReview_{key}", wrap=True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.review[key] = label
            grid.addRow(title, label)
        self.review_grid = grid
        self.review_buttons = QDialogButtonBox(page)
        self.back_button = self.review_buttons.addButton(
            self.tr("Back"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.back_button.setObjectName("verdictBack")
        self.confirm_button = self.review_buttons.addButton(
            self.tr("Accept claim"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm_button.setObjectName("verdictConfirm")
        self.review_buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.back_button.clicked.connect(self.back)
        self.review_buttons.accepted.connect(self.confirm)
        self.review_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.review_buttons)
        return page

    def _fill_review(self) -> None:
        issue = self.issue
        form = self.form()
        reference = display_text(issue.reference_number)
        reason = display_text(labels.reason_name(issue.reason.type if issue.reason else None))
        claim = [self.tr("No. %1").replace("%1", reference) if reference else "", reason]
        self.review["claim"].setText(" · ".join(p for p in claim if p) or "—")
        self.review["buyer"].setText(display_text(issue.buyer.login) or "—")
        self.review["expects"].setText(expectations_text(issue) or "—")
        self.review["decision"].setText(labels.verdict_name(form.verdict or ""))
        partial = form.verdict == ClaimVerdict.ACCEPTED_PARTIAL_REFUND
        if partial and form.amount is not None:
            amount = format_money(Money(form.amount, self.currency)) or ""
            self.review["amount"].setText(amount)
        self.review_grid.setRowVisible(self.review["amount"], partial)
        message = form.message.strip()
        if len(message) > _REVIEW_MESSAGE_CHARS:  # the whole text goes; the review shows a part
            message = message[:_REVIEW_MESSAGE_CHARS].rstrip() + "…"
        self.review["message"].setText(message)
        accepting = (form.verdict or "").startswith("ACCEPTED_")
        self.confirm_button.setText(
            self.tr("Accept claim") if accepting else self.tr("Reject claim")
        )

    def on_review_page(self) -> bool:
        return self.pages.currentWidget() is self.review_page

    def back(self) -> None:
        self.pages.setCurrentWidget(self.form_page)
        self.message.setFocus()

    def confirm(self) -> None:
        """The irreversible step: only from the review page, and only if the form still holds."""
        if not self.on_review_page():
            return
        problem = self.problem()
        if problem is not None:  # cannot happen from the UI; keep the form and say why
            self.back()
            self.error.setText(problem)
            self.error.show()
            return
        self.verdict_requested.emit(self.request())
        self.accept()

    # -- form --------------------------------------------------------------------------------

    def verdict(self) -> str | None:
        data = self.verdict_box.currentData()
        return data if isinstance(data, str) else None

    def form(self) -> VerdictForm:
        value = Decimal(str(self.amount.value())).quantize(_CENT, rounding=ROUND_HALF_UP)
        return VerdictForm(self.verdict(), self.message.toPlainText(), value or None)

    def set_form(self, form: VerdictForm) -> None:
        index = self.verdict_box.findData(form.verdict) if form.verdict else 0
        self.verdict_box.setCurrentIndex(max(index, 0))
        self.message.setPlainText(form.message)
        self.amount.setValue(float(form.amount) if form.amount is not None else 0.0)
        self._update_amount_row()

    def _update_amount_row(self) -> None:
        partial = self.verdict() == ClaimVerdict.ACCEPTED_PARTIAL_REFUND
        self.form_layout.setRowVisible(self.amount, partial)
        self.form_layout.setRowVisible(self.amount_hint, partial and bool(self.amount_hint.text()))

    def problem(self) -> str | None:
        """The first thing that stops the decision, as a sentence; None when it can go."""
        form = self.form()
        if form.verdict is None:
            return self.tr("Choose a decision.")
        if form.verdict == ClaimVerdict.ACCEPTED_PARTIAL_REFUND:
            if form.amount is None or form.amount <= 0:
                return self.tr("Enter the amount to refund (more than 0).")
            limit = self.expected.amount if self.expected else None
            if limit is not None and form.amount > limit:
                return self.tr(
                    "The partial refund cannot be more than the buyer asked for (%1)."
                ).replace("%1", format_money(self.expected) or str(limit))
        if not form.message.strip():
            return self.tr("Write a message to the buyer that explains your decision.")
        if message_length(form.message) > MAX_MESSAGE_LENGTH:
            return self.tr("The message is too long: Allegro accepts up to %1 characters.").replace(
                "%1", str(MAX_MESSAGE_LENGTH)
            )
        return None

    def request(self) -> VerdictRequest:
        form = self.form()
        refund = None
        if form.verdict == ClaimVerdict.ACCEPTED_PARTIAL_REFUND:
            refund = Money(form.amount, self.currency)
        return VerdictRequest(self.issue_id, form.verdict or "", form.message.strip(), refund)

    def submit(self) -> None:
        """Check the form; when it holds, show the review page (nothing is sent yet)."""
        problem = self.problem()
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            return
        self.error.hide()
        self._fill_review()
        self.pages.setCurrentWidget(self.review_page)
        self.confirm_button.setFocus()
