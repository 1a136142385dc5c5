"""Command-line rules that protect the bearer token given with --api-url."""

from __future__ import annotations

import pytest

from allegro_issues_desktop.options import TOKEN_ENV, parse_args


def test_token_may_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, "from-env")
    options = parse_args(["--api-url", "https://api.allegro.pl.allegrosandbox.pl"])
    assert options.token == "from-env"


def test_api_url_without_any_token_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    with pytest.raises(SystemExit):
        parse_args(["--api-url", "https://api.allegro.pl"])


@pytest.mark.parametrize(
    "url", ["http://api.allegro.pl", "http://192.168.1.5:8765", "ftp://x", "api.allegro.pl"]
)
def test_a_token_never_goes_out_in_clear_text(url: str) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--api-url", url, "--token", "t"])


@pytest.mark.parametrize("url", ["https://api.allegro.pl", "http://127.0.0.1:8765"])
def test_https_and_a_local_emulator_are_accepted(url: str) -> None:
    assert parse_args(["--api-url", url, "--token", "t"]).api_url == url


def test_poll_interval_is_taken_and_bounded() -> None:
    assert parse_args(["--demo", "--poll-interval", "45"]).poll_interval == 45
    assert parse_args(["--demo"]).poll_interval is None
    with pytest.raises(SystemExit):
        parse_args(["--demo", "--poll-interval", "1"])
