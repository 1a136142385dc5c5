"""One title per issue: its list row and its header never name it differently."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.ui.detail.header import IssueHeader
from allegro_issues_desktop.ui.issue_list.delegate import row_texts_for
from allegro_issues_desktop.ui.labels import issue_title

from .test_detail_data import make_issue


@pytest.mark.parametrize(
    ("subject", "reason", "expected"),
    [
        # Both (a discussion that became a claim): the reason, in the UI language.
        (
            "nie otrzymałem towaru",
            "PRODUCT_DAMAGED_PARCEL_INTACT",
            "Product damaged, parcel intact",
        ),
        (None, "PRODUCT_DAMAGED_PARCEL_INTACT", "Product damaged, parcel intact"),
        ("nie otrzymałem towaru", None, "nie otrzymałem towaru"),
        ("Zwrot\u202e<b>x</b>", None, "Zwrot<b>x</b>"),  # cleaned like all buyer-side text
    ],
)
def test_the_row_and_the_header_show_the_same_title(
    qtbot: QtBot, subject: str | None, reason: str | None, expected: str
) -> None:
    issue = make_issue(
        subject=subject, reason={"type": reason, "description": None} if reason else None
    )
    assert issue_title(issue) == expected
    assert row_texts_for(issue).summary == expected
    header = IssueHeader()
    qtbot.addWidget(header)
    header.set_issue(issue)
    assert header.title_label.text() == expected
