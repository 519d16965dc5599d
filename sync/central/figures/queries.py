"""The dashboard's figures as query results: a filter, and one ``GROUP BY`` per chart.

Every function here sends one statement that sums the ``fig_*`` tables in the database and
returns its (small) result: rows per chart, never visits or questions. Small counts are not
hidden here; the views do that (:mod:`sync.central.figures.suppress`).

A :class:`Filter` says which months, which branches and which channels count, in codes. The
branches come from the ``branch`` table through :func:`branch_ids`, the one place that reads
where a branch is: its municipality code rolled into the municipality of the filter's day, the
province of that municipality, its library organisation code (:mod:`~.places`) and the size
class of that organisation's service area (:data:`sync.central.organisations.SIZES`). The
IDO's set-up narrows (branch, month) pairs (:func:`setup_months`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.sql.elements import ColumnElement

from sync.central import organisations as registry
from sync.central.figures import local, places, refresh
from sync.central.tables import (
    FIGURE_NATION,
    branch,
    fig_health,
    fig_help,
    fig_pairs,
    fig_questions,
    fig_referral,
    fig_state,
    fig_time,
    fig_visits,
    ido_setup,
    library_organisation,
)


@dataclass(frozen=True)
class Filter:
    """What the figures count: a month range, branches, channels, set-ups (empty: all).

    ``first`` and ``last`` are local months as ``year * 100 + month``, both included (None:
    unbounded). Places are codes: ``provinces`` CBS province codes (PV27), ``municipalities``
    CBS municipality codes (GM0363: every branch whose registered code rolls into it on
    ``day``), ``organisations`` library organisation codes (``branch.organisation_code``),
    ``branches`` branch ids, ``sizes`` codes of service-area size classes
    (:data:`sync.central.organisations.SIZES`: a branch counts when its organisation stated
    a number of inhabitants in one of them). ``asked`` are the catalogue's organisation
    codes questions are about (charts of questions only). ``forms`` are IDO form codes and
    ``inside`` whether the IDO is inside the library: a (branch, month) counts when the
    set-up of one of the branch's IDOs valid in that month matches (:func:`setup_months`).
    ``day`` is the day whose municipal division places roll up to (None: today in the
    Netherlands).
    """

    first: int | None = None
    last: int | None = None
    provinces: frozenset[str] = field(default_factory=frozenset)
    municipalities: frozenset[str] = field(default_factory=frozenset)
    organisations: frozenset[str] = field(default_factory=frozenset)
    branches: frozenset[str] = field(default_factory=frozenset)
    sizes: frozenset[str] = field(default_factory=frozenset)
    channels: frozenset[str] = field(default_factory=frozenset)
    asked: frozenset[str] = field(default_factory=frozenset)
    forms: frozenset[str] = field(default_factory=frozenset)
    inside: bool | None = None
    day: date | None = None

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
    def on(self) -> date:
        """The day whose municipal division the filter's places roll up to."""
        return self.day if self.day is not None else places.today()

    @property
    def by_branch(self) -> bool:
        """Whether the filter picks branches (else every branch counts)."""
        picked = (self.provinces, self.municipalities, self.organisations, self.branches)
        return any((*picked, self.sizes))

    @property
    def by_setup(self) -> bool:
        """Whether the filter picks (branch, month) pairs by the IDO's set-up."""
        return bool(self.forms) or self.inside is not None


def branch_ids(f: Filter, within: ColumnElement[bool] | None = None) -> sa.Select[Any] | None:
    """The ids of the branches *f* picks (and *within* allows), as a subquery; None: all.

    The one place that reads where a branch is, by code: a municipality matches the
    branches whose registered code rolls into it on ``f.on``, a province those whose
    municipality (rolled) lies in it, an organisation its code, a size class the branches
    of the organisations whose stated inhabitants lie in it. A branch without codes is found
    by its id only; an organisation without a stated number is in no size class.
    """
    if not f.by_branch and within is None:
        return None
    where: list[ColumnElement[bool]] = []
    day = f.on
    if f.provinces:
        codes = places.province_codes(f.provinces, day)
        where.append(branch.c.municipality_code.in_(sorted(codes)))
    if f.municipalities:
        codes = places.municipality_codes(f.municipalities, day)
        where.append(branch.c.municipality_code.in_(sorted(codes)))
    if f.organisations:
        where.append(branch.c.organisation_code.in_(sorted(f.organisations)))
    if f.branches:
        where.append(branch.c.id.in_(sorted(f.branches)))
    if f.sizes:
        sized = sa.select(library_organisation.c.code).where(
            registry.in_sizes(library_organisation.c.inhabitants, f.sizes)
        )
        where.append(branch.c.organisation_code.in_(sized))
    if within is not None:
        where.append(within)
    return sa.select(branch.c.id).where(*where)


