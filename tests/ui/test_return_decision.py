"""Acting on a claim: the return decision as an action, the verdict's review step, and why the
chat cannot be written to (banner and compact composer)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from allegro_issues_desktop.domain.outgoing import FailReason, OutboxState
from allegro_issues_desktop.store.drafts import DraftStore
from allegro_issues_desktop.ui.detail import IssueDetailPanel, OutgoingMessage, VerdictDialog
from allegro_issues_desktop.ui.detail.return_dialog import ReturnDecisionDialog, ReturnForm
from allegro_issues_desktop.ui.detail.verdict_dialog import VerdictForm
from tests.ui.test_detail_data import make_chat, make_issue, shown_panel

CLAIM = "c1a1m000-0000-4000-8000-000000000007"
PDF_BYTES = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def panel(qtbot, tmp_path: Path, monkeypatch) -> IssueDetailPanel:
    # Showing a dialog offscreen makes Qt warn about size hints; the flow does not need it shown.
    monkeypatch.setattr(ReturnDecisionDialog, "open", lambda self: None)
    monkeypatch.setattr(VerdictDialog, "open", lambda self: None)
    return shown_panel(qtbot, DraftStore(tmp_path / "drafts"))


@pytest.fixture
def label_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "etykieta-zwrotna.pdf"
    path.write_bytes(PDF_BYTES)
    return path


def return_button(panel: IssueDetailPanel) -> QPushButton:
    button = panel.findChild(QPushButton, "returnDecisionButton")
    assert button is not None
    return button


def open_dialog(panel: IssueDetailPanel, qtbot) -> ReturnDecisionDialog:
    qtbot.mouseClick(return_button(panel), Qt.MouseButton.LeftButton)
    dialog = panel.findChild(ReturnDecisionDialog)
    assert dialog is not None
    return dialog


# ------------------------------------------------------------------------- the header action


@pytest.mark.parametrize(
    ("kind", "status", "required", "visible"),
    [
        ("CLAIM", "CLAIM_SUBMITTED", None, True),
        ("CLAIM", "CLAIM_SUBMITTED", True, False),
        ("CLAIM", "CLAIM_SUBMITTED", False, False),
        ("CLAIM", "CLAIM_ACCEPTED", None, False),  # closed: history, not a task
        ("DISPUTE", "DISPUTE_ONGOING", None, False),
    ],
)
def test_return_action_only_for_open_claims_without_a_decision(
    panel, kind, status, required, visible
) -> None:
    panel.show_issue(make_issue(CLAIM, kind=kind, status=status, return_required=required))
    assert return_button(panel).isVisible() is visible
    assert (panel.open_return_dialog() is not None) is visible


def test_return_action_disabled_while_allegro_stopped_the_chat(panel) -> None:
    panel.show_issue(make_issue(CLAIM, chat_active=False))
    button = return_button(panel)
    assert button.isVisible() and not button.isEnabled()
    assert "does not accept messages" in button.toolTip()
    panel.show_issue(make_issue(CLAIM, chat_active=True))
    assert button.isEnabled()


# ------------------------------------------------------------------------------- the dialog


@pytest.fixture
def dialog(qtbot) -> ReturnDecisionDialog:
    widget = ReturnDecisionDialog(make_issue(CLAIM))
    qtbot.addWidget(widget)
    return widget


def test_every_choice_is_explained(dialog: ReturnDecisionDialog) -> None:
    for choice in ("RETURN_REQUIRED_SELLER_LABEL", "RETURN_REQUIRED_CUSTOM", "RETURN_NOT_REQUIRED"):
        explanation = dialog.findChild(QLabel, f"returnExplain_{choice}")
        assert explanation is not None and explanation.text().startswith("The buyer is ")
        assert explanation.text().endswith(".")
    assert "4821/2026" in dialog.context.text() and "kasia_zakupy" in dialog.context.text()


def test_nothing_chosen_or_no_message_is_not_sent(dialog: ReturnDecisionDialog, qtbot) -> None:
    dialog.message.setPlainText("Proszę odesłać.")
    with qtbot.assertNotEmitted(dialog.decision_requested):
        dialog.submit()
    assert dialog.error.text() == "Choose whether the buyer has to send the product back."
    dialog.set_choice("RETURN_REQUIRED_CUSTOM")
    dialog.message.setPlainText("  ")
    with qtbot.assertNotEmitted(dialog.decision_requested):
        dialog.submit()
    assert dialog.error.text().startswith("Write a message to the buyer")


def test_seller_label_needs_a_real_pdf(
    dialog: ReturnDecisionDialog, qtbot, tmp_path: Path, label_pdf: Path
) -> None:
    dialog.set_choice("RETURN_REQUIRED_SELLER_LABEL")
    assert not dialog.label_row.isHidden()
    dialog.message.setPlainText("Etykieta w załączniku.")
    with qtbot.assertNotEmitted(dialog.decision_requested):
        dialog.submit()
    assert dialog.error.text() == (
        "Attach your return label as a PDF file: the buyer needs it to send the product back."
    )
    picture = tmp_path / "label.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 50)
    disguised = tmp_path / "label-really-a-png.pdf"
    disguised.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 50)
    for wrong in (picture, disguised, tmp_path / "gone.pdf"):
        dialog.set_label_path(str(wrong))
        with qtbot.assertNotEmitted(dialog.decision_requested):
            dialog.submit()
        assert wrong.name in dialog.error.text()
    assert dialog.message.toPlainText() == "Etykieta w załączniku."  # never lost

    dialog.choose_file = lambda: str(label_pdf)  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.label_name.text() == "Label: etykieta-zwrotna.pdf"
    with qtbot.waitSignal(dialog.decision_requested) as blocker:
        dialog.submit()
    outgoing = blocker.args[0]
    assert isinstance(outgoing, OutgoingMessage)
    assert (outgoing.account, outgoing.issue_id) == ("", CLAIM)
    assert outgoing.message_type == "RETURN_REQUIRED_SELLER_LABEL"
    assert outgoing.attachment_paths == (str(label_pdf),)
    assert outgoing.text == "Etykieta w załączniku."


@pytest.mark.parametrize("choice", ["RETURN_REQUIRED_CUSTOM", "RETURN_NOT_REQUIRED"])
def test_other_choices_send_no_label(
    dialog: ReturnDecisionDialog, qtbot, choice: str, label_pdf: Path
) -> None:
    dialog.set_choice("RETURN_REQUIRED_SELLER_LABEL")
    dialog.set_label_path(str(label_pdf))  # chosen, then the seller changed their mind
    dialog.set_choice(choice)
    assert dialog.label_row.isHidden()
    dialog.message.setPlainText(" Decyzja w sprawie zwrotu. ")
    with qtbot.waitSignal(dialog.decision_requested) as blocker:
        dialog.submit()
    outgoing = blocker.args[0]
    assert outgoing.message_type == choice
    assert outgoing.attachment_paths == ()
    assert outgoing.text == "Decyzja w sprawie zwrotu."


def test_form_round_trip(dialog: ReturnDecisionDialog) -> None:
    form = ReturnForm("RETURN_NOT_REQUIRED", "tekst", "/tmp/x.pdf")
    dialog.set_form(form)
    assert dialog.form() == form
    dialog.set_form(ReturnForm())
    assert dialog.choice() is None


# --------------------------------------------------------------------- through the panel


def test_cancel_keeps_what_was_typed(panel, qtbot) -> None:
    panel.show_issue(make_issue(CLAIM))
    first = open_dialog(panel, qtbot)
    first.set_choice("RETURN_REQUIRED_CUSTOM")
    first.message.setPlainText("Proszę odesłać na adres sklepu.")
    first.reject()
    second = panel.open_return_dialog()
    assert second is not None and second is not first
    assert second.choice() == "RETURN_REQUIRED_CUSTOM"
    assert second.message.toPlainText() == "Proszę odesłać na adres sklepu."


def test_decision_goes_the_composers_way(panel, qtbot) -> None:
    panel.show_issue(make_issue(CLAIM))
    panel.show_chat(CLAIM, make_chat(3))
    dialog = open_dialog(panel, qtbot)
    dialog.set_choice("RETURN_NOT_REQUIRED")
    dialog.message.setPlainText("Proszę zatrzymać produkt.")
    with qtbot.waitSignal(panel.send_requested) as blocker:
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    outgoing = blocker.args[0]
    assert outgoing.message_type == "RETURN_NOT_REQUIRED"
    # A bubble at once, like a message from the composer.
    last = list(panel.chat.model.rows())[-1]
    assert last.pending is not None and last.pending.outgoing.local_id == outgoing.local_id
    button = return_button(panel)
    assert button.text() == "Return decision sent" and not button.isEnabled()
    # Sent, and the text is on its bubble: a new dialog starts empty.
    panel.show_outgoing(outgoing.with_state(OutboxState.FAILED, FailReason.REJECTED), None)
    assert button.isEnabled() and button.text() == "Decide on the return…"
    reopened = panel.open_return_dialog()
    assert reopened is not None and reopened.message.toPlainText() == ""
    reopened.reject()
    panel.show_issue(make_issue(CLAIM, return_required=False))  # Allegro took a decision
    assert not button.isVisible()


# ------------------------------------------------------------------------- the verdict step


def test_verdict_review_restates_the_claim_and_sends_only_on_confirm(panel, qtbot) -> None:
    panel.show_issue(make_issue(CLAIM))  # expects a partial refund of 49.99 PLN
    dialog = panel.open_verdict_dialog()
    assert dialog is not None
    dialog.set_form(VerdictForm("ACCEPTED_PARTIAL_REFUND", "Zwracam część.", Decimal("20")))
    with qtbot.assertNotEmitted(panel.verdict_requested):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.on_review_page()
    review = {key: label.text() for key, label in dialog.review.items()}
    assert review["claim"] == "No. 4821/2026 · Product damaged, parcel intact"
    assert review["buyer"] == "kasia_zakupy"
    assert review["expects"] == "Partial refund · 49.99 PLN"
    assert review["decision"] == "Accept: partial refund"
    assert review["amount"] == "20.00 PLN"
    assert review["message"] == "Zwracam część."
    assert dialog.confirm_button.text() == "Accept claim"

    with qtbot.assertNotEmitted(panel.verdict_requested):
        qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert not dialog.on_review_page()
    dialog.submit()
    with qtbot.waitSignal(panel.verdict_requested) as blocker:
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].verdict == "ACCEPTED_PARTIAL_REFUND"
    assert dialog.result() == VerdictDialog.DialogCode.Accepted


def test_rejection_review_names_the_button_and_hides_the_amount(panel, qtbot) -> None:
    panel.show_issue(make_issue(CLAIM))
    dialog = panel.open_verdict_dialog()
    assert dialog is not None
    dialog.set_form(VerdictForm("REJECTED_MINOR_DEFECT", "Wada nieistotna.", None))
    dialog.confirm()  # not from the form page
    assert dialog.result() == 0
    dialog.submit()
    assert dialog.confirm_button.text() == "Reject claim"
    assert dialog.review["amount"].isHidden()


# -------------------------------------------------------------------- why writing is closed


def banner(panel: IssueDetailPanel) -> QLabel:
    label = panel.findChild(QLabel, "chatDisabledBanner")
    assert label is not None
    return label


@pytest.mark.parametrize(
    ("kw", "reason", "start"),
    [
        (
            {"status": "CLAIM_REJECTED", "chat_active": False},
            "closed",
            "This claim is closed, so Allegro does not accept new messages.",
        ),
        (
            {"chat_active": False},
            "stopped",
            "Allegro has stopped the chat while the claim is still open",
        ),
        (
            {"kind": "DISPUTE", "chat_active": False},
            "stopped",
            "Allegro has stopped the chat while the discussion is still open",
        ),
    ],
)
def test_banner_says_why(panel, kw, reason, start) -> None:
    panel.show_issue(make_issue(CLAIM, **kw))
    label = banner(panel)
    assert label.isVisible() and label.text().startswith(start)
    assert label.property("reason") == reason
    icon = panel.findChild(QLabel, "chatDisabledIcon")
    assert icon is not None and icon.isVisible() and not icon.pixmap().isNull()


def test_banner_after_a_409_and_compact_composer(panel) -> None:
    issue = make_issue(CLAIM)
    panel.show_issue(issue)
    composer = panel.chat.composer
    full = composer.editor.height()
    assert not composer.is_compact() and not banner(panel).isVisible()
    composer.editor.setPlainText("moja odpowiedź")
    panel.set_chat_closed_by_server(issue)  # the re-read still says chatActive: true
    label = banner(panel)
    assert label.property("reason") == "refused"
    assert label.text().startswith("Allegro refused your message just now")
    assert composer.is_compact() and composer.editor.height() < full / 2
    assert composer.text() == "moja odpowiedź"
    assert not composer.attach_button.isVisible()
    panel.show_issue(make_issue(CLAIM, return_required=True))  # the state moved on: writable
    assert not composer.is_compact() and composer.editor.height() == full
    assert composer.attach_button.isVisible()
    assert not banner(panel).isVisible()
