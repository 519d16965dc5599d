"""Booking changes inside the caller's transaction (``docs/belastinghulp.md`` §3, §7).

Each function checks the change, writes the booking (or slot) row and appends the operation
the server needs, all on the session the service opened. A change made here leaves the booking
``provisional`` until the server confirms it; a booking in ``conflict`` stays so until it is
resolved (or cancelled): editing its details does not make it hold a place.

Local capacity: a booking or move into a full or closed slot is refused with
:class:`SlotUnavailableError` unless the clerk gives a reason to over-book.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from sqlalchemy import text
from sqlmodel import Session

from kiosk.cleantext import clean_text
from kiosk.errors import InputError, Problem
from kiosk.ids import new_id
from kiosk.planning.records import BOOKING_STATUSES, Booking, BookingInput
from kiosk.planning.store import (
    BOOKING_COLUMNS,
    append_op,
    booking_of,
    codes_json,
    load_booking,
)
from kiosk.planning.validation import MAX_REASON, check_text, validate_booking

#: Fields ``update_booking`` may change (besides ``status``).
EDITABLE: Final = ("name", "phone", "email", "purpose", "checklist", "remark")
MAX_SLOT_CAPACITY: Final = 50
RESOLVE_ACTIONS: Final = ("move", "overbook", "cancel")


class SlotUnavailableError(InputError):
    """A booking or move was refused because the slot is full or closed.

    ``code`` is ``slot_full`` or ``slot_closed`` (the same codes the server uses for conflicts);
    the problem is ``planning.slot.full`` or ``planning.slot.closed`` on field ``slot``.
    """

    def __init__(self, code: str) -> None:
        """Make the refusal for *code*."""
        self.code = code
        if code == "slot_full":
            problem = Problem("slot", "planning.slot.full")
        else:
            problem = Problem("slot", "planning.slot.closed")
        super().__init__([problem])


def desk_name(session: Session) -> str:
    """Return the name of this desk (who cancels), or a plain stand-in before setup.

    Tidied like typed text: the name was typed at set-up (or came with the enrollment), and it
    travels in ``booking.cancel``'s ``by``.
    """
    row = session.execute(
        text(
            "SELECT d.name FROM app_setting s JOIN desk d ON d.id = s.value "
            "WHERE s.key = 'current_desk_id'"
        )
    ).first()
    name = clean_text(str(row[0])) if row is not None else ""
    return name or "Deze balie"


def held(session: Session, slot_id: str) -> int:
    """Return the places taken in *slot_id* (bookings not cancelled and not in conflict)."""
    return int(
        session.execute(
            text(
                "SELECT count(*) FROM plan_booking WHERE slot_id = :s "
                "AND status != 'cancelled' AND sync != 'conflict'"
            ),
            {"s": slot_id},
        ).scalar_one()
    )


def check_room(session: Session, slot_id: str, overbook_reason: str | None) -> None:
    """Refuse *slot_id* when it is unknown, or full or closed without an over-book reason."""
    row = session.execute(
        text("SELECT capacity, closed FROM plan_slot WHERE id = :s"), {"s": slot_id}
    ).first()
    if row is None:
        raise InputError.single("slot", "planning.slot.gone")
    if overbook_reason:
        return
    if row.closed:
        raise SlotUnavailableError("slot_closed")
    if held(session, slot_id) >= row.capacity:
        raise SlotUnavailableError("slot_full")


def book(session: Session, slot_id: str, entry: BookingInput, now: str) -> Booking:
    """Store a new booking in *slot_id* with its ``booking.create``."""
    valid = validate_booking(entry)
    check_room(session, slot_id, valid.overbook_reason)
    booking_id = new_id()
    session.execute(
        text(
            "INSERT INTO plan_booking (id, slot_id, name, phone, email, purpose, checklist, "
            "remark, status, walk_in, overbook_reason, created_at, version, sync) VALUES "
            "(:id, :slot, :name, :phone, :email, :purpose, :checklist, :remark, 'booked', "
            ":walk_in, :reason, :now, 0, 'provisional')"
        ),
        {
            "id": booking_id,
            "slot": slot_id,
            "name": valid.name,
            "phone": valid.phone,
            "email": valid.email,
            "purpose": codes_json(valid.purpose),
            "checklist": codes_json(valid.checklist),
            "remark": valid.remark,
            "walk_in": valid.walk_in,
            "reason": valid.overbook_reason,
            "now": now,
        },
    )
    append_op(
        session,
        "booking.create",
        {
            "booking_id": booking_id,
            "slot_id": slot_id,
            "name": valid.name,
            "phone": valid.phone,
            "email": valid.email,
            "purpose": list(valid.purpose),
            "checklist": list(valid.checklist),
            "remark": valid.remark,
            "walk_in": valid.walk_in,
            "overbook_reason": valid.overbook_reason,
        },
        entity_id=booking_id,
        base_version=0,
        occurred_at=now,
    )
    return _reload(session, booking_id)


def update(session: Session, booking_id: str, fields: Mapping[str, Any], now: str) -> Booking:
    """Change the given fields of a booking (``booking.update`` with only what changed)."""
    unknown = [f for f in fields if f not in (*EDITABLE, "status")]
    if unknown:
        raise InputError.single(unknown[0], "planning.booking.not_editable")
    current, version = _changeable(session, booking_id)
    changes: dict[str, Any] = {}
    contact = {f: v for f, v in fields.items() if f in EDITABLE}
    if contact:
        if current.purged:
            raise InputError.single("booking", "planning.booking.purged")
        merged = BookingInput(
            name=str(contact.get("name", current.name or "")),
            phone=str(contact.get("phone", current.phone or "")),
            email=str(contact.get("email", current.email or "")),
            purpose=tuple(contact.get("purpose", current.purpose)),
            checklist=tuple(contact.get("checklist", current.checklist)),
            remark=str(contact.get("remark", current.remark or "")),
            walk_in=current.walk_in,
        )
        valid = validate_booking(merged)
        for name in contact:
            value = getattr(valid, name)
            if value != getattr(current, name):
                changes[name] = value
    if "status" in fields:
        status = _check_status(fields["status"])
        if status != current.status:
            changes["status"] = status
    if not changes:
        return current
    _write(session, booking_id, changes, conflict=current.sync == "conflict")
    append_op(
        session,
        "booking.update",
        {
            "booking_id": booking_id,
            "fields": {k: list(v) if isinstance(v, tuple) else v for k, v in changes.items()},
        },
        entity_id=booking_id,
        base_version=version,
        occurred_at=now,
    )
    return _reload(session, booking_id)


def set_status(session: Session, booking_id: str, status: str, now: str) -> Booking:
    """Mark a booking booked, attended or no-show."""
    return update(session, booking_id, {"status": status}, now)


def cancel(session: Session, booking_id: str, by: str, reason: str, now: str) -> Booking:
    """Cancel a booking (kept, with who and when) with its ``booking.cancel``."""
    cleaned = check_text(reason, "reason", MAX_REASON)
    _, version = _changeable(session, booking_id)
    _cancel_row(session, booking_id, by, cleaned, now)
    append_op(
        session,
        "booking.cancel",
        {"booking_id": booking_id, "by": by, "reason": cleaned or ""},
        entity_id=booking_id,
        base_version=version,
        occurred_at=now,
    )
    return _reload(session, booking_id)


def move(
    session: Session, booking_id: str, slot_id: str, overbook_reason: str | None, now: str
) -> Booking:
    """Move a booking to *slot_id* with its ``booking.move`` (the target is checked)."""
    reason = check_text(overbook_reason or "", "overbook_reason", MAX_REASON)
    current, version = _changeable(session, booking_id)
    if current.sync == "conflict":
        raise InputError.single("booking", "planning.booking.in_conflict")
    if slot_id == current.slot_id:
        raise InputError.single("slot", "planning.booking.same_slot")
    check_room(session, slot_id, reason)
    session.execute(
        text(
            "UPDATE plan_booking SET slot_id = :slot, overbook_reason = :reason, "
            "sync = 'provisional' WHERE id = :id"
        ),
        {"slot": slot_id, "reason": reason, "id": booking_id},
    )
    append_op(
        session,
        "booking.move",
        {"booking_id": booking_id, "slot_id": slot_id, "overbook_reason": reason},
        entity_id=booking_id,
        base_version=version,
        occurred_at=now,
    )
    return _reload(session, booking_id)


def resolve(
    session: Session,
    booking_id: str,
    action: str,
    slot_id: str | None,
    reason: str | None,
    by: str,
    now: str,
) -> Booking:
    """End a booking's conflict (move, overbook or cancel) with its ``booking.resolve``."""
    if action not in RESOLVE_ACTIONS:
        raise InputError.single("action", "planning.resolve.action_missing")
    cleaned = check_text(reason or "", "reason", MAX_REASON)
    current, version = _changeable(session, booking_id)
    if current.sync != "conflict":
        raise InputError.single("booking", "planning.booking.no_conflict")
    payload: dict[str, Any] = {"booking_id": booking_id, "action": action}
    if action == "move":
        if not slot_id:
            raise InputError.single("slot", "planning.resolve.slot_missing")
        check_room(session, slot_id, None)
        session.execute(
            text(
                "UPDATE plan_booking SET slot_id = :slot, sync = 'provisional', "
                "conflict_code = NULL WHERE id = :id"
            ),
            {"slot": slot_id, "id": booking_id},
        )
        payload["slot_id"] = slot_id
    elif action == "overbook":
        if cleaned is None:
            raise InputError.single("reason", "planning.overbook.reason_missing")
        session.execute(
            text(
                "UPDATE plan_booking SET overbook_reason = :reason, status = 'booked', "
                "sync = 'provisional', conflict_code = NULL WHERE id = :id"
            ),
            {"reason": cleaned, "id": booking_id},
        )
    else:
        _cancel_row(session, booking_id, by, cleaned, now)
    if cleaned is not None:
        payload["reason"] = cleaned
    append_op(
        session,
        "booking.resolve",
        payload,
        entity_id=booking_id,
        base_version=version,
        occurred_at=now,
    )
    return _reload(session, booking_id)


