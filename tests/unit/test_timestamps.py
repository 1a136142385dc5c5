"""Tolerant ISO-8601 timestamps (``domain/timestamps.py``)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allegro_issues_desktop.domain.timestamps import format_timestamp, parse_timestamp
from tests.strategies import timestamp_like

FUZZ = settings(max_examples=300, deadline=None)


def _utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, us: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, us, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-06-10T12:12:12Z", _utc(2025, 6, 10, 12, 12, 12)),
        ("2025-06-10T12:12:12.019Z", _utc(2025, 6, 10, 12, 12, 12, 19000)),
        ("2025-06-10T12:12:12.1Z", _utc(2025, 6, 10, 12, 12, 12, 100000)),
        ("2025-06-10T12:12:12.12Z", _utc(2025, 6, 10, 12, 12, 12, 120000)),
        ("2025-06-10T12:12:12.123Z", _utc(2025, 6, 10, 12, 12, 12, 123000)),
        ("2025-06-10T12:12:12.1234Z", _utc(2025, 6, 10, 12, 12, 12, 123400)),
        ("2025-06-10T12:12:12.12345Z", _utc(2025, 6, 10, 12, 12, 12, 123450)),
        ("2025-06-10T12:12:12.123456Z", _utc(2025, 6, 10, 12, 12, 12, 123456)),
        # Below the microsecond: rounded at the seventh digit, as msgspec does (issue_pages).
        ("2025-06-10T12:12:12.1234567Z", _utc(2025, 6, 10, 12, 12, 12, 123457)),
        ("2025-06-10T12:12:12.12345678Z", _utc(2025, 6, 10, 12, 12, 12, 123457)),
        ("2025-06-10T12:12:12.123456789Z", _utc(2025, 6, 10, 12, 12, 12, 123457)),
        ("2025-06-10T12:12:12.1234564999Z", _utc(2025, 6, 10, 12, 12, 12, 123456)),
        ("2025-12-31T23:59:59.9999995Z", _utc(2026, 1, 1)),
        ("2025-06-10T12:12:12.1234565+02:00", _utc(2025, 6, 10, 10, 12, 12, 123457)),
        ("2025-06-10T12:12:12.000Z", _utc(2025, 6, 10, 12, 12, 12)),
        ("2025-06-10T12:12:12z", _utc(2025, 6, 10, 12, 12, 12)),
        ("2025-06-10T12:12Z", _utc(2025, 6, 10, 12, 12)),
        ("2025-06-10 12:12:12Z", _utc(2025, 6, 10, 12, 12, 12)),
        ("  2025-06-10T12:12:12Z\n", _utc(2025, 6, 10, 12, 12, 12)),
        # Offsets are converted to UTC.
        ("2025-06-10T14:12:12+02:00", _utc(2025, 6, 10, 12, 12, 12)),
        ("2025-06-10T14:12:12+0200", _utc(2025, 6, 10, 12, 12, 12)),
        ("2025-06-10T14:12:12.019+02:00", _utc(2025, 6, 10, 12, 12, 12, 19000)),
        ("2025-06-10T10:42:12-01:30", _utc(2025, 6, 10, 12, 12, 12)),
        ("2025-06-10T12:12:12+00:00", _utc(2025, 6, 10, 12, 12, 12)),
        ("2025-06-10T12:12:12-00:00", _utc(2025, 6, 10, 12, 12, 12)),
        ("2025-01-01T01:00:00+02:00", _utc(2024, 12, 31, 23)),
        # Naive values are Allegro's UTC.
        ("2025-06-10T12:12:12", _utc(2025, 6, 10, 12, 12, 12)),
        ("2025-06-10T12:12:12.5", _utc(2025, 6, 10, 12, 12, 12, 500000)),
        # The contract's own examples carry a stray second fraction.
        ("2025-06-29T18:12:12.000.019Z", _utc(2025, 6, 29, 18, 12, 12)),
        ("2025-06-15T18:12:12.000.019Z", _utc(2025, 6, 15, 18, 12, 12)),
        # Leap day.
        ("2024-02-29T00:00:00Z", _utc(2024, 2, 29)),
    ],
)
def test_parse(text: str, expected: datetime) -> None:
    parsed = parse_timestamp(text)
    assert parsed == expected
    assert parsed is not None
    assert parsed.tzinfo is UTC


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "2025-02-30T00:00:00Z",  # no 30 February
        "2025-02-29T00:00:00Z",  # not a leap year
        "2025-13-01T00:00:00Z",
        "2025-00-10T00:00:00Z",
        "2025-06-00T00:00:00Z",
        "2025-06-31T00:00:00Z",
        "2025-06-10T24:00:00Z",
        "2025-06-10T12:60:00Z",
        "2025-06-10T12:12:60Z",
        "0000-01-01T00:00:00Z",
        "2025-06-10",
        "2025-06-10T",
        "12:12:12",
        "2025/06/10 12:12:12",
        "10.06.2025 12:12",
        "2025-06-10T12:12:12Zjunk",
        "2025-06-10T12:12:12+2",
        "2025-06-10T12:12:12 UTC",
        "tomorrow",
        "null",
        "1750000000",
    ],
)
def test_invalid_strings_are_none(text: str) -> None:
    assert parse_timestamp(text) is None


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        False,
        0,
        1750000000,
        1750000000.5,
        [],
        ["2025-06-10T12:12:12Z"],
        {},
        {"date": "2025-06-10T12:12:12Z"},
        b"2025-06-10T12:12:12Z",
        datetime(2025, 6, 10, tzinfo=UTC),
    ],
)
def test_non_strings_are_none(value: Any) -> None:
    assert parse_timestamp(value) is None


@pytest.mark.parametrize(
    "text",
    [
        "2025-01-01T00:00:00+24:00",  # offset out of datetime's range
        "2025-01-01T00:00:00+25:00",
        "2025-01-01T00:00:00-99:99",
        "2025-01-01T00:00:00+23:99",
        "2025-01-01T00:00:00+9999",
    ],
)
def test_out_of_range_offsets_are_none_not_an_exception(text: str) -> None:
    """BUG: ``timezone(offset)`` raises ValueError outside the ``try`` in parse_timestamp."""
    assert parse_timestamp(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "0001-01-01T00:00:00+01:00",  # before datetime.min once converted to UTC
        "9999-12-31T23:59:59-01:00",  # after datetime.max once converted to UTC
        "9999-12-31T23:59:59.9999995Z",  # after datetime.max once rounded
    ],
)
def test_values_that_overflow_when_converted_to_utc_are_none(text: str) -> None:
    """BUG: ``astimezone(UTC)`` raises OverflowError outside the ``try`` in parse_timestamp."""
    assert parse_timestamp(text) is None


def test_extreme_but_representable_values() -> None:
    assert parse_timestamp("0001-01-01T00:00:00Z") == datetime.min.replace(tzinfo=UTC)
    assert parse_timestamp("9999-12-31T23:59:59.999999Z") == datetime.max.replace(tzinfo=UTC)
    assert parse_timestamp("0001-01-01T01:00:00+01:00") == datetime.min.replace(tzinfo=UTC)


# --------------------------------------------------------------------------------------------
# format_timestamp
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (_utc(2025, 6, 10, 12, 12, 12, 19000), "2025-06-10T12:12:12.019Z"),
        (_utc(2025, 6, 10, 12, 12, 12), "2025-06-10T12:12:12.000Z"),
        (_utc(2025, 6, 10, 12, 12, 12, 999999), "2025-06-10T12:12:12.999Z"),  # truncated
        (
            datetime(2025, 6, 10, 14, 12, 12, 19000, tzinfo=timezone(timedelta(hours=2))),
            "2025-06-10T12:12:12.019Z",
        ),
        (None, None),
    ],
)
def test_format(value: datetime | None, expected: str | None) -> None:
    assert format_timestamp(value) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2025-06-10T12:12:12.019Z",
        "2025-05-10T15:10:10.000Z",
        "2024-02-29T23:59:59.999Z",
        # BUG: strftime("%Y") does not zero-pad years below 1000 on glibc ("1-01-01T...").
        "0001-01-01T00:00:00.000Z",
        "0999-12-31T23:59:59.999Z",
        "9999-12-31T23:59:59.999Z",
    ],
)
def test_wire_format_round_trip(text: str) -> None:
    assert format_timestamp(parse_timestamp(text)) == text


@FUZZ
@given(
    st.datetimes(
        # Years below 1000 are covered (and currently broken) by test_wire_format_round_trip.
        min_value=datetime(1000, 1, 2),
        max_value=datetime(9999, 12, 30),
        timezones=st.sampled_from(
            [UTC, timezone(timedelta(hours=2)), timezone(-timedelta(hours=5))]
        ),
    )
)
def test_format_then_parse_round_trips_to_the_millisecond(value: datetime) -> None:
    text = format_timestamp(value)
    assert text is not None
    parsed = parse_timestamp(text)
    assert parsed is not None
    expected = value.astimezone(UTC)
    assert parsed == expected.replace(microsecond=expected.microsecond // 1000 * 1000)
    assert format_timestamp(parsed) == text


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset (POSIX)")
def test_format_treats_naive_values_as_utc_like_parse_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """BUG: naive datetimes are formatted as *local* time (``astimezone`` on a naive value),
    while parse_timestamp takes naive values as UTC; a machine in Warsaw shifts them by 1-2 h."""
    monkeypatch.setenv("TZ", "Europe/Warsaw")
    time.tzset()
    try:
        naive = datetime(2025, 1, 1, 12, 0, 0)
        assert format_timestamp(naive) == "2025-01-01T12:00:00.000Z"
        assert format_timestamp(naive) == format_timestamp(parse_timestamp("2025-01-01T12:00:00"))
    finally:
        monkeypatch.undo()
        time.tzset()


# --------------------------------------------------------------------------------------------
# Never raises
# --------------------------------------------------------------------------------------------


def _assert_aware_utc_or_none(value: object) -> None:
    parsed = parse_timestamp(value)
    if parsed is not None:
        assert parsed.tzinfo is UTC


@FUZZ
@given(timestamp_like())
def test_timestamp_shaped_strings_never_raise(text: str) -> None:
    _assert_aware_utc_or_none(text)


@FUZZ
@given(st.text() | st.from_regex(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", fullmatch=False))
def test_arbitrary_text_never_raises(text: str) -> None:
    _assert_aware_utc_or_none(text)


@FUZZ
@given(st.none() | st.booleans() | st.integers() | st.floats() | st.binary())
def test_arbitrary_non_strings_are_none(value: object) -> None:
    assert parse_timestamp(value) is None
