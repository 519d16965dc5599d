"""The data-health view's figures, in SQL: who has not synced, far clocks, dead letters, quiet IDOs.

Each function sends one or two small statements and returns short lists of frozen rows (one
per branch or device, never a visit), restricted to the branches a
:class:`~sync.central.figures.queries.Filter` picks and *within* allows (*within* is the
viewer's :meth:`~sync.central.accounts.scope.Visibility.branch_clause`; None: every branch).
Revoked devices are left out everywhere: they no longer sync by design. The filter's set-up
filters (IDO form, inside the library) apply where a month is known: the branch's set-up of
*now*'s month for the silent ones, of the month asked about for :func:`without_registrations`
(clock warnings and dead letters are about a desk, not an IDO's set-up: not filtered by it).

* :func:`silent_devices` and :func:`silent_branches`: no batch for *days* days or more
  (``device.last_batch_at``; a device that never sent one counts from its enrollment);
* :func:`clock_warnings`: devices whose clock was off at their last batch
  (``device.clock_flag``, ``clock_skew_seconds``);
* :func:`dead_letters`: the server's dead letters (``rejection``) per branch: how many ops,
  the newest, and the codes;
* :func:`without_registrations`: IDOs (a branch with a device or a set-up) that registered no
  visit that counts in a month (``fig_health``), with the last month they did.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.sql.elements import ColumnElement

from sync.central.branches import local_day
from sync.central.figures.queries import Filter, branch_ids, setup_months
from sync.central.tables import branch, device, fig_health, ido_setup, rejection

#: Days without a batch after which a device or branch counts as silent, unless told.
SILENT_DAYS = 7


@dataclass(frozen=True)
class SilentDevice:
    """A device without a batch for a while (``last_batch_at`` None: never sent one)."""

    branch_id: str
    branch: str
    device_id: str
    device: str
    kind: str
    last_batch_at: datetime | None
    last_seen_at: datetime | None


@dataclass(frozen=True)
class SilentBranch:
    """A branch none of whose devices sent a batch for a while."""

    branch_id: str
    branch: str
    devices: int
    last_batch_at: datetime | None  # the newest batch of any of its devices


@dataclass(frozen=True)
class ClockWarning:
    """A device whose clock was off at its last batch (skew: its clock minus the server's)."""

    branch_id: str
    branch: str
    device_id: str
    device: str
    clock_skew_seconds: int | None
    clock_flag: str
    last_batch_at: datetime | None


@dataclass(frozen=True)
class DeadLetters:
    """A branch's dead letters: ops refused (each op once), the newest, per code."""

    branch_id: str
    branch: str
    ops: int
    newest: datetime
    codes: dict[str, int]  # code -> ops refused with it


@dataclass(frozen=True)
class Unregistered:
    """An IDO without a visit that counts in the month asked about."""

    branch_id: str
    branch: str
    last_month: int | None  # the last month (year * 100 + month) it registered, if any


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _branches(
    conn: Connection,
    f: Filter | None,
    within: ColumnElement[bool] | None,
    month: int | None = None,
) -> list[ColumnElement[bool]]:
    """Conditions on ``branch.id`` for the branches *f* picks and *within* allows.

    With a *month*, *f*'s set-up filters too (the branch's set-up of that month).
    """
    f = f or Filter()
    ids = branch_ids(f, within)
    where: list[ColumnElement[bool]] = []
    if ids is not None:
        where.append(branch.c.id.in_(ids.scalar_subquery()))
    if month is not None:
        held = setup_months(conn.dialect.name, branch.c.id, sa.literal(month), f)
        if held is not None:
            where.append(held)
    return where


_ACTIVE = device.c.revoked_at.is_(None)


def silent_devices(
    conn: Connection,
    now: datetime,
    days: int = SILENT_DAYS,
    f: Filter | None = None,
    within: ColumnElement[bool] | None = None,
) -> list[SilentDevice]:
    """Devices without a batch for *days* days or more before *now*, longest silent first."""
    since = now - timedelta(days=days)
    last = sa.func.coalesce(device.c.last_batch_at, device.c.created_at)
    query = (
        sa.select(
            device.c.branch_id,
            branch.c.name.label("branch"),
            device.c.id,
            device.c.name,
            device.c.kind,
            device.c.last_batch_at,
            device.c.last_seen_at,
        )
        .join_from(device, branch, branch.c.id == device.c.branch_id)
        .where(_ACTIVE, last <= since, *_branches(conn, f, within, this_month(now)))
        .order_by(last, device.c.branch_id, device.c.id)
    )
    return [
        SilentDevice(
            r.branch_id,
            r.branch,
            r.id,
            r.name,
            r.kind,
            _utc(r.last_batch_at),
            _utc(r.last_seen_at),
        )
        for r in conn.execute(query)
    ]


def silent_branches(
    conn: Connection,
    now: datetime,
    days: int = SILENT_DAYS,
    f: Filter | None = None,
    within: ColumnElement[bool] | None = None,
) -> list[SilentBranch]:
    """Branches with devices none of which sent a batch for *days* days or more.

    Longest silent first. A branch without a device is not silent but absent: see
    :func:`without_registrations` for IDOs that registered nothing.
    """
    since = now - timedelta(days=days)
    newest = sa.func.max(sa.func.coalesce(device.c.last_batch_at, device.c.created_at))
    query = (
        sa.select(
            branch.c.id,
            branch.c.name,
            sa.func.count().label("devices"),
            sa.func.max(device.c.last_batch_at).label("last_batch_at"),
        )
        .join_from(device, branch, branch.c.id == device.c.branch_id)
        .where(_ACTIVE, *_branches(conn, f, within, this_month(now)))
        .group_by(branch.c.id, branch.c.name)
        .having(newest <= since)
        .order_by(newest, branch.c.id)
    )
    return [
        SilentBranch(r.id, r.name, int(r.devices), _utc(r.last_batch_at))
        for r in conn.execute(query)
    ]


def clock_warnings(
    conn: Connection, f: Filter | None = None, within: ColumnElement[bool] | None = None
) -> list[ClockWarning]:
    """Devices flagged for a far clock at their last batch, the farthest first."""
    query = (
        sa.select(
            device.c.branch_id,
            branch.c.name.label("branch"),
            device.c.id,
            device.c.name,
            device.c.clock_skew_seconds,
            device.c.clock_flag,
            device.c.last_batch_at,
        )
        .join_from(device, branch, branch.c.id == device.c.branch_id)
        .where(_ACTIVE, device.c.clock_flag.is_not(None), *_branches(conn, f, within))
        .order_by(
            sa.func.abs(sa.func.coalesce(device.c.clock_skew_seconds, 0)).desc(),
            device.c.branch_id,
            device.c.id,
        )
    )
    return [
        ClockWarning(
            r.branch_id,
            r.branch,
            r.id,
            r.name,
            None if r.clock_skew_seconds is None else int(r.clock_skew_seconds),
            r.clock_flag,
            _utc(r.last_batch_at),
        )
        for r in conn.execute(query)
    ]


def dead_letters(
    conn: Connection,
    f: Filter | None = None,
    within: ColumnElement[bool] | None = None,
    since: datetime | None = None,
) -> list[DeadLetters]:
    """Per branch: its dead letters (received from *since* on), most ops first.

    ``ops`` counts each refused op once (a desk may send a refused op again); ``codes`` the
    ops per refusal code. Two grouped statements: per branch, and per branch and code.
    """
    where: list[Any] = [*_branches(conn, f, within)]
    if since is not None:
        where.append(rejection.c.received_at >= since)
    joined = sa.join(rejection, branch, branch.c.id == rejection.c.branch_id)
    per_code = (
        sa.select(
            rejection.c.branch_id,
            rejection.c.code,
            sa.func.count(sa.distinct(rejection.c.op_id)).label("ops"),
        )
        .select_from(joined)
        .where(*where)
        .group_by(rejection.c.branch_id, rejection.c.code)
    )
    codes: dict[str, dict[str, int]] = {}
    for r in conn.execute(per_code):
        codes.setdefault(r.branch_id, {})[r.code] = int(r.ops)
    ops = sa.func.count(sa.distinct(rejection.c.op_id))
    per_branch = (
        sa.select(
            rejection.c.branch_id,
            branch.c.name,
            ops.label("ops"),
            sa.func.max(rejection.c.received_at).label("newest"),
        )
        .select_from(joined)
        .where(*where)
        .group_by(rejection.c.branch_id, branch.c.name)
        .order_by(ops.desc(), rejection.c.branch_id)
    )
    out = []
    for r in conn.execute(per_branch):
        newest = _utc(r.newest)
        assert newest is not None
        out.append(DeadLetters(r.branch_id, r.name, int(r.ops), newest, codes[r.branch_id]))
    return out


def this_month(now: datetime) -> int:
    """The month (year * 100 + month) of *now* in the Netherlands."""
    day = local_day(now)
    return day.year * 100 + day.month


def without_registrations(
    conn: Connection,
    month: int,
    f: Filter | None = None,
    within: ColumnElement[bool] | None = None,
) -> list[Unregistered]:
    """IDOs without a visit that counts in *month* (year * 100 + month; :func:`this_month`).

    An IDO is a branch with a device that is not revoked, or with a set-up. A visit counts
    when it is neither voided nor corrected (``fig_health``: recorded - voided - corrected).
    Longest quiet first (never registered at all first), then by branch id.
    """
    counting = fig_health.c.recorded > fig_health.c.voided + fig_health.c.corrected
    registered = sa.select(fig_health.c.branch_id).where(fig_health.c.month == month, counting)
    last = (
        sa.select(sa.func.max(fig_health.c.month))
        .where(fig_health.c.branch_id == branch.c.id, fig_health.c.month <= month, counting)
        .scalar_subquery()
        .label("last_month")
    )
    has_device = sa.exists().where(device.c.branch_id == branch.c.id, _ACTIVE)
    has_setup = sa.exists().where(ido_setup.c.branch_id == branch.c.id)
    query = (
        sa.select(branch.c.id, branch.c.name, last)
        .where(
            sa.or_(has_device, has_setup),
            branch.c.id.not_in(registered),
            *_branches(conn, f, within, month),
        )
        .order_by(sa.func.coalesce(last, 0), branch.c.id)
    )
    return [
        Unregistered(r.id, r.name, None if r.last_month is None else int(r.last_month))
        for r in conn.execute(query)
    ]
