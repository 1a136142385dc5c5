"""The app's demo emulator in a process of its own, so it builds its data on another core.

The window's process is CPU-bound on one core (the GIL) from its first frame to the first
rows; an emulator inside it (importing, generating 300 issues, answering the sign-in and the
first pages) took that core's time, and a worker thread did not help (same GIL). Started at the
top of ``app.main``, the process has its data ready by the time the window asks for a token.

The parent (:class:`EmulatorProcess`) and the child (:func:`serve`) speak JSON lines: the child
writes ``{"base_url": ...}`` once it serves, then answers one line per request on its stdin
(``{"sign_in_as_shop": n}``). The child ends when its stdin reaches end-of-file: when the app
closes it (:meth:`EmulatorProcess.stop`) or when the app is gone for whatever reason (a crash,
a kill), so it never outlives the window. Tests keep the in-process ``Emulator`` (its helpers
act on the state directly); the data are the same (same seed, same generator).

This module is imported at the very start of the app: standard library only, nothing heavy at
module level (the emulator is imported by the child alone).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any, Protocol

#: ``allegro-issues PRIVATE_FLAG CONFIG`` runs the child (how a frozen bundle starts it: the
#: bundle has no Python to run ``-m`` with, only itself).
PRIVATE_FLAG = "--run-demo-emulator-process"
STOP_WAIT_S = 5.0


class DemoEmulator(Protocol):
    """What the session controller needs of an emulator, in this process or in another."""

    @property
    def base_url(self) -> str: ...

    @property
    def shop_count(self) -> int: ...

    def sign_in_as_shop(self, shop: int) -> str: ...

    def stop(self) -> None: ...


class EmulatorProcessError(RuntimeError):
    pass


def child_command(config: dict[str, Any]) -> list[str]:
    """How to start the child: this interpreter, or a frozen bundle's executable itself with
    :data:`PRIVATE_FLAG` (``app.main`` hands that to :func:`child_main`)."""
    text = json.dumps(config)
    if getattr(sys, "frozen", False):
        return [sys.executable, PRIVATE_FLAG, text]
    # This package's folder last on the child's path: found where the app found it (installed,
    # PYTHONPATH), else there (a checkout run as a script), and never shadowing anything.
    root = str(Path(__file__).resolve().parents[2])
    code = (
        f"import sys; sys.path.append({root!r}); "
        "from allegro_issues_desktop.demo.process import child_main; "
        "sys.exit(child_main(sys.argv[1:]))"
    )
    return [sys.executable, "-c", code, text]


class EmulatorProcess:
    """The parent's handle on the child; the :class:`DemoEmulator` the controller uses."""

    def __init__(
        self, popen: subprocess.Popen[bytes], *, issues: int, seed: int, live: bool, shops: int
    ) -> None:
        self._popen = popen
        self._lock = threading.Lock()  # one request (and its answer) at a time
        self._stop_lock = threading.Lock()
        self._base_url: str | None = None
        self._stopped = False
        self.shop_count = shops
        #: What the child was started with: (issues, seed, live, shops).
        self.config = (issues, seed, live, shops)

    @classmethod
    def spawn(cls, *, issues: int, seed: int, live: bool, shops: int) -> EmulatorProcess:
        """Start the child (it generates and serves on its own; :meth:`wait_ready` is when)."""
        config = {"issues": issues, "seed": seed, "live": live, "shops": shops}
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console window
        popen = subprocess.Popen(  # noqa: S603 (this app's own executable, our arguments)
            child_command(config),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            creationflags=flags,
        )
        return cls(popen, issues=issues, seed=seed, live=live, shops=shops)

    @property
    def pid(self) -> int:
        return self._popen.pid

    @property
    def base_url(self) -> str:
        if self._base_url is None:
            raise EmulatorProcessError("the demo emulator has not started yet")
        return self._base_url

    def wait_ready(self) -> EmulatorProcess:
        """Block until the child serves (its first line); raise if it ended instead."""
        with self._lock:
            if self._base_url is None:
                self._base_url = str(self._read()["base_url"])
        return self

    def sign_in_as_shop(self, shop: int) -> str:
        """The next sign-in opens shop ``shop``; its seller id (as ``Emulator.sign_in_as_shop``)."""
        if not 0 <= shop < self.shop_count:
            raise ValueError(f"this emulator serves {self.shop_count} shop(s)")
        with self._lock:
            self._write({"sign_in_as_shop": shop})
            return str(self._read()["seller"])

    def stop(self) -> None:
        """End the child (its stdin closes) and wait for it; a child that hangs is killed."""
        with self._stop_lock:  # not _lock: a wait_ready may hold that until the child ends
            if self._stopped:
                return
            self._stopped = True
        popen = self._popen
        if popen.stdin is not None:
            with contextlib.suppress(OSError):  # the child is gone already
                popen.stdin.close()
        try:
            popen.wait(STOP_WAIT_S)
        except subprocess.TimeoutExpired:
            popen.kill()
            popen.wait()
        # Only now: a thread may still be reading it (wait_ready), until the child's end.
        if popen.stdout is not None:
            popen.stdout.close()

    def _write(self, message: dict[str, Any]) -> None:
        stdin = self._popen.stdin
        if self._stopped or stdin is None:
            raise EmulatorProcessError("the demo emulator is stopped")
        try:
            stdin.write(json.dumps(message).encode() + b"\n")
            stdin.flush()
        except OSError as exc:
            raise EmulatorProcessError(f"the demo emulator is gone ({exc})") from None

    def _read(self) -> dict[str, Any]:
        stdout = self._popen.stdout
        line = stdout.readline() if stdout is not None and not self._stopped else b""
        if not line:
            code = self._popen.poll()
            raise EmulatorProcessError(
                "the demo emulator ended" + (f" (exit code {code})" if code is not None else "")
            )
        answer = json.loads(line)
        if not isinstance(answer, dict):
            raise EmulatorProcessError(f"unexpected answer from the demo emulator: {line!r}")
        if "error" in answer:
            raise EmulatorProcessError(str(answer["error"]))
        return answer


