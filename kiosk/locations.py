"""Where this copy of the app works: organisation, branch, IDO location and desk.

The first start asks for these (or offers the clearly marked demo location); the chosen desk is
remembered in ``app_setting``. Later the sync enrollment fills them from the central endpoint.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import text

from kiosk.catalogue import Catalogue
from kiosk.cleantext import clean_text
from kiosk.db import Database
from kiosk.errors import InputError, Problem
from kiosk.ids import new_id

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
_DEMO_WIPE = (
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

    def __init__(self, db: Database, catalogue: Catalogue) -> None:
        """Bind to a database; *catalogue* supplies the valid IDO forms."""
        self.db = db
        self.catalogue = catalogue

    def create(self, answers: LocationInput, *, demo: bool = False) -> DeskInfo:
        """Validate *answers*, store the setup records and make this the current desk.

        The typed names are tidied first (:func:`~kiosk.cleantext.clean_text`: one line, no
        invisible characters); a name with nothing visible left counts as empty.
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
        if problems:
            raise InputError(problems)
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
