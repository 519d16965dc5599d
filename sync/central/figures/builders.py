"""The tables of each dashboard view, built from the figures queries.

One function per view (:data:`BUILDERS`), each returning its tables: rows in the viewer's
words (catalogue labels, ``jan 2026``, weekday names), small counts hidden and summaries
written by :func:`~sync.central.figures.tablekit.table`.
:func:`sync.central.figures.views.build_view` is the entry; the set-up view's tables are in
:mod:`sync.central.figures.setup_tables`, the questions' and help's in
:mod:`sync.central.figures.question_tables`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sync.central.accounts.roles import Role
from sync.central.figures import (
    health_tables,
    planning_tables,
    queries,
    question_tables,
    setup_tables,
    survey_tables,
    wording,
)
from sync.central.figures.tablekit import NONE_SHOWN, Context, chart, shown, table, top_summary
from sync.central.figures.views import Column, Table

n = wording.number


# -- overzicht --------------------------------------------------------------------------------


def _months(ctx: Context, found: dict[int, tuple[Any, ...]]) -> list[int]:
    """The months to show: from the filter's (or the first record's) to its last or now."""
    first = ctx.f.first if ctx.f.first is not None else queries.first_month(ctx.conn)
    if first is None or (not found and ctx.f.first is None):
        return sorted(found)
    last = ctx.f.last
    through = queries.through(ctx.conn)
    now = None
    if through is not None:
        local = through.astimezone(wording.LOCAL)
        now = local.year * 100 + local.month
    if last is None or (now is not None and last > now):
        last = now if now is not None else max(found, default=first)
    last = max(last, max(found, default=last))
    return wording.month_range(first, last)


def overzicht(ctx: Context) -> list[Table]:
    """Visits and questions per month, IDOs registering, totals (and the nation to compare)."""
    found = {
        int(r.month): (r.visits, r.questions) for r in queries.months(ctx.conn, ctx.f, ctx.within)
    }
    months = _months(ctx, found)
    rows = [(wording.month(m), *found.get(m, (0, 0))) for m in months]

    def per_month(rows: list[tuple[Any, ...]], hidden: bool) -> str:
        visits, asked = shown([r[1] for r in rows]), shown([r[2] for r in rows])
        busiest = max((r for r in rows if r[1] is not None), key=lambda r: r[1], default=None)
        text = (
            f"Van {rows[0][0]} tot en met {rows[-1][0]}: {n(sum(visits))} bezoeken en "
            f"{n(sum(asked))} vragen"
        )
        if hidden:
            text += " (zonder de verborgen aantallen)"
        if busiest is not None and busiest[1]:
            text += f"; de drukste maand was {busiest[0]} met {n(busiest[1])} bezoeken"
        return text + "."

    month_cols = (
        Column("maand", "Maand"),
        Column("bezoeken", "Bezoeken", "count"),
        Column("vragen", "Vragen", "count"),
    )
    spec = _per_month_chart()
    tables = [
        table(
            ctx,
            "per-maand",
            "Bezoeken en vragen per maand",
            month_cols,
            rows if found else [],
            per_month,
            spec,
        )
    ]

    registering = {
        int(r.month): r.branches for r in queries.registering(ctx.conn, ctx.f, ctx.within)
    }
    reg_rows = [(wording.month(m), registering.get(m, 0)) for m in months] if registering else []

    def per_month_ido(rows: list[tuple[Any, ...]], hidden: bool) -> str:
        last = rows[-1]
        counts = shown([r[1] for r in rows])
        most = max(counts, default=0)
        told = "verborgen" if last[1] is None else n(last[1])
        return (
            f"In {last[0]} registreerden {told} IDO's; "
            f"het hoogste aantal in een maand was {n(most)}."
        )

    ido_cols = (Column("maand", "Maand"), Column("idos", "IDO's die registreerden", "count"))
    spec = chart("bar", "maand", "idos", x_title="Maand", y_title="IDO's", horizontal=False)
    tables.append(
        table(
            ctx,
            "registrerend",
            "IDO's die registreerden, per maand",
            ido_cols,
            reg_rows,
            per_month_ido,
            spec,
        )
    )

    visits = sum(v for v, _ in found.values())
    asked = sum(q for _, q in found.values())
    total_cols = (Column("wat", "Wat"), Column("aantal", "Aantal", "count"))
    total_rows: list[tuple[Any, ...]] = [("Bezoeken", visits), ("Vragen", asked)] if found else []

    def totals(rows: list[tuple[Any, ...]], hidden: bool) -> str:
        v, q = rows[0][1], rows[1][1]
        if v is None or q is None:
            return "De totalen zijn te klein om te tonen."
        per = f"; gemiddeld {n(round(q / v, 1))} vragen per bezoek" if v else ""
        return f"In deze keuze {n(v)} bezoeken met {n(q)} vragen{per}."

    tables.append(table(ctx, "totalen", "Totalen", total_cols, total_rows, totals))

    if ctx.visibility.viewer.role is Role.ORGANISATION:
        nation = replace(
            ctx.f,
            provinces=frozenset(),
            municipalities=frozenset(),
            organisations=frozenset(),
            branches=frozenset(),
        )
        national = {int(r.month): (r.visits, r.questions) for r in queries.months(ctx.conn, nation)}
        nat_rows = (
            [(wording.month(m), *national.get(m, (0, 0))) for m in months] if national else []
        )
        cols = (
            Column("maand", "Maand"),
            Column("bezoeken", "Bezoeken landelijk", "count"),
            Column("vragen", "Vragen landelijk", "count"),
        )
        spec = _per_month_chart()
        tables.append(
            table(ctx, "landelijk", "Landelijk ter vergelijking", cols, nat_rows, per_month, spec)
        )
    return tables


# -- kanaal -----------------------------------------------------------------------------------


def kanaal(ctx: Context) -> list[Table]:
    """Visits and questions per channel, visits per duration, and both crossed."""
    conn, f, within = ctx.conn, ctx.f, ctx.within
    by_channel = sorted(
        queries.visits_by(conn, f, "channel", within=within),
        key=lambda r: ctx.order("channel")(r.channel),
    )
    rows: list[tuple[Any, ...]] = [
        (ctx.label("channel", r.channel), int(r.visits), int(r.questions)) for r in by_channel
    ]
    cols: tuple[Column, ...] = (
        Column("kanaal", "Kanaal"),
        Column("bezoeken", "Bezoeken", "count"),
        Column("vragen", "Vragen", "count"),
    )

    def channels(rows: list[tuple[Any, ...]], hidden: bool) -> str:
        counted = [(r[0], r[1]) for r in rows if r[1] is not None]
        if not counted:
            return NONE_SHOWN
        label, most = max(counted, key=lambda p: p[1])
        return f"Het kanaal met de meeste bezoeken: {label.lower()} ({n(most)})."

    spec = chart("bar", "kanaal", "bezoeken", x_title="Kanaal", y_title="Bezoeken")
    tables = [table(ctx, "kanalen", "Bezoeken per kanaal", cols, rows, channels, spec)]

    by_duration = sorted(
        queries.visits_by(conn, f, "duration", within=within),
        key=lambda r: ctx.order("duration")(r.duration),
    )
    rows = [(ctx.label("duration", r.duration), int(r.visits)) for r in by_duration]
    cols = (Column("duur", "Duur"), Column("bezoeken", "Bezoeken", "count"))
    spec = chart("bar", "duur", "bezoeken", x_title="Duur", y_title="Bezoeken", horizontal=False)
    tables.append(
        table(
            ctx, "duur", "Bezoeken per duur", cols, rows, top_summary("bezoeken", "duurden"), spec
        )
    )

    both = queries.visits_by(conn, f, "channel", "duration", within=within)
    ch, du = ctx.order("channel"), ctx.order("duration")
    both = sorted(both, key=lambda r: (ch(r.channel), du(r.duration)))
    rows = [
        (ctx.label("channel", r.channel), ctx.label("duration", r.duration), int(r.visits))
        for r in both
    ]
    cols = (
        Column("kanaal", "Kanaal"),
        Column("duur", "Duur"),
        Column("bezoeken", "Bezoeken", "count"),
    )

    def crossed(rows: list[tuple[Any, ...]], hidden: bool) -> str:
        counted = [r for r in rows if r[2] is not None]
        if not counted:
            return NONE_SHOWN
        channel, duration, most = max(counted, key=lambda r: r[2])
        return f"Het vaakst: {channel.lower()}, {duration.lower()} ({n(most)} bezoeken)."

    spec = chart(
        "bar",
        "kanaal",
        "bezoeken",
        x_title="Kanaal",
        y_title="Bezoeken",
        colour_key="duur",
        colour_title="Duur",
        series=[label for _, label in ctx.choices("duration")],
    )
    tables.append(
        table(ctx, "kanaal-en-duur", "Bezoeken per kanaal en duur", cols, rows, crossed, spec)
    )
    return tables


# -- tijd -------------------------------------------------------------------------------------


def tijd(ctx: Context) -> list[Table]:
    """Visits per local weekday and hour, and per weekday and per hour alone."""
    cells = {
        (int(r.weekday), int(r.hour)): int(r.visits)
        for r in queries.week(ctx.conn, ctx.f, ctx.within)
    }
    rows = [(wording.weekday(d), wording.hour(h), v) for (d, h), v in sorted(cells.items())]
    cols = (Column("dag", "Dag"), Column("uur", "Uur"), Column("bezoeken", "Bezoeken", "count"))

    def busiest(rows: list[tuple[Any, ...]], hidden: bool) -> str:
        counted = [r for r in rows if r[-1] is not None]
        if not counted:
            return NONE_SHOWN
        *what, most = max(counted, key=lambda r: r[-1])
        return f"Het drukst: {' om '.join(what)} ({n(most)} bezoeken)."

    spec = chart(
        "heatmap",
        "uur",
        "dag",
        "bezoeken",
        x_title="Uur",
        y_title="Dag",
        value_title="Bezoeken",
        x_order=sorted({row[1] for row in rows}),
        y_order=list(wording.WEEKDAYS),
    )
    tables = [
        table(ctx, "week", "Bezoeken per dag en uur (plaatselijke tijd)", cols, rows, busiest, spec)
    ]
    days: dict[int, int] = {}
    hours: dict[int, int] = {}
    for (d, h), v in cells.items():
        days[d] = days.get(d, 0) + v
        hours[h] = hours.get(h, 0) + v
    day_rows = [(wording.weekday(d), days[d]) for d in sorted(days)]
    spec = chart("bar", "dag", "bezoeken", x_title="Dag", y_title="Bezoeken", horizontal=False)
    tables.append(
        table(
            ctx,
            "per-dag",
            "Bezoeken per dag van de week",
            (Column("dag", "Dag"), Column("bezoeken", "Bezoeken", "count")),
            day_rows,
            busiest,
            spec,
        )
    )
    hour_rows = [(wording.hour(h), hours[h]) for h in sorted(hours)]
    spec = chart("bar", "uur", "bezoeken", x_title="Uur", y_title="Bezoeken", horizontal=False)
    tables.append(
        table(
            ctx,
            "per-uur",
            "Bezoeken per uur van de dag",
            (Column("uur", "Uur"), Column("bezoeken", "Bezoeken", "count")),
            hour_rows,
            busiest,
            spec,
        )
    )
    return tables


# -- gezondheid -------------------------------------------------------------------------------


def gezondheid(ctx: Context) -> list[Table]:
    """Visits received per month, then silent branches and desks, clocks, refusals, quiet IDOs.

    The monthly table counts visits stored, voided, corrected, tallied and entered later; the
    rest comes from :mod:`sync.central.figures.health_tables`.
    """
    found = queries.health(ctx.conn, ctx.f, ctx.within)
    rows = [
        (
            wording.month(r.month),
            int(r.recorded),
            int(r.voided),
            int(r.corrected),
            int(r.tally),
            int(r.backdated),
        )
        for r in found
    ]
    cols = (
        Column("maand", "Maand"),
        Column("opgeslagen", "Bezoeken ontvangen", "count"),
        Column("ingetrokken", "Ingetrokken", "count"),
        Column("gecorrigeerd", "Gecorrigeerd", "count"),
        Column("geturfd", "Geturfd", "count"),
        Column("later", "Een uur of later ingevoerd", "count"),
    )

    def stored(rows: list[tuple[Any, ...]], hidden: bool) -> str:
        total = sum(shown([r[1] for r in rows]))
        voided = sum(shown([r[2] for r in rows]))
        corrected = sum(shown([r[3] for r in rows]))
        return (
            f"{n(total)} bezoeken ontvangen, waarvan {n(voided)} ingetrokken en "
            f"{n(corrected)} gecorrigeerd."
        )

    received = table(ctx, "ontvangst", "Ontvangen registraties per maand", cols, rows, stored)
    return [received, *health_tables.tables(ctx)]


BUILDERS: dict[str, Callable[[Context], list[Table]]] = {
    "overzicht": overzicht,
    "opzet": setup_tables.opzet,
    "vragen": question_tables.vragen,
    "hulp": question_tables.hulp,
    "kanaal": kanaal,
    "tijd": tijd,
    "bezoekers": survey_tables.bezoekers,
    "belastinghulp": planning_tables.belastinghulp,
    "gezondheid": gezondheid,
}


def _per_month_chart() -> dict[str, Any]:
    """Visits and questions per month as two lines (the overview's own and the nation's)."""
    return chart(
        "line",
        "maand",
        "bezoeken",
        "vragen",
        x_title="Maand",
        y_title="Aantal",
        series_titles=["Bezoeken", "Vragen"],
    )
