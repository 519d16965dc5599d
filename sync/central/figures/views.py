"""The dashboard's views as tables: what a page shows, a download holds and the API returns.

A *view* (overzicht, vragen, ...) is a titled list of tables (:class:`Table`), each the numbers
of one chart: labelled columns, rows already in the viewer's words (catalogue labels, month
names), small counts already hidden for the public (None: "verborgen" on the page, empty in a
download). The page renders each table as an accessible table with its one-line summary and
its chart (a Vega-Lite specification from :mod:`kiosk.charts`); a download writes the same
rows as CSV or XLSX; the JSON API returns them as they are; the accountability report puts
several views' tables in a PDF and an XLSX. One place builds the numbers, so the four never
disagree.

:func:`build_view` is the one entry: a view's name (:data:`VIEWS`), a
:class:`~sync.central.figures.queries.Filter` (parsed from the URL by
:mod:`sync.central.figures.params`), the viewer's
:class:`~sync.central.accounts.scope.Visibility` and the catalogue labels. The tables of each
view are built in :mod:`sync.central.figures.builders`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from sync.central.accounts.roles import Role

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.sql.elements import ColumnElement

    from kiosk.catalogue import CatalogueSet
    from sync.central.accounts.scope import Visibility
    from sync.central.figures.queries import Filter

#: What a column holds: a label (text), a count (whole number, may be hidden: None), a share.
Kind = Literal["text", "count", "number", "percent"]


@dataclass(frozen=True)
class Column:
    """One column of a :class:`Table`: its key (CSV/JSON name), Dutch heading and kind."""

    key: str
    label: str
    kind: Kind = "text"


@dataclass(frozen=True)
class Table:
    """The numbers of one chart.

    ``rows`` hold one value per column, in order; a hidden count is None. ``summary`` is the
    one-line reading of the chart in Dutch ("De meeste vragen gingen over DigiD: 1.234 van
    5.678."). ``chart`` is the Vega-Lite specification without its data (the page adds the
    rows as ``data.values`` keyed by column key), or None for a table without a chart.
    ``hidden`` counts the cells hidden for small numbers (the page says so).
    """

    id: str
    title: str
    summary: str
    columns: tuple[Column, ...]
    rows: list[tuple[Any, ...]]
    chart: dict[str, Any] | None = None
    hidden: int = 0

    def records(self) -> list[dict[str, Any]]:
        """The rows as dicts keyed by column key (the chart's data, the API's rows)."""
        keys = [c.key for c in self.columns]
        return [dict(zip(keys, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class View:
    """One dashboard view for one filter and viewer: its tables and up to when they run."""

    slug: str
    title: str
    tables: list[Table]
    through: datetime | None
    notes: list[str] = field(default_factory=list)  # e.g. what the filter could not apply


_EVERYONE: frozenset[Role | None] = frozenset({None, *Role})
_NOT_EXECUTIVE = _EVERYONE - {Role.EXECUTIVE}


@dataclass(frozen=True)
class ViewSpec:
    """A view's Dutch title and introduction, and who may open it.

    ``roles`` are the accounts' roles that may (None: the public); ``desks`` whether a desk
    may read it for its own branch through the JSON API (a desk never opens a page).
    """

    slug: str
    title: str
    intro: str
    roles: frozenset[Role | None]
    desks: bool = True

    def may_open(self, visibility: Visibility) -> bool:
        """Whether the viewer of *visibility* may open this view."""
        viewer = visibility.viewer
        if viewer.is_device:
            return self.desks
        return viewer.role in self.roles


def _spec(
    slug: str, title: str, intro: str, roles: frozenset[Role | None], *, desks: bool = True
) -> ViewSpec:
    return ViewSpec(slug, title, intro, roles, desks)


#: Every view by its slug (its address, ``/dashboard/<slug>``), in the navigation's order.
VIEWS: dict[str, ViewSpec] = {
    spec.slug: spec
    for spec in (
        _spec(
            "overzicht",
            "Overzicht",
            "Bezoeken en vragen per maand sinds de eerste registratie, en hoeveel IDO's "
            "registreren.",
            _NOT_EXECUTIVE,
        ),
        _spec(
            "opzet",
            "Opzet van de IDO's",
            "Vorm, plek, openingsuren en bezetting van de IDO's.",
            _NOT_EXECUTIVE,
        ),
        _spec(
            "vragen",
            "Vragen",
            "Waar de vragen over gingen: onderwerp, soort, instantie en bestuurslaag, en welke "
            "onderwerpen samen gevraagd werden.",
            _EVERYONE,
        ),
        _spec(
            "hulp",
            "Hulp en doorverwijzing",
            "Welke hulp de bezoekers kregen en waarheen zij werden doorverwezen.",
            _EVERYONE,
        ),
        _spec(
            "kanaal",
            "Kanaal en duur",
            "Hoe de bezoekers het IDO bereikten en hoe lang de hulp duurde.",
            _NOT_EXECUTIVE,
        ),
        _spec(
            "tijd",
            "Dag en uur",
            "Wanneer de bezoekers kwamen, in de plaatselijke tijd van het bezoek.",
            _NOT_EXECUTIVE,
        ),
        _spec(
            "bezoekers",
            "Bezoekers aan het woord",
            "Wat bezoekers zelf zeggen in de korte vragenlijst aan de balie: of zij goed "
            "geholpen zijn, of zij het de volgende keer zelf kunnen, hoe zij het IDO vonden en "
            "hoe oud zij zijn. Anoniem: zonder naam, zonder tijd, los van het bezoek.",
            _NOT_EXECUTIVE,
        ),
        _spec(
            "belastinghulp",
            "Belastinghulp",
            "Afspraken voor hulp bij de belastingaangifte: geboekt, gekomen, niet gekomen en "
            "afgezegd, per partnerorganisatie.",
            _NOT_EXECUTIVE,
        ),
        _spec(
            "gezondheid",
            "Gegevenskwaliteit",
            "Of alle vestigingen en balies hun registraties sturen: stille vestigingen, "
            "klokwaarschuwingen, geweigerde gegevens.",
            frozenset({Role.NATIONAL, Role.ORGANISATION, Role.MUNICIPALITY}),
            desks=False,  # about desks and their syncing: for the people who look after them
        ),
    )
}

#: What a note says when a filter does not narrow every table of a view.
ASKED_NOTE = "De keuze voor een instantie of bestuurslaag geldt alleen voor de cijfers over vragen."
PENDING_NOTE = "De cijfers van deze pagina zijn nog niet beschikbaar."


def within_of(visibility: Visibility) -> ColumnElement[bool] | None:
    """The branch clause the figures of *visibility* are read within (None: every branch).

    The public, national and executive viewers read every branch's figures (the areas'
    sums): the public sees aggregates only, an executive its own questions only.
    """
    viewer = visibility.viewer
    if viewer.is_device or viewer.role in (Role.ORGANISATION, Role.MUNICIPALITY):
        return visibility.branch_clause()
    return None


def build_view(
    conn: Connection, slug: str, f: Filter, visibility: Visibility, catalogues: CatalogueSet
) -> View:
    """The view *slug* for filter *f* as *visibility*'s viewer may see it.

    Raises KeyError for an unknown *slug* and
    :class:`~sync.central.figures.params.FilterError` (403) when the viewer may not open it.
    Small counts are hidden in every table (:func:`~sync.central.figures.suppress.suppress`).
    """
    from sync.central.figures import builders, queries, tablekit
    from sync.central.figures.params import OUTSIDE, FilterError

    spec = VIEWS[slug]
    if not spec.may_open(visibility):
        raise FilterError(403, OUTSIDE)
    if visibility.viewer.role is Role.EXECUTIVE:
        f = replace(f, asked=frozenset({visibility.viewer.scope or ""}))
    ctx = tablekit.Context(conn, f, within_of(visibility), visibility, catalogues)
    tables = builders.BUILDERS[slug](ctx)
    notes: list[str] = []
    if not tables:
        notes.append(PENDING_NOTE)
    elif f.asked and visibility.viewer.role is not Role.EXECUTIVE and slug != "vragen":
        notes.append(ASKED_NOTE)
    return View(slug, spec.title, tables, queries.through(conn), notes)
