"""Where this copy of the app works: organisation, branch, IDO location and desk.

The first start asks for these (or offers the clearly marked demo location); the chosen desk is
remembered in ``app_setting``. Later the sync enrollment fills them from the central endpoint.

The IDO's set-up (its name, form, inside or outside the library, weekly hours and staffing)
travels to the central server as a ``location.setup`` op (:mod:`kiosk.protocol.locations`),
appended to the outbox in the transaction that saves it: version 1 at the first start, one
more with every change (:meth:`LocationService.change_setup`), each holding from its
``valid_from`` day on. A demo location never sends one, nor does a location whose set-up was
never stated (one set up before the form asked for hours and staffing, until it changes).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, time
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from kiosk import outbox
from kiosk.catalogue import Catalogue
from kiosk.cleantext import clean_text
from kiosk.clock import Now, Stamp, system_now
from kiosk.db import Database
from kiosk.errors import InputError, Problem
from kiosk.ids import new_id
from kiosk.protocol.kinds import LOCATION_SETUP, SURVEY_ANSWERED

if TYPE_CHECKING:
    from sqlmodel import Session

CURRENT_DESK = "current_desk_id"
#: The names a clerk types at the first start.
_NAMES = ("organisation", "branch", "municipality", "ido_name", "desk_name")
DEMO_NAME = "DEMO – Bibliotheek Voorbeeldstad"
PROVINCES = (
    "Drenthe",
    "Flevoland",
    "Friesland",
    "Gelderland",
    "Groningen",
    "Limburg",
    "Noord-Brabant",
    "Noord-Holland",
    "Overijssel",
    "Utrecht",
    "Zeeland",
    "Zuid-Holland",
)


#: What the hours of a set-up are (``kiosk.protocol.locations.HOURS_KINDS``): opening hours
#: (walk in) or consultation hours (by appointment).
HOURS_KINDS = ("open", "appointment")
#: The kinds of staff a set-up states hours for, in this order
#: (``kiosk.protocol.locations.STAFF_KINDS``).
STAFF_KINDS = ("staff", "volunteer", "partner")
#: Spans of weekly hours and hours a week per kind of staff (the contract's bounds).
MAX_HOURS = 21
MAX_STAFF_HOURS = 168


@dataclass(frozen=True)
class Hours:
    """One span of the IDO's weekly hours: ISO weekday (1 = Monday), local start and end."""

    weekday: int
    starts: time
    ends: time


@dataclass(frozen=True)
class Staffing:
    """Hours a week one kind of staff (:data:`STAFF_KINDS`) works at the IDO."""

    kind: str
    hours_per_week: int


@dataclass(frozen=True)
class IdoSetup:
    """The IDO's set-up as a clerk states it: what a ``location.setup`` op carries."""

    ido_name: str
    ido_form: str
    inside_library: bool
    hours_kind: str = "open"
    hours: tuple[Hours, ...] = ()
    staffing: tuple[Staffing, ...] = ()


@dataclass(frozen=True)
class SetupInfo:
    """A location's set-up as stored: which version, from which day (None: never sent)."""

    location_id: str
    setup: IdoSetup
    version: int
    valid_from: date | None


@dataclass(frozen=True)
class LocationInput:
    """The answers of the first-start form."""

    organisation: str
    branch: str
    municipality: str
    province: str
    ido_name: str
    ido_form: str
    inside_library: bool
    desk_name: str
    desk_mode: str = "counter"
    # The IDO's hours and staffing as the first-start form states them (empty: none). None:
    # not stated (a caller that does not ask for them): the set-up is then stored without
    # them and not sent, like that of a location set up before the form asked.
    hours_kind: str = "open"
    hours: tuple[Hours, ...] | None = None
    staffing: tuple[Staffing, ...] | None = None

    @property
    def setup_stated(self) -> bool:
        """Whether these answers state the IDO's whole set-up (hours and staffing too)."""
        return self.hours is not None and self.staffing is not None

    def setup(self) -> IdoSetup:
        """The IDO's set-up among these answers."""
        return IdoSetup(
            self.ido_name,
            self.ido_form,
            self.inside_library,
            self.hours_kind,
            self.hours or (),
            self.staffing or (),
        )


