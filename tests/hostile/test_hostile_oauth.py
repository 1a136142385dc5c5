"""The OAuth client against a hostile token server: a typed error within a deadline.

A refresh runs before an API call's first attempt (the token it needs), so whatever the token
endpoint sends must end as :class:`OAuthError` (and, through the token provider, as the API
call's :class:`AllegroError`), never as another exception and never after the deadline.
Real sockets, real clock, a 0.5 s deadline.
"""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from allegro_issues_desktop.allegro import AllegroClient, AllegroError, RetryPolicy
from allegro_issues_desktop.auth.credentials import AppCredentials
from allegro_issues_desktop.auth.oauth import (
    MAX_POLL_INTERVAL_S,
    MAX_RESPONSE_BYTES,
    MAX_TOKEN_LIFETIME_S,
    OAuthClient,
    OAuthError,
    OAuthUnavailableError,
    TokenSet,
)
from allegro_issues_desktop.auth.token_provider import RefreshingTokenProvider

from .server import Behaviour, HostileServer, Request, answer, endless, hang, trickle_body

DEADLINE = 0.5
EXPIRED = TokenSet("old-access-token-0123456789", "refresh-token-0123456789abc", expires_at=0.0)
JSON = [("Content-Type", "application/json")]


def _json(data: object) -> Behaviour:
    return answer(200, json.dumps(data).encode(), JSON)


def _token(**extra: object) -> Behaviour:
    return _json({"access_token": "a" * 20, "refresh_token": "r" * 20, **extra})


HOSTILE: dict[str, Behaviour] = {
    "deep-nesting": answer(200, b"[" * 100_000, JSON),
    "trickled-body": trickle_body(200),
    "endless-body": endless(),
    "no-answer": hang,
    "too-large": answer(200, b'{"access_token": "' + b"a" * MAX_RESPONSE_BYTES + b'"}', JSON),
    "garbled-utf8": answer(200, b'{"access_token": "\xff\xfe"}', JSON),
    "nan": answer(200, b'{"access_token": "abc", "expires_in": NaN}', JSON),
    "not-an-object": answer(200, b'["access_token"]', JSON),
}


def _refresh(behaviour: Behaviour) -> tuple[BaseException | None, float]:
    with HostileServer(lambda _request: behaviour, lifetime=20) as server:

        async def go() -> tuple[BaseException | None, float]:
            oauth = OAuthClient(
                server.url, AppCredentials("cid", "secret-0123456789"), deadline=DEADLINE
            )
            started = time.monotonic()
            try:
                async with asyncio.timeout(10):  # a guard: a missing deadline fails, not hangs
                    await oauth.refresh(EXPIRED.refresh_token)
            except Exception as exc:
                return exc, time.monotonic() - started
            finally:
                await oauth.aclose()
            return None, time.monotonic() - started

        return asyncio.run(go())


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_token_answer_is_a_typed_error_within_the_deadline(name: str) -> None:
    outcome, elapsed = _refresh(HOSTILE[name])

    assert isinstance(outcome, OAuthUnavailableError), f"{type(outcome).__name__}: {outcome!r}"
    assert not outcome.permanent  # Allegro unreachable is not a sign-out
    assert elapsed < 5 * DEADLINE, f"took {elapsed:.2f} s"


def test_an_error_answer_keeps_its_code_and_description() -> None:
    behaviour = answer(
        400, b'{"error": "invalid_grant", "error_description": "Invalid refresh token"}', JSON
    )
    outcome, _ = _refresh(behaviour)

    assert isinstance(outcome, OAuthError) and not isinstance(outcome, OAuthUnavailableError)
    assert (outcome.error, outcome.description, outcome.status) == (
        "invalid_grant",
        "Invalid refresh token",
        400,
    )
    assert outcome.permanent


@pytest.mark.parametrize(
    ("expires_in", "lifetime"),
    [
        (10**400, MAX_TOKEN_LIFETIME_S),  # would overflow the clock's float
        ("9" * 10_000, 3600),  # more digits than int() converts: the default
        (-5, 0),
        ("43199", 43199),  # numbers may come as strings (FACTS)
    ],
)
def test_a_tokens_lifetime_is_bounded(expires_in: object, lifetime: int) -> None:
    now = 1_000_000.0
    tokens = TokenSet.from_response(
        {"access_token": "a" * 20, "refresh_token": "r" * 20, "expires_in": expires_in}, now
    )
    assert tokens.expires_at == now + lifetime


def test_the_device_flows_numbers_are_bounded() -> None:
    behaviour = _json(
        {
            "device_code": "d" * 20,
            "user_code": "ABCD-EFGH",
            "verification_uri": "https://allegro.pl/skojarz-aplikacje",
            "expires_in": 10**400,
            "interval": 10**9,
        }
    )
    with HostileServer(lambda _request: behaviour, lifetime=20) as server:

        async def go() -> None:
            oauth = OAuthClient(server.url, AppCredentials("cid", "secret-0123456789"))
            try:
                auth = await oauth.start_device_flow()
            finally:
                await oauth.aclose()
            assert auth.interval == MAX_POLL_INTERVAL_S  # not a sleep of 30 years
            assert auth.expires_in == 24 * 3600

        asyncio.run(go())


def test_an_api_call_behind_a_hostile_refresh_ends_in_an_allegro_error() -> None:
    """The refresh runs before the call's first attempt: its failure is the call's, typed."""

    def respond(request: Request) -> Behaviour:
        if request.path.startswith("/auth/oauth/token"):
            return answer(200, b"[" * 100_000, JSON)
        return answer(200, b'{"issues": [], "count": 0, "totalCount": 0}', JSON)

    with HostileServer(respond, lifetime=20) as server:

        async def go() -> BaseException | None:
            oauth = OAuthClient(server.url, AppCredentials("cid", "secret-0123456789"))
            tokens = RefreshingTokenProvider(
                EXPIRED, refresher=oauth.refresh, persist=lambda _tokens: None
            )
            client = AllegroClient(
                server.url, tokens, retry=RetryPolicy(attempts=2, base=0.01, cap=0.01)
            )
            try:
                async with asyncio.timeout(10):
                    await client.list_issues()
            except Exception as exc:
                return exc
            finally:
                await client.aclose()
                await oauth.aclose()
            return None

        outcome = asyncio.run(go())

    assert isinstance(outcome, AllegroError), f"{type(outcome).__name__}: {outcome!r}"
    assert str(outcome).strip()
    assert EXPIRED.refresh_token not in str(outcome)