def conflicts(session: Session) -> list[Booking]:
    """Return the bookings in conflict that are not cancelled, oldest first."""
    rows = session.execute(
        text(
            f"SELECT {BOOKING_COLUMNS} FROM plan_booking WHERE sync = 'conflict' "
            "AND status != 'cancelled' ORDER BY created_at, id"
        )
    ).all()
    return [booking_of(r) for r in rows]


def update_slot(
    session: Session, slot_id: str, capacity: int | None, closed: bool | None, now: str
) -> None:
    """Change a slot's capacity or closed flag with its ``slot.update`` (only what changed)."""
    row = session.execute(
        text("SELECT capacity, closed, version FROM plan_slot WHERE id = :s"), {"s": slot_id}
    ).first()
    if row is None:
        raise InputError.single("slot", "planning.slot.gone")
    changes: dict[str, Any] = {}
    if capacity is not None and capacity != row.capacity:
        if not 0 <= capacity <= MAX_SLOT_CAPACITY:
            raise InputError.single(
                "capacity", "planning.slot.capacity_range", min=0, max=MAX_SLOT_CAPACITY
            )
        taken = held(session, slot_id)
        if capacity < taken:
            raise InputError.single("capacity", "planning.slot.capacity_below_taken", taken=taken)
        changes["capacity"] = capacity
    if closed is not None and closed != bool(row.closed):
        changes["closed"] = closed
    if not changes:
        return
    assignments = ", ".join(f"{k} = :{k}" for k in changes)
    session.execute(
        text(f"UPDATE plan_slot SET {assignments}, sync = 'provisional' WHERE id = :id"),
        {**changes, "id": slot_id},
    )
    append_op(
        session,
        "slot.update",
        {"slot_id": slot_id, **changes},
        entity_id=slot_id,
        base_version=int(row.version),
        occurred_at=now,
    )


