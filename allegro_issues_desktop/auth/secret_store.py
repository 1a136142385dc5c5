"""Tokens and the client secret: the OS keyring, or a file only the user can read.

Why the detection: with no Secret Service (headless Linux, minimal desktops) ``keyring`` picks
a backend that raises on every call (``fail.Keyring``), a chainer with nothing to chain, or,
when ``keyrings.alt`` is installed, a backend that writes base64 "encrypted" plain files or
prompts on a console the GUI does not have. None of those is usable, so we fall back to a JSON
file in the config dir with mode 0600 and say so (``uses_fallback``) so the UI can tell the
seller once. A backend that fails at run time (locked, D-Bus gone) triggers the same fallback.

Why lazily: importing ``keyring`` and asking it for a backend costs ~100 ms (it imports every
backend, and the macOS one runs ``ctypes.util.find_library`` even on Linux). Nothing asks
before a secret is needed, so a start that needs none (the demo) never pays it; the session
probes on a worker thread (:meth:`SecretStore.probe`) otherwise.

Why the chunking: Windows Credential Manager refuses blobs over 2560 bytes (1280 UTF-16
characters; keyring issues #355, #540) and Allegro JWTs come close to that.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import APP_ID
from ..settings import app_paths

if TYPE_CHECKING:
    import keyring.backend

log = logging.getLogger(__name__)

FALLBACK_FILE = "secrets.json"
CHUNK = 1000  # characters per keyring entry, safely under Windows' 1280
_CHUNK_MARK = "@@chunked@@:"
_UNUSABLE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def backend_problem(backend: Any) -> str | None:
    """Why ``backend`` cannot hold secrets safely, or None when it can."""
    module = type(backend).__module__
    if module.startswith(_UNUSABLE_MODULES):
        if module.startswith("keyrings.alt"):
            return "the only keyring backend stores secrets in a plain or console-locked file"
        return "no system keyring is available"
    if type(backend).__name__ == "ChainerBackend":
        chained = list(getattr(backend, "backends", []))
        # The chainer writes to its first (highest priority) backend.
        if not chained:
            return "no system keyring is available"
        return backend_problem(chained[0])
    return None


def _delete_error() -> type[Exception]:
    import keyring.errors

    return keyring.errors.PasswordDeleteError


class SecretStore:
    """A small key -> secret map. Keys are like ``tokens/production/<account id>``."""

    def __init__(
        self,
        service: str = APP_ID,
        *,
        backend: keyring.backend.KeyringBackend | None = None,
        fallback_path: Path | None = None,
    ) -> None:
        self._service = service
        self._backend = backend
        self._path = fallback_path or app_paths().config_dir / FALLBACK_FILE
        self._lock = threading.RLock()
        self._reason: str | None = None
        self._probed = False
        if backend is not None:
            self.probe()

    def probe(self) -> None:
        """Find the keyring backend (once; may be slow: call it off the GUI thread)."""
        if self._probed:  # never waits for the lock (a keyring call may hold it for long)
            return
        with self._lock:
            if not self._probed:  # (another thread may have probed while this one waited)
                self._probe_now()

    def _probe_now(self) -> None:
        try:
            if self._backend is None:
                import keyring

                self._backend = keyring.get_keyring()
            self._reason = backend_problem(self._backend)
        except Exception as exc:  # e.g. a configured backend that is not installed
            log.warning("no keyring backend could be loaded (%s)", type(exc).__name__)
            self._reason = "no system keyring is available"
        self._probed = True
        if self._reason:
            log.info("secrets go to a private file: %s", self._reason)

    @property
    def probed(self) -> bool:
        return self._probed

    @property
    def fallback_reason(self) -> str | None:
        """Why secrets go to the private file (None: the keyring holds them)."""
        self.probe()
        return self._reason

    @property
    def uses_fallback(self) -> bool:
        return self.fallback_reason is not None

    @property
    def _keyring(self) -> keyring.backend.KeyringBackend:
        self.probe()
        assert self._backend is not None
        return self._backend

    @property
    def fallback_path(self) -> Path:
        return self._path

    # --------------------------------------------------------------------------- public API
    def get(self, key: str) -> str | None:
        with self._lock:
            if not self.uses_fallback:
                try:
                    value = self._keyring_get(key)
                except Exception as exc:  # any backend failure: D-Bus, locked, ...
                    self._give_up_keyring(exc)
                else:
                    if value is not None:
                        return value
                    return self._migrate_from_file(key)
            return self._read_file().get(key)

    def set(self, key: str, value: str) -> None:
        with self._lock:
            if not self.uses_fallback:
                try:
                    self._keyring_set(key, value)
                    return
                except Exception as exc:
                    self._give_up_keyring(exc)
            data = self._read_file()
            data[key] = value
            self._write_file(data)

    def delete(self, key: str) -> None:
        with self._lock:
            if not self.uses_fallback:
                try:
                    self._keyring_delete(key)
                except Exception as exc:
                    self._give_up_keyring(exc)
            # Also from the file: a secret may have been written there before a keyring existed.
            data = self._read_file()
            if key in data:
                del data[key]
                self._write_file(data)

    # ------------------------------------------------------------------------------ keyring
    def _keyring_get(self, key: str) -> str | None:
        head = self._keyring.get_password(self._service, key)
        if head is None or not head.startswith(_CHUNK_MARK):
            return head
        count = int(head[len(_CHUNK_MARK) :])
        parts = [self._keyring.get_password(self._service, f"{key}#{i}") for i in range(count)]
        if any(part is None for part in parts):
            return None  # a half-written value is no value
        return "".join(part for part in parts if part is not None)

    def _keyring_set(self, key: str, value: str) -> None:
        old_count = self._chunk_count(key)
        if len(value) <= CHUNK and not value.startswith(_CHUNK_MARK):
            self._keyring.set_password(self._service, key, value)
            new_count = 0
        else:
            pieces = [value[i : i + CHUNK] for i in range(0, len(value), CHUNK)]
            for i, piece in enumerate(pieces):  # pieces first: the head then points at whole data
                self._keyring.set_password(self._service, f"{key}#{i}", piece)
            self._keyring.set_password(self._service, key, f"{_CHUNK_MARK}{len(pieces)}")
            new_count = len(pieces)
        for i in range(new_count, old_count):
            with contextlib.suppress(_delete_error()):
                self._keyring.delete_password(self._service, f"{key}#{i}")

    def _keyring_delete(self, key: str) -> None:
        count = self._chunk_count(key)
        for name in [key, *(f"{key}#{i}" for i in range(count))]:
            with contextlib.suppress(_delete_error()):
                self._keyring.delete_password(self._service, name)

    def _chunk_count(self, key: str) -> int:
        head = self._keyring.get_password(self._service, key)
        if head is None or not head.startswith(_CHUNK_MARK):
            return 0
        try:
            return int(head[len(_CHUNK_MARK) :])
        except ValueError:
            return 0

    def _give_up_keyring(self, exc: Exception) -> None:
        # The message of a backend error never contains the secret; the type is enough to debug.
        log.warning("keyring failed (%s); using the private file from now on", type(exc).__name__)
        self._reason = "the system keyring stopped working"

    def _migrate_from_file(self, key: str) -> str | None:
        """A secret stored while no keyring existed moves into the keyring on first read."""
        data = self._read_file()
        value = data.get(key)
        if value is None:
            return None
        try:
            self._keyring_set(key, value)
        except Exception:  # keep it in the file then
            return value
        del data[key]
        self._write_file(data)
        return value

    # --------------------------------------------------------------------------------- file
    def _read_file(self) -> dict[str, str]:
        try:
            raw = self._path.read_text("utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            log.warning("cannot read the secrets file: %s", type(exc).__name__)
            return {}
        self._tighten_permissions()
        try:
            data = json.loads(raw)
        except ValueError:
            log.warning("the secrets file is damaged; starting afresh")
            return {}
        entries = data.get(self._service) if isinstance(data, dict) else None
        if not isinstance(entries, dict):
            return {}
        return {str(k): str(v) for k, v in entries.items() if isinstance(v, str)}

    def _write_file(self, entries: dict[str, str]) -> None:
        """Atomic, and never readable by others even for an instant (created 0600)."""
        self._path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._path.with_name(f".{self._path.name}.{os.getpid()}.tmp")
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({self._service: entries}, handle, indent=1)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self._path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        self._tighten_permissions()

    def _tighten_permissions(self) -> None:
        # The umask cannot widen O_CREAT's 0600, but a copied or restored file might be wider.
        with contextlib.suppress(OSError):
            if stat.S_IMODE(self._path.stat().st_mode) != 0o600:
                os.chmod(self._path, 0o600)