# -- the child ------------------------------------------------------------------------------


def child_main(argv: list[str]) -> int:
    """The child process: Ctrl+C in a terminal reaches the whole process group; the app
    decides when the emulator ends (it closes the pipe), not the terminal."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    return serve(argv)


def serve(argv: list[str], stdin: IO[bytes] | None = None, stdout: IO[bytes] | None = None) -> int:
    """The child's main: generate, serve, tell the parent where, answer it until its stdin ends."""
    from .server import Emulator

    config = json.loads(argv[0])
    # A windowed bundle (Windows) may set up no sys.stdin/sys.stdout: the pipes are fds 0, 1.
    if stdin is None:
        stdin = sys.stdin.buffer if sys.stdin is not None else os.fdopen(0, "rb")
    if stdout is None:
        stdout = sys.stdout.buffer if sys.stdout is not None else os.fdopen(1, "wb")
    requests, answers = stdin, stdout

    def say(message: dict[str, Any]) -> None:
        answers.write(json.dumps(message).encode() + b"\n")
        answers.flush()

    emulator = Emulator(
        issues=int(config["issues"]),
        seed=int(config["seed"]),
        live=bool(config["live"]),
        auto_approve_device=True,
        shops=int(config["shops"]),
    )
    emulator.oauth.interval = 0  # no one to wait for: approval is automatic
    emulator.start()
    try:
        say({"base_url": emulator.base_url})
        # End-of-file: the app closed the pipe, or its process is gone.
        for line in iter(requests.readline, b""):
            try:
                request = json.loads(line)
                seller = emulator.sign_in_as_shop(int(request["sign_in_as_shop"]))
            except (ValueError, KeyError, TypeError) as exc:
                say({"error": str(exc) or repr(exc)})
            else:
                say({"seller": seller})
    except BrokenPipeError:
        pass  # the app is gone
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
