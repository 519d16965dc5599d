"""The tables of the Belastinghulp view: appointments per month and per partner, the waiting list.

Built from :mod:`sync.central.figures.planning` for the view's filter and scope; small counts
are hidden by :func:`~sync.central.figures.tablekit.table` before a summary is written.
:func:`belastinghulp` is the view's builder (``BUILDERS["belastinghulp"]``).
"""

from __future__ import annotations

from typing import Any

from sync.central.figures import planning, wording
from sync.central.figures.tablekit import NONE_SHOWN, Context, chart, shown, table
from sync.central.figures.views import Column, Table

NO_PARTNER = "Zonder partnerorganisatie"
n = wording.number

#: The outcome columns, in the order the tables and the stacked bars show them.
OUTCOMES = (
    ("gekomen", "Gekomen", "attended"),
    ("niet_gekomen", "Niet gekomen", "no_show"),
    ("afgezegd", "Afgezegd", "cancelled"),
    ("open", "Nog open", "booked"),  # to come, or never marked as came or not
)
_COUNTS = (
    Column("plekken", "Plekken aangeboden", "count"),
    Column("afspraken", "Afspraken", "count"),
    *(Column(key, label, "count") for key, label, _ in OUTCOMES),
    Column("inloop", "Inloop zonder afspraak", "count"),
)


def _values(r: Any) -> tuple[int, ...]:
    return (
        int(r.capacity),
        int(r.bookings),
        *(int(getattr(r, name)) for _, _, name in OUTCOMES),
        int(r.walk_ins),
    )


def _outcomes(rows: list[tuple[Any, ...]], hidden: bool) -> str:
    """``Van 1.234 afspraken kwamen er 1.000 (81 %); 100 mensen kwamen niet, 134 zegden af.``"""
    booked = shown([r[2] for r in rows])
    came = shown([r[3] for r in rows])
    missed = shown([r[4] for r in rows])
    cancelled = shown([r[5] for r in rows])
    if not booked:
        return NONE_SHOWN
    total = sum(booked)
    share = f" ({round(100 * sum(came) / total)} %)" if total and not hidden else ""
    text = (
        f"Van {n(total)} afspraken kwamen er {n(sum(came))}{share}; {n(sum(missed))} keer kwam "
        f"iemand niet en {n(sum(cancelled))} afspraken werden afgezegd"
    )
    if hidden:
        text += " (zonder de verborgen aantallen)"
    return text + "."


def _stacked(x_key: str, x_title: str, horizontal: bool) -> dict[str, Any]:
    return chart(
        "stacked_bar",
        x_key,
        [key for key, _, _ in OUTCOMES],
        x_title=x_title,
        y_title="Afspraken",
        series_titles=[label for _, label, _ in OUTCOMES],
        legend_title="Uitkomst",
        horizontal=horizontal,
    )


def belastinghulp(ctx: Context) -> list[Table]:
    """Appointments per month and per partner organisation, and the waiting list per season."""
    per_month = planning.appointments(ctx.conn, ctx.f, ctx.within, by=("month",))
    month_rows = [(wording.month(r.month), *_values(r)) for r in per_month]
    per_partner = planning.appointments(ctx.conn, ctx.f, ctx.within, by=("partner",))
    partner_rows: list[tuple[Any, ...]] = [
        (r.partner or NO_PARTNER, *_values(r))
        for r in sorted(per_partner, key=lambda r: (r.partner is None, (r.partner or "").lower()))
    ]

    def partner_summary(rows: list[tuple[Any, ...]], hidden: bool) -> str:
        counted = [r for r in rows if r[2] is not None]
        if not counted:
            return NONE_SHOWN
        busiest = max(counted, key=lambda r: r[2])
        overall = _outcomes(rows, hidden)
        return f"{overall} De meeste afspraken waren bij {busiest[0]}: {n(busiest[2])}."

    tables = [
        table(
            ctx,
            "afspraken-per-maand",
            "Afspraken per maand",
            (Column("maand", "Maand"), *_COUNTS),
            month_rows,
            _outcomes,
            _stacked("maand", "Maand", horizontal=False),
        ),
        table(
            ctx,
            "afspraken-per-partner",
            "Afspraken per partnerorganisatie",
            (Column("partner", "Partnerorganisatie"), *_COUNTS),
            partner_rows,
            partner_summary,
            _stacked("partner", "Partnerorganisatie", horizontal=True),
        ),
    ]
    waiting = planning.waiting_list(ctx.conn, ctx.f, ctx.within)
    waiting_rows: list[tuple[Any, ...]] = [
        (f"Seizoen {r.year}", int(r.entries), int(r.served), int(r.removed), int(r.waiting))
        for r in waiting
    ]

    def waiting_summary(rows: list[tuple[Any, ...]], hidden: bool) -> str:
        entries, served = shown([r[1] for r in rows]), shown([r[2] for r in rows])
        if not entries:
            return NONE_SHOWN
        return (
            f"{n(sum(entries))} mensen kwamen op de wachtlijst; {n(sum(served))} van hen kregen "
            "later een afspraak" + (" (zonder de verborgen aantallen)." if hidden else ".")
        )

    tables.append(
        table(
            ctx,
            "wachtlijst",
            "Wachtlijst per seizoen",
            (
                Column("seizoen", "Seizoen"),
                Column("op_de_lijst", "Op de wachtlijst", "count"),
                Column("geholpen", "Kregen een afspraak", "count"),
                Column("afgevoerd", "Van de lijst gehaald", "count"),
                Column("wachtend", "Wachten nog", "count"),
            ),
            waiting_rows,
            waiting_summary,
        )
    )
    return tables
