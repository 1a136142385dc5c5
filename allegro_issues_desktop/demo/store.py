"""The emulator's state: issues, chats and attachment files, behind one lock.

Rules this store enforces (Allegro's, or our reading of them where Allegro says nothing):
- A seller message appears in the chat (author SELLER), sets `chat.lastMessage` to
  SELLER_REPLIED at its `createdAt` and bumps `messagesCount`.
- RETURN_REQUIRED_SELLER_LABEL / RETURN_REQUIRED_CUSTOM set `currentState.returnRequired` true,
  RETURN_NOT_REQUIRED sets it false (claims only). END_REQUEST: disputes only, once each.
- A verdict (claims in CLAIM_SUBMITTED only) moves the claim to CLAIM_ACCEPTED / CLAIM_REJECTED
  (final states, allegro-api #12213), clears `statusDueDate` and adds the verdict's message to
  the chat as the seller's. The chat stays writable: since October 2025 Allegro lets both sides
  write in a claim in any status (#12461); older claims may carry `chatActive` false.
- A dispute closes (DISPUTE_CLOSED, `chatActive` false) only when the buyer accepts the
  seller's END_REQUEST (`close_requested_dispute`, driven by live activity).
- Attachments: a declaration gets an id and a one-time upload secret; the secret is spent by the
  first successful upload. Only uploaded (or seeded) files can be sent or downloaded.

- `subject` follows `Accept-Language`: English for `en…`, else Polish (what the store keeps).

Readers get copies, so a response can be serialised after the lock is released. A list page is
assembled from each issue's encoded JSON, kept per served ``subject`` language until the issue
changes: every write reaches the issue through :meth:`IssueStore._record` (or drops its bytes
itself), and that drops them.
"""

from __future__ import annotations

import json
import secrets
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice
from typing import Any, TypeVar

from allegro_issues_desktop.demo import errors
from allegro_issues_desktop.demo.data import SeedIssue, chat_summary
from allegro_issues_desktop.demo.texts import SELLER_LOGIN, SUBJECTS, SUBJECTS_EN
from allegro_issues_desktop.domain.codes import (
    ATTACHMENT_CONTENT_TYPES,
    MAX_ATTACHMENT_BYTES,
    IssueStatus,
    IssueType,
    MessageType,
)
from allegro_issues_desktop.domain.timestamps import format_timestamp, parse_timestamp

T = TypeVar("T")

#: Polish subject -> the English one (both derived from the reason, as Allegro does).
SUBJECTS_EN_BY_PL: dict[str, str] = {SUBJECTS[reason]: SUBJECTS_EN[reason] for reason in SUBJECTS}

_RETURN_REQUIRED = {
    MessageType.RETURN_REQUIRED_SELLER_LABEL: True,
    MessageType.RETURN_REQUIRED_CUSTOM: True,
    MessageType.RETURN_NOT_REQUIRED: False,
}


def _clone(value: T) -> T:
    # json round-trip: far faster than copy.deepcopy for plain JSON trees
    copied: T = json.loads(json.dumps(value))
    return copied


def _english(language: str) -> bool:
    return language.strip().lower().startswith("en")


def _localised(issue: dict[str, Any], language: str) -> dict[str, Any]:
    """``subject`` as Allegro sends it for ``Accept-Language`` (FACTS: it is translated).

    The store keeps Polish; ``en…`` gets the contract's English subject. Other languages
    (uk-UA, cs-CZ, …) keep Polish: the demo has no other translations. Buyer texts never change.
    """
    if _english(language):
        subject = issue.get("subject")
        english = SUBJECTS_EN_BY_PL.get(subject) if isinstance(subject, str) else None
        if english is not None:
            issue["subject"] = english
    return issue


@dataclass
class StoredFile:
    file_name: str
    content_type: str
    data: bytes


@dataclass
class Declaration:
    id: str
    file_name: str
    size: int
    secret: str


@dataclass
class _Record:
    issue: dict[str, Any]
    chat: list[dict[str, Any]]  # oldest first
    end_requested: bool = False

    @property
    def state(self) -> dict[str, Any]:
        state = self.issue.get("currentState")
        if not isinstance(state, dict):
            state = self.issue["currentState"] = {}
        return state

    @property
    def current(self) -> dict[str, Any]:
        """``currentState`` to read (``state`` makes one when it is missing)."""
        state = self.issue.get("currentState")
        return state if isinstance(state, dict) else {}

    @property
    def kind(self) -> str | None:
        kind = self.issue.get("type")
        return kind if isinstance(kind, str) else None


