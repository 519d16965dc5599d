"""The dashboard's views as tables: what a page shows, a download holds and the API returns.

A *view* (overzicht, vragen, ...) is a titled list of :class:`Table`\\ s, each the numbers of one
chart: labelled columns, rows already in the viewer's words (catalogue labels, month names),
small counts already hidden for the public (:meth:`Visibility.shown` gives None: shown as
"<5" on the page, empty in a download). The page renders each table as an accessible table
with its one-line summary and its chart (a Vega-Lite specification from :mod:`kiosk.charts`);
a download writes the same rows as CSV or XLSX; the JSON API returns them as they are; the
accountability report puts several views' tables in a PDF and an XLSX. One place builds the
numbers, so the four never disagree.

:func:`build_view` is the one entry: a view's name, a :class:`~sync.central.figures.queries.Filter`
(parsed from the URL by :mod:`sync.central.figures.params`), the viewer's
:class:`~sync.central.accounts.scope.Visibility` and the catalogue labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

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
