"""Row-level helpers shared by the planning service: text <-> values, rows -> records, ops.

Rows come from ``text()`` queries (plain tuples with attribute access), so reading a whole
season stays cheap: no ORM objects are built for the grid.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from kiosk import outbox
from kiosk.clock import to_utc_text
from kiosk.planning.records import (
    Booking,
    Closure,
    Helper,
    Partner,
    Season,
    Slot,
    Template,
    WaitingEntry,
)

BOOKING_COLUMNS = (
    "id, slot_id, name, phone, email, purpose, checklist, remark, status, walk_in, sync, "
    "conflict_code, overbook_reason, created_at, cancelled_at, cancelled_by, purged_at"
)
SLOT_COLUMNS = "id, season_id, helper_id, day, starts, ends, capacity, closed, sync"
WAITING_COLUMNS = (
    "id, season_id, name, phone, email, purpose, remark, position, created_at, offered_slot_id"
)


def codes_json(codes: Iterable[str]) -> str:
    """Return a code list as the JSON text stored in a column."""
    return json.dumps(list(codes), ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=256)
def codes_of(value: str | None) -> tuple[str, ...]:
    """Return the code list stored as JSON text (empty for NULL)."""
    return tuple(json.loads(value)) if value else ()


@lru_cache(maxsize=2048)
def day_of(value: str) -> date:
    """Parse an ISO date column."""
    return date.fromisoformat(value)


@lru_cache(maxsize=2048)
def time_of(value: str) -> time:
    """Parse an ``HH:MM`` column."""
    return time.fromisoformat(value)


def hhmm(value: time) -> str:
    """Format a wall-clock time as stored: ``HH:MM``."""
    return value.strftime("%H:%M")


def stamp(moment: datetime) -> str:
    """Format a moment as stored (UTC text)."""
    return to_utc_text(moment)


def season_of(row: Any) -> Season:
    """Build a :class:`Season` from a ``plan_season`` row."""
    return Season(row.id, row.name, day_of(row.starts_on), day_of(row.ends_on))


def partner_of(row: Any) -> Partner:
    """Build a :class:`Partner` from a ``plan_partner`` row."""
    return Partner(row.id, row.name)


def helper_of(row: Any) -> Helper:
    """Build a :class:`Helper` from a ``plan_helper`` row joined with its partner's name."""
    return Helper(
        id=row.id,
        name=row.name,
        partner_id=row.partner_id,
        partner_name=row.partner_name or "",
        topics=codes_of(row.topics),
        active=bool(row.active),
    )


def template_of(row: Any) -> Template:
    """Build a :class:`Template` from a ``plan_template`` row."""
    return Template(
        id=row.id,
        season_id=row.season_id,
        helper_id=row.helper_id,
        weekday=row.weekday,
        starts=time_of(row.starts),
        ends=time_of(row.ends),
        slot_minutes=row.slot_minutes,
        capacity=row.capacity,
        valid_from=day_of(row.valid_from) if row.valid_from else None,
        valid_to=day_of(row.valid_to) if row.valid_to else None,
    )


def closure_of(row: Any) -> Closure:
    """Build a :class:`Closure` from a ``plan_closure`` row."""
    return Closure(row.id, row.season_id, day_of(row.day), row.reason)


def booking_of(row: Any) -> Booking:
    """Build a :class:`Booking` from a row with :data:`BOOKING_COLUMNS`."""
    return Booking(
        id=row.id,
        slot_id=row.slot_id,
        name=row.name,
        phone=row.phone,
        email=row.email,
        purpose=codes_of(row.purpose),
        checklist=codes_of(row.checklist),
        remark=row.remark,
        status=row.status,
        walk_in=bool(row.walk_in),
        sync=row.sync,
        conflict_code=row.conflict_code,
        overbook_reason=row.overbook_reason,
        created_at=row.created_at,
        cancelled_at=row.cancelled_at,
        cancelled_by=row.cancelled_by,
        purged=row.purged_at is not None,
    )


def slot_of(row: Any, bookings: tuple[Booking, ...] = ()) -> Slot:
    """Build a :class:`Slot` from a row with :data:`SLOT_COLUMNS`."""
    return Slot(
        id=row.id,
        season_id=row.season_id,
        helper_id=row.helper_id,
        day=day_of(row.day),
        starts=time_of(row.starts),
        ends=time_of(row.ends),
        capacity=row.capacity,
        closed=bool(row.closed),
        sync=row.sync,
        bookings=bookings,
    )


def waiting_of(row: Any) -> WaitingEntry:
    """Build a :class:`WaitingEntry` from a row with :data:`WAITING_COLUMNS`."""
    return WaitingEntry(
        id=row.id,
        season_id=row.season_id,
        name=row.name,
        phone=row.phone,
        email=row.email,
        purpose=codes_of(row.purpose),
        remark=row.remark,
        position=row.position,
        created_at=row.created_at,
        offered_slot_id=row.offered_slot_id,
    )


def load_slot(session: Session, slot_id: str) -> Slot | None:
    """Read one slot with its bookings (cancelled ones included), or None."""
    row = session.execute(
        text(f"SELECT {SLOT_COLUMNS} FROM plan_slot WHERE id = :id"), {"id": slot_id}
    ).first()
    if row is None:
        return None
    bookings = session.execute(
        text(
            f"SELECT {BOOKING_COLUMNS} FROM plan_booking WHERE slot_id = :id "
            "ORDER BY created_at, id"
        ),
        {"id": slot_id},
    ).all()
    return slot_of(row, tuple(booking_of(b) for b in bookings))


def load_booking(session: Session, booking_id: str) -> Booking | None:
    """Read one booking, or None."""
    row = session.execute(
        text(f"SELECT {BOOKING_COLUMNS} FROM plan_booking WHERE id = :id"), {"id": booking_id}
    ).first()
    return None if row is None else booking_of(row)


def append_op(
    session: Session,
    kind: str,
    payload: dict[str, Any],
    *,
    entity_id: str,
    base_version: int,
    occurred_at: str,
) -> None:
    """Append one outbox operation in the caller's transaction."""
    outbox.insert(
        session,
        [
            outbox.new_op(
                kind=kind,
                payload=payload,
                occurred_at=occurred_at,
                entity_id=entity_id,
                base_version=base_version,
            )
        ],
    )


def upsert_op(
    session: Session,
    record: str,
    record_id: str,
    data: dict[str, Any],
    *,
    deleted: bool,
    base_version: int,
    occurred_at: str,
) -> None:
    """Append a ``plan.upsert`` of a reference row (season, partner, helper, ...)."""
    append_op(
        session,
        "plan.upsert",
        {"record": record, "id": record_id, "data": data, "deleted": deleted},
        entity_id=record_id,
        base_version=base_version,
        occurred_at=occurred_at,
    )
