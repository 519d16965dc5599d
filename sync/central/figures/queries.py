"""The dashboard's figures as query results: a filter, and one ``GROUP BY`` per chart.

Every function here sends one statement that sums the ``fig_*`` tables in the database and
returns its (small) result: rows per chart, never visits or questions. Small counts are not
hidden here; the page does that with :meth:`sync.central.accounts.scope.Visibility.shown`.

A :class:`Filter` says which months, which branches and which channels count. The branches
come from the ``branch`` table through :func:`branch_ids`, the one place that knows how
province, municipality and library organisation are stored.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.sql.elements import ColumnElement

from sync.central.figures import refresh
from sync.central.tables import (
    FIGURE_AREAS,
    FIGURE_NATION,
    branch,
    fig_health,
    fig_help,
    fig_pairs,
    fig_questions,
    fig_referral,
    fig_time,
    fig_visits,
)


@dataclass(frozen=True)
class Filter:
    """What the figures count: a month range, branches, channels (empty: all).

    ``first`` and ``last`` are local months as ``year * 100 + month``, both included (None:
    unbounded). ``organisations`` are library organisations (the branch's), ``asked`` the
    catalogue's organisation codes questions are about (charts of questions only).
    """

    first: int | None = None
    last: int | None = None
    provinces: frozenset[str] = field(default_factory=frozenset)
    municipalities: frozenset[str] = field(default_factory=frozenset)
    organisations: frozenset[str] = field(default_factory=frozenset)
    branches: frozenset[str] = field(default_factory=frozenset)
    channels: frozenset[str] = field(default_factory=frozenset)
    asked: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def year(cls, year: int, quarter: int | None = None, **rest: Any) -> Filter:
        """A year, or one quarter (1-4) of it."""
        if quarter is None:
            return cls(first=year * 100 + 1, last=year * 100 + 12, **rest)
        if not 1 <= quarter <= 4:
            raise ValueError(f"quarter {quarter}: 1 to 4")
        return cls(first=year * 100 + 3 * quarter - 2, last=year * 100 + 3 * quarter, **rest)

    def with_months(self, first: int | None, last: int | None) -> Filter:
        """The same filter over another month range."""
        return replace(self, first=first, last=last)

    @property
    def by_branch(self) -> bool:
        """Whether the filter picks branches (else every branch counts)."""
        return bool(self.provinces or self.municipalities or self.organisations or self.branches)


def branch_ids(f: Filter, within: ColumnElement[bool] | None = None) -> sa.Select[Any] | None:
    """The ids of the branches *f* picks (and *within* allows), as a subquery; None: all.

    The one place that reads where a branch is: its province, municipality (a CBS code, in
    any case) and library organisation as registered.
    """
    if not f.by_branch and within is None:
        return None
    where: list[ColumnElement[bool]] = []
    if f.provinces:
        where.append(branch.c.province.in_(sorted(f.provinces)))
    if f.municipalities:
        where.append(
            sa.func.upper(branch.c.municipality).in_(sorted(m.upper() for m in f.municipalities))
        )
    if f.organisations:
        where.append(branch.c.organisation.in_(sorted(f.organisations)))
    if f.branches:
        where.append(branch.c.id.in_(sorted(f.branches)))
    if within is not None:
        where.append(within)
    return sa.select(branch.c.id).where(*where)


def _areas(f: Filter, within: ColumnElement[bool] | None) -> list[str] | None:
    """The areas whose sums answer *f*, or None when only the branches' figures can."""
    if within is not None or f.branches:
        return None
    places = {
        kind: values
        for kind, values in (
            ("province", f.provinces),
            ("municipality", frozenset(m.upper() for m in f.municipalities)),
            ("organisation", f.organisations),
        )
        if values
    }
    if not places:
        return [FIGURE_NATION]
    if len(places) > 1:  # e.g. a province and an organisation: their common branches
        return None
    ((kind, values),) = places.items()
    return sorted(FIGURE_AREAS[kind] + value for value in values)


def _pick(table: sa.Table, f: Filter, within: ColumnElement[bool] | None) -> sa.Table:
    """The figures to sum for *f*: the area twin when areas answer it."""
    return table if _areas(f, within) is None else refresh.AREAS[table]


def _where(
    conn: Connection, table: sa.Table, f: Filter, within: ColumnElement[bool] | None
) -> list[Any]:
    where: list[Any] = []
    if "area" in table.c:
        where.append(table.c.area.in_(_areas(f, within) or []))
    if f.first is not None:
        where.append(table.c.month >= f.first)
    if f.last is not None:
        where.append(table.c.month <= f.last)
    if f.channels:
        where.append(table.c.channel.in_(sorted(f.channels)))
    if f.asked and "organisation" in table.c:
        where.append(table.c.organisation.in_(sorted(f.asked)))
    ids = None if "area" in table.c else branch_ids(f, within)
    if ids is not None:
        # The ids themselves, not the subquery: the planner then probes each branch's rows
        # by the key (a subquery made it scan the whole table for an organisation's few).
        where.append(table.c.branch_id.in_(list(conn.execute(ids).scalars())))
    return where


def _sum(
    conn: Connection,
    table: sa.Table,
    f: Filter,
    keys: Sequence[Any],
    counts: Sequence[Any],
    within: ColumnElement[bool] | None = None,
    *,
    order: Sequence[Any] = (),
    limit: int | None = None,
) -> list[sa.Row[Any]]:
    keys = [table.c[k] if isinstance(k, str) else k for k in keys]
    query = sa.select(*keys, *counts).where(*_where(conn, table, f, within)).group_by(*keys)
    query = query.order_by(*(order or keys))
    if limit is not None:
        query = query.limit(limit)
    return list(conn.execute(query).all())


def _n(column: Any, name: str) -> Any:
    return sa.func.coalesce(sa.func.sum(column), 0).label(name)


# -- overview ---------------------------------------------------------------------------------


def months(conn: Connection, f: Filter, within: ColumnElement[bool] | None = None) -> list[Any]:
    """Per month: the visits and questions that count (month order)."""
    t = _pick(fig_visits, f, within)
    counts = [_n(t.c.visits, "visits"), _n(t.c.questions, "questions")]
    return _sum(conn, t, f, [t.c.month], counts, within)


def registering(
    conn: Connection, f: Filter, within: ColumnElement[bool] | None = None
) -> list[Any]:
    """Per month: how many branches registered a visit that counts (month order)."""
    t = fig_health  # per branch, month and channel: at most branches x months x 3 rows
    counting = t.c.recorded > t.c.voided + t.c.corrected
    pairs = (
        sa.select(t.c.month, t.c.branch_id)
        .where(*_where(conn, t, f, within), counting)
        .distinct()
        .subquery()
    )
    query = (
        sa.select(pairs.c.month, sa.func.count().label("branches"))
        .group_by(pairs.c.month)
        .order_by(pairs.c.month)
    )
    return list(conn.execute(query).all())


def first_month(conn: Connection) -> int | None:
    """The first month with a visit that counts (None: no figures yet)."""
    value = conn.execute(sa.select(sa.func.min(fig_visits.c.month))).scalar_one_or_none()
    return None if value is None else int(value)


def through(conn: Connection) -> datetime | None:
    """Up to when the figures run (every visit stored before it counts)."""
    return refresh.through(conn)


# -- questions --------------------------------------------------------------------------------


def questions_by(
    conn: Connection, f: Filter, *dimensions: str, within: ColumnElement[bool] | None = None
) -> list[Any]:
    """Questions per combination of *dimensions* (of ``topic``, ``kind``, ``organisation``)."""
    t = _pick(fig_questions, f, within)
    return _sum(conn, t, f, [t.c[d] for d in dimensions], [_n(t.c.n, "questions")], within)


def layers(
    conn: Connection,
    f: Filter,
    layer_of: Mapping[str, str],
    within: ColumnElement[bool] | None = None,
) -> list[Any]:
    """Questions per government layer.

    *layer_of* maps organisation codes to layers (``CatalogueSet.layer``); an organisation
    without one counts as ``overig``.
    """
    t = _pick(fig_questions, f, within)
    if layer_of:
        layer: Any = sa.case(
            *((t.c.organisation == code, value) for code, value in sorted(layer_of.items())),
            else_="overig",
        )
    else:
        layer = sa.literal("overig")
    layer = layer.label("layer")
    return _sum(conn, t, f, [layer], [_n(t.c.n, "questions")], within)


def pairs(
    conn: Connection, f: Filter, limit: int = 25, within: ColumnElement[bool] | None = None
) -> list[Any]:
    """The topics most often asked together in one visit: (topic_a, topic_b, visits)."""
    t = _pick(fig_pairs, f, within)
    n = _n(t.c.n, "visits")
    return _sum(
        conn,
        t,
        f,
        [t.c.topic_a, t.c.topic_b],
        [n],
        within,
        order=[n.desc(), t.c.topic_a, t.c.topic_b],
        limit=limit,
    )


# -- help and referrals -----------------------------------------------------------------------


def help_given(
    conn: Connection, f: Filter, *dimensions: str, within: ColumnElement[bool] | None = None
) -> list[Any]:
    """Questions per kind of help, by *dimensions* too (``topic``, ``organisation``)."""
    t = _pick(fig_help, f, within)
    keys = [*(t.c[d] for d in dimensions), t.c.help]
    return _sum(conn, t, f, keys, [_n(t.c.n, "questions")], within)


def referrals(
    conn: Connection, f: Filter, *dimensions: str, within: ColumnElement[bool] | None = None
) -> list[Any]:
    """Questions per referral, by *dimensions* too (``topic``, ``organisation``)."""
    t = _pick(fig_referral, f, within)
    keys = [*(t.c[d] for d in dimensions), t.c.referral]
    return _sum(conn, t, f, keys, [_n(t.c.n, "questions")], within)


# -- channel, duration, time, health ----------------------------------------------------------


def visits_by(
    conn: Connection, f: Filter, *dimensions: str, within: ColumnElement[bool] | None = None
) -> list[Any]:
    """Visits and questions per combination of *dimensions*.

    Of ``channel``, ``duration``, ``mode``, ``source`` and ``month``.
    """
    t = _pick(fig_visits, f, within)
    counts = [_n(t.c.visits, "visits"), _n(t.c.questions, "questions")]
    return _sum(conn, t, f, [t.c[d] for d in dimensions], counts, within)


def week(conn: Connection, f: Filter, within: ColumnElement[bool] | None = None) -> list[Any]:
    """Visits per local weekday (1 = Monday) and hour."""
    t = _pick(fig_time, f, within)
    return _sum(conn, t, f, [t.c.weekday, t.c.hour], [_n(t.c.visits, "visits")], within)


def health(conn: Connection, f: Filter, within: ColumnElement[bool] | None = None) -> list[Any]:
    """Per month: visits stored, voided, corrected, tallied and backdated."""
    t = _pick(fig_health, f, within)
    counts = [_n(t.c[c], c) for c in ("recorded", "voided", "corrected", "tally", "backdated")]
    return _sum(conn, t, f, [t.c.month], counts, within)


# -- the whole page and the download ----------------------------------------------------------


def page(
    conn: Connection,
    f: Filter,
    layer_of: Mapping[str, str] | None = None,
    within: ColumnElement[bool] | None = None,
) -> dict[str, list[Any]]:
    """Every chart of the dashboard for *f*: what one filter change reads."""
    return {
        "months": months(conn, f, within),
        "registering": registering(conn, f, within),
        "topics": questions_by(conn, f, "topic", within=within),
        "kinds": questions_by(conn, f, "kind", within=within),
        "organisations": questions_by(conn, f, "organisation", within=within),
        "layers": layers(conn, f, layer_of or {}, within),
        "pairs": pairs(conn, f, within=within),
        "help": help_given(conn, f, "topic", within=within),
        "referrals": referrals(conn, f, "topic", within=within),
        "channels": visits_by(conn, f, "channel", "duration", within=within),
        "week": week(conn, f, within),
        "health": health(conn, f, within),
    }


CSV_HEADER: tuple[str, ...] = (
    "month",
    "province",
    "municipality",
    "library_organisation",
    "branch",
    "channel",
    "kind",
    "organisation",
    "topic",
    "questions",
)


def csv_rows(
    conn: Connection, f: Filter, within: ColumnElement[bool] | None = None
) -> Iterator[Sequence[Any]]:
    """The rows of the CSV download of *f*, streamed (:data:`CSV_HEADER`, in that order).

    Questions per month, branch, channel, kind, organisation and topic, with the branch's
    place.
    """
    t = fig_questions
    keys = [t.c.month, t.c.branch_id, t.c.channel, t.c.kind, t.c.organisation, t.c.topic]
    sums = (
        sa.select(*keys, sa.func.sum(t.c.n).label("n"))
        .where(*_where(conn, t, f, within))
        .group_by(*keys)
        .subquery()
    )
    query = (
        sa.select(
            sums.c.month,
            branch.c.province,
            branch.c.municipality,
            branch.c.organisation,
            branch.c.name,
            sums.c.channel,
            sums.c.kind,
            sums.c.organisation,
            sums.c.topic,
            sums.c.n,
        )
        .join_from(sums, branch, branch.c.id == sums.c.branch_id)
        .order_by(
            sums.c.month,
            branch.c.name,
            sums.c.channel,
            sums.c.kind,
            sums.c.organisation,
            sums.c.topic,
        )
    )
    result = conn.execution_options(yield_per=2000).execute(query)
    yield from result
