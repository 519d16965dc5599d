"""Which visits count, and on which local day and hour: the rules the figures and rows share.

A voided visit counts nowhere; a chain of corrections once, as its last correction ("head")
says (topics, channel, ...), on the local day and hour of the chain's original ("root"): its
``occurred_at`` plus its own ``occurred_offset``, so 23:30 stays on its day and the
daylight-saving change moves no hour. Its entry is the original's: ``tally`` for a tally,
``backdated`` for a visit recorded on a later local day than it occurred, else ``live``. The
central dashboard counts alike, except that it puts a correction at its own moment: the same
one unless the correction moved the visit's time.

The SQL finds the counted visits and their roots. The local day, hour and entry are worked out
from the stored text, in SQL (:func:`day_sql`, :func:`hour_sql`, :func:`entry_sql`) and in
Python (:func:`local_day_hour`, :func:`entry`), the same way: the minutes of the UTC time plus
the offset; only a moment whose offset moves it to another day goes through a date function
(SQLite's cost several microseconds a call, more than the rest of a visit's row).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Final

from kiosk.clock import from_utc_text

_NOT_CORRECTED = "NOT EXISTS (SELECT 1 FROM visit c WHERE c.corrects_id = {0})"
_CORRECTED = "EXISTS (SELECT 1 FROM visit c WHERE c.corrects_id = {0})"
_NOT_VOID = "NOT EXISTS (SELECT 1 FROM visit_void d WHERE d.visit_id = {0})"
_COLUMNS = """h.id AS head_id, h.desk_id AS desk_id, r.occurred_at AS occurred_at,
       r.occurred_offset AS occurred_offset, r.recorded_at AS recorded_at,
       r.recorded_offset AS recorded_offset, r.source AS root_source, h.channel AS channel,
       h.duration AS duration, h.mode AS mode, h.source AS source,
       h.catalogue_version AS catalogue_version"""
#: Every counted visit whose root lies in ``{scope}`` (conditions on the root, alias r), with
#: the root's moments and source and the head's fields (:data:`_COLUMNS`). Plain visits (no
#: correction: nearly all) are read directly; only corrected roots are walked to their head.
#: The unary + keeps SQLite from reading the roots through the corrects_id index (nearly every
#: visit has NULL there: the whole index, in random table order).
COUNTED_SQL: Final = f"""
WITH RECURSIVE walk(root_id, head_id) AS (
    SELECT r.id, r.id FROM visit r
    WHERE +r.corrects_id IS NULL {{scope}} AND {_CORRECTED.format("r.id")}
    UNION ALL
    SELECT w.root_id, c.id FROM walk w JOIN visit c ON c.corrects_id = w.head_id
)
SELECT {_COLUMNS}
FROM walk w JOIN visit r ON r.id = w.root_id JOIN visit h ON h.id = w.head_id
WHERE {_NOT_CORRECTED.format("w.head_id")} AND {_NOT_VOID.format("w.head_id")}
UNION ALL
SELECT {_COLUMNS.replace("h.", "r.")}
FROM visit r
WHERE +r.corrects_id IS NULL {{scope}}
  AND {_NOT_CORRECTED.format("r.id")} AND {_NOT_VOID.format("r.id")}
"""
#: The roots that may lie on local days :first .. :last (every UTC offset up to 18 hours);
#: the caller keeps those whose :func:`local_day_hour` is one of the days.
DAYS_SCOPE: Final = """AND r.desk_id IN (SELECT id FROM desk)
      AND r.occurred_at >= :lo AND r.occurred_at < :hi"""


def days_scope(first: date, last: date) -> dict[str, str]:
    """Return the parameters of :data:`DAYS_SCOPE` for local days *first* .. *last*."""
    return {
        "lo": f"{first - timedelta(days=1)}T06:00",  # 00:00 on *first* at UTC+18:00
        "hi": f"{last + timedelta(days=1)}T18:00",  # 24:00 on *last* at UTC-18:00
    }


def _minutes_sql(at: str, offset: str) -> str:
    return (
        f"(CAST(substr({at}, 12, 2) AS INTEGER) * 60 + CAST(substr({at}, 15, 2) AS INTEGER)"
        f" + {offset})"
    )


def day_sql(at: str, offset: str) -> str:
    """Return SQL for the local day (ISO text) of UTC text column *at* at *offset* minutes."""
    return (
        f"CASE WHEN {_minutes_sql(at, offset)} BETWEEN 0 AND 1439 THEN substr({at}, 1, 10)"
        f" ELSE date({at}, printf('%+d minutes', {offset})) END"
    )


def hour_sql(at: str, offset: str) -> str:
    """Return SQL for the local hour (``"00"``..``"23"``) of *at* at *offset* minutes."""
    return f"printf('%02d', ({_minutes_sql(at, offset)} % 1440 + 1440) % 1440 / 60)"


def entry_sql(root: str) -> str:
    """Return SQL for the entry of the root columns named ``{root}occurred_at`` and so on."""
    day = day_sql(f"{root}occurred_at", f"{root}occurred_offset")
    recorded = day_sql(f"{root}recorded_at", f"{root}recorded_offset")
    return (
        f"CASE WHEN {root}root_source = 'tally' THEN 'tally'"
        f" WHEN {recorded} > {day} THEN 'backdated' ELSE 'live' END"
    )


_SHIFTED: dict[tuple[str, int], str] = {}


def local_day_hour(utc_text: str, offset_minutes: int) -> tuple[str, int]:
    """Return the local day (ISO text) and hour of a stored UTC text at its offset.

    The text is ``kiosk.clock.to_utc_text``'s (``2026-11-28T17:10:30.123Z``); offsets are
    whole minutes, so seconds never change the day or the hour.
    """
    days, minute = divmod(int(utc_text[11:13]) * 60 + int(utc_text[14:16]) + offset_minutes, 1440)
    day = utc_text[:10]
    if days:
        key = (day, days)
        shifted = _SHIFTED.get(key)
        if shifted is None:
            shifted = _SHIFTED[key] = (date.fromisoformat(day) + timedelta(days=days)).isoformat()
        day = shifted
    return day, minute // 60


def entry(day: str, source: str, recorded_at: str, recorded_offset: int) -> str:
    """Return how a root on local *day* was entered: ``tally``, ``backdated`` or ``live``."""
    if source == "tally":
        return "tally"
    return "backdated" if local_day_hour(recorded_at, recorded_offset)[0] > day else "live"


def local_moment(utc_text: str, offset_minutes: int) -> datetime:
    """Return a stored UTC text as naive local time at its offset."""
    return from_utc_text(utc_text).replace(tzinfo=None) + timedelta(minutes=offset_minutes)
