"""Every place that shows a buyer's name or text shows it without bidi or control characters.

``invoice.pdf\\u202eexe.sh`` would otherwise show as "invoice.pdfhs.exe": the override flips the
rest of the line. Each test looks at the text a widget actually holds (or paints).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from allegro_issues_desktop.domain import parse_chat_message
from allegro_issues_desktop.store.drafts import DraftStore
from allegro_issues_desktop.ui.detail import IssueDetailPanel
from allegro_issues_desktop.ui.detail.chat_model import ROW_ROLE, ChatRow
from allegro_issues_desktop.ui.tray import TrayIcon
from tests.ui.test_detail_data import make_issue, message_json, shown_panel

SPOOF = "invoice.pdf\u202eexe.sh"
SHOWN = "invoice.pdfexe.sh"  # logical order, override gone
ISSUE_ID = "c1a1m000-0000-4000-8000-000000000001"
URL = "https://api.allegro.pl/sale/issues/attachments/a-1"


def clean(text: str) -> bool:
    return not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in text)


@pytest.fixture
def panel(qtbot, tmp_path: Path) -> IssueDetailPanel:
    return shown_panel(qtbot, DraftStore(tmp_path / "drafts"))


def test_header(panel: IssueDetailPanel) -> None:
    panel.show_issue(
        make_issue(
            ISSUE_ID,
            subject=SPOOF,
            reason=None,
            referenceNumber="48\u202e21",
            currentState={"status": "ODD\u2067_STATUS", "chatActive": True},
        )
    )
    header = panel.header
    assert header.title_label.text() == SHOWN
    assert header.reference_label.text() == "No. 4821"
    assert header.status_label.text() == "ODD_STATUS"  # unknown values are shown as sent


def test_facts(panel: IssueDetailPanel) -> None:
    panel.show_issue(
        make_issue(
            ISSUE_ID,
            buyer={"id": "1", "login": SPOOF},
            description=f"line one {SPOOF}\nline\u2066 two\x00",
            reason={"type": "OTHER", "description": f"{SPOOF}\r\nmore"},
            attachments=[{"fileName": SPOOF, "url": URL}],
        )
    )
    facts = panel.facts
    assert facts.buyer.text() == SHOWN
    assert facts.description.text() == f"line one {SHOWN}\nline two "
    assert facts.reason.text() == f"{SHOWN}\nmore"
    (button,) = facts.findChildren(QPushButton, "issueAttachment")
    assert button.text() == SHOWN
    assert clean(button.toolTip()) and SHOWN in button.toolTip()


def test_chat_bubble_login_text_and_attachment(panel: IssueDetailPanel) -> None:
    panel.show_issue(make_issue(ISSUE_ID))
    data = message_json(1, text=f"See {SPOOF}\nthanks", attachments=[(SPOOF, URL)])
    data["author"]["login"] = SPOOF
    message = parse_chat_message(data)
    panel.show_chat(ISSUE_ID, [message])
    view = panel.chat.view
    index = panel.chat.model.index(0)
    row = index.data(ROW_ROLE)
    assert isinstance(row, ChatRow)
    assert row.login == SHOWN
    assert index.data() == f"See {SHOWN}\nthanks"
    geo = view.chat_delegate.geometry(row, view.viewport().width(), view.font())
    assert geo.name.endswith(f"· {SHOWN}")
    assert geo.texts[0].layout.text() == f"See {SHOWN}\u2028thanks"  # the delegate's line break
    (_, link, clickable) = geo.links[0]
    assert (link.text, link.file_name, clickable) == (SHOWN, SHOWN, True)

    menu = view.build_menu(index, row)
    texts = [a.text() for a in menu.actions() if a.text().startswith("Open")]
    assert texts == [f"Open {SHOWN}"]
    menu.deleteLater()


def test_tray_note(qtbot) -> None:
    tray = TrayIcon()
    tray.notify_new_messages([make_issue("x-1", buyer={"id": "1", "login": SPOOF})])
    assert tray.last_message is not None
    assert tray.last_message[0] == f"New message from {SHOWN}"
