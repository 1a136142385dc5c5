"""Human time: local timestamps and relative deadlines ("in 3 h", "2 days overdue")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject

DUE_SOON = timedelta(hours=24)


class Urgency(Enum):
    NORMAL = "normal"
    SOON = "soon"  # under 24 h
    OVERDUE = "overdue"


# lupdate reads translate("Context", "text") calls with literal arguments: keep them literal.
translate = QCoreApplication.translate


def now_utc() -> datetime:
    return datetime.now(UTC)


def urgency(due: datetime, now: datetime | None = None) -> Urgency:
    left = due - (now or now_utc())
    if left < timedelta(0):
        return Urgency.OVERDUE
    if left < DUE_SOON:
        return Urgency.SOON
    return Urgency.NORMAL


class Time(QObject):
    """Plural texts. pyside6-lupdate marks a text as plural ("numerus") only for ``self.tr``
    with a count, not for ``QCoreApplication.translate``: hence a class named like the
    translation context."""

    def minutes(self, n: int, overdue: bool) -> str:
        return self.tr("%n min overdue", "", n) if overdue else self.tr("in %n min", "", n)

    def hours(self, n: int, overdue: bool) -> str:
        return self.tr("%n h overdue", "", n) if overdue else self.tr("in %n h", "", n)

    def days(self, n: int, overdue: bool) -> str:
        return self.tr("%n days overdue", "", n) if overdue else self.tr("in %n days", "", n)


_TIME: Time | None = None


def _time() -> Time:
    global _TIME
    if _TIME is None:
        _TIME = Time()
    return _TIME


def relative_deadline(due: datetime, now: datetime | None = None) -> str:
    """'in 5 h', 'in 3 days', '2 h overdue'; minutes under an hour."""
    left = due - (now or now_utc())
    overdue = left < timedelta(0)
    span = abs(left)
    minutes = int(span.total_seconds() // 60)
    if minutes < 60:
        return _time().minutes(max(minutes, 1), overdue)
    hours = minutes // 60
    if hours < 48:
        return _time().hours(hours, overdue)
    return _time().days(hours // 24, overdue)


def to_local(value: datetime) -> QDateTime:
    """``value`` on the seller's wall clock (the system's time zone), to the second.

    Qt's local time (libc's zone rules): ``QTimeZone.systemTimeZone()`` costs ~4 ms on its
    first call, inside the first paint of the list's rows, and ``QDateTime(date, time)`` in
    local time ~40 us per call (it resolves the offset); this is ~6 us.
    """
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


# Date formats per UI language: Polish ``27.11.2026 04:36``, English ``27 Nov 2026, 04:36``
# (four-digit years, 24-hour clock; never the US short format "11/27/26 7:41 AM").
_DATE_FORMATS = {
    QLocale.Language.Polish: ("dd.MM.yyyy", "{date} {time}"),
    QLocale.Language.English: ("d MMM yyyy", "{date}, {time}"),
}
_TIME_FORMAT = "HH:mm"


def _date_format(locale: QLocale) -> tuple[str, str]:
    known = _DATE_FORMATS.get(locale.language())
    if known is not None:
        return known
    # Another language: its own short date, but always with a four-digit year.
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:
        short = short.replace("yy", "yyyy")
    return short, "{date} {time}"


def local_datetime(value: datetime | None, locale: QLocale | None = None) -> str:
    """Local date and time in the UI language (see ``_DATE_FORMATS``); an em dash when
    unknown."""
    if value is None:
        return "—"
    loc = locale or QLocale()
    date_format, joined = _date_format(loc)
    local = to_local(value)
    return joined.format(
        date=loc.toString(local.date(), date_format),
        time=loc.toString(local.time(), _TIME_FORMAT),
    )


def local_date(value: datetime | None, locale: QLocale | None = None) -> str:
    """Local date in the UI language: ``27.11.2026`` / ``27 Nov 2026``."""
    if value is None:
        return "—"
    loc = locale or QLocale()
    return loc.toString(to_local(value).date(), _date_format(loc)[0])


def local_when(
    value: datetime | None, now: datetime | None = None, locale: QLocale | None = None
) -> str:
    """Compact, for list rows: ``14:05`` today, the date otherwise; empty when unknown."""
    if value is None:
        return ""
    loc = locale or QLocale()
    local = to_local(value)
    if local.date() == to_local(now or now_utc()).date():
        return loc.toString(local.time(), _TIME_FORMAT)
    return local_date(value, loc)
