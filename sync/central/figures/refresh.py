"""Rebuild the figures of the marked (branch, month) pairs, in SQL.

:func:`refresh` takes the marks in ``fig_dirty`` a chunk at a time. Per chunk, in one
transaction: read the chunk's marks with their versions, delete the chunk's rows of every
``fig_*`` table, insert them again with one ``INSERT ... SELECT ... GROUP BY`` per table from
the visits that count, then lock the marks and drop each only if its version is still the one
read. A batch that commits after a rebuilding statement began has bumped its mark's version
(in its own transaction, before its commit), so the mark stays for the next pass: its visits
are in the rebuilt figures or marked again, never lost. Nothing is locked while the figures
are rebuilt, so a batch never waits for a rebuild; PostgreSQL's READ COMMITTED is enough.

When ``fig_state.through`` is empty (never built, right after migration 0009) the first
refresh builds every figure from all stored visits at once.

The area twins (``fig_*_area``) sum the branches' figures per province, municipality and
library organisation by code (:mod:`sync.central.figures.places`); ``fig_place`` holds each
branch's areas. Each pass first follows the division, in SQL: when the municipal division
of the day differs from ``fig_state.division`` (a reorganisation's day passed, or a new
reference shipped) it writes ``fig_place`` again and adds every area up again; otherwise a
branch whose codes changed (``branch-set``), or a new branch, is moved: its figures are taken
off its old areas and added to its new ones, in one transaction.

Afterwards ``fig_state.through`` says up to when the figures run: the start of this pass, or
the oldest mark still waiting if that is earlier. :func:`run_refreshes` runs a pass every
15 seconds in the server (``ido-central serve``); ``ido-central figures-refresh`` runs one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import anyio
import anyio.to_thread
import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.elements import ColumnElement

from sync.central.branches import local_day
from sync.central.db import Database
from sync.central.figures import local, places
from sync.central.tables import (
    FIGURE_NATION,
    branch,
    fig_dirty,
    fig_health,
    fig_help,
    fig_pairs,
    fig_place,
    fig_questions,
    fig_referral,
    fig_state,
    fig_time,
    fig_visits,
    metadata,
    question,
    visit,
)

log = logging.getLogger(__name__)

#: Marks rebuilt per transaction: a batch that must bump one of them waits at most this long.
CHUNK = 200
#: Every figures table, in the order they are rebuilt.
FIGURES: tuple[sa.Table, ...] = (
    fig_visits,
    fig_questions,
    fig_help,
    fig_referral,
    fig_pairs,
    fig_time,
    fig_health,
)
#: Each figures table's area twin (``fig_x_area``: the same counts per country and province).
AREAS: dict[sa.Table, sa.Table] = {t: metadata.tables[f"{t.name}_area"] for t in FIGURES}
_LOCK = 7412309  # PostgreSQL advisory lock: one refresher at a time
#: A visit entered this long after it occurred counts as backdated (data health).
BACKDATED_HOURS = 1


@dataclass(frozen=True)
class Pass:
    """What one refresh pass did."""

    rebuilt: int  # (branch, month) pairs rebuilt; -1: everything (the first build)
    left: int  # marks still waiting (locked by a batch, or marked meanwhile)
    seconds: float
    through: datetime | None


Key = tuple[str, int]


def refresh(db: Database, *, now: Callable[[], datetime] | None = None) -> Pass:
    """Run one pass: rebuild every marked pair (or everything, the first time)."""
    clock = now or (lambda: datetime.now(UTC))
    start = time.perf_counter()
    began = clock()
    day = local_day(began)
    with db.write() as conn:
        if not _lock(conn):
            return Pass(0, -1, 0.0, None)
        built = conn.execute(sa.select(fig_state.c.through)).scalar_one_or_none()
        if built is None:
            _rebuild_all(conn, day)
            rebuilt = -1
        else:
            follow_division(conn, day)
    if built is not None:
        rebuilt = 0
        after: Key | None = None  # each mark once a pass, even one bumped meanwhile
        while True:
            with db.write() as conn:
                if not _lock(conn):
                    break
                done, after = _rebuild_chunk(conn, after)
            rebuilt += done
            if done < CHUNK:
                break
    with db.write() as conn:
        oldest, left = conn.execute(
            sa.select(sa.func.min(fig_dirty.c.since), sa.func.count())
        ).one()
        through = began if oldest is None else min(began, _utc(oldest))
        conn.execute(sa.update(fig_state).values(through=through, refreshed_at=clock()))
    return Pass(rebuilt, int(left), time.perf_counter() - start, through)


def rebuild_everything(db: Database) -> None:
    """Make the next :func:`refresh` build every figure from every visit (to check them).

    A branch's new codes and a new municipal division need nothing of the kind: each pass
    follows them (:func:`follow_division`).
    """
    with db.write() as conn:
        conn.execute(sa.update(fig_state).values(through=None))


def through(conn: Connection) -> datetime | None:
    """Up to when the figures run: every visit stored before it counts (None: not built)."""
    value = conn.execute(sa.select(fig_state.c.through)).scalar_one_or_none()
    return None if value is None else _utc(value)


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _lock(conn: Connection) -> bool:
    """Take the refresher's lock for this transaction (SQLite: the write lock is enough)."""
    if conn.dialect.name != "postgresql":
        return True
    return bool(
        conn.execute(sa.text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": _LOCK}).scalar_one()
    )


def _rebuild_chunk(conn: Connection, after: Key | None) -> tuple[int, Key | None]:
    """Rebuild up to :data:`CHUNK` marked pairs after *after*; return how many, and the last.

    The area twins follow in the same transaction: each area row gets the difference between
    the pairs' new and old counts (not added up again from every branch of the month), and
    only where there is one: a rebuild after one new visit changes a few rows of each area,
    not every row the month has.
    """
    pair = sa.tuple_(fig_dirty.c.branch_id, fig_dirty.c.month)
    found = conn.execute(
        sa.select(fig_dirty.c.branch_id, fig_dirty.c.month, fig_dirty.c.version)
        .where(*([] if after is None else [pair > sa.tuple_(*after)]))
        .order_by(fig_dirty.c.branch_id, fig_dirty.c.month)
        .limit(CHUNK)
    ).all()
    if not found:
        return 0, after
    keys: list[Key] = [(m.branch_id, m.month) for m in found]
    months = sorted({month for _, month in keys})
    areas = sorted(_areas_of(conn, sorted({b for b, _ in keys})))
    for table in FIGURES:
        chosen = local.pairs_in(conn.dialect.name, table.c.branch_id, table.c.month, keys)
        before = _keep(conn, table, chosen)
        conn.execute(sa.delete(table).where(chosen))
        conn.execute(_insert(conn.dialect.name, table, keys))
        _add_changes_to_areas(conn, table, chosen, before)
        before.drop(conn)
    # A combination no visit has any more: its area rows went to zero.
    _drop_zeros(conn, areas, months)
    _drop(conn, [(m.branch_id, m.month, m.version) for m in found])
    return len(found), keys[-1]


def _areas_of(conn: Connection, branch_ids: Sequence[str]) -> set[str]:
    """The names of the areas the branches *branch_ids* are summed in (the country too)."""
    found: set[str] = {FIGURE_NATION}
    for start in range(0, len(branch_ids), 500):
        rows = conn.execute(
            sa.select(*_KINDS).where(fig_place.c.branch_id.in_(branch_ids[start : start + 500]))
        )
        found.update(name for row in rows for name in row if name is not None)
    return found


#: The area columns of ``fig_place``: a branch's province, municipality and organisation.
_KINDS = (fig_place.c.province, fig_place.c.municipality, fig_place.c.organisation)


def _area_sums(
    table: sa.Table, chosen: Any, sign: int, *, nation: bool = True
) -> list[sa.Select[Any]]:
    """The sums of *table*'s *chosen* rows per area (times *sign*): one statement per kind.

    The country's sums need no place; the others join ``fig_place`` (a branch without a row
    there, or with a NULL area, is in no such area).
    """
    rest = [c for c in table.columns if c.name not in ("branch_id", "month")]
    keys = [c for c in rest if c.primary_key]
    counts = [sa.func.sum(c) * sign for c in rest if not c.primary_key]
    selects: list[sa.Select[Any]] = []
    if nation:
        selects.append(
            sa.select(sa.literal(FIGURE_NATION, sa.String()), table.c.month, *keys, *counts)
            .where(chosen)
            .group_by(table.c.month, *keys)
        )
    for place in _KINDS:
        selects.append(
            sa.select(place, table.c.month, *keys, *counts)
            .join_from(table, fig_place, fig_place.c.branch_id == table.c.branch_id)
            .where(chosen, place.is_not(None))
            .group_by(place, table.c.month, *keys)
        )
    return selects


def _add_to_areas(
    conn: Connection, table: sa.Table, chosen: Any, sign: int, *, nation: bool = True
) -> None:
    """Add (*sign* 1) or take off (-1) the *chosen* rows of *table* to or from its areas."""
    area = AREAS[table]
    counts = [c for c in area.columns if not c.primary_key]
    names = [c.name for c in area.columns]
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    for sums in _area_sums(table, chosen, sign, nation=nation):
        insert = dialect.insert(area).from_select(names, sums)
        conn.execute(
            insert.on_conflict_do_update(
                index_elements=[c for c in area.columns if c.primary_key],
                set_={c.name: area.c[c.name] + insert.excluded[c.name] for c in counts},
            )
        )


def _keep(conn: Connection, table: sa.Table, chosen: Any) -> sa.Table:
    """Copy *table*'s *chosen* rows into a temporary table (dropped by the caller)."""
    kept = sa.Table(
        f"old_{table.name}",
        sa.MetaData(),
        *(sa.Column(c.name, c.type) for c in table.columns),
        prefixes=["TEMPORARY"],
    )
    kept.create(conn)
    names = [c.name for c in table.columns]
    conn.execute(sa.insert(kept).from_select(names, sa.select(table).where(chosen)))
    return kept


def _add_changes_to_areas(conn: Connection, table: sa.Table, chosen: Any, before: sa.Table) -> None:
    """Add to *table*'s area rows the change from the rows in *before* to its *chosen* rows.

    Per area row one difference (new minus old), and only the rows where it is not zero.
    """
    area = AREAS[table]
    keys = [c.name for c in table.columns if c.primary_key and c.name != "branch_id"]
    counts = [c.name for c in table.columns if not c.primary_key]
    now = sa.select(table.c.branch_id, *(table.c[k] for k in keys), *(table.c[c] for c in counts))
    was = sa.select(
        before.c.branch_id,
        *(before.c[k] for k in keys),
        *((-before.c[c]).label(c) for c in counts),
    )
    change = sa.union_all(now.where(chosen), was).subquery("change")
    names = [c.name for c in area.columns]
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    nation = sa.literal(FIGURE_NATION, sa.String())
    for place in (None, *_KINDS):
        sums = [sa.func.sum(change.c[c]) for c in counts]
        select = sa.select(
            nation if place is None else place, *(change.c[k] for k in keys), *sums
        ).select_from(change)
        if place is None:
            select = select.where(sa.true())  # SQLite: an INSERT's SELECT needs a WHERE
        else:
            select = select.join(fig_place, fig_place.c.branch_id == change.c.branch_id).where(
                place.is_not(None)
            )
        select = select.group_by(
            *(() if place is None else (place,)), *(change.c[k] for k in keys)
        ).having(sa.or_(*(total != 0 for total in sums)))
        insert = dialect.insert(area).from_select(names, select)
        conn.execute(
            insert.on_conflict_do_update(
                index_elements=[c for c in area.columns if c.primary_key],
                set_={c: area.c[c] + insert.excluded[c] for c in counts},
            )
        )


def _rebuild_areas(conn: Connection) -> None:
    """Add up every area twin from its branch figures (and ``fig_place``)."""
    for table, area in AREAS.items():
        names = [c.name for c in area.columns]
        conn.execute(sa.delete(area))
        for sums in _area_sums(table, sa.true(), 1):
            conn.execute(sa.insert(area).from_select(names, sums))


# -- the division: which areas each branch is in ----------------------------------------------


def _places(day: date) -> sa.Select[Any]:
    """Every branch's row of ``fig_place`` for the division of *day*, computed from ``branch``."""
    code = branch.c.municipality_code
    return sa.select(
        branch.c.id,
        code,
        branch.c.organisation_code,
        places.area_sql("province", places.province_sql(code, day)),
        places.area_sql("municipality", places.rolled_sql(code, day)),
        places.area_sql("organisation", branch.c.organisation_code),
    )


def _write_places(conn: Connection, day: date, where: Any = None) -> None:
    """Write the ``fig_place`` rows of the branches *where* picks (None: every branch)."""
    names = [c.name for c in fig_place.columns]
    query = _places(day)
    if where is not None:
        query = query.where(where)
    conn.execute(sa.insert(fig_place).from_select(names, query))


def _rebuild_places(conn: Connection, day: date) -> None:
    """Write every branch's places for the division of *day*, and remember the division."""
    conn.execute(sa.delete(fig_place))
    _write_places(conn, day)
    conn.execute(sa.update(fig_state).values(division=places.division(day)))


def follow_division(conn: Connection, day: date) -> int:
    """Bring the area sums to the division of *day* and to the branches' codes, in SQL.

    Another division than the one built for: every place and area again (returns -1).
    Otherwise the branches whose codes differ from their ``fig_place`` row (or that have
    none) are moved from their old areas to their new ones; returns how many.
    """
    built = conn.execute(sa.select(fig_state.c.division)).scalar_one_or_none()
    if built != places.division(day):
        _rebuild_places(conn, day)
        _rebuild_areas(conn)
        return -1
    joined = branch.outerjoin(fig_place, fig_place.c.branch_id == branch.c.id)
    changed = sorted(
        conn.execute(
            sa.select(branch.c.id)
            .select_from(joined)
            .where(
                sa.or_(
                    fig_place.c.branch_id.is_(None),
                    branch.c.municipality_code.is_distinct_from(fig_place.c.municipality_code),
                    branch.c.organisation_code.is_distinct_from(fig_place.c.organisation_code),
                )
            )
        ).scalars()
    )
    if not changed:
        return 0
    before = _areas_of(conn, changed)
    for table in FIGURES:
        _add_to_areas(conn, table, table.c.branch_id.in_(changed), -1, nation=False)
    conn.execute(sa.delete(fig_place).where(fig_place.c.branch_id.in_(changed)))
    _write_places(conn, day, branch.c.id.in_(changed))
    for table in FIGURES:
        _add_to_areas(conn, table, table.c.branch_id.in_(changed), 1, nation=False)
    _drop_zeros(conn, sorted((before | _areas_of(conn, changed)) - {FIGURE_NATION}), None)
    return len(changed)


def _drop_zeros(conn: Connection, areas: Sequence[str], months: Sequence[int] | None) -> None:
    """Delete the rows of *areas* (in *months*) whose counts all went to zero."""
    for table in FIGURES:
        area = AREAS[table]
        counts = [c for c in area.columns if not c.primary_key]
        where = [area.c.area.in_(areas), *(c == 0 for c in counts)]
        if months is not None:
            where.append(area.c.month.in_(months))
        conn.execute(sa.delete(area).where(*where))


def _rebuild_all(conn: Connection, day: date) -> None:
    """Build every figure from every stored visit; drop the marks seen (they are included)."""
    found = conn.execute(
        sa.select(fig_dirty.c.branch_id, fig_dirty.c.month, fig_dirty.c.version)
    ).all()
    for table in FIGURES:
        conn.execute(sa.delete(table))
        conn.execute(_insert(conn.dialect.name, table, None))
    _rebuild_places(conn, day)
    _rebuild_areas(conn)
    _drop(conn, [(m.branch_id, m.month, m.version) for m in found])


def _drop(conn: Connection, marks: Sequence[tuple[str, int, int]]) -> None:
    """Drop the marks rebuilt, each only at the version rebuilt.

    The marks are locked first, in key order (the order a batch bumps them in, so the two
    never wait on each other in a circle): a batch still bumping one is waited for, and its
    new version keeps the mark for the next pass.
    """
    for start in range(0, len(marks), 300):
        chunk = list(marks[start : start + 300])
        keys = [(b, m) for b, m, _ in chunk]
        conn.execute(
            sa.select(fig_dirty.c.branch_id)
            .where(sa.tuple_(fig_dirty.c.branch_id, fig_dirty.c.month).in_(keys))
            .order_by(fig_dirty.c.branch_id, fig_dirty.c.month)
            .with_for_update()
        ).all()
        conn.execute(
            sa.delete(fig_dirty).where(
                sa.tuple_(fig_dirty.c.branch_id, fig_dirty.c.month, fig_dirty.c.version).in_(chunk)
            )
        )


# -- the statements ---------------------------------------------------------------------------


def _insert(dialect: str, table: sa.Table, keys: Sequence[Key] | None) -> sa.Insert:
    """``INSERT INTO table SELECT ... GROUP BY`` over the visits of *keys* (None: all)."""
    select = _SELECTS[table.name](_Source(dialect, keys))
    return sa.insert(table).from_select([c.name for c in table.columns], select)


class _Source:
    """The visits a rebuild reads, with their local time: all, or those of some pairs."""

    def __init__(self, dialect: str, keys: Sequence[Key] | None) -> None:
        self.dialect = dialect
        self.keys = keys
        self.v = visit.alias("v")
        self.time = local.local_time(
            dialect, self.v.c.occurred_at_corrected, self.v.c.occurred_offset
        )
        self.month = self.time.month

    def visits(self, *, counting: bool = True) -> tuple[Any, list[ColumnElement[bool]]]:
        """The FROM clause and conditions: visits (that count, when *counting*) in scope."""
        v = self.v
        where: list[ColumnElement[bool]] = []
        if counting:
            where += [v.c.voided_at.is_(None), v.c.superseded_by.is_(None)]
        if self.keys is None:
            return v, where
        # Each pair's visits by the (branch_id, occurred_at_corrected) index, then the exact
        # local month (a visit near a month's edge lies in the neighbouring UTC range too).
        d = fig_dirty.alias("d")
        joined = d.join(
            v,
            sa.and_(
                v.c.branch_id == d.c.branch_id,
                v.c.occurred_at_corrected >= d.c.lo,
                v.c.occurred_at_corrected < d.c.hi,
            ),
        )
        # fig_dirty is small: a list of pairs is quick to test on it.
        where += [sa.tuple_(d.c.branch_id, d.c.month).in_(list(self.keys)), self.month == d.c.month]
        return joined, where


def _grouped(
    source: Any, where: list[ColumnElement[bool]], keys: list[Any], counts: list[Any]
) -> sa.Select[Any]:
    return sa.select(*keys, *counts).select_from(source).where(*where).group_by(*keys)


def _visits(s: _Source) -> sa.Select[Any]:
    source, where = s.visits()
    q = question.alias("q")
    v = s.v
    # Every visit has exactly one question at position 1 (the contract's rule).
    first = sa.func.sum(sa.case((q.c.position == 1, 1), else_=0))
    keys = [v.c.branch_id, s.month, v.c.channel, v.c.duration, v.c.mode, v.c.source]
    return _grouped(
        source.join(q, q.c.visit_id == v.c.visit_id), where, keys, [first, sa.func.count()]
    )


def _questions(s: _Source) -> sa.Select[Any]:
    source, where = s.visits()
    q = question.alias("q")
    v = s.v
    keys = [v.c.branch_id, s.month, v.c.channel, q.c.kind, q.c.organisation, q.c.topic]
    return _grouped(source.join(q, q.c.visit_id == v.c.visit_id), where, keys, [sa.func.count()])


def _listed(column: str) -> Callable[[_Source], sa.Select[Any]]:
    def select(s: _Source) -> sa.Select[Any]:
        source, where = s.visits()
        q = question.alias("q")
        v = s.v
        each, code = local.codes(s.dialect, q.c[column], f"each_{column}")
        joined = source.join(q, q.c.visit_id == v.c.visit_id).join(each, sa.true())
        keys = [v.c.branch_id, s.month, v.c.channel, q.c.organisation, q.c.topic, code]
        return _grouped(joined, where, keys, [sa.func.count()])

    return select


def _pairs(s: _Source) -> sa.Select[Any]:
    source, where = s.visits()
    a, b = question.alias("qa"), question.alias("qb")
    v = s.v
    joined = source.join(a, a.c.visit_id == v.c.visit_id).join(
        b, sa.and_(b.c.visit_id == v.c.visit_id, a.c.topic < b.c.topic)
    )
    keys = [v.c.branch_id, s.month, v.c.channel, a.c.topic, b.c.topic]
    return _grouped(joined, where, keys, [sa.func.count(sa.distinct(v.c.visit_id))])


def _time(s: _Source) -> sa.Select[Any]:
    source, where = s.visits()
    v = s.v
    keys = [v.c.branch_id, s.month, v.c.channel, s.time.weekday, s.time.hour]
    return _grouped(source, where, keys, [sa.func.count()])


def _health(s: _Source) -> sa.Select[Any]:
    source, where = s.visits(counting=False)
    v = s.v

    def share(condition: ColumnElement[bool]) -> Any:
        return sa.func.sum(sa.case((condition, 1), else_=0))

    late = local.later_by(s.dialect, v.c.recorded_at, v.c.occurred_at, BACKDATED_HOURS)
    counts = [
        sa.func.count(),
        share(v.c.voided_at.is_not(None)),
        share(v.c.superseded_by.is_not(None)),
        share(v.c.source == "tally"),
        share(late),
    ]
    return _grouped(source, where, [v.c.branch_id, s.month, v.c.channel], counts)


_SELECTS: dict[str, Callable[[_Source], sa.Select[Any]]] = {
    fig_visits.name: _visits,
    fig_questions.name: _questions,
    fig_help.name: _listed("help"),
    fig_referral.name: _listed("referral"),
    fig_pairs.name: _pairs,
    fig_time.name: _time,
    fig_health.name: _health,
}


async def run_refreshes(db: Database, every: float) -> None:
    """Run :func:`refresh` now and then every *every* seconds (a background task of the server).

    Each pass runs in a worker thread; a pass that fails is tried again at the next round.
    """
    while True:
        try:
            done = await anyio.to_thread.run_sync(refresh, db)
            if done.rebuilt:
                log.info(
                    "Figures: %s rebuilt in %.2f s, %d marks left, through %s",
                    "everything" if done.rebuilt < 0 else f"{done.rebuilt} branch-months",
                    done.seconds,
                    done.left,
                    done.through,
                )
        except Exception:
            log.exception("Figures refresh failed")
        await anyio.sleep(every)
