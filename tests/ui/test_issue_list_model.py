"""IssueListModel: roles, set/append/upsert semantics, ordering; qtmodeltester on all of it."""

from __future__ import annotations

from datetime import timedelta

import msgspec
import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from allegro_issues_desktop.ui.issue_list import (
    AccountRole,
    DeadlineRole,
    IssueFilterProxy,
    IssueIdRole,
    IssueListModel,
    IssueRole,
    LastMessageRole,
    OpenedDateRole,
    RowFacts,
    SearchTextRole,
    SortKey,
    StatusFilter,
    fold,
)

from .test_issue_list_support import NOW, make_issue, synthetic_issues


def check(tester: ModelTester, model: QAbstractItemModel) -> None:
    tester.check(model)  # type: ignore[no-untyped-call]  # pytest-qt is untyped


def ids(model: IssueListModel) -> list[str | None]:
    return [model.issue_at(r).id for r in range(model.rowCount())]


def test_model_passes_modeltester_through_every_mutation(qtmodeltester: ModelTester) -> None:
    model = IssueListModel()
    check(qtmodeltester, model)  # empty; the tester keeps watching the signals below
    model.set_issues(synthetic_issues(30))
    model.append_issues([make_issue(n) for n in range(30, 40)])
    model.append_issues([make_issue(100, opened=NOW + timedelta(days=1))])  # mid-list insert
    model.upsert_issue(make_issue(5, subject="changed"))  # in place
    model.upsert_issue(make_issue(6, opened=NOW + timedelta(days=2)))  # moves to the top
    model.sort_by(SortKey.DEADLINE)
    model.sort_by(SortKey.LAST_MESSAGE)
    model.set_issues([])
    check(qtmodeltester, model)


def test_proxy_passes_modeltester_through_filtering(qtmodeltester: ModelTester) -> None:
    model = IssueListModel()
    proxy = IssueFilterProxy()
    proxy.setSourceModel(model)
    check(qtmodeltester, proxy)
    model.set_issues(synthetic_issues(60))
    proxy.set_status_filter(StatusFilter.ALL)
    proxy.set_search_text("buyer1")
    model.upsert_issue(make_issue(7, login="buyer1-new", opened=NOW + timedelta(days=1)))
    model.append_issues([make_issue(n) for n in range(60, 70)])
    proxy.set_sort_key(SortKey.DEADLINE)
    proxy.set_search_text("")
    proxy.set_awaiting_reply_only(True)
    check(qtmodeltester, proxy)


def test_roles_return_issue_and_sort_values() -> None:
    due = NOW + timedelta(hours=5)
    issue = make_issue(1, login="Łukasz_PL", due=due, last_message=NOW)
    model = IssueListModel()
    model.set_issues([issue])
    index = model.index(0, 0)
    assert index.data(IssueRole) is issue
    assert index.data(IssueIdRole) == "issue-00001"
    assert issue.opened_date is not None
    assert index.data(OpenedDateRole) == issue.opened_date.timestamp()
    assert index.data(DeadlineRole) == due.timestamp()
    assert index.data(LastMessageRole) == NOW.timestamp()
    assert "lukasz_pl" in index.data(SearchTextRole)
    assert "Łukasz_PL" in index.data(Qt.ItemDataRole.DisplayRole)
    assert model.roleNames()[IssueRole].data() == b"issue"


def test_set_issues_orders_newest_first_and_indexes_ids() -> None:
    issues = [make_issue(n) for n in (3, 1, 2)]
    model = IssueListModel()
    model.set_issues(issues)
    assert ids(model) == ["issue-00001", "issue-00002", "issue-00003"]
    assert model.row_of("issue-00002") == 1
    assert model.row_of("nope") is None


def test_set_issues_with_duplicate_ids_keeps_the_last() -> None:
    model = IssueListModel()
    model.set_issues([make_issue(1, subject="old"), make_issue(1, subject="new")])
    assert model.rowCount() == 1
    assert model.issue_at(0).subject == "new"


def test_append_issues_adds_a_page_with_one_insert(qtbot: object) -> None:
    model = IssueListModel()
    model.set_issues([make_issue(n) for n in range(10)])
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.append_issues([make_issue(n) for n in range(10, 20)])
    assert inserted == [(10, 19)]
    assert model.rowCount() == 20
    assert model.row_of("issue-00019") == 19


