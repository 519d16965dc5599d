"""The core assembled: paths, database, catalogues and services for one data directory."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kiosk.catalogue import CatalogueSet, load_catalogues
from kiosk.clock import Now, system_now
from kiosk.db import Database
from kiosk.locations import LocationService
from kiosk.paths import AppPaths
from kiosk.planning.service import PlanningService
from kiosk.registration import RegistrationService

log = logging.getLogger(__name__)


@dataclass
class Kiosk:
    """Everything the UI and the command-line tools need, opened on one data directory."""

    paths: AppPaths
    db: Database
    catalogues: CatalogueSet
    registration: RegistrationService
    locations: LocationService
    planning: PlanningService

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
            locations=LocationService(db, catalogues.current),
            planning=PlanningService(db, now),
        )

    def close(self) -> None:
        """Close the database."""
        self.db.close()
