"""The release feed check: newer / same / older, bad feeds, network errors, https only."""

from __future__ import annotations

import asyncio
import json
import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from allegro_issues_desktop import PROJECT_URL
from allegro_issues_desktop.services import updates
from allegro_issues_desktop.services.updates import (
    FailureKind,
    UpdateAvailable,
    UpdateCheckFailed,
    UpToDate,
    check_for_update,
    is_newer,
    version_key,
)

ROOT = Path(__file__).resolve().parents[2]
FEED = "https://api.github.com/repos/allegro-issues-desktop/allegro-issues-desktop/releases/latest"
PAGE = "https://github.com/allegro-issues-desktop/allegro-issues-desktop/releases/tag/v0.2.0"


def _release(tag: str = "v0.2.0", **extra: Any) -> dict[str, Any]:
    return {"tag_name": tag, "name": f"Release {tag}", "html_url": PAGE, "draft": False,
            "prerelease": False, "assets": [{"browser_download_url": "http://evil.test/x.exe"}],
            **extra}  # fmt: skip


class Recorder:
    """A MockTransport handler that records every URL it is asked for."""

    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.responses = list(responses)
        self.urls: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(str(request.url))
        answer = self.responses.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def _check(handler: Recorder, current: str = "0.1.0") -> updates.UpdateResult:
    transport = httpx.MockTransport(handler)
    return asyncio.run(check_for_update(current=current, transport=transport))


def test_feed_is_the_pyproject_homepage_repository() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert pyproject["project"]["urls"]["Homepage"] == PROJECT_URL
    assert updates.feed_url() == FEED


def test_newer_version_is_reported_with_its_https_page() -> None:
    handler = Recorder(httpx.Response(200, json=_release("v0.2.0")))
    result = _check(handler)
    assert result == UpdateAvailable(version="0.2.0", url=PAGE, current="0.1.0")
    assert handler.urls == [FEED]
    assert updates.describe(result) == f"newer version 0.2.0 available at {PAGE}"


def test_request_asks_for_json_with_a_user_agent() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=_release("0.1.0"))

    asyncio.run(check_for_update(current="0.1.0", transport=httpx.MockTransport(handler)))
    assert "json" in seen[0].headers["Accept"]
    assert seen[0].headers["User-Agent"].startswith("AllegroIssuesDesktop/")


@pytest.mark.parametrize("tag", ["v0.1.0", "0.1.0", "0.1", "V0.1.0"])
def test_same_version_is_up_to_date(tag: str) -> None:
    result = _check(Recorder(httpx.Response(200, json=_release(tag))))
    assert isinstance(result, UpToDate)
    assert result.current == "0.1.0"


@pytest.mark.parametrize("tag", ["v0.0.9", "0.1.0rc1", "0.1.0.dev3", "v0.0.1"])
def test_older_version_is_up_to_date(tag: str) -> None:
    result = _check(Recorder(httpx.Response(200, json=_release(tag))))
    assert isinstance(result, UpToDate)


def test_prereleases_and_drafts_are_not_offered() -> None:
    feed = [
        _release("v9.0.0", prerelease=True),
        _release("v8.0.0", draft=True),
        _release("v7.0.0rc1"),
        _release("v0.1.0"),
    ]
    result = _check(Recorder(httpx.Response(200, json=feed)))
    assert result == UpToDate(current="0.1.0", latest="0.1.0")


def test_a_list_feed_offers_the_highest_release() -> None:
    feed = [_release("v0.3.0"), _release("v0.10.0"), _release("v0.9.1"), {"tag_name": 5}]
    result = _check(Recorder(httpx.Response(200, json=feed)))
    assert isinstance(result, UpdateAvailable)
    assert result.version == "0.10.0"


@pytest.mark.parametrize(
    "body",
    [
        b"<html>not json</html>",
        b"",
        b"{",
        json.dumps({"message": "Not Found"}).encode(),
        json.dumps({"tag_name": "latest"}).encode(),
        json.dumps({"tag_name": None, "name": 3}).encode(),
        json.dumps([1, "two", None]).encode(),
        json.dumps("v1.0.0").encode(),
    ],
)
def test_garbage_feed_is_a_bad_feed(body: bytes) -> None:
    result = _check(Recorder(httpx.Response(200, content=body)))
    assert isinstance(result, UpdateCheckFailed)
    assert result.kind is FailureKind.BAD_FEED


def test_name_is_used_when_the_tag_is_not_a_version() -> None:
    release = _release("release-latest", name="0.2.0")
    result = _check(Recorder(httpx.Response(200, json=release)))
    assert isinstance(result, UpdateAvailable)
    assert result.version == "0.2.0"


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("no route"),
        httpx.ConnectTimeout("slow"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("eof"),
    ],
)
def test_network_errors_are_typed_failures(error: Exception) -> None:
    result = _check(Recorder(error))
    assert isinstance(result, UpdateCheckFailed)
    assert result.kind is FailureKind.NETWORK


@pytest.mark.parametrize("status", [403, 404, 500, 503])
def test_http_errors_are_typed_failures(status: int) -> None:
    result = _check(Recorder(httpx.Response(status, json={"message": "rate limited"})))
    assert isinstance(result, UpdateCheckFailed)
    assert result.kind is FailureKind.HTTP
    assert str(status) in result.detail


def test_https_redirect_is_followed() -> None:
    moved = "https://api.github.com/repositories/123/releases/latest"
    handler = Recorder(
        httpx.Response(301, headers={"Location": moved}),
        httpx.Response(200, json=_release("v0.2.0")),
    )
    result = _check(handler)
    assert isinstance(result, UpdateAvailable)
    assert handler.urls == [FEED, moved]


