"""Human, translated names for Allegro's codes. Unknown codes are shown as they are."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from ..domain import (
    AuthorRole,
    ClaimVerdict,
    ExpectationName,
    Issue,
    IssueKind,
    IssueStatus,
    MessageType,
    ReturnDecision,
)
from ..domain.text import display_text

# lupdate reads translate("Context", "text") calls with literal arguments: keep them literal.
translate = QCoreApplication.translate


def kind_name(kind: IssueKind) -> str:
    return {
        IssueKind.DISCUSSION: translate("Labels", "Discussion"),
        IssueKind.CLAIM: translate("Labels", "Claim"),
        IssueKind.UNKNOWN: translate("Labels", "Issue"),
    }[kind]


@cache
def _statuses() -> dict[str, str]:
    return {
        IssueStatus.DISPUTE_ONGOING: translate("Labels", "Ongoing"),
        IssueStatus.DISPUTE_CLOSED: translate("Labels", "Closed"),
        IssueStatus.DISPUTE_UNRESOLVED: translate("Labels", "Closed without agreement"),
        IssueStatus.CLAIM_SUBMITTED: translate("Labels", "Awaiting your decision"),
        IssueStatus.CLAIM_ACCEPTED: translate("Labels", "Accepted"),
        IssueStatus.CLAIM_REJECTED: translate("Labels", "Rejected"),
    }


def status_name(status: str | None) -> str:
    if status is None:
        return translate("Labels", "Unknown status")
    return _statuses().get(status, status)


@cache
def _reasons() -> dict[str, str]:
    return {
        "NO_PRODUCT_RECEIVED": translate("Labels", "Product not received"),
        "NO_PRODUCT_IN_PARCEL": translate("Labels", "No product in the parcel"),
        "NO_PROOF_OF_PURCHASE_MANUAL_OR_WARRANTY": translate(
            "Labels", "No proof of purchase, manual or warranty"
        ),
        "MISSING_PRODUCT_ELEMENT": translate("Labels", "Part of the product missing"),
        "PRODUCT_AND_PARCEL_DAMAGED_IN_TRANSIT": translate(
            "Labels", "Product and parcel damaged in transit"
        ),
        "PRODUCT_DAMAGED_PARCEL_INTACT": translate("Labels", "Product damaged, parcel intact"),
        "DEFECT_FOUND_DURING_USE": translate("Labels", "Defect found during use"),
        "NOT_AS_DESCRIBED": translate("Labels", "Not as described"),
        "SELLER_DOES_NOT_WANT_TO_ACCEPT_RETURN": translate(
            "Labels", "Seller does not want to accept the return"
        ),
        "PROBLEM_WITH_SENDING_PRODUCT_BACK": translate(
            "Labels", "Problem sending the product back"
        ),
        "NO_REFUND_AFTER_RETURNING_PRODUCT": translate(
            "Labels", "No refund after returning the product"
        ),
        "NO_REFUND_AFTER_CANCELING_ORDER": translate(
            "Labels", "No refund after cancelling the order"
        ),
        "DID_NOT_RECEIVE_GOODS_AFTER_PAYMENT": translate(
            "Labels", "Goods not received after payment"
        ),
        "RECEIVED_ITEMS_NOT_MATCHING_DESCRIPTION": translate(
            "Labels", "Items do not match the description"
        ),
        "RECEIVED_INCOMPLETE_ORDER": translate("Labels", "Incomplete order"),
        "ITEM_IS_DAMAGED": translate("Labels", "Item is damaged"),
        "PROBLEM_WITH_WITHDRAWAL_CANCELLATION_OF_PURCHASE": translate(
            "Labels", "Problem withdrawing from the purchase"
        ),
        "PROBLEM_WITH_GOODS_RETURN_CANCELLATION_OF_PURCHASE": translate(
            "Labels", "Problem returning the goods"
        ),
        "OTHER": translate("Labels", "Other reason"),
    }


def reason_name(reason_type: str | None) -> str | None:
    if reason_type is None:
        return None
    return _reasons().get(reason_type, reason_type)


def issue_title(issue: Issue) -> str:
    """What an issue is about, the same in its list row and its header: the reason's name
    (in the UI language), else Allegro's subject; "" when it has neither."""
    reason = reason_name(issue.reason.type if issue.reason else None)
    return display_text(reason) or display_text(issue.subject)


