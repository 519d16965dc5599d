"""Administration shared by the admin endpoints and the CLI: devices and statistics.

Branches are registered in :mod:`sync.central.branches` (no HTTP endpoint creates them).

Counting rules for the statistics: a visit counts while it is *active*, i.e. neither voided
nor superseded by a correction (the correction counts instead); a question counts with its
visit. Rejected operations are counted from the server's dead letters, each op_id once. Open
conflicts are the registration conflicts among the dead letters (nothing resolves those) plus
the Belastinghulp booking conflicts no desk has resolved yet (``plan_conflict``); the other
planning conflicts (an edit of a cancelled booking, ...) ended when the server decided them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from kiosk.clock import to_utc_text
from sync.central import branches
from sync.central.tables import (
    applied_op,
    device,
    plan_conflict,
    question,
    rejection,
    visit,
)

_ACTIVE = sa.and_(visit.c.voided_at.is_(None), visit.c.superseded_by.is_(None))
_COUNTS = (
    "visits",
    "questions",
    "rejected_operations",
    "open_conflicts",
    "devices",
    "devices_revoked",
    "devices_clock_flagged",
)
# Where a branch is: names as its desks are told them, and the codes (sync.central.branches).
_WHERE = (
    "name",
    "organisation",
    "municipality",
    "province",
    "organisation_code",
    "municipality_code",
    "province_code",
)


def _text(moment: datetime | None) -> str | None:
    return None if moment is None else to_utc_text(moment)


def _device(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "branch_id": row.branch_id,
        "name": row.name,
        "kind": row.kind,
        "created_at": _text(row.created_at),
        "last_seen_at": _text(row.last_seen_at),
        "last_batch_at": _text(row.last_batch_at),
        "revoked_at": _text(row.revoked_at),
        "clock_skew_seconds": row.clock_skew_seconds,
        "clock_flag": row.clock_flag,
        "max_contiguous_local_seq": row.max_contiguous_local_seq,
    }


def list_devices(conn: Connection) -> list[dict[str, Any]]:
    """Return every device, by branch and name."""
    rows = conn.execute(sa.select(device).order_by(device.c.branch_id, device.c.name, device.c.id))
    return [_device(r) for r in rows]


def revoke_device(conn: Connection, device_id: str, now: datetime) -> dict[str, Any]:
    """Revoke *device_id* (kept, never deleted); raise LookupError if unknown."""
    if not device_id.isprintable():  # no device has such an id (and PostgreSQL refuses NUL)
        raise LookupError(device_id)
    conn.execute(
        sa.update(device)
        .where(device.c.id == device_id, device.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    row = conn.execute(sa.select(device).where(device.c.id == device_id)).first()
    if row is None:
        raise LookupError(device_id)
    return _device(row)


def _per_branch(conn: Connection, statement: sa.Select[Any]) -> dict[str, int]:
    return {r[0]: int(r[1]) for r in conn.execute(statement)}


def stats(conn: Connection, now: datetime) -> dict[str, Any]:
    """Return the per-branch counts and their totals."""
    counts = {
        "visits": _per_branch(
            conn,
            sa.select(visit.c.branch_id, sa.func.count())
            .where(_ACTIVE)
            .group_by(visit.c.branch_id),
        ),
        "questions": _per_branch(
            conn,
            sa.select(visit.c.branch_id, sa.func.count())
            .select_from(question.join(visit, question.c.visit_id == visit.c.visit_id))
            .where(_ACTIVE)
            .group_by(visit.c.branch_id),
        ),
        "rejected_operations": _dead_letters(conn, "rejected"),
        "open_conflicts": _open_conflicts(conn),
        "devices": _per_branch(
            conn,
            sa.select(device.c.branch_id, sa.func.count())
            .where(device.c.revoked_at.is_(None))
            .group_by(device.c.branch_id),
        ),
        "devices_revoked": _per_branch(
            conn,
            sa.select(device.c.branch_id, sa.func.count())
            .where(device.c.revoked_at.is_not(None))
            .group_by(device.c.branch_id),
        ),
        "devices_clock_flagged": _per_branch(
            conn,
            sa.select(device.c.branch_id, sa.func.count())
            .where(device.c.revoked_at.is_(None), device.c.clock_flag.is_not(None))
            .group_by(device.c.branch_id),
        ),
    }
    rows = []
    for described in branches.list_branches(conn, now):
        entry: dict[str, Any] = {"branch_id": described["id"]}
        entry.update({k: described[k] for k in _WHERE})
        entry.update({name: counts[name].get(described["id"], 0) for name in _COUNTS})
        rows.append(entry)
    totals = {name: sum(b[name] for b in rows) for name in _COUNTS}
    return {"generated_at": to_utc_text(now), "branches": rows, "totals": totals}


def _open_conflicts(conn: Connection) -> dict[str, int]:
    registrations = _per_branch(
        conn,
        sa.select(rejection.c.branch_id, sa.func.count(sa.distinct(rejection.c.op_id)))
        .select_from(rejection.join(applied_op, applied_op.c.op_id == rejection.c.op_id))
        .where(rejection.c.status == "conflict", applied_op.c.kind.like("visit.%"))
        .group_by(rejection.c.branch_id),
    )
    bookings = _per_branch(
        conn,
        sa.select(plan_conflict.c.branch_id, sa.func.count())
        .where(plan_conflict.c.resolved_at.is_(None))
        .group_by(plan_conflict.c.branch_id),
    )
    return {b: registrations.get(b, 0) + bookings.get(b, 0) for b in {*registrations, *bookings}}


def _dead_letters(conn: Connection, status: str) -> dict[str, int]:
    return _per_branch(
        conn,
        sa.select(rejection.c.branch_id, sa.func.count(sa.distinct(rejection.c.op_id)))
        .where(rejection.c.status == status)
        .group_by(rejection.c.branch_id),
    )


def ack_state(conn: Connection, device_id: str) -> dict[str, Any]:
    """Return what the server holds of one device's ops (the desk's reconciliation check)."""
    row = conn.execute(sa.select(device).where(device.c.id == device_id)).one()
    by_kind = {
        r.kind: int(r.n)
        for r in conn.execute(
            sa.select(applied_op.c.kind, sa.func.count().label("n"))
            .where(applied_op.c.device_id == device_id)
            .group_by(applied_op.c.kind)
        )
    }
    by_status = {
        r.status: int(r.n)
        for r in conn.execute(
            sa.select(applied_op.c.status, sa.func.count().label("n"))
            .where(applied_op.c.device_id == device_id)
            .group_by(applied_op.c.status)
        )
    }
    highest = conn.execute(
        sa.select(sa.func.max(applied_op.c.local_seq)).where(applied_op.c.device_id == device_id)
    ).scalar()
    return {
        "device_id": device_id,
        "max_contiguous_local_seq": int(row.max_contiguous_local_seq),
        "max_local_seq": int(highest or 0),
        "ops_stored": sum(by_kind.values()),
        "by_kind": by_kind,
        "by_status": by_status,
        "last_batch_at": _text(row.last_batch_at),
    }
