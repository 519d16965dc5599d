"""The periods the Overzicht shows: today, this week/month/quarter/year, the previous one, custom.

A :class:`Period` is a range of local calendar days, both ends included. Weeks are ISO weeks
(Monday to Sunday). The figures of a period are split into buckets of a day, an ISO week or a
calendar month (:attr:`Period.bucket`), so a chart has about 7 to 31 bars whatever the range.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from kiosk.errors import InputError

#: The kinds of period, in the order the page offers them.
KINDS: Final = ("today", "week", "month", "quarter", "year", "custom")
#: The kinds :func:`period` makes (a custom range comes from :func:`custom`).
CALENDAR_KINDS: Final = ("today", "week", "month", "quarter", "year")
#: The longest custom range, in years.
MAX_YEARS: Final = 5
#: The longest period shown per day, and per ISO week (longer ones go per month).
DAY_BUCKETS_MAX: Final = 31
WEEK_BUCKETS_MAX: Final = 26


@dataclass(frozen=True)
class Period:
    """A range of local days, both ends included.

    Attributes:
        kind: one of :data:`KINDS`.
        first: the first local day.
        last: the last local day (not before *first*).
        previous: whether this is the period before the current one of its kind.
    """

    kind: str
    first: date
    last: date
    previous: bool = False

    @property
    def days(self) -> int:
        """Return how many days the period holds."""
        return (self.last - self.first).days + 1

    @property
    def bucket(self) -> str:
        """Return the bucket size: ``day`` (<= 31 days), ``week`` (<= 26 weeks) or ``month``."""
        if self.days <= DAY_BUCKETS_MAX:
            return "day"
        if self.days <= WEEK_BUCKETS_MAX * 7:
            return "week"
        return "month"

    def contains(self, day: date) -> bool:
        """Return whether *day* lies in the period."""
        return self.first <= day <= self.last

    def bucket_starts(self) -> tuple[date, ...]:
        """Return the first day of every bucket that touches the period, in order.

        A week or month bucket is named by its own first day (an ISO Monday, the 1st), which
        can lie before :attr:`first` when the period starts mid-week or mid-month.
        """
        return tuple(_bucket_range(self.bucket, self.first, self.last))


def bucket_start(bucket: str, day: date) -> date:
    """Return the first day of the *bucket* (``day``/``week``/``month``) that holds *day*."""
    if bucket == "day":
        return day
    if bucket == "week":
        return day - timedelta(days=day.isoweekday() - 1)
    if bucket == "month":
        return day.replace(day=1)
    raise ValueError(f"unknown bucket {bucket!r}")


def _next_bucket(bucket: str, start: date) -> date:
    if bucket == "day":
        return start + timedelta(days=1)
    if bucket == "week":
        return start + timedelta(days=7)
    return _add_months(start, 1)


def _bucket_range(bucket: str, first: date, last: date) -> Iterator[date]:
    start = bucket_start(bucket, first)
    while start <= last:
        yield start
        start = _next_bucket(bucket, start)


def _add_months(day: date, months: int) -> date:
    """Return the first of the month *months* after *day*'s month (day is taken as the 1st)."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _add_years(day: date, years: int) -> date:
    """Return *day* moved *years* on (29 February becomes 28 February in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _current(kind: str, today: date) -> tuple[date, date]:
    if kind == "today":
        return today, today
    if kind == "week":
        first = bucket_start("week", today)
        return first, first + timedelta(days=6)
    if kind == "month":
        first = today.replace(day=1)
        return first, _add_months(first, 1) - timedelta(days=1)
    if kind == "quarter":
        first = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        return first, _add_months(first, 3) - timedelta(days=1)
    if kind == "year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    raise ValueError(f"unknown period kind {kind!r}")


def period(kind: str, today: date, *, previous: bool = False) -> Period:
    """Return the *kind* of period (:data:`CALENDAR_KINDS`) that holds *today*, or the one before.

    The whole week, month, quarter or year is returned, days after *today* included (they
    simply hold no visits yet). ``previous`` gives yesterday, last ISO week, last month, ...
    """
    first, last = _current(kind, today)
    if previous:
        first, last = _current(kind, first - timedelta(days=1))
    return Period(kind, first, last, previous)


def custom(first: date, last: date) -> Period:
    """Return the custom range from *first* to *last*, both included.

    Raises:
        InputError: ``overview.range_reversed`` when *last* is before *first*;
            ``overview.range_too_long`` (param ``years``) when it spans more than
            :data:`MAX_YEARS` years.
    """
    if last < first:
        raise InputError.single("period", "overview.range_reversed")
    if last >= _add_years(first, MAX_YEARS):
        raise InputError.single("period", "overview.range_too_long", years=MAX_YEARS)
    return Period("custom", first, last)
