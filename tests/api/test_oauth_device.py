"""Device flow against the emulator: pending, slow_down, approval, denial, expiry, invalid code."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from allegro_issues_desktop.auth.credentials import AppCredentials
from allegro_issues_desktop.auth.oauth import (
    DeviceAuthorization,
    FlowError,
    FlowFailure,
    OAuthClient,
    OAuthError,
    PollStatus,
)
from allegro_issues_desktop.demo.server import Emulator
from tests.api.oauth_support import CLIENT_ID, FakeTime, make_client, make_emulator


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with make_emulator() as emulator:
        yield emulator


def test_device_start_parses_string_numbers_and_shows_server_uris(emu: Emulator) -> None:
    async def go() -> DeviceAuthorization:
        client = make_client(emu, FakeTime())
        try:
            return await client.start_device_flow()
        finally:
            await client.aclose()

    auth = asyncio.run(go())
    assert auth.expires_in == 3600 and auth.interval == 5  # sent as strings by the emulator
    assert auth.verification_uri.startswith(emu.base_url)
    assert auth.verification_uri_complete.endswith(auth.user_code)
    assert emu.oauth.user_codes() == [auth.user_code]


def test_pending_then_approval_returns_tokens_once(emu: Emulator) -> None:
    started: list[DeviceAuthorization] = []
    time = FakeTime()
    statuses: list[PollStatus] = []

    def on_status(status: PollStatus) -> None:
        statuses.append(status)
        if len(statuses) == 2:
            emu.oauth.approve_device(started[0].user_code)

    async def go() -> Any:
        client = make_client(emu, time)
        try:
            auth = await client.start_device_flow()
            started.append(auth)
            tokens = await client.poll_device_flow(auth, on_status)
            with pytest.raises(FlowError) as again:  # a device code yields a token once
                await client.poll_device_flow(auth)
            return tokens, again.value
        finally:
            await client.aclose()

    tokens, again = asyncio.run(go())
    assert statuses == [PollStatus.PENDING, PollStatus.PENDING]
    assert time.sleeps[:3] == [5, 5, 5]  # waits the interval before every poll
    assert emu.oauth.check_access_token(tokens.access_token) == "ok"
    assert tokens.refresh_token and tokens.user_id == "demo-seller"
    assert again.reason is FlowFailure.INVALID_CODE


def test_slow_down_makes_the_client_poll_slower(emu: Emulator) -> None:
    started: list[DeviceAuthorization] = []
    # The second sleep does not advance time: the client polls too fast once.
    time = FakeTime(advance_on_sleep=lambda n: n != 1)
    statuses: list[PollStatus] = []

    def on_status(status: PollStatus) -> None:
        statuses.append(status)
        if len(statuses) == 3:
            emu.oauth.approve_device(started[0].user_code)

    async def go() -> Any:
        client = make_client(emu, time)
        try:
            auth = await client.start_device_flow()
            started.append(auth)
            return await client.poll_device_flow(auth, on_status)
        finally:
            await client.aclose()

    tokens = asyncio.run(go())
    assert statuses == [PollStatus.PENDING, PollStatus.SLOW_DOWN, PollStatus.PENDING]
    assert time.sleeps == [5, 5, 10, 10]
    assert emu.oauth.check_access_token(tokens.access_token) == "ok"


def test_denial_stops_polling(emu: Emulator) -> None:
    started: list[DeviceAuthorization] = []
    time = FakeTime()

    def on_status(status: PollStatus) -> None:
        emu.oauth.deny_device(started[0].user_code)

    async def go() -> Any:
        client = make_client(emu, time)
        try:
            auth = await client.start_device_flow()
            started.append(auth)
            with pytest.raises(FlowError) as caught:
                await client.poll_device_flow(auth, on_status)
            return caught.value
        finally:
            await client.aclose()

    error = asyncio.run(go())
    assert error.reason is FlowFailure.DENIED
    assert len(time.sleeps) == 2  # one pending poll, one poll answered access_denied


def test_expiry_stops_polling_without_asking_again(emu: Emulator) -> None:
    emu.oauth.device_code_lifetime = 12
    time = FakeTime()

    async def go() -> Any:
        client = make_client(emu, time)
        try:
            auth = await client.start_device_flow()
            with pytest.raises(FlowError) as caught:
                await client.poll_device_flow(auth)
            return caught.value
        finally:
            await client.aclose()

    error = asyncio.run(go())
    assert error.reason is FlowFailure.EXPIRED
    assert time.sleeps == [5, 5, 5]  # polls at 5 and 10; at 15 the code is dead: no request
    assert len([r for r in emu.requests if r.path == "/auth/oauth/token"]) == 2


def test_expired_on_the_server_reads_as_an_invalid_code(emu: Emulator) -> None:
    time = FakeTime()

    async def go() -> Any:
        client = make_client(emu, time)
        try:
            auth = await client.start_device_flow()
            emu.oauth.clock = lambda: time.now + 7200  # the server forgot the code already
            with pytest.raises(FlowError) as caught:
                await client.poll_device_flow(auth)
            return caught.value
        finally:
            await client.aclose()

    assert asyncio.run(go()).reason is FlowFailure.INVALID_CODE


def test_unknown_device_code_is_invalid(emu: Emulator) -> None:
    time = FakeTime()
    bogus = DeviceAuthorization("no-such-code", "abc", "", "", 3600, 0, time.now + 3600)

    async def go() -> Any:
        client = make_client(emu, time)
        try:
            with pytest.raises(FlowError) as caught:
                await client.poll_device_flow(bogus)
            return caught.value
        finally:
            await client.aclose()

    assert asyncio.run(go()).reason is FlowFailure.INVALID_CODE
    raw = httpx.post(
        f"{emu.base_url}/auth/oauth/token",
        data={"grant_type": "urn:ietf:params:oauth:grant-type:device_code", "device_code": "x"},
        auth=(CLIENT_ID, "test-secret-0123456789"),
    )
    assert raw.status_code == 400
    assert raw.json() == {"error": "invalid_request", "error_description": "Invalid device code"}


def test_device_request_needs_the_client_secret(emu: Emulator) -> None:
    async def go() -> Any:
        client = OAuthClient(emu.base_url, AppCredentials(CLIENT_ID, "wrong"))
        try:
            with pytest.raises(OAuthError) as caught:
                await client.start_device_flow()
            return caught.value
        finally:
            await client.aclose()

    error = asyncio.run(go())
    assert error.status == 401 and error.permanent


def test_cancelling_the_poll_stops_it(emu: Emulator) -> None:
    emu.oauth.interval = 0

    async def go() -> int:
        client = make_client(emu)
        try:
            auth = await client.start_device_flow()
            polls = 0

            def on_status(status: PollStatus) -> None:
                nonlocal polls
                polls += 1
                if polls == 3:
                    task.cancel()

            task = asyncio.ensure_future(client.poll_device_flow(auth, on_status))
            with pytest.raises(asyncio.CancelledError):
                await task
            return polls
        finally:
            await client.aclose()

    assert asyncio.run(go()) == 3


def test_approval_page_approves_through_the_html_form(emu: Emulator) -> None:
    emu.oauth.interval = 0

    async def go() -> Any:
        client = make_client(emu)
        try:
            auth = await client.start_device_flow()
            async with httpx.AsyncClient() as browser:
                page = await browser.get(auth.verification_uri_complete)
                assert page.status_code == 200 and "Approve" in page.text
                assert auth.user_code in page.text
                done = await browser.post(
                    auth.verification_uri, data={"code": auth.user_code, "action": "approve"}
                )
                assert done.status_code == 200
            return await client.poll_device_flow(auth)
        finally:
            await client.aclose()

    tokens = asyncio.run(go())
    assert emu.oauth.check_access_token(tokens.access_token) == "ok"
