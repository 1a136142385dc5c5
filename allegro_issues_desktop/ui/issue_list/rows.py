"""The facts of one issue-list row, without Qt: callable from any thread.

:class:`RowFacts` is computed once per row (``RowFacts.of``): the search key, the kind, open,
whose turn, the return decision, the sort values and the queue bits. The window may compute
them on a worker thread and hand them to ``IssueListModel.append_rows`` / ``replace_rows``.

Compactness (issue #10: 100,000 rows): one slotted object per row holding what the filters
and the delegate read; no precomputed sort tuples (the current order's key is computed when
the model sorts or inserts, :func:`sort_key_of`); the account key and the queue masks are
shared objects.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from enum import Enum

import msgspec

from ...domain import (
    Issue,
    IssueKind,
    ReturnDecision,
    StandingFacts,
    deadline,
    last_activity,
    standing_facts,
)
from ...domain.facts import StandingKey, standing_key
from ...domain.text import BIDI_CONTROLS

# Letters that do not decompose under NFKD (ł is the Polish one that matters), and the bidi
# controls (which ``display_text`` removes from what is shown), in one table.
_FOLD_LETTERS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "æ": "ae"})
_FOLD_EXTRA: dict[int, str | None] = {**_FOLD_LETTERS, **dict.fromkeys(BIDI_CONTROLS)}
# Combining marks left by NFKD; a regex is ~5x faster than unicodedata.combining() per char.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


# str.translate with a dict looks every character up (~25 µs for a row's text); a regex finds
# the few characters to replace at C speed.
_EXTRA = re.compile("[" + "".join(map(chr, _FOLD_EXTRA)) + "]")


def _extra(match: re.Match[str]) -> str:
    return _FOLD_EXTRA[ord(match.group())] or ""


def fold(text: str) -> str:
    """Case- and diacritics-insensitive form: ``fold("Łódź") == "lodz"``."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    stripped = _COMBINING.sub("", unicodedata.normalize("NFKD", folded))
    return stripped if stripped.isascii() else _EXTRA.sub(_extra, stripped)


#: :func:`fold` of texts from short fixed lists (Allegro's subjects are a list of topics in the
#: language asked for; reason names are the app's): folded once each, not once per row.
_fold_topic = functools.lru_cache(maxsize=512)(fold)


class SortKey(Enum):
    TRIAGE = "triage"  # what needs me first: by Allegro's deadline, then awaiting my reply
    OPENED = "opened"  # newest first (the API's own order)
    DEADLINE = "deadline"  # soonest first, issues without a deadline last
    LAST_MESSAGE = "last_message"  # newest activity first


# Time-independent queue memberships of a row, one bit each (``RowFacts.queue_bits``):
# ``proxy.count_queues`` counts every queue from a ``Counter`` of these masks.
(
    Q_NEEDS_ME,
    Q_AWAITING_REPLY,
    Q_RETURN_DECISION,
    Q_OPEN,
    Q_CLAIM_TO_DECIDE,
    Q_CLAIM_TO_ANSWER,
    Q_CLAIM_CLOSED,
    Q_DISCUSSION_TO_ANSWER,
    Q_DISCUSSION_WAITING,
    Q_DISCUSSION_CLOSED,
) = (1 << n for n in range(10))

# One int object per distinct mask (ints above 256 are not shared by Python).
_MASKS: dict[int, int] = {}


def _queue_bits(
    kind: IssueKind, open_: bool, awaiting: bool, mine: bool, decide: bool, pending: bool
) -> int:
    claim, discussion = kind is IssueKind.CLAIM, kind is IssueKind.DISCUSSION
    if not open_:
        return Q_CLAIM_CLOSED if claim else Q_DISCUSSION_CLOSED if discussion else 0
    bits = Q_OPEN
    bits |= Q_NEEDS_ME if mine else 0
    bits |= Q_AWAITING_REPLY if awaiting else 0
    bits |= Q_RETURN_DECISION if pending else 0
    if claim:  # open = CLAIM_SUBMITTED, which awaits my verdict: never "waiting for the buyer"
        bits |= Q_CLAIM_TO_DECIDE if decide else 0
        bits |= Q_CLAIM_TO_ANSWER if awaiting else 0
    elif discussion:
        bits |= Q_DISCUSSION_TO_ANSWER if awaiting else 0
        bits |= 0 if mine else Q_DISCUSSION_WAITING
    return _MASKS.setdefault(bits, bits)


# Reason names shown (and searched) for Allegro's reason codes: the UI installs its translated
# names once (``set_reason_names``, on the GUI thread), so computing facts never calls Qt.
_reason_names: dict[str, str] = {}


def set_reason_names(names: Mapping[str, str]) -> None:
    """The translated names of the reason codes (unknown codes are searched as they are)."""
    global _reason_names
    _reason_names = dict(names)


# The standing facts of each combination of the fields they read, with the row's queue bits.
_STANDING: dict[StandingKey, tuple[StandingFacts, int]] = {}
_STANDING_MAX = 4096


def _standing(issue: Issue) -> tuple[StandingFacts, int]:
    key = standing_key(issue)
    found = _STANDING.get(key)
    if found is None:
        if len(_STANDING) >= _STANDING_MAX:
            _STANDING.clear()
        facts = standing_facts(issue)
        found = _STANDING[key] = (
            facts,
            _queue_bits(
                facts.kind,
                facts.open,
                facts.awaiting_reply,
                facts.needs_me,
                facts.needs_decision,
                facts.open and facts.return_decision is ReturnDecision.PENDING,
            ),
        )
    return found


