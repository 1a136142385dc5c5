"""Command-line options: what ``allegro-issues`` accepts, checked before Qt starts.

Its own module so that ``app`` (the entry point) and ``app_session`` (the session it starts)
both import it without importing each other.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from . import APP_NAME

if TYPE_CHECKING:  # Qt is imported where a size is made: the demo's emulator starts before it
    from PySide6.QtCore import QSize

__all__ = [
    "DEMO_ISSUES",
    "DEMO_SEED",
    "DEMO_SHOPS",
    "TOKEN_ENV",
    "TOKEN_ON_COMMAND_LINE_WARNING",
    "Options",
    "parse_args",
]

TOKEN_ENV = "ALLEGRO_ISSUES_TOKEN"  # noqa: S105 (the variable's name, not a secret)
TOKEN_ON_COMMAND_LINE_WARNING = (
    "Warning: a token given with --token can be seen by other users of this computer in the"
    f" process list. Put it in the {TOKEN_ENV} environment variable instead."
)
DEMO_ISSUES = 300
DEMO_SEED = 7
DEMO_SHOPS = 2  # the demo emulator serves this many sellers


@dataclass(frozen=True, slots=True)
class Options:
    demo: bool
    api_url: str | None
    token: str | None
    smoke_test: bool
    screenshot: Path | None
    select: str | None
    size: QSize | None
    language: str | None
    demo_issues: int
    seed: int
    startup_probe: bool = False
    #: The token came from ``--token``: other users can read it in the process list.
    token_on_command_line: bool = False
    #: ``--poll-interval``: seconds between checks of Allegro (None: Settings or default).
    poll_interval: float | None = None
    #: ``--demo-accounts``: how many demo shops ``--demo`` opens at once (each its own seller).
    demo_accounts: int = 1


def parse_args(argv: Sequence[str]) -> Options:
    parser = argparse.ArgumentParser(prog="allegro-issues", description=APP_NAME)
    parser.add_argument("--demo", action="store_true", help="run against the built-in emulator")
    parser.add_argument("--api-url", help="an Allegro-compatible API base URL")
    parser.add_argument(
        "--token",
        help=f"a bearer token for --api-url (better: the {TOKEN_ENV} environment variable, which"
        " other users cannot read in the process list)",
    )
    parser.add_argument("--smoke-test", action="store_true", help="load the first page and exit")
    parser.add_argument("--screenshot", type=Path, help="save the window as PNG and exit")
    parser.add_argument(
        "--select",
        help=(
            "issue to select before a screenshot: an id, or first:NAME, the first issue in a "
            "situation (searched among all issues; filters that hide it are cleared, and the "
            "status bar says so). NAME: claim (open), pending-return, return-required, "
            "no-return, accepted, rejected, discussion (open), chat-closed (a final "
            "discussion), closed, unresolved, chat-inactive (open, Allegro stopped the chat), "
            "decided-chat-open, awaiting-reply, new (nobody answered yet), waiting-for-buyer, "
            "advisor (Allegro's advisor wrote last), long-chat, attachments, overdue, due-soon "
            "(within 24 h)"
        ),
    )
    parser.add_argument("--size", help="window size for --screenshot, e.g. 1280x800")
    parser.add_argument("--language", choices=("pl", "en"), help="UI language for this run")
    parser.add_argument(
        "--poll-interval",
        type=float,
        metavar="SECONDS",
        help="check Allegro this often (default 120 s, 20 s in the demo; also in Settings)",
    )
    parser.add_argument(
        "--demo-accounts",
        type=int,
        default=1,
        metavar="N",
        help="with --demo: open N demo shops at once, each its own seller (1 or 2)",
    )
    parser.add_argument("--demo-issues", type=int, default=DEMO_ISSUES, help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=DEMO_SEED, help=argparse.SUPPRESS)
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(list(argv))
    token = args.token or os.environ.get(TOKEN_ENV) or None
    if args.api_url:
        if not token:
            parser.error(f"--api-url needs --token or {TOKEN_ENV}")
        problem = _api_url_problem(args.api_url)
        if problem:
            parser.error(problem)
    if not 1 <= args.demo_accounts <= DEMO_SHOPS:
        parser.error(f"--demo-accounts takes 1 to {DEMO_SHOPS}")
    if args.poll_interval is not None and not 5 <= args.poll_interval <= 86_400:
        parser.error("--poll-interval takes seconds from 5 to 86400")
    size = None
    if args.size:
        try:
            width, height = (int(v) for v in args.size.lower().split("x", 1))
        except ValueError:
            parser.error("--size takes WIDTHxHEIGHT, e.g. 1280x800")
        from PySide6.QtCore import QSize

        size = QSize(width, height)
    return Options(
        demo=args.demo,
        api_url=args.api_url,
        token=token,
        smoke_test=args.smoke_test,
        screenshot=args.screenshot,
        select=args.select,
        size=size,
        language=args.language,
        demo_issues=args.demo_issues,
        seed=args.seed,
        startup_probe=args.startup_probe,
        token_on_command_line=bool(args.token),
        poll_interval=args.poll_interval,
        demo_accounts=args.demo_accounts,
    )


def _api_url_problem(url: str) -> str | None:
    """A bearer token must not cross the network in clear text: http only to this machine."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return None
    if parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1"):
        return None
    return "--api-url takes https://host (or http://127.0.0.1:PORT for a local emulator)"
