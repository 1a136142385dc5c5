"""Times are shown on the seller's wall clock: the system's zone, daylight saving included."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QLocale, QTime

from allegro_issues_desktop.ui.timefmt import local_datetime, local_when, to_local

# Central European time as a POSIX rule: no tz database needed on the machine.
WARSAW = "CET-1CEST,M3.5.0,M10.5.0/3"


@pytest.fixture
def warsaw(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with monkeypatch.context() as m:
        m.setenv("TZ", WARSAW)
        time.tzset()
        yield
    time.tzset()  # the machine's own zone again
    assert os.environ.get("TZ") != WARSAW


@pytest.mark.parametrize(
    ("utc", "wall"),
    [
        (datetime(2026, 3, 29, 0, 59, 59, tzinfo=UTC), (2026, 3, 29, 1, 59, 59)),  # CET
        (datetime(2026, 3, 29, 1, 0, 0, tzinfo=UTC), (2026, 3, 29, 3, 0, 0)),  # CEST begins
        (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), (2026, 10, 25, 2, 30, 0)),  # CEST
        (datetime(2026, 10, 25, 1, 30, tzinfo=UTC), (2026, 10, 25, 2, 30, 0)),  # CET again
        (datetime(2026, 12, 31, 23, 30, tzinfo=UTC), (2027, 1, 1, 0, 30, 0)),  # a new year
    ],
)
def test_to_local_follows_daylight_saving(
    warsaw: None, utc: datetime, wall: tuple[int, ...]
) -> None:
    local = to_local(utc)
    year, month, day, hour, minute, second = wall
    assert local.date() == QDate(year, month, day)
    assert local.time() == QTime(hour, minute, second)


def test_rows_and_details_show_the_wall_clock(warsaw: None) -> None:
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    polish = QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
    sent = datetime(2026, 7, 1, 22, 15, tzinfo=UTC)  # already 2 July in Warsaw
    assert local_datetime(sent, english) == "2 Jul 2026, 00:15"
    assert local_datetime(sent, polish) == "02.07.2026 00:15"
    same_day = datetime(2026, 7, 2, 9, 0, tzinfo=UTC)
    assert local_when(sent, now=same_day, locale=polish) == "00:15"
    next_day = datetime(2026, 7, 3, 9, 0, tzinfo=UTC)
    assert local_when(sent, now=next_day, locale=polish) == "02.07.2026"