@dataclass(frozen=True)
class DeskInfo:
    """The desk this app records for, with where it is."""

    desk_id: str
    desk_name: str
    mode: str
    location_id: str
    ido_name: str
    ido_form: str
    inside_library: bool
    branch: str
    municipality: str
    province: str
    organisation: str
    is_demo: bool


def demo_location() -> LocationInput:
    """Return the demo location: lets someone try the app at once, clearly marked."""
    return LocationInput(
        organisation=DEMO_NAME,
        branch="Vestiging Centrum (demo)",
        municipality="Voorbeeldstad",
        province="Utrecht",
        ido_name="IDO Centrum (demo)",
        ido_form="basis",
        inside_library=True,
        desk_name="Demobalie",
    )


_DEMO_DESKS = """
    SELECT d.id FROM desk d JOIN ido_location l ON l.id = d.location_id
    JOIN branch b ON b.id = l.branch_id JOIN library_organisation o ON o.id = b.organisation_id
    WHERE o.is_demo
"""
_DEMO_VISITS = f"SELECT id FROM visit WHERE desk_id IN ({_DEMO_DESKS})"
_DEMO_LOCATIONS = """SELECT l.id FROM ido_location l JOIN branch b ON b.id = l.branch_id
    JOIN library_organisation o ON o.id = b.organisation_id WHERE o.is_demo"""
_DEMO_WIPE = (
    # A demo location never sends its set-up; should one be queued all the same, it goes.
    f"DELETE FROM outbox WHERE kind = '{LOCATION_SETUP}' AND entity_id IN ({_DEMO_LOCATIONS})",
    f"""DELETE FROM outbox WHERE op_id IN (SELECT op_id FROM visit WHERE id IN ({_DEMO_VISITS}))
        OR op_id IN (SELECT op_id FROM visit_void WHERE visit_id IN ({_DEMO_VISITS}))""",
    f"DELETE FROM visit_void WHERE visit_id IN ({_DEMO_VISITS})",
    f"DELETE FROM question WHERE visit_id IN ({_DEMO_VISITS})",
    # Corrections point at the visit they replace: clear those links before deleting.
    f"UPDATE visit SET corrects_id = NULL WHERE desk_id IN ({_DEMO_DESKS})",
    f"DELETE FROM visit WHERE desk_id IN ({_DEMO_DESKS})",
    f"DELETE FROM desk WHERE id IN ({_DEMO_DESKS})",
    """DELETE FROM ido_location WHERE branch_id IN (SELECT b.id FROM branch b
        JOIN library_organisation o ON o.id = b.organisation_id WHERE o.is_demo)""",
    """DELETE FROM branch WHERE organisation_id IN
        (SELECT id FROM library_organisation WHERE is_demo)""",
    "DELETE FROM library_organisation WHERE is_demo",
    # Belastinghulp planning made on the demo location is practice too (and may hold names):
    # a demo database was never linked, so every planning row and op in it is practice.
    """DELETE FROM outbox WHERE kind LIKE 'plan.%' OR kind LIKE 'slot.%'
        OR kind LIKE 'booking.%'""",
    # So are visitors' survey answers given there (held, or their ops written).
    f"DELETE FROM outbox WHERE kind = '{SURVEY_ANSWERED}'",
    "DELETE FROM survey_response",
    *(
        f"DELETE FROM {table}"
        for table in (
            "plan_booking",
            "plan_waiting",
            "plan_slot",
            "plan_closure",
            "plan_template",
            "plan_helper",
            "plan_partner",
            "plan_season",
        )
    ),
)


def current_is_demo(db: Database) -> bool:
    """Tell whether this app currently records for the demo location."""
    with db.read() as session:
        row = session.execute(
            text(
                """
                SELECT o.is_demo FROM app_setting s JOIN desk d ON d.id = s.value
                JOIN ido_location l ON l.id = d.location_id
                JOIN branch b ON b.id = l.branch_id
                JOIN library_organisation o ON o.id = b.organisation_id
                WHERE s.key = :key
                """
            ),
            {"key": CURRENT_DESK},
        ).first()
    return bool(row and row[0])


