"""``--select first:NAME``: every named situation finds an issue that is in it, among all issues.

The properties are checked on the generated JSON itself, not with the functions that picked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import pytest

from allegro_issues_desktop.app_session import SITUATIONS, _pick_issue, find_situation
from allegro_issues_desktop.demo.data import SeedIssue, generate_issues
from allegro_issues_desktop.domain import Issue, parse_issue
from allegro_issues_desktop.options import parse_args

NOW = datetime(2026, 7, 15, 12, 0, 0, tzinfo=UTC)
OPEN = ("DISPUTE_ONGOING", "CLAIM_SUBMITTED")
FINAL_DISPUTE = ("DISPUTE_CLOSED", "DISPUTE_UNRESOLVED")


def _stamp(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def _due(s: SeedIssue) -> timedelta | None:
    due = s.issue["currentState"]["statusDueDate"]
    if s.issue["currentState"]["status"] not in OPEN or due is None:
        return None
    return _stamp(due) - NOW


def _state(s: SeedIssue) -> dict[str, Any]:
    return dict(s.issue["currentState"])


def _last(s: SeedIssue) -> str:
    return str(s.issue["chat"]["lastMessage"]["status"])


def _open_claim(s: SeedIssue) -> bool:
    return bool(s.issue["type"] == "CLAIM" and _state(s)["status"] == "CLAIM_SUBMITTED")


def _writable_open(s: SeedIssue) -> bool:
    return bool(_state(s)["status"] in OPEN and _state(s)["chatActive"] is True)


EXPECTED: dict[str, Callable[[SeedIssue], bool]] = {
    "claim": _open_claim,
    "pending-return": lambda s: (
        _open_claim(s) and _state(s)["returnRequired"] is None and _state(s)["chatActive"]
    ),
    "return-required": lambda s: _open_claim(s) and _state(s)["returnRequired"] is True,
    "no-return": lambda s: _open_claim(s) and _state(s)["returnRequired"] is False,
    "accepted": lambda s: _state(s)["status"] == "CLAIM_ACCEPTED",
    "rejected": lambda s: _state(s)["status"] == "CLAIM_REJECTED",
    "discussion": lambda s: _state(s)["status"] == "DISPUTE_ONGOING",
    "chat-closed": lambda s: _state(s)["status"] in FINAL_DISPUTE and not _state(s)["chatActive"],
    "closed": lambda s: _state(s)["status"] == "DISPUTE_CLOSED",
    "unresolved": lambda s: _state(s)["status"] == "DISPUTE_UNRESOLVED",
    "chat-inactive": lambda s: _state(s)["status"] in OPEN and _state(s)["chatActive"] is False,
    "decided-chat-open": lambda s: (
        _state(s)["status"] not in OPEN and _state(s)["chatActive"] is True
    ),
    "awaiting-reply": lambda s: (
        _writable_open(s) and _last(s) in ("NEW", "BUYER_REPLIED", "ALLEGRO_ADVISOR_REPLIED")
    ),
    "new": lambda s: _writable_open(s) and _last(s) == "NEW",
    "waiting-for-buyer": lambda s: _writable_open(s) and _last(s) == "SELLER_REPLIED",
    "advisor": lambda s: (
        _last(s) == "ALLEGRO_ADVISOR_REPLIED" and s.chat[-1]["author"]["role"] == "ADMIN"
    ),
    "long-chat": lambda s: len(s.chat) >= 100,
    "attachments": lambda s: bool(s.issue["attachments"]),
    "overdue": lambda s: (d := _due(s)) is not None and d < timedelta(0),
    "due-soon": lambda s: (d := _due(s)) is not None and timedelta(0) <= d < timedelta(hours=24),
}


@cache
def _data(seed: int) -> tuple[tuple[SeedIssue, ...], tuple[Issue, ...]]:
    seeds = tuple(generate_issues(300, seed, "http://127.0.0.1:1", now=NOW))
    return seeds, tuple(parse_issue(s.issue) for s in seeds)


def test_the_names_are_complete_and_documented() -> None:
    assert set(SITUATIONS) == set(EXPECTED)
    import allegro_issues_desktop.options as options

    source = options.__file__
    with open(source, encoding="utf-8") as handle:
        text = handle.read()
    for name in SITUATIONS:
        assert name in text, name


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 7])
@pytest.mark.parametrize("name", SITUATIONS)
def test_every_named_situation_finds_an_issue_in_it(seed: int, name: str) -> None:
    seeds, issues = _data(seed)
    found = find_situation(issues, name, NOW)
    assert found is not None, f"the demo (seed {seed}) has no {name}"
    by_id = {s.issue["id"]: s for s in seeds}
    assert EXPECTED[name](by_id[found.id]), name
    # the first one: no earlier issue is in the situation
    position = [i.id for i in issues].index(found.id)
    assert not any(EXPECTED[name](s) for s in seeds[:position]), name


def test_an_unknown_name_finds_nothing() -> None:
    _, issues = _data(1)
    assert find_situation(issues, "no-such-thing", NOW) is None


class _Engine:
    def __init__(self, issues: tuple[Issue, ...]) -> None:
        self.issues = {i.id: i for i in issues}


class _Window:
    """What ``_pick_issue`` reads of the window: the visible rows and the engine's issues."""

    def __init__(self, issues: tuple[Issue, ...], visible: list[str]) -> None:
        self.engine = _Engine(issues)
        self._visible = visible

    def issue(self, issue_id: str) -> Issue | None:
        return self.engine.issues.get(issue_id)

    def visible_issue_ids(self) -> list[str]:
        return list(self._visible)


def test_pick_searches_hidden_issues_too_and_prefers_the_visible_order() -> None:
    seeds, issues = _data(1)
    open_ids = [s.issue["id"] for s in seeds if s.issue["currentState"]["status"] in OPEN]
    window: Any = _Window(issues, open_ids[::-1])  # the filters show open ones, reversed
    closed = _pick_issue(window, "first:chat-closed")
    assert closed is not None and closed not in open_ids
    assert closed == next(s.issue["id"] for s in seeds if EXPECTED["chat-closed"](s))
    # among visible rows, the list's own order wins
    assert _pick_issue(window, "first:awaiting-reply") == next(
        i
        for i in open_ids[::-1]
        if EXPECTED["awaiting-reply"](next(s for s in seeds if s.issue["id"] == i))
    )
    assert _pick_issue(window, "some-id") == "some-id"
    assert _pick_issue(window, "first:bogus") is None


def test_select_option_is_passed_through() -> None:
    assert parse_args(["--demo", "--select", "first:overdue"]).select == "first:overdue"
