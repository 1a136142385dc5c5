"""IssueFilterProxy: each filter, search (incl. diacritics), sorting, 10,000 rows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.domain import Issue, is_open
from allegro_issues_desktop.ui.issue_list import (
    IssueFilterProxy,
    IssueIdRole,
    IssueListModel,
    KindFilter,
    Queue,
    SortKey,
    StatusFilter,
    count_queues,
)

from .test_issue_list_support import (
    NOW,
    demo_issues,
    make_issue,
    proxy_in_view,
    synthetic_issues,
)


def visible(proxy: IssueFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(IssueIdRole) for r in range(proxy.rowCount())]


def build(issues: list[Issue]) -> IssueFilterProxy:
    model = IssueListModel()
    model.set_issues(issues)
    proxy = IssueFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_status_filter(StatusFilter.ALL)
    return proxy


MIXED = [
    make_issue(0, kind="DISPUTE", login="anna", last_status="BUYER_REPLIED"),
    make_issue(1, kind="CLAIM", login="bartek", return_required=None),
    make_issue(2, kind="CLAIM", login="celina", return_required=True, last_status="SELLER_REPLIED"),
    make_issue(3, kind="CLAIM", status="CLAIM_REJECTED", chat_active=False, return_required=False),
    make_issue(4, kind="DISPUTE", status="DISPUTE_CLOSED", chat_active=False),
    make_issue(5, kind="DISPUTE", last_status="ALLEGRO_ADVISOR_REPLIED"),
]


def test_default_is_open_issues_newest_first() -> None:
    model = IssueListModel()
    model.set_issues(MIXED)
    proxy = IssueFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.status_filter() is StatusFilter.OPEN
    assert proxy.sort_key() is SortKey.OPENED
    assert visible(proxy) == ["issue-00000", "issue-00001", "issue-00002", "issue-00005"]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (KindFilter.ALL, [0, 1, 2, 3, 4, 5]),
        (KindFilter.DISCUSSIONS, [0, 4, 5]),
        (KindFilter.CLAIMS, [1, 2, 3]),
    ],
)
def test_kind_filter(kind: KindFilter, expected: list[int]) -> None:
    proxy = build(MIXED)
    proxy.set_kind_filter(kind)
    assert visible(proxy) == [f"issue-{n:05d}" for n in expected]


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (StatusFilter.ALL, [0, 1, 2, 3, 4, 5]),
        (StatusFilter.OPEN, [0, 1, 2, 5]),
        (StatusFilter.CLOSED, [3, 4]),
    ],
)
def test_status_filter(status: StatusFilter, expected: list[int]) -> None:
    proxy = build(MIXED)
    proxy.set_status_filter(status)
    assert visible(proxy) == [f"issue-{n:05d}" for n in expected]


def test_awaiting_my_reply_filter() -> None:
    proxy = build(MIXED)
    proxy.set_awaiting_reply_only(True)
    # buyer replied / new / advisor replied, and the chat is writable
    assert visible(proxy) == ["issue-00000", "issue-00001", "issue-00005"]
    proxy.set_awaiting_reply_only(False)
    assert len(visible(proxy)) == 6


def test_return_decision_pending_filter() -> None:
    proxy = build(MIXED)
    proxy.set_return_pending_only(True)
    assert visible(proxy) == ["issue-00001"]


def test_filters_combine() -> None:
    proxy = build(MIXED)
    proxy.set_kind_filter(KindFilter.DISCUSSIONS)
    proxy.set_awaiting_reply_only(True)
    proxy.set_search_text("ANNA")
    assert visible(proxy) == ["issue-00000"]
    proxy.reset_filters()
    assert visible(proxy) == ["issue-00000", "issue-00001", "issue-00002", "issue-00005"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("lodz", ["issue-00000"]),  # diacritics-insensitive: finds "Łódź"
        ("ŁÓDŹ", ["issue-00000"]),
        ("KOWAL", ["issue-00001"]),  # case-insensitive buyer login
        ("4411/2025", ["issue-00002"]),  # reference number
        ("ord-77", ["issue-00003"]),  # order (checkoutForm) id
        ("nie działa", ["issue-00001"]),  # subject, every word must match
        ("uszkodzony transp", ["issue-00002"]),  # reason description, word prefixes
        ("  ", ["issue-0000" + str(n) for n in range(4)]),  # blank = no search
        ("xyz-nothing", []),
    ],
)
def test_search(query: str, expected: list[str]) -> None:
    issues = [
        make_issue(0, kind="DISPUTE", login="sklep_Łódź", subject="Pytanie"),
        make_issue(1, login="Kowalski77", subject="Telefon nie działa", reason="OTHER"),
        make_issue(2, reference="4411/2025", subject=None, description="uszkodzony w transporcie"),
        make_issue(3, order_id="ORD-77-abc", subject="Zwrot"),
    ]
    proxy = build(issues)
    proxy.set_search_text(query)
    assert visible(proxy) == expected


def test_search_matches_translated_reason_name() -> None:
    proxy = build([make_issue(0, subject=None, reason="NO_PRODUCT_IN_PARCEL"), make_issue(1)])
    proxy.set_search_text("no product in the parcel")
    assert visible(proxy) == ["issue-00000"]


def test_sort_keys_through_proxy() -> None:
    issues = [
        make_issue(0, due=NOW + timedelta(hours=48), last_message=NOW - timedelta(hours=9)),
        make_issue(1, due=NOW + timedelta(hours=1), last_message=NOW - timedelta(hours=2)),
        make_issue(2, due=None, last_message=NOW - timedelta(minutes=5)),
    ]
    proxy = build(issues)
    proxy.set_sort_key(SortKey.DEADLINE)
    assert visible(proxy) == ["issue-00001", "issue-00000", "issue-00002"]
    proxy.set_sort_key(SortKey.LAST_MESSAGE)
    assert visible(proxy) == ["issue-00002", "issue-00001", "issue-00000"]
    proxy.set_sort_key(SortKey.OPENED)
    assert visible(proxy) == ["issue-00000", "issue-00001", "issue-00002"]


def test_upsert_refilters_the_changed_row() -> None:
    proxy = build(MIXED)
    proxy.set_status_filter(StatusFilter.OPEN)
    model = proxy.issue_model()
    assert model is not None
    model.upsert_issue(make_issue(0, kind="DISPUTE", status="DISPUTE_CLOSED", chat_active=False))
    assert "issue-00000" not in visible(proxy)


def record_changes(proxy: IssueFilterProxy) -> list[str]:
    events: list[str] = []
    proxy.layoutChanged.connect(lambda *_: events.append("layout"))
    proxy.rowsInserted.connect(lambda *_: events.append("inserted"))
    proxy.rowsRemoved.connect(lambda *_: events.append("removed"))
    proxy.modelReset.connect(lambda: events.append("reset"))
    return events


def test_a_filter_change_is_one_layout_change_however_many_rows_it_shows() -> None:
    # QSortFilterProxyModel re-inserted every interval a widening search brought back, one
    # at a time (quadratic at 100,000 rows): here any filter change is one model change.
    proxy = build(synthetic_issues(500))
    events = record_changes(proxy)
    proxy.set_search_text("buyer1")  # narrows: hundreds of intervals go
    narrowed = proxy.rowCount()
    assert 0 < narrowed < 500
    proxy.set_search_text("")  # widens: hundreds of intervals come back
    assert proxy.rowCount() == 500
    proxy.set_kind_filter(KindFilter.CLAIMS)
    proxy.set_kind_filter(KindFilter.CLAIMS)  # no change, no signal
    assert events == ["layout", "layout", "layout"]
    proxy.set_search_text("zzz-nothing")
    proxy.set_search_text("zzz-nothing-at-all")  # nothing shown before or after: no change
    assert events == ["layout", "layout", "layout", "layout"]


def test_widening_keeps_the_selected_issue(qtbot: QtBot) -> None:
    issues = synthetic_issues(3000)
    model = IssueListModel()
    model.set_issues(issues)
    proxy, view = proxy_in_view(qtbot, model)
    proxy.set_status_filter(StatusFilter.ALL)
    view.show()
    login = issues[1234].buyer.login or ""
    proxy.set_search_text(login)
    row = visible(proxy).index("issue-01234")
    view.selectionModel().setCurrentIndex(
        proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    current_changes: list[object] = []
    view.selectionModel().currentChanged.connect(lambda *a: current_changes.append(a))
    events = record_changes(proxy)
    proxy.set_search_text("")  # ~2,999 rows come back, in many intervals
    assert events == ["layout"]
    assert proxy.rowCount() == 3000
    current = view.currentIndex()
    assert current.data(IssueIdRole) == "issue-01234"
    assert current.row() == model.row_of("issue-01234")
    assert [i.data(IssueIdRole) for i in view.selectionModel().selectedIndexes()] == ["issue-01234"]
    assert current_changes == []  # the same issue stays current: nothing to re-emit
    # hidden, then shown again: the selection is gone while hidden (a view cannot select
    # what it does not show); the panel re-selects its remembered issue then.
    proxy.set_kind_filter(KindFilter.DISCUSSIONS)  # issue 1234 is a claim (even n)
    assert not view.currentIndex().isValid()


def test_typing_only_retests_the_rows_shown_and_agrees_with_a_full_pass() -> None:
    proxy = build(demo_issues(2000))
    model = proxy.issue_model()
    assert model is not None
    login = (model.facts_at(700).issue.buyer.login or "").lower()
    for n in range(1, len(login) + 1):
        proxy.set_search_text(login[:n])
        expected = [f.issue_id for f in model.row_facts if login[:n] in f.search_key]
        assert visible(proxy) == expected
    proxy.set_search_text(login[:2] + " " + login[2:4])  # two words, both inside the old one
    expected = [
        f.issue_id
        for f in model.row_facts
        if login[:2] in f.search_key and login[2:4] in f.search_key
    ]
    assert visible(proxy) == expected


def test_proxy_maps_rows_both_ways() -> None:
    proxy = build(MIXED)
    proxy.set_status_filter(StatusFilter.OPEN)
    model = proxy.issue_model()
    assert model is not None
    assert proxy.sourceModel() is model
    for row in range(proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(row, 0))
        assert proxy.mapFromSource(source).row() == row
        assert source.data(IssueIdRole) == proxy.index(row, 0).data(IssueIdRole)
    closed = model.index(model.row_of("issue-00003") or 0, 0)
    assert not proxy.mapFromSource(closed).isValid()
    assert not proxy.mapToSource(proxy.index(99, 0)).isValid()
    assert proxy.data(proxy.index(99, 0), IssueIdRole) is None
    assert proxy.roleNames() == model.roleNames()
    assert proxy.filterAcceptsRow(model.row_of("issue-00000") or 0) is True
    assert proxy.filterAcceptsRow(model.row_of("issue-00003") or 0) is False


def test_ten_thousand_issues_populate_and_filter(qtbot: object) -> None:
    issues = demo_issues(10_000)
    model = IssueListModel()
    model.set_issues(issues[:5_000])
    model.append_issues(issues[5_000:])
    proxy = IssueFilterProxy()
    proxy.setSourceModel(model)
    assert model.rowCount() == 10_000
    open_count = sum(1 for i in issues if is_open(i))
    assert proxy.rowCount() == open_count
    needle = (issues[1234].buyer.login or "")[:5]
    proxy.set_status_filter(StatusFilter.ALL)
    proxy.set_search_text(needle)
    expected = sum(1 for f in model.row_facts if needle.lower() in f.search_key)
    assert 1 <= proxy.rowCount() == expected
    proxy.set_search_text("")
    assert proxy.rowCount() == 10_000


def test_cached_verdicts_stay_aligned_through_model_changes() -> None:
    # The proxy keeps per-row verdicts in lists that must follow every model change. Each
    # expectation is written out from what the test put in (issue n was opened n+1 hours ago:
    # lower n = newer = higher in the list), never computed with the proxy's own code.
    model = IssueListModel()
    proxy = IssueFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search_text("buyer")
    proxy.set_awaiting_reply_only(True)

    def ids(*numbers: int) -> list[str]:
        return [f"issue-{n:05d}" for n in numbers]

    def issue(n: int, **kw: object) -> Issue:
        kw.setdefault("login", f"buyer{n}")
        return make_issue(n, reason=None, **kw)

    evens = list(range(0, 40, 2))
    odds = list(range(1, 40, 4))  # 1, 5, 9, ..., 37; 13 is a discussion
    model.set_issues([issue(n) for n in evens])
    assert visible(proxy) == ids(*evens)
    model.append_issues([issue(n, kind="DISPUTE" if n == 13 else "CLAIM") for n in odds])
    both = sorted(evens + odds)
    assert visible(proxy) == ids(*both)
    model.upsert_issue(issue(4, login="someone"))  # no longer matches the search
    assert visible(proxy) == ids(*[n for n in both if n != 4])
    model.upsert_issue(issue(6, last_status="SELLER_REPLIED"))  # no longer awaits a reply
    rest = [n for n in both if n not in (4, 6)]
    assert visible(proxy) == ids(*rest)
    model.upsert_issue(issue(8, opened=NOW + timedelta(days=1)))  # now the newest: moves up
    moved = [8, *[n for n in rest if n != 8]]
    assert visible(proxy) == ids(*moved)
    proxy.set_sort_key(SortKey.LAST_MESSAGE)  # last message = opened here: the same order
    assert visible(proxy) == ids(*moved)
    proxy.set_search_text("buyer1")
    assert visible(proxy) == ids(1, 10, 12, 13, 14, 16, 17, 18)
    proxy.set_kind_filter(KindFilter.CLAIMS)
    assert visible(proxy) == ids(1, 10, 12, 14, 16, 17, 18)


# -- several accounts ---------------------------------------------------------------------
def two_accounts() -> tuple[IssueListModel, IssueFilterProxy]:
    model = IssueListModel()
    model.set_issues(MIXED, account="a")
    model.append_issues(
        [
            make_issue(10, kind="DISPUTE", login="anna-b", last_status="BUYER_REPLIED"),
            make_issue(11, kind="CLAIM", status="CLAIM_REJECTED", chat_active=False),
        ],
        account="b",
    )
    proxy = IssueFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_status_filter(StatusFilter.ALL)
    return model, proxy


def test_account_filter_combines_with_the_other_filters() -> None:
    model, proxy = two_accounts()
    assert proxy.account() is None
    assert len(visible(proxy)) == 8
    proxy.set_account("b")
    assert visible(proxy) == ["issue-00010", "issue-00011"]
    assert not proxy.is_filtering()  # an account with nothing listed is "no issues yet"
    proxy.set_status_filter(StatusFilter.OPEN)
    assert visible(proxy) == ["issue-00010"]
    proxy.set_search_text("anna")
    assert visible(proxy) == ["issue-00010"]
    proxy.set_account("a")
    assert visible(proxy) == ["issue-00000"]
    proxy.set_account(None)
    assert visible(proxy) == ["issue-00000", "issue-00010"]
    proxy.set_search_text("")
    proxy.set_kind_filter(KindFilter.CLAIMS)
    proxy.set_account("b")
    assert visible(proxy) == []
    proxy.set_status_filter(StatusFilter.ALL)
    assert visible(proxy) == ["issue-00011"]
    # new rows of the shown account appear, others' do not
    model.append_issues([make_issue(12, kind="CLAIM")], account="a")
    model.upsert_issue(make_issue(13, kind="CLAIM"), account="b")
    assert visible(proxy) == ["issue-00011", "issue-00013"]
    assert all(
        proxy.accepts(model.facts_at(r)) == (model.facts_at(r).account == "b")
        for r in range(model.rowCount())
        if model.facts_at(r).kind.name == "CLAIM"
    )


def test_queue_counts_follow_the_account() -> None:
    model, proxy = two_accounts()
    everything = proxy.count_queues()
    assert everything[Queue.EVERYTHING] == 8
    assert count_queues(model.row_facts, account="a")[Queue.EVERYTHING] == 6
    proxy.set_account("b")
    counts = proxy.count_queues()
    assert counts[Queue.EVERYTHING] == 2
    assert counts[Queue.ALL_OPEN] == 1
    assert counts[Queue.CLAIMS_RESOLVED] == 1
    proxy.set_queue(Queue.ALL_OPEN)
    assert visible(proxy) == ["issue-00010"]
    assert proxy.rowCount() == counts[Queue.ALL_OPEN]


def test_removing_or_replacing_an_account_refilters(qtmodeltester: ModelTester) -> None:
    model, proxy = two_accounts()
    qtmodeltester.check(proxy)  # type: ignore[no-untyped-call]  # pytest-qt is untyped
    model.remove_account("a")
    assert visible(proxy) == ["issue-00010", "issue-00011"]
    model.replace_account("a", [make_issue(20, kind="CLAIM")])
    proxy.set_account("a")
    assert visible(proxy) == ["issue-00020"]
    model.replace_account("a", [])
    assert visible(proxy) == []
    qtmodeltester.check(proxy)  # type: ignore[no-untyped-call]
