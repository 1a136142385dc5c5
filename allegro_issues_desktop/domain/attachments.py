"""The attachment rules, once: which files Allegro takes, which the app opens, safe names.

* **Types**: the ones Allegro accepts for issue attachments (PNG, GIF, BMP, TIFF, JPEG, PDF),
  by extension (:data:`~.codes.ATTACHMENT_CONTENT_TYPES`) *and* by content (:func:`sniff_type`,
  magic bytes). The same list decides what may go up and what may be handed to the OS viewer.
* **Opening** (:func:`openable`): only when the extension is one of those types and the first
  bytes agree. The OS picks the program by extension, so ``report.desktop``, ``x.sh`` or, on
  Windows, ``x.exe`` / ``x.bat`` would *run*; a ``.png`` holding a PDF would go to the wrong
  viewer. Anything else is offered as "Save as…" only.
* **Names** (:func:`safe_file_name`): a buyer chooses the name; it becomes a path component
  only after this (no directories, NUL, control or bidi characters, Windows-reserved names or
  characters; at most :data:`MAX_NAME_CHARS` characters and :data:`MAX_NAME_BYTES` UTF-8 bytes,
  so a cache prefix and a temporary suffix still fit a 255-byte file name).
* **Uploads** (:func:`upload_problem`, :func:`read_upload`): what Allegro would refuse (type,
  size, empty, unreadable), found before any network traffic.

No Qt. :func:`upload_problem` and :func:`read_upload` read the file system (``stat``, a read);
everything else is pure.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from enum import Enum
from pathlib import Path, PurePath

import msgspec

from .codes import ATTACHMENT_CONTENT_TYPES, MAX_ATTACHMENT_BYTES
from .text import display_text

__all__ = [
    "ALLOWED_EXTENSIONS",
    "MAX_NAME_BYTES",
    "MAX_NAME_CHARS",
    "SNIFF_BYTES",
    "UploadFile",
    "UploadProblem",
    "UploadRejected",
    "content_type_for",
    "openable",
    "read_upload",
    "safe_file_name",
    "sniff_type",
    "upload_problem",
]

#: Lower-case extensions with the dot, as Allegro accepts them.
ALLOWED_EXTENSIONS: frozenset[str] = frozenset(ATTACHMENT_CONTENT_TYPES)
#: How many leading bytes :func:`sniff_type` needs (read at least this much).
SNIFF_BYTES = 16
MAX_NAME_CHARS = 120
MAX_NAME_BYTES = 150

# (prefix, content type). TIFF has two byte orders; GIF two versions.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"%PDF-", "application/pdf"),
    (b"BM", "image/bmp"),  # last: two bytes match more than the others
)

# Characters Windows refuses in names (the separators are handled before).
_WINDOWS_FORBIDDEN = str.maketrans(dict.fromkeys('<>:"/\\|?*', "_"))
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{base}{n}" for base in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)
# Longest extension kept whole when a name is shortened (".jpeg", ".tiff" and the like).
_MAX_KEPT_SUFFIX = 16


def content_type_for(file_name: str | None) -> str | None:
    """The content type Allegro expects for this name's extension; None when not allowed."""
    if not file_name:
        return None
    return ATTACHMENT_CONTENT_TYPES.get(PurePath(file_name).suffix.lower())


def sniff_type(data: bytes) -> str | None:
    """The allowed content type these leading bytes start with, or None."""
    for magic, content_type in _MAGIC:
        if data.startswith(magic):
            return content_type
    return None


def openable(file_name: str | None, data_head: bytes) -> bool:
    """May the OS viewer open this file? Allowed extension *and* content that agrees with it."""
    expected = content_type_for(file_name)
    return expected is not None and sniff_type(data_head) == expected


def safe_file_name(name: str | None, fallback: str = "attachment") -> str:
    """``name`` made into one harmless file name on any OS (``fallback`` when nothing is left).

    Keeps what it can of the original: the last path part, its letters (NFC), its extension.
    """
    cleaned = _clean(name)
    return cleaned or _clean(fallback) or "attachment"


