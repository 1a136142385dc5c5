"""Issue #10 (100,000 rows): batches, one-change filters, facts off the GUI thread, and rows
that never go stale through any sequence of changes. Behaviour only: timings are in
bench/bench_list.py."""

from __future__ import annotations

import ast
import random
import threading
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from allegro_issues_desktop.domain import Issue
from allegro_issues_desktop.ui.issue_list import (
    IssueFilterProxy,
    IssueIdRole,
    IssueListModel,
    KindFilter,
    Queue,
    RowFacts,
    SortKey,
    StatusFilter,
)
from allegro_issues_desktop.ui.issue_list import rows as rows_module
from allegro_issues_desktop.ui.issue_list.rows import sort_key_of

from .test_issue_list_support import NOW, make_issue, proxy_in_view, synthetic_issues


def ids(model: IssueListModel) -> list[str | None]:
    return [f.issue_id for f in model.row_facts]


def visible(proxy: IssueFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(IssueIdRole) for r in range(proxy.rowCount())]


def record(model: IssueListModel) -> list[str]:
    events: list[str] = []
    model.rowsInserted.connect(lambda _p, first, last: events.append(f"insert {first}-{last}"))
    model.layoutChanged.connect(lambda *_: events.append("layout"))
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsMoved.connect(lambda *_: events.append("move"))
    return events


def spread_deadlines(numbers: range, offset: float = 0.0) -> list[Issue]:
    """Open claims whose deadlines interleave with another range's (n hours + offset)."""
    return [make_issue(n, due=NOW + timedelta(hours=n + offset)) for n in numbers]