def test_append_issues_updates_overlapping_ids_and_inserts_out_of_order_rows() -> None:
    model = IssueListModel()
    model.set_issues([make_issue(n) for n in range(0, 10, 2)])  # 0, 2, 4, 6, 8
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    model.append_issues([make_issue(4, subject="edited"), make_issue(3), make_issue(9)])
    assert ids(model) == [f"issue-{n:05d}" for n in (0, 2, 3, 4, 6, 8, 9)]
    assert model.issue_at(model.row_of("issue-00004") or 0).subject == "edited"
    assert changed == [2]
    # the lazily rebuilt id index agrees with the rows
    for row in range(model.rowCount()):
        assert model.row_of(model.issue_at(row).id or "") == row


def test_upsert_replaces_in_place_with_data_changed() -> None:
    model = IssueListModel()
    model.set_issues([make_issue(n) for n in range(5)])
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _r: changed.append((top.row(), bottom.row())))
    assert model.upsert_issue(make_issue(2, subject="Nowy temat")) == 2
    assert changed == [(2, 2)]
    assert model.issue_at(2).subject == "Nowy temat"
    assert model.rowCount() == 5


def test_upsert_inserts_new_issue_in_opened_desc_order() -> None:
    model = IssueListModel()
    model.set_issues([make_issue(n) for n in (0, 2, 4)])
    row = model.upsert_issue(make_issue(3))
    assert row == 2
    assert ids(model) == ["issue-00000", "issue-00002", "issue-00003", "issue-00004"]
    assert model.row_of("issue-00004") == 3


def test_upsert_that_changes_position_moves_the_row_and_keeps_persistent_index() -> None:
    model = IssueListModel()
    model.set_issues([make_issue(n) for n in range(5)])
    tracked = QPersistentModelIndex(model.index(4, 0))
    model.upsert_issue(make_issue(4, opened=NOW + timedelta(hours=1)))
    assert ids(model)[0] == "issue-00004"
    assert tracked.row() == 0
    assert model.row_of("issue-00004") == 0
    assert model.row_of("issue-00000") == 1


def test_sort_by_deadline_and_last_message() -> None:
    model = IssueListModel()
    issues = [
        make_issue(0, due=NOW + timedelta(hours=30), last_message=NOW - timedelta(hours=5)),
        make_issue(1, due=None, last_message=NOW - timedelta(hours=1)),
        make_issue(2, due=NOW + timedelta(hours=2), last_message=NOW - timedelta(hours=9)),
        make_issue(3, due=NOW - timedelta(hours=1), last_message=NOW - timedelta(hours=3)),
        make_issue(4, status="CLAIM_ACCEPTED", due=NOW + timedelta(hours=1)),  # closed: none
    ]
    model.set_issues(issues)
    tracked = QPersistentModelIndex(model.index(0, 0))  # issue 0
    model.sort_by(SortKey.DEADLINE)
    assert ids(model) == [f"issue-{n:05d}" for n in (3, 2, 0, 1, 4)]  # soonest first, none last
    assert tracked.row() == 2
    model.sort_by(SortKey.LAST_MESSAGE)
    assert ids(model)[:4] == [f"issue-{n:05d}" for n in (1, 3, 0, 4)]
    model.sort_by(SortKey.OPENED)
    assert ids(model) == [f"issue-{n:05d}" for n in range(5)]
    # new rows go where the current order puts them
    model.sort_by(SortKey.DEADLINE)
    model.upsert_issue(make_issue(9, due=NOW + timedelta(minutes=5)))
    assert ids(model)[1] == "issue-00009"


def test_issue_without_id_is_listed_but_not_indexed() -> None:
    model = IssueListModel()
    anonymous = msgspec.structs.replace(make_issue(1), id=None)
    model.set_issues([anonymous, make_issue(2)])
    assert model.rowCount() == 2
    assert model.row_of("issue-00002") is not None
    assert model.data(model.index(5, 0), IssueRole) is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex(), IssueRole) is None


def test_fold_ignores_case_and_polish_diacritics() -> None:
    assert fold("ŁÓDŹ Żółć") == "lodz zolc"
    assert fold("Zażółć gęślą jaźń") == "zazolc gesla jazn"
    assert fold("ABC") == "abc"