class LocationService:
    """Creates and reads the setup records."""

    def __init__(self, db: Database, catalogue: Catalogue, now: Now = system_now) -> None:
        """Bind to a database; *catalogue* supplies the valid IDO forms, *now* the day."""
        self.db = db
        self.catalogue = catalogue
        self.now = now

    def create(self, answers: LocationInput, *, demo: bool = False) -> DeskInfo:
        """Validate *answers*, store the setup records and make this the current desk.

        The typed names are tidied first (:func:`~kiosk.cleantext.clean_text`: one line, no
        invisible characters); a name with nothing visible left counts as empty. When the
        answers state the whole set-up (:attr:`LocationInput.setup_stated`, as the first-start
        form does) and the location is not the demo's, version 1 of the set-up, holding from
        today, goes to the outbox in the same transaction (``location.setup``).
        """
        answers = replace(
            answers,
            organisation=clean_text(answers.organisation),
            branch=clean_text(answers.branch),
            municipality=clean_text(answers.municipality),
            ido_name=clean_text(answers.ido_name),
            desk_name=clean_text(answers.desk_name),
        )
        problems = []
        for field in _NAMES:
            if not getattr(answers, field):
                problems.append(Problem(field, "location.fields_missing"))
                break
        if answers.province not in PROVINCES:
            problems.append(Problem("province", "location.province_missing"))
        if not self.catalogue.is_active("ido_form", answers.ido_form):
            problems.append(Problem("ido_form", "location.ido_form_missing"))
        if answers.desk_mode not in ("counter", "walking"):
            problems.append(Problem("desk_mode", "location.desk_mode_missing"))
        setup = _tidy(answers.setup())
        problems += _setup_problems(setup)
        if problems:
            raise InputError(problems)
        # Practice never reaches the statistics; a set-up not stated has nothing to send.
        announce = answers.setup_stated and not demo
        day = self.now().date()
        from kiosk.models import AppSetting, Branch, Desk, IdoLocation, LibraryOrganisation

        org = LibraryOrganisation(id=new_id(), name=answers.organisation, is_demo=demo)
        branch = Branch(
            id=new_id(),
            organisation_id=org.id,
            name=answers.branch,
            municipality=answers.municipality,
            province=answers.province,
        )
        location = IdoLocation(
            id=new_id(),
            branch_id=branch.id,
            name=answers.ido_name,
            form=answers.ido_form,
            inside_library=answers.inside_library,
            hours_kind=setup.hours_kind,
            hours=json.dumps(_hours_wire(setup.hours)),
            staffing=json.dumps(_staffing_wire(setup.staffing)),
            valid_from=day.isoformat() if announce else None,
            setup_version=1 if announce else 0,
        )
        desk = Desk(
            id=new_id(),
            location_id=location.id,
            name=answers.desk_name,
            mode=answers.desk_mode,
        )
        with self.db.write() as session:
            for record in (org, branch, location, desk):
                session.add(record)
                session.flush()
            session.merge(AppSetting(key=CURRENT_DESK, value=desk.id))
            if announce:
                self._announce(session, location.id, setup, 1, day)
        info = self.current()
        assert info is not None
        return info

    def replace_demo(self, answers: LocationInput) -> DeskInfo:
        """Set up the real location and wipe the demo location with everything recorded there.

        Demo registrations are practice, never statistics: they and their outbox operations go,
        in the same transaction that creates the real location, so they can never be sent.
        """
        info = self.create(answers)
        with self.db.write() as session:
            for statement in _DEMO_WIPE:
                session.execute(text(statement))
        return info

    def change_setup(self, setup: IdoSetup, *, valid_from: date | None = None) -> SetupInfo:
        """Store a new version of the current location's set-up, holding from *valid_from*.

        *valid_from* defaults to today (local). The new version goes to the outbox in the same
        transaction; the earlier versions stay on the server, so figures of an earlier day keep
        the set-up of that day. The demo location's set-up changes here only (version 0).
        """
        desk = self.current()
        if desk is None:
            raise InputError.single("location", "location.not_set_up")
        setup = _tidy(setup)
        problems = []
        if not setup.ido_name:
            problems.append(Problem("ido_name", "location.fields_missing"))
        if not self.catalogue.is_active("ido_form", setup.ido_form):
            problems.append(Problem("ido_form", "location.ido_form_missing"))
        problems += _setup_problems(setup)
        if problems:
            raise InputError(problems)
        day = valid_from or self.now().date()
        announce = not desk.is_demo  # practice never reaches the statistics
        with self.db.write() as session:
            [version] = session.execute(
                text("SELECT setup_version FROM ido_location WHERE id = :id"),
                {"id": desk.location_id},
            ).one()
            version = version + 1 if announce else 0
            session.execute(
                text(
                    """
                    UPDATE ido_location SET name = :name, form = :form,
                        inside_library = :inside, hours_kind = :hours_kind, hours = :hours,
                        staffing = :staffing, valid_from = :valid_from, setup_version = :version
                    WHERE id = :id
                    """
                ),
                {
                    "id": desk.location_id,
                    "name": setup.ido_name,
                    "form": setup.ido_form,
                    "inside": setup.inside_library,
                    "hours_kind": setup.hours_kind,
                    "hours": json.dumps(_hours_wire(setup.hours)),
                    "staffing": json.dumps(_staffing_wire(setup.staffing)),
                    "valid_from": day.isoformat() if announce else None,
                    "version": version,
                },
            )
            if announce:
                self._announce(session, desk.location_id, setup, version, day)
        found = self.setup(desk.location_id)
        assert found is not None
        return found

    def setup(self, location_id: str | None = None) -> SetupInfo | None:
        """Return the set-up of *location_id* (default: the current desk's location)."""
        if location_id is None:
            desk = self.current()
            if desk is None:
                return None
            location_id = desk.location_id
        with self.db.query() as session:
            row = session.execute(
                text(
                    """
                    SELECT name, form, inside_library, hours_kind, hours, staffing,
                           valid_from, setup_version
                    FROM ido_location WHERE id = :id
                    """
                ),
                {"id": location_id},
            ).first()
        if row is None:
            return None
        setup = IdoSetup(
            ido_name=row.name,
            ido_form=row.form,
            inside_library=bool(row.inside_library),
            hours_kind=row.hours_kind,
            hours=tuple(
                Hours(h["weekday"], time.fromisoformat(h["starts"]), time.fromisoformat(h["ends"]))
                for h in json.loads(row.hours)
            ),
            staffing=tuple(
                Staffing(s["kind"], s["hours_per_week"]) for s in json.loads(row.staffing)
            ),
        )
        valid_from = date.fromisoformat(row.valid_from) if row.valid_from else None
        return SetupInfo(location_id, setup, int(row.setup_version), valid_from)

    def _announce(
        self,
        session: Session,
        location_id: str,
        setup: IdoSetup,
        version: int,
        valid_from: date,
    ) -> None:
        """Append version *version* of the set-up to the outbox (in *session*'s transaction)."""
        from kiosk.protocol.locations import SetupPayload

        now = self.now()
        payload = SetupPayload.model_validate(
            {
                "location_id": location_id,
                "version": version,
                "valid_from": valid_from.isoformat(),
                "ido_name": setup.ido_name,
                "ido_form": setup.ido_form,
                "inside_library": setup.inside_library,
                "hours_kind": setup.hours_kind,
                "hours": _hours_wire(setup.hours),
                "staffing": _staffing_wire(setup.staffing),
                "catalogue_version": self.catalogue.version,
            }
        ).model_dump()
        op = outbox.new_op(
            kind=LOCATION_SETUP,
            payload=payload,
            occurred_at=Stamp.of(now).utc,
            entity_id=location_id,
        )
        outbox.insert(session, [op])

    def current(self) -> DeskInfo | None:
        """Return the current desk, or None before the first start is completed."""
        found = [d for d in self.desks(current_only=True)]
        return found[0] if found else None

    def desks(self, *, current_only: bool = False) -> list[DeskInfo]:
        """Return every desk set up in this database (or only the current one)."""
        sql = """
            SELECT d.id AS desk_id, d.name AS desk_name, d.mode, l.id AS location_id,
                   l.name AS ido_name, l.form AS ido_form, l.inside_library,
                   b.name AS branch, b.municipality, b.province,
                   o.name AS organisation, o.is_demo
            FROM desk d JOIN ido_location l ON l.id = d.location_id
            JOIN branch b ON b.id = l.branch_id
            JOIN library_organisation o ON o.id = b.organisation_id
        """
        if current_only:
            sql += " WHERE d.id = (SELECT value FROM app_setting WHERE key = :key)"
        sql += " ORDER BY o.name, b.name, d.name"
        with self.db.query() as session:  # at start-up: before the ORM is loaded
            rows = session.execute(text(sql), {"key": CURRENT_DESK}).all()
        return [
            DeskInfo(
                **{
                    **row._asdict(),
                    "inside_library": bool(row.inside_library),
                    "is_demo": bool(row.is_demo),
                }
            )
            for row in rows
        ]