class RowFacts(msgspec.Struct, frozen=True, gc=False):
    """Derived, time-independent facts about one row, computed once when the row is set.

    A msgspec struct rather than a frozen dataclass: made ~10x faster (100,000 per full sync),
    and not tracked by the garbage collector (it refers to no container that could refer back).
    """

    issue: Issue
    issue_id: str | None
    kind: IssueKind
    open: bool
    awaiting_reply: bool
    return_decision: ReturnDecision
    opened: float | None
    deadline: float | None
    last_message: float | None
    search_key: str
    #: Open, and awaiting my reply or my decision (``domain.needs_me``).
    needs_me: bool = False
    #: A verdict or a return decision only the seller can make (``domain.needs_my_decision``).
    needs_decision: bool = False
    #: The time-independent queues this row belongs to (``Q_*`` bits).
    queue_bits: int = 0
    #: The account the issue belongs to (``desk.account_key``; ``""``: a single account).
    account: str = ""

    @classmethod
    def of(cls, issue: Issue, account: str = "") -> RowFacts:
        """The facts of ``issue``. Pure Python (no Qt): safe on a worker thread."""
        facts, bits = _standing(issue)
        due = deadline(issue) if facts.open else None
        reason = issue.reason
        reason_type = reason.type if reason else None
        fields = (
            issue.buyer.login,
            issue.reference_number,
            issue.checkout_form.id,
            issue.id,
            reason.description if reason else None,
        )
        subject = issue.subject
        reason_name = _reason_names.get(reason_type, reason_type) if reason_type else None
        opened = issue.opened_date
        last = last_activity(issue)
        return cls(
            issue,
            issue.id,
            facts.kind,
            facts.open,
            facts.awaiting_reply,
            facts.return_decision,
            None if opened is None else opened.timestamp(),
            None if due is None else due.at.timestamp(),
            None if last is None else last.timestamp(),
            # fold per part (== fold of the joined text): the ids, logins and numbers are
            # ASCII and skip the Unicode decomposition that only the Polish words need; the
            # subject and the reason's name come from short fixed lists and are remembered
            "\n".join(
                [fold(f) for f in fields if f]
                + [_fold_topic(t) for t in (subject, reason_name) if t]
            ),
            facts.needs_me,
            facts.needs_decision,
            bits,
            sys.intern(account),
        )

    def sort_tuple(self, key: SortKey) -> SortTuple:
        return SORT_KEYS[key](self)


# Sort keys are tuples so ``None`` sorts last in every order; ties fall back to the newest
# opened date, then the id, so the order is total and stable across reloads.
SortTuple = tuple[int, float, float, str]
_NEVER = float("inf")


def _by_opened(f: RowFacts) -> SortTuple:
    if f.opened is None:
        return (1, 0.0, 0.0, f.issue_id or "")
    return (0, -f.opened, 0.0, f.issue_id or "")


def _by_deadline(f: RowFacts) -> SortTuple:
    if f.deadline is None:
        return (1, 0.0, 0.0, f.issue_id or "")
    return (0, f.deadline, -f.opened if f.opened is not None else 0.0, f.issue_id or "")


def _by_last_message(f: RowFacts) -> SortTuple:
    if f.last_message is None:
        return (1, 0.0, 0.0, f.issue_id or "")
    return (0, -f.last_message, -f.opened if f.opened is not None else 0.0, f.issue_id or "")


def _by_triage(f: RowFacts) -> SortTuple:
    """The work-queue order, time-independent:

    0. needs me, with a deadline: by Allegro's deadline (so the overdue come first);
    1. needs me, no deadline (awaiting my reply): the longest waiting first;
    2. open, waiting for the buyer: by deadline, then the latest activity;
    3. closed: the latest activity first.
    """
    tie_opened = -f.opened if f.opened is not None else 0.0
    tie_id = f.issue_id or ""
    due, last = f.deadline, f.last_message
    if f.needs_me and due is not None:
        return (0, due, tie_opened, tie_id)
    if f.needs_me:
        return (1, _NEVER if last is None else last, tie_opened, tie_id)
    if f.open:
        return (2, _NEVER if due is None else due, -(last or 0.0), tie_id)
    return (3, -(last or 0.0), tie_opened, tie_id)


#: The key function of each order (computed when the model sorts or inserts, never stored).
SORT_KEYS: dict[SortKey, Callable[[RowFacts], SortTuple]] = {
    SortKey.OPENED: _by_opened,
    SortKey.DEADLINE: _by_deadline,
    SortKey.LAST_MESSAGE: _by_last_message,
    SortKey.TRIAGE: _by_triage,
}


def sort_key_of(key: SortKey) -> Callable[[RowFacts], SortTuple]:
    return SORT_KEYS[key]


def brought_up_to_date(
    rows: Iterable[RowFacts], issues: Mapping[str, Issue], make: Callable[[Issue], RowFacts]
) -> list[RowFacts]:
    """``rows`` (made from a snapshot of ``issues`` on a worker thread) as ``issues`` are now:
    a row whose issue was replaced or removed meanwhile is made again or dropped, and an
    issue added meanwhile gets a row. The issues are compared by identity (the engine keeps
    an unchanged issue's object)."""
    fresh: list[RowFacts] = []
    seen: set[str] = set()
    for row in rows:
        issue_id = row.issue_id
        if issue_id is None or issue_id in seen:
            continue
        now = issues.get(issue_id)
        if now is None:
            continue
        seen.add(issue_id)
        fresh.append(row if now is row.issue else make(now))
    fresh.extend(make(issue) for issue_id, issue in issues.items() if issue_id not in seen)
    return fresh
