"""The dashboard's figures in Dutch words: months, weekdays, hours, numbers and moments.

One place for how a figure reads on a page, in a download and in a report: ``jan 2026``,
``maandag``, ``09:00``, ``1.234``, ``2 december 2026 om 21:15``. Times are shown in the
Netherlands' own time (Europe/Amsterdam), whatever the server's zone.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from kiosk.calendar_words import MONTHS, MONTHS_SHORT, WEEKDAYS

__all__ = [
    "LOCAL",
    "WEEKDAYS",
    "day",
    "hour",
    "moment",
    "month",
    "month_long",
    "month_range",
    "number",
    "weekday",
]

LOCAL = ZoneInfo("Europe/Amsterdam")


def month(value: int) -> str:
    """A month key ``year * 100 + month`` as ``jan 2026``."""
    year, number = divmod(int(value), 100)
    return f"{MONTHS_SHORT[number - 1]} {year}"


def month_long(value: int) -> str:
    """A month key as ``januari 2026``."""
    year, number = divmod(int(value), 100)
    return f"{MONTHS[number - 1]} {year}"


def weekday(value: int) -> str:
    """An ISO weekday (1 = Monday) as its Dutch name."""
    return WEEKDAYS[int(value) - 1]


def hour(value: int) -> str:
    """An hour of the day as ``09:00``."""
    return f"{int(value):02d}:00"


def number(value: int | float | None) -> str:
    """A count with a dot between thousands (``1.234``); a share with a comma (``12,5``)."""
    if value is None:
        return "verborgen"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{int(value):,}".replace(",", ".")


def day(value: date) -> str:
    """A day as ``2 december 2026``."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def moment(value: datetime) -> str:
    """An aware moment as ``2 december 2026 om 21:15`` in Dutch local time."""
    local = value.astimezone(LOCAL)
    return f"{day(local)} om {local:%H:%M}"


def month_range(first: int, last: int) -> list[int]:
    """Every month key from *first* to *last*, both included."""
    out: list[int] = []
    year, number_ = divmod(first, 100)
    while year * 100 + number_ <= last:
        out.append(year * 100 + number_)
        number_ += 1
        if number_ > 12:
            year, number_ = year + 1, 1
    return out