def _tidy(setup: IdoSetup) -> IdoSetup:
    """The set-up as it is stored and sent: the name cleaned, spans and staffing in order.

    A kind of staff with no hours is left out (the form shows every kind, with 0 for none).
    """
    return replace(
        setup,
        ido_name=clean_text(setup.ido_name),
        hours=tuple(
            sorted(
                (Hours(h.weekday, _minute(h.starts), _minute(h.ends)) for h in setup.hours),
                key=lambda h: (h.weekday, h.starts, h.ends),
            )
        ),
        staffing=tuple(
            sorted(
                (s for s in setup.staffing if s.hours_per_week != 0),
                key=lambda s: STAFF_KINDS.index(s.kind) if s.kind in STAFF_KINDS else -1,
            )
        ),
    )


def _setup_problems(setup: IdoSetup) -> list[Problem]:
    """What is wrong with a tidied set-up's hours and staffing (the contract's rules).

    The codes' parameters are numbers only; the words are the UI's (``ui/words``).
    """
    problems = []
    if setup.hours_kind not in HOURS_KINDS:
        problems.append(Problem("hours_kind", "location.hours_kind_missing"))
    hours = setup.hours
    bad_span = any(not 1 <= h.weekday <= 7 or h.ends <= h.starts for h in hours)
    overlap = any(a.weekday == b.weekday and b.starts < a.ends for a, b in pairwise(hours))
    if len(hours) > MAX_HOURS:
        problems.append(Problem("hours", "location.hours_too_many", {"max": MAX_HOURS}))
    elif bad_span or overlap:
        problems.append(Problem("hours", "location.hours_invalid"))
    kinds = [s.kind for s in setup.staffing]
    if (
        len(set(kinds)) != len(kinds)
        or any(kind not in STAFF_KINDS for kind in kinds)
        or any(not 0 < s.hours_per_week <= MAX_STAFF_HOURS for s in setup.staffing)
    ):
        problems.append(Problem("staffing", "location.staffing_invalid", {"max": MAX_STAFF_HOURS}))
    return problems


def _minute(moment: time) -> time:
    """A time as the wire states it: to the minute."""
    return moment.replace(second=0, microsecond=0)


def _hours_wire(hours: tuple[Hours, ...]) -> list[dict[str, Any]]:
    return [
        {"weekday": h.weekday, "starts": f"{h.starts:%H:%M}", "ends": f"{h.ends:%H:%M}"}
        for h in hours
    ]


def _staffing_wire(staffing: tuple[Staffing, ...]) -> list[dict[str, Any]]:
    return [{"kind": s.kind, "hours_per_week": s.hours_per_week} for s in staffing]
