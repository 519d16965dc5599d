"""Starting the desktop app: Qt application, logging, language, crash handling, the main window."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kiosk.logs import install_excepthook, setup_logging
from kiosk.paths import app_paths
from ui import qtlog
from ui.crash import CrashNotifier
from ui.i18n import install_language, stored_language
from ui.main_window import MainWindow
from ui.theme import apply_theme

if TYPE_CHECKING:
    from kiosk.repair import RepairOutcome
    from ui.single_instance import SingleInstance

log = logging.getLogger(__name__)

_SCREENSHOT_WAIT_MS = 60_000


def _probe(window: MainWindow) -> None:
    def report(what: str) -> None:
        print(f"probe {what} {time.time():.6f}", flush=True)

    QTimer.singleShot(0, lambda: report("window"))  # runs once the first frame is drawn

    def ready() -> None:
        report("ready")
        QApplication.quit()

    window.ready.connect(ready)
    window.failed.connect(lambda _message: QApplication.exit(1))


def _screenshot(window: MainWindow, target: Path) -> None:
    """Save a picture of *window* to *target* once its first page is on screen, then quit.

    The first page is the registration screen once it is ready, or the setup page on a folder
    without a desk. Exit code 0 when the picture is saved, 1 otherwise (the database could not
    be opened, the file could not be written, or nothing was shown within a minute).
    """
    waited = QElapsedTimer()
    waited.start()
    poll = QTimer(window)

    def shoot() -> None:
        poll.stop()
        saved = window.grab().save(str(target), "PNG")
        print(f"screenshot {target}" if saved else f"screenshot failed: {target}", flush=True)
        QApplication.exit(0 if saved else 1)

    def check() -> None:
        if window.pages.currentWidget() is getattr(window, "setup_page", None):
            shoot()
        elif waited.hasExpired(_SCREENSHOT_WAIT_MS):
            poll.stop()
            print("screenshot failed: the window did not finish loading", flush=True)
            QApplication.exit(1)

    window.ready.connect(lambda: QTimer.singleShot(0, shoot))  # after the frame is drawn

    def failed(_message: str) -> None:
        poll.stop()
        print("screenshot failed: the data could not be opened", flush=True)
        QApplication.exit(1)

    window.failed.connect(failed)
    poll.timeout.connect(check)
    poll.start(100)


def _listen(instance: SingleInstance, app: QApplication) -> None:
    if not instance.listen():  # another start at the very same moment: that one stays
        log.info("IDO Kiosk started twice at once for this folder: this one stops")
        app.quit()


def _self_repair(window: MainWindow, repaired: RepairOutcome | None) -> None:
    """Tell the clerk about a repair at start; make the daily backup once the desk is ready."""
    from ui.self_repair import DailyBackup, repair_notice

    if repaired is not None:
        QTimer.singleShot(0, lambda: repair_notice(window, repaired))

    def start_backups() -> None:
        if window.kiosk is not None:
            DailyBackup(window, window.runner, window.kiosk)

    window.ready.connect(start_backups, Qt.ConnectionType.SingleShotConnection)


def make_application(argv: list[str] | None = None) -> QApplication:
    """Create (or reuse) the QApplication with the app's name, font and style."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("IDO Kiosk")
    app.setOrganizationName("IDO Kiosk")
    app.setApplicationDisplayName("IDO Kiosk")
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 11.0))
    app.setFont(font)
    apply_theme(app)
    return app


def run(*, startup_probe: bool = False, screenshot: Path | None = None) -> int:
    """Start the app on the user's data directory and run the event loop.

    With *startup_probe* (used by ``benchmarks/bench_startup.py``) the app prints the wall-clock
    moments when the window is on screen and when it is ready to save, then quits. With
    *screenshot* it saves a picture of the window's first page to that PNG file and quits: proof
    that an install or a bundle has what it needs (Qt plugins, fonts, translations, catalogue).
    """
    paths = app_paths().ensure()
    setup_logging(paths.log_file)
    log.info("IDO Kiosk starting; data in %s", paths.data_dir)
    app = make_application()
    from ui.single_instance import SingleInstance, server_name

    instance = SingleInstance(server_name(paths.data_dir))
    if instance.ask_running():
        log.info("IDO Kiosk already runs for this folder: brought to the front")
        return 0 if screenshot is None else 1
    from ui.self_repair import repair_at_start

    repaired = repair_at_start(paths)  # before anything opens the database
    # The stored language, read before the window is built, so its first frame speaks it.
    install_language(app, stored_language(paths.database))
    qtlog.install()
    notifier = CrashNotifier(app)
    install_excepthook(paths.crash_log, notifier.crashed.emit)
    window = MainWindow(paths)
    instance.activate_requested.connect(window.bring_to_front)
    window.show()
    window.start()
    _self_repair(window, repaired)
    # Listen for later starts once the window is on screen (Qt's network module loads then).
    QTimer.singleShot(0, lambda: _listen(instance, app))
    if startup_probe:
        _probe(window)
    if screenshot is not None:
        _screenshot(window, screenshot)
    code = app.exec()
    instance.close()
    log.info("IDO Kiosk stopped (%s)", code)
    return code
