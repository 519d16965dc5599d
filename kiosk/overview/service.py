"""The Overzicht's counting service (``Kiosk.overview``)."""

from __future__ import annotations

from collections.abc import Iterator

from kiosk.catalogue import CatalogueSet
from kiosk.clock import Now, system_now
from kiosk.db import Database
from kiosk.overview.figures import DeskFigures, QuestionRow, SeasonFigures
from kiosk.overview.periods import Period


class OverviewService:
    """Counts this desk's visits and the Belastinghulp seasons for the Overzicht and exports."""

    def __init__(self, db: Database, catalogues: CatalogueSet, now: Now = system_now) -> None:
        """Bind the service to a database, the installed catalogues and a clock."""
        self.db = db
        self.catalogues = catalogues
        self.now = now

    def figures(self, period: Period, desk_id: str | None = None) -> DeskFigures:
        """Return the figures of *period* for *desk_id* (None: every visit in the database)."""
        raise NotImplementedError

    def question_rows(self, period: Period) -> Iterator[QuestionRow]:
        """Yield one row per counted question of *period*, by local time then position."""
        raise NotImplementedError

    def seasons(self) -> list[tuple[str, int]]:
        """Return the Belastinghulp seasons as (season_id, year), newest first."""
        raise NotImplementedError

    def season(self, season_id: str) -> SeasonFigures:
        """Return the Belastinghulp figures of season *season_id*."""
        raise NotImplementedError
