"""What the clerk sees when something unexpected goes wrong: a plain message, in their language.

The traceback goes to ``crash.log`` and the log file; the screen never shows it.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kiosk.logs import write_crash
from kiosk.paths import app_paths
from ui.marks import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

#: The Dutch source; :func:`message` gives it in the chosen language.
MESSAGE = QT_TRANSLATE_NOOP(
    "Crash",
    "Er ging iets onverwachts mis. Uw opgeslagen registraties zijn veilig.\n\n"
    "De fout is vastgelegd voor de ICT-afdeling (crash.log). Probeer het opnieuw; "
    "blijft het misgaan, start IDO Kiosk dan opnieuw.",
)


def message() -> str:
    """Return the crash message in the current language."""
    return QCoreApplication.translate("Crash", MESSAGE)


def report_bug(error: BaseException, parent: QWidget | None = None) -> None:
    """Log *error* to the crash log and show the plain message."""
    write_crash(app_paths().crash_log, type(error), error, error.__traceback__)
    log.error("Unexpected error", exc_info=(type(error), error, error.__traceback__))
    show_message(parent)


def show_message(parent: QWidget | None = None) -> None:
    """Show the crash message (never a traceback)."""
    if "pytest" in sys.modules and parent is None:
        return  # no modal dialogs in unattended tests without a parent to own them
    box = QMessageBox(QMessageBox.Icon.Warning, "IDO Kiosk", message(), parent=parent)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.open()


class CrashNotifier(QObject):
    """Carries crash notices from any thread to the GUI thread.

    Signals:
        crashed(object): an uncaught exception was written to the crash log.
    """

    crashed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        """Connect the signal so the message shows on the GUI thread."""
        super().__init__(parent)
        self.crashed.connect(lambda _error: show_message(None), Qt.ConnectionType.QueuedConnection)