# -- facts off the GUI thread -----------------------------------------------------------------
def test_rows_module_does_not_use_qt() -> None:
    tree = ast.parse(Path(rows_module.__file__).read_text(encoding="utf-8"))
    imported = [
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    ] + [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    assert not [name for name in imported if "PySide" in name or "Qt" in name or "ui" in name]


def test_row_facts_computed_on_a_worker_thread_are_the_same() -> None:
    IssueListModel()  # installs the translated reason names, as the window does
    issues = synthetic_issues(300)
    here = [RowFacts.of(i, "acc") for i in issues]
    there: list[RowFacts] = []
    worker = threading.Thread(target=lambda: there.extend(RowFacts.of(i, "acc") for i in issues))
    worker.start()
    worker.join()
    assert there == here


def test_append_rows_and_replace_rows_take_precomputed_facts() -> None:
    model = IssueListModel()
    model.replace_rows([RowFacts.of(make_issue(n), "a") for n in (3, 1)])
    assert ids(model) == ["issue-00001", "issue-00003"]
    model.append_rows([RowFacts.of(make_issue(n), "a") for n in (2, 4)])
    assert ids(model) == [f"issue-{n:05d}" for n in (1, 2, 3, 4)]
    model.upsert_rows([RowFacts.of(make_issue(2, subject="nowy"), "a")])
    assert model.issue_at(1).subject == "nowy"
    for row in range(model.rowCount()):
        assert model.row_of(model.issue_at(row).id or "") == row


def test_row_facts_are_compact() -> None:
    facts = RowFacts.of(make_issue(1), "".join(["acc", "ount"]))
    other = RowFacts.of(make_issue(2), "".join(["acc", "ount"]))
    assert not hasattr(facts, "__dict__")  # slots
    assert not hasattr(facts, "sort_keys")  # the order's key is computed, not stored
    assert facts.account is other.account  # one string per account
    assert facts.sort_tuple(SortKey.DEADLINE) == sort_key_of(SortKey.DEADLINE)(facts)


# -- batches -----------------------------------------------------------------------------------
def test_a_page_landing_in_a_few_places_is_a_few_inserts() -> None:
    model = IssueListModel()
    model.sort_by(SortKey.DEADLINE)
    model.set_issues(spread_deadlines(range(0, 40, 10)))  # deadlines 0, 10, 20, 30 h
    events = record(model)
    page = spread_deadlines(range(101, 104), 0.0) + spread_deadlines(range(5, 8))
    model.append_issues(page)  # three after 30 h (at the end), three between 0 and 10 h
    # bottom up (so the places found in the old numbering stay right), one insert per place
    assert events == ["insert 4-6", "insert 1-3"]
    expected = sorted(model.row_facts, key=sort_key_of(SortKey.DEADLINE))
    assert list(model.row_facts) == expected


def test_a_page_landing_in_many_places_is_one_layout_change(qtbot: QtBot) -> None:
    model = IssueListModel()
    model.sort_by(SortKey.DEADLINE)
    model.set_issues(spread_deadlines(range(0, 6000, 2)))  # 3,000 rows, even hours
    proxy, view = proxy_in_view(qtbot, model)
    proxy.set_sort_key(SortKey.DEADLINE)
    chosen = model.row_of("issue-02000") or 0
    view.selectionModel().setCurrentIndex(
        proxy.index(chosen, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    tracked = QPersistentModelIndex(model.index(model.row_of("issue-04000") or 0, 0))
    events = record(model)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    page = spread_deadlines(range(1, 6000, 60))  # 100 odd hours, between the even ones
    model.append_issues(page)
    assert events == ["layout"]
    assert changed == [model.row_of("issue-00001")]  # tells row-count listeners once
    assert model.rowCount() == 3100
    assert list(model.row_facts) == sorted(model.row_facts, key=sort_key_of(SortKey.DEADLINE))
    assert tracked.row() == model.row_of("issue-04000")
    assert view.currentIndex().data(IssueIdRole) == "issue-02000"
    assert visible(proxy) == ids(model)
    for row in range(model.rowCount()):
        assert model.row_of(model.issue_at(row).id or "") == row


def test_a_big_batch_is_one_proxy_layout_change_that_keeps_the_selection(qtbot: QtBot) -> None:
    model = IssueListModel()
    model.set_issues([make_issue(n) for n in range(0, 4000, 2)])
    proxy, view = proxy_in_view(qtbot, model)
    proxy.set_status_filter(StatusFilter.ALL)
    view.selectionModel().setCurrentIndex(
        proxy.index(10, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    selected = view.currentIndex().data(IssueIdRole)
    proxy_events: list[str] = []
    proxy.rowsInserted.connect(lambda *_: proxy_events.append("insert"))
    proxy.layoutChanged.connect(lambda *_: proxy_events.append("layout"))
    # 1,500 rows at once in one place (older than row 10's, newer than the rest): one source
    # insert, shown by the proxy as one layout change (its C++ row count grows in chunks).
    model.append_rows(
        [
            RowFacts.of(make_issue(n, opened=NOW - timedelta(hours=21, seconds=n)))
            for n in range(1, 3001, 2)
        ]
    )
    assert proxy_events == ["layout"]
    assert proxy.rowCount() == model.rowCount() == 3500
    assert view.currentIndex().data(IssueIdRole) == selected
    assert visible(proxy) == ids(model)


def test_an_upsert_that_moves_a_row_keeps_the_proxy_and_the_selection(qtbot: QtBot) -> None:
    model = IssueListModel()
    model.set_issues(synthetic_issues(200))
    proxy, view = proxy_in_view(qtbot, model)
    row = visible(proxy).index("issue-00101")
    view.selectionModel().setCurrentIndex(
        proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    model.upsert_issue(
        make_issue(101, kind="DISPUTE", status="DISPUTE_ONGOING", opened=NOW + timedelta(days=1))
    )  # the newest now: moves up
    assert model.row_of("issue-00101") == 0
    assert visible(proxy)[0] == "issue-00101"
    assert view.currentIndex().data(IssueIdRole) == "issue-00101"
    assert visible(proxy) == [f.issue_id for f in model.row_facts if proxy.accepts(f)]


# -- never stale --------------------------------------------------------------------------------
def check_consistent(model: IssueListModel, proxy: IssueFilterProxy) -> None:
    facts = list(model.row_facts)
    key = sort_key_of(model.sort_key())
    assert facts == sorted(facts, key=key)
    for row, f in enumerate(facts):
        assert f.issue_id is None or model.row_of(f.issue_id) == row
    expected = [f.issue_id for f in facts if proxy.accepts(f)]
    assert visible(proxy) == expected
    for row in range(proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(row, 0))
        assert proxy.mapFromSource(source).row() == row


def test_rows_never_go_stale_through_random_changes(qtmodeltester: ModelTester) -> None:
    rng = random.Random(10)
    model = IssueListModel()
    proxy = IssueFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)  # type: ignore[no-untyped-call]  # pytest-qt is untyped
    pool = synthetic_issues(3000)

    def varied(n: int) -> Issue:
        return make_issue(
            n,
            kind=rng.choice(("CLAIM", "DISPUTE")),
            login=f"buyer{rng.randrange(50)}",
            last_status=rng.choice(("BUYER_REPLIED", "SELLER_REPLIED")),
            opened=NOW - timedelta(minutes=rng.randrange(100_000)),
            due=NOW + timedelta(minutes=rng.randrange(-5000, 5000)) if rng.random() < 0.7 else None,
        )

    for _step in range(60):
        action = rng.randrange(9)
        if action == 0:
            start = rng.randrange(0, 2900)
            model.append_issues(
                pool[start : start + rng.choice((1, 50, 100, 1200))], account=rng.choice(("a", "b"))
            )
        elif action == 1:
            model.upsert_issue(varied(rng.randrange(3000)), account=rng.choice(("a", "b")))
        elif action == 2 and model.rowCount():
            model.remove_issue(model.issue_at(rng.randrange(model.rowCount())).id or "")
        elif action == 3:
            proxy.set_sort_key(rng.choice(list(SortKey)))
        elif action == 4:
            proxy.set_search_text(rng.choice(("", "buyer1", "buyer12", "b", "łódź", "buyer")))
        elif action == 5:
            proxy.set_queue(rng.choice(list(Queue)))
        elif action == 6:
            proxy.set_account(rng.choice((None, "a", "b")))
        elif action == 7:
            account = rng.choice(("a", "b"))
            start = rng.randrange(0, 2800)
            model.replace_account(account, pool[start : start + rng.randrange(1, 300)])
        elif action == 8:
            if rng.random() < 0.3:
                model.remove_account(rng.choice(("a", "b")))
            else:
                proxy.set_kind_filter(rng.choice(list(KindFilter)))
        check_consistent(model, proxy)
    qtmodeltester.check(proxy)  # type: ignore[no-untyped-call]
