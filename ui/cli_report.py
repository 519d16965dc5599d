"""``ido-kiosk report``: the Overzicht's export without a screen, for scheduled tasks.

    ido-kiosk report --from 2026-01-01 --to 2026-03-31 --out kwartaal.xlsx
    ido-kiosk report --period quarter --previous --out kwartaal.csv --language en

The same file as the Overzicht's Exporteren (:mod:`kiosk.report.writer`): an XLSX with a
summary in the categories of the national registration, or a CSV of the questions, in Dutch
unless ``--language en``. Bad input (a date not written as ``2026-01-31``, a reversed or too
long range, ``--previous`` without ``--period``, another file type) prints a plain Dutch
sentence and exits 2; a file that cannot be written (full disk, open in Excel, no such
folder) says why and exits 1. A bug goes to the crash log, never as a traceback. Messages are
in the desk's language (:func:`ui.cli.use_language`); the data directory is the app's.
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kiosk.errors import InputError
from kiosk.logs import setup_logging, write_crash
from kiosk.overview.periods import CALENDAR_KINDS, Period, custom, period
from kiosk.paths import app_paths
from ui.words.report import crashed_text, failure_text, for_kiosk, usage_text, written_text

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_report_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``report`` command to the ``ido-kiosk`` command line."""
    report = commands.add_parser(
        "report",
        help=QCoreApplication.translate(
            "Cli", "exporteer de vragen van een periode naar Excel (.xlsx) of CSV"
        ),
    )
    report.add_argument(
        "--from",
        dest="first",
        metavar="DATUM",
        help=QCoreApplication.translate("Cli", "eerste dag, 2026-01-01"),
    )
    report.add_argument(
        "--to",
        dest="last",
        metavar="DATUM",
        help=QCoreApplication.translate("Cli", "laatste dag, 2026-03-31"),
    )
    report.add_argument(
        "--period",
        choices=CALENDAR_KINDS,
        help=QCoreApplication.translate("Cli", "deze dag, week, maand, kwartaal of dit jaar"),
    )
    report.add_argument(
        "--previous",
        action="store_true",
        help=QCoreApplication.translate("Cli", "de vorige periode (met --period)"),
    )
    report.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="BESTAND",
        help=QCoreApplication.translate("Cli", "een .xlsx- of .csv-bestand"),
    )
    report.add_argument(
        "--language",
        choices=("nl", "en"),
        default="nl",
        help=QCoreApplication.translate("Cli", "taal van het bestand (standaard nl)"),
    )


def chosen_period(args: argparse.Namespace, today: date) -> Period:
    """Return the period *args* ask for.

    Raises:
        ValueError: with the Dutch sentence (in the desk's language) for the person.
    """
    dates = (args.first, args.last)
    if args.period is not None:
        if any(d is not None for d in dates):
            raise ValueError(usage_text("period_and_dates"))
        return period(args.period, today, previous=args.previous)
    if args.previous:
        raise ValueError(usage_text("previous_alone"))
    if None in dates:
        raise ValueError(usage_text("no_period"))
    try:
        first, last = (date.fromisoformat(d) for d in dates)
    except ValueError:
        raise ValueError(usage_text("date_format")) from None
    try:
        return custom(first, last)
    except InputError as error:
        raise ValueError(usage_text(error.problems[0].message.code)) from None


def today() -> date:
    """Return today's local date (a test sets another)."""
    return date.today()


def run_report(args: argparse.Namespace) -> int:
    """Write the export *args* ask for; return the exit code."""
    out: Path = args.out
    try:
        chosen = chosen_period(args, today())
        if out.suffix.lower() not in (".xlsx", ".csv"):
            raise ValueError(usage_text("file_type"))
    except ValueError as problem:
        print(problem, file=sys.stderr)
        return EXIT_USAGE
    paths = app_paths()
    setup_logging(paths.log_file)
    from kiosk.app import Kiosk
    from kiosk.report.writer import write_report

    app = Kiosk.open(paths)
    try:
        words, about = for_kiosk(app, chosen, args.language)
        result = write_report(app.overview, chosen, out, app.catalogues, words, about)
    except OSError as error:
        log.warning("Report to %s failed: %r", out, error)
        print(failure_text(error), file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # a bug: the traceback goes to the crash log, never the terminal
        log.exception("ido-kiosk report failed")
        write_crash(paths.crash_log, type(exc), exc, exc.__traceback__)
        print(crashed_text(paths.crash_log), file=sys.stderr)
        return EXIT_FAILED
    finally:
        app.close()
    print(written_text(result))
    return EXIT_OK
