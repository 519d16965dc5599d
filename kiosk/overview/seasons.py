"""Belastinghulp figures per season, from the planning tables: counts only, never a citizen.

What is counted:

- every booking in a slot of the season, under its status as stored (``booked``: still to
  come or never marked; ``attended``; ``no_show``; ``cancelled``), walk-ins included (a walk-in
  is an attended booking). A booking whose contact details the retention purge cleared keeps
  its status, slot and walk-in mark (:mod:`kiosk.planning.purge`), so it still counts. A
  booking in conflict with the server counts like the others (it was made; a person decides
  where it goes), as on the central dashboard;
- per ISO week of the slot's date (every week of the season, zeros included, and any week a
  slot of the season lies in outside its dates);
- per helper (the slot's helper, by name) and per partner organisation (the helper's
  partner, by name); a helper without a partner counts under no partner. Deleted helpers and
  partners keep their names here;
- the waiting list: entries not deleted (``waiting_total``) and those given an appointment
  from it (``waiting_served``: ``done`` is ``booked``).

No name, phone number, e-mail or remark of a booking or waiting entry is read.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Final

from sqlalchemy import text

from kiosk.db import Database
from kiosk.overview.figures import NamedStatus, SeasonFigures, StatusCounts, WeekStatus
from kiosk.overview.periods import bucket_start

#: The booking statuses in the order of :class:`StatusCounts`.
STATUSES: Final = ("booked", "attended", "no_show", "cancelled")

_BOOKINGS_SQL: Final = """
SELECT s.day, coalesce(h.name, '') AS helper, p.name AS partner, b.status, count(*) AS n
FROM plan_slot s JOIN plan_booking b ON b.slot_id = s.id
LEFT JOIN plan_helper h ON h.id = s.helper_id
LEFT JOIN plan_partner p ON p.id = h.partner_id
WHERE s.season_id = :season
GROUP BY s.day, h.id, p.id, b.status
"""


def seasons(db: Database) -> list[tuple[str, int]]:
    """Return the seasons not deleted as (season_id, year it starts in), newest first."""
    with db.query() as conn:
        rows = conn.execute(
            text(
                "SELECT id, starts_on FROM plan_season WHERE NOT deleted "
                "ORDER BY starts_on DESC, id"
            )
        ).all()
    return [(str(r.id), int(str(r.starts_on)[:4])) for r in rows]


def season(db: Database, season_id: str) -> SeasonFigures:
    """Return the figures of season *season_id* (see the module's docstring).

    Raises:
        KeyError: there is no such season.
    """
    with db.query() as conn:
        found = conn.execute(
            text("SELECT starts_on, ends_on FROM plan_season WHERE id = :s"), {"s": season_id}
        ).first()
        if found is None:
            raise KeyError(season_id)
        bookings = conn.execute(text(_BOOKINGS_SQL), {"season": season_id}).all()
        waiting = conn.execute(
            text(
                "SELECT count(*), coalesce(sum(done = 'booked'), 0) FROM plan_waiting "
                "WHERE season_id = :s AND NOT deleted"
            ),
            {"s": season_id},
        ).one()
    starts_on = date.fromisoformat(str(found.starts_on))
    ends_on = date.fromisoformat(str(found.ends_on))
    weeks: defaultdict[date, Counter[str]] = defaultdict(Counter)
    helpers: defaultdict[str, Counter[str]] = defaultdict(Counter)
    partners: defaultdict[str, Counter[str]] = defaultdict(Counter)
    monday = bucket_start("week", starts_on)
    while monday <= ends_on:
        weeks.setdefault(monday, Counter())  # every week of the season, zeros included
        monday += timedelta(days=7)
    for row in bookings:
        count = int(row.n)
        weeks[bucket_start("week", date.fromisoformat(str(row.day)))][row.status] += count
        helpers[str(row.helper)][row.status] += count
        if row.partner is not None:
            partners[str(row.partner)][row.status] += count
    return SeasonFigures(
        season_id=season_id,
        year=starts_on.year,
        weeks=tuple(WeekStatus(first, _counts(weeks[first])) for first in sorted(weeks)),
        helpers=_named(helpers),
        partners=_named(partners),
        waiting_total=int(waiting[0]),
        waiting_served=int(waiting[1]),
    )


def _counts(by_status: Counter[str]) -> StatusCounts:
    return StatusCounts(*(by_status[status] for status in STATUSES))


def _named(groups: dict[str, Counter[str]]) -> tuple[NamedStatus, ...]:
    """Return *groups* as named counts, largest total first, then by name."""
    named = [NamedStatus(name, _counts(counts)) for name, counts in groups.items()]
    named.sort(key=lambda n: (-n.counts.total, n.name))
    return tuple(named)