@pytest.mark.parametrize(
    "location", ["http://api.github.com/repos/x/y/releases/latest", "ftp://example.test/feed"]
)
def test_redirect_away_from_https_is_never_followed(location: str) -> None:
    handler = Recorder(httpx.Response(302, headers={"Location": location}))
    result = _check(handler)
    assert isinstance(result, UpdateCheckFailed)
    assert result.kind is FailureKind.UNSAFE_REDIRECT
    assert handler.urls == [FEED]


def test_redirect_loops_stop() -> None:
    handler = Recorder(*[httpx.Response(302, headers={"Location": FEED}) for _ in range(10)])
    result = _check(handler)
    assert isinstance(result, UpdateCheckFailed)
    assert result.kind is FailureKind.UNSAFE_REDIRECT
    assert len(handler.urls) == updates.MAX_REDIRECTS + 1


@pytest.mark.parametrize(
    "link",
    [
        "http://github.com/allegro-issues-desktop/allegro-issues-desktop/releases/tag/v0.2.0",
        "https://evil.test/allegro-issues/releases/v0.2.0",
        "javascript:alert(1)",
        None,
        42,
    ],
)
def test_unsafe_release_links_are_replaced_by_the_project_page(link: object) -> None:
    result = _check(Recorder(httpx.Response(200, json=_release("v0.2.0", html_url=link))))
    assert isinstance(result, UpdateAvailable)
    assert result.url == PAGE


def test_a_project_url_that_is_not_https_github_is_refused_without_a_request() -> None:
    handler = Recorder()
    result = asyncio.run(
        check_for_update(
            project_url="http://github.com/a/b", transport=httpx.MockTransport(handler)
        )
    )
    assert isinstance(result, UpdateCheckFailed)
    assert handler.urls == []


# --- versions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("newer", "older"),
    [
        ("0.2.0", "0.1.0"),
        ("0.10.0", "0.9.9"),
        ("1.0", "1.0rc2"),
        ("1.0rc2", "1.0rc1"),
        ("1.0rc1", "1.0b3"),
        ("1.0b1", "1.0a9"),
        ("1.0a1", "1.0.dev5"),
        ("1.0.post1", "1.0"),
        ("1.0.1", "1.0.post9"),
        ("v2.0.0", "1.99.99"),
        ("1.0.0.1", "1.0"),
    ],
)
def test_version_order(newer: str, older: str) -> None:
    assert is_newer(newer, older)
    assert not is_newer(older, newer)


@pytest.mark.parametrize(("a", "b"), [("1.0", "1.0.0"), ("v1.2", "1.2"), ("1.0+local.7", "1.0")])
def test_equal_versions(a: str, b: str) -> None:
    assert version_key(a) == version_key(b)
    assert not is_newer(a, b)


@pytest.mark.parametrize("text", ["", "latest", "1.0-final-final", "1..0", "abc1.0", "1.0 beta x"])
def test_not_versions(text: str) -> None:
    assert version_key(text) is None
    assert not is_newer(text, "0.1.0")


_versions = st.builds(
    lambda release, pre, post, dev: (
        ".".join(map(str, release))
        + (f"{pre[0]}{pre[1]}" if pre else "")
        + (f".post{post}" if post is not None else "")
        + (f".dev{dev}" if dev is not None else "")
    ),
    st.lists(st.integers(0, 12), min_size=1, max_size=4),
    st.none() | st.tuples(st.sampled_from(["a", "b", "rc"]), st.integers(0, 3)),
    st.none() | st.integers(0, 3),
    st.none() | st.integers(0, 3),
)


@given(_versions, _versions)
def test_order_agrees_with_packaging(a: str, b: str) -> None:
    version = pytest.importorskip("packaging.version")
    expected = version.Version(a) > version.Version(b)
    assert is_newer(a, b) == expected, (a, b)


# --- the opt-in check at start -------------------------------------------------------------------


def test_start_check_is_opt_in_and_at_most_daily() -> None:
    now = datetime(2026, 11, 27, 12, tzinfo=UTC)
    assert not updates.start_check_due({}, now)
    assert not updates.start_check_due({updates.PREF_CHECK_AT_START: "yes"}, now)
    enabled: dict[str, object] = {updates.PREF_CHECK_AT_START: True}
    assert updates.start_check_due(enabled, now)
    recent = (now - timedelta(hours=23)).isoformat()
    assert not updates.start_check_due({**enabled, updates.PREF_LAST_CHECK: recent}, now)
    old = (now - timedelta(hours=24)).isoformat()
    assert updates.start_check_due({**enabled, updates.PREF_LAST_CHECK: old}, now)
    future = (now + timedelta(days=3)).isoformat()  # clock was wrong: check again
    assert updates.start_check_due({**enabled, updates.PREF_LAST_CHECK: future}, now)
    assert updates.start_check_due({**enabled, updates.PREF_LAST_CHECK: "garbage"}, now)


def test_a_real_check_uses_the_app_s_kind_of_client(monkeypatch: pytest.MonkeyPatch) -> None:
    """No transport given: the shared TLS context and asyncio network I/O (not a context of
    its own built on the GUI thread, nor anyio's backend), with the check's headers."""
    from allegro_issues_desktop.allegro.asyncio_network import uses_asyncio_network

    seen: list[tuple[bool, bool, str]] = []

    async def answer(client: httpx.AsyncClient, url: str) -> object:
        seen.append(
            (uses_asyncio_network(client), client.follow_redirects, client.headers["User-Agent"])
        )
        return _release("v0.2.0")

    monkeypatch.setattr(updates, "_get_json", answer)
    result = asyncio.run(check_for_update(current="0.1.0"))
    assert result == UpdateAvailable(version="0.2.0", url=PAGE, current="0.1.0")
    assert seen == [(True, False, updates.USER_AGENT)]
