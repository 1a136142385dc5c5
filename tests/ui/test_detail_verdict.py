"""VerdictDialog validation and the panel's verdict flow."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from allegro_issues_desktop.domain import Money
from allegro_issues_desktop.store.drafts import DraftStore
from allegro_issues_desktop.ui.detail import VerdictDialog, VerdictForm, VerdictRequest
from tests.ui.test_detail_data import make_issue, shown_panel


@pytest.fixture
def dialog(qtbot) -> VerdictDialog:
    widget = VerdictDialog(make_issue("claim-1"))  # expects a partial refund of 49.99 PLN
    qtbot.addWidget(widget)
    return widget


def choose(dialog: VerdictDialog, verdict: str) -> None:
    dialog.verdict_box.setCurrentIndex(dialog.verdict_box.findData(verdict))


def test_nothing_chosen(dialog: VerdictDialog) -> None:
    dialog.submit()
    assert dialog.error.text() == "Choose a decision."
    assert dialog.result() == 0


def test_partial_refund_requires_an_amount(dialog: VerdictDialog, qtbot) -> None:
    choose(dialog, "ACCEPTED_PARTIAL_REFUND")
    dialog.message.setPlainText("Proponuję częściowy zwrot.")
    assert not dialog.amount.isHidden()
    with qtbot.assertNotEmitted(dialog.verdict_requested):
        dialog.submit()
    assert dialog.error.text() == "Enter the amount to refund (more than 0)."
    assert dialog.message.toPlainText() == "Proponuję częściowy zwrot."  # kept

    dialog.amount.setValue(60.0)
    with qtbot.assertNotEmitted(dialog.verdict_requested):
        dialog.submit()
    assert "more than the buyer asked for" in dialog.error.text()

    dialog.amount.setValue(20.0)
    with qtbot.assertNotEmitted(dialog.verdict_requested):
        dialog.submit()  # to the review page only
    assert dialog.on_review_page()
    assert dialog.review["amount"].text() == "20.00 PLN"
    with qtbot.waitSignal(dialog.verdict_requested) as blocker:
        dialog.confirm()
    request = blocker.args[0]
    assert request == VerdictRequest(
        "claim-1",
        "ACCEPTED_PARTIAL_REFUND",
        "Proponuję częściowy zwrot.",
        Money(Decimal("20.00"), "PLN"),
    )


def test_message_is_required(dialog: VerdictDialog, qtbot) -> None:
    choose(dialog, "REJECTED_MINOR_DEFECT")
    assert dialog.amount.isHidden()
    dialog.message.setPlainText("   ")
    dialog.submit()
    assert "message" in dialog.error.text()
    dialog.message.setPlainText("Wada jest nieistotna.")
    dialog.submit()
    assert dialog.confirm_button.text() == "Reject claim"
    with qtbot.waitSignal(dialog.verdict_requested) as blocker:
        dialog.confirm()
    assert blocker.args[0].partial_refund is None
    assert blocker.args[0].verdict == "REJECTED_MINOR_DEFECT"


def test_form_round_trip(dialog: VerdictDialog) -> None:
    form = VerdictForm("ACCEPTED_PARTIAL_REFUND", "tekst", Decimal("12.50"))
    dialog.set_form(form)
    assert dialog.form() == form


def test_panel_keeps_the_form_after_cancel(qtbot, tmp_path: Path, monkeypatch) -> None:
    # Showing a dialog offscreen makes Qt warn about size hints; the flow does not need it shown.
    monkeypatch.setattr(VerdictDialog, "open", lambda self: None)
    panel = shown_panel(qtbot, DraftStore(tmp_path / "drafts"))
    panel.show_issue(make_issue("claim-1"))
    first = panel.open_verdict_dialog()
    assert first is not None
    choose(first, "ACCEPTED_REFUND")
    first.message.setPlainText("Zwracam całość.")
    first.reject()
    second = panel.open_verdict_dialog()
    assert second is not None and second is not first
    assert second.verdict() == "ACCEPTED_REFUND"
    assert second.message.toPlainText() == "Zwracam całość."
    second.submit()
    with qtbot.waitSignal(panel.verdict_requested) as blocker:
        second.confirm()
    assert blocker.args[0].issue_id == "claim-1"


def test_no_dialog_for_decided_claims(qtbot, tmp_path: Path) -> None:
    panel = shown_panel(qtbot, DraftStore(tmp_path / "drafts"))
    panel.show_issue(make_issue("claim-2", status="CLAIM_ACCEPTED"))
    assert panel.open_verdict_dialog() is None
