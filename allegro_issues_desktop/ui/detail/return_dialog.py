"""Decide whether the buyer must send the product back: three choices, a message, a label PDF.

Allegro takes the seller's return decision as a chat message of one of three types
(``RETURN_REQUIRED_SELLER_LABEL``, ``RETURN_REQUIRED_CUSTOM``, ``RETURN_NOT_REQUIRED``); the
claim's ``returnRequired`` follows it. So the dialog only builds an
:class:`~...domain.outgoing.OutgoingMessage` and the panel hands it to the same outbox as the
composer: one way out for every message, the same "sending / not sent" bubbles, nothing sent
twice.

Each choice says in one sentence what the buyer will be asked to do. "I provide the label"
cannot be sent without the label: a PDF file that Allegro would take (checked by
:func:`~...domain.attachments.read_upload`, and by its first bytes). Nothing typed is lost: the
panel keeps the form per issue when the dialog is cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import Issue, MessageType
from ...domain.attachments import UploadRejected, read_upload, sniff_type, upload_problem
from ...domain.codes import MAX_MESSAGE_LENGTH
from ...domain.outgoing import OutgoingMessage
from ...domain.text import display_text
from .. import labels
from ..palette import OVERDUE
from .composer import attachment_problem, message_length
from .text import plain_label, plain_tooltip

#: The three decisions, in the order a seller weighs them.
RETURN_CHOICES: tuple[str, ...] = (
    MessageType.RETURN_REQUIRED_SELLER_LABEL,
    MessageType.RETURN_REQUIRED_CUSTOM,
    MessageType.RETURN_NOT_REQUIRED,
)
_PDF = "application/pdf"


@dataclass(frozen=True, slots=True)
class ReturnForm:
    """What the seller entered, kept when the dialog is cancelled."""

    choice: str | None = None
    message: str = ""
    label_path: str | None = None


def choice_explanation(choice: str) -> str:
    """One sentence: what the buyer will be asked to do."""
    translate = QCoreApplication.translate
    sentences: dict[str, str] = {
        MessageType.RETURN_REQUIRED_SELLER_LABEL: translate(
            "ReturnDecisionDialog",
            "The buyer is asked to send the product back with the prepaid return label"
            " you attach as a PDF.",
        ),
        MessageType.RETURN_REQUIRED_CUSTOM: translate(
            "ReturnDecisionDialog",
            "The buyer is asked to send the product back themselves, the way your message"
            " describes (address, carrier).",
        ),
        MessageType.RETURN_NOT_REQUIRED: translate(
            "ReturnDecisionDialog",
            "The buyer is told to keep the product: nothing needs to be sent back.",
        ),
    }
    return sentences.get(choice, "")


class ReturnDecisionDialog(QDialog):
    """Signals:
    decision_requested(OutgoingMessage): send this return decision (``account`` is empty:
        the window stamps it).

    Attributes:
    issue_id: the claim the decision is for.
    choice_buttons: one radio button per :data:`RETURN_CHOICES` value, by message type.
    """

    decision_requested = Signal(object)  # OutgoingMessage

    def __init__(
        self, issue: Issue, form: ReturnForm | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("returnDecisionDialog")
        self.setWindowTitle(self.tr("Decide on the return"))
        self.issue_id = issue.id or ""
        self._label_path: str | None = None

        self.context = plain_label(self, "returnContext", wrap=True)
        self.context.setText(self._context_text(issue))
        self.context.setStyleSheet("font-weight: 600;")
        intro = plain_label(self, "returnIntro", wrap=True)
        intro.setText(
            self.tr(
                "Does the buyer have to send the product back? Allegro shows your choice"
                " to the buyer together with your message."
            )
        )

        # Explanations line up with the choice's text, right of the radio indicator.
        style = self.style()
        indent = style.pixelMetric(style.PixelMetric.PM_ExclusiveIndicatorWidth) + 8
        # The label row: only for "I provide the label".
        self.label_row = QWidget(self)
        self.label_row.setObjectName("returnLabelRow")
        self.label_name = plain_label(self.label_row, "returnLabelFile")
        self.choose_button = QPushButton(self.tr("Choose the label PDF…"), self.label_row)
        self.choose_button.setObjectName("returnChooseLabel")
        self.remove_button = QPushButton(self.tr("Remove"), self.label_row)
        self.remove_button.setObjectName("returnRemoveLabel")
        row_layout = QHBoxLayout(self.label_row)
        row_layout.setContentsMargins(indent, 2, 0, 0)
        row_layout.addWidget(self.label_name, 1)
        row_layout.addWidget(self.choose_button)
        row_layout.addWidget(self.remove_button)

        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.choice_buttons: dict[str, QRadioButton] = {}
        choices = QVBoxLayout()
        choices.setSpacing(2)
        for row, choice in enumerate(RETURN_CHOICES):
            button = QRadioButton(labels.message_type_name(choice), self)
            button.setObjectName(f"returnChoice_{choice}")
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            explanation = plain_label(self, f"returnExplain_{choice}", wrap=True)
            explanation.setText(choice_explanation(choice))
            explanation.setIndent(indent)
            button.setAccessibleDescription(explanation.text())
            self.group.addButton(button)
            self.choice_buttons[choice] = button
            if row:
                choices.addSpacing(8)
            choices.addWidget(button)
            choices.addWidget(explanation)
            if choice == MessageType.RETURN_REQUIRED_SELLER_LABEL:
                choices.addWidget(self.label_row)  # the label belongs to this choice

        message_label = QLabel(self.tr("Message to the buyer (required)"), self)
        self.message = QPlainTextEdit(self)
        self.message.setObjectName("returnMessage")
        self.message.setPlaceholderText(
            self.tr("For example: where to send the parcel, or why no return is needed")
        )
        self.message.setTabChangesFocus(True)
        self.message.setAccessibleName(self.tr("Message to the buyer"))
        message_label.setBuddy(self.message)

        self.error = plain_label(self, "returnError", wrap=True)
        self.error.setStyleSheet(f"color: {OVERDUE.name()};")
        self.error.hide()

        self.buttons = QDialogButtonBox(self)
        self.submit_button = self.buttons.addButton(
            self.tr("Send return decision"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.submit_button.setObjectName("returnSubmit")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.context)
        layout.addWidget(intro)
        layout.addLayout(choices)
        layout.addSpacing(6)
        layout.addWidget(message_label)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.group.buttonToggled.connect(lambda _b, _on: self._update())
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.remove_button.clicked.connect(lambda: self.set_label_path(None))
        self.set_form(form or ReturnForm())
        self.setMinimumWidth(520)
        self.resize(580, 540)

    def _context_text(self, issue: Issue) -> str:
        reason = display_text(labels.reason_name(issue.reason.type if issue.reason else None))
        reference = display_text(issue.reference_number)
        buyer = display_text(issue.buyer.login)
        parts = [self.tr("Claim No. %1").replace("%1", reference) if reference else ""]
        parts.append(reason or display_text(issue.subject))
        if buyer:
            parts.append(self.tr("buyer %1").replace("%1", buyer))
        return " · ".join(p for p in parts if p)

    # -- form --------------------------------------------------------------------------------

    def choice(self) -> str | None:
        for choice, button in self.choice_buttons.items():
            if button.isChecked():
                return choice
        return None

    def set_choice(self, choice: str | None) -> None:
        button = self.choice_buttons.get(choice or "")
        if button is not None:
            button.setChecked(True)
            return
        self.group.setExclusive(False)  # the only way to uncheck every button
        for other in self.choice_buttons.values():
            other.setChecked(False)
        self.group.setExclusive(True)

    def label_path(self) -> str | None:
        return self._label_path

    def set_label_path(self, path: str | None) -> None:
        self._label_path = path or None
        self._update()

    def form(self) -> ReturnForm:
        return ReturnForm(self.choice(), self.message.toPlainText(), self._label_path)

    def set_form(self, form: ReturnForm) -> None:
        self.set_choice(form.choice)
        self.message.setPlainText(form.message)
        self._label_path = form.label_path
        self._update()

    def choose_file(self) -> str | None:
        """Ask for the label (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the return label"), "", self.tr("PDF files (*.pdf)")
        )
        return path or None

    def _on_choose_clicked(self) -> None:
        path = self.choose_file()
        if path:
            self.set_label_path(path)
            problem = self._label_problem()
            if problem is not None:
                self._show_error(problem)
            else:
                self.error.hide()

    def _update(self) -> None:
        needs_label = self.choice() == MessageType.RETURN_REQUIRED_SELLER_LABEL
        self.label_row.setVisible(needs_label)
        path = self._label_path
        if path:
            name = self.label_name.fontMetrics().elidedText(
                display_text(Path(path).name), Qt.TextElideMode.ElideMiddle, 260
            )
            self.label_name.setText(self.tr("Label: %1").replace("%1", name))
            self.label_name.setToolTip(plain_tooltip(path))
            self.label_name.setStyleSheet("")
        else:
            self.label_name.setText(self.tr("No label chosen yet"))
            self.label_name.setToolTip("")
            self.label_name.setStyleSheet("color: palette(placeholder-text);")
        self.remove_button.setVisible(bool(path))
        self.choose_button.setText(
            self.tr("Choose another PDF…") if path else self.tr("Choose the label PDF…")
        )

    # -- checks ------------------------------------------------------------------------------

    def _label_problem(self) -> str | None:
        path_text = self._label_path
        if not path_text:
            return self.tr(
                "Attach your return label as a PDF file: the buyer needs it to send the"
                " product back."
            )
        path = Path(path_text)
        name = display_text(path.name)
        if path.suffix.lower() != ".pdf":
            return self.tr("“%1” is not a PDF file. Choose the return label as a PDF.").replace(
                "%1", name
            )
        if upload_problem(path) is not None:
            return attachment_problem(path)
        try:
            upload = read_upload(path)
        except UploadRejected:
            return attachment_problem(path) or self.tr(
                "“%1” cannot be read. Check that the file still exists."
            ).replace("%1", name)
        if sniff_type(upload.data) != _PDF:
            return self.tr("“%1” is not a PDF file. Choose the return label as a PDF.").replace(
                "%1", name
            )
        return None

    def problem(self) -> str | None:
        """The first thing that stops the decision, as a sentence; None when it can go."""
        choice = self.choice()
        if choice is None:
            return self.tr("Choose whether the buyer has to send the product back.")
        if choice == MessageType.RETURN_REQUIRED_SELLER_LABEL:
            label_problem = self._label_problem()
            if label_problem is not None:
                return label_problem
        text = self.message.toPlainText()
        if not text.strip():
            return self.tr("Write a message to the buyer: Allegro sends it with your decision.")
        if message_length(text) > MAX_MESSAGE_LENGTH:
            return self.tr("The message is too long: Allegro accepts up to %1 characters.").replace(
                "%1", str(MAX_MESSAGE_LENGTH)
            )
        return None

    def outgoing(self) -> OutgoingMessage:
        choice = self.choice() or ""
        paths: tuple[str, ...] = ()
        if choice == MessageType.RETURN_REQUIRED_SELLER_LABEL and self._label_path:
            paths = (self._label_path,)
        return OutgoingMessage(
            account="",  # the window stamps the account that owns the issue
            issue_id=self.issue_id,
            text=self.message.toPlainText().strip(),
            message_type=choice,
            attachment_paths=paths,
        )

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def submit(self) -> None:
        problem = self.problem()
        if problem is not None:
            self._show_error(problem)
            return
        self.error.hide()
        self.decision_requested.emit(self.outgoing())
        self.accept()
