"""The Synchronisatie screen's export for support: where to save it, writing it, what to say.

Support gets every record not accepted yet: the problems and what still waits. The file is
written on the database lane; an unwritable place gives a plain message, never a traceback.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from sync.outbox_store import PROBLEM_STATES
from ui.sync_status import PluralWords

if TYPE_CHECKING:
    from kiosk.db import Database
    from sync.state import SyncStatus

log = logging.getLogger(__name__)
#: Support gets everything not accepted yet: the problems and what still waits.
EXPORT_STATES = (*PROBLEM_STATES, "pending", "inflight")
# The words keep the Synchronisatie screen's context ("SyncPage") for Qt Linguist.


def ask_path(parent: QWidget) -> Path | None:
    """Ask where to save the export (in Documents, named by the time); None when cancelled."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    suggested = folder / f"ido-kiosk-export-{datetime.now():%Y%m%d-%H%M}.json"
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SyncPage", "Exporteren voor ondersteuning"),
        str(suggested),
        QCoreApplication.translate("SyncPage", "JSON-bestanden (*.json)"),
    )
    return Path(name) if name else None


def writer(db: Database, status: SyncStatus | None, path: Path) -> tuple[int, OSError | None]:
    """Write the records not accepted yet to *path*: (how many, None) or (0, the OS error).

    Runs on the database lane.
    """
    from sync.outbox_store import OutboxStore

    context = {
        "device_id": getattr(status, "device_id", None),
        "branch_id": getattr(status, "branch_id", None),
        "device_name": getattr(status, "device_name", None),
        "server_url": getattr(status, "server_url", None),
    }
    try:
        return OutboxStore(db).export(path, EXPORT_STATES, context=context), None
    except OSError as exc:  # the clerk chose a place that can't be written, or the disk is full
        log.warning("Export to %s failed: %r", path, exc)
        return 0, exc


def outcome(path: Path, count: int, error: OSError | None) -> str:
    """Say how the export went, in the clerk's words (a failure as every export says it)."""
    if error is not None:
        from ui.words.report import failure_text

        return failure_text(error)
    return PluralWords().exported(count).format(path=path)
