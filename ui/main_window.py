"""The main window: shown at once, filled when the database is open.

The window appears before SQLModel is even imported (start-up feels instant); the database opens
on a background thread and the window then shows the first-start form or the registration
screen. The status bar shows the location, the connection and how many records wait.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.paths import AppPaths

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.locations import DeskInfo, LocationInput
    from ui.registration_page import RegistrationPage
    from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The application window.

    Signals:
        ready(): the registration screen is shown with its data and can save a visit.
        failed(str): the database could not be opened (Dutch message shown).
    """

    ready = Signal()
    failed = Signal(str)
    _opened = Signal(object)

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        """Show a light window now; open the data in :meth:`start`."""
        super().__init__(parent)
        self.paths = paths
        self.kiosk: Kiosk | None = None
        self.runner: TaskRunner | None = None
        self.registration: RegistrationPage | None = None
        self.setWindowTitle(self.tr("IDO Kiosk – registratie Informatiepunt Digitale Overheid"))
        self.resize(1366, 768)
        self.pages = QStackedWidget(self)
        self.banner = QLabel(self)
        self.banner.setObjectName("demoBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.hide()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.loading = QLabel(self.tr("IDO Kiosk wordt geopend …"), self)
        self.loading.setObjectName("pageTitle")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.loading)
        self.location_label = QLabel(self)
        self.location_label.setObjectName("statusLocation")
        self.connection_label = QLabel(
            self.tr("● Offline: registraties worden lokaal bewaard"), self
        )
        self.connection_label.setObjectName("statusConnection")
        self.connection_label.setToolTip(
            self.tr("Synchroniseren met de centrale server komt in een volgende versie.")
        )
        self.waiting_label = QLabel(self)
        self.waiting_label.setObjectName("statusWaiting")
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.connection_label)
        self.statusBar().addPermanentWidget(self.waiting_label)
        self._opened.connect(self._on_opened, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        """Open the database on a background thread (imports SQLModel there too)."""
        threading.Thread(target=self._open, name="kiosk-open", daemon=True).start()

    def _open(self) -> None:
        try:
            from kiosk.app import Kiosk

            self._opened.emit(Kiosk.open(self.paths))
        except Exception as exc:  # reported on screen in Dutch, traceback to the log
            log.exception("Opening the database failed")
            self._opened.emit(exc)

    def _on_opened(self, result: Any) -> None:
        if isinstance(result, Exception):
            from kiosk.errors import StorageError

            message = (
                str(result)
                if isinstance(result, StorageError)
                else self.tr(
                    "De gegevens konden niet worden geopend. Waarschuw de ICT-afdeling; "
                    "details staan in het logbestand."
                )
            )
            self.loading.setText(message)
            self.loading.setWordWrap(True)
            self.failed.emit(message)
            return
        from ui.tasks import TaskRunner

        self.kiosk = result
        self.runner = TaskRunner(self)
        self.runner.bug.connect(self._on_bug)
        desk = result.locations.current()
        if desk is None:
            self._show_setup()
        else:
            self._show_registration(desk)

    def _show_setup(self) -> None:
        from ui.setup_page import SetupPage

        assert self.kiosk is not None
        page = SetupPage(self.kiosk.catalogues.current, self)
        page.submitted.connect(lambda answers: self._create_location(answers, demo=False))
        page.demo_requested.connect(self._create_demo)
        self.setup_page = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.location_label.setText(self.tr("Nog niet ingesteld"))

    def _create_demo(self) -> None:
        from kiosk.locations import demo_location

        self._create_location(demo_location(), demo=True)

    def _create_location(self, answers: LocationInput, *, demo: bool) -> None:
        assert self.kiosk is not None and self.runner is not None
        locations = self.kiosk.locations
        self.runner.submit(
            lambda: locations.create(answers, demo=demo),
            self._show_registration,
            lambda error: self.setup_page.show_error(str(error)),
        )

    def _show_registration(self, desk: DeskInfo) -> None:
        from ui.registration_page import RegistrationPage

        assert self.kiosk is not None and self.runner is not None
        page = RegistrationPage(self.kiosk, desk, self.runner, self)
        page.waiting_changed.connect(self._show_waiting)
        self.registration = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.location_label.setText(f"{desk.organisation} · {desk.ido_name} · {desk.desk_name}")
        self.banner.setVisible(desk.is_demo)
        self.banner.setText(
            self.tr("DEMOLOCATIE: om te proberen. Deze registraties tellen niet mee.")
        )
        page.editor.topics.filter.setFocus()
        page.refreshed.connect(self._on_first_refresh, Qt.ConnectionType.SingleShotConnection)

    def _on_first_refresh(self) -> None:
        self.ready.emit()

    def _show_waiting(self, count: int) -> None:
        from kiosk.registration import WAITING_CAP

        shown = f"{count:,}".replace(",", ".") + ("+" if count >= WAITING_CAP else "")
        self.waiting_label.setText(
            self.tr("Alles verzonden")
            if count == 0
            else self.tr("{n} wachten op verzending").format(n=shown)
        )

    def _on_bug(self, error: BaseException) -> None:
        from ui.crash import report_bug

        report_bug(error, self)

    def closeEvent(self, event: Any) -> None:
        """Let queued saves finish, then close the database."""
        if self.runner is not None:
            self.runner.shutdown()
        if self.kiosk is not None:
            self.kiosk.close()
        super().closeEvent(event)
