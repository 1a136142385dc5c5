"""Is a newer release out? Reads the project's release feed; never downloads or runs anything.

The feed is the GitHub releases API of the project's repository (``PROJECT_URL``, the same as
``[project.urls] Homepage`` in pyproject.toml): ``/repos/OWNER/REPO/releases/latest``, one JSON
object (a list of releases, as ``/releases`` gives, is read too). The answer is one of

* :class:`UpdateAvailable`: a newer version and the https link of its release page;
* :class:`UpToDate`;
* :class:`UpdateCheckFailed` with a :class:`FailureKind` (network, HTTP status, unreadable feed,
  a redirect that leaves https).

Only https is ever requested: redirects are followed by hand, at most three, and only to https
URLs; a release link that is not https on the project's host is replaced by the project's own
releases page. Nothing here imports Qt (``ui/update_check.py`` shows the result).

Versions compare as PEP 440 does for what releases use (``1.2``, ``v1.2.3``, ``1.3.0rc1``,
``1.3.0.dev2``, ``1.2.post1``, ``+local`` ignored), without depending on ``packaging``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import httpx

from .. import PROJECT_URL, __version__

log = logging.getLogger(__name__)

TIMEOUT_S = 5.0
MAX_REDIRECTS = 3
MAX_FEED_BYTES = 2 * 1024 * 1024
CHECK_INTERVAL = timedelta(days=1)
# Preference keys (preferences.json): the opt-in and the time of the last check at start.
PREF_CHECK_AT_START = "update_check_at_start"
PREF_LAST_CHECK = "update_check_last"
USER_AGENT = f"AllegroIssuesDesktop/{__version__} (+{PROJECT_URL})"


class FailureKind(Enum):
    NETWORK = "network"  # no connection, DNS, TLS, timeout
    HTTP = "http"  # an answer other than 200 (404: no release yet; 403: rate limit)
    BAD_FEED = "bad-feed"  # not JSON, or no release with a readable version
    UNSAFE_REDIRECT = "unsafe-redirect"  # a redirect to a non-https URL, or too many


@dataclass(frozen=True, slots=True)
class UpdateAvailable:
    version: str
    url: str  # https, the release page (the seller downloads from there, by hand)
    current: str


@dataclass(frozen=True, slots=True)
class UpToDate:
    current: str
    latest: str | None  # the newest published release, if the feed named one


@dataclass(frozen=True, slots=True)
class UpdateCheckFailed:
    kind: FailureKind
    detail: str  # English, for the log and the message box's details


UpdateResult = UpdateAvailable | UpToDate | UpdateCheckFailed


def describe(result: UpdateResult) -> str:
    """One English line for the log."""
    if isinstance(result, UpdateAvailable):
        return f"newer version {result.version} available at {result.url}"
    if isinstance(result, UpToDate):
        return f"up to date ({result.current})"
    return f"update check failed ({result.kind.value}): {result.detail}"


# --- where the feed is --------------------------------------------------------------------------


def _github_repo(project_url: str) -> tuple[str, str]:
    parts = urlsplit(project_url)
    path = [segment for segment in parts.path.split("/") if segment]
    if parts.scheme != "https" or parts.hostname != "github.com" or len(path) < 2:
        raise ValueError(f"not an https GitHub repository URL: {project_url!r}")
    owner, repo = path[0], path[1].removesuffix(".git")
    return owner, repo


def feed_url(project_url: str = PROJECT_URL) -> str:
    owner, repo = _github_repo(project_url)
    return f"https://api.github.com/repos/{quote(owner)}/{quote(repo)}/releases/latest"


def releases_page(project_url: str = PROJECT_URL, tag: str | None = None) -> str:
    owner, repo = _github_repo(project_url)
    base = f"https://github.com/{quote(owner)}/{quote(repo)}/releases"
    return f"{base}/tag/{quote(tag, safe='')}" if tag else f"{base}/latest"


# --- versions -----------------------------------------------------------------------------------

_VERSION = re.compile(
    r"""
    ^\s*v?
    (?P<release>[0-9]+(?:\.[0-9]+)*)
    (?:[-_.]?(?P<pre_l>alpha|beta|preview|pre|rc|a|b|c)[-_.]?(?P<pre_n>[0-9]+)?)?
    (?P<post>-(?P<post_n1>[0-9]+)|[-_.]?(?:post|rev|r)[-_.]?(?P<post_n2>[0-9]+)?)?
    (?P<dev>[-_.]?dev[-_.]?(?P<dev_n>[0-9]+)?)?
    (?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?
    \s*$
    """,
    re.VERBOSE | re.IGNORECASE,
)
_PRE_RANK = {"a": 1, "alpha": 1, "b": 2, "beta": 2, "c": 3, "rc": 3, "pre": 3, "preview": 3}
_FINAL = 4

VersionKey = tuple[tuple[int, ...], tuple[int, int], int, tuple[int, int]]


def version_key(text: str) -> VersionKey | None:
    """A sort key ordered like ``packaging.version.Version``; None if it is no version."""
    match = _VERSION.match(text)
    if match is None:
        return None
    release = [int(part) for part in match["release"].split(".")]
    while len(release) > 1 and release[-1] == 0:
        release.pop()
    post_text = match["post_n1"] or match["post_n2"]
    post = -1 if match["post"] is None else int(post_text or 0)
    has_dev = match["dev"] is not None
    dev = match["dev_n"]
    if match["pre_l"]:
        pre = (_PRE_RANK[match["pre_l"].lower()], int(match["pre_n"] or 0))
    elif has_dev and post < 0:
        pre = (0, 0)  # 1.0.dev1 sorts before 1.0a1
    else:
        pre = (_FINAL, 0)
    dev_key = (0, int(dev or 0)) if has_dev else (1, 0)
    return tuple(release), pre, post, dev_key


def is_newer(candidate: str, current: str) -> bool:
    new, old = version_key(candidate), version_key(current)
    return new is not None and old is not None and new > old


def _is_prerelease(key: VersionKey) -> bool:
    return key[1][0] != _FINAL or key[3][0] == 0


# --- the feed -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Release:
    version: str
    key: VersionKey
    url: str | None
    tag: str
    final: bool  # not a draft, not marked or numbered as a pre-release


def _release(entry: Any) -> _Release | None:
    if not isinstance(entry, Mapping):
        return None
    marked = entry.get("draft") is True or entry.get("prerelease") is True
    for field in ("tag_name", "name"):
        value = entry.get(field)
        if isinstance(value, str) and (key := version_key(value)) is not None:
            url = entry.get("html_url")
            tag = value.strip()
            version = tag[1:] if tag[:1] in "vV" else tag
            final = not marked and not _is_prerelease(key)
            return _Release(version, key, url if isinstance(url, str) else None, tag, final)
    return None


def _safe_link(url: str | None, release: _Release, project_url: str) -> str:
    project_host = urlsplit(project_url).hostname
    if url:
        parts = urlsplit(url)
        if parts.scheme == "https" and parts.hostname == project_host:
            return url
        log.info("release link %r is not https on %s: using the releases page", url, project_host)
    return releases_page(project_url, release.tag)


def parse_feed(payload: Any, current: str, project_url: str = PROJECT_URL) -> UpdateResult:
    """Read a decoded feed (one release object, or a list of them)."""
    entries = payload if isinstance(payload, list) else [payload]
    readable = [found for entry in entries if (found := _release(entry)) is not None]
    if not readable:
        return UpdateCheckFailed(FailureKind.BAD_FEED, "no release with a version")
    if version_key(current) is None:
        return UpdateCheckFailed(FailureKind.BAD_FEED, f"this build's version {current!r}")
    releases = [release for release in readable if release.final]
    if not releases:  # only drafts and pre-releases: nothing to offer
        return UpToDate(current=current, latest=None)
    newest = max(releases, key=lambda release: release.key)
    if is_newer(newest.version, current):
        link = _safe_link(newest.url, newest, project_url)
        return UpdateAvailable(version=newest.version, url=link, current=current)
    return UpToDate(current=current, latest=newest.version)


async def _client(
    transport: httpx.AsyncBaseTransport | None, limits: httpx.Timeout
) -> httpx.AsyncClient:
    """A test's ``transport``, or the app's own kind of client: the shared TLS context (made
    off the GUI thread) and network I/O on plain asyncio (``allegro/asyncio_network.py``)."""
    if transport is not None:
        return httpx.AsyncClient(transport=transport, timeout=limits, follow_redirects=False)
    from ..allegro import tls
    from ..allegro.asyncio_network import async_client

    return async_client(await tls.ssl_context(), timeout=limits)


async def _get_json(client: httpx.AsyncClient, url: str) -> Any:
    for _ in range(MAX_REDIRECTS + 1):
        if urlsplit(url).scheme != "https":
            raise _Unsafe(f"refusing non-https URL {url}")
        response = await client.get(url)
        if response.is_redirect:
            location = response.headers.get("Location", "")
            url = urljoin(url, location)
            continue
        if response.status_code != httpx.codes.OK:
            raise _Status(response.status_code)
        if len(response.content) > MAX_FEED_BYTES:
            raise ValueError("feed too large")
        return response.json()
    raise _Unsafe(f"more than {MAX_REDIRECTS} redirects")


class _Unsafe(Exception):
    pass


class _Status(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status


async def check_for_update(
    *,
    current: str = __version__,
    project_url: str = PROJECT_URL,
    transport: httpx.AsyncBaseTransport | None = None,
    timeout_s: float = TIMEOUT_S,
) -> UpdateResult:
    """Ask the release feed once; never raises for network or feed problems."""
    try:
        url = feed_url(project_url)
    except ValueError as exc:
        return UpdateCheckFailed(FailureKind.BAD_FEED, str(exc))
    headers = {"Accept": "application/vnd.github+json", "User-Agent": USER_AGENT}
    try:
        async with await _client(transport, httpx.Timeout(timeout_s)) as client:
            client.headers.update(headers)
            payload = await _get_json(client, url)
    except _Unsafe as exc:
        result: UpdateResult = UpdateCheckFailed(FailureKind.UNSAFE_REDIRECT, str(exc))
    except _Status as exc:
        result = UpdateCheckFailed(FailureKind.HTTP, str(exc))
    except (httpx.HTTPError, OSError) as exc:  # OSError: no TLS context (CA bundle unread)
        result = UpdateCheckFailed(FailureKind.NETWORK, f"{type(exc).__name__}: {exc}")
    except ValueError as exc:  # JSON decoding, size
        result = UpdateCheckFailed(FailureKind.BAD_FEED, f"unreadable feed: {exc}")
    else:
        result = parse_feed(payload, current, project_url)
    log.info("%s", describe(result))
    return result


# --- the opt-in check at start, at most daily -------------------------------------------------


def check_at_start_enabled(preferences: Mapping[str, Any]) -> bool:
    return preferences.get(PREF_CHECK_AT_START) is True


def last_check(preferences: Mapping[str, Any]) -> datetime | None:
    value = preferences.get(PREF_LAST_CHECK)
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def start_check_due(preferences: Mapping[str, Any], now: datetime | None = None) -> bool:
    """Opted in, and no check in the last day (a last check in the future counts as none)."""
    if not check_at_start_enabled(preferences):
        return False
    now = now or datetime.now(UTC)
    last = last_check(preferences)
    return last is None or last > now or now - last >= CHECK_INTERVAL
