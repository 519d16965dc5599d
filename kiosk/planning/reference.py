"""The desk's reference data (``docs/belastinghulp.md`` §7): seasons, partners, helpers, ...

That is: seasons, partner organisations, helpers, weekly templates and branch closures.

Reads take a session; writes take the write session and the clock, store the row and append
its ``plan.upsert`` (§3) in that session. The ``check_*`` functions validate input before a
transaction opens and raise :class:`kiosk.errors.InputError` with ``planning.*`` codes; they tidy
names with :func:`kiosk.cleantext.clean_text` (one line, no invisible characters), so a name
with nothing visible left is refused like an empty one.
:class:`~kiosk.planning.service.PlanningService` wraps these in its transactions.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from sqlalchemy import Table, insert, text, update
from sqlmodel import Session

from kiosk.cleantext import clean_text
from kiosk.clock import Now
from kiosk.errors import InputError, Problem
from kiosk.ids import new_id
from kiosk.planning.codes import PURPOSE_CODES
from kiosk.planning.models import PlanClosure, PlanHelper, PlanPartner, PlanSeason, PlanTemplate
from kiosk.planning.records import (
    Closure,
    Helper,
    Partner,
    Season,
    Template,
    TemplateInput,
)
from kiosk.planning.store import (
    closure_of,
    codes_json,
    codes_of,
    helper_of,
    hhmm,
    partner_of,
    season_of,
    stamp,
    template_of,
    upsert_op,
)

MAX_SEASON_DAYS = 400
MIN_SLOT_MINUTES = 5
MAX_SLOT_MINUTES = 480
MAX_CAPACITY = 50

_HELPER_SELECT = (
    "SELECT h.id, h.name, h.partner_id, p.name AS partner_name, h.topics, h.active "
    "FROM plan_helper h LEFT JOIN plan_partner p ON p.id = h.partner_id "
)
_JSON_COLUMNS = frozenset({"topics", "purpose", "checklist"})
#: The records stored here; one that is gone is refused as ``planning.gone.<record>``.
RECORDS: Final = ("season", "partner", "helper", "template", "closure")

# -- seasons ----------------------------------------------------------------------------


def seasons(session: Session) -> list[Season]:
    """Return every season, newest first."""
    rows = session.execute(
        text(
            "SELECT id, name, starts_on, ends_on FROM plan_season WHERE NOT deleted "
            "ORDER BY starts_on DESC, name"
        )
    ).all()
    return [season_of(r) for r in rows]


def load_season(session: Session, season_id: str) -> Season:
    """Return season *season_id*; raise :class:`InputError` when it is gone."""
    row = session.execute(
        text("SELECT id, name, starts_on, ends_on FROM plan_season WHERE id = :id AND NOT deleted"),
        {"id": season_id},
    ).first()
    if row is None:
        raise InputError.single("season_id", "planning.gone.season")
    return season_of(row)


def check_season(name: str, starts_on: date, ends_on: date) -> str:
    """Validate a season's name and days; return the name tidied (spaces, invisibles)."""
    name = clean_text(name)
    problems = []
    if not name:
        problems.append(Problem("name", "planning.season.name_missing"))
    if ends_on < starts_on:
        problems.append(Problem("ends_on", "planning.season.ends_before_starts"))
    elif (ends_on - starts_on).days > MAX_SEASON_DAYS:
        problems.append(Problem("ends_on", "planning.season.too_long"))
    if problems:
        raise InputError(problems)
    return name


def save_season(
    session: Session, name: str, starts_on: date, ends_on: date, id: str | None, now: Now
) -> Season:
    """Store a season checked by :func:`check_season` (new when *id* is None)."""
    data = {"name": name, "starts_on": starts_on.isoformat(), "ends_on": ends_on.isoformat()}
    season_id = save_record(session, PlanSeason, "season", id, data, now)
    return Season(season_id, name, starts_on, ends_on)


# -- partners and helpers ---------------------------------------------------------------


def partners(session: Session) -> list[Partner]:
    """Return the partner organisations, by name."""
    rows = session.execute(
        text("SELECT id, name FROM plan_partner WHERE NOT deleted ORDER BY name")
    ).all()
    return [partner_of(r) for r in rows]


def check_partner(name: str) -> str:
    """Validate a partner's name; return it tidied (spaces, invisible characters)."""
    name = clean_text(name)
    if not name:
        raise InputError.single("name", "planning.partner.name_missing")
    return name


def save_partner(session: Session, name: str, id: str | None, now: Now) -> Partner:
    """Store a partner named as :func:`check_partner` returned (new when *id* is None)."""
    partner_id = save_record(session, PlanPartner, "partner", id, {"name": name}, now)
    return Partner(partner_id, name)


def helpers(session: Session, include_inactive: bool) -> list[Helper]:
    """Return the helpers by name (only active ones unless *include_inactive*)."""
    where = "WHERE NOT h.deleted" + ("" if include_inactive else " AND h.active")
    rows = session.execute(text(_HELPER_SELECT + where + " ORDER BY h.name")).all()
    return [helper_of(r) for r in rows]


def check_helper(name: str, topics: tuple[str, ...] | list[str]) -> tuple[str, tuple[str, ...]]:
    """Validate a helper's name and topics; return both tidied (invisibles, no repeats)."""
    name = clean_text(name)
    unique = tuple(dict.fromkeys(map(clean_text, topics)))
    problems = []
    if not name:
        problems.append(Problem("name", "planning.helper.name_missing"))
    unknown = [t for t in unique if t not in PURPOSE_CODES]
    if unknown:
        problems.append(
            Problem("topics", "planning.helper.topics_unknown", {"codes": ", ".join(unknown)})
        )
    if problems:
        raise InputError(problems)
    return name, unique


