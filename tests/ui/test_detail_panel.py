"""IssueDetailPanel: header, badge, facts, plain text, writability, empty state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget

from allegro_issues_desktop.domain import parse_issue
from allegro_issues_desktop.store.drafts import DraftStore
from allegro_issues_desktop.ui.detail import IssueDetailPanel
from tests.ui.test_detail_data import HOSTILE, issue_json, make_chat, make_issue, shown_panel


@pytest.fixture
def panel(qtbot, tmp_path: Path) -> IssueDetailPanel:
    return shown_panel(qtbot, DraftStore(tmp_path / "drafts"))


def test_empty_state_until_an_issue_is_shown(panel: IssueDetailPanel) -> None:
    assert panel.objectName() == "issueDetail"
    assert panel.current_issue_id() is None
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == "Select a discussion or claim on the left"
    panel.show_issue(make_issue())
    assert panel.stack.currentWidget() is panel.splitter
    panel.clear()
    assert panel.current_issue_id() is None
    assert panel.stack.currentWidget() is panel.empty_label


@pytest.mark.parametrize(
    ("kind", "required", "text", "visible"),
    [
        ("CLAIM", True, "Return required", True),
        ("CLAIM", False, "No return needed", True),
        ("CLAIM", None, "Return decision pending", True),
        ("DISPUTE", None, "", False),
    ],
)
def test_return_badge_states(panel, kind, required, text, visible) -> None:
    panel.show_issue(make_issue(kind=kind, return_required=required))
    badge = panel.findChild(QLabel, "returnBadge")
    assert badge is not None
    assert badge.isVisible() is visible
    assert badge.text() == text
    assert bool(badge.toolTip()) is visible


def test_facts_are_shown(panel: IssueDetailPanel) -> None:
    panel.show_issue(make_issue())
    facts = panel.facts
    assert panel.header.kind_label.text() == "Claim"
    assert panel.header.status_label.text() == "Awaiting your decision"
    assert panel.header.reference_label.text() == "No. 4821/2026"
    assert facts.buyer.text() == "kasia_zakupy"
    assert facts.order.text() == "29f1c7e0-8b7a-11ef-9a1b-6d2b1c0e4f11"
    assert facts.order.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert "Partial refund" in facts.expectation.text()
    assert "49.99" in facts.expectation.text() or "49,99" in facts.expectation.text()
    assert facts.right.text() == "Statutory warranty"
    assert facts.description.text().startswith("The mug arrived")


def test_offer_link_opens_only_on_click(panel, monkeypatch) -> None:
    opened: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)
    panel.show_issue(make_issue())
    assert opened == []
    panel.facts.offer.linkActivated.emit("https://evil.example/")
    assert [u.toString() for u in opened] == ["https://allegro.pl/oferta/15873425521"]


def test_odd_offer_id_is_plain_text_not_a_link(panel) -> None:
    panel.show_issue(make_issue(offer={"id": 'x"><img src=http://e/>'}))
    assert panel.facts.offer.textFormat() == Qt.TextFormat.PlainText
    assert panel.facts._offer_url is None


def test_hostile_text_is_shown_literally(panel) -> None:
    issue = parse_issue(
        issue_json(
            subject=HOSTILE,
            description=HOSTILE,
            buyer={"login": HOSTILE},
            reason={"type": HOSTILE, "description": HOSTILE},
            attachments=[{"fileName": HOSTILE, "url": "https://api.allegro.pl/x/1"}],
            referenceNumber=HOSTILE,
        )
    )
    panel.show_issue(issue)
    literal = [label for label in panel.findChildren(QLabel) if HOSTILE in label.text()]
    assert {label.objectName() for label in literal} >= {
        "issueTitle",
        "factDescription",
        "factBuyer",
        "factReason",
    }
    for label in literal:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    # The only rich-text label is the app-built offer link; nothing of the buyer's gets into it.
    rich = [
        label
        for label in panel.findChildren(QLabel)
        if label.textFormat() != Qt.TextFormat.PlainText and label.text()
    ]
    assert [label.objectName() for label in rich] == ["factOffer"]
    assert "<img" not in rich[0].text().replace("&lt;img", "")
    buttons = [b for b in panel.findChildren(QPushButton) if b.objectName() == "issueAttachment"]
    assert [b.text() for b in buttons] == [HOSTILE]
    # Tooltips guess rich text too: buyer text may only appear escaped in them.
    for widget in panel.findChildren(QWidget):
        assert "<img" not in widget.toolTip(), widget.objectName()


def test_issue_attachment_click_requests_open(panel, qtbot) -> None:
    panel.show_issue(make_issue())
    button = panel.findChild(QPushButton, "issueAttachment")
    assert button is not None
    with qtbot.waitSignal(panel.attachment_open_requested) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [
        "https://api.allegro.pl/sale/issues/attachments/a-1",
        "crack-handle.jpg",
    ]


@pytest.mark.parametrize(
    ("delta", "urgency"),
    [(timedelta(days=4), "normal"), (timedelta(hours=5), "soon"), (-timedelta(hours=2), "overdue")],
)
def test_deadline_countdown(panel, delta, urgency) -> None:
    panel.show_issue(make_issue(due=datetime.now(UTC) + delta))
    label = panel.header.deadline_label
    assert label.isVisible()
    assert label.property("urgency") == urgency
    assert panel.header.countdown.isActive()
    if urgency == "overdue":
        assert "overdue" in label.text()


def test_no_deadline_for_closed_issue(panel) -> None:
    panel.show_issue(make_issue(status="CLAIM_ACCEPTED", due=datetime.now(UTC)))
    assert not panel.header.deadline_label.isVisible()
    assert not panel.header.countdown.isActive()


def test_verdict_button_only_for_submitted_claims(panel) -> None:
    button = panel.findChild(QPushButton, "verdictButton")
    assert button is not None
    panel.show_issue(make_issue())
    assert button.isVisible() and button.isEnabled()
    panel.set_busy_verdict(True)
    assert button.isVisible() and not button.isEnabled()
    panel.set_busy_verdict(False)
    panel.show_issue(make_issue("c2", status="CLAIM_REJECTED"))
    assert not button.isVisible()
    panel.show_issue(make_issue("d1", kind="DISPUTE"))
    assert not button.isVisible()


def _writing_widgets(panel: IssueDetailPanel) -> list[QWidget]:
    names = ("chatComposer", "sendButton", "messageType", "attachButton")
    widgets = [panel.findChild(QWidget, name) for name in names]
    return [w for w in widgets if w is not None]


def test_inactive_chat_disables_writing_and_shows_banner(panel) -> None:
    panel.show_issue(make_issue(kind="DISPUTE", status="DISPUTE_CLOSED", chat_active=False))
    panel.show_chat(panel.current_issue_id() or "", make_chat(5))
    assert len(_writing_widgets(panel)) == 4
    for widget in _writing_widgets(panel):
        assert not widget.isEnabled(), widget.objectName()
    # The composer shrinks: a one-line editor and the disabled Send; no type, no attaching.
    editor, send, types, attach = _writing_widgets(panel)
    assert editor.isVisible() and send.isVisible()
    assert not types.isVisible() and not attach.isVisible()
    banner = panel.findChild(QLabel, "chatDisabledBanner")
    assert banner is not None and banner.isVisible()
    assert banner.text() == (
        "This discussion is closed, so Allegro does not accept new messages."
        " You can still read the whole conversation."
    )
    assert panel.chat.view.isEnabled()  # history stays readable


def test_active_chat_enables_writing_and_hides_banner(panel) -> None:
    panel.show_issue(make_issue(chat_active=False))
    panel.show_issue(make_issue(chat_active=True))
    composer, send, types, attach = _writing_widgets(panel)
    assert isinstance(composer, QPlainTextEdit)
    for widget in (composer, types, attach):
        assert widget.isEnabled(), widget.objectName()
    assert not send.isEnabled()  # nothing typed yet
    composer.setPlainText("Dzień dobry")
    assert send.isEnabled()
    banner = panel.findChild(QLabel, "chatDisabledBanner")
    assert banner is not None and not banner.isVisible()


def test_chat_closed_by_server_keeps_text(panel) -> None:
    issue = make_issue()
    panel.show_issue(issue)
    panel.chat.composer.editor.setPlainText("my reply")
    panel.set_chat_closed_by_server(issue)  # the re-read state may still say chatActive: true
    assert panel.chat.composer.text() == "my reply"
    assert not panel.chat.composer.editor.isEnabled()
    assert panel.findChild(QLabel, "chatDisabledBanner").isVisible()
    panel.show_issue(issue)  # the same stale state: stays closed
    assert not panel.chat.composer.editor.isEnabled()
    panel.show_issue(make_issue(status="CLAIM_ACCEPTED", chat_active=False))
    assert panel.chat.composer.text() == "my reply"


def test_refresh_of_the_same_issue_keeps_editor_and_scroll(panel) -> None:
    issue = make_issue()
    panel.show_issue(issue)
    panel.show_chat(issue.id or "", make_chat(80))
    bar = panel.chat.view.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    bar.setValue(bar.maximum() // 3)
    kept = bar.value()
    panel.chat.composer.editor.setPlainText("half written")
    panel.show_issue(make_issue(return_required=True))
    panel.show_chat_loading(issue.id or "")
    panel.show_chat(issue.id or "", make_chat(80))
    assert panel.chat.composer.text() == "half written"
    assert bar.value() == kept
    assert panel.findChild(QLabel, "returnBadge").text() == "Return required"
