"""Fetching a buyer's attachment so the window can open it, or offer to save it.

The file lands in ``cache_dir/attachments/<sha256(url)[:16]>-<safe name>``: stable across runs
(one cached copy per URL; ``hash()`` of a str is salted per process), a name that is a single
harmless path component whatever the buyer called the file
(:func:`~allegro_issues_desktop.domain.attachments.safe_file_name`), and a flag saying whether
the OS viewer may open it (:func:`~allegro_issues_desktop.domain.attachments.openable`:
an allowed type by extension *and* by content). When it may not, the UI offers "Save as…" only.

Errors: the client's :class:`~allegro_issues_desktop.allegro.errors.AllegroError` (network,
HTTP status, a URL off the API host, a body over the size cap) pass through unchanged, as
everywhere else; every local failure (``OSError``, ``ValueError``) becomes an
:class:`AttachmentError` whose :class:`AttachmentFailure` the UI turns into a sentence.

No Qt.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Protocol

from ..domain.attachments import SNIFF_BYTES, openable, safe_file_name
from ..domain.text import display_text

__all__ = [
    "AttachmentError",
    "AttachmentFailure",
    "AttachmentSource",
    "FetchedAttachment",
    "attachment_path",
    "fetch_attachment",
]

log = logging.getLogger(__name__)

#: Folder under the cache directory.
ATTACHMENTS_DIR = "attachments"


class AttachmentSource(Protocol):
    """What :func:`fetch_attachment` needs of ``AllegroClient``."""

    async def download_attachment(self, url: str, dest: Path) -> Path: ...


class AttachmentFailure(Enum):
    """Why an attachment could not be fetched (the UI words each one)."""

    NO_URL = "no_url"  # Allegro gave no address for it
    CANNOT_WRITE = "cannot_write"  # the cache folder or file could not be created or written
    CANNOT_READ = "cannot_read"  # the downloaded file vanished or could not be read back


class AttachmentError(Exception):
    """A local failure while fetching an attachment.

    Attributes:
        reason: what went wrong, for the sentence shown to the seller.
        display_name: the attachment's name as it may be shown (cleaned of control and bidi
            characters).
    """

    def __init__(self, reason: AttachmentFailure, display_name: str) -> None:
        super().__init__(f"{reason.value}: {display_name}")
        self.reason = reason
        self.display_name = display_name


@dataclass(frozen=True, slots=True)
class FetchedAttachment:
    """A downloaded attachment.

    Attributes:
        path: the file in the cache.
        display_name: the name to show (the buyer's name, cleaned; "attachment" when none).
        openable: True when the OS viewer may open ``path``; otherwise offer "Save as…" only.
    """

    path: Path
    display_name: str
    openable: bool


def attachment_path(cache_dir: Path, url: str, file_name: str | None) -> Path:
    """Where the attachment at ``url`` is cached (pure; nothing is created)."""
    digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return cache_dir / ATTACHMENTS_DIR / f"{digest}-{safe_file_name(file_name)}"


async def fetch_attachment(
    client: AttachmentSource, url: str, file_name: str | None, cache_dir: Path
) -> FetchedAttachment:
    """Download ``url`` into the cache and say whether it may be opened.

    Raises :class:`AttachmentError` for local failures; the client's ``AllegroError`` for
    everything about the request.
    """
    display_name = display_text(file_name) or safe_file_name(None)
    if not url:
        raise AttachmentError(AttachmentFailure.NO_URL, display_name)
    target = attachment_path(cache_dir, url, file_name)
    try:
        await asyncio.to_thread(target.parent.mkdir, parents=True, exist_ok=True)
        path = await client.download_attachment(url, target)
    except (OSError, ValueError) as exc:
        log.warning("could not store attachment %s: %s", target.name, exc)
        raise AttachmentError(AttachmentFailure.CANNOT_WRITE, display_name) from exc
    try:
        head = await asyncio.to_thread(_read_head, path)
    except (OSError, ValueError) as exc:
        log.warning("could not read attachment %s back: %s", target.name, exc)
        raise AttachmentError(AttachmentFailure.CANNOT_READ, display_name) from exc
    return FetchedAttachment(path, display_name, openable(path.name, head))


def _read_head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(max(SNIFF_BYTES, 64))
