"""The diagnostics export for the helpdesk, as the app and ``ido-kiosk diagnostics`` make it.

The zip itself is the core's (:mod:`kiosk.diagnostics`); this module adds what only the UI
knows (the app's and Qt's versions, the screens' scaling, the language on screen), asks
where to save it, and says how it went in the clerk's words: a full disk or an unwritable
folder in the export's plain sentences (:func:`ui.words.report.failure_text`).
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kiosk.app import Kiosk
    from kiosk.diagnostics import Readings, Written
    from kiosk.paths import AppPaths

log = logging.getLogger(__name__)


def environment() -> dict[str, Any]:
    """Return what the core cannot know: versions, the screens and the language on screen."""
    import PySide6
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    from ui.__main__ import version
    from ui.i18n import current_language

    facts: dict[str, Any] = {
        "app_version": version(),
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "language": current_language(),
    }
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        facts["qt_platform"] = QGuiApplication.platformName()
        facts["screens"] = [
            {
                "scaling": screen.devicePixelRatio(),
                "logical_dpi": round(screen.logicalDotsPerInch()),
                "size": f"{screen.size().width()}x{screen.size().height()}",
            }
            for screen in QGuiApplication.screens()
        ]
    return facts


def ask_path(parent: QWidget) -> Path | None:
    """Ask where to save the zip (in Documents, named by the time); None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    suggested = folder / f"ido-kiosk-diagnose-{datetime.now():%Y%m%d-%H%M}.zip"
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Diagnostics", "Diagnose voor de helpdesk opslaan"),
        str(suggested),
        QCoreApplication.translate("Diagnostics", "Zip-bestanden (*.zip)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")


def read(kiosk: Kiosk | None) -> Readings:
    """Read what the zip needs from the database (on the database lane: quick)."""
    from kiosk.diagnostics import read_database

    return read_database(kiosk)


def writer(
    paths: AppPaths, readings: Readings, facts: dict[str, Any], path: Path
) -> tuple[Written | None, OSError | None]:
    """Write the zip to *path*: (what was written, None) or (None, the OS error).

    The slow part (the logs through the privacy guard, the file's quick check): not on the
    database lane, so the clerk's saves do not wait for it.
    """
    from kiosk.diagnostics import write_readings

    try:
        return write_readings(paths, path, facts, readings), None
    except OSError as error:  # a full disk, a folder that can't be written
        log.warning("Diagnostics to %s failed: %r", path, error)
        return None, error


def outcome(written: Written | None, error: OSError | None) -> str:
    """Say how the export went, in the clerk's words."""
    from ui.words.report import failure_text

    if written is None:
        return failure_text(error if error is not None else OSError())
    text = QCoreApplication.translate(
        "Diagnostics",
        "Diagnose opgeslagen in {path}. Notities en gegevens van bezoekers staan er niet in. "
        "Stuur dit bestand naar de helpdesk.",
    ).format(path=written.path.absolute())
    if written.masked_total:
        masked = QCoreApplication.translate(
            "Diagnostics",
            "%n stukjes tekst leken op persoonsgegevens en zijn onleesbaar gemaakt.",
            None,
            written.masked_total,
        )
        text += " " + masked
    return text
