"""``ido-kiosk backup``: a backup of the desk's database now, for IT's scheduled tasks.

The same backup as the app's daily one (:mod:`kiosk.backup`): checked, whole or absent, in
the data folder's ``backups`` folder, the newest N kept (the desk's setting, 7 unless
changed). It works while the app runs. A damaged database gets no backup (it would replace
a good one): the command says so, marks it for repair at the app's next start and exits 1,
as it does for a full disk or a folder it cannot write; a bug goes to the crash log.
"""

from __future__ import annotations

import argparse
import logging

from PySide6.QtCore import QCoreApplication

from kiosk.backup import BackupError, make_backup
from kiosk.clock import system_now
from kiosk.logs import setup_logging, write_crash
from kiosk.paths import AppPaths, app_paths
from kiosk.repair import health, mark_damaged

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED = 0, 1


def add_backup_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``backup`` command to the ``ido-kiosk`` command line."""
    commands.add_parser(
        "backup",
        help=QCoreApplication.translate(
            "Cli", "maak nu een reservekopie van de gegevens (de nieuwste worden bewaard)"
        ),
    )


def run_backup(_args: argparse.Namespace) -> int:
    """Make a backup now; print where it is, or why there is none. Return the exit code."""
    paths = app_paths()
    setup_logging(paths.log_file)
    try:
        return _backup(paths)
    except Exception as exc:  # a bug: the traceback goes to the crash log, never the terminal
        log.exception("ido-kiosk backup failed")
        write_crash(paths.crash_log, type(exc), exc, exc.__traceback__)
        print(
            QCoreApplication.translate("Cli", "Er ging iets mis. Details staan in {path}.").format(
                path=paths.crash_log
            )
        )
        return EXIT_FAILED


def _backup(paths: AppPaths) -> int:
    database, folder = paths.database, paths.backup_dir
    if not database.is_file():
        print(
            QCoreApplication.translate(
                "Cli", "Er zijn nog geen gegevens op deze pc: er is geen reservekopie gemaakt."
            )
        )
        return EXIT_FAILED
    damage = health(database)
    if damage is not None:
        mark_damaged(database, f"ido-kiosk backup: {damage}")
        print(_damaged())
        return EXIT_FAILED
    from kiosk.app import Kiosk

    app = Kiosk.open(paths)
    try:
        keep = app.settings.read().backups_kept
    finally:
        app.close()
    try:
        made = make_backup(database, folder, keep=keep, now=system_now())
    except BackupError as failure:
        log.warning("Backup not made: %s", failure)
        if failure.code == "damaged":
            mark_damaged(database, str(failure))
            print(_damaged())
        elif failure.code == "full":
            print(
                QCoreApplication.translate(
                    "Cli",
                    "De schijf is vol: er is geen reservekopie gemaakt. Eerdere "
                    "reservekopieën zijn bewaard.",
                )
            )
        else:
            print(
                QCoreApplication.translate(
                    "Cli",
                    "De reservekopie kon niet worden geschreven in {folder}. Eerdere "
                    "reservekopieën zijn bewaard.",
                ).format(folder=folder)
            )
        return EXIT_FAILED
    print(QCoreApplication.translate("Cli", "Reservekopie gemaakt: {path}").format(path=made.path))
    return EXIT_OK


def _damaged() -> str:
    return QCoreApplication.translate(
        "Cli",
        "De gegevens op deze pc zijn beschadigd: er is geen reservekopie gemaakt. Start IDO "
        "Kiosk: de app zet dan de laatste goede reservekopie terug.",
    )
