"""The Overzicht's counting service (``Kiosk.overview``).

:meth:`OverviewService.figures` first brings the rollup up to date (:mod:`kiosk.overview.rollup`:
only the days touched since the last time are counted again; usually none or today), then sums
the period's whole months and the days of its partial months (:func:`split`): a year is twelve
months of rows, whatever the number of visits.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from sqlalchemy import text

from kiosk.catalogue import CatalogueSet
from kiosk.clock import Now, system_now
from kiosk.db import Database
from kiosk.errors import StorageError
from kiosk.overview import rollup
from kiosk.overview.figures import (
    Bucket,
    DeskFigures,
    HourCell,
    QuestionRow,
    SeasonFigures,
    Tally,
)
from kiosk.overview.periods import Period, bucket_start

if TYPE_CHECKING:
    from sqlalchemy import Connection

log = logging.getLogger(__name__)

#: A period's rollup rows: whole months from ``overview_month``, other days from
#: ``overview_day`` (:func:`split`), and the days' totals when the buckets are days or weeks.
_MONTHS_SQL: Final = """
SELECT month, dim, code, sum(count) FROM overview_month
WHERE month BETWEEN :first AND :last {desk} GROUP BY month, dim, code
"""
_DAYS_SQL: Final = """
SELECT day, dim, code, sum(count) FROM overview_day
WHERE day BETWEEN :first AND :last {desk} GROUP BY day, dim, code
"""
_TOTALS_SQL: Final = """
SELECT day, dim, '', sum(count) FROM overview_day
WHERE day BETWEEN :first AND :last {desk} AND dim IN ('visits', 'questions') GROUP BY day, dim
"""
_TOTALS: Final = frozenset({"visits", "questions"})
#: How often a rebuild is counted in a read before it is done in the write transaction (a
#: change that asks for a rebuild, such as the demo wipe, may come in between).
_PREPARED_TRIES: Final = 2


class OverviewService:
    """Counts this desk's visits and the Belastinghulp seasons for the Overzicht and exports."""

    def __init__(self, db: Database, catalogues: CatalogueSet, now: Now = system_now) -> None:
        """Bind the service to a database, the installed catalogues and a clock."""
        self.db = db
        self.catalogues = catalogues
        self.now = now

    def catch_up(self) -> int:
        """Bring the rollup up to date; return the days counted again (-1: all, 0: none).

        :meth:`figures` does this itself; a caller may do it ahead (after opening the page).
        A rebuild is counted in a read transaction, so saving goes on meanwhile; only putting
        it in place and counting the days touched since take the write lock, briefly.
        """
        with self.db.query() as conn:
            if not rollup.behind(conn):
                return 0
            rebuilding = rollup.must_rebuild(conn)
        for _ in range(_PREPARED_TRIES if rebuilding else 0):
            with self.db.query() as conn:  # counted in a read: saves go on meanwhile
                prepared = rollup.prepare(conn)
            with self.db.write() as session:
                if rollup.install(session.connection(), prepared):
                    break
        with self.db.write() as session:  # what was saved meanwhile (or, failing that, all)
            counted = rollup.catch_up(session.connection())
        return -1 if rebuilding else counted

    def figures(self, period: Period, desk_id: str | None = None) -> DeskFigures:
        """Return the figures of *period* for *desk_id* (None: every visit in the database).

        Counted as :mod:`kiosk.overview.counted` says: voided visits left out, a corrected
        visit once (as corrected, on the original's local day), local time at each visit's own
        offset. The first call after the upgrade builds the rollup from every visit (about a
        second per 25,000 visits); later ones count again only the days touched since. When the
        counts cannot be stored (a full disk, a lock held too long), the ones kept so far are
        given: the visits saved since the last catch-up are missing until it works again.
        """
        try:
            self.catch_up()
        except StorageError as error:  # reading goes on with the counts kept so far
            log.warning("Overzicht counted without catching up: %s", error)
        with self.db.query() as conn:
            return _figures(conn, period, desk_id)

    def question_rows(self, period: Period) -> Iterator[QuestionRow]:
        """Yield one row per counted question of *period*, by local time then position.

        Read a local day at a time, so a year's export holds one day's rows in memory.
        """
        from kiosk.overview.rows import question_rows

        return question_rows(self.db, self.catalogues, period)

    def seasons(self) -> list[tuple[str, int]]:
        """Return the Belastinghulp seasons as (season_id, year), newest first."""
        from kiosk.overview.seasons import seasons

        return seasons(self.db)

    def season(self, season_id: str) -> SeasonFigures:
        """Return the Belastinghulp figures of season *season_id* (see :mod:`.seasons`)."""
        from kiosk.overview.seasons import season

        return season(self.db, season_id)


