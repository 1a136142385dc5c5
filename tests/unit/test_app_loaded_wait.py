"""``App._loaded(all_pages=True)`` (the screenshot's wait): every account that loads is waited
for, and an account that never loads (paused, a preview) or a load that ends without a word
does not hold the picture until the timeout."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from allegro_issues_desktop import app_session
from allegro_issues_desktop.app_session import App


class _Signal:
    def __init__(self) -> None:
        self.slots: list[Callable[..., Any]] = []

    def connect(self, slot: Callable[..., Any]) -> None:
        self.slots.append(slot)

    def emit(self, *args: Any) -> None:
        for slot in list(self.slots):
            slot(*args)


class _Engine:
    def __init__(self, client: object | None) -> None:
        self.client = client
        self.synced_once = False


class _Attached:
    def __init__(self, client: object | None) -> None:
        self.engine = _Engine(client)


class _Model:
    rows = 0

    def rowCount(self) -> int:
        return self.rows


class _Panel:
    def __init__(self) -> None:
        self.model = _Model()


class _Window:
    def __init__(self, accounts: list[_Attached]) -> None:
        self.issues_loaded, self.first_page_loaded, self.load_failed = (
            _Signal(),
            _Signal(),
            _Signal(),
        )
        self.list_panel = _Panel()
        self.accounts = accounts
        self.loading = True

    def start_page_shown(self) -> bool:
        return False

    def attached_accounts(self) -> list[_Attached]:
        return self.accounts


class _Controller:
    def __init__(self) -> None:
        self.activation_failed = _Signal()


def _loaded(window: _Window, loads: Callable[[], Any]) -> int | None:
    app = App.__new__(App)

    async def open_(_controller: object) -> None:
        asyncio.get_running_loop().create_task(loads())

    app._open = open_  # type: ignore[method-assign,assignment]

    async def go() -> int | None:
        return await app._loaded(window, _Controller(), all_pages=True)  # type: ignore[arg-type]

    return asyncio.run(go())


@pytest.fixture(autouse=True)
def _short(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_session, "SMOKE_TIMEOUT_S", 5.0)
    monkeypatch.setattr(app_session, "LOAD_CHECK_S", 0.05)


def _done(window: _Window, account: _Attached, rows: int) -> None:
    account.engine.synced_once = True
    window.list_panel.model.rows += rows
    window.issues_loaded.emit(window.list_panel.model.rows)


def test_it_waits_for_the_last_account_to_load() -> None:
    first, second = _Attached(object()), _Attached(object())
    window = _Window([first, second])

    async def loads() -> None:
        await asyncio.sleep(0)
        _done(window, first, 300)  # the first account's load ends: the picture must wait
        await asyncio.sleep(0.01)
        _done(window, second, 150)
        window.loading = False

    assert _loaded(window, loads) == 450


def test_an_account_that_never_loads_is_not_waited_for() -> None:
    loading, paused = _Attached(object()), _Attached(None)  # paused: no client
    window = _Window([loading, paused])

    async def loads() -> None:
        await asyncio.sleep(0)
        _done(window, loading, 300)

    assert _loaded(window, loads) == 300


def test_a_load_that_ends_without_a_word_does_not_hold_the_picture() -> None:
    synced, cancelled = _Attached(object()), _Attached(object())
    window = _Window([synced, cancelled])

    async def loads() -> None:
        await asyncio.sleep(0)
        _done(window, synced, 300)
        window.loading = False  # the other load was cancelled: no signal, no sync

    assert _loaded(window, loads) == 300