@cache
def _expectations() -> dict[str, str]:
    return {
        ExpectationName.REPAIR: translate("Labels", "Repair"),
        ExpectationName.EXCHANGE: translate("Labels", "Exchange"),
        ExpectationName.REFUND: translate("Labels", "Refund"),
        ExpectationName.PARTIAL_REFUND: translate("Labels", "Partial refund"),
    }


def expectation_name(name: str | None) -> str:
    if name is None:
        return translate("Labels", "Not specified")
    return _expectations().get(name, name)


def right_name(right: str | None) -> str | None:
    if right is None:
        return None
    return {
        "WARRANTY": translate("Labels", "Statutory warranty"),
        "COMPLAINT": translate("Labels", "Complaint"),
    }.get(right, right)


def role_name(role: str | None) -> str:
    names: dict[str, str] = {
        AuthorRole.BUYER: translate("Labels", "Buyer"),
        AuthorRole.SELLER: translate("Labels", "You"),
        AuthorRole.ADMIN: translate("Labels", "Allegro advisor"),
        AuthorRole.SYSTEM: translate("Labels", "Allegro"),
        AuthorRole.FULFILLMENT: translate("Labels", "Allegro Fulfillment"),
    }
    return names.get(role or "", role or translate("Labels", "Unknown author"))


def return_badge_text(decision: ReturnDecision) -> str | None:
    return {
        ReturnDecision.REQUIRED: translate("Labels", "Return required"),
        ReturnDecision.NOT_REQUIRED: translate("Labels", "No return needed"),
        ReturnDecision.PENDING: translate("Labels", "Return decision pending"),
        ReturnDecision.NOT_APPLICABLE: None,
    }[decision]


def return_badge_tooltip(decision: ReturnDecision) -> str | None:
    return {
        ReturnDecision.REQUIRED: translate(
            "Labels",
            "You decided that the buyer must send the product back before the claim is settled.",
        ),
        ReturnDecision.NOT_REQUIRED: translate(
            "Labels", "You decided that the buyer does not need to send the product back."
        ),
        ReturnDecision.PENDING: translate(
            "Labels",
            "You have not decided yet whether the buyer must return the product. "
            "Tell the buyer in the chat: return with your label, return at the buyer's cost, "
            "or no return needed.",
        ),
        ReturnDecision.NOT_APPLICABLE: None,
    }[decision]


def message_type_name(message_type: str) -> str:
    names: dict[str, str] = {
        MessageType.REGULAR: translate("Labels", "Message"),
        MessageType.END_REQUEST: translate("Labels", "Ask to end the discussion"),
        MessageType.RETURN_REQUIRED_SELLER_LABEL: translate(
            "Labels", "Return required – I provide the label"
        ),
        MessageType.RETURN_REQUIRED_CUSTOM: translate(
            "Labels", "Return required – buyer sends it back"
        ),
        MessageType.RETURN_NOT_REQUIRED: translate("Labels", "No return needed"),
    }
    return names.get(message_type, message_type)


def verdict_name(verdict: str) -> str:
    names: dict[str, str] = {
        ClaimVerdict.ACCEPTED_REPAIR: translate("Labels", "Accept: repair"),
        ClaimVerdict.ACCEPTED_REFUND: translate("Labels", "Accept: full refund"),
        ClaimVerdict.ACCEPTED_EXCHANGE: translate("Labels", "Accept: exchange"),
        ClaimVerdict.ACCEPTED_PARTIAL_REFUND: translate("Labels", "Accept: partial refund"),
        ClaimVerdict.REJECTED_ADDITIONAL_REQUIREMENTS_NOT_COMPLETED: translate(
            "Labels", "Reject: additional requirements not completed"
        ),
        ClaimVerdict.REJECTED_PRODUCT_NOT_RETURNED: translate(
            "Labels", "Reject: product not returned"
        ),
        ClaimVerdict.REJECTED_PRODUCT_DAMAGED_BY_USER: translate(
            "Labels", "Reject: damaged by the buyer"
        ),
        ClaimVerdict.REJECTED_PRODUCT_CONFORMS_TO_CONTRACT: translate(
            "Labels", "Reject: product conforms to the contract"
        ),
        ClaimVerdict.REJECTED_MINOR_DEFECT: translate("Labels", "Reject: minor defect"),
        ClaimVerdict.REJECTED_OTHER: translate("Labels", "Reject: other reason"),
        ClaimVerdict.REJECTED_CLAIM_WITHDRAWN_BY_BUYER: translate(
            "Labels", "Reject: withdrawn by the buyer"
        ),
    }
    return names.get(verdict, verdict)


def awaiting_reply_text() -> str:
    return translate("Labels", "Awaiting your reply")
