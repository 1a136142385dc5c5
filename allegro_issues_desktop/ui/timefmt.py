"""Human time: local timestamps and relative deadlines ("in 3 h", "2 days overdue")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

DUE_SOON = timedelta(hours=24)


class Urgency(Enum):
    NORMAL = "normal"
    SOON = "soon"  # under 24 h
    OVERDUE = "overdue"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Time", text, None, n)


def now_utc() -> datetime:
    return datetime.now(UTC)


def urgency(due: datetime, now: datetime | None = None) -> Urgency:
    left = due - (now or now_utc())
    if left < timedelta(0):
        return Urgency.OVERDUE
    if left < DUE_SOON:
        return Urgency.SOON
    return Urgency.NORMAL


def relative_deadline(due: datetime, now: datetime | None = None) -> str:
    """'in 5 h', 'in 3 days', '2 h overdue'; minutes under an hour."""
    left = due - (now or now_utc())
    overdue = left < timedelta(0)
    span = abs(left)
    minutes = int(span.total_seconds() // 60)
    if minutes < 60:
        n = max(minutes, 1)
        return _tr("%n min overdue", n) if overdue else _tr("in %n min", n)
    hours = minutes // 60
    if hours < 48:
        return _tr("%n h overdue", hours) if overdue else _tr("in %n h", hours)
    days = hours // 24
    return _tr("%n days overdue", days) if overdue else _tr("in %n days", days)


def to_local(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())


def local_datetime(value: datetime | None, locale: QLocale | None = None) -> str:
    """Local date and time in the UI locale's short format; an em dash when unknown."""
    if value is None:
        return "—"
    return (locale or QLocale()).toString(to_local(value), QLocale.FormatType.ShortFormat)


def local_date(value: datetime | None, locale: QLocale | None = None) -> str:
    if value is None:
        return "—"
    return (locale or QLocale()).toString(to_local(value).date(), QLocale.FormatType.ShortFormat)
