"""``ido-kiosk diagnostics --out FILE.zip``: the helpdesk's diagnostics zip without a screen.

The same zip as the Synchronisatie screen's button (:mod:`ui.diagnostics_export`): versions,
outbox summary, settings without secrets and the logs, with no personal data. It works when
the data will not open (a damaged or newer database): the zip then has the logs and says why
the database parts are missing. A name not ending in ``.zip`` exits 2; a file that cannot be
written (full disk, no such folder) says why and exits 1, leaving no half file.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kiosk.logs import setup_logging, write_crash
from kiosk.paths import app_paths

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_diagnostics_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``diagnostics`` command to the ``ido-kiosk`` command line."""
    diagnostics = commands.add_parser(
        "diagnostics",
        help=QCoreApplication.translate(
            "Cli", "maak een zip-bestand voor de helpdesk (zonder persoonsgegevens)"
        ),
    )
    diagnostics.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="BESTAND",
        help=QCoreApplication.translate("Cli", "een .zip-bestand"),
    )


def run_diagnostics(args: argparse.Namespace) -> int:
    """Write the diagnostics zip *args* ask for; return the exit code."""
    from kiosk.app import Kiosk
    from ui.diagnostics_export import environment, outcome, read, writer
    from ui.words.report import crashed_text

    out: Path = args.out
    if out.suffix.lower() != ".zip":
        print(
            QCoreApplication.translate("Cli", "Kies een bestand dat eindigt op .zip."),
            file=sys.stderr,
        )
        return EXIT_USAGE
    paths = app_paths()
    setup_logging(paths.log_file)
    try:
        app: Kiosk | None = Kiosk.open(paths)
    except Exception:  # damaged or newer data: the logs still go to the helpdesk
        log.exception("Diagnostics: the data did not open")
        app = None
    try:
        written, error = writer(paths, read(app), environment(), out)
    except Exception as exc:  # a bug: the traceback goes to the crash log, never the terminal
        log.exception("ido-kiosk diagnostics failed")
        write_crash(paths.crash_log, type(exc), exc, exc.__traceback__)
        print(crashed_text(paths.crash_log), file=sys.stderr)
        return EXIT_FAILED
    finally:
        if app is not None:
            app.close()
    print(outcome(written, error), file=sys.stdout if written is not None else sys.stderr)
    return EXIT_OK if written is not None else EXIT_FAILED
