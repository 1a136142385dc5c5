"""The store's small interface: what the sync engine and the outbox need to keep on disk.

Keep everything above this line unaware of SQLite: a shared team database is a likely next step,
and it only has to provide :class:`IssueStore`. Every method is synchronous and is called from
one thread only (:class:`~.thread.StoreThread`); nothing here is called on the GUI thread.

Everything is keyed by ``account`` (an opaque string such as ``"demo:3f2a…"``, environment and
account id) and then the issue id: issue ids are unique only within one Allegro account.
Issues and chat messages are kept as Allegro's raw JSON objects; the domain parses them again
(tolerantly) when they are read, so fields this version does not know survive a round trip.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol

from ..domain.outgoing import OutgoingMessage

if TYPE_CHECKING:
    from .records import IssueRecord

JsonObject = Mapping[str, Any]


class StoreProblem(Enum):
    """Why the durable store is not in use; the UI turns each into one sentence."""

    CORRUPT = "corrupt"  # not a database, or damaged: the file is kept aside, never deleted
    LOCKED = "locked"  # another program holds it
    READ_ONLY = "read_only"  # no permission to write the file or its folder
    NEWER_VERSION = "newer_version"  # written by a newer version of the app: left untouched
    IO = "io"  # any other OS error (disk full, missing drive)


class StoreError(Exception):
    """A store operation failed; ``problem`` says which kind of failure it was."""

    def __init__(self, problem: StoreProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


class IssueStore(Protocol):
    """Issues, chats, sync cursors, read marks and the outbox of every account."""

    #: Set when the durable database could not be used and this store keeps data in memory
    #: only (the app keeps working from the network); None when all is well.
    problem: StoreProblem | None

    # -- issues ------------------------------------------------------------------------------
    def issues(self, account: str) -> list[dict[str, Any]]:
        """Every stored issue of ``account`` (raw JSON), in no particular order."""
        ...

    def issue_texts(self, account: str, after: int, limit: int) -> list[tuple[int, str]]:
        """Up to ``limit`` stored issues of ``account`` as (position, JSON text), in the order
        first saved, after position ``after`` (0 = from the start): a big account is read in
        batches, so the JSON of all its issues is never in memory at once."""
        ...

    def put_issues(self, account: str, issues: Sequence[JsonObject]) -> None:
        """Insert or replace by ``issue["id"]`` (objects without a string id are skipped)."""
        ...

    def put_records(
        self, account: str, records: Sequence[IssueRecord], *, index_new_later: bool = False
    ) -> None:
        """:meth:`put_issues` with the records made beforehand (``records.issue_records``, on
        any thread). ``index_new_later``: the search rows of issues new to the store are
        written by :meth:`index_deferred` (a first sync's 100,000 issues reach the list
        sooner); a :meth:`search` writes them first."""
        ...

    def index_deferred(self, account: str, limit: int) -> int:
        """Write up to ``limit`` search rows left for later; how many are still left."""
        ...

    def index_missing(self, account: str, after: int, limit: int) -> int:
        """Index up to ``limit`` stored issues without a search row (left for later when the
        app stopped), from position ``after`` on (0: the start); where to go on, 0 when done."""
        ...

    def remove_issues(self, account: str, issue_ids: Iterable[str]) -> None: ...

    # -- chats -------------------------------------------------------------------------------
    def chat(self, account: str, issue_id: str) -> list[dict[str, Any]] | None:
        """The cached chat (raw messages in the order stored), or None if never cached."""
        ...

    def put_chat(self, account: str, issue_id: str, messages: Sequence[JsonObject]) -> None:
        """Replace the cached chat of one issue (an empty list is a cached empty chat)."""
        ...

    # -- small values: sync cursors, "last seen" times, the last selected issue ---------------
    def meta(self, account: str, key: str) -> str | None: ...

    def set_meta(self, account: str, key: str, value: str | None) -> None:
        """None deletes the key."""
        ...

    # -- read marks --------------------------------------------------------------------------
    def read_marks(self, account: str) -> dict[str, str]:
        """issue id -> the mark stored for it (the engine decides what a mark means)."""
        ...

    def set_read_mark(self, account: str, issue_id: str, mark: str) -> None: ...

    # -- outbox ------------------------------------------------------------------------------
    def outbox(self, account: str | None = None) -> list[OutgoingMessage]:
        """Stored outgoing messages (all accounts when None), oldest first."""
        ...

    def put_outgoing(self, message: OutgoingMessage) -> None:
        """Insert or replace by (account, local_id). Durable when it returns."""
        ...

    def remove_outgoing(self, account: str, local_id: str) -> None: ...

    # -- search ------------------------------------------------------------------------------
    def search(self, query: str, account: str | None = None) -> set[tuple[str, str]]:
        """(account, issue id) of issues whose subject, buyer login, reference number,
        order id or any cached chat message matches every word of ``query`` as a prefix,
        with and without Polish diacritics ("zolty" finds "żółty", "lodz" finds "Łódź")."""
        ...

    def close(self) -> None: ...
