"""The server's inbox for IT staff: dead letters and booking conflicts (protocol §2.2).

A *dead letter* is an operation the server refused or found in conflict, kept as it arrived
(``rejection``). A *booking conflict* (``plan_conflict``) is a booking that reached a full or
closed slot and waits for a desk to move, overbook or cancel it. Both lists are for support:
they show what went wrong and where, never the contact details an operation may carry.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from kiosk.clock import to_utc_text
from sync.central.tables import plan_booking, plan_conflict, plan_slot, rejection

DEFAULT_LIMIT = 100


def dead_letters(
    conn: Connection, *, branch_id: str | None = None, limit: int = DEFAULT_LIMIT
) -> list[dict[str, Any]]:
    """Return the newest dead letters (of *branch_id*, or all), newest first."""
    query = sa.select(rejection).order_by(rejection.c.id.desc()).limit(limit)
    if branch_id is not None:
        query = query.where(rejection.c.branch_id == branch_id)
    return [_dead_letter(row) for row in conn.execute(query)]


def _dead_letter(row: Any) -> dict[str, Any]:
    try:
        op = json.loads(row.payload)
    except ValueError:
        op = {}
    kind = op.get("kind") if isinstance(op, dict) else None
    return {
        "op_id": row.op_id,
        "branch_id": row.branch_id,
        "device_id": row.device_id,
        "kind": kind if isinstance(kind, str) else None,
        "status": row.status,
        "code": row.code,
        "errors": json.loads(row.errors) if row.errors else [],
        "received_at": to_utc_text(row.received_at),
    }


def booking_conflicts(
    conn: Connection, *, branch_id: str | None = None, include_resolved: bool = False
) -> list[dict[str, Any]]:
    """Return the booking conflicts (open ones unless *include_resolved*), oldest first."""
    query = (
        sa.select(
            plan_conflict,
            plan_slot.c.day,
            plan_slot.c.starts,
            plan_slot.c.helper_id,
            plan_booking.c.status.label("booking_status"),
        )
        .select_from(
            plan_conflict.join(plan_booking, plan_booking.c.id == plan_conflict.c.booking_id).join(
                plan_slot, plan_slot.c.id == plan_booking.c.slot_id
            )
        )
        .order_by(plan_conflict.c.created_at, plan_conflict.c.id)
    )
    if branch_id is not None:
        query = query.where(plan_conflict.c.branch_id == branch_id)
    if not include_resolved:
        query = query.where(plan_conflict.c.resolved_at.is_(None))
    return [
        {
            "id": row.id,
            "branch_id": row.branch_id,
            "booking_id": row.booking_id,
            "code": row.code,
            "op_id": row.op_id,
            "slot_day": str(row.day),
            "slot_starts": str(row.starts),
            "helper_id": row.helper_id,
            "booking_status": row.booking_status,
            "created_at": to_utc_text(row.created_at),
            "resolved_at": None if row.resolved_at is None else to_utc_text(row.resolved_at),
            "resolution": row.resolution,
        }
        for row in conn.execute(query)
    ]
