"""The Overzicht page (Ctrl+3): this desk's figures, or the branch's, as charts and tables.

:mod:`~ui.overview.page` is the page, built the first time it is shown; the figures come from
:class:`kiosk.overview.service.OverviewService` on the database lane (the branch's from
:mod:`sync.branch_figures` on the network lane). :mod:`~ui.overview.charts` turns them into
charts (the dashboard's Vega-Lite builders in :mod:`kiosk.charts`) with their tables and a
one-line summary; :mod:`~ui.overview.render` draws a chart as SVG with ``vl_convert`` on a
thread of its own; :mod:`~ui.overview.print` lays the page out for a printer or a PDF.
Nothing here is imported at start-up.
"""
