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
  of migration 0007 that sets ``rebuild``; the next catch-up then counts every day again.

What counts (as on the central dashboard): a voided visit nowhere; a chain of corrections once,
as its last correction says (topics, channel, ...), on the local day and hour of the chain's
original (``occurred_at`` plus the original's own ``occurred_offset``) and with the original's
entry: ``tally`` for a tally, ``backdated`` for a live visit recorded on a later local day than
it occurred, else ``live``. The same rules give :mod:`kiosk.overview.rows` its rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import Final

from sqlalchemy import Connection, text

#: The figures counted in visits, and those counted in questions, as ``overview_day.dim``.
VISIT_DIMS: Final = ("channel", "duration", "entry", "hour")
QUESTION_DIMS: Final = ("kind", "topic", "organisation")
LIST_DIMS: Final = ("help", "referral")

_SHIFT = "printf('%+d minutes', {0})"
_DAY = f"date(r.occurred_at, {_SHIFT.format('r.occurred_offset')})"
_HOUR = f"strftime('%H', r.occurred_at, {_SHIFT.format('r.occurred_offset')})"
_ENTRY = f"""CASE WHEN r.source = 'tally' THEN 'tally'
    WHEN date(r.recorded_at, {_SHIFT.format("r.recorded_offset")}) > {_DAY} THEN 'backdated'
    ELSE 'live' END"""
# Every counted visit whose original ("root") lies in scope: the root's moment and entry, the
# last correction's ("head") fields. {scope} limits the roots (alias r). The unary + keeps
# SQLite from reading the roots through the corrects_id index (nearly every visit has NULL
# there: a walk of the whole index in random table order).
_NOT_CORRECTED = "NOT EXISTS (SELECT 1 FROM visit c WHERE c.corrects_id = {0})"
_CORRECTED = "EXISTS (SELECT 1 FROM visit c WHERE c.corrects_id = {0})"
_NOT_VOID = "NOT EXISTS (SELECT 1 FROM visit_void d WHERE d.visit_id = {0})"
COUNTED_SQL: Final = f"""
WITH RECURSIVE walk(root_id, head_id) AS (
    SELECT r.id, r.id FROM visit r
    WHERE +r.corrects_id IS NULL {{scope}}
      AND {_CORRECTED.format("r.id")}
    UNION ALL
    SELECT w.root_id, c.id FROM walk w JOIN visit c ON c.corrects_id = w.head_id
)
SELECT r.id AS root_id, h.id AS head_id, h.desk_id AS desk_id, {_DAY} AS day,
       {_HOUR} AS hour, {_ENTRY} AS entry, h.channel AS channel, h.duration AS duration,
       h.mode AS mode, h.source AS source, h.catalogue_version AS catalogue_version,
       r.occurred_at AS occurred_at, r.occurred_offset AS occurred_offset
FROM walk w JOIN visit r ON r.id = w.root_id JOIN visit h ON h.id = w.head_id
WHERE {_NOT_CORRECTED.format("w.head_id")} AND {_NOT_VOID.format("w.head_id")}
UNION ALL
SELECT r.id, r.id, r.desk_id, {_DAY}, {_HOUR}, {_ENTRY}, r.channel, r.duration, r.mode,
       r.source, r.catalogue_version, r.occurred_at, r.occurred_offset
FROM visit r
WHERE +r.corrects_id IS NULL {{scope}}
  AND {_NOT_CORRECTED.format("r.id")} AND {_NOT_VOID.format("r.id")}
"""
# Roots of local days :first .. :last: the UTC range holds every offset (up to 18 hours).
DAYS_SCOPE: Final = f"""AND r.desk_id IN (SELECT id FROM desk)
      AND r.occurred_at >= :lo AND r.occurred_at < :hi
      AND {_DAY} BETWEEN :first AND :last"""

_COUNTED_TABLE = "temp.overview_counted"
_AGGREGATES: Final = (
    "SELECT day, desk_id, 'visits', '', count(*) FROM temp.overview_counted GROUP BY 1, 2",
    *(
        f"SELECT day, desk_id, '{dim}', {dim}, count(*) FROM temp.overview_counted GROUP BY 1, 2, 4"
        for dim in VISIT_DIMS
    ),
    "SELECT c.day, c.desk_id, 'questions', '', count(*) FROM temp.overview_counted c "
    "JOIN question q ON q.visit_id = c.head_id GROUP BY 1, 2",
    *(
        f"SELECT c.day, c.desk_id, '{dim}', q.{dim}, count(*) FROM temp.overview_counted c "
        "JOIN question q ON q.visit_id = c.head_id GROUP BY 1, 2, 4"
        for dim in QUESTION_DIMS
    ),
    *(
        f"SELECT c.day, c.desk_id, '{dim}', j.value, count(*) FROM temp.overview_counted c "
        f"JOIN question q ON q.visit_id = c.head_id JOIN json_each(q.{dim}) j GROUP BY 1, 2, 4"
        for dim in LIST_DIMS
    ),
)
# The local days of the originals of the visits and voids above the marks.
_TOUCHED_SQL: Final = f"""
WITH RECURSIVE up(id, parent) AS (
    SELECT v.id, v.corrects_id FROM visit v WHERE v.rowid > :visit_mark
    UNION
    SELECT v.id, v.corrects_id FROM visit_void d JOIN visit v ON v.id = d.visit_id
    WHERE d.rowid > :void_mark
    UNION
    SELECT p.id, p.corrects_id FROM up JOIN visit p ON p.id = up.parent
)
SELECT DISTINCT {_DAY} FROM up JOIN visit r ON r.id = up.id WHERE up.parent IS NULL
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


def days_scope(first: date, last: date) -> dict[str, str]:
    """Return the parameters of :data:`DAYS_SCOPE` for local days *first* .. *last*."""
    return {
        "first": first.isoformat(),
        "last": last.isoformat(),
        "lo": (first - timedelta(days=1)).isoformat(),
        "hi": (last + timedelta(days=2)).isoformat(),
    }


def behind(conn: Connection) -> bool:
    """Tell whether the rollup misses visits or voids, or must be rebuilt (a cheap read)."""
    state = conn.execute(
        text("SELECT visit_mark, void_mark, rebuild FROM overview_state WHERE id = 1")
    ).first()
    if state is None or state.rebuild:
        return True
    marks = conn.execute(text(_MARKS_SQL)).one()
    return (state.visit_mark, state.void_mark) != (marks[0], marks[1])


def catch_up(conn: Connection) -> int:
    """Bring the rollup up to date inside the caller's write transaction.

    Returns how many local days were counted again (-1: all of them, a rebuild).
    """
    state = conn.execute(
        text("SELECT visit_mark, void_mark, rebuild FROM overview_state WHERE id = 1")
    ).first()
    visit_mark, void_mark = (int(m) for m in conn.execute(text(_MARKS_SQL)).one())
    if state is None or state.rebuild:
        rebuild(conn)
        counted = -1
    else:
        if (state.visit_mark, state.void_mark) == (visit_mark, void_mark):
            return 0
        touched = [
            date.fromisoformat(str(day))
            for (day,) in conn.execute(
                text(_TOUCHED_SQL),
                {"visit_mark": state.visit_mark, "void_mark": state.void_mark},
            )
            if day is not None
        ]
        for first, last in runs(touched):
            recount(conn, first, last)
        counted = len(touched)
    conn.execute(
        text(
            "INSERT OR REPLACE INTO overview_state (id, visit_mark, void_mark, rebuild) "
            "VALUES (1, :visit_mark, :void_mark, 0)"
        ),
        {"visit_mark": visit_mark, "void_mark": void_mark},
    )
    return counted


def rebuild(conn: Connection) -> None:
    """Count every day and month again from scratch (the marks are the caller's to set)."""
    conn.execute(text("DELETE FROM overview_day"))
    _count(conn, COUNTED_SQL.format(scope=""), {})
    conn.execute(text("DELETE FROM overview_month"))
    conn.execute(text(_MONTHS_SQL.format(where="")))


def recount(conn: Connection, first: date, last: date) -> None:
    """Count local days *first* .. *last* again, whole, and then their months."""
    conn.execute(
        text("DELETE FROM overview_day WHERE day BETWEEN :first AND :last"),
        {"first": first.isoformat(), "last": last.isoformat()},
    )
    _count(conn, COUNTED_SQL.format(scope=DAYS_SCOPE), days_scope(first, last))
    months = {
        "first": first.replace(day=1).isoformat(),
        "last": (_next_month(last) - timedelta(days=1)).isoformat(),
    }
    conn.execute(text("DELETE FROM overview_month WHERE month BETWEEN :first AND :last"), months)
    conn.execute(text(_MONTHS_SQL.format(where="WHERE day BETWEEN :first AND :last")), months)


def _next_month(day: date) -> date:
    """Return the first day of the month after *day*'s."""
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _count(conn: Connection, counted_sql: str, params: dict[str, str]) -> None:
    conn.execute(text(f"DROP TABLE IF EXISTS {_COUNTED_TABLE}"))
    conn.execute(
        text(
            f"CREATE TABLE {_COUNTED_TABLE} AS SELECT head_id, desk_id, day, hour, entry, "
            f"channel, duration FROM ({counted_sql})"
        ),
        params,
    )
    try:
        for aggregate in _AGGREGATES:
            conn.execute(
                text(f"INSERT INTO overview_day (day, desk_id, dim, code, count) {aggregate}")
            )
    finally:
        conn.execute(text(f"DROP TABLE IF EXISTS {_COUNTED_TABLE}"))


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