def save_helper(
    session: Session,
    name: str,
    partner_id: str | None,
    topics: tuple[str, ...],
    active: bool,
    id: str | None,
    now: Now,
) -> Helper:
    """Store a helper checked by :func:`check_helper` (new when *id* is None)."""
    data = {"name": name, "partner_id": partner_id, "topics": list(topics), "active": active}
    if partner_id is not None and not _exists(session, "plan_partner", partner_id):
        raise InputError.single("partner_id", "planning.partner.not_found")
    helper_id = save_record(session, PlanHelper, "helper", id, data, now)
    row = session.execute(text(_HELPER_SELECT + "WHERE h.id = :id"), {"id": helper_id}).one()
    return helper_of(row)


# -- templates and closures -------------------------------------------------------------


def templates(session: Session, season_id: str) -> list[Template]:
    """Return the season's templates by helper, weekday and start."""
    rows = session.execute(
        text(
            "SELECT * FROM plan_template WHERE season_id = :s AND NOT deleted "
            "ORDER BY helper_id, weekday, starts"
        ),
        {"s": season_id},
    ).all()
    return [template_of(r) for r in rows]


def save_template(
    session: Session, season_id: str, template: TemplateInput, id: str | None, now: Now
) -> Template:
    """Store a template in *season_id* (new when *id* is None) after checking it."""
    season = load_season(session, season_id)
    if not _exists(session, "plan_helper", template.helper_id):
        raise InputError.single("helper_id", "planning.helper.not_found")
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
    template_id = save_record(session, PlanTemplate, "template", id, data, now)
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


def delete_template(session: Session, id: str, now: Now) -> None:
    """Delete a template; the slots it already made stay."""
    delete_record(session, PlanTemplate, "template", id, now)


def closures(session: Session, season_id: str) -> list[Closure]:
    """Return the season's branch closures by day."""
    rows = session.execute(
        text(
            "SELECT id, season_id, day, reason FROM plan_closure "
            "WHERE season_id = :s AND NOT deleted ORDER BY day"
        ),
        {"s": season_id},
    ).all()
    return [closure_of(r) for r in rows]


def add_closure(session: Session, season_id: str, day: date, reason: str, now: Now) -> Closure:
    """Store a closure on *day* (within the season) with its checked *reason*."""
    season = load_season(session, season_id)
    if not season.starts_on <= day <= season.ends_on:
        raise InputError.single("day", "planning.closure.outside_season")
    data = {"season_id": season_id, "day": day.isoformat(), "reason": reason}
    closure_id = save_record(session, PlanClosure, "closure", None, data, now)
    return Closure(closure_id, season_id, day, reason)


def remove_closure(session: Session, id: str, now: Now) -> None:
    """Remove a branch closure (generation may then fill that day)."""
    delete_record(session, PlanClosure, "closure", id, now)


# -- storing rows -----------------------------------------------------------------------


def table_of(model: type[Any]) -> Table:
    """Return a SQLModel table class's :class:`Table`."""
    table: Table = model.__table__
    return table


def save_record(
    session: Session,
    model: type[Any],
    record: str,
    record_id: str | None,
    data: dict[str, Any],
    now: Now,
) -> str:
    """Insert or update a reference row and append its ``plan.upsert``; return its id."""
    table = table_of(model)
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
        occurred_at=stamp(now()),
    )
    return record_id


def delete_record(
    session: Session, model: type[Any], record: str, record_id: str, now: Now
) -> None:
    """Mark a reference row deleted and append its ``plan.upsert`` (with its last data)."""
    table = table_of(model)
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
        occurred_at=stamp(now()),
    )


def _version(session: Session, table: str, record_id: str, record: str) -> int:
    row = session.execute(
        text(f"SELECT version FROM {table} WHERE id = :id AND NOT deleted"), {"id": record_id}
    ).first()
    if row is None:
        raise InputError.single("id", f"planning.gone.{record}")
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
        problems.append(Problem("weekday", "planning.template.weekday_missing"))
    if template.ends <= template.starts:
        problems.append(Problem("ends", "planning.template.ends_not_after_starts"))
    if not MIN_SLOT_MINUTES <= template.slot_minutes <= MAX_SLOT_MINUTES:
        problems.append(
            Problem(
                "slot_minutes",
                "planning.template.slot_minutes_range",
                {"min": MIN_SLOT_MINUTES, "max": MAX_SLOT_MINUTES},
            )
        )
    elif template.ends > template.starts:
        minutes = (template.ends.hour - template.starts.hour) * 60 + (
            template.ends.minute - template.starts.minute
        )
        if minutes < template.slot_minutes:
            problems.append(Problem("slot_minutes", "planning.template.no_slot_fits"))
    if not 1 <= template.capacity <= MAX_CAPACITY:
        problems.append(
            Problem("capacity", "planning.slot.capacity_range", {"min": 1, "max": MAX_CAPACITY})
        )
    for field, value in (("valid_from", template.valid_from), ("valid_to", template.valid_to)):
        if value is not None and not season.starts_on <= value <= season.ends_on:
            problems.append(Problem(field, "planning.template.date_outside_season"))
    if (
        template.valid_from is not None
        and template.valid_to is not None
        and template.valid_to < template.valid_from
    ):
        problems.append(Problem("valid_to", "planning.template.valid_to_before_from"))
    if problems:
        raise InputError(problems)
