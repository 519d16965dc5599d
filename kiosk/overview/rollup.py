"""The Overzicht's rollup: counted visits per local day and month, desk, figure and code.

Counting a year of a million visits takes seconds in SQLite; summing a year of months takes
milliseconds. So the counts are kept per local day (:class:`kiosk.models.OverviewDay`) and per
month (:class:`kiosk.models.OverviewMonth`, summed from the days), and a period sums its whole
months and the days of its partial ones. The rollup is derived only from the append-only tables:

- a save appends a visit (and its questions), a correction a visit naming the one it
  corrects, a void a ``visit_void`` row; none is ever changed;
- ``overview_state`` keeps the highest ``rowid`` of ``visit`` and ``visit_void`` already
  counted. :func:`catch_up` (run when figures are asked) finds the rows above those marks, the
  local days they touch (a correction or void touches the day of the chain's original), and
  counts those days again from the visits, whole, and their months from the days. The save
  path does no extra work;
- anything appending cannot explain (a row changed or deleted: the demo wipe) fires a trigger
  of migration 0007 that sets ``rebuild``; the next catch-up then counts every day again. So
  does a mark above the table's highest ``rowid`` (rows renumbered by a ``VACUUM``).

What counts, and on which local day and hour, is :mod:`kiosk.overview.counted`'s: the same
rules give :mod:`kiosk.overview.rows` its rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final

from sqlalchemy import Connection, text

from kiosk.overview.counted import (
    COUNTED_SQL,
    DAYS_SCOPE,
    day_sql,
    days_scope,
    entry_sql,
    hour_sql,
    local_day_hour,
)

# The counted visits of {counted} with their local day, hour and entry, kept to local days
# :first .. :last ({where}), and then their questions.
_COUNTED_TABLE: Final = f"""
CREATE TABLE temp.overview_counted AS SELECT * FROM (
    SELECT c.head_id, c.desk_id, {day_sql("c.occurred_at", "c.occurred_offset")} AS day,
           {hour_sql("c.occurred_at", "c.occurred_offset")} AS hour, {entry_sql("c.")} AS entry,
           c.channel, c.duration
    FROM ({{counted}}) c
) {{where}}
"""
_ASKED_TABLE: Final = """
CREATE TABLE temp.overview_asked AS
SELECT c.day, c.desk_id, q.kind, q.topic, q.organisation, q.help, q.referral
FROM temp.overview_counted c JOIN question q ON q.visit_id = c.head_id
"""
_AGGREGATES: Final = (
    "SELECT day, desk_id, 'visits', '', count(*) FROM temp.overview_counted GROUP BY 1, 2",
    *(
        f"SELECT day, desk_id, '{dim}', {dim}, count(*) FROM temp.overview_counted GROUP BY 1, 2, 4"
        for dim in ("channel", "duration", "entry", "hour")
    ),
    "SELECT day, desk_id, 'questions', '', count(*) FROM temp.overview_asked GROUP BY 1, 2",
    *(
        f"SELECT day, desk_id, '{dim}', {dim}, count(*) FROM temp.overview_asked GROUP BY 1, 2, 4"
        for dim in ("kind", "topic", "organisation")
    ),
    # A code list: grouped by the list's text first (few distinct lists a day), then split.
    *(
        f"SELECT g.day, g.desk_id, '{dim}', j.value, sum(g.n) FROM (SELECT day, desk_id, "
        f"{dim} AS list, count(*) AS n FROM temp.overview_asked GROUP BY 1, 2, 3) g "
        "JOIN json_each(g.list) j GROUP BY 1, 2, 4"
        for dim in ("help", "referral")
    ),
)
# The moments of the originals of the visits and voids above the marks.
_TOUCHED_SQL: Final = """
WITH RECURSIVE up(id, parent) AS (
    SELECT v.id, v.corrects_id FROM visit v WHERE v.rowid > :visit_mark
    UNION
    SELECT v.id, v.corrects_id FROM visit_void d JOIN visit v ON v.id = d.visit_id
    WHERE d.rowid > :void_mark
    UNION
    SELECT p.id, p.corrects_id FROM up JOIN visit p ON p.id = up.parent
)
SELECT DISTINCT r.occurred_at, r.occurred_offset
FROM up JOIN visit r ON r.id = up.id WHERE up.parent IS NULL
"""
# overview_month from overview_day (local days :first .. :last, whole months); an hour's code
# gets the day's ISO weekday in front ("6-14").
_MONTHS_SQL: Final = """
INSERT INTO overview_month (month, desk_id, dim, code, count)
SELECT substr(day, 1, 8) || '01', desk_id, dim,
       CASE WHEN dim = 'hour'
            THEN ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7 + 1) || '-' || code
            ELSE code END,
       sum(count)
