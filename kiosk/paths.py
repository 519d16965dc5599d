"""Where IDO Kiosk keeps its files.

One place decides every path. By default the folders come from platformdirs (per user, e.g.
``%LOCALAPPDATA%/IDO Kiosk`` on Windows); the environment variable ``KIOSK_HOME`` moves all of
them under one folder, for tests, portable installs and support.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "IDO Kiosk"
APP_AUTHOR = "IDO Kiosk"
HOME_ENV = "KIOSK_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The folders and files the app uses; create them with :meth:`ensure`."""

    data_dir: Path
    log_dir: Path
    config_dir: Path

    @property
    def database(self) -> Path:
        """The local SQLite database with every registration and the outbox."""
        return self.data_dir / "kiosk.sqlite3"

    @property
    def catalogue_dir(self) -> Path:
        """Newer catalogue files installed after release (pulled or dropped in by IT)."""
        return self.data_dir / "catalogue"

    @property
    def backup_dir(self) -> Path:
        """The daily backups of the database (:mod:`kiosk.backup`), the newest few kept."""
        return self.data_dir / "backups"

    @property
    def log_file(self) -> Path:
        """The rotating application log."""
        return self.log_dir / "kiosk.log"

    @property
    def crash_log(self) -> Path:
        """Tracebacks of uncaught exceptions and fatal signals, for support."""
        return self.log_dir / "crash.log"

    def ensure(self) -> AppPaths:
        """Create the folders if they do not exist yet and return self."""
        for folder in (self.data_dir, self.log_dir, self.config_dir, self.catalogue_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths(home: Path | str | None = None) -> AppPaths:
    """Return the app's paths: under *home*, else under ``$KIOSK_HOME``, else platformdirs."""
    root = home if home is not None else os.environ.get(HOME_ENV) or None
    if root is not None:
        base = Path(root).expanduser().resolve()
        return AppPaths(data_dir=base / "data", log_dir=base / "logs", config_dir=base / "config")
    dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)
    return AppPaths(
        data_dir=Path(dirs.user_data_dir),
        log_dir=Path(dirs.user_log_dir),
        config_dir=Path(dirs.user_config_dir),
    )
