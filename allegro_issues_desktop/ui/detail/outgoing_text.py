"""The sentence under a message bubble that is not (yet) in Allegro's conversation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ...domain.outgoing import FailReason, OutboxState, OutgoingMessage

# lupdate reads translate("Context", "text") calls with literal arguments: keep them literal.
translate = QCoreApplication.translate


def outgoing_note(message: OutgoingMessage) -> str:
    """One plain sentence: what happened to the message and what the seller can do."""
    state = message.state
    if state is OutboxState.QUEUED:
        return translate(
            "OutgoingText",
            "Waiting for the connection to Allegro: it is sent as soon as Allegro answers.",
        )
    if state is OutboxState.SENDING:
        return ""
    if state is OutboxState.UNCONFIRMED:
        return translate(
            "OutgoingText",
            "Allegro did not confirm this message and it is not in the conversation yet."
            " The app keeps checking; send it again only if it does not appear.",
        )
    if state is not OutboxState.FAILED:
        return ""
    reason = message.reason
    if reason is FailReason.CHAT_CLOSED:
        return translate(
            "OutgoingText", "Not sent: Allegro does not accept new messages in this issue now."
        )
    if reason is FailReason.ATTACHMENT:
        name = message.detail or (
            Path(message.attachment_paths[0]).name if message.attachment_paths else ""
        )
        return translate("OutgoingText", "Not sent: the file %1 cannot be attached.").replace(
            "%1", name
        )
    if reason is FailReason.AUTH:
        return translate(
            "OutgoingText",
            "Not sent: Allegro did not accept the sign-in. Sign in again, then send it.",
        )
    if reason is FailReason.NETWORK:
        return translate("OutgoingText", "Not sent: there is no connection to Allegro.")
    text = translate("OutgoingText", "Not sent: Allegro refused the message.")
    if message.detail:
        text += " " + message.detail
    return text
