"""The desk's Belastinghulp service (``docs/belastinghulp.md`` §7).

Every method runs in its own transaction and returns :mod:`kiosk.planning.records` values; a
change writes its row(s) and its outbox operation(s) (§3) in the same transaction, so a change
is never on disk without the operation that tells the server. Bad input raises
:class:`kiosk.errors.InputError` with a Dutch message, and nothing is stored then.

Reference data (seasons, partners, helpers, templates, closures) lives here; bookings, the
waiting list, the grid and retention delegate to :mod:`~kiosk.planning.bookings`,
:mod:`~kiosk.planning.waiting`, :mod:`~kiosk.planning.grid` and :mod:`~kiosk.planning.purge`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Table, insert, text, update
from sqlmodel import Session

from kiosk import outbox
from kiosk.clock import Now, system_now
from kiosk.db import Database
from kiosk.errors import InputError, Problem
from kiosk.ids import new_id
from kiosk.planning import bookings as booking_ops
from kiosk.planning import grid as grid_reads
from kiosk.planning import purge as retention
from kiosk.planning import waiting as waiting_ops
from kiosk.planning.codes import PURPOSE_CODES
from kiosk.planning.generation import plan
from kiosk.planning.models import (
    PlanClosure,
    PlanHelper,
    PlanPartner,
    PlanSeason,
    PlanSlot,
    PlanTemplate,
)
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
from kiosk.planning.store import (
    closure_of,
    codes_json,
    codes_of,
    helper_of,
    hhmm,
    load_slot,
    partner_of,
    season_of,
    stamp,
    template_of,
    upsert_op,
)
from kiosk.planning.validation import check_text

MAX_SEASON_DAYS = 400
MAX_SLOT_MINUTES = 480
MAX_CAPACITY = 50

_HELPER_SELECT = (
    "SELECT h.id, h.name, h.partner_id, p.name AS partner_name, h.topics, h.active "
    "FROM plan_helper h LEFT JOIN plan_partner p ON p.id = h.partner_id "
)


class PlanningService:
    """Seasons, helpers, slots, bookings and the waiting list of this branch's desk."""

    def __init__(self, db: Database, now: Now = system_now) -> None:
        """Bind the service to a database and a clock (aware local datetimes)."""
        self.db = db
        self.now = now

    # -- seasons, partners, helpers -----------------------------------------------------

    def seasons(self) -> list[Season]:
        """Return every season, newest first."""
        with self.db.read() as session:
            rows = session.execute(
                text(
                    "SELECT id, name, starts_on, ends_on FROM plan_season WHERE NOT deleted "
                    "ORDER BY starts_on DESC, name"
                )
            ).all()
        return [season_of(r) for r in rows]

    def save_season(
        self, name: str, starts_on: date, ends_on: date, id: str | None = None
    ) -> Season:
        """Create a season (or edit season *id*): a name and its first and last day."""
        name = " ".join(name.split())
        problems = []
        if not name:
            problems.append(Problem("name", "Geef het seizoen een naam."))
        if ends_on < starts_on:
            problems.append(Problem("ends_on", "De laatste dag ligt vóór de eerste dag."))
        elif (ends_on - starts_on).days > MAX_SEASON_DAYS:
            problems.append(Problem("ends_on", "Een seizoen duurt hoogstens ruim een jaar."))
        if problems:
            raise InputError(problems)
        data = {"name": name, "starts_on": starts_on.isoformat(), "ends_on": ends_on.isoformat()}
        with self.db.write() as session:
            season_id = self._save(session, PlanSeason, "season", id, data)
        return Season(season_id, name, starts_on, ends_on)

    def partners(self) -> list[Partner]:
        """Return the partner organisations, by name."""
        with self.db.read() as session:
            rows = session.execute(
                text("SELECT id, name FROM plan_partner WHERE NOT deleted ORDER BY name")
            ).all()
        return [partner_of(r) for r in rows]

    def save_partner(self, name: str, id: str | None = None) -> Partner:
        """Create a partner organisation (or rename partner *id*)."""
        name = " ".join(name.split())
        if not name:
            raise InputError.single("name", "Vul de naam van de organisatie in.")
        with self.db.write() as session:
            partner_id = self._save(session, PlanPartner, "partner", id, {"name": name})
        return Partner(partner_id, name)

    def helpers(self, include_inactive: bool = False) -> list[Helper]:
        """Return the helpers by name (only active ones unless *include_inactive*)."""
        where = "WHERE NOT h.deleted" + ("" if include_inactive else " AND h.active")
        with self.db.read() as session:
            rows = session.execute(text(_HELPER_SELECT + where + " ORDER BY h.name")).all()
        return [helper_of(r) for r in rows]

    def save_helper(
        self,
        name: str,
        partner_id: str | None,
        topics: tuple[str, ...] | list[str],
        active: bool = True,
        id: str | None = None,
    ) -> Helper:
        """Create a helper (or edit helper *id*): name, partner, the purposes they handle."""
        name = " ".join(name.split())
        topics = tuple(dict.fromkeys(topics))
        problems = []
        if not name:
            problems.append(Problem("name", "Vul de naam van de hulp in."))
        unknown = [t for t in topics if t not in PURPOSE_CODES]
        if unknown:
            problems.append(Problem("topics", f"Onbekend onderwerp: {', '.join(unknown)}."))
        if problems:
            raise InputError(problems)
        data = {"name": name, "partner_id": partner_id, "topics": list(topics), "active": active}
        with self.db.write() as session:
            if partner_id is not None and not _exists(session, "plan_partner", partner_id):
                raise InputError.single("partner_id", "Die organisatie bestaat niet (meer).")
            helper_id = self._save(session, PlanHelper, "helper", id, data)
            row = session.execute(
                text(_HELPER_SELECT + "WHERE h.id = :id"), {"id": helper_id}
            ).one()
        return helper_of(row)

    # -- templates and closures ---------------------------------------------------------

    def templates(self, season_id: str) -> list[Template]:
        """Return the season's templates by helper, weekday and start."""
        with self.db.read() as session:
            rows = session.execute(
                text(
                    "SELECT * FROM plan_template WHERE season_id = :s AND NOT deleted "
                    "ORDER BY helper_id, weekday, starts"
                ),
                {"s": season_id},
            ).all()
        return [template_of(r) for r in rows]

    def save_template(
        self, season_id: str, template: TemplateInput, id: str | None = None
    ) -> Template:
        """Create a template in *season_id* (or edit template *id*)."""
        with self.db.write() as session:
            season = self._season(session, season_id)
            if not _exists(session, "plan_helper", template.helper_id):
                raise InputError.single("helper_id", "Die hulp bestaat niet (meer).")
            _check_template(template, season)
            data = {
                "season_id": season_id,
                "helper_id": template.helper_id,
                "weekday": template.weekday,
                "starts": hhmm(template.starts),
                "ends": hhmm(template.ends),
                "slot_minutes": template.slot_minutes,
                "capacity": template.capacity,
                "valid_from": _iso(template.valid_from),
                "valid_to": _iso(template.valid_to),
            }
            template_id = self._save(session, PlanTemplate, "template", id, data)
        return Template(
            id=template_id,
            season_id=season_id,
            helper_id=template.helper_id,
            weekday=template.weekday,
            starts=template.starts,
            ends=template.ends,
            slot_minutes=template.slot_minutes,
            capacity=template.capacity,
            valid_from=template.valid_from,
            valid_to=template.valid_to,
        )

    def delete_template(self, id: str) -> None:
        """Delete a template; the slots it already made stay (close them if they must go)."""
        with self.db.write() as session:
            self._delete(session, PlanTemplate, "template", id)

    def closures(self, season_id: str) -> list[Closure]:
        """Return the season's branch closures by day."""
        with self.db.read() as session:
            rows = session.execute(
                text(
                    "SELECT id, season_id, day, reason FROM plan_closure "
                    "WHERE season_id = :s AND NOT deleted ORDER BY day"
                ),
                {"s": season_id},
            ).all()
        return [closure_of(r) for r in rows]

    def add_closure(self, season_id: str, day: date, reason: str) -> Closure:
        """Record that the branch holds no Belastinghulp hours on *day* (within the season)."""
        cleaned = check_text(reason, "reason") or "Gesloten"
        with self.db.write() as session:
            season = self._season(session, season_id)
            if not season.starts_on <= day <= season.ends_on:
                raise InputError.single("day", "Deze dag valt buiten het seizoen.")
            data = {"season_id": season_id, "day": day.isoformat(), "reason": cleaned}
            closure_id = self._save(session, PlanClosure, "closure", None, data)
        return Closure(closure_id, season_id, day, cleaned)

    def remove_closure(self, id: str) -> None:
        """Remove a branch closure (generation may then fill that day)."""
        with self.db.write() as session:
            self._delete(session, PlanClosure, "closure", id)

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
            session.execute(insert(_table(PlanSlot)), slots)
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
            season = self._season(session, season_id)
            return grid_reads.build(session, season, helper_ids, partner_id)

    def slot(self, slot_id: str) -> Slot:
        """Return one slot with its bookings."""
        with self.db.read() as session:
            found = load_slot(session, slot_id)
        if found is None:
            raise InputError.single("slot", "Dit tijdvak bestaat niet (meer).")
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

    # -- waiting list -------------------------------------------------------------------

    def waiting(self, season_id: str) -> list[WaitingEntry]:
        """Return the season's open waiting list in order."""
        with self.db.read() as session:
            return waiting_ops.entries(session, season_id)

    def add_waiting(self, season_id: str, entry: BookingInput) -> WaitingEntry:
        """Put a citizen at the end of the season's waiting list (name and phone required)."""
        with self.db.write() as session:
            self._season(session, season_id)
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
                f"Kies een bewaartermijn van {retention.MIN_DAYS} tot {retention.MAX_DAYS} dagen.",
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

    def _season(self, session: Session, season_id: str) -> Season:
        row = session.execute(
            text(
                "SELECT id, name, starts_on, ends_on FROM plan_season "
                "WHERE id = :id AND NOT deleted"
            ),
            {"id": season_id},
        ).first()
        if row is None:
            raise InputError.single("season_id", "Dit seizoen bestaat niet (meer).")
        return season_of(row)

    def _plan(self, session: Session, season_id: str) -> GenerationPreview:
        season = self._season(session, season_id)
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

    def _save(
        self,
        session: Session,
        model: type[Any],
        record: str,
        record_id: str | None,
        data: dict[str, Any],
    ) -> str:
        """Insert or update a reference row and append its ``plan.upsert``; return its id."""
        table = _table(model)
        values = {k: codes_json(v) if isinstance(v, list) else v for k, v in data.items()}
        if record_id is None:
            record_id = new_id()
            version = 0
            session.execute(insert(table), [{"id": record_id, **values, "deleted": False}])
        else:
            version = _version(session, table.name, record_id, record)
            session.execute(update(table).where(table.c.id == record_id).values(**values))
        upsert_op(
            session,
            record,
            record_id,
            data,
            deleted=False,
            base_version=version,
            occurred_at=stamp(self.now()),
        )
        return record_id

    def _delete(self, session: Session, model: type[Any], record: str, record_id: str) -> None:
        table = _table(model)
        version = _version(session, table.name, record_id, record)
        session.execute(update(table).where(table.c.id == record_id).values(deleted=True))
        row = session.execute(table.select().where(table.c.id == record_id)).one()
        data = {
            c: (list(_json_list(getattr(row, c))) if c in _JSON_COLUMNS else getattr(row, c))
            for c in table.c.keys()  # noqa: SIM118 (column names)
            if c not in ("id", "version", "deleted")
        }
        upsert_op(
            session,
            record,
            record_id,
            data,
            deleted=True,
            base_version=version,
            occurred_at=stamp(self.now()),
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
_JSON_COLUMNS = frozenset({"topics", "purpose", "checklist"})
_RECORD_NAMES = {
    "season": "Dit seizoen",
    "partner": "Deze organisatie",
    "helper": "Deze hulp",
    "template": "Dit sjabloon",
    "closure": "Deze sluiting",
}


def _op(kind: str, payload: dict[str, Any], *, entity_id: str, occurred_at: str) -> dict[str, Any]:
    return outbox.new_op(
        kind=kind, payload=payload, occurred_at=occurred_at, entity_id=entity_id, base_version=0
    )


def _table(model: type[Any]) -> Table:
    table: Table = model.__table__
    return table


def _version(session: Session, table: str, record_id: str, record: str) -> int:
    row = session.execute(
        text(f"SELECT version FROM {table} WHERE id = :id AND NOT deleted"), {"id": record_id}
    ).first()
    if row is None:
        raise InputError.single("id", f"{_RECORD_NAMES[record]} bestaat niet (meer).")
    return int(row[0])


def _exists(session: Session, table: str, record_id: str) -> bool:
    return (
        session.execute(
            text(f"SELECT 1 FROM {table} WHERE id = :id AND NOT deleted"), {"id": record_id}
        ).first()
        is not None
    )


def _json_list(value: Any) -> tuple[str, ...]:
    return codes_of(value) if isinstance(value, str) else ()


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _check_template(template: TemplateInput, season: Season) -> None:
    problems = []
    if not 1 <= template.weekday <= 7:
        problems.append(Problem("weekday", "Kies een dag van de week."))
    if template.ends <= template.starts:
        problems.append(Problem("ends", "De eindtijd ligt niet na de begintijd."))
    if not 5 <= template.slot_minutes <= MAX_SLOT_MINUTES:
        problems.append(Problem("slot_minutes", "Een tijdvak duurt 5 tot 480 minuten."))
    elif template.ends > template.starts:
        minutes = (template.ends.hour - template.starts.hour) * 60 + (
            template.ends.minute - template.starts.minute
        )
        if minutes < template.slot_minutes:
            problems.append(Problem("slot_minutes", "Er past geen enkel tijdvak in deze tijden."))
    if not 1 <= template.capacity <= MAX_CAPACITY:
        problems.append(Problem("capacity", f"Kies 1 tot {MAX_CAPACITY} plaatsen per tijdvak."))
    for field, value in (("valid_from", template.valid_from), ("valid_to", template.valid_to)):
        if value is not None and not season.starts_on <= value <= season.ends_on:
            problems.append(Problem(field, "Deze datum valt buiten het seizoen."))
    if (
        template.valid_from is not None
        and template.valid_to is not None
        and template.valid_to < template.valid_from
    ):
        problems.append(Problem("valid_to", "'Geldig tot' ligt vóór 'geldig vanaf'."))
    if problems:
        raise InputError(problems)
