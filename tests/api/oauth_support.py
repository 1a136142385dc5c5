"""Shared pieces of the OAuth tests: a fake clock shared by client and emulator, an emulator."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import httpx

from allegro_issues_desktop.auth.credentials import AppCredentials
from allegro_issues_desktop.auth.oauth import OAuthClient
from allegro_issues_desktop.demo.server import Emulator

CLIENT_ID = "test-client"
CLIENT_SECRET = "test-secret-0123456789"


@dataclass
class FakeTime:
    """One timeline for the client (clock/sleep) and the emulator (clock): no real waiting."""

    now: float = 1_000_000.0
    sleeps: list[float] = field(default_factory=list)
    advance_on_sleep: Callable[[int], bool] = lambda _n: True  # per sleep call number (0-based)

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        n = len(self.sleeps)
        self.sleeps.append(seconds)
        if self.advance_on_sleep(n):
            self.now += seconds
        await asyncio.sleep(0)


def make_emulator(**kwargs: object) -> Emulator:
    options: dict[str, object] = {
        "issues": 12,
        "seed": 3,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }
    options.update(kwargs)
    return Emulator(**options)  # type: ignore[arg-type]


def make_client(emu: Emulator, time: FakeTime | None = None, **kwargs: object) -> OAuthClient:
    creds = AppCredentials(CLIENT_ID, CLIENT_SECRET)
    if time is None:
        return OAuthClient(emu.base_url, creds, **kwargs)  # type: ignore[arg-type]
    emu.oauth.clock = time.clock
    return OAuthClient(emu.base_url, creds, clock=time.clock, sleep=time.sleep, **kwargs)  # type: ignore[arg-type]


class Browser:
    """Opens the authorize URL, optionally tampers with the redirect, lands on the listener."""

    def __init__(self, tamper: Callable[[str], str] = lambda url: url, consent: str = "") -> None:
        self.tamper = tamper
        self.consent = consent  # "approve" / "deny": click on the emulator's consent page
        self.page: httpx.Response | None = None
        self.task: asyncio.Task[None] | None = None

    def open(self, url: str) -> None:
        self.task = asyncio.get_running_loop().create_task(self._visit(url))

    async def _visit(self, url: str) -> None:
        async with httpx.AsyncClient(timeout=10) as http:
            response = await http.get(url)
            if self.consent:
                form = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
                form["action"] = self.consent
                response = await http.post(url.split("?")[0] + "/consent", data=form)
            assert response.status_code == 302, response.text
            self.page = await http.get(self.tamper(response.headers["location"]))
