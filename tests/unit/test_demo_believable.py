"""Demo data a seller would believe: rules per reason, status and expectation, over generated data.

Each rule reads the generated JSON the way a seller reads the screen (dates, the words of the
messages), not the generator's own tags, so a change in the generator cannot hide a mistake.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import pytest

from allegro_issues_desktop.demo.data import SeedIssue, generate_buyer_reply, generate_issues

BASE = "http://127.0.0.1:8765"
NOW = datetime(2026, 7, 15, 12, 0, 0, tzinfo=UTC)

NOT_ARRIVED = frozenset({"NO_PRODUCT_RECEIVED", "DID_NOT_RECEIVE_GOODS_AFTER_PAYMENT"})
NO_PRODUCT = NOT_ARRIVED | {
    "NO_PRODUCT_IN_PARCEL",
    "NO_REFUND_AFTER_CANCELING_ORDER",
    "NO_REFUND_AFTER_RETURNING_PRODUCT",
    "PROBLEM_WITH_WITHDRAWAL_CANCELLATION_OF_PURCHASE",
}
DAMAGE = frozenset(
    {
        "PRODUCT_AND_PARCEL_DAMAGED_IN_TRANSIT",
        "PRODUCT_DAMAGED_PARCEL_INTACT",
        "ITEM_IS_DAMAGED",
    }
)
DEFECT = frozenset({"DEFECT_FOUND_DURING_USE"})
MISMATCH = frozenset({"NOT_AS_DESCRIBED", "RECEIVED_ITEMS_NOT_MATCHING_DESCRIPTION"})
INCOMPLETE = frozenset({"MISSING_PRODUCT_ELEMENT", "RECEIVED_INCOMPLETE_ORDER"})
PAPERS = frozenset({"NO_PROOF_OF_PURCHASE_MANUAL_OR_WARRANTY", "OTHER"})
RETURNING = frozenset(
    {
        "SELLER_DOES_NOT_WANT_TO_ACCEPT_RETURN",
        "PROBLEM_WITH_SENDING_PRODUCT_BACK",
        "PROBLEM_WITH_GOODS_RETURN_CANCELLATION_OF_PURCHASE",
        "NO_REFUND_AFTER_RETURNING_PRODUCT",
    }
)


def _subject_reasons() -> dict[str, str]:
    from allegro_issues_desktop.demo import texts

    return {subject: reason for reason, subject in texts.SUBJECTS.items()}


# --- reading an issue the way a seller does ------------------------------------------------


def _ms(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def _reason(seed_issue: SeedIssue) -> str:
    issue = seed_issue.issue
    if issue.get("reason"):
        return str(issue["reason"]["type"])
    return _subject_reasons().get(str(issue.get("subject")), "OTHER")


def _expectations(seed_issue: SeedIssue) -> set[str]:
    return {str(e["name"]) for e in seed_issue.issue["expectations"] if e.get("name")}


def _texts(seed_issue: SeedIssue, role: str | None = None) -> list[str]:
    return [str(m["text"]) for m in seed_issue.chat if role is None or m["author"]["role"] == role]


def _said(seed_issue: SeedIssue, fragments: Iterable[str], role: str | None = None) -> bool:
    lowered = [t.lower() for t in _texts(seed_issue, role)]
    return any(f.lower() in t for f in fragments for t in lowered)


VERDICT_ACCEPTED = ("reklamacja została uznana", "uznajemy reklamację")
VERDICT_REJECTED = ("reklamacja została odrzucona", "nie możemy uznać reklamacji")
REFUND_DONE = ("zwrot środków został zlecony", "zwrot pieniędzy zlecony", "pieniądze dotarły")
DISCOUNT = ("rabat",)
RETURN_TALK = (
    "odesłanie produktu",
    "produkt odesłałem",
    "odesłać produkt",
    "po paczkę",
    "zwrot dotarł do naszego magazynu",
    "dowodu nadania zwrotu",
    "po otrzymaniu zwrotu",
)
DAMAGE_PHOTOS = ("zdjęć uszkodzenia", "zdjęcia opakowania", "protokół szkody")
DEFECT_TALK = ("usterka", "usterki", "serwisu producenta")
MISSING_TALK = ("brakujący element",)
SHIPPING_TALK = ("przesyłka została nadana", "ponownie wysłana z magazynu")
INVOICE = ("fakturę vat",)
PRODUCT_IN_HAND = ("przesyłam dodatkowe zdjęcia", "zatrzymanie produktu", "pudełko")


def _rule_violations(seed_issue: SeedIssue) -> list[str]:
    """The names of the rules this issue breaks."""
    issue = seed_issue.issue
    state = issue["currentState"]
    status = state["status"]
    reason = _reason(seed_issue)
    wants = _expectations(seed_issue)
    is_claim = issue["type"] == "CLAIM"
    broken: list[str] = []
    opened = _ms(issue["openedDate"])
    for due in (issue.get("decisionDueDate"), state.get("statusDueDate")):
        if due is not None and _ms(due) <= opened:
            broken.append("deadline before opening")
    order = issue.get("checkoutForm") or {}
    if order.get("createdAt") and _ms(order["createdAt"]) >= opened:
        broken.append("order after opening")
    if status in ("CLAIM_SUBMITTED", "DISPUTE_ONGOING") and _said(
        seed_issue, VERDICT_ACCEPTED + VERDICT_REJECTED
    ):
        broken.append("verdict in an open case")
    if status == "CLAIM_SUBMITTED" and _said(seed_issue, REFUND_DONE):
        broken.append("refund done on a claim awaiting a decision")
    if status == "CLAIM_REJECTED" and _said(seed_issue, REFUND_DONE + VERDICT_ACCEPTED):
        broken.append("refund or acceptance on a rejected claim")
    if status == "CLAIM_ACCEPTED" and _said(seed_issue, VERDICT_REJECTED):
        broken.append("rejection on an accepted claim")
    if not is_claim and _said(seed_issue, VERDICT_ACCEPTED + VERDICT_REJECTED):
        broken.append("claim verdict in a discussion")
    if status in ("CLAIM_ACCEPTED", "CLAIM_REJECTED"):
        verdicts = VERDICT_ACCEPTED if status == "CLAIM_ACCEPTED" else VERDICT_REJECTED
        if not _said(seed_issue, verdicts, "SELLER"):
            broken.append("decided claim without the seller's verdict")
    accepted = status == "CLAIM_ACCEPTED"
    if accepted and _said(seed_issue, REFUND_DONE) and not wants & {"REFUND", "PARTIAL_REFUND"}:
        broken.append("refund on a claim that asked for none")
    exchanged = _said(seed_issue, ("nowy egzemplarz", "nowy produkt"))
    if accepted and exchanged and "EXCHANGE" not in wants:
        broken.append("exchange on a claim that asked for none")
    if accepted and _said(seed_issue, ("naprawion",)) and "REPAIR" not in wants:
        broken.append("repair on a claim that asked for none")
    if reason in NO_PRODUCT and _said(seed_issue, DISCOUNT):
        broken.append("discount offer without the product")
    if reason in NO_PRODUCT and _said(seed_issue, PRODUCT_IN_HAND):
        broken.append("product in hand without the product")
    if reason in NOT_ARRIVED and state["returnRequired"] is True:
        broken.append("return required for a parcel that never arrived")
    if (
        _said(seed_issue, RETURN_TALK)
        and state["returnRequired"] is not True
        and reason not in RETURNING
    ):
        broken.append("return talk without a return")
    if _said(seed_issue, DAMAGE_PHOTOS) and reason not in DAMAGE | {"NO_PRODUCT_IN_PARCEL"}:
        broken.append("damage photos without damage")
    if _said(seed_issue, DEFECT_TALK) and reason not in DEFECT:
        broken.append("defect talk without a defect")
    if _said(seed_issue, MISSING_TALK) and reason not in INCOMPLETE:
        broken.append("missing part without a missing part")
    if _said(seed_issue, SHIPPING_TALK) and reason not in NOT_ARRIVED | INCOMPLETE | {
        "NO_PRODUCT_IN_PARCEL"
    }:
        broken.append("shipping talk on a delivered order")
    if _said(seed_issue, INVOICE, "SELLER") and reason not in PAPERS:
        broken.append("invoice without asking")
    if _said(seed_issue, ("zamykamy zgłoszenie",)) and status in (
        "CLAIM_SUBMITTED",
        "DISPUTE_ONGOING",
    ):
        broken.append("advisor closes an open case")
    if is_claim and _said(seed_issue, ("3 dni na odpowiedź",)):
        broken.append("dispute deadline in a claim")
    if is_claim:
        opening = _texts(seed_issue, "BUYER")[0].lower()
        if "o wymianę" in opening and "EXCHANGE" not in wants:
            broken.append("opening asks for an exchange the claim does not")
        if "o naprawę" in opening and "REPAIR" not in wants:
            broken.append("opening asks for a repair the claim does not")
        if "o zwrot pieniędzy" in opening and not wants & {"REFUND", "PARTIAL_REFUND"}:
            broken.append("opening asks for a refund the claim does not")
    if _said(seed_issue, ("dziękujemy za zdjęcia",)):
        first_thanks = next(
            i for i, m in enumerate(seed_issue.chat) if "Dziękujemy za zdjęcia" in str(m["text"])
        )
        if not any(
            m["attachments"] and m["author"]["role"] == "BUYER"
            for m in seed_issue.chat[:first_thanks]
        ):
            broken.append("thanks for photos nobody sent")
    return broken


def audit(issues: Iterable[SeedIssue]) -> Counter[str]:
    """How many issues break each rule."""
    counts: Counter[str] = Counter()
    for seed_issue in issues:
        counts.update(set(_rule_violations(seed_issue)))
    return counts


@cache
def _sample(seed: int, count: int) -> tuple[SeedIssue, ...]:
    return tuple(generate_issues(count, seed, BASE, now=NOW))


SIZES_AND_SEEDS = [(count, seed) for count in (300, 1000) for seed in range(1, 6)]


# --- the rules --------------------------------------------------------------------------------


@pytest.mark.parametrize(("count", "seed"), SIZES_AND_SEEDS)
def test_every_deadline_is_after_the_opening_date(count: int, seed: int) -> None:
    late = [
        s.issue["id"]
        for s in _sample(seed, count)
        if "deadline before opening" in _rule_violations(s)
    ]
    assert late == []


@pytest.mark.parametrize(("count", "seed"), SIZES_AND_SEEDS)
def test_conversations_agree_with_reason_status_and_expectation(count: int, seed: int) -> None:
    assert audit(_sample(seed, count)) == Counter()


def test_the_rules_catch_what_they_describe() -> None:
    """Each rule fails on an issue broken on purpose (so the audit can fail)."""
    base = next(
        s
        for s in _sample(1, 300)
        if s.issue["currentState"]["status"] == "CLAIM_SUBMITTED" and _reason(s) in NOT_ARRIVED
    )

    def broken(change: Callable[[dict[str, Any], list[dict[str, Any]]], None]) -> list[str]:
        issue = {**base.issue, "currentState": dict(base.issue["currentState"])}
        chat = [dict(m) for m in base.chat]
        change(issue, chat)
        return _rule_violations(SeedIssue(issue, chat, []))

    def early(issue: dict[str, Any], chat: list[dict[str, Any]]) -> None:
        opened = _ms(issue["openedDate"])
        issue["decisionDueDate"] = (opened - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def refunded(issue: dict[str, Any], chat: list[dict[str, Any]]) -> None:
        chat.append({**chat[0], "text": "Dzień dobry, zwrot środków został zlecony."})

    def discount(issue: dict[str, Any], chat: list[dict[str, Any]]) -> None:
        chat.append({**chat[0], "text": "Proponujemy rabat 15% na zatrzymanie produktu."})

    assert _rule_violations(base) == []
    assert "deadline before opening" in broken(early)
    assert "refund done on a claim awaiting a decision" in broken(refunded)
    assert "discount offer without the product" in broken(discount)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_some_cases_have_an_allegro_advisor(seed: int) -> None:
    sample = _sample(seed, 300)
    with_advisor = [s for s in sample if "ADMIN" in _roles(s)]
    advisor_last = [
        s for s in sample if s.issue["chat"]["lastMessage"]["status"] == "ALLEGRO_ADVISOR_REPLIED"
    ]
    assert 5 <= len(with_advisor) <= 90  # a few, not every other case
    assert advisor_last
    for seed_issue in sample:
        last_is_advisor = _roles(seed_issue)[-1] == "ADMIN"
        status = seed_issue.issue["chat"]["lastMessage"]["status"]
        assert (status == "ALLEGRO_ADVISOR_REPLIED") == last_is_advisor


def _roles(seed_issue: SeedIssue) -> list[str]:
    return [str(m["author"]["role"]) for m in seed_issue.chat]


def test_live_buyer_replies_fit_the_case() -> None:
    """A buyer's live reply keeps the case believable (same rules, reply appended)."""
    rng = random.Random(3)
    checked = 0
    for seed_issue in _sample(2, 300):
        if not seed_issue.issue["currentState"]["chatActive"]:
            continue
        for _ in range(4):
            reply = generate_buyer_reply(rng, seed_issue.issue, NOW + timedelta(minutes=1))
            extended = SeedIssue(seed_issue.issue, [*seed_issue.chat, reply], [])
            assert _rule_violations(extended) == [], (reply["text"], seed_issue.issue["id"])
            checked += 1
    assert checked > 300
