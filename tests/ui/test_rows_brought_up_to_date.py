"""Rows made on a worker thread from a snapshot, then brought up to date with the issues now."""

from __future__ import annotations

import functools

from allegro_issues_desktop.domain import Issue
from allegro_issues_desktop.ui.issue_list.rows import RowFacts, brought_up_to_date
from tests.ui.test_issue_list_support import make_issue


def test_replaced_removed_and_added_issues_are_followed() -> None:
    made: list[Issue] = []

    def make(issue: Issue) -> RowFacts:
        made.append(issue)
        return RowFacts.of(issue, "shop")

    first = [make_issue(n) for n in range(5)]
    snapshot = {i.id: i for i in first if i.id is not None}
    rows = [RowFacts.of(i, "shop") for i in snapshot.values()]
    now = dict(snapshot)
    changed = make_issue(1, subject="nowy temat")  # replaced meanwhile (a poll)
    now[changed.id or ""] = changed
    del now[first[3].id or ""]  # gone meanwhile
    added = make_issue(9)
    now[added.id or ""] = added

    result = brought_up_to_date(rows, now, make)

    assert {r.issue_id for r in result} == set(now)
    assert all(r.issue is now[r.issue_id or ""] for r in result)
    assert made == [changed, added]  # only those are made again, here
    kept = [r for r in result if r.issue is not changed and r.issue is not added]
    assert all(any(r is old for old in rows) for r in kept)  # the others are the rows given
    assert {r.account for r in result} == {"shop"}


def test_a_row_given_twice_stays_once() -> None:
    issue = make_issue(2)
    row = RowFacts.of(issue)
    make = functools.partial(RowFacts.of, account="")
    assert brought_up_to_date([row, row], {issue.id or "": issue}, make) == [row]
