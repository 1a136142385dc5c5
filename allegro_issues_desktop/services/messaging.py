"""Sending messages and verdicts: the use cases behind the composer and the verdict dialog.

A POST has no idempotency key, so a send that times out is never retried blindly: the chat is
re-read, and only if the message is not there does the seller get the text back to resend.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ..allegro.errors import ChatClosedError, NetworkError
from ..domain import AuthorRole, ChatMessage, Issue, Money
from ..domain.codes import ATTACHMENT_CONTENT_TYPES, MAX_ATTACHMENT_BYTES

if TYPE_CHECKING:
    from ..allegro.client import AllegroClient

log = logging.getLogger(__name__)

# Clock skew between this machine and Allegro when matching a message after a timeout.
_SKEW = timedelta(minutes=2)


class AttachmentRejected(Exception):
    """A local file that Allegro would refuse (type or size); nothing was sent."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.reason = reason  # "type" | "size" | "unreadable"


class ChatClosed(Exception):
    """Allegro refused the message (409); ``issue`` is the re-read issue (chatActive false)."""

    def __init__(self, issue: Issue | None) -> None:
        super().__init__("chat closed")
        self.issue = issue


class OutcomeUnknown(Exception):
    """The send timed out and the message is not in the chat: safe to offer a resend."""


@dataclass(frozen=True, slots=True)
class SentMessage:
    message: ChatMessage
    recovered: bool = False  # True when found in the chat after a timeout


def check_attachment(path: Path) -> tuple[str, bytes]:
    """Read a file for upload; raise AttachmentRejected before any network traffic."""
    content_type = ATTACHMENT_CONTENT_TYPES.get(path.suffix.lower())
    if content_type is None:
        raise AttachmentRejected(path, "type")
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise AttachmentRejected(path, "size")
        data = path.read_bytes()
    except OSError as exc:
        raise AttachmentRejected(path, "unreadable") from exc
    if not data or len(data) > MAX_ATTACHMENT_BYTES:
        raise AttachmentRejected(path, "size")
    return content_type, data


class MessagingService:
    def __init__(self, client: AllegroClient) -> None:
        self._client = client

    async def send(
        self,
        issue_id: str,
        text: str,
        message_type: str,
        attachment_paths: Sequence[Path] = (),
    ) -> SentMessage:
        files = [await asyncio.to_thread(check_attachment, Path(p)) for p in attachment_paths]
        attachment_ids = [
            await self._client.upload_attachment(Path(path).name, data, content_type)
            for path, (content_type, data) in zip(attachment_paths, files, strict=True)
        ]
        started = datetime.now(UTC)
        try:
            message = await self._client.post_message(
                issue_id, text, attachment_ids=attachment_ids, message_type=message_type
            )
        except ChatClosedError:
            raise ChatClosed(await self._reread_issue(issue_id)) from None
        except NetworkError as exc:
            if not exc.outcome_unknown:
                raise
            found = await self._find_sent(issue_id, text, started)
            if found is None:
                raise OutcomeUnknown() from exc
            log.info("send timed out but the message is in the chat; not resending")
            return SentMessage(found, recovered=True)
        return SentMessage(message)

    async def give_verdict(
        self, issue_id: str, verdict: str, message: str, partial_refund: Money | None
    ) -> Issue:
        await self._client.change_claim_status(issue_id, verdict, message, partial_refund)
        return await self._client.get_issue(issue_id)

    async def _reread_issue(self, issue_id: str) -> Issue | None:
        try:
            return await self._client.get_issue(issue_id)
        except Exception:  # the 409 matters more than the refresh
            log.warning("could not re-read issue after 409", exc_info=True)
            return None

    async def _find_sent(self, issue_id: str, text: str, started: datetime) -> ChatMessage | None:
        chat = await self._client.get_chat(issue_id)
        for message in reversed(chat):
            if (
                message.author.role == AuthorRole.SELLER
                and (message.text or "") == text
                and (message.created_at is None or message.created_at >= started - _SKEW)
            ):
                return message
        return None
