"""The tables of the questions view (vragen) and the help view (hulp).

Questions by topic, kind, organisation and government layer, and the topics asked together;
help given and referrals, in all and for the topics asked most. An executive's filter
names its own organisation, so every table here counts its own questions only (the topics
asked together are counted per visit, not per organisation: never for one organisation).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sync.central.accounts.roles import Role
from sync.central.figures import queries, wording
from sync.central.figures.tablekit import NONE_SHOWN, Context, chart, table, top_summary
from sync.central.figures.views import Column, Table

TOP_TOPICS = 10  # crossed tables of help per topic: the topics asked most
n = wording.number


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
