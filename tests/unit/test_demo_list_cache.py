"""The emulator's list pages are assembled from each issue's cached JSON: after every kind of
change the page serves what the issue is now, in both languages, exactly as the uncached
reader (``IssueStore.list_issues``: a deep copy per issue) sees it."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from allegro_issues_desktop.demo import cli, data
from allegro_issues_desktop.demo.store import IssueStore
from allegro_issues_desktop.domain.codes import IssueStatus, IssueType, MessageType

ALL = frozenset[str]()
LANGUAGES = ("pl-PL", "en-US", "")


@pytest.fixture
def store() -> IssueStore:
    s = IssueStore("http://127.0.0.1:1")
    s.add_issues(data.generate_issues(120, 5, "http://127.0.0.1:1"))
    return s


def page(store: IssueStore, language: str, statuses: frozenset[str] = ALL) -> Any:
    return json.loads(store.list_issues_body(statuses, None, 0, 100, language))


def reference(store: IssueStore, language: str, statuses: frozenset[str] = ALL) -> Any:
    return {"issues": store.list_issues(statuses, None, 0, 100, language)}


def assert_served_as_now(store: IssueStore) -> None:
    for language in LANGUAGES:
        assert page(store, language) == reference(store, language)
        statuses = frozenset({IssueStatus.CLAIM_SUBMITTED.value})
        assert page(store, language, statuses) == reference(store, language, statuses)


def first(store: IssueStore, test: Callable[[dict[str, Any]], bool]) -> str:
    ids = store.issue_ids()[:100]
    return next(i for i in ids if test(store.issue(i)))


def open_claim(issue: dict[str, Any]) -> bool:
    state = issue["currentState"]
    return bool(
        issue["type"] == IssueType.CLAIM
        and state["status"] == IssueStatus.CLAIM_SUBMITTED
        and state["chatActive"] is True
    )


def open_dispute(issue: dict[str, Any]) -> bool:
    state = issue["currentState"]
    return bool(
        issue["type"] == IssueType.DISPUTE
        and state["status"] == IssueStatus.DISPUTE_ONGOING
        and state["chatActive"] is True
    )


def test_every_write_is_served_at_once(store: IssueStore) -> None:
    assert_served_as_now(store)  # every page cached, in every language
    claim = first(store, open_claim)
    before = page(store, "pl-PL")

    store.post_message(claim, "Odeślij proszę", [], MessageType.RETURN_REQUIRED_CUSTOM)
    assert page(store, "pl-PL") != before
    assert_served_as_now(store)

    store.change_status(claim, "ACCEPTED_RETURN", "Uznaję", None)
    assert_served_as_now(store)

    other = first(store, open_claim)
    store.set_state(other, {"chatActive": False})
    assert_served_as_now(store)

    store.buyer_message(first(store, open_dispute), "Halo?")
    assert_served_as_now(store)

    dispute = first(store, open_dispute)
    store.post_message(dispute, "Czy możemy zakończyć?", [], MessageType.END_REQUEST)
    assert store.close_requested_dispute(lambda ids: dispute if dispute in ids else ids[0])
    assert_served_as_now(store)

    with store._lock:  # a test's direct change of an issue goes through _record too
        store._record(dispute).issue["description"] = "<b>zmieniony</b>"
    assert_served_as_now(store)
    assert any(i["description"] == "<b>zmieniony</b>" for i in page(store, "en-US")["issues"])


def test_new_issues_and_live_replies_are_served(store: IssueStore) -> None:
    assert_served_as_now(store)
    now = datetime.now(UTC)
    seeds = data.generate_issues(1, 5, "http://127.0.0.1:1", now=now, start_index=500)
    store.add_issues(seeds)
    issue_id = first(store, open_dispute)
    store.add_message(
        issue_id, data.generate_buyer_reply(random.Random(3), store.issue(issue_id), now)
    )
    assert_served_as_now(store)


def test_the_subject_follows_the_language_of_each_request(store: IssueStore) -> None:
    polish = [i["subject"] for i in page(store, "pl-PL")["issues"]]
    english = [i["subject"] for i in page(store, "en-GB")["issues"]]
    assert polish != english
    assert [i["subject"] for i in page(store, "pl-PL")["issues"]] == polish  # both kept


def test_the_cli_takes_a_number_of_shops() -> None:
    assert cli._parser().parse_args(["--shops", "3"]).shops == 3
    assert cli._parser().parse_args([]).shops == 1
    with pytest.raises(SystemExit):
        cli._parser().parse_args(["--shops", "0"])