def _changeable(session: Session, booking_id: str) -> tuple[Booking, int]:
    """Return a booking that may still change, with its version; refuse a cancelled one."""
    row = session.execute(
        text(f"SELECT {BOOKING_COLUMNS}, version FROM plan_booking WHERE id = :id"),
        {"id": booking_id},
    ).first()
    if row is None:
        raise InputError.single("booking", "planning.booking.gone")
    if row.status == "cancelled":
        raise InputError.single("booking", "planning.booking.cancelled")
    return booking_of(row), int(row.version)


def _check_status(status: Any) -> str:
    if status == "cancelled":
        raise InputError.single("status", "planning.booking.cancel_with_button")
    if status not in BOOKING_STATUSES:
        raise InputError.single("status", "planning.booking.status_unknown")
    return str(status)


def _write(session: Session, booking_id: str, changes: dict[str, Any], *, conflict: bool) -> None:
    values = {k: codes_json(v) if isinstance(v, tuple) else v for k, v in changes.items()}
    assignments = ", ".join(f"{k} = :{k}" for k in values)
    sync = "conflict" if conflict else "provisional"
    session.execute(
        text(f"UPDATE plan_booking SET {assignments}, sync = :sync WHERE id = :id"),
        {**values, "sync": sync, "id": booking_id},
    )


def _cancel_row(session: Session, booking_id: str, by: str, reason: str | None, now: str) -> None:
    session.execute(
        text(
            "UPDATE plan_booking SET status = 'cancelled', cancelled_at = :now, "
            "cancelled_by = :by, cancel_reason = :reason, sync = 'provisional', "
            "conflict_code = NULL WHERE id = :id"
        ),
        {"now": now, "by": by, "reason": reason, "id": booking_id},
    )


def _reload(session: Session, booking_id: str) -> Booking:
    found = load_booking(session, booking_id)
    assert found is not None
    return found
