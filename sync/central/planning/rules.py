"""The server's planning rules, one op at a time (``docs/belastinghulp.md`` §3).

* ``plan.upsert``: last writer (by server receipt) wins; ``version`` + 1. Record ``setting``
  (id ``retention_days``) sets the branch's ``plan_setting`` instead and publishes a
  ``setting`` change.
* ``slot.create``: insert; the same (deterministic) slot id again changes nothing and is
  answered ``duplicate`` (code ``slot_exists``).
* ``slot.update``: a time change while places are held → ``conflict slot_has_bookings``;
  capacity below the places held → ``conflict slot_capacity_below_bookings``; else apply.
* ``booking.create`` / ``booking.move``: the slot row is locked (``SELECT ... FOR UPDATE`` on
  PostgreSQL; SQLite's write lock serialises anyway) before the places held are counted. A
  free place or an ``overbook_reason`` → ``accepted``; a closed or full slot → the booking is
  STORED with ``sync_state = conflict`` and a ``plan_conflict`` row, answer ``conflict``.
* ``booking.update``: per-field last writer wins by receipt; a cancelled booking →
  ``conflict entity_cancelled`` (cancel beats edit; so does a move).
* An op marked ``redacted`` with every contact field null (a desk's purge cleared them before
  it was sent): a ``booking.create`` stores the booking purged (``purged_at`` set), a
  ``booking.update`` changes no contact field.
* ``booking.cancel``: always applies and ends the booking's open conflict.
* ``booking.resolve``: ends an open conflict by move (capacity checked again), overbook or
  cancel; a move or overbook of a booking without an open conflict → ``conflict
  already_resolved``.

A booking holds a place while it is not cancelled and its ``sync_state`` is ``confirmed``.
An op on a record the server does not have yet → ``deferred depends_on_pending``, or
``conflict depends_on_conflicted`` when the op that would have made it was refused. A record
of another branch → ``rejected branch_forbidden``. When an op loses a conflict on a stored
record, the record is published again (version + 1) so the desk that made the losing change
gets the server's state back with its next pull.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from kiosk.ids import new_id
from kiosk.protocol.planning import (
    CONTACT,
    BookingCancelPayload,
    BookingCreatePayload,
    BookingMovePayload,
    BookingResolvePayload,
    BookingUpdatePayload,
    PlanningPayload,
    SlotCreatePayload,
    SlotUpdatePayload,
    UpsertPayload,
    cleared_contact,
)
from kiosk.protocol.planning_records import REFERENCES
from sync.central.pipeline.handler import Batch
from sync.central.pipeline.ops import Incoming, Result, result
from sync.central.planning.feed import Feed, booking_data, record_data, slot_data
from sync.central.planning.purge import RETENTION_SETTING, store_retention_days
from sync.central.tables import applied_op, plan_booking, plan_conflict, plan_record, plan_slot

# The records a new slot names (a template is itself a reference record).
SLOT_REFERENCES = {"season_id": "season", "helper_id": "helper", "template_id": "template"}


class Rules:
    """Applies planning ops to the planning tables inside the batch's transaction."""

    def __init__(self, batch: Batch, feed: Feed) -> None:
        """Work in the transaction of *batch*; stored changes go to *feed*."""
        self.conn = batch.conn
        self.ctx = batch.ctx
        self.feed = feed
        # Entities whose op was refused (this batch's; the stored ones are looked up).
        self.refused = batch.refused
        self.next_seq = batch.next_seq

    def apply(self, op: Incoming, payload: PlanningPayload) -> Result:
        """Apply one valid op; return its answer (accepted/duplicate/conflict/rejected/deferred)."""
        self.op = op
        if isinstance(payload, UpsertPayload):
            return self._upsert(payload)
        if isinstance(payload, SlotCreatePayload):
            return self._slot_create(payload)
        if isinstance(payload, SlotUpdatePayload):
            return self._slot_update(payload)
        if isinstance(payload, BookingCreatePayload):
            return self._booking_create(payload)
        booking = self._booking(payload.booking_id)
        if booking is None:
            return self._missing(payload.booking_id)
        if booking["branch_id"] != self.ctx.branch_id:
            return self._result("rejected", "branch_forbidden")
        if isinstance(payload, BookingUpdatePayload):
            return self._booking_update(booking, payload)
        if isinstance(payload, BookingMovePayload):
            return self._booking_move(booking, payload)
        if isinstance(payload, BookingCancelPayload):
            return self._cancel(booking, payload.by, "cancel")
        assert isinstance(payload, BookingResolvePayload)
        return self._resolve(booking, payload)

    # -- answers -------------------------------------------------------------------------

    def _result(self, status: str, code: str | None = None) -> Result:
        seq = self.next_seq() if status in ("accepted", "duplicate") else None
        return result(self.op.op_id, status, code, server_seq=seq)

    def _missing(self, entity_id: str) -> Result:
        """An op on a record the server does not hold (yet)."""
        refused = entity_id in self.refused or (
            self.conn.execute(
                sa.select(applied_op.c.op_id)
                .where(
                    applied_op.c.entity_id == entity_id,
                    applied_op.c.status.in_(("rejected", "conflict")),
                )
                .limit(1)
            ).first()
            is not None
        )
        if refused:
            return self._result("conflict", "depends_on_conflicted")
        return self._result("deferred", "depends_on_pending")

    @property
    def _when(self) -> datetime:
        """The op's moment as the device said it, corrected by the batch's skew."""
        assert self.op.occurred_at_device is not None
        return self.op.occurred_at_device - self.ctx.skew

    # -- reference records -----------------------------------------------------------------

    def _upsert(self, p: UpsertPayload) -> Result:
        if p.record == "setting":
            return self._setting(p)
        if not p.deleted:
            refs = {f: p.data.get(f) for f in REFERENCES.get(p.record, {})}
            refused = self._references(refs, REFERENCES.get(p.record, {}))
            if refused is not None:
                return refused
        row = self.conn.execute(
            sa.select(plan_record).where(plan_record.c.id == p.id).with_for_update()
        ).first()
        data = p.data
        if row is not None and row.purged_at is not None:
            # Purged here already: a desk's late upsert never brings contact details back.
            data = {k: None if k in CONTACT else v for k, v in data.items()}
        values = {
            "data": data,
            "deleted": p.deleted,
            "updated_at": self.ctx.now,
            "op_id": self.op.op_id,
        }
        if row is None:
            new = {"id": p.id, "branch_id": self.ctx.branch_id, "record": p.record, "version": 1}
            self.conn.execute(sa.insert(plan_record).values(**new, **values))
        elif row.branch_id != self.ctx.branch_id:
            return self._result("rejected", "branch_forbidden")
        elif row.record != p.record:
            errors = [{"path": "payload.record", "msg": f"{p.id} is a {row.record}"}]
            return result(self.op.op_id, "rejected", "validation_failed", errors=errors)
        else:
            self.conn.execute(
                sa.update(plan_record)
                .where(plan_record.c.id == p.id)
                .values(version=row.version + 1, **values)
            )
        stored = self._fetch(plan_record, p.id)
        self.feed.add(p.record, stored, record_data(stored), deleted=p.deleted)
        return self._result("accepted")

    def _references(
        self, values: dict[str, Any], kinds: dict[str, str], prefix: str = "payload.data"
    ) -> Result | None:
        """Refuse a record naming another branch's record, or a record of the wrong type.

        A record the server does not hold yet defers the op (or makes it a conflict when the
        op that would have made it was refused), as for an op on a missing record.
        """
        wanted = {value: field for field, value in values.items() if isinstance(value, str)}
        if not wanted:
            return None
        found = {
            r.id: r
            for r in self.conn.execute(
                sa.select(plan_record.c.id, plan_record.c.branch_id, plan_record.c.record).where(
                    plan_record.c.id.in_(sorted(wanted))
                )
            )
        }
        for value, field in wanted.items():
            row = found.get(value)
            if row is None:
                return self._missing(value)
            if row.branch_id != self.ctx.branch_id:
                return self._result("rejected", "branch_forbidden")
            if row.record != kinds[field]:
                errors = [{"path": f"{prefix}.{field}", "msg": f"names a {row.record}"}]
                return result(self.op.op_id, "rejected", "validation_failed", errors=errors)
        return None

    def _setting(self, p: UpsertPayload) -> Result:
        """A branch setting (checked by ``kiosk.protocol.planning``): the last one received wins.

        The batch holds the branch's row lock, so batches and ``ido-central plan-retention``
        set it one after the other.
        """
        assert p.id == RETENTION_SETTING
        store_retention_days(self.conn, self.ctx.branch_id, int(p.data[p.id]))
        self.feed.add_setting(p.id, int(p.data[p.id]))
        return self._result("accepted")

    # -- slots ---------------------------------------------------------------------------------

    def _slot_create(self, p: SlotCreatePayload) -> Result:
        row = self._slot(p.slot_id)
        if row is not None:
            if row["branch_id"] != self.ctx.branch_id:
                return self._result("rejected", "branch_forbidden")
            return self._result("duplicate", "slot_exists")  # generated twice: no change
        refs = {"season_id": p.season_id, "helper_id": p.helper_id, "template_id": p.template_id}
        refused = self._references(refs, SLOT_REFERENCES, prefix="payload")
        if refused is not None:
            return refused
        self.conn.execute(
            sa.insert(plan_slot).values(
                id=p.slot_id,
                branch_id=self.ctx.branch_id,
                season_id=p.season_id,
                helper_id=p.helper_id,
                day=date.fromisoformat(p.day),
                starts=p.starts,
                ends=p.ends,
                capacity=p.capacity,
                closed=False,
                template_id=p.template_id,
                version=1,
            )
        )
        self._publish_slot(p.slot_id)
        return self._result("accepted")

    def _slot_update(self, p: SlotUpdatePayload) -> Result:
        slot = self._slot(p.slot_id, lock=True)
        if slot is None:
            return self._missing(p.slot_id)
        if slot["branch_id"] != self.ctx.branch_id:
            return self._result("rejected", "branch_forbidden")
        held = self._held(p.slot_id)
        starts = p.starts or slot["starts"]
        ends = p.ends or slot["ends"]
        code = None
        if starts >= ends:
            code = "slot_times_invalid"
        elif held and (starts, ends) != (slot["starts"], slot["ends"]):
            code = "slot_has_bookings"
        elif p.capacity is not None and p.capacity < held:
            code = "slot_capacity_below_bookings"
        if code is not None:
            self._bump(plan_slot, slot)
            self._publish_slot(p.slot_id)
            return self._result("conflict", code)
        changes = p.model_dump(exclude_none=True, exclude={"slot_id"})
        self._bump(plan_slot, slot, **changes)
        self._publish_slot(p.slot_id)
        return self._result("accepted")

    def _slot(self, slot_id: str, *, lock: bool = False) -> Any:
        query = sa.select(plan_slot).where(plan_slot.c.id == slot_id)
        if lock:
            # PostgreSQL: concurrent bookings of this slot wait here and then count ours.
            query = query.with_for_update()
        return self.conn.execute(query).mappings().first()

    def _held(self, slot_id: str, *, besides: str | None = None) -> int:
        """Places of *slot_id* held by confirmed, not cancelled bookings (*besides* excluded)."""
        query = sa.select(sa.func.count()).where(
            plan_booking.c.slot_id == slot_id,
            plan_booking.c.status != "cancelled",
            plan_booking.c.sync_state == "confirmed",
        )
        if besides is not None:
            query = query.where(plan_booking.c.id != besides)
        return int(self.conn.execute(query).scalar_one())

    def _fits(self, slot: Any, booking_id: str | None, overbook_reason: str | None) -> str | None:
        """Return why a booking can't take a place in *slot* (locked), or None when it can."""
        if slot["closed"]:
            return "slot_closed"
        if overbook_reason:
            return None
        if self._held(slot["id"], besides=booking_id) >= slot["capacity"]:
            return "slot_full"
        return None

    def _target(self, slot_id: str) -> tuple[Any, Result | None]:
        """The slot a booking goes to, locked; or the answer when it can't be used."""
        slot = self._slot(slot_id, lock=True)
        if slot is None:
            return None, self._missing(slot_id)
        if slot["branch_id"] != self.ctx.branch_id:
            return None, self._result("rejected", "branch_forbidden")
        return slot, None

    # -- bookings ------------------------------------------------------------------------------

    def _booking(self, booking_id: str) -> Any:
        query = sa.select(plan_booking).where(plan_booking.c.id == booking_id).with_for_update()
        return self.conn.execute(query).mappings().first()

    def _booking_create(self, p: BookingCreatePayload) -> Result:
        existing = self._booking(p.booking_id)
        if existing is not None:
            if existing["branch_id"] != self.ctx.branch_id:
                return self._result("rejected", "branch_forbidden")
            errors = [{"path": "payload.booking_id", "msg": "a booking with this id is stored"}]
            return result(self.op.op_id, "rejected", "validation_failed", errors=errors)
        slot, refused = self._target(p.slot_id)
        if refused is not None:
            return refused
        code = self._fits(slot, None, p.overbook_reason)
        # A desk's purge cleared this op's contact details before it was sent: the booking
        # counts, stored as purged (its contact details are gone already).
        purged = self.op.redacted and cleared_contact(p)
        self.conn.execute(
            sa.insert(plan_booking).values(
                id=p.booking_id,
                branch_id=self.ctx.branch_id,
                slot_id=p.slot_id,
                name=p.name,
                phone=p.phone,
                email=p.email,
                purpose=p.purpose,
                checklist=p.checklist,
                remark=p.remark,
                status="booked",
                walk_in=p.walk_in,
                overbook_reason=p.overbook_reason,
                sync_state="confirmed" if code is None else "conflict",
                conflict_code=code,
                created_at=self._when,
                purged_at=self.ctx.now if purged else None,
                version=1,
            )
        )
        if code is not None:
            self._open_conflict(p.booking_id, code)
        self._publish_booking(p.booking_id)
        return self._result("accepted" if code is None else "conflict", code)

    def _booking_update(self, booking: Any, p: BookingUpdatePayload) -> Result:
        if booking["status"] == "cancelled":
            return self._lost(booking, "entity_cancelled")
        changes = {name: getattr(p.fields, name) for name in p.fields.model_fields_set}
        if booking["purged_at"] is not None or (self.op.redacted and cleared_contact(p.fields)):
            # Contact details never come back after a purge; a redacted op's nulls say only
            # that the desk purged them, so they change nothing (the server purges its own).
            changes = {k: v for k, v in changes.items() if k not in CONTACT}
        self._bump(plan_booking, booking, **changes)
        self._publish_booking(booking["id"])
        return self._result("accepted")

    def _booking_move(self, booking: Any, p: BookingMovePayload) -> Result:
        if booking["status"] == "cancelled":
            return self._lost(booking, "entity_cancelled")
        slot, refused = self._target(p.slot_id)
        if refused is not None:
            return refused
        code = self._fits(slot, booking["id"], p.overbook_reason)
        changes: dict[str, Any] = {"slot_id": p.slot_id}
        if p.overbook_reason:
            changes["overbook_reason"] = p.overbook_reason
        if code is None:
            changes.update(sync_state="confirmed", conflict_code=None)
            self._close_conflicts(booking["id"], "move")
        else:
            changes.update(sync_state="conflict", conflict_code=code)
            self._open_conflict(booking["id"], code)
        self._bump(plan_booking, booking, **changes)
        self._publish_booking(booking["id"])
        return self._result("accepted" if code is None else "conflict", code)

    def _cancel(self, booking: Any, by: str | None, resolution: str) -> Result:
        """Cancel wins: always applies (a second cancel changes nothing)."""
        if booking["status"] == "cancelled":
            return self._result("accepted")
        self._close_conflicts(booking["id"], resolution)
        self._bump(
            plan_booking,
            booking,
            status="cancelled",
            cancelled_at=self._when,
            cancelled_by=by,
            sync_state="confirmed",
            conflict_code=None,
        )
        self._publish_booking(booking["id"])
        return self._result("accepted")

    def _resolve(self, booking: Any, p: BookingResolvePayload) -> Result:
        if p.action == "cancel":
            return self._cancel(booking, booking["cancelled_by"], "cancel")
        if booking["status"] == "cancelled":
            return self._lost(booking, "entity_cancelled")
        if booking["sync_state"] != "conflict":
            return self._lost(booking, "already_resolved")
        if p.action == "overbook":
            self._close_conflicts(booking["id"], "overbook")
            self._bump(
                plan_booking,
                booking,
                sync_state="confirmed",
                conflict_code=None,
                overbook_reason=p.reason,
            )
            self._publish_booking(booking["id"])
            return self._result("accepted")
        assert p.slot_id is not None
        slot, refused = self._target(p.slot_id)
        if refused is not None:
            return refused
        code = self._fits(slot, booking["id"], None)
        if code is not None:  # still no place: the conflict stays open
            return self._lost(booking, code)
        self._close_conflicts(booking["id"], "move")
        self._bump(
            plan_booking, booking, slot_id=p.slot_id, sync_state="confirmed", conflict_code=None
        )
        self._publish_booking(booking["id"])
        return self._result("accepted")

    def _lost(self, booking: Any, code: str) -> Result:
        """The op loses to the stored booking: publish the booking again, answer conflict."""
        self._bump(plan_booking, booking)
        self._publish_booking(booking["id"])
        return self._result("conflict", code)

    def _open_conflict(self, booking_id: str, code: str) -> None:
        """Record the booking's conflict, unless one is open already (its code is updated)."""
        open_one = self.conn.execute(
            sa.select(plan_conflict.c.id).where(
                plan_conflict.c.booking_id == booking_id, plan_conflict.c.resolved_at.is_(None)
            )
        ).first()
        if open_one is not None:
            return
        self.conn.execute(
            sa.insert(plan_conflict).values(
                id=new_id(),
                branch_id=self.ctx.branch_id,
                booking_id=booking_id,
                code=code,
                op_id=self.op.op_id,
                created_at=self.ctx.now,
            )
        )

    def _close_conflicts(self, booking_id: str, resolution: str) -> None:
        self.conn.execute(
            sa.update(plan_conflict)
            .where(plan_conflict.c.booking_id == booking_id, plan_conflict.c.resolved_at.is_(None))
            .values(resolved_at=self.ctx.now, resolution=resolution)
        )

    # -- writing and publishing ------------------------------------------------------------------

    def _bump(self, table: sa.Table, row: Any, **changes: Any) -> None:
        """Apply *changes* to the stored *row* and raise its version by one."""
        self.conn.execute(
            sa.update(table)
            .where(table.c.id == row["id"])
            .values(version=row["version"] + 1, **changes)
        )

    def _fetch(self, table: sa.Table, key: str) -> Any:
        return self.conn.execute(sa.select(table).where(table.c.id == key)).mappings().one()

    def _publish_slot(self, slot_id: str) -> None:
        row = self._fetch(plan_slot, slot_id)
        self.feed.add("slot", row, slot_data(row))

    def _publish_booking(self, booking_id: str) -> None:
        row = self._fetch(plan_booking, booking_id)
        self.feed.add("booking", row, booking_data(row))