def split(period: Period) -> tuple[tuple[date, date] | None, list[tuple[date, date]]]:
    """Return the whole months of *period* (first days of the first and last), and the rest.

    The rest is at most two ranges of days: before the first whole month and after the last.
    """
    first_whole = period.first if period.first.day == 1 else _next_month(period.first)
    after = _next_month(period.last)
    last_whole = after if period.last == after - timedelta(days=1) else period.last.replace(day=1)
    if first_whole >= last_whole:
        return None, [(period.first, period.last)]
    days = []
    if period.first < first_whole:
        days.append((period.first, first_whole - timedelta(days=1)))
    if last_whole <= period.last:
        days.append((last_whole, period.last))
    return (first_whole, last_whole - timedelta(days=1)), days


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _figures(conn: Connection, period: Period, desk_id: str | None) -> DeskFigures:
    """Sum the rollup's months and days of *period* (for *desk_id*, or every desk)."""
    desk, extra = ("AND desk_id = :desk", {"desk": desk_id}) if desk_id is not None else ("", {})
    months, days = split(period)
    reads: list[tuple[str, date, date]] = [(_DAYS_SQL, first, last) for first, last in days]
    if months is not None:
        reads.append((_MONTHS_SQL, months[0].replace(day=1), months[1].replace(day=1)))
    by_month = period.bucket == "month"
    if not by_month:
        reads.append((_TOTALS_SQL, period.first, period.last))
    tallies: dict[str, Counter[str]] = defaultdict(Counter)
    totals: dict[str, Counter[date]] = defaultdict(Counter)
    hours: Counter[tuple[int, int]] = Counter()
    for sql, first, last in reads:
        params = {"first": first.isoformat(), "last": last.isoformat(), **extra}
        monthly, only_totals = sql is _MONTHS_SQL, sql is _TOTALS_SQL
        for unit, dim, code, count in conn.execute(text(sql.format(desk=desk)), params):
            day, n = date.fromisoformat(unit), int(count)
            if dim in _TOTALS:
                if by_month or only_totals:
                    totals[dim][bucket_start(period.bucket, day)] += n
            elif dim == "hour":
                if monthly:
                    weekday, hour = code.split("-")
                    hours[int(weekday), int(hour)] += n
                else:
                    hours[day.isoweekday(), int(code)] += n
            else:
                tallies[dim][code] += n
    visits, questions = totals["visits"], totals["questions"]
    return DeskFigures(
        period=period,
        scope="desk",
        up_to=None,
        visits=sum(visits.values()),
        questions=sum(questions.values()),
        buckets=tuple(
            Bucket(first, visits[first], questions[first]) for first in period.bucket_starts()
        ),
        hours=tuple(
            HourCell(weekday, hour, count)
            for (weekday, hour), count in sorted(hours.items())
            if count
        ),
        kinds=tallied(tallies["kind"]),
        topics=tallied(tallies["topic"]),
        organisations=tallied(tallies["organisation"]),
        help=tallied(tallies["help"]),
        referral=tallied(tallies["referral"]),
        channel=tallied(tallies["channel"]),
        duration=tallied(tallies["duration"]),
        entry=tallied(tallies["entry"]),
    )


def tallied(counts: Mapping[str, int]) -> tuple[Tally, ...]:
    """Return *counts* as tallies, largest first (then by code); zero counts left out."""
    return tuple(
        Tally(code, count)
        for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        if count
    )
