"""The desk's self-repair in the app: the check at start, the clerk's message, the daily backup.

:func:`repair_at_start` runs before anything opens the database (:mod:`kiosk.repair`; its
check costs about a millisecond). When it repaired something, :func:`repair_notice` tells
the clerk in plain words what happened and what to do, once the window is on screen.
:class:`DailyBackup` makes the day's backup on the backup lane, a few minutes after the desk
is ready and then whenever a new day has begun; a failed backup is only logged.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from kiosk.clock import system_now
from ui.i18n import short_moment
from ui.tasks import Lane, TaskRunner

if TYPE_CHECKING:  # the core loads on the database lane, not at start (start-up time)
    from kiosk.app import Kiosk
    from kiosk.paths import AppPaths
    from kiosk.repair import RepairOutcome

log = logging.getLogger(__name__)

#: The first backup waits until the desk has settled after start (milliseconds).
FIRST_BACKUP_MS = 3 * 60 * 1000
#: How often the app checks whether a new day's backup is due (milliseconds).
CHECK_EVERY_MS = 60 * 60 * 1000


def repair_at_start(paths: AppPaths) -> RepairOutcome | None:
    """Check the database and repair it if it is damaged; None when nothing was done.

    Never raises: a repair that fails is logged, and opening the database then says what
    is wrong as it always does.
    """
    from kiosk.repair import repair

    try:
        return repair(paths, system_now())
    except Exception:
        log.exception("Repairing the damaged database failed")
        return None


def repair_text(outcome: RepairOutcome) -> str:
    """Return what the clerk is told after a repair: what happened, what to do."""
    if outcome.restored_from is not None:
        first = QCoreApplication.translate(
            "RepairNotice",
            "De gegevens op deze pc waren beschadigd. We hebben de reservekopie van {moment} "
            "teruggezet.",
        ).format(moment=short_moment(outcome.restored_from.astimezone()))
        what = QCoreApplication.translate(
            "RepairNotice",
            "Registraties die al verzonden waren, staan veilig op de server. Wat nog niet "
            "verzonden was, is bewaard als dat kon en wordt vanzelf verzonden.",
        )
        todo = QCoreApplication.translate(
            "RepairNotice", "U hoeft niets te doen. Meld het wel aan de ICT-helpdesk."
        )
    else:
        first = QCoreApplication.translate(
            "RepairNotice",
            "De gegevens op deze pc waren beschadigd, en er was geen goede reservekopie. "
            "De app begint opnieuw met lege gegevens.",
        )
        what = QCoreApplication.translate(
            "RepairNotice",
            "Registraties die al verzonden waren, staan veilig op de server. Het beschadigde "
            "bestand is bewaard.",
        )
        todo = QCoreApplication.translate(
            "RepairNotice",
            "Waarschuw de ICT-helpdesk: deze pc moet misschien opnieuw worden ingesteld "
            "en gekoppeld.",
        )
    return "\n\n".join((first, what, todo))


def repair_notice(parent: QWidget, outcome: RepairOutcome) -> QMessageBox:
    """Open (window-modal, not blocking) the message about *outcome* over *parent*."""
    box = QMessageBox(parent)
    box.setObjectName("repairNotice")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("RepairNotice", "Gegevens hersteld"))
    box.setText(repair_text(outcome))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(QCoreApplication.translate("RepairNotice", "Gegevens hersteld"))
    box.setAccessibleDescription(box.text())
    box.open()
    return box


class DailyBackup(QObject):
    """Makes the day's backup on the backup lane (see the module text); no signals."""

    def __init__(self, parent: QObject, runner: TaskRunner, kiosk: Kiosk) -> None:
        """Check after :data:`FIRST_BACKUP_MS`, then every :data:`CHECK_EVERY_MS`."""
        super().__init__(parent)
        self.runner = runner
        self.kiosk = kiosk
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.timer.start(FIRST_BACKUP_MS)

    def check(self) -> None:
        """Make the backup if it is due (on the backup lane); then wait for the next check."""
        self.timer.start(CHECK_EVERY_MS)
        if self._busy:
            return
        self._busy = True
        kiosk = self.kiosk
        self.runner.submit(
            lambda: _backup(kiosk, system_now()),
            self._finished,
            self._failed,
            lane=Lane.BACKUP,
            expected=(Exception,),
            owner=self,
        )

    def _finished(self, _made: object) -> None:
        self._busy = False

    def _failed(self, error: Exception) -> None:
        self._busy = False
        log.warning("Daily backup failed: %r", error)


def _backup(kiosk: Kiosk, now: datetime) -> object:
    from kiosk.backup import backup_if_due

    keep = kiosk.settings.read().backups_kept
    return backup_if_due(kiosk.paths.database, kiosk.paths.backup_dir, keep=keep, now=now)