# -- several accounts ---------------------------------------------------------------------
def accounts_of(model: IssueListModel) -> dict[str, str]:
    return {
        model.index(r, 0).data(IssueIdRole): model.index(r, 0).data(AccountRole)
        for r in range(model.rowCount())
    }


def test_rows_carry_their_account() -> None:
    model = IssueListModel()
    model.set_issues([make_issue(1)])
    assert model.index(0, 0).data(AccountRole) == ""  # one unnamed account by default
    assert model.roleNames()[AccountRole].data() == b"account"
    model.set_issues([make_issue(1), make_issue(2)], account="prod:a")
    model.append_issues([make_issue(3)], account="prod:b")
    model.upsert_issue(make_issue(4), account="prod:b")
    assert accounts_of(model) == {
        "issue-00001": "prod:a",
        "issue-00002": "prod:a",
        "issue-00003": "prod:b",
        "issue-00004": "prod:b",
    }
    assert RowFacts.of(make_issue(5), account="x").account == "x"
    assert model.accounts() == {"prod:a", "prod:b"}


def test_remove_account_drops_its_rows_in_one_change_and_keeps_persistent_indexes(
    qtmodeltester: ModelTester,
) -> None:
    model = IssueListModel()
    check(qtmodeltester, model)
    model.set_issues([make_issue(n) for n in range(0, 20, 2)], account="a")
    model.append_issues([make_issue(n) for n in range(1, 20, 2)], account="b")  # interleaved
    kept = QPersistentModelIndex(model.index(model.row_of("issue-00007") or 0, 0))
    gone = QPersistentModelIndex(model.index(model.row_of("issue-00008") or 0, 0))
    events: list[str] = []
    model.layoutChanged.connect(lambda *_: events.append("layout"))
    model.rowsRemoved.connect(lambda *_: events.append("removed"))
    model.modelReset.connect(lambda: events.append("reset"))
    assert model.remove_account("a") == 10
    assert events == ["layout"]
    assert ids(model) == [f"issue-{n:05d}" for n in range(1, 20, 2)]
    assert kept.isValid() and kept.row() == model.row_of("issue-00007") == 3
    assert not gone.isValid()
    assert model.remove_account("nobody") == 0
    assert events == ["layout"]
    check(qtmodeltester, model)


def test_replace_account_leaves_other_accounts_alone(qtmodeltester: ModelTester) -> None:
    model = IssueListModel()
    check(qtmodeltester, model)
    model.set_issues([make_issue(n) for n in (0, 2, 4)], account="a")
    model.append_issues([make_issue(n) for n in (1, 3)], account="b")
    other = QPersistentModelIndex(model.index(model.row_of("issue-00003") or 0, 0))
    same = QPersistentModelIndex(model.index(model.row_of("issue-00002") or 0, 0))
    dropped = QPersistentModelIndex(model.index(model.row_of("issue-00004") or 0, 0))
    model.replace_account("a", [make_issue(2, subject="nowy"), make_issue(5)])
    assert ids(model) == [f"issue-{n:05d}" for n in (1, 2, 3, 5)]
    assert accounts_of(model) == {
        "issue-00001": "b",
        "issue-00002": "a",
        "issue-00003": "b",
        "issue-00005": "a",
    }
    assert model.issue_at(1).subject == "nowy"
    assert other.row() == 2 and same.row() == 1 and not dropped.isValid()
    for row in range(model.rowCount()):
        assert model.row_of(model.issue_at(row).id or "") == row
    model.replace_account("b", [])
    assert ids(model) == ["issue-00002", "issue-00005"]
    check(qtmodeltester, model)


def test_replace_account_refuses_rows_of_another_account() -> None:
    model = IssueListModel()
    with pytest.raises(ValueError, match="another account"):
        model.replace_account_rows("a", [RowFacts.of(make_issue(1), account="b")])
    model.replace_account_rows("a", [RowFacts.of(make_issue(1), account="a")])  # a reset
    assert model.rowCount() == 1


def test_an_id_is_one_row_whatever_the_account() -> None:
    # Allegro issue ids are UUIDs: the same id under another account is the same issue.
    model = IssueListModel()
    model.set_issues([make_issue(1), make_issue(2)], account="a")
    model.replace_account("b", [make_issue(2)])
    assert model.rowCount() == 2
    assert accounts_of(model)["issue-00002"] == "b"
