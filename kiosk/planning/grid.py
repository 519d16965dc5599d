"""Reading a season as a grid, and a day as a printable list (``docs/belastinghulp.md`` §7).

The grid of a whole season (12 weeks x 5 days x 16 slots x 4 helpers is 3,840 slots) is read
with two SELECTs, slots and their bookings, and built in plain Python: the planning screen must
open within 150 ms.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from datetime import date

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


def build(
    session: Session,
    season: Season,
    helper_ids: Sequence[str] | None,
    partner_id: str | None,
) -> GridData:
    """Return *season* as a grid, limited to *helper_ids* and/or *partner_id*'s helpers.

    Columns are the helpers that have slots in the season (after filtering), by name. The
    cyclic garbage collector is paused while the records are built: they hold no cycles, and a
    full collection in the middle of ten thousand new objects costs more than building them.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return _build(session, season, helper_ids, partner_id)
    finally:
        if paused:
            gc.enable()


def _build(
    session: Session,
    season: Season,
    helper_ids: Sequence[str] | None,
    partner_id: str | None,
) -> GridData:
    helpers = {r.id: helper_of(r) for r in session.execute(text(_HELPERS)).all()}
    wanted: set[str] | None = None
    if helper_ids is not None:
        wanted = set(helper_ids)
    if partner_id is not None:
        of_partner = {h.id for h in helpers.values() if h.partner_id == partner_id}
        wanted = of_partner if wanted is None else wanted & of_partner
    slot_rows = session.execute(
        text(f"SELECT {SLOT_COLUMNS} FROM plan_slot WHERE season_id = :s ORDER BY day, starts"),
        {"s": season.id},
    ).all()
    booking_rows = session.execute(
        text(
            "SELECT "
            + ", ".join(f"b.{c.strip()}" for c in BOOKING_COLUMNS.split(","))
            + " FROM plan_booking b JOIN plan_slot s ON s.id = b.slot_id "
            "WHERE s.season_id = :s ORDER BY b.created_at, b.id"
        ),
        {"s": season.id},
    ).all()
    by_slot: dict[str, list[Booking]] = {}
    for (
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
    ) in booking_rows:
        booking = Booking(
            bid,
            slot_id,
            name,
            phone,
            email,
            codes_of(purpose),
            codes_of(checklist),
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
        found = by_slot.get(slot_id)
        if found is None:
            by_slot[slot_id] = [booking]
        else:
            found.append(booking)
    slots: list[Slot] = []
    empty: tuple[Booking, ...] = ()
    # Positional unpacking and cached parsing: this loop runs once per slot of the season.
    for sid, season_id, helper_id, day, starts, ends, capacity, closed, sync in slot_rows:
        if wanted is not None and helper_id not in wanted:
            continue
        found = by_slot.get(sid)
        slots.append(
            Slot(
                sid,
                season_id,
                helper_id,
                day_of(day),
                time_of(starts),
                time_of(ends),
                capacity,
                bool(closed),
                sync,
                tuple(found) if found else empty,
            )
        )
    present = {s.helper_id for s in slots}
    columns = sorted(
        (helpers.get(h) or Helper(h, "(onbekende hulp)", None, "") for h in present),
        key=lambda h: (h.name.casefold(), h.id),
    )
    column_of = {h.id: i for i, h in enumerate(columns)}
    row_of: dict[GridRow, int] = {}
    rows: list[GridRow] = []
    cells: dict[tuple[int, int], Slot] = {}
    for slot in slots:  # already in (day, starts) order
        key = GridRow(slot.day, slot.starts)
        index = row_of.get(key)
        if index is None:
            index = row_of[key] = len(rows)
            rows.append(key)
        cells[(index, column_of[slot.helper_id])] = slot
    return GridData(season=season, helpers=tuple(columns), rows=tuple(rows), cells=cells)


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
