"""The Belastinghulp view's figures, in SQL: slots, bookings and walk-ins, the waiting list.

Read straight from the planning tables (``plan_slot``, ``plan_booking``, ``plan_record``;
:mod:`sync.central.planning`): each function sends one ``GROUP BY`` statement and returns its
small result, never a booking. Nothing about a person is read: no name, phone, e-mail or
remark; a partner organisation is named as its branch registered it (the ``name`` of the
``partner`` record its helper's ``partner_id`` points at, read with the JSON access both
SQLite and PostgreSQL have).

A slot counts in the local month of its day. The month range and the branches come from a
:class:`~sync.central.figures.queries.Filter` (:func:`~sync.central.figures.queries.branch_ids`,
with *within*, the viewer's :meth:`~sync.central.accounts.scope.Visibility.branch_clause`);
its set-up filters (IDO form, inside the library) keep a slot when its branch's set-up of the
slot's month matches (:func:`~sync.central.figures.queries.setup_months`), a waiting-list
entry by its season's first month; its channels and question filters do not apply to
appointments.

A booking counts under its status as stored: ``booked`` (still to come, or never marked),
``attended``, ``no_show`` or ``cancelled``; ``walk_ins`` are the attended bookings made at
the desk without an appointment (``walk_in``). A booking in conflict (``sync_state``) counts
like the others: it was made, a person resolves where it goes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.sql.elements import ColumnElement

from sync.central.figures.local import date_month
from sync.central.figures.queries import Filter, branch_ids, setup_months
from sync.central.tables import plan_booking, plan_record, plan_slot

#: The keys :func:`appointments` groups by.
KEYS = ("month", "week", "partner")
#: The counts of :func:`appointments`, in order.
COUNTS = (
    "slots",
    "capacity",
    "bookings",
    "booked",
    "attended",
    "no_show",
    "cancelled",
    "walk_ins",
)
#: The counts of :func:`waiting_list`, in order.
WAITING = ("entries", "served", "removed", "waiting")


def iso_week(dialect: str, day: Any) -> ColumnElement[int]:
    """The ISO week (ISO year * 100 + week, ``202601``) of the date column *day*.

    SQLite before 3.46 has no ``%G``/``%V``: the week is that of the day's Thursday.
    """
    if dialect == "postgresql":
        return sa.cast(sa.func.to_char(day, "IYYYIW"), sa.Integer())
    monday_based = (sa.cast(sa.func.strftime("%w", day), sa.Integer()) + 6) % 7
    thursday = sa.func.date(day, sa.func.printf("%+d days", 3 - monday_based))
    number = (sa.cast(sa.func.strftime("%j", thursday), sa.Integer()) - 1) // 7 + 1
    return sa.cast(sa.func.strftime("%Y", thursday), sa.Integer()) * 100 + number


def _first_day(month: int) -> date:
    return date(month // 100, month % 100, 1)


def _after(month: int) -> date:
    """The first day after local *month*."""
    year, number = divmod(month, 100)
    return date(year + number // 12, number % 12 + 1, 1)


def _slot_where(
    dialect: str, f: Filter, within: ColumnElement[bool] | None
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    held = setup_months(dialect, plan_slot.c.branch_id, date_month(dialect, plan_slot.c.day), f)
    if held is not None:
        where.append(held)
    if f.first is not None:
        where.append(plan_slot.c.day >= _first_day(f.first))
    if f.last is not None:
        where.append(plan_slot.c.day < _after(f.last))
    ids = branch_ids(f, within)
    if ids is not None:
        where.append(plan_slot.c.branch_id.in_(ids.scalar_subquery()))
    return where


def _partner() -> tuple[Any, ColumnElement[Any]]:
    """``plan_slot`` joined to its helper's partner record, and the partner's name (or NULL)."""
    helper = plan_record.alias("helper")
    partner = plan_record.alias("partner")
    joined = plan_slot.outerjoin(
        helper, sa.and_(helper.c.id == plan_slot.c.helper_id, helper.c.record == "helper")
    ).outerjoin(
        partner,
        sa.and_(
            partner.c.id == helper.c.data["partner_id"].as_string(),
            partner.c.record == "partner",
        ),
    )
    return joined, partner.c.data["name"].as_string()


def appointments(
    conn: Connection,
    f: Filter,
    within: ColumnElement[bool] | None = None,
    *,
    by: Sequence[str] = ("month",),
) -> list[sa.Row[Any]]:
    """Slots and bookings per combination of *by* (of :data:`KEYS`), in key order.

    Columns: the keys (``month`` as year * 100 + month; ``week``, the ISO week as ISO year *
    100 + week, the figures of a season week by week; ``partner``, the partner
    organisation's name, None for a helper without one), then :data:`COUNTS`: ``slots``
    offered and their ``capacity`` (slots not closed), ``bookings`` made (every status),
    each status, and ``walk_ins``. An empty *by* gives one row of totals.
    """
    unknown = set(by) - set(KEYS)
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}: of {KEYS}")
    dialect = conn.dialect.name
    source, partner = _partner()
    values = {
        "month": date_month(dialect, plan_slot.c.day),
        "week": iso_week(dialect, plan_slot.c.day),
        "partner": partner,
    }
    keys = [values[k].label(k) for k in by]
    where = _slot_where(dialect, f, within)
    zero = sa.literal(0)
    open_slot = plan_slot.c.closed.is_(False)

    def count(condition: ColumnElement[bool]) -> Any:
        return sa.func.sum(sa.case((condition, 1), else_=0))

    offered = (
        sa.select(
            *keys,
            sa.func.count().label("slots"),
            sa.func.sum(plan_slot.c.capacity).label("capacity"),
            *(zero.label(name) for name in COUNTS[2:]),
        )
        .select_from(source)
        .where(*where, open_slot)
        .group_by(*keys)
    )
    status = plan_booking.c.status
    made = (
        sa.select(
            *keys,
            zero.label("slots"),
            zero.label("capacity"),
            sa.func.count().label("bookings"),
            *(count(status == name).label(name) for name in COUNTS[3:7]),
            count(plan_booking.c.walk_in.is_(True)).label("walk_ins"),
        )
        .select_from(source.join(plan_booking, plan_booking.c.slot_id == plan_slot.c.id))
        .where(*where)
        .group_by(*keys)
    )
    both = sa.union_all(offered, made).subquery("both")
    outer_keys = [both.c[k] for k in by]
    query = sa.select(
        *outer_keys,
        *(sa.func.coalesce(sa.func.sum(both.c[name]), 0).label(name) for name in COUNTS),
    )
    if outer_keys:
        query = query.group_by(*outer_keys).order_by(*outer_keys)
    return list(conn.execute(query).all())


def waiting_list(
    conn: Connection, f: Filter, within: ColumnElement[bool] | None = None
) -> list[sa.Row[Any]]:
    """The waiting list per season year (the year of the season's first day), in order.

    Columns: ``year``, then :data:`WAITING`: ``entries`` put on the list, ``served`` (given
    an appointment: ``done`` is ``booked``), ``removed`` (taken off without one) and
    ``waiting`` (neither yet). A season counts when its first day lies in *f*'s months.
    Deleted entries are left out.
    """
    season = plan_record.alias("season")
    entry = plan_record
    starts_on = season.c.data["starts_on"].as_string()
    year = sa.cast(sa.func.substr(starts_on, 1, 4), sa.Integer()).label("year")
    done = entry.c.data["done"].as_string()

    def count(condition: ColumnElement[bool]) -> Any:
        return sa.func.coalesce(sa.func.sum(sa.case((condition, 1), else_=0)), 0)

    where: list[ColumnElement[bool]] = [
        entry.c.record == "waiting",
        entry.c.deleted.is_(False),
        season.c.record == "season",
    ]
    if f.first is not None:
        where.append(starts_on >= _first_day(f.first).isoformat())
    if f.last is not None:
        where.append(starts_on < _after(f.last).isoformat())
    ids = branch_ids(f, within)
    if ids is not None:
        where.append(entry.c.branch_id.in_(ids.scalar_subquery()))
    first_month = sa.cast(sa.func.replace(sa.func.substr(starts_on, 1, 7), "-", ""), sa.Integer())
    held = setup_months(conn.dialect.name, entry.c.branch_id, first_month, f)
    if held is not None:
        where.append(held)
    query = (
        sa.select(
            year,
            sa.func.count().label("entries"),
            count(done == "booked").label("served"),
            count(done == "removed").label("removed"),
            count(done.is_(None)).label("waiting"),
        )
        .select_from(entry.join(season, season.c.id == entry.c.data["season_id"].as_string()))
        .where(*where)
        .group_by(year)
        .order_by(year)
    )
    return list(conn.execute(query).all())