FROM overview_day {where}
GROUP BY 1, 2, 3, 4
"""
_MARKS_SQL: Final = """
SELECT (SELECT coalesce(max(rowid), 0) FROM visit),
       (SELECT coalesce(max(rowid), 0) FROM visit_void)
"""


_STATE_SQL: Final = "SELECT visit_mark, void_mark, rebuild FROM overview_state WHERE id = 1"
_INSERT_DAY: Final = "INSERT INTO overview_day (day, desk_id, dim, code, count) VALUES (?,?,?,?,?)"
#: A row of ``overview_day``: day, desk_id, dim, code, count.
DayRow = tuple[str, str, str, str, int]


@dataclass(frozen=True)
class Prepared:
    """A rebuild counted in a read (:func:`prepare`), to be put in place by :func:`install`."""

    rows: list[DayRow]
    visit_mark: int
    void_mark: int
    asked: int | None  # overview_state.rebuild when it was counted (None: no state row)


def _marks(conn: Connection) -> tuple[int, int]:
    visit_mark, void_mark = conn.execute(text(_MARKS_SQL)).one()
    return int(visit_mark), int(void_mark)


def _must_rebuild(state: Any, marks: tuple[int, int]) -> bool:
    """Whether the rollup must be made again: asked, or rows renumbered.

    A mark above the table's highest rowid means the rows were renumbered (a VACUUM may do
    that to a table without an INTEGER PRIMARY KEY): rows above the mark no longer mean new.
    """
    if state is None or state.rebuild:
        return True
    return bool(state.visit_mark > marks[0] or state.void_mark > marks[1])


def behind(conn: Connection) -> bool:
    """Tell whether the rollup misses visits or voids, or must be rebuilt (a cheap read)."""
    state = conn.execute(text(_STATE_SQL)).first()
    marks = _marks(conn)
    if state is None or _must_rebuild(state, marks):
        return True
    return bool((state.visit_mark, state.void_mark) != marks)


def must_rebuild(conn: Connection) -> bool:
    """Tell whether the next catch-up is a rebuild (a cheap read)."""
    return _must_rebuild(conn.execute(text(_STATE_SQL)).first(), _marks(conn))


def prepare(conn: Connection) -> Prepared:
    """Count every visit in the caller's read transaction, for :func:`install`.

    A rebuild of a large database takes seconds (a million visits: half a minute); counted in
    a read, saves go on meanwhile (a write transaction would hold them up past the busy
    timeout). The marks are those of the same snapshot: what is saved after is caught up then.
    """
    state = conn.execute(text(_STATE_SQL)).first()
    visit_mark, void_mark = _marks(conn)
    rows = _aggregate(conn, COUNTED_SQL.format(scope=""), {}, None)
    return Prepared(rows, visit_mark, void_mark, None if state is None else int(state.rebuild))


def install(conn: Connection, prepared: Prepared) -> bool:
    """Put a prepared rebuild in place in the caller's write transaction.

    Returns False (and changes nothing) when a change asked for a rebuild after it was
    counted: a row counted may be gone, so it must be counted again.
    """
    state = conn.execute(text(_STATE_SQL)).first()
    if (None if state is None else int(state.rebuild)) != prepared.asked:
        return False
    _replace(conn, prepared.rows)
    _set_marks(conn, prepared.visit_mark, prepared.void_mark)
    return True


def catch_up(conn: Connection) -> int:
    """Bring the rollup up to date inside the caller's write transaction.

    Returns how many local days were counted again (-1: all of them, a rebuild, counted
    here: :class:`~kiosk.overview.service.OverviewService` prepares one outside first).
    """
    state = conn.execute(text(_STATE_SQL)).first()
    marks = _marks(conn)
    if state is None or _must_rebuild(state, marks):
        rebuild(conn)
        _set_marks(conn, *marks)
        return -1
    if (state.visit_mark, state.void_mark) == marks:
        return 0
    touched = {
        date.fromisoformat(local_day_hour(at, offset)[0])
        for at, offset in conn.execute(
            text(_TOUCHED_SQL), {"visit_mark": state.visit_mark, "void_mark": state.void_mark}
        )
    }
    for first, last in runs(touched):
        recount(conn, first, last)
    _set_marks(conn, *marks)
    return len(touched)


def _set_marks(conn: Connection, visit_mark: int, void_mark: int) -> None:
    conn.execute(
        text(
            "INSERT OR REPLACE INTO overview_state (id, visit_mark, void_mark, rebuild) "
            "VALUES (1, :visit_mark, :void_mark, 0)"
        ),
        {"visit_mark": visit_mark, "void_mark": void_mark},
    )


def rebuild(conn: Connection) -> None:
    """Count every day and month again from scratch (the marks are the caller's to set)."""
    _replace(conn, _aggregate(conn, COUNTED_SQL.format(scope=""), {}, None))


def _replace(conn: Connection, rows: list[DayRow]) -> None:
    conn.execute(text("DELETE FROM overview_day"))
    _insert(conn, rows)
    conn.execute(text("DELETE FROM overview_month"))
    conn.execute(text(_MONTHS_SQL.format(where="")))


def recount(conn: Connection, first: date, last: date) -> None:
    """Count local days *first* .. *last* again, whole, and then their months."""
    conn.execute(
        text("DELETE FROM overview_day WHERE day BETWEEN :first AND :last"),
        {"first": first.isoformat(), "last": last.isoformat()},
    )
    days = (first.isoformat(), last.isoformat())
    scoped = COUNTED_SQL.format(scope=DAYS_SCOPE)
    _insert(conn, _aggregate(conn, scoped, days_scope(first, last), days))
    months = {
        "first": first.replace(day=1).isoformat(),
        "last": (_next_month(last) - timedelta(days=1)).isoformat(),
    }
    conn.execute(text("DELETE FROM overview_month WHERE month BETWEEN :first AND :last"), months)
    conn.execute(text(_MONTHS_SQL.format(where="WHERE day BETWEEN :first AND :last")), months)


def _next_month(day: date) -> date:
    """Return the first day of the month after *day*'s."""
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _insert(conn: Connection, rows: list[DayRow]) -> None:
    if rows:  # the driver's executemany: a rebuild writes tens of thousands of rows
        conn.exec_driver_sql(_INSERT_DAY, rows)


def _aggregate(
    conn: Connection, counted_sql: str, params: dict[str, str], days: tuple[str, str] | None
) -> list[DayRow]:
    """Return the ``overview_day`` rows of the visits *counted_sql* finds.

    Only local *days* (first, last; None: every day) are counted. The work tables are
    temporary (the connection's own ``temp`` schema), so this runs in a read transaction too.
    """
    where = "" if days is None else "WHERE day BETWEEN :first AND :last"
    if days is not None:
        params = {**params, "first": days[0], "last": days[1]}
    for table in ("overview_counted", "overview_asked"):
        conn.execute(text(f"DROP TABLE IF EXISTS temp.{table}"))
    try:
        conn.execute(text(_COUNTED_TABLE.format(counted=counted_sql, where=where)), params)
        conn.execute(text(_ASKED_TABLE))
        return [
            (str(day), str(desk), str(dim), str(code), int(count))
            for aggregate in _AGGREGATES
            for day, desk, dim, code, count in conn.execute(text(aggregate))
        ]
    finally:
        for table in ("overview_counted", "overview_asked"):
            conn.execute(text(f"DROP TABLE IF EXISTS temp.{table}"))


def runs(days: Iterable[date]) -> Iterator[tuple[date, date]]:
    """Yield the runs of consecutive days in *days* as (first, last), in order."""
    ordered = sorted(set(days))
    if not ordered:
        return
    first = last = ordered[0]
    for day in ordered[1:]:
        if day - last > timedelta(days=1):
            yield first, last
            first = day
        last = day
    yield first, last
