"""Tolerant ISO-8601 parsing: Allegro sends timestamps with or without fractions."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?"
    r"(?:\.(\d+))?(?:\.\d+)*"  # the spec's own examples carry a stray second fraction
    r"\s*(Z|[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)


# Allegro's wire form exactly: seconds, optionally milliseconds or microseconds, "Z".
_WIRE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3}|\.\d{6})?Z\Z", re.ASCII)
_WIRE_LENGTHS = frozenset({20, 24, 27})
_ONE_MICROSECOND = timedelta(microseconds=1)
_NO_TIME = timedelta(0)


def parse_timestamp(value: object) -> datetime | None:
    """Return an aware UTC datetime, or None for anything that is not a timestamp.

    Naive values are taken as UTC (Allegro always sends UTC). Digits below the microsecond
    round at the seventh (up from 5), as msgspec rounds them: the list's fast decoder
    (``issue_pages``) has msgspec parse timestamps, and both paths must agree. Never raises.
    """
    if not isinstance(value, str):
        return None
    if len(value) in _WIRE_LENGTHS and value[-1] == "Z" and _WIRE.match(value):
        # Allegro's own form ("2026-11-27T04:36:00.123Z"): the C parser, ~10x faster than the
        # general path below (100,000 issues carry ~500,000 timestamps).
        try:
            return datetime.fromisoformat(value)
        except ValueError:  # day 31 of February and the like
            return None
    match = _ISO.match(value.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int(fraction[:6].ljust(6, "0")) if fraction else 0
    up = fraction is not None and len(fraction) > 6 and int(fraction[6]) >= 5
    rounding = _ONE_MICROSECOND if up else _NO_TIME
    if not zone or zone in "Zz":  # Allegro's usual form: UTC already, no conversion needed
        try:
            parsed = datetime(
                int(year),
                int(month),
                int(day),
                int(hour),
                int(minute),
                int(second or 0),
                micro,
                UTC,
            )
            return parsed + rounding
        except (ValueError, OverflowError):  # day 31 of February, 9999-12-31T23:59:59.9999999
            return None
    tz: timezone = UTC
    sign, offset = 1, timedelta(0)
    if zone and zone.upper() != "Z":
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    try:
        if zone and zone.upper() != "Z":
            tz = timezone(sign * offset)
        parsed = datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0), micro, tz
        )
        return (parsed + rounding).astimezone(UTC)
    except (ValueError, OverflowError):  # day 31 of February, offset >= 24h, year 1 minus offset
        return None


def format_timestamp(value: datetime | None) -> str | None:
    """Allegro's wire format: UTC with milliseconds and a Z."""
    if value is None:
        return None
    # Naive means UTC here (as in parse_timestamp), never the machine's local zone.
    utc = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return utc.replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"
