"""`Accept-Language` translates a discussion's `subject` (FACTS.md), and nothing else."""

from __future__ import annotations

import httpx
import pytest

from allegro_issues_desktop.demo import texts
from allegro_issues_desktop.demo.server import Emulator
from tests.api.conftest import validate


def _get(api: httpx.Client, path: str, language: str | None) -> httpx.Response:
    headers = {"Accept-Language": language} if language else {}
    return api.get(path, headers=headers, params={"limit": 100} if path == "/sale/issues" else {})


@pytest.mark.parametrize(
    ("language", "table"),
    [
        ("en-US", texts.SUBJECTS_EN),
        ("pl-PL", texts.SUBJECTS),
        ("uk-UA", texts.SUBJECTS),  # no Ukrainian subjects in the demo: Polish as stored
        (None, texts.SUBJECTS),
    ],
)
def test_subject_follows_accept_language_in_list_and_issue(
    api: httpx.Client, emulator: Emulator, language: str | None, table: dict[str, str]
) -> None:
    polish = _get(api, "/sale/issues", "pl-PL").json()["issues"]
    listed = _get(api, "/sale/issues", language).json()
    validate("PostPurchaseIssueListResponse", listed)
    discussions = 0
    for before, issue in zip(polish, listed["issues"], strict=True):
        reason = {v: k for k, v in texts.SUBJECTS.items()}.get(before["subject"])
        if issue["type"] == "CLAIM":
            assert issue["subject"] is None
            continue
        discussions += 1
        assert reason is not None
        assert issue["subject"] == table[reason]
        single = _get(api, f"/sale/issues/{issue['id']}", language).json()
        validate("PostPurchaseIssue", single)
        assert single["subject"] == table[reason]
        # everything else is as sent: the buyer's words stay Polish
        assert {**single, "subject": None} == {**before, "subject": None}
    assert discussions > 5


def test_english_subject_leaves_chat_and_stored_issue_polish(
    api: httpx.Client, emulator: Emulator
) -> None:
    issue_id = next(i for i in emulator.issue_ids() if emulator.issue_json(i)["type"] == "DISPUTE")
    stored = emulator.issue_json(issue_id)
    chat_pl = _get(api, f"/sale/issues/{issue_id}/chat", "pl-PL").json()
    chat_en = _get(api, f"/sale/issues/{issue_id}/chat", "en-US").json()
    assert chat_en == chat_pl
    assert emulator.issue_json(issue_id) == stored
    assert stored["subject"] in texts.SUBJECTS.values()
