"""Reading a season as a grid, and a day as a printable list (``docs/belastinghulp.md`` §7).

The grid of a whole season (12 weeks x 5 days x 16 slots x 4 helpers is 3,840 slots) is read
with two SELECTs, slots and their bookings, and built in plain Python: the planning screen must
open within 150 ms.

A season is about ten thousand records, and the screen reads it again after every change. Built
anew each time, they would all be long-lived objects for the cyclic garbage collector, which
then ran a full collection (about 90 ms) in the middle of one build in four. So a
:class:`GridBuilder` hands out again the records of its previous build whose rows did not
change, and rows come from the driver as plain tuples (which the collector stops tracking):
reading the grid again allocates little more than what changed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session

from kiosk.planning.records import (
    Booking,
    DayList,
    DayListLine,
    GridData,
    GridRow,
    Helper,
    Season,
    Slot,
)
from kiosk.planning.store import (
    BOOKING_COLUMNS,
    SLOT_COLUMNS,
    codes_of,
    day_of,
    helper_of,
    time_of,
)

_HELPERS = (
    "SELECT h.id, h.name, h.partner_id, p.name AS partner_name, h.topics, h.active "
    "FROM plan_helper h LEFT JOIN plan_partner p ON p.id = h.partner_id"
)
_SLOTS = f"SELECT {SLOT_COLUMNS} FROM plan_slot WHERE season_id = ? ORDER BY day, starts"
_BOOKINGS = (
    "SELECT "
    + ", ".join(f"b.{c.strip()}" for c in BOOKING_COLUMNS.split(","))
    + " FROM plan_booking b JOIN plan_slot s ON s.id = b.slot_id "
    "WHERE s.season_id = ? ORDER BY b.created_at, b.id"
)


@dataclass
class _Built:
    """The records of one build, by the rows they were made from."""

    bookings: dict[tuple[Any, ...], Booking] = field(default_factory=dict)
    slots: dict[tuple[Any, ...], Slot] = field(default_factory=dict)
    rows: dict[tuple[date, time], GridRow] = field(default_factory=dict)
    codes: dict[str, tuple[str, ...]] = field(default_factory=dict)


class GridBuilder:
    """Builds season grids, reusing the records of its previous build that did not change.

    One builder per service; a build replaces what the next one may reuse (only the records of
    the latest grid are kept).
    """

    def __init__(self) -> None:
        """Start with nothing to reuse."""
        self._last = _Built()

    def build(
        self,
        session: Session,
        season: Season,
        helper_ids: Sequence[str] | None,
        partner_id: str | None,
    ) -> GridData:
        """Return *season* as a grid, limited to *helper_ids* and/or *partner_id*'s helpers.

        Columns are the helpers that have slots in the season (after filtering), by name.
        """
        helpers = {r.id: helper_of(r) for r in session.execute(text(_HELPERS)).all()}
        wanted: set[str] | None = None
        if helper_ids is not None:
            wanted = set(helper_ids)
        if partner_id is not None:
            of_partner = {h.id for h in helpers.values() if h.partner_id == partner_id}
            wanted = of_partner if wanted is None else wanted & of_partner
        driver = session.connection().connection.driver_connection
        assert driver is not None
        slot_rows = driver.execute(_SLOTS, (season.id,)).fetchall()
        booking_rows = driver.execute(_BOOKINGS, (season.id,)).fetchall()
        last, now = self._last, _Built()
        booking_of, ids_by_slot = _bookings(booking_rows, last, now)
        slots: list[Slot] = []
        for row in slot_rows:
            sid, season_id, helper_id, day, starts, ends, capacity, closed, sync = row
            if wanted is not None and helper_id not in wanted:
                continue
            # A slot is its row and its bookings, which are identified by their ids: every
            # booking is alive (in *now*, or in *last* and so in a slot of *last*) meanwhile.
            key = (row, *ids_by_slot.get(sid, ()))
            slot = last.slots.get(key)
            if slot is None:
                slot = Slot(
                    sid,
                    season_id,
                    helper_id,
                    day_of(day),
                    time_of(starts),
                    time_of(ends),
                    capacity,
                    bool(closed),
                    sync,
                    tuple(booking_of[i] for i in key[1:]),
                )
            now.slots[key] = slot
            slots.append(slot)
        present = {s.helper_id for s in slots}
        columns = sorted(
            (helpers.get(h) or Helper(h, "(onbekende hulp)", None, "") for h in present),
            key=lambda h: (h.name.casefold(), h.id),
        )
        column_of = {h.id: i for i, h in enumerate(columns)}
        row_of: dict[tuple[date, time], int] = {}
        rows: list[GridRow] = []
        cells: dict[tuple[int, int], Slot] = {}
        for slot in slots:  # already in (day, starts) order
            at = (slot.day, slot.starts)
            index = row_of.get(at)
            if index is None:
                index = row_of[at] = len(rows)
                rows.append(_grid_row(at, last, now))
            cells[(index, column_of[slot.helper_id])] = slot
        self._last = now
        return GridData(season=season, helpers=tuple(columns), rows=tuple(rows), cells=cells)


def _bookings(
    booking_rows: list[tuple[Any, ...]], last: _Built, now: _Built
) -> tuple[dict[int, Booking], dict[str, tuple[int, ...]]]:
    """Return the bookings of *booking_rows* by id, and their ids by slot id, in order.

    Unchanged ones are *last*'s. Per slot only ids are kept: tuples of numbers, which the
    garbage collector stops tracking (tuples of bookings it would track, and promote).
    """
    booking_of: dict[int, Booking] = {}
    ids_by_slot: dict[str, tuple[int, ...]] = {}
    for row in booking_rows:
        booking = last.bookings.get(row)
        if booking is None:
            (
                bid,
                slot_id,
                name,
                phone,
                email,
                purpose,
                checklist,
                remark,
                status,
                walk_in,
                sync,
                conflict_code,
                overbook_reason,
                created_at,
                cancelled_at,
                cancelled_by,
                purged_at,
            ) = row
            booking = Booking(
                bid,
                slot_id,
                name,
                phone,
                email,
                _codes(purpose, last, now),
                _codes(checklist, last, now),
                remark,
                status,
                bool(walk_in),
                sync,
                conflict_code,
                overbook_reason,
                created_at,
                cancelled_at,
                cancelled_by,
                purged_at is not None,
            )
        now.bookings[row] = booking
        booking_of[id(booking)] = booking
        slot_id = row[1]
        ids_by_slot[slot_id] = (*ids_by_slot.get(slot_id, ()), id(booking))
    return booking_of, ids_by_slot


def _codes(value: str | None, last: _Built, now: _Built) -> tuple[str, ...]:
    """Return the code list stored as JSON *value*, one tuple per distinct list."""
    if not value:
        return ()
    codes = now.codes.get(value) or last.codes.get(value) or tuple(json.loads(value))
    now.codes[value] = codes
    return codes


def _grid_row(at: tuple[date, time], last: _Built, now: _Built) -> GridRow:
    row = last.rows.get(at) or GridRow(*at)
    now.rows[at] = row
    return row


def build(
    session: Session,
    season: Season,
    helper_ids: Sequence[str] | None,
    partner_id: str | None,
) -> GridData:
    """Return *season* as a grid (see :meth:`GridBuilder.build`), reusing nothing."""
    return GridBuilder().build(session, season, helper_ids, partner_id)


def day_list(session: Session, day: date, helper_id: str | None) -> DayList:
    """Return the bookings (not cancelled) of *day*, by time and helper."""
    query = text(
        "SELECT s.starts, s.ends, s.helper_id, h.name AS helper_name, "
        "p.name AS partner_name, b.name, b.phone, b.purpose, b.checklist, b.remark, "
        "b.status, b.sync, b.walk_in "
        "FROM plan_booking b JOIN plan_slot s ON s.id = b.slot_id "
        "LEFT JOIN plan_helper h ON h.id = s.helper_id "
        "LEFT JOIN plan_partner p ON p.id = h.partner_id "
        "WHERE s.day = :day AND b.status != 'cancelled'"
        + (" AND s.helper_id IN :helpers" if helper_id is not None else "")
        + " ORDER BY s.starts, h.name, b.created_at"
    )
    params: dict[str, object] = {"day": day.isoformat()}
    if helper_id is not None:
        query = query.bindparams(bindparam("helpers", expanding=True))
        params["helpers"] = [helper_id]
    lines = tuple(
        DayListLine(
            starts=time_of(r.starts),
            ends=time_of(r.ends),
            helper_name=r.helper_name or "",
            partner_name=r.partner_name or "",
            name=r.name,
            phone=r.phone,
            purpose=codes_of(r.purpose),
            checklist=codes_of(r.checklist),
            remark=r.remark,
            status=r.status,
            provisional=r.sync != "confirmed",
            walk_in=bool(r.walk_in),
        )
        for r in session.execute(query, params).all()
    )
    return DayList(day=day, helper_id=helper_id, lines=lines)
