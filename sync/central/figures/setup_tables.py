"""The tables of the set-up view (opzet): the IDOs by form, place, hours and staffing.

The set-ups are those valid on the period's last day (:func:`sync.central.figures.setups.
last_day`); a viewer who may see branches also gets each IDO in a row of its own.
"""

from __future__ import annotations

from typing import Any

from sync.central.accounts.scope import Level
from sync.central.figures import setups, wording
from sync.central.figures.tablekit import NONE_SHOWN, Context, chart, table, top_summary
from sync.central.figures.views import Column, Table

PLACES = {True: "In de bibliotheek", False: "Buiten de bibliotheek"}
HOURS = {"open": "Openingsuren (vrij binnenlopen)", "appointment": "Spreekuren (op afspraak)"}
STAFF = {"staff": "Bibliotheekmedewerkers", "volunteer": "Vrijwilligers", "partner": "Partners"}
n = wording.number


def _day_text(ctx: Context) -> str:
    return wording.day(setups.last_day(ctx.f))


def _count_table(
    ctx: Context, id: str, title: str, heading: str, counts: dict[str, int], verb: str
) -> Table:
    rows: list[tuple[Any, ...]] = list(counts.items())
    cols = (Column("wat", heading), Column("idos", "IDO's", "count"))
    spec = chart("bar", "wat", "idos", x_title=heading, y_title="IDO's")
    return table(ctx, id, title, cols, rows, top_summary("IDO's", verb), spec)


def opzet(ctx: Context) -> list[Table]:
    """IDOs by form, inside or outside, kind of hours; staff hours; each IDO for branch viewers."""
    found = setups.setups(ctx.conn, ctx.f, ctx.within)
    on = _day_text(ctx)
    forms: dict[str, int] = {}
    places: dict[str, int] = {}
    hours: dict[str, int] = {}
    staff = dict.fromkeys(STAFF.values(), 0)
    order = ctx.order("ido_form")
    for row in sorted(found, key=lambda r: order(r.ido_form)):
        form = ctx.label("ido_form", row.ido_form)
        forms[form] = forms.get(form, 0) + int(row.idos)
        place = PLACES[bool(row.inside_library)]
        places[place] = places.get(place, 0) + int(row.idos)
        kind = HOURS.get(row.hours_kind, row.hours_kind)
        hours[kind] = hours.get(kind, 0) + int(row.idos)
        for code, label in STAFF.items():
            staff[label] += int(getattr(row, code))
    tables = [
        _count_table(ctx, "vormen", f"IDO's per vorm op {on}", "IDO-vorm", forms, "hadden de vorm"),
        _count_table(
            ctx, "plek", f"IDO's binnen en buiten de bibliotheek op {on}", "Plek", places, "waren"
        ),
        _count_table(
            ctx, "uren", f"Soort uren van de IDO's op {on}", "Soort uren", hours, "hadden"
        ),
    ]
    staff_rows: list[tuple[Any, ...]] = list(staff.items()) if found else []
    cols = (Column("wie", "Wie"), Column("uren", "Uren per week", "count"))

    def staffed(rows: list[tuple[Any, ...]], hidden: bool) -> str:
        counted = [r for r in rows if r[1] is not None]
        if not counted:
            return NONE_SHOWN
        total = sum(r[1] for r in counted)
        parts = ", ".join(f"{r[0].lower()} {n(r[1])}" for r in counted)
        return f"Samen {n(total)} uur per week: {parts}."

    spec = chart("bar", "wie", "uren", x_title="Wie", y_title="Uren per week")
    tables.append(
        table(
            ctx, "bezetting", f"Bezetting in uren per week op {on}", cols, staff_rows, staffed, spec
        )
    )
    viewer = ctx.visibility.viewer
    if Level.BRANCH in ctx.visibility.levels and not viewer.is_public:
        tables.append(_each(ctx, on))
    return tables


def _each(ctx: Context, on: str) -> Table:
    rows: list[tuple[Any, ...]] = [
        (
            r.branch_name,
            r.ido_name,
            ctx.label("ido_form", r.ido_form),
            PLACES[r.inside_library],
            HOURS.get(r.hours_kind, r.hours_kind),
            r.hours_per_week,
            ", ".join(f"{STAFF.get(k, k).lower()} {v}" for k, v in r.staffing.items())
            or "niet opgegeven",
            wording.day(r.valid_from),
        )
        for r in setups.setup_rows(ctx.conn, ctx.f, ctx.within)
    ]
    cols = (
        Column("vestiging", "Vestiging"),
        Column("ido", "IDO"),
        Column("vorm", "Vorm"),
        Column("plek", "Plek"),
        Column("soort_uren", "Soort uren"),
        Column("uren_per_week", "Uren per week", "number"),
        Column("bezetting", "Bezetting (uren per week)"),
        Column("sinds", "Opzet geldt sinds"),
    )

    def listed(rows: list[tuple[Any, ...]], hidden: bool) -> str:
        return f"{n(len(rows))} IDO's met hun opzet op {on}."

    return table(ctx, "per-ido", f"Elk IDO op {on}", cols, rows, listed)
