"""The Overzicht's counting service (``Kiosk.overview``).

:meth:`OverviewService.figures` first brings the rollup up to date (:mod:`kiosk.overview.rollup`:
only the days touched since the last time are counted again; usually none or today), then sums
the period's days: a year is some 400 days of rows, whatever the number of visits.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING, Final

from sqlalchemy import text

from kiosk.catalogue import CatalogueSet
from kiosk.clock import Now, system_now
from kiosk.db import Database
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

_SUMS_SQL: Final = """
SELECT dim, code, sum(count) FROM overview_day
WHERE day BETWEEN :first AND :last {desk} AND dim NOT IN ('hour', 'visits', 'questions')
GROUP BY dim, code
"""
_DAYS_SQL: Final = """
SELECT day, dim, code, sum(count) FROM overview_day
WHERE day BETWEEN :first AND :last {desk} AND dim IN ('hour', 'visits', 'questions')
GROUP BY day, dim, code
"""


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
        """
        with self.db.query() as conn:
            if not rollup.behind(conn):
                return 0
        with self.db.write() as session:
            return rollup.catch_up(session.connection())

    def figures(self, period: Period, desk_id: str | None = None) -> DeskFigures:
        """Return the figures of *period* for *desk_id* (None: every visit in the database).

        Counted as :mod:`kiosk.overview.rollup` says: voided visits left out, a corrected
        visit once (as corrected, on the original's local day), local time at each visit's own
        offset.
        """
        self.catch_up()
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


def _figures(conn: Connection, period: Period, desk_id: str | None) -> DeskFigures:
    """Sum the rollup's days of *period* (for *desk_id*, or every desk)."""
    params: dict[str, str] = {"first": period.first.isoformat(), "last": period.last.isoformat()}
    desk = ""
    if desk_id is not None:
        desk, params["desk"] = "AND desk_id = :desk", desk_id
    tallies: dict[str, Counter[str]] = defaultdict(Counter)
    for dim, code, count in conn.execute(text(_SUMS_SQL.format(desk=desk)), params):
        tallies[dim][code] += int(count)
    per_bucket: dict[str, Counter[date]] = defaultdict(Counter)
    hours: Counter[tuple[int, int]] = Counter()
    bucket = period.bucket
    for day_text, dim, code, count in conn.execute(text(_DAYS_SQL.format(desk=desk)), params):
        day = date.fromisoformat(day_text)
        if dim == "hour":
            hours[day.isoweekday(), int(code)] += int(count)
        else:
            per_bucket[dim][bucket_start(bucket, day)] += int(count)
    visits, questions = per_bucket["visits"], per_bucket["questions"]
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
