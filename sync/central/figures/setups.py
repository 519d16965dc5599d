"""The IDOs' set-ups on a day: how many by form, place and kind of hours, and each in detail.

A location's set-up is kept in every version (``ido_setup``, :mod:`sync.central.locations`);
the figures of a period use the set-ups valid on its **last day** (the last day of the
filter's last month, or the filter's day when that comes first: a set-up sent ahead of its
``valid_from`` does not count before its day). Of a location's versions whose ``valid_from``
lies on or before that day the highest version holds (``locations.setup_on``).

:func:`setups` counts those IDOs per form, inside or outside the library and kind of hours,
with the hours a week each kind of staff works there, in one ``GROUP BY``;
:func:`setup_rows` lists them one by one, for viewers who may see branches (the caller
checks the level; *within* is the viewer's :meth:`Visibility.branch_clause`).

The filter's places, organisations and branches pick the branches
(:func:`~sync.central.figures.queries.branch_ids`); its ``forms`` and ``inside`` pick the
IDOs themselves. Its channels and asked organisations do not apply to a set-up.
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.sql.elements import ColumnElement

from kiosk.protocol.locations import STAFF_KINDS
from sync.central.figures import local
from sync.central.figures.queries import Filter, branch_ids
from sync.central.tables import branch, ido_setup


def last_day(f: Filter) -> date:
    """The day whose set-ups a period's figures use: its last day, at most ``f.on``."""
    today = f.on
    if f.last is None:
        return today
    year, month = divmod(f.last, 100)
    end = date(year, month, calendar.monthrange(year, month)[1])
    return min(end, today)


def _chosen(f: Filter, within: ColumnElement[bool] | None, day: date) -> Any:
    """The set-up rows valid on *day* of the IDOs *f* and *within* pick, as a subquery."""
    newest = (
        sa.select(ido_setup.c.location_id, sa.func.max(ido_setup.c.version).label("version"))
        .where(ido_setup.c.valid_from <= day)
        .group_by(ido_setup.c.location_id)
        .subquery("newest")
    )
    where: list[ColumnElement[bool]] = []
    ids = branch_ids(f, within)
    if ids is not None:
        where.append(ido_setup.c.branch_id.in_(ids.scalar_subquery()))
    if f.forms:
        where.append(ido_setup.c.ido_form.in_(sorted(f.forms)))
    if f.inside is not None:
        where.append(ido_setup.c.inside_library == (sa.true() if f.inside else sa.false()))
    return (
        sa.select(ido_setup)
        .join(
            newest,
            sa.and_(
                ido_setup.c.location_id == newest.c.location_id,
                ido_setup.c.version == newest.c.version,
            ),
        )
        .where(*where)
        .subquery("chosen")
    )


def setups(conn: Connection, f: Filter, within: ColumnElement[bool] | None = None) -> list[Any]:
    """IDOs per form, inside the library or not, and kind of hours, on :func:`last_day`.

    Rows of ``ido_form``, ``inside_library``, ``hours_kind``, ``idos`` (how many) and per
    kind of staff (``staff``, ``volunteer``, ``partner``) the hours a week it works at those
    IDOs together; in that order of the keys.
    """
    s = _chosen(f, within, last_day(f))
    each, member = local.json_objects(conn.dialect.name, s.c.staffing, "each_staffing")
    kind = member("kind")
    hours = sa.cast(member("hours_per_week"), sa.Integer())
    per_kind = [
        sa.func.coalesce(sa.func.sum(sa.case((kind == name, hours), else_=0)), 0).label(name)
        for name in STAFF_KINDS
    ]
    keys = [s.c.ido_form, s.c.inside_library, s.c.hours_kind]
    query = (
        sa.select(*keys, sa.func.count(sa.distinct(s.c.location_id)).label("idos"), *per_kind)
        .select_from(s.outerjoin(each, sa.true()))
        .group_by(*keys)
        .order_by(*keys)
    )
    return list(conn.execute(query).all())


@dataclass(frozen=True)
class SetupRow:
    """One IDO's set-up on a day, for the detail table: where, what, when, and by whom."""

    branch_id: str
    branch_name: str
    location_id: str
    ido_name: str
    ido_form: str
    inside_library: bool
    hours_kind: str
    hours_per_week: float  # the weekly opening (or consultation) hours, summed
    staffing: dict[str, int]  # hours a week per kind of staff (those listed)
    valid_from: date


def weekly_hours(spans: list[dict[str, Any]]) -> float:
    """The hours a week the spans ``{"weekday", "starts": "HH:MM", "ends": "HH:MM"}`` cover."""
    minutes = 0
    for span in spans:
        starts_h, starts_m = (int(part) for part in str(span["starts"]).split(":")[:2])
        ends_h, ends_m = (int(part) for part in str(span["ends"]).split(":")[:2])
        minutes += (ends_h * 60 + ends_m) - (starts_h * 60 + starts_m)
    return round(minutes / 60, 2)


def setup_rows(
    conn: Connection, f: Filter, within: ColumnElement[bool] | None = None
) -> list[SetupRow]:
    """Every IDO *f* and *within* pick, with its set-up on :func:`last_day`.

    By branch name and IDO name. One row per IDO (not a count): only for a viewer who may
    see branches in detail.
    """
    s = _chosen(f, within, last_day(f))
    query = (
        sa.select(s, branch.c.name.label("branch_name"))
        .join_from(s, branch, branch.c.id == s.c.branch_id)
        .order_by(branch.c.name, s.c.ido_name, s.c.location_id)
    )
    found: list[SetupRow] = []
    for row in conn.execute(query):
        staffing = {
            str(entry["kind"]): int(entry["hours_per_week"]) for entry in json.loads(row.staffing)
        }
        found.append(
            SetupRow(
                branch_id=row.branch_id,
                branch_name=row.branch_name,
                location_id=row.location_id,
                ido_name=row.ido_name,
                ido_form=row.ido_form,
                inside_library=bool(row.inside_library),
                hours_kind=row.hours_kind,
                hours_per_week=weekly_hours(json.loads(row.hours)),
                staffing=staffing,
                valid_from=row.valid_from,
            )
        )
    return found
