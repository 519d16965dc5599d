"""The tables of each dashboard view, built from the figures queries.

One function per view (:data:`BUILDERS`), each returning its tables: rows in the viewer's
words (catalogue labels, ``jan 2026``, weekday names), small counts hidden and summaries
written by :func:`~sync.central.figures.tablekit.table`.
:func:`sync.central.figures.views.build_view` is the entry; the set-up view's tables are in
:mod:`sync.central.figures.setup_tables`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from sync.central.accounts.roles import Role
from sync.central.figures import (
    health_tables,
    planning_tables,
    queries,
    setup_tables,
    wording,
)
from sync.central.figures.tablekit import NONE_SHOWN, Context, chart, shown, table, top_summary
from sync.central.figures.views import Column, Table

TOP_TOPICS = 10  # crossed tables of help per topic: the topics asked most
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
    spec = chart(
        "line",
        "maand",
        "bezoeken",
        "vragen",
        x_title="Maand",
        y_title="Aantal",
        series_titles=["Bezoeken", "Vragen"],
    )
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
        spec = chart(
            "line",
            "maand",
            "bezoeken",
            "vragen",
            x_title="Maand",
            y_title="Aantal",
            series_titles=["Bezoeken", "Vragen"],
        )
        tables.append(
            table(ctx, "landelijk", "Landelijk ter vergelijking", cols, nat_rows, per_month, spec)
        )
    return tables


# -- vragen -----------------------------------------------------------------------------------


def _by(ctx: Context, rows: Sequence[Any], list_name: str, key: str) -> list[tuple[Any, ...]]:
    """(label, questions) rows, most asked first."""
    counted = [(getattr(r, key), int(r.questions)) for r in rows]
    counted.sort(key=lambda pair: (-pair[1], ctx.order(list_name)(pair[0])))
    return [(ctx.label(list_name, code), count) for code, count in counted]


def _questions_table(
    ctx: Context, id: str, title: str, heading: str, rows: list[tuple[Any, ...]], verb: str
) -> Table:
    cols = (Column("wat", heading), Column("vragen", "Vragen", "count"))
    spec = chart("bar", "wat", "vragen", x_title=heading, y_title="Vragen")
    return table(ctx, id, title, cols, rows, top_summary("vragen", verb), spec)


def vragen(ctx: Context) -> list[Table]:
    """Questions by topic, kind, organisation and government layer; topics asked together."""
    conn, f, within = ctx.conn, ctx.f, ctx.within
    topics = _by(ctx, queries.questions_by(conn, f, "topic", within=within), "topic", "topic")
    kinds = _by(ctx, queries.questions_by(conn, f, "kind", within=within), "kind", "kind")
    asked = queries.questions_by(conn, f, "organisation", within=within)
    organisations = _by(ctx, asked, "organisation", "organisation")
    version = ctx.catalogues.current.version
    layer_of = {
        str(r.organisation): ctx.catalogues.layer(version, str(r.organisation)) or "overig"
        for r in asked
    }
    layers = _by(ctx, queries.layers(conn, f, layer_of, within), "layer", "layer")
    tables = [
        _questions_table(
            ctx, "onderwerpen", "Vragen per onderwerp", "Onderwerp", topics, "gingen over"
        ),
        _questions_table(
            ctx, "soorten", "Vragen per soort", "Soort vraag", kinds, "waren van de soort"
        ),
        _questions_table(
            ctx, "instanties", "Vragen per instantie", "Instantie", organisations, "gingen over"
        ),
        _questions_table(
            ctx,
            "bestuurslagen",
            "Vragen per bestuurslaag",
            "Bestuurslaag",
            layers,
            "gingen over de laag",
        ),
    ]
    if ctx.visibility.viewer.role is not Role.EXECUTIVE and not f.asked:
        # Pairs are counted per visit, not per organisation: never for one organisation's view.
        pairs = [
            (ctx.label("topic", r.topic_a), ctx.label("topic", r.topic_b), int(r.visits))
            for r in queries.pairs(conn, f, within=within)
        ]
        cols = (
            Column("onderwerp", "Onderwerp"),
            Column("samen_met", "Samen gevraagd met"),
            Column("bezoeken", "Bezoeken", "count"),
        )

        def together(rows: list[tuple[Any, ...]], hidden: bool) -> str:
            counted = [r for r in rows if r[2] is not None]
            if not counted:
                return NONE_SHOWN
            a, b, most = max(counted, key=lambda r: r[2])
            return f"Het vaakst samen gevraagd: {a} en {b}, in {n(most)} bezoeken."

        spec = None  # a pair is two categories: the table says it better than bars
        tables.append(
            table(
                ctx,
                "combinaties",
                "Onderwerpen die samen gevraagd werden",
                cols,
                pairs,
                together,
                spec,
            )
        )
    return tables


# -- hulp -------------------------------------------------------------------------------------


def _crossed(ctx: Context, rows: Sequence[Any], key: str, list_name: str) -> list[tuple[Any, ...]]:
    """(topic, label, questions) rows for the topics asked most, in catalogue order within."""
    per_topic: dict[str, int] = {}
    for r in rows:
        per_topic[r.topic] = per_topic.get(r.topic, 0) + int(r.questions)
    top = sorted(per_topic, key=lambda t: (-per_topic[t], t))[:TOP_TOPICS]
    rank = {t: i for i, t in enumerate(top)}
    order = ctx.order(list_name)
    picked = sorted(
        (r for r in rows if r.topic in rank), key=lambda r: (rank[r.topic], order(getattr(r, key)))
    )
    return [
        (ctx.label("topic", r.topic), ctx.label(list_name, getattr(r, key)), int(r.questions))
        for r in picked
    ]


def hulp(ctx: Context) -> list[Table]:
    """Help given and referrals, in all and for the topics asked most."""
    conn, f, within = ctx.conn, ctx.f, ctx.within
    helped = _by(ctx, queries.help_given(conn, f, within=within), "help", "help")
    referred = _by(ctx, queries.referrals(conn, f, within=within), "referral", "referral")
    tables = [
        _questions_table(ctx, "hulp", "Geboden hulp", "Geboden hulp", helped, "kregen als hulp"),
        _questions_table(
            ctx,
            "doorverwijzingen",
            "Doorverwezen naar",
            "Doorverwezen naar",
            referred,
            "werden doorverwezen naar",
        ),
    ]
    for id, title, rows, key, list_name, heading in (
        (
            "hulp-per-onderwerp",
            "Geboden hulp per onderwerp",
            queries.help_given(conn, f, "topic", within=within),
            "help",
            "help",
            "Geboden hulp",
        ),
        (
            "doorverwijzing-per-onderwerp",
            "Doorverwijzingen per onderwerp",
            queries.referrals(conn, f, "topic", within=within),
            "referral",
            "referral",
            "Doorverwezen naar",
        ),
    ):
        crossed = _crossed(ctx, rows, key, list_name)
        cols = (
            Column("onderwerp", "Onderwerp"),
            Column("soort", heading),
            Column("vragen", "Vragen", "count"),
        )

        def per_topic(rows: list[tuple[Any, ...]], hidden: bool, heading: str = heading) -> str:
            counted = [r for r in rows if r[2] is not None]
            if not counted:
                return NONE_SHOWN
            topic, what, most = max(counted, key=lambda r: r[2])
            return (
                f"Bij de {TOP_TOPICS} meest gevraagde onderwerpen kwam ‘{what}’ het vaakst "
                f"voor bij {topic}: {n(most)} vragen."
            )

        spec = chart(
            "bar",
            "onderwerp",
            "vragen",
            x_title="Onderwerp",
            y_title="Vragen",
            colour_key="soort",
            colour_title=heading,
        )
        tables.append(table(ctx, id, title, cols, crossed, per_topic, spec))
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
    "vragen": vragen,
    "hulp": hulp,
    "kanaal": kanaal,
    "tijd": tijd,
    "belastinghulp": planning_tables.belastinghulp,
    "gezondheid": gezondheid,
}
