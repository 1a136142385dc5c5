"""Every field of a list row is its one definition in ``domain.facts`` (or the issue's own
value): the row is made fast (shared standing facts, positional fields), so a field in the
wrong place or a fact that drifted would show here."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allegro_issues_desktop.domain import (
    Issue,
    ReturnDecision,
    awaiting_seller_reply,
    deadline,
    is_open,
    issue_kind,
    last_activity,
    needs_me,
    needs_my_decision,
    return_decision,
)
from allegro_issues_desktop.ui.issue_list.rows import Q_RETURN_DECISION, RowFacts, fold

from .test_issue_list_support import demo_issues, make_issue, synthetic_issues


def _odd_issues() -> list[Issue]:
    return [
        make_issue(1, kind="DISPUTE", status="DISPUTE_CLOSED", chat_active=False),
        make_issue(2, status="SOMETHING_NEW", last_status=None, reason=None),
        make_issue(3, kind="RETURN", return_required=True, subject=None),
        make_issue(4, status="CLAIM_ACCEPTED", return_required=False, chat_active=None),
        make_issue(5, last_status="SELLER_REPLIED", login=None, reference=None),
        make_issue(6, last_status="ALLEGRO_ADVISOR_REPLIED", description="Łódź, żółty"),
    ]


@pytest.mark.parametrize("account", ["", "demo:second"])
def test_each_field_of_a_row_is_its_definition(account: str) -> None:
    issues = [*demo_issues(400), *synthetic_issues(200), *_odd_issues()]
    for issue in issues:
        row = RowFacts.of(issue, account)
        due = deadline(issue)
        last = last_activity(issue)
        open_ = is_open(issue)
        decision = return_decision(issue)
        assert row.issue is issue
        assert row.issue_id == issue.id
        assert row.kind is issue_kind(issue)
        assert row.open is open_
        assert row.awaiting_reply is awaiting_seller_reply(issue)
        assert row.return_decision is decision
        assert row.needs_me is needs_me(issue)
        assert row.needs_decision is needs_my_decision(issue)
        assert row.opened == (issue.opened_date.timestamp() if issue.opened_date else None)
        assert row.deadline == (due.at.timestamp() if due else None)
        assert row.last_message == (last.timestamp() if last else None)
        assert row.account == account
        assert row.search_key == fold(row.search_key)  # folded
        for part in (issue.buyer.login, issue.reference_number, issue.subject):
            if part:
                assert fold(part) in row.search_key
        assert bool(row.queue_bits) or not open_ or row.kind.name == "UNKNOWN"
        pending = open_ and decision is ReturnDecision.PENDING
        assert bool(row.queue_bits & Q_RETURN_DECISION) is pending


@given(st.lists(st.text(min_size=1), max_size=7))
def test_folding_the_parts_is_folding_the_joined_text(parts: list[str]) -> None:
    """The row's search key folds each part on its own: the same as folding them joined."""
    assert "\n".join(fold(p) for p in parts) == fold("\n".join(parts))
