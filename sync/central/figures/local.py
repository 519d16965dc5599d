"""A visit's local month, weekday and hour in SQL, and a JSON list as rows: per dialect.

The only place where the figures' SQL differs between SQLite and PostgreSQL. A visit's local
time is its corrected UTC time plus its own offset (``occurred_offset``, minutes east of UTC),
so a visit at 23:30 on 31 January in Amsterdam is January, and the hour a visit was counted
under does not move with daylight saving time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

#: A UTC offset is at most 18 hours either way (``kiosk.protocol.fields.Offset``).
MAX_OFFSET = timedelta(hours=18)


@dataclass(frozen=True)
class LocalTime:
    """The local parts of a moment column with an offset column, as SQL expressions."""

    month: ColumnElement[int]  # year * 100 + month
    weekday: ColumnElement[int]  # 1 (Monday) .. 7 (Sunday)
    hour: ColumnElement[int]  # 0..23


def local_time(dialect: str, moment: Any, offset: Any) -> LocalTime:
    """The local month, weekday and hour of *moment* (UTC) at *offset* minutes."""
    if dialect == "postgresql":
        local = sa.func.timezone("UTC", moment) + offset * sa.literal_column("interval '1 minute'")
        # date_part() is a double; EXTRACT() a numeric, several times slower to compute.
        part = sa.func.date_part
        return LocalTime(
            month=sa.cast(part("year", local) * 100 + part("month", local), sa.Integer()),
            weekday=sa.cast(part("isodow", local), sa.Integer()),
            hour=sa.cast(part("hour", local), sa.Integer()),
        )
    # SQLite stores the UTC time as text; a modifier '+60 minutes' / '-120 minutes' shifts it.
    local = sa.func.datetime(moment, sa.func.printf("%+d minutes", offset))
    return LocalTime(
        month=sa.cast(sa.func.strftime("%Y%m", local), sa.Integer()),
        weekday=(sa.cast(sa.func.strftime("%w", local), sa.Integer()) + 6) % 7 + 1,
        hour=sa.cast(sa.func.strftime("%H", local), sa.Integer()),
    )


def date_month(dialect: str, day: Any) -> ColumnElement[int]:
    """The month (year * 100 + month) of the date column *day*."""
    if dialect == "postgresql":
        part = sa.func.date_part
        return sa.cast(part("year", day) * 100 + part("month", day), sa.Integer())
    # SQLite stores a date as 'YYYY-MM-DD'.
    return sa.cast(sa.func.strftime("%Y%m", day), sa.Integer())


def pairs_in(
    dialect: str, branch_id: Any, month: Any, keys: Sequence[tuple[str, int]]
) -> ColumnElement[bool]:
    """Whether (*branch_id*, *month*) is one of *keys*.

    PostgreSQL gets the keys as a ``VALUES`` list it can hash or probe the key's index with
    (a list of row comparisons is an OR of them, tested row by row); SQLite a list of rows.
    """
    pair = sa.tuple_(branch_id, month)
    if dialect != "postgresql":
        return pair.in_(list(keys))
    listed = sa.values(
        sa.column("branch_id", sa.String()), sa.column("month", sa.Integer()), name="marked"
    ).data(list(keys))
    return pair.in_(sa.select(listed.c.branch_id, listed.c.month))


def codes(dialect: str, column: Any, name: str) -> tuple[Any, ColumnElement[str]]:
    """A table-valued function listing the JSON list *column* (named *name*), and its value."""
    if dialect == "postgresql":
        function = sa.func.json_array_elements_text(sa.cast(column, sa.JSON()))
    else:
        function = sa.func.json_each(column)
    listed = function.table_valued("value").alias(name)  # both call their column "value"
    return listed, listed.c.value


def json_objects(dialect: str, column: Any, name: str) -> tuple[Any, Any]:
    """A table-valued function listing the JSON objects in the list *column*, and a getter.

    The getter gives one member of the listed object as text (``getter("kind")``).
    """
    if dialect == "postgresql":
        function = sa.func.json_array_elements(sa.cast(column, sa.JSON()))
        listed = function.table_valued("value").alias(name)

        def member(key: str) -> Any:
            return sa.func.json_extract_path_text(listed.c.value, key)

        return listed, member
    listed = sa.func.json_each(column).table_valued("value").alias(name)

    def extract(key: str) -> Any:
        return sa.func.json_extract(listed.c.value, f"$.{key}")

    return listed, extract


def month_of(moment: datetime, offset_minutes: int) -> int:
    """The local month (year * 100 + month) of *moment* at *offset_minutes*, in Python."""
    shift = _SHIFTS.get(offset_minutes)
    if shift is None:
        shift = _SHIFTS[offset_minutes] = timedelta(minutes=offset_minutes)
    # Wall-clock arithmetic: the moment's own clock, less its offset, plus the visit's.
    local = moment - (moment.utcoffset() or _ZERO) + shift
    return local.year * 100 + local.month


_ZERO = timedelta(0)
_SHIFTS: dict[int, timedelta] = {}


def month_range(month: int) -> tuple[datetime, datetime]:
    """The UTC range every visit of local *month* lies in, whatever its offset."""
    year, number = divmod(month, 100)
    start = datetime(year, number, 1, tzinfo=UTC)
    end = datetime(year + number // 12, number % 12 + 1, 1, tzinfo=UTC)
    return start - MAX_OFFSET, end + MAX_OFFSET


def later_by(dialect: str, later: Any, earlier: Any, hours: int) -> ColumnElement[bool]:
    """Whether the moment *later* is at least *hours* after *earlier* (both UTC columns)."""
    if dialect == "postgresql":
        gap: ColumnElement[bool] = later - earlier >= sa.literal_column(
            f"interval '{int(hours)} hours'"
        )
        return gap
    # julianday() is a float: compare in milliseconds, with half a millisecond to spare.
    milliseconds = (sa.func.julianday(later) - sa.func.julianday(earlier)) * 86_400_000
    late: ColumnElement[bool] = milliseconds >= hours * 3_600_000 - 0.5
    return late
