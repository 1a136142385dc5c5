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


def parse_timestamp(value: object) -> datetime | None:
    """Return an aware UTC datetime, or None for anything that is not a timestamp.

    Naive values are taken as UTC (Allegro always sends UTC). Never raises.
    """
    if not isinstance(value, str):
        return None
    match = _ISO.match(value.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    tz: timezone = UTC
    if zone and zone.upper() != "Z":
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        tz = timezone(sign * offset)
    try:
        parsed = datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0), micro, tz
        )
    except ValueError:
        return None
    return parsed.astimezone(UTC)


def format_timestamp(value: datetime | None) -> str | None:
    """Allegro's wire format: UTC with milliseconds and a Z."""
    if value is None:
        return None
    utc = value.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"
