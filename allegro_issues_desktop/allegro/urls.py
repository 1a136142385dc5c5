"""Which URLs may receive the bearer token: only the configured API origin."""

from __future__ import annotations

import httpx

from .errors import UnsafeUrlError

_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the default port made explicit."""
    scheme = url.scheme.lower()
    return scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(scheme)


def require_same_origin(url: str | httpx.URL, api: httpx.URL) -> httpx.URL:
    """Parse ``url`` and raise :class:`UnsafeUrlError` unless it is on the API's origin."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise UnsafeUrlError(str(url)) from exc
    if not parsed.host or parsed.userinfo or origin(parsed) != origin(api):
        raise UnsafeUrlError(str(url))
    return parsed
