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
    ("line", "expected"),
    [
        # The scheme word must survive as itself: a case-insensitive ``b?`` (bytes prefix)
        # used to take the "B" of "Bearer" and mis-parse what followed.
        ("Authorization: Bearer x", f"Authorization: Bearer {MASK}"),
        ("authorization: bearer x", f"authorization: bearer {MASK}"),
        ("AUTHORIZATION: BEARER x", f"AUTHORIZATION: BEARER {MASK}"),
        ("Authorization: bEaReR x", f"Authorization: bEaReR {MASK}"),
        ("Authorization: Basic ZGVtbzpzZWNyZXQ=", f"Authorization: Basic {MASK}"),
        ('Authorization: Bearer "x y"', f'Authorization: Bearer "{MASK}"'),
        ('Authorization: "Bearer x"', f'Authorization: "Bearer {MASK}"'),
        ("{'authorization': 'BEARER x'}", f"{{'authorization': 'BEARER {MASK}'}}"),
        # httpx INFO and httpcore DEBUG shapes
        (
            "httpcore.http11 send_request_headers.started request=<Request [b'GET']> "
            "headers=[(b'Host', b'api'), (b'Authorization', b'Bearer x')]",
            "httpcore.http11 send_request_headers.started request=<Request [b'GET']> "
            f"headers=[(b'Host', b'api'), (b'Authorization', b'Bearer {MASK}')]",
        ),
        (
            "[(b'authorization', b'bearer x'), (b'accept', b'application/json')]",
            f"[(b'authorization', b'bearer {MASK}'), (b'accept', b'application/json')]",
        ),
        (
            "[(b'Authorization', b'Basic ZGVtby1jbGllbnQ6ZGVtby1zZWNyZXQ=')]",
            f"[(b'Authorization', b'Basic {MASK}')]",
        ),
        (
            "HTTP Request: POST http://127.0.0.1:5/auth/oauth/token?grant_type=refresh_token"
            '&refresh_token=r-1 "HTTP/1.1 200 OK"',
            "HTTP Request: POST http://127.0.0.1:5/auth/oauth/token?grant_type=refresh_token"
            f'&refresh_token={MASK} "HTTP/1.1 200 OK"',
        ),
    ],
)
def test_authorization_header_keeps_its_scheme_and_loses_its_credential(
    line: str, expected: str
) -> None:
    assert redact(line) == expected


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        # quoted values are masked whole, spaces and escaped quotes included
        ('{"access_token": "abc def", "expires_in": 43199}', "def"),
        ('{"refresh_token": "r\\"1 2", "x": 1}', "1 2"),
        ('receive_response_body return_value=b\'{"device_code":"dc-1"}\'', "dc-1"),
        ("TokenSet(access_token='a b', refresh_token=b'r-r')", "r-r"),
        ("grant_type=refresh_token&refresh_token=r%2Fabc&client_id=x", "r%2Fabc"),
        ("grant_type=authorization_code&code=c0de-42&redirect_uri=x", "c0de-42"),
        ("code=c0de-42&redirect_uri=x", "c0de-42"),
        ("grant_type=urn:ietf:params:oauth:grant-type:device_code&device_code=dc-9", "dc-9"),
        ("x-api-key: k-123", "k-123"),
        ("Proxy-Authorization: Basic cHJveHk6cHc=", "cHJveHk6cHc="),
    ],
)
def test_redacts_more_shapes(line: str, secret: str) -> None:
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
        "claim state=CLAIM_SUBMITTED, error code=NotFoundException",
        '{"errors": [{"code": "NotFoundException", "message": "no such issue"}]}',
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


@pytest.mark.parametrize(
    "jwt",
    [
        # Short segments: too short for the long-random-run rule, no "token=" before them, so
        # only the JWT pattern can catch these.
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
        "eyJhbGciOiJub25lIn0.eyJhIjoxfQ.",  # unsigned: empty third segment
    ],
)
def test_a_jwt_with_short_segments_is_redacted_whole(jwt: str) -> None:
    cleaned = redact(f"header {jwt} seen")
    assert cleaned == f"header {MASK} seen"
