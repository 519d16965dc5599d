"""The Overzicht: what this desk did in a period, and the Belastinghulp season, as figures.

:mod:`~kiosk.overview.periods` names the periods, :mod:`~kiosk.overview.figures` holds the
results (codes and counts, no words) and :class:`~kiosk.overview.service.OverviewService`
(``Kiosk.overview``) counts them. The package loads only when the Overzicht or an export is
used, never at start-up.
"""
