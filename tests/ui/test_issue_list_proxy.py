"""IssueFilterProxy: each filter, search (incl. diacritics), sorting, 10,000 rows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSortFilterProxyModel

from allegro_issues_desktop.domain import Issue, is_open
from allegro_issues_desktop.ui.issue_list import (
    IssueFilterProxy,
    IssueIdRole,
    IssueListModel,
    KindFilter,
    SortKey,
    StatusFilter,
)

from .test_issue_list_support import NOW, demo_issues, make_issue


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


def test_filter_changes_use_begin_end_filter_change() -> None:
    # Qt >= 6.10 deprecates invalidateFilter(); the proxy must use the new pair there.
    if not hasattr(QSortFilterProxyModel, "beginFilterChange"):
        pytest.skip("Qt < 6.10")
    calls: list[str] = []

    class Spy(IssueFilterProxy):
        def beginFilterChange(self) -> None:
            calls.append("begin")
            super().beginFilterChange()

    proxy = Spy()
    proxy.setSourceModel(IssueListModel())
    proxy.set_search_text("x")
    assert calls == ["begin"]


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