def setup_months(dialect: str, branch_id: Any, month: Any, f: Filter) -> ColumnElement[bool] | None:
    """Whether (*branch_id*, *month*) counts under *f*'s set-up filter (None: no such filter).

    The set-up valid in a month is the one valid on the month's last day: of a location's
    versions whose ``valid_from`` lies in or before the month, the highest version (as
    :func:`sync.central.locations.setup_on` decides for a day). So a version holds from the
    month of its ``valid_from`` until the month a higher version begins to hold, and a
    set-up changed on 15 July counts July under the new one. A branch with several IDOs
    counts when one of them matches; a month before any set-up never matches.
    """
    if not f.by_setup:
        return None
    begins = local.date_month(dialect, ido_setup.c.valid_from)
    # The first month a higher version of the same location holds from: a window over the
    # versions from the highest down, so each version is read once (not once per figure).
    overtaken = sa.func.min(begins).over(
        partition_by=ido_setup.c.location_id,
        order_by=ido_setup.c.version.desc(),
        rows=(None, -1),
    )
    s = sa.select(
        ido_setup.c.branch_id,
        ido_setup.c.ido_form,
        ido_setup.c.inside_library,
        begins.label("begins"),
        overtaken.label("overtaken"),
    ).subquery("held")
    where: list[ColumnElement[bool]] = [
        s.c.branch_id == branch_id,
        s.c.begins <= month,
        sa.or_(s.c.overtaken.is_(None), month < s.c.overtaken),
    ]
    if f.forms:
        where.append(s.c.ido_form.in_(sorted(f.forms)))
    if f.inside is not None:
        where.append(s.c.inside_library == (sa.true() if f.inside else sa.false()))
    return sa.exists(sa.select(1).select_from(s).where(*where))


def _areas(conn: Connection, f: Filter, within: ColumnElement[bool] | None) -> list[str] | None:
    """The areas whose sums answer *f*, or None when only the branches' figures can.

    The sums of provinces and municipalities answer only when they were built for the
    division of the filter's day, and a municipality only when it still exists then (a
    merged one has no area of its own: its branches count under their successor). No area
    is summed by service-area size: a size class is answered from the branches' figures.
    """
    if within is not None or f.branches or f.sizes or f.by_setup:
        return None
    kinds = {
        kind: values
        for kind, values in (
            ("province", f.provinces),
            ("municipality", f.municipalities),
            ("organisation", f.organisations),
        )
        if values
    }
    if not kinds:
        return [FIGURE_NATION]
    if len(kinds) > 1:  # e.g. a province and an organisation: their common branches
        return None
    ((kind, values),) = kinds.items()
    if kind == "organisation":
        return sorted(places.area_name(kind, value) for value in values)
    day = f.on
    built = conn.execute(sa.select(fig_state.c.division)).scalar_one_or_none()
    if built != places.division(day):
        return None
    codes = sorted(value.strip().upper() for value in values)
    if kind == "municipality" and not all(places.is_current(code, day) for code in codes):
        return None
    return [places.area_name(kind, code) for code in codes]


def _pick(
    conn: Connection, table: sa.Table, f: Filter, within: ColumnElement[bool] | None
) -> sa.Table:
    """The figures to sum for *f*: the area twin when areas answer it."""
    return table if _areas(conn, f, within) is None else refresh.AREAS[table]


def _where(
    conn: Connection, table: sa.Table, f: Filter, within: ColumnElement[bool] | None
) -> list[Any]:
    where: list[Any] = []
    if "area" in table.c:
        where.append(table.c.area.in_(_areas(conn, f, within) or []))
    else:
        chosen = setup_months(conn.dialect.name, table.c.branch_id, table.c.month, f)
        if chosen is not None:
            where.append(chosen)
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
    t = _pick(conn, fig_visits, f, within)
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
    t = _pick(conn, fig_questions, f, within)
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
    t = _pick(conn, fig_questions, f, within)
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
    t = _pick(conn, fig_pairs, f, within)
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
    t = _pick(conn, fig_help, f, within)
    keys = [*(t.c[d] for d in dimensions), t.c.help]
    return _sum(conn, t, f, keys, [_n(t.c.n, "questions")], within)


def referrals(
    conn: Connection, f: Filter, *dimensions: str, within: ColumnElement[bool] | None = None
) -> list[Any]:
    """Questions per referral, by *dimensions* too (``topic``, ``organisation``)."""
    t = _pick(conn, fig_referral, f, within)
    keys = [*(t.c[d] for d in dimensions), t.c.referral]
    return _sum(conn, t, f, keys, [_n(t.c.n, "questions")], within)


# -- channel, duration, time, health ----------------------------------------------------------


def visits_by(
    conn: Connection, f: Filter, *dimensions: str, within: ColumnElement[bool] | None = None
) -> list[Any]:
    """Visits and questions per combination of *dimensions*.

    Of ``channel``, ``duration``, ``mode``, ``source`` and ``month``.
    """
    t = _pick(conn, fig_visits, f, within)
    counts = [_n(t.c.visits, "visits"), _n(t.c.questions, "questions")]
    return _sum(conn, t, f, [t.c[d] for d in dimensions], counts, within)


def week(conn: Connection, f: Filter, within: ColumnElement[bool] | None = None) -> list[Any]:
    """Visits per local weekday (1 = Monday) and hour."""
    t = _pick(conn, fig_time, f, within)
    return _sum(conn, t, f, [t.c.weekday, t.c.hour], [_n(t.c.visits, "visits")], within)


def health(conn: Connection, f: Filter, within: ColumnElement[bool] | None = None) -> list[Any]:
    """Per month: visits stored, voided, corrected, tallied and backdated."""
    t = _pick(conn, fig_health, f, within)
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
    place in codes: the province (PVxx) and municipality (GMxxxx, rolled into the
    municipality of ``f.on``) it counts in, its library organisation code (empty for a
    branch without codes), and the branch's name.
    """
    t = fig_questions
    keys = [t.c.month, t.c.branch_id, t.c.channel, t.c.kind, t.c.organisation, t.c.topic]
    sums = (
        sa.select(*keys, sa.func.sum(t.c.n).label("n"))
        .where(*_where(conn, t, f, within))
        .group_by(*keys)
        .subquery()
    )
    day = f.on
    code = branch.c.municipality_code
    query = (
        sa.select(
            sums.c.month,
            places.province_sql(code, day).label("province"),
            places.rolled_sql(code, day).label("municipality"),
            branch.c.organisation_code,
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