def _clean(name: str | None) -> str:
    if not name:
        return ""
    # The last part of any path, whichever separator the sender used.
    last = name.replace("\\", "/").rsplit("/", 1)[-1]
    text = display_text(unicodedata.normalize("NFC", last))  # controls and bidi out, one line
    text = text.translate(_WINDOWS_FORBIDDEN)
    # Leading dots hide a file (or make "." / ".."), trailing dots and spaces vanish on Windows.
    text = text.strip(" .")
    if not text:
        return ""
    stem = text.split(".", 1)[0].rstrip(" ")
    if stem.upper() in _WINDOWS_RESERVED:
        text = f"_{text}"
    return _shorten(text)


def _shorten(text: str) -> str:
    if len(text) <= MAX_NAME_CHARS and len(text.encode("utf-8")) <= MAX_NAME_BYTES:
        return text
    suffix = PurePath(text).suffix
    if len(suffix) > _MAX_KEPT_SUFFIX or len(suffix) == len(text):
        suffix = ""
    stem = text[: len(text) - len(suffix)]
    room_chars = MAX_NAME_CHARS - len(suffix)
    room_bytes = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    stem = stem[:room_chars]
    while len(stem.encode("utf-8")) > room_bytes:
        stem = stem[:-1]
    return stem.rstrip(" .") + suffix


# -- uploads -------------------------------------------------------------------------------


class UploadProblem(Enum):
    """Why Allegro would refuse a local file (the UI turns each into a sentence)."""

    TYPE = "type"  # not an image type Allegro takes, nor PDF
    UNREADABLE = "unreadable"  # gone, no permission, I/O error
    NOT_A_FILE = "not_a_file"  # a directory, a device…
    TOO_LARGE = "too_large"  # over MAX_ATTACHMENT_BYTES
    EMPTY = "empty"


class UploadRejected(Exception):
    """A local file that Allegro would refuse; nothing was sent."""

    def __init__(self, path: Path, problem: UploadProblem) -> None:
        super().__init__(f"{path.name}: {problem.value}")
        self.path = path
        self.problem = problem


class UploadFile(msgspec.Struct, frozen=True):
    """A file checked and read for upload."""

    file_name: str
    content_type: str
    data: bytes


def upload_problem(path: Path) -> UploadProblem | None:
    """Would Allegro refuse ``path``? Checks the extension and ``stat`` (does not read it)."""
    if content_type_for(path.name) is None:
        return UploadProblem.TYPE
    try:
        info = path.stat()
    except (OSError, ValueError):  # ValueError: a NUL in the path
        return UploadProblem.UNREADABLE
    return _size_problem(info)


def _size_problem(info: os.stat_result) -> UploadProblem | None:
    if not stat.S_ISREG(info.st_mode):
        return UploadProblem.NOT_A_FILE
    if info.st_size > MAX_ATTACHMENT_BYTES:
        return UploadProblem.TOO_LARGE
    if info.st_size == 0:
        return UploadProblem.EMPTY
    return None


def read_upload(path: Path) -> UploadFile:
    """Check and read ``path`` for upload; raise :class:`UploadRejected` (blocking I/O)."""
    problem = upload_problem(path)  # before opening: opening a FIFO would block
    if problem is not None:
        raise UploadRejected(path, problem)
    content_type = content_type_for(path.name) or ""
    try:
        with path.open("rb") as handle:
            # One byte more than allowed: a file that grew since the stat is still caught.
            data = handle.read(MAX_ATTACHMENT_BYTES + 1)
    except (OSError, ValueError) as exc:
        raise UploadRejected(path, UploadProblem.UNREADABLE) from exc
    if not data:
        raise UploadRejected(path, UploadProblem.EMPTY)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise UploadRejected(path, UploadProblem.TOO_LARGE)
    return UploadFile(path.name, content_type, data)
