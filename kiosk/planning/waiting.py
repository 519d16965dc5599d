"""The season's waiting list (``docs/belastinghulp.md`` §7): ordered, offered when a place frees.

Entries are reference rows (``plan.upsert`` with ``record = "waiting"``): an entry that is
booked or removed is kept, with ``done`` set, so positions never shift under another desk.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from kiosk.errors import InputError
from kiosk.ids import new_id
from kiosk.planning import bookings
from kiosk.planning.records import Booking, BookingInput, WaitingEntry
from kiosk.planning.store import WAITING_COLUMNS, codes_json, codes_of, upsert_op, waiting_of
from kiosk.planning.validation import validate_booking

_OPEN = "NOT deleted AND done IS NULL"


def entries(session: Session, season_id: str) -> list[WaitingEntry]:
    """Return the open entries of *season_id* in order."""
    rows = session.execute(
        text(
            f"SELECT {WAITING_COLUMNS} FROM plan_waiting WHERE season_id = :s AND {_OPEN} "
            "ORDER BY position, created_at, id"
        ),
        {"s": season_id},
    ).all()
    return [waiting_of(r) for r in rows]


def add(session: Session, season_id: str, entry: BookingInput, now: str) -> WaitingEntry:
    """Append a citizen to the list (a phone number is required: the library calls back)."""
    valid = validate_booking(entry, phone_required=True)
    position = int(
        session.execute(
            text("SELECT coalesce(max(position), 0) + 1 FROM plan_waiting WHERE season_id = :s"),
            {"s": season_id},
        ).scalar_one()
    )
    entry_id = new_id()
    data: dict[str, Any] = {
        "season_id": season_id,
        "name": valid.name,
        "phone": valid.phone,
        "email": valid.email,
        "purpose": list(valid.purpose),
        "remark": valid.remark,
        "position": position,
        "created_at": now,
        "offered_slot_id": None,
        "done": None,
    }
    session.execute(
        text(
            "INSERT INTO plan_waiting (id, season_id, name, phone, email, purpose, remark, "
            "position, created_at, version, deleted) VALUES (:id, :season_id, :name, :phone, "
            ":email, :purpose, :remark, :position, :created_at, 0, 0)"
        ),
        {**data, "id": entry_id, "purpose": codes_json(valid.purpose)},
    )
    upsert_op(session, "waiting", entry_id, data, deleted=False, base_version=0, occurred_at=now)
    return _load(session, entry_id)


def finish(
    session: Session, entry_id: str, done: str, now: str, offered_slot_id: str | None = None
) -> None:
    """Mark an open entry ``booked`` or ``removed`` (it stays stored) with its upsert."""
    row = session.execute(
        text(f"SELECT *, {_OPEN} AS open FROM plan_waiting WHERE id = :id AND NOT deleted"),
        {"id": entry_id},
    ).first()
    if row is None or not row.open:
        raise InputError.single("waiting", "planning.waiting.gone")
    offered = offered_slot_id if offered_slot_id is not None else row.offered_slot_id
    session.execute(
        text("UPDATE plan_waiting SET done = :done, offered_slot_id = :offered WHERE id = :id"),
        {"done": done, "offered": offered, "id": entry_id},
    )
    data = {
        "season_id": row.season_id,
        "name": row.name,
        "phone": row.phone,
        "email": row.email,
        "purpose": list(codes_of(row.purpose)),
        "remark": row.remark,
        "position": row.position,
        "created_at": row.created_at,
        "offered_slot_id": offered,
        "done": done,
    }
    upsert_op(
        session,
        "waiting",
        entry_id,
        data,
        deleted=False,
        base_version=int(row.version),
        occurred_at=now,
    )


def book(session: Session, entry_id: str, slot_id: str, now: str) -> Booking:
    """Book the waiting citizen into *slot_id* and mark the entry booked, together."""
    entry = _open_entry(session, entry_id)
    if entry.name is None:
        raise InputError.single("waiting", "planning.waiting.purged")
    booking = bookings.book(
        session,
        slot_id,
        BookingInput(
            name=entry.name,
            phone=entry.phone or "",
            email=entry.email or "",
            purpose=entry.purpose,
            remark=entry.remark or "",
        ),
        now,
    )
    finish(session, entry_id, "booked", now, offered_slot_id=slot_id)
    return booking


def first_for(session: Session, slot_id: str) -> WaitingEntry | None:
    """Return the first open entry whose purpose the slot's helper handles, else the first."""
    slot = session.execute(
        text(
            "SELECT s.season_id, h.topics FROM plan_slot s "
            "LEFT JOIN plan_helper h ON h.id = s.helper_id WHERE s.id = :s"
        ),
        {"s": slot_id},
    ).first()
    if slot is None:
        raise InputError.single("slot", "planning.slot.gone")
    waiting = entries(session, slot.season_id)
    topics = set(codes_of(slot.topics))
    for entry in waiting:
        if topics & set(entry.purpose):
            return entry
    return waiting[0] if waiting else None


def _open_entry(session: Session, entry_id: str) -> WaitingEntry:
    row = session.execute(
        text(f"SELECT {WAITING_COLUMNS} FROM plan_waiting WHERE id = :id AND {_OPEN}"),
        {"id": entry_id},
    ).first()
    if row is None:
        raise InputError.single("waiting", "planning.waiting.gone")
    return waiting_of(row)


def _load(session: Session, entry_id: str) -> WaitingEntry:
    row = session.execute(
        text(f"SELECT {WAITING_COLUMNS} FROM plan_waiting WHERE id = :id"), {"id": entry_id}
    ).one()
    return waiting_of(row)
