"""The core assembled: paths, database, catalogues and services for one data directory."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from kiosk.catalogue import CatalogueSet, load_catalogues
from kiosk.clock import Now, system_now
from kiosk.db import Database
from kiosk.locations import LocationService
from kiosk.paths import AppPaths
from kiosk.registration import RegistrationService

if TYPE_CHECKING:
    from kiosk.history import HistoryService
    from kiosk.overview.service import OverviewService
    from kiosk.planning.service import PlanningService
    from kiosk.settings import SettingsService
    from kiosk.survey.service import SurveyService

log = logging.getLogger(__name__)


@dataclass
class Kiosk:
    """Everything the UI and the command-line tools need, opened on one data directory."""

    paths: AppPaths
    db: Database
    catalogues: CatalogueSet
    registration: RegistrationService
    locations: LocationService
    now: Now = system_now

    @classmethod
    def open(cls, paths: AppPaths, now: Now = system_now) -> Kiosk:
        """Create the folders, open (and migrate) the database, load the catalogues."""
        paths.ensure()
        catalogues = load_catalogues(paths.catalogue_dir)
        for problem in catalogues.problems:
            log.warning("Catalogue skipped: %s", problem)
        db = Database(paths.database)
        return cls(
            paths=paths,
            db=db,
            catalogues=catalogues,
            registration=RegistrationService(db, catalogues, now),
            locations=LocationService(db, catalogues.current, now),
            now=now,
        )

    @staticmethod
    def prepare_writes() -> None:
        """Load what a save needs and reading does not: the ORM, the tables, the payload models.

        Opening and the desk screen's reads go without them (start-up); the app calls this
        right after, so the first save does not wait for the imports.
        """
        from sqlmodel import Session  # noqa: F401

        import kiosk.models
        import kiosk.protocol.visits  # noqa: F401

    @cached_property
    def settings(self) -> SettingsService:
        """The desk's settings (idle time, PIN, look, history window)."""
        from kiosk.settings import SettingsService

        return SettingsService(self.db)

    @cached_property
    def history(self) -> HistoryService:
        """Past visits: search, and corrections and voids within the branch's window."""
        from kiosk.history import HistoryService

        return HistoryService.of(self)

    @cached_property
    def planning(self) -> PlanningService:
        """The Belastinghulp planning, imported on first use.

        Most desks register questions all year and plan only in the tax season: the
        registration screen starts without loading the planning code (about 70 ms of imports).
        """
        from kiosk.planning.service import PlanningService

        return PlanningService(self.db, self.now)

    @cached_property
    def overview(self) -> OverviewService:
        """The Overzicht's figures and the exports' rows, imported on first use.

        Start-up never loads the overview code: only the Overzicht page and the exports do.
        """
        from kiosk.overview.service import OverviewService

        return OverviewService(self.db, self.catalogues, self.now)

    @cached_property
    def survey(self) -> SurveyService:
        """The visitor survey: its newest version, and storing answers (imported on first use)."""
        from kiosk.survey.service import SurveyService

        return SurveyService(self.db, self.paths.data_dir, self.now)

    def close(self) -> None:
        """Close the database."""
        self.db.close()
