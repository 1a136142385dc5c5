"""AllegroClient against the real emulator over HTTP on 127.0.0.1 (no Qt)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import aclosing
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest

from allegro_issues_desktop import PROJECT_URL, __version__
from allegro_issues_desktop.allegro import (
    AllegroClient,
    AuthenticationError,
    ChatClosedError,
    NetworkError,
    RetryPolicy,
    StaticTokenProvider,
    UnsafeUrlError,
)
from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.domain import Issue, Money

T = TypeVar("T")


class Sleeps:
    """Retry and budget waits recorded on a fake clock, not slept: no test waits for backoff."""

    def __init__(self) -> None:
        self.delays: list[float] = []
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)


def run_with(
    emu: Emulator,
    body: Callable[[AllegroClient], Awaitable[T]],
    *,
    tokens: Any = None,
    sleeps: Sleeps | None = None,
    attempts: int = 4,
    **options: Any,
) -> T:
    async def go() -> T:
        fake = sleeps or Sleeps()
        policy = RetryPolicy(attempts=attempts, sleep=fake, clock=fake.clock)
        async with AllegroClient(
            emu.base_url, tokens or StaticTokenProvider(emu.token), retry=policy, **options
        ) as client:
            return await body(client)

    return asyncio.run(go())


async def all_issues(client: AllegroClient, **kwargs: Any) -> list[Issue]:
    async with aclosing(client.iter_issue_pages(**kwargs)) as pages:
        return [issue async for page in pages for issue in page]


def api_requests(emu: Emulator, path: str | None = None) -> list[Any]:
    return [
        r
        for r in list(emu.requests)
        if r.path.startswith("/sale/issues") and (path is None or r.path == path)
    ]


@pytest.fixture
def emu(emulator: Emulator) -> Emulator:
    return emulator


# ------------------------------------------------------------------ reading


def test_list_one_page_and_headers(emu: Emulator) -> None:
    issues = run_with(emu, lambda c: c.list_issues(limit=10))
    assert [i.id for i in issues] == emu.issue_ids()[:10]
    request = api_requests(emu)[0]
    assert request.query["limit"] == ["10"]
    assert request.headers["accept"] == "application/vnd.allegro.beta.v1+json"
    assert request.headers["accept-language"] == "pl-PL"
    assert request.headers["user-agent"] == f"AllegroIssuesDesktop/{__version__} (+{PROJECT_URL})"
    assert request.headers["authorization"] == f"Bearer {emu.token}"


def test_list_filters(emu: Emulator) -> None:
    target = emu.issue_json(emu.issue_ids()[5])
    checkout_id = target["checkoutForm"]["id"]

    async def body(client: AllegroClient) -> tuple[list[Issue], list[Issue]]:
        claims = await all_issues(client, statuses=["CLAIM_SUBMITTED", "CLAIM_ACCEPTED"])
        by_order = await client.list_issues(checkout_form_id=checkout_id)
        return claims, by_order

    claims, by_order = run_with(emu, body)
    expected = [
        i
        for i in emu.issue_ids()
        if emu.issue_json(i)["currentState"]["status"] in ("CLAIM_SUBMITTED", "CLAIM_ACCEPTED")
    ]
    assert [i.id for i in claims] == expected
    assert target["id"] in [i.id for i in by_order]
    assert all(i.checkout_form.id == checkout_id for i in by_order)


def test_get_issue_round_trips_the_json(emu: Emulator) -> None:
    issue_id = emu.issue_ids()[3]
    issue = run_with(emu, lambda c: c.get_issue(issue_id))
    assert issue.id == issue_id
    assert issue.to_json() == emu.issue_json(issue_id)


@pytest.fixture(scope="module")
def paging_emulators() -> Iterator[dict[int, Emulator]]:
    emulators = {n: Emulator(issues=n, seed=11, token="t").start() for n in (0, 1, 100, 101)}
    yield emulators
    for emulator in emulators.values():
        emulator.stop()


@pytest.mark.parametrize("count", [0, 1, 100, 101])
def test_all_pages_at_the_edges(count: int, paging_emulators: dict[int, Emulator]) -> None:
    emu = paging_emulators[count]
    emu.requests.clear()
    issues = run_with(emu, all_issues)
    assert [i.id for i in issues] == emu.issue_ids()
    assert len(issues) == count
    assert len(api_requests(emu)) <= (count // 100) + 4


@pytest.mark.slow
def test_all_pages_of_10000_issues() -> None:
    with Emulator(issues=10_000, seed=3, token="t") as emu:
        issues = run_with(emu, lambda c: all_issues(c, prefetch=6))
        assert [i.id for i in issues] == emu.issue_ids()
        assert len(api_requests(emu)) <= 101 + 5


def long_chat_id(emu: Emulator, length: int) -> str:
    return next(i for i in emu.issue_ids() if len(emu.chat_json(i)) == length)


def test_chat_of_250_messages(emu: Emulator) -> None:
    issue_id = long_chat_id(emu, 250)
    chat = run_with(emu, lambda c: c.get_chat(issue_id))
    assert [m.id for m in chat] == [m["id"] for m in emu.chat_json(issue_id)]
    assert len(api_requests(emu, f"/sale/issues/{issue_id}/chat")) == 3


def test_every_chat_matches_the_server(emu: Emulator) -> None:
    ids = emu.issue_ids()

    async def body(client: AllegroClient) -> list[list[str | None]]:
        chats = await asyncio.gather(*(client.get_chat(i) for i in ids))
        return [[m.id for m in chat] for chat in chats]

    chats = run_with(emu, body)
    assert chats == [[m["id"] for m in emu.chat_json(i)] for i in ids]


def test_chat_when_the_server_ignores_offset_stops(emu: Emulator) -> None:
    emu.faults.ignore_chat_offset = True
    issue_id = long_chat_id(emu, 250)
    chat = run_with(emu, lambda c: c.get_chat(issue_id))
    server_ids = {m["id"] for m in emu.chat_json(issue_id)}
    assert len(chat) == 100
    assert {m.id for m in chat} <= server_ids
    times = [m.created_at for m in chat]
    assert times == sorted(times)  # type: ignore[type-var]
    assert len(api_requests(emu, f"/sale/issues/{issue_id}/chat")) == 2


# ----------------------------------------------------------------- faults


def test_503_and_429_are_retried(emu: Emulator) -> None:
    emu.faults.rate_503 = 0.25
    emu.faults.rate_429 = 0.15
    emu.faults.retry_after = 2
    sleeps = Sleeps()
    issues = run_with(emu, lambda c: all_issues(c, page_size=10), sleeps=sleeps, attempts=12)
    assert [i.id for i in issues] == emu.issue_ids()
    assert sleeps.delays, "some requests must have failed and been retried"
    assert 2.0 in sleeps.delays  # Retry-After honoured


def test_malformed_get_is_retried(emu: Emulator) -> None:
    emu.faults.malformed_rate = 0.3
    issue_id = long_chat_id(emu, 250)
    chat = run_with(emu, lambda c: c.get_chat(issue_id), attempts=8)
    assert len(chat) == 250


def test_expired_token_is_refreshed_once(emu: Emulator) -> None:
    class Refreshing:
        def __init__(self) -> None:
            self.token = emu.token
            self.rejected: list[str] = []

        async def access_token(self) -> str:
            return self.token

        async def refresh_after_rejection(self, rejected: str) -> str:
            self.rejected.append(rejected)
            self.token = emu.issue_token()[0]
            return self.token

    tokens = Refreshing()
    emu.expire_token()
    issue = run_with(emu, lambda c: c.get_issue(emu.issue_ids()[0]), tokens=tokens)
    assert issue.id == emu.issue_ids()[0]
    assert tokens.rejected == [emu.token]
    sent = [r.headers["authorization"] for r in api_requests(emu)]
    assert sent == [f"Bearer {emu.token}", f"Bearer {tokens.token}"]


def test_expired_static_token_is_an_authentication_error_without_the_token(
    emu: Emulator,
) -> None:
    emu.expire_token()

    async def body(client: AllegroClient) -> None:
        with pytest.raises(AuthenticationError) as caught:
            await client.get_issue(emu.issue_ids()[0])
        assert caught.value.code == "invalid_token"
        assert emu.token not in str(caught.value)

    run_with(emu, body)


def test_a_slow_server_is_cut_at_the_deadline(emu: Emulator) -> None:
    emu.faults.latency = 0.6

    async def body(client: AllegroClient) -> None:
        started = time.monotonic()
        with pytest.raises(NetworkError) as caught:
            await client.list_issues()
        assert caught.value.timed_out
        assert time.monotonic() - started < 5 * 0.2

    run_with(emu, body, timeout=0.2)


def test_a_send_cut_at_the_deadline_is_sent_once_and_its_outcome_unknown(emu: Emulator) -> None:
    # The emulator sleeps, then posts the message: exactly what a slow Allegro does, so the
    # caller must re-read the chat rather than send again.
    issue_id = open_issue(emu, "DISPUTE")
    emu.faults.latency = 0.6

    async def body(client: AllegroClient) -> None:
        with pytest.raises(NetworkError) as caught:
            await client.post_message(issue_id, "Czy paczka doszła?")
        assert caught.value.timed_out and caught.value.outcome_unknown

    run_with(emu, body, timeout=0.2)
    assert len(api_requests(emu, f"/sale/issues/{issue_id}/message")) == 1


def test_still_trying_is_reported_for_a_slow_answer(emu: Emulator) -> None:
    emu.faults.latency = 0.3
    reports: list[bool] = []
    issue_id = emu.issue_ids()[0]

    issue = run_with(emu, lambda c: c.get_issue(issue_id), on_slow=reports.append, slow_after=0.05)
    assert issue.id == issue_id
    assert reports == [True, False]


# ----------------------------------------------------------------- writing


def open_issue(emu: Emulator, kind: str) -> str:
    return next(
        i
        for i in emu.issue_ids()
        if emu.issue_json(i)["type"] == kind
        and emu.issue_json(i)["currentState"]["status"] in ("DISPUTE_ONGOING", "CLAIM_SUBMITTED")
        and emu.issue_json(i)["currentState"].get("chatActive") is True
    )


def test_post_message_appears_in_the_chat(emu: Emulator) -> None:
    issue_id = open_issue(emu, "DISPUTE")

    async def body(client: AllegroClient) -> None:
        sent = await client.post_message(issue_id, "Dzień dobry, sprawdzam.")
        assert sent.author.role == "SELLER" and sent.text == "Dzień dobry, sprawdzam."
        chat = await client.get_chat(issue_id)
        assert chat[-1].id == sent.id

    run_with(emu, body)
    post = api_requests(emu, f"/sale/issues/{issue_id}/message")[0]
    assert post.headers["content-type"] == "application/vnd.allegro.beta.v1+json"


def test_closed_chat_is_409(emu: Emulator) -> None:
    issue_id = open_issue(emu, "DISPUTE")
    emu.set_state(issue_id, chatActive=False)

    async def body(client: AllegroClient) -> None:
        with pytest.raises(ChatClosedError) as caught:
            await client.post_message(issue_id, "hello")
        assert caught.value.status == 409

    run_with(emu, body)
    assert len(api_requests(emu, f"/sale/issues/{issue_id}/message")) == 1


def test_change_claim_status_with_partial_refund(emu: Emulator) -> None:
    issue_id = open_issue(emu, "CLAIM")

    async def body(client: AllegroClient) -> Issue:
        await client.change_claim_status(
            issue_id, "ACCEPTED_PARTIAL_REFUND", "Zwracam 40 zł", Money(Decimal("40"), "PLN")
        )
        return await client.get_issue(issue_id)

    assert run_with(emu, body).current_state.status == "CLAIM_ACCEPTED"


def test_upload_then_message_then_download(emu: Emulator, tmp_path: Path) -> None:
    issue_id = open_issue(emu, "DISPUTE")
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40

    async def body(client: AllegroClient) -> Path:
        attachment_id = await client.upload_attachment("zdjęcie.png", data)
        sent = await client.post_message(issue_id, "", attachment_ids=[attachment_id])
        assert [a.attachment_id for a in sent.attachments] == [attachment_id]
        url = sent.attachments[0].url
        assert url is not None
        return await client.download_attachment(url, tmp_path / "got.png")

    assert run_with(emu, body).read_bytes() == data
    put = next(r for r in api_requests(emu) if r.method == "PUT")
    assert put.headers["content-type"] == "image/png"
    download = [r for r in api_requests(emu) if r.method == "GET"][-1]
    assert download.headers["accept"] == "*/*"


def test_download_a_seeded_attachment(emu: Emulator, tmp_path: Path) -> None:
    url = next(
        a["url"]
        for i in emu.issue_ids()
        for m in emu.chat_json(i)
        for a in m.get("attachments") or []
    )
    path = run_with(emu, lambda c: c.download_attachment(url, tmp_path / "seeded"))
    assert path.stat().st_size > 0


def test_attachment_on_another_port_is_refused(emu: Emulator, tmp_path: Path) -> None:
    port = int(emu.base_url.rsplit(":", 1)[1])
    url = f"http://127.0.0.1:{port + 1}/sale/issues/attachments/x"

    async def body(client: AllegroClient) -> None:
        with pytest.raises(UnsafeUrlError):
            await client.download_attachment(url, tmp_path / "x")

    run_with(emu, body)
    assert api_requests(emu) == []
