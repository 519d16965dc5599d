"""The desk's Belastinghulp service (``docs/belastinghulp.md`` §7).

Every method runs in its own transaction and returns :mod:`kiosk.planning.records` values; a
change writes its row(s) and its outbox operation(s) (§3) in the same transaction, so a change
is never on disk without the operation that tells the server. Bad input raises
:class:`kiosk.errors.InputError` with ``planning.*`` codes (the UI has their words), and
nothing is stored then.

Slot generation lives here; reference data (seasons, partners, helpers, templates, closures),
bookings, the waiting list, the grid and retention delegate to
:mod:`~kiosk.planning.reference`, :mod:`~kiosk.planning.bookings`,
:mod:`~kiosk.planning.waiting`, :mod:`~kiosk.planning.grid` and :mod:`~kiosk.planning.purge`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import insert, text
from sqlmodel import Session

from kiosk import outbox
from kiosk.clock import Now, system_now
from kiosk.db import Database
from kiosk.errors import InputError
from kiosk.planning import bookings as booking_ops
from kiosk.planning import grid as grid_reads
from kiosk.planning import purge as retention
from kiosk.planning import reference, search
from kiosk.planning import waiting as waiting_ops
from kiosk.planning.generation import plan
from kiosk.planning.models import PlanSlot
from kiosk.planning.records import (
    Booking,
    BookingInput,
    Closure,
    DayList,
    GenerationPreview,
    GridData,
    Helper,
    Partner,
    Season,
    Slot,
    Template,
    TemplateInput,
    WaitingEntry,
)
from kiosk.planning.search import BookingHit
from kiosk.planning.store import closure_of, hhmm, load_slot, stamp, template_of, upsert_op
from kiosk.planning.validation import check_text


class PlanningService:
    """Seasons, helpers, slots, bookings and the waiting list of this branch's desk."""

    def __init__(self, db: Database, now: Now = system_now) -> None:
        """Bind the service to a database and a clock (aware local datetimes)."""
        self.db = db
        self.now = now
        self._grids = grid_reads.GridBuilder()

    # -- seasons, partners, helpers -----------------------------------------------------

    def seasons(self) -> list[Season]:
        """Return every season, newest first."""
        with self.db.read() as session:
            return reference.seasons(session)

    def save_season(
        self, name: str, starts_on: date, ends_on: date, id: str | None = None
    ) -> Season:
        """Create a season (or edit season *id*): a name and its first and last day."""
        name = reference.check_season(name, starts_on, ends_on)
        with self.db.write() as session:
            return reference.save_season(session, name, starts_on, ends_on, id, self.now)

    def partners(self) -> list[Partner]:
        """Return the partner organisations, by name."""
        with self.db.read() as session:
            return reference.partners(session)

    def save_partner(self, name: str, id: str | None = None) -> Partner:
        """Create a partner organisation (or rename partner *id*)."""
        name = reference.check_partner(name)
        with self.db.write() as session:
            return reference.save_partner(session, name, id, self.now)

    def helpers(self, include_inactive: bool = False) -> list[Helper]:
        """Return the helpers by name (only active ones unless *include_inactive*)."""
        with self.db.read() as session:
            return reference.helpers(session, include_inactive)

    def save_helper(
        self,
        name: str,
        partner_id: str | None,
        topics: tuple[str, ...] | list[str],
        active: bool = True,
        id: str | None = None,
    ) -> Helper:
        """Create a helper (or edit helper *id*): name, partner, the purposes they handle."""
        name, unique = reference.check_helper(name, topics)
        with self.db.write() as session:
            return reference.save_helper(session, name, partner_id, unique, active, id, self.now)

    # -- templates and closures ---------------------------------------------------------

    def templates(self, season_id: str) -> list[Template]:
        """Return the season's templates by helper, weekday and start."""
        with self.db.read() as session:
            return reference.templates(session, season_id)

    def save_template(
        self, season_id: str, template: TemplateInput, id: str | None = None
    ) -> Template:
        """Create a template in *season_id* (or edit template *id*)."""
        with self.db.write() as session:
            return reference.save_template(session, season_id, template, id, self.now)

    def delete_template(self, id: str) -> None:
        """Delete a template; the slots it already made stay (close them if they must go)."""
        with self.db.write() as session:
            reference.delete_template(session, id, self.now)

    def closures(self, season_id: str) -> list[Closure]:
        """Return the season's branch closures by day."""
        with self.db.read() as session:
            return reference.closures(session, season_id)

    def add_closure(self, season_id: str, day: date, reason: str) -> Closure:
        """Record that the branch holds no Belastinghulp hours on *day* (within the season)."""
        cleaned = check_text(reason, "reason") or "Gesloten"
        with self.db.write() as session:
            return reference.add_closure(session, season_id, day, cleaned, self.now)

    def remove_closure(self, id: str) -> None:
        """Remove a branch closure (generation may then fill that day)."""
        with self.db.write() as session:
            reference.remove_closure(session, id, self.now)

    # -- generation, grid and slots -----------------------------------------------------

    def preview(self, season_id: str) -> GenerationPreview:
        """Return what :meth:`generate` would do now (§2), without changing anything."""
        with self.db.read() as session:
            return self._plan(session, season_id)

    def generate(self, season_id: str) -> int:
        """Create the season's missing slots with their ``slot.create`` ops; return how many."""
        with self.db.write() as session:
            planned = self._plan(session, season_id).new
            if not planned:
                return 0
            occurred_at = stamp(self.now())
            slots = []
            ops = []
            for p in planned:
                row = {
                    "id": p.slot_id,
                    "season_id": season_id,
                    "helper_id": p.helper_id,
                    "day": p.day.isoformat(),
                    "starts": hhmm(p.starts),
                    "ends": hhmm(p.ends),
                    "capacity": p.capacity,
                    "closed": False,
                    "template_id": p.template_id,
                    "version": 0,
                    "sync": "provisional",
                }
                slots.append(row)
                payload = {k: row[k] for k in _SLOT_CREATE_FIELDS}
                payload["slot_id"] = p.slot_id
                ops.append(
                    _op("slot.create", payload, entity_id=p.slot_id, occurred_at=occurred_at)
                )
            session.execute(insert(reference.table_of(PlanSlot)), slots)
            outbox.insert(session, ops)
        return len(planned)

    def grid(
        self,
        season_id: str,
        helper_ids: tuple[str, ...] | list[str] | None = None,
        partner_id: str | None = None,
    ) -> GridData:
        """Return the season as a grid (rows: day and time; columns: helpers), filtered."""
        with self.db.read() as session:
            season = reference.load_season(session, season_id)
            return self._grids.build(session, season, helper_ids, partner_id)

    def slot(self, slot_id: str) -> Slot:
        """Return one slot with its bookings."""
        with self.db.read() as session:
            found = load_slot(session, slot_id)
        if found is None:
            raise InputError.single("slot", "planning.slot.gone")
        return found

    def update_slot(
        self, slot_id: str, *, capacity: int | None = None, closed: bool | None = None
    ) -> Slot:
        """Change a slot's capacity or close/reopen it (``slot.update``); not in §7's table."""
        with self.db.write() as session:
            booking_ops.update_slot(session, slot_id, capacity, closed, stamp(self.now()))
            found = load_slot(session, slot_id)
        assert found is not None
        return found

    # -- bookings -----------------------------------------------------------------------

    def book(self, slot_id: str, entry: BookingInput) -> Booking:
        """Book a citizen into *slot_id*; a full or closed slot needs ``overbook_reason``."""
        with self.db.write() as session:
            return booking_ops.book(session, slot_id, entry, stamp(self.now()))

    def update_booking(self, booking_id: str, **fields: Any) -> Booking:
        """Change contact details, purpose, checklist or remark of a booking."""
        with self.db.write() as session:
            return booking_ops.update(session, booking_id, fields, stamp(self.now()))

    def set_status(self, booking_id: str, status: str) -> Booking:
        """Mark a booking ``booked``, ``attended`` or ``no_show`` (cancel with :meth:`cancel`)."""
        with self.db.write() as session:
            return booking_ops.set_status(session, booking_id, status, stamp(self.now()))

    def cancel(self, booking_id: str, reason: str = "") -> Booking:
        """Cancel a booking; it stays, with who (this desk) and when."""
        with self.db.write() as session:
            by = booking_ops.desk_name(session)
            return booking_ops.cancel(session, booking_id, by, reason, stamp(self.now()))

    def move(self, booking_id: str, slot_id: str, overbook_reason: str | None = None) -> Booking:
        """Move a booking to another slot (a full or closed target needs a reason)."""
        with self.db.write() as session:
            return booking_ops.move(
                session, booking_id, slot_id, overbook_reason, stamp(self.now())
            )

    def attention(self) -> list[Booking]:
        """Return the bookings the server stored in conflict (§5 "Aandacht nodig")."""
        with self.db.read() as session:
            return booking_ops.conflicts(session)

    def resolve(
        self,
        booking_id: str,
        action: str,
        slot_id: str | None = None,
        reason: str | None = None,
    ) -> Booking:
        """End a booking's conflict: ``move`` (to *slot_id*), ``overbook`` or ``cancel``."""
        with self.db.write() as session:
            by = booking_ops.desk_name(session)
            return booking_ops.resolve(
                session, booking_id, action, slot_id, reason, by, stamp(self.now())
            )

    def day_list(self, day: date, helper_id: str | None = None) -> DayList:
        """Return the appointments of *day* (optionally of one helper) in time order."""
        with self.db.read() as session:
            return grid_reads.day_list(session, day, helper_id)

    def search_bookings(self, query: str) -> list[BookingHit]:
        """Return the bookings (contact details still kept) whose name or phone matches."""
        with self.db.read() as session:
            return search.search_bookings(session, query)

    # -- waiting list -------------------------------------------------------------------

    def waiting(self, season_id: str) -> list[WaitingEntry]:
        """Return the season's open waiting list in order."""
        with self.db.read() as session:
            return waiting_ops.entries(session, season_id)

    def add_waiting(self, season_id: str, entry: BookingInput) -> WaitingEntry:
        """Put a citizen at the end of the season's waiting list (name and phone required)."""
        with self.db.write() as session:
            reference.load_season(session, season_id)
            return waiting_ops.add(session, season_id, entry, stamp(self.now()))

    def remove_waiting(self, id: str) -> None:
        """Take an entry off the waiting list (it is kept, marked ``removed``)."""
        with self.db.write() as session:
            waiting_ops.finish(session, id, "removed", stamp(self.now()))

    def book_from_waiting(self, waiting_id: str, slot_id: str) -> Booking:
        """Book a waiting citizen into *slot_id* and take them off the list, together."""
        with self.db.write() as session:
            return waiting_ops.book(session, waiting_id, slot_id, stamp(self.now()))

    def first_waiting_for(self, slot_id: str) -> WaitingEntry | None:
        """Return whom to offer a freed place in *slot_id* (None if nobody waits).

        The first waiting citizen whose purpose the slot's helper handles, else the first.
        """
        with self.db.read() as session:
            return waiting_ops.first_for(session, slot_id)

    # -- retention ----------------------------------------------------------------------

    def retention_days(self) -> int:
        """Return how many days after the appointment contact details are kept."""
        with self.db.read() as session:
            return retention.retention_days(session)

    def set_retention_days(self, n: int) -> None:
        """Set the branch's retention term; tells the server (and so the other desks).

        Appends a ``plan.upsert`` of record ``setting``, id ``retention_days``, data
        ``{"retention_days": n}`` in the same transaction; nothing when *n* is the current term.
        """
        if isinstance(n, bool) or not retention.MIN_DAYS <= n <= retention.MAX_DAYS:
            raise InputError.single(
                "retention_days",
                "planning.retention.range",
                min=retention.MIN_DAYS,
                max=retention.MAX_DAYS,
            )
        with self.db.write() as session:
            if retention.retention_days(session) == n:
                return
            retention.set_retention_days(session, n)
            upsert_op(
                session,
                "setting",
                retention.NAME,
                {retention.NAME: n},
                deleted=False,
                base_version=retention.retention_version(session),
                occurred_at=stamp(self.now()),
            )

    def purge(self, today: date) -> int:
        """Clear contact details past the retention term (§6); return how many records."""
        with self.db.write() as session:
            return retention.purge(session, today, stamp(self.now()))

    # -- helpers ------------------------------------------------------------------------

    def _plan(self, session: Session, season_id: str) -> GenerationPreview:
        season = reference.load_season(session, season_id)
        templates = session.execute(
            text(
                "SELECT t.* FROM plan_template t JOIN plan_helper h ON h.id = t.helper_id "
                "WHERE t.season_id = :s AND NOT t.deleted AND h.active AND NOT h.deleted"
            ),
            {"s": season_id},
        ).all()
        closures = session.execute(
            text(
                "SELECT id, season_id, day, reason FROM plan_closure "
                "WHERE season_id = :s AND NOT deleted"
            ),
            {"s": season_id},
        ).all()
        existing = session.execute(
            text("SELECT id FROM plan_slot WHERE season_id = :s"), {"s": season_id}
        ).scalars()
        return plan(
            season_id,
            season.starts_on,
            season.ends_on,
            [template_of(t) for t in templates],
            [closure_of(c) for c in closures],
            frozenset(existing),
        )


_SLOT_CREATE_FIELDS = (
    "season_id",
    "helper_id",
    "day",
    "starts",
    "ends",
    "capacity",
    "template_id",
)


def _op(kind: str, payload: dict[str, Any], *, entity_id: str, occurred_at: str) -> dict[str, Any]:
    return outbox.new_op(
        kind=kind, payload=payload, occurred_at=occurred_at, entity_id=entity_id, base_version=0
    )