class IssueStore:
    def __init__(
        self,
        base_url: str,
        clock: Callable[[], datetime] | None = None,
        seller_login: str = SELLER_LOGIN,
    ) -> None:
        self.base_url = base_url
        self.seller_login = seller_login  # the author of what the seller posts here
        self._clock = clock or (lambda: datetime.now(UTC))
        self._lock = threading.RLock()
        self._records: dict[str, _Record] = {}
        self._order: list[str] = []  # list order: openedDate descending
        self._files: dict[str, StoredFile] = {}
        self._declared: dict[str, Declaration] = {}
        # Each issue's JSON as a list page serves it: Polish subjects, English subjects.
        self._encoded: tuple[dict[str, bytes], dict[str, bytes]] = ({}, {})

    # ----------------------------------------------------------------- loading
    def add_issues(self, seeds: Iterable[SeedIssue]) -> list[str]:
        """Index generated issues (O(n)); returns the ids that were new."""
        added: list[str] = []
        with self._lock:
            for seed in seeds:
                issue_id = str(seed.issue.get("id"))
                if issue_id in self._records:
                    continue
                self._records[issue_id] = _Record(seed.issue, list(seed.chat))
                for att in seed.attachments:
                    self._files[att.id] = StoredFile(att.file_name, att.content_type, att.data)
                added.append(issue_id)
            if added:
                self._order.extend(added)
                # Timsort is linear on the generator's already-sorted output.
                self._order.sort(key=self._opened_key, reverse=True)
        return added

    def _opened_key(self, issue_id: str) -> datetime:
        opened = parse_timestamp(self._records[issue_id].issue.get("openedDate"))
        return opened or datetime.min.replace(tzinfo=UTC)

    # ----------------------------------------------------------------- reading
    def issue_ids(self) -> list[str]:
        with self._lock:
            return list(self._order)

    def list_issues(
        self,
        statuses: frozenset[str],
        checkout_id: str | None,
        offset: int,
        limit: int,
        language: str = "",
    ) -> list[dict[str, Any]]:
        with self._lock:
            ids = self._page_ids(statuses, checkout_id, offset, limit)
            return [_localised(_clone(self._records[i].issue), language) for i in ids]

    def list_issues_body(
        self,
        statuses: frozenset[str],
        checkout_id: str | None,
        offset: int,
        limit: int,
        language: str = "",
    ) -> bytes:
        """The body of a list page: each issue's encoded JSON, kept until the issue changes (a
        shallow copy with ``subject`` translated, encoded once per language), joined under the
        lock."""
        with self._lock:
            ids = self._page_ids(statuses, checkout_id, offset, limit)
            return (
                b'{"issues":[' + b",".join([self._encoded_issue(i, language) for i in ids]) + b"]}"
            )

    def _encoded_issue(self, issue_id: str, language: str) -> bytes:
        cache = self._encoded[_english(language)]
        encoded = cache.get(issue_id)
        if encoded is None:
            issue = _localised(dict(self._records[issue_id].issue), language)
            encoded = cache[issue_id] = json.dumps(issue, ensure_ascii=False).encode("utf-8")
        return encoded

    def _changed(self, issue_id: str) -> None:
        """The issue may change: its encoded JSON is made again when next served."""
        for cache in self._encoded:
            cache.pop(issue_id, None)

    def _page_ids(
        self, statuses: frozenset[str], checkout_id: str | None, offset: int, limit: int
    ) -> Iterable[str]:
        if not statuses and checkout_id is None:
            return self._order[offset : offset + limit]
        return islice(self._matching(statuses, checkout_id), offset, offset + limit)

    def _matching(self, statuses: frozenset[str], checkout_id: str | None) -> Iterator[str]:
        for issue_id in self._order:
            record = self._records[issue_id]
            if statuses and record.current.get("status") not in statuses:
                continue
            form = record.issue.get("checkoutForm")
            if checkout_id is not None and (
                not isinstance(form, dict) or form.get("id") != checkout_id
            ):
                continue
            yield issue_id

    def issue(self, issue_id: str, language: str = "") -> dict[str, Any]:
        """The issue as served; ``language`` (Accept-Language) translates ``subject`` only."""
        with self._lock:
            return _localised(_clone(self._get(issue_id).issue), language)

    def chat(self, issue_id: str) -> list[dict[str, Any]]:
        """The whole chat, oldest first."""
        with self._lock:
            return _clone(self._get(issue_id).chat)

    def chat_page(
        self, issue_id: str, offset: int, limit: int, newest_first: bool
    ) -> list[dict[str, Any]]:
        with self._lock:
            chat = self._get(issue_id).chat
            if newest_first:
                end = max(len(chat) - offset, 0)
                page = chat[max(end - limit, 0) : end][::-1]
            else:
                page = chat[offset : offset + limit]
            return _clone(page)

    def open_issue_ids(self) -> list[str]:
        """Issues a buyer could still write in (for live activity)."""
        with self._lock:
            return [i for i in self._order if self._records[i].current.get("chatActive") is True]

    def file(self, attachment_id: str) -> StoredFile:
        with self._lock:
            found = self._files.get(attachment_id)
        if found is None:
            raise errors.not_found("attachment")
        return found

    # ----------------------------------------------------------------- writing
    def post_message(
        self, issue_id: str, text: str, attachment_ids: Sequence[str], message_type: str
    ) -> dict[str, Any]:
        with self._lock:
            record = self._record(issue_id)
            if record.state.get("chatActive") is not True:
                raise errors.chat_closed()
            self._check_type(record, message_type)
            files = [self._uploaded(a) for a in attachment_ids]
            message = self._message(record, text, {"login": self.seller_login, "role": "SELLER"})
            message["attachments"] = [
                {"fileName": f.file_name, "url": self.attachment_url(a)}
                for a, f in zip(attachment_ids, files, strict=True)
            ]
            self._append(record, message)
            if message_type == MessageType.END_REQUEST:
                record.end_requested = True
            if message_type in _RETURN_REQUIRED:
                record.state["returnRequired"] = _RETURN_REQUIRED[MessageType(message_type)]
            return _clone(message)

    def _check_type(self, record: _Record, message_type: str) -> None:
        if message_type == MessageType.END_REQUEST:
            if record.kind != IssueType.DISPUTE:
                raise errors.refused(
                    "END_REQUEST is only allowed for disputes",
                    "You can only ask to end a discussion, not a claim.",
                    "Prośbę o zakończenie można wysłać tylko w dyskusji.",
                    "type",
                )
            if record.end_requested:
                raise errors.refused(
                    "END_REQUEST was already sent in this dispute",
                    "You have already asked to end this discussion.",
                    "Prośba o zakończenie tej dyskusji została już wysłana.",
                    "type",
                )
        elif message_type in _RETURN_REQUIRED and record.kind != IssueType.CLAIM:
            raise errors.refused(
                f"{message_type} is only allowed for claims",
                "A return decision can only be sent in a claim.",
                "Decyzję o zwrocie można wysłać tylko w reklamacji.",
                "type",
            )

    def _uploaded(self, attachment_id: str) -> StoredFile:
        found = self._files.get(attachment_id)
        if found is None:
            raise errors.refused(
                f"Attachment {attachment_id} was not uploaded",
                "The attachment was not uploaded.",
                "Załącznik nie został przesłany.",
                "attachments",
            )
        return found

    def change_status(
        self, issue_id: str, verdict: str, message: str, partial_refund: dict[str, str] | None
    ) -> None:
        with self._lock:
            record = self._record(issue_id)
            if record.kind != IssueType.CLAIM:
                raise errors.refused(
                    "Status can only be changed for claims",
                    "Only a claim can be accepted or rejected.",
                    "Tylko reklamację można uznać lub odrzucić.",
                )
            if record.state.get("status") != IssueStatus.CLAIM_SUBMITTED:
                raise errors.refused(
                    "Claim is not in CLAIM_SUBMITTED status",
                    "This claim has already been decided.",
                    "Ta reklamacja została już rozpatrzona.",
                    "status",
                )
            accepted = verdict.startswith("ACCEPTED_")
            record.state["status"] = (
                IssueStatus.CLAIM_ACCEPTED.value if accepted else IssueStatus.CLAIM_REJECTED.value
            )
            record.state["statusDueDate"] = None
            note = self._message(record, message, {"login": self.seller_login, "role": "SELLER"})
            note["attachments"] = []
            self._append(record, note)
            del partial_refund  # accepted and validated; nothing in the issue JSON shows it

    def close_requested_dispute(self, pick: Callable[[list[str]], str]) -> str | None:
        """The buyer agrees to end a dispute the seller asked to end; returns its id."""
        with self._lock:
            waiting = [
                issue_id
                for issue_id in self._order
                if self._records[issue_id].end_requested
                and self._records[issue_id].current.get("status") == IssueStatus.DISPUTE_ONGOING
            ]
            if not waiting:
                return None
            issue_id = pick(waiting)
            state = self._record(issue_id).state
            state["status"] = IssueStatus.DISPUTE_CLOSED.value
            state["chatActive"] = False
            return issue_id

    def declare_attachment(self, file_name: str, size: int) -> Declaration:
        declaration = Declaration(str(uuid.uuid4()), file_name, size, secrets.token_urlsafe(16))
        with self._lock:
            self._declared[declaration.id] = declaration
        return declaration

    def upload(self, attachment_id: str, secret: str, content_type: str, data: bytes) -> None:
        with self._lock:
            declaration = self._declared.get(attachment_id)
            if declaration is None or not secrets.compare_digest(declaration.secret, secret):
                raise errors.not_found("upload")  # unknown, composed or already used URL
            if content_type not in set(ATTACHMENT_CONTENT_TYPES.values()):
                raise errors.unsupported_media_type(content_type, upload=True)
            if len(data) > MAX_ATTACHMENT_BYTES:
                raise errors.too_large(MAX_ATTACHMENT_BYTES)
            if len(data) != declaration.size:
                raise errors.refused(
                    f"Uploaded {len(data)} bytes, declared {declaration.size}",
                    "The file does not match its declaration.",
                    "Plik nie zgadza się z deklaracją.",
                )
            del self._declared[attachment_id]
            self._files[attachment_id] = StoredFile(declaration.file_name, content_type, data)

    def attachment_url(self, attachment_id: str) -> str:
        return f"{self.base_url}/sale/issues/attachments/{attachment_id}"

    # ------------------------------------------------------------ test helpers
    def set_state(self, issue_id: str, fields: dict[str, Any]) -> None:
        with self._lock:
            self._record(issue_id).state.update(fields)

    def add_message(self, issue_id: str, message: dict[str, Any]) -> dict[str, Any]:
        """Append a message from someone other than the seller (buyer, advisor, system)."""
        with self._lock:
            record = self._record(issue_id)
            message = _clone(message)
            message.setdefault("id", str(uuid.uuid4()))
            message.setdefault("attachments", [])
            message["createdAt"] = self._timestamp(record, message.get("createdAt"))
            self._append(record, message)
            return _clone(message)

    def buyer_message(self, issue_id: str, text: str) -> dict[str, Any]:
        with self._lock:
            buyer = self._get(issue_id).issue.get("buyer")
            login = buyer.get("login") if isinstance(buyer, dict) else None
            author = {"role": "BUYER"} | ({"login": login} if isinstance(login, str) else {})
            return self.add_message(issue_id, {"text": text, "author": author})

    # --------------------------------------------------------------- internals
    def _get(self, issue_id: str) -> _Record:
        """The record of ``issue_id`` to read (call with the lock held)."""
        record = self._records.get(issue_id)
        if record is None:
            raise errors.not_found("issue")
        return record

    def _record(self, issue_id: str) -> _Record:
        """The record of ``issue_id`` to change (call with the lock held): its encoded JSON is
        dropped, so whatever the caller changes is served from then on."""
        record = self._get(issue_id)
        self._changed(issue_id)
        return record

    def _message(self, record: _Record, text: str, author: dict[str, str]) -> dict[str, Any]:
        return {
            "id": str(uuid.uuid4()),
            "text": text,
            "attachments": [],
            "author": author,
            "createdAt": self._timestamp(record, None),
        }

    def _timestamp(self, record: _Record, wanted: object) -> str:
        """`wanted` or now, but never before the chat's last message: the order stays stable."""
        when = parse_timestamp(wanted) or self._clock()
        when = when.replace(microsecond=when.microsecond // 1000 * 1000)  # the wire has ms
        if record.chat:
            last = parse_timestamp(record.chat[-1].get("createdAt"))
            if last is not None and when <= last:
                when = last + timedelta(milliseconds=1)
        return format_timestamp(when) or ""

    def _append(self, record: _Record, message: dict[str, Any]) -> None:
        record.chat.append(message)
        # the generator's own summary keeps lastMessage.status rules in one place
        summary = chat_summary(record.chat)
        chat = record.issue.get("chat")
        if isinstance(chat, dict):
            chat.update(summary)
        else:
            record.issue["chat"] = summary
