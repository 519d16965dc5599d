"""What every view's table builder uses: the context, charts, and a table made safe.

:func:`table` hides small counts (:func:`~sync.central.figures.suppress.suppress`) before the
one-line summary is written from what is left, so a summary never tells a hidden number;
:func:`chart` asks :mod:`kiosk.charts` for the chart's specification.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.sql.elements import ColumnElement

from kiosk import charts
from kiosk.catalogue import CatalogueSet
from sync.central.accounts.scope import Visibility
from sync.central.figures import wording
from sync.central.figures.queries import Filter
from sync.central.figures.suppress import suppress
from sync.central.figures.views import Column, Table

EMPTY = "Geen gegevens voor deze keuze."
HIDDEN = "verborgen"
NONE_SHOWN = "Alle aantallen zijn te klein om te tonen."
n = wording.number


@dataclass(frozen=True)
class Context:
    """What every builder reads: the connection, filter, scope and catalogue labels."""

    conn: Connection
    f: Filter
    within: ColumnElement[bool] | None
    visibility: Visibility
    catalogues: CatalogueSet

    def label(self, list_name: str, code: Any) -> str:
        """The Dutch label of catalogue *code* (the code itself when unknown)."""
        return self.catalogues.label(list_name, str(code))

    def choices(self, list_name: str) -> list[tuple[str, str]]:
        """The current catalogue's (code, label) options of *list_name*, in its order."""
        catalogue = self.catalogues.current
        if list_name not in catalogue.lists:
            return []
        return [(o.code, o.nl) for o in catalogue.options(list_name)]

    def order(self, list_name: str) -> Callable[[Any], tuple[int, str]]:
        """A sort key putting codes in the catalogue's own order (unknown codes last)."""
        index: dict[str, int] = {}
        for catalogue in self.catalogues:
            if list_name in catalogue.lists:
                for i, option in enumerate(catalogue.options(list_name, include_retired=True)):
                    index.setdefault(option.code, i)
        return lambda code: (index.get(str(code), len(index)), str(code))


def chart(kind: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """A Vega-Lite specification from :mod:`kiosk.charts` (``bar``, ``line``, ``heatmap``).

    Bars and heatmaps say "verborgen" for a hidden count, as the table does.
    """
    if kind in ("bar", "heatmap"):
        kwargs.setdefault("hidden_label", HIDDEN)
    spec: dict[str, Any] = getattr(charts, kind)(*args, **kwargs)
    return spec


def table(
    ctx: Context,
    id: str,
    title: str,
    columns: Sequence[Column],
    rows: list[tuple[Any, ...]],
    summarise: Callable[[list[tuple[Any, ...]], bool], str],
    spec: dict[str, Any] | None = None,
) -> Table:
    """A table with small counts hidden, then summed up from what is left to show."""
    built = suppress(Table(id, title, "", tuple(columns), rows, spec), ctx.visibility.min_count)
    summary = summarise(built.rows, built.hidden > 0) if built.rows else EMPTY
    if built.hidden and not _any_count_shown(built):
        # Nothing left to draw: a chart of empty bars labelled "verborgen" says less than the
        # summary and the table do.
        return replace(built, summary=summary, chart=None)
    return replace(built, summary=summary)


def _any_count_shown(table: Table) -> bool:
    """Whether a count column of *table* shows any number (not every cell hidden)."""
    counts = [i for i, c in enumerate(table.columns) if c.kind == "count"]
    return any(row[i] is not None for row in table.rows for i in counts)


def shown(values: Sequence[Any]) -> list[int]:
    """The counts that are shown (not hidden)."""
    return [v for v in values if v is not None]


def top_summary(noun: str, verb: str) -> Callable[[list[tuple[Any, ...]], bool], str]:
    """A summary of (label, count) rows: ``De meeste vragen gingen over DigiD: 12 van 40.``"""

    def summarise(rows: list[tuple[Any, ...]], hidden: bool) -> str:
        counted = [(r[0], r[-1]) for r in rows if r[-1] is not None]
        if not counted:
            return "Alle aantallen zijn te klein om te tonen."
        label, most = max(counted, key=lambda pair: pair[1])
        total = sum(c for _, c in counted)
        if hidden or not total:
            return f"De meeste {noun} {verb} ‘{label}’: {n(most)}."
        return f"De meeste {noun} {verb} ‘{label}’: {n(most)} van {n(total)}."

    return summarise
