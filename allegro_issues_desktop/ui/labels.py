"""Human, translated names for Allegro's codes. Unknown codes are shown as they are."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from ..domain import (
    AuthorRole,
    ClaimVerdict,
    ExpectationName,
    IssueKind,
    IssueStatus,
    MessageType,
    ReturnDecision,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def kind_name(kind: IssueKind) -> str:
    return {
        IssueKind.DISCUSSION: _t("Discussion"),
        IssueKind.CLAIM: _t("Claim"),
        IssueKind.UNKNOWN: _t("Issue"),
    }[kind]


@cache
def _statuses() -> dict[str, str]:
    return {
        IssueStatus.DISPUTE_ONGOING: _t("Ongoing"),
        IssueStatus.DISPUTE_CLOSED: _t("Closed"),
        IssueStatus.DISPUTE_UNRESOLVED: _t("Closed without agreement"),
        IssueStatus.CLAIM_SUBMITTED: _t("Awaiting your decision"),
        IssueStatus.CLAIM_ACCEPTED: _t("Accepted"),
        IssueStatus.CLAIM_REJECTED: _t("Rejected"),
    }


def status_name(status: str | None) -> str:
    if status is None:
        return _t("Unknown status")
    return _statuses().get(status, status)


@cache
def _reasons() -> dict[str, str]:
    return {
        "NO_PRODUCT_RECEIVED": _t("Product not received"),
        "NO_PRODUCT_IN_PARCEL": _t("No product in the parcel"),
        "NO_PROOF_OF_PURCHASE_MANUAL_OR_WARRANTY": _t("No proof of purchase, manual or warranty"),
        "MISSING_PRODUCT_ELEMENT": _t("Part of the product missing"),
        "PRODUCT_AND_PARCEL_DAMAGED_IN_TRANSIT": _t("Product and parcel damaged in transit"),
        "PRODUCT_DAMAGED_PARCEL_INTACT": _t("Product damaged, parcel intact"),
        "DEFECT_FOUND_DURING_USE": _t("Defect found during use"),
        "NOT_AS_DESCRIBED": _t("Not as described"),
        "SELLER_DOES_NOT_WANT_TO_ACCEPT_RETURN": _t("Seller does not want to accept the return"),
        "PROBLEM_WITH_SENDING_PRODUCT_BACK": _t("Problem sending the product back"),
        "NO_REFUND_AFTER_RETURNING_PRODUCT": _t("No refund after returning the product"),
        "NO_REFUND_AFTER_CANCELING_ORDER": _t("No refund after cancelling the order"),
        "DID_NOT_RECEIVE_GOODS_AFTER_PAYMENT": _t("Goods not received after payment"),
        "RECEIVED_ITEMS_NOT_MATCHING_DESCRIPTION": _t("Items do not match the description"),
        "RECEIVED_INCOMPLETE_ORDER": _t("Incomplete order"),
        "ITEM_IS_DAMAGED": _t("Item is damaged"),
        "PROBLEM_WITH_WITHDRAWAL_CANCELLATION_OF_PURCHASE": _t(
            "Problem withdrawing from the purchase"
        ),
        "PROBLEM_WITH_GOODS_RETURN_CANCELLATION_OF_PURCHASE": _t("Problem returning the goods"),
        "OTHER": _t("Other reason"),
    }


def reason_name(reason_type: str | None) -> str | None:
    if reason_type is None:
        return None
    return _reasons().get(reason_type, reason_type)


@cache
def _expectations() -> dict[str, str]:
    return {
        ExpectationName.REPAIR: _t("Repair"),
        ExpectationName.EXCHANGE: _t("Exchange"),
        ExpectationName.REFUND: _t("Refund"),
        ExpectationName.PARTIAL_REFUND: _t("Partial refund"),
    }


def expectation_name(name: str | None) -> str:
    if name is None:
        return _t("Not specified")
    return _expectations().get(name, name)


def right_name(right: str | None) -> str | None:
    if right is None:
        return None
    return {"WARRANTY": _t("Statutory warranty"), "COMPLAINT": _t("Complaint")}.get(right, right)


def role_name(role: str | None) -> str:
    names: dict[str, str] = {
        AuthorRole.BUYER: _t("Buyer"),
        AuthorRole.SELLER: _t("You"),
        AuthorRole.ADMIN: _t("Allegro advisor"),
        AuthorRole.SYSTEM: _t("Allegro"),
        AuthorRole.FULFILLMENT: _t("Allegro Fulfillment"),
    }
    return names.get(role or "", role or _t("Unknown author"))


def return_badge_text(decision: ReturnDecision) -> str | None:
    return {
        ReturnDecision.REQUIRED: _t("Return required"),
        ReturnDecision.NOT_REQUIRED: _t("No return needed"),
        ReturnDecision.PENDING: _t("Return decision pending"),
        ReturnDecision.NOT_APPLICABLE: None,
    }[decision]


def return_badge_tooltip(decision: ReturnDecision) -> str | None:
    return {
        ReturnDecision.REQUIRED: _t(
            "You decided that the buyer must send the product back before the claim is settled."
        ),
        ReturnDecision.NOT_REQUIRED: _t(
            "You decided that the buyer does not need to send the product back."
        ),
        ReturnDecision.PENDING: _t(
            "You have not decided yet whether the buyer must return the product. "
            "Tell the buyer in the chat: return with your label, return at the buyer's cost, "
            "or no return needed."
        ),
        ReturnDecision.NOT_APPLICABLE: None,
    }[decision]


def message_type_name(message_type: str) -> str:
    names: dict[str, str] = {
        MessageType.REGULAR: _t("Message"),
        MessageType.END_REQUEST: _t("Ask to end the discussion"),
        MessageType.RETURN_REQUIRED_SELLER_LABEL: _t("Return required – I provide the label"),
        MessageType.RETURN_REQUIRED_CUSTOM: _t("Return required – buyer sends it back"),
        MessageType.RETURN_NOT_REQUIRED: _t("No return needed"),
    }
    return names.get(message_type, message_type)


def verdict_name(verdict: str) -> str:
    names: dict[str, str] = {
        ClaimVerdict.ACCEPTED_REPAIR: _t("Accept: repair"),
        ClaimVerdict.ACCEPTED_REFUND: _t("Accept: full refund"),
        ClaimVerdict.ACCEPTED_EXCHANGE: _t("Accept: exchange"),
        ClaimVerdict.ACCEPTED_PARTIAL_REFUND: _t("Accept: partial refund"),
        ClaimVerdict.REJECTED_ADDITIONAL_REQUIREMENTS_NOT_COMPLETED: _t(
            "Reject: additional requirements not completed"
        ),
        ClaimVerdict.REJECTED_PRODUCT_NOT_RETURNED: _t("Reject: product not returned"),
        ClaimVerdict.REJECTED_PRODUCT_DAMAGED_BY_USER: _t("Reject: damaged by the buyer"),
        ClaimVerdict.REJECTED_PRODUCT_CONFORMS_TO_CONTRACT: _t(
            "Reject: product conforms to the contract"
        ),
        ClaimVerdict.REJECTED_MINOR_DEFECT: _t("Reject: minor defect"),
        ClaimVerdict.REJECTED_OTHER: _t("Reject: other reason"),
        ClaimVerdict.REJECTED_CLAIM_WITHDRAWN_BY_BUYER: _t("Reject: withdrawn by the buyer"),
    }
    return names.get(verdict, verdict)


def awaiting_reply_text() -> str:
    return _t("Awaiting your reply")
