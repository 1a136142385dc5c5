"""The logging filter removes tokens in every shape they reach a log line in."""

from __future__ import annotations

import logging

import pytest

from allegro_issues_desktop.log_redaction import (
    MASK,
    RedactingFilter,
    install_redaction,
    redact,
    remember_secret,
)

JWT = (
    "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX25hbWUiOiIxMjM0NTYiLCJleHAiOjE3MDB9"
    ".dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ"
)
OPAQUE = "Zk3x9QmPa7Lr2Tb8Yc4Nd6We1Vf5Ug0HsJ"  # 35 chars, mixed case and digits


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        (f"Authorization: Bearer {OPAQUE}", OPAQUE),
        (f"{{'Authorization': 'Bearer {OPAQUE}'}}", OPAQUE),
        (f"[(b'authorization', b'Basic {OPAQUE}')]", OPAQUE),
        ("Authorization: Basic ZGVtbzpzZWNyZXQ=", "ZGVtbzpzZWNyZXQ="),
        (f"grant_type=refresh_token&refresh_token={OPAQUE}&x=1", OPAQUE),
        ('{"access_token": "abc.def-123456", "expires_in": 43199}', "abc.def-123456"),
        ("'refresh_token': 'r-0123456789'", "r-0123456789"),
        ("client_secret=hunter2hunter2", "hunter2hunter2"),
        ("code_verifier=verifier-value-1", "verifier-value-1"),
        ("device_code=dc_987654321", "dc_987654321"),
        ("GET http://localhost:8765/cb?code=AbC123xyz&state=St4te99", "AbC123xyz"),
        ("GET http://localhost:8765/cb?code=AbC123xyz&state=St4te99", "St4te99"),
        (f"token is {JWT} here", JWT[-20:]),
        (f"Access token expired: {OPAQUE}", OPAQUE),
        (f"opaque {OPAQUE} alone", OPAQUE),
        ("sha " + "ab12" * 12, "ab12" * 12),
    ],
)
def test_redacts(line: str, secret: str) -> None:
    cleaned = redact(line)
    assert secret not in cleaned
    assert MASK in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "GET /sale/issues/5f7a1c2e-9b3d-4e8f-a1b2-c3d4e5f6a7b8/chat 200",  # issue ids stay
        "account 4c1a7e0b2d9f4e6a8b3c5d7e9f1a2b3c signed in",  # uuid4().hex account ids stay
        "user_code=cbt3zdu4g shown",
        "token_type bearer, expires_in 43199",
        "module allegro_issues_desktop.auth.token_provider loaded",
    ],
)
def test_keeps_useful_text(line: str) -> None:
    assert redact(line) == line


def test_remembered_secret_is_redacted_whatever_its_shape() -> None:
    remember_secret("short-but-secret")
    assert redact("value short-but-secret in prose") == f"value {MASK} in prose"


def test_filter_merges_args_and_cleans_exceptions(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("tests.redaction")
    logger.addFilter(RedactingFilter())
    try:
        with caplog.at_level(logging.DEBUG, logger="tests.redaction"):
            logger.info("refresh_token=%s for %s", OPAQUE, "shop")
            try:
                raise ValueError(f"bad {JWT}")
            except ValueError:
                logger.exception("failed")
    finally:
        logger.filters.clear()
    assert caplog.records[0].getMessage() == f"refresh_token={MASK} for shop"
    assert JWT not in caplog.text and OPAQUE not in caplog.text
    assert "ValueError: bad" in caplog.text


def test_install_redaction_is_idempotent_and_covers_handlers() -> None:
    logger = logging.getLogger("tests.install")
    handler = logging.NullHandler()
    logger.addHandler(handler)
    try:
        first = install_redaction(logger)
        second = install_redaction(logger)
        assert first is second
        assert [type(f) for f in handler.filters] == [RedactingFilter]
        assert [type(f) for f in logger.filters] == [RedactingFilter]
    finally:
        logger.removeHandler(handler)
        logger.filters.clear()
