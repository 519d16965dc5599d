"""The main window: shown at once, filled when the database is open.

The window appears before SQLAlchemy is even imported (start-up feels instant); the database
opens on the database lane of the window's :class:`~ui.tasks.TaskRunner`, which every screen
gets from here, and the window then shows the first-start form or the registration screen. The
status bar shows the location, the connection and how many records wait.

Sync starts once the registration screen is ready (:class:`ui.window_sync.SyncWindow`); the
desk's settings, the idle screen (Ctrl+Shift+L), the settings (Ctrl+,), the help (F1) and kiosk
mode follow (:class:`ui.window_desk.DeskWindow`).

Three pages sit under a tab bar once the desk is set up: Ctrl+1 "Registratie", Ctrl+2
"Belastinghulp" (the planning) and Ctrl+3 "Overzicht" (the figures), the last two built the
first time they are opened. The tabs share the top row
with the demo mark and Instellingen/Hulp (:class:`ui.window_chrome.TopBar`); the clock warning
gets a line of its own above the status bar. Nothing in this chrome makes the window wider
than a laptop at 150 % or with text at 200 %.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.paths import AppPaths
from ui.tasks import TaskRunner
from ui.window_chrome import TopBar
from ui.window_desk import DeskWindow
from ui.words import error_text

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.locations import DeskInfo, LocationInput
    from kiosk.settings import DeskSettings
    from ui.enroll_dialog import EnrollDialog
    from ui.help_dialog import HelpDialog
    from ui.lock_screen import IdleLock
    from ui.overview.page import OverviewPage
    from ui.planning.planning_page import PlanningPage
    from ui.registration_page import RegistrationPage
    from ui.settings_page import SettingsDialog
    from ui.setup_change import SetupChangePage
    from ui.sync_bar import SyncBar
    from ui.sync_controller import ClientFactory, SyncController
    from ui.sync_page import SyncPage

log = logging.getLogger(__name__)
_RETENTION_EVERY_MS = 3_600_000


class MainWindow(DeskWindow):
    """The application window.

    Signals:
        ready(): the registration screen is shown with its data and can save a visit.
        failed(str): the database could not be opened (Dutch message shown).
    """

    ready = Signal()
    failed = Signal(str)

    def __init__(
        self,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        sync_client_factory: ClientFactory | None = None,
        sync_options: dict[str, Any] | None = None,
    ) -> None:
        """Show a light window now; open the data in :meth:`start`.

        *sync_client_factory* and *sync_options* go to the :class:`SyncController` (tests use
        a file-only token store and short delays; screenshots switch the timer off).
        """
        super().__init__(parent)
        self.paths = paths
        self.kiosk: Kiosk | None = None
        self.runner = TaskRunner(self)
        self.runner.bug.connect(self._on_bug)
        self.registration: RegistrationPage | None = None
        self.sync: SyncController | None = None
        self.sync_page: SyncPage | None = None
        self.enroll_dialog: EnrollDialog | None = None
        self.planning: PlanningPage | None = None
        self.overview: OverviewPage | None = None
        self._retention_timer: QTimer | None = None
        self.idle_lock: IdleLock | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.help_dialog: HelpDialog | None = None
        self.setup_change_page: SetupChangePage | None = None
        QShortcut(QKeySequence("F1"), self).activated.connect(self.open_help)
        self.desk_settings: DeskSettings | None = None
        self._closed = False
        self._may_close = False
        self._sync_factory = sync_client_factory
        self._sync_options = dict(sync_options or {})
        self.setWindowTitle(self.tr("IDO Kiosk – registratie Informatiepunt Digitale Overheid"))
        self.resize(1366, 768)
        self.pages = QStackedWidget(self)
        self.top = TopBar(self)
        self.page_tabs = self.top.page_tabs
        self.banner, self.banner_text = self.top.banner, self.top.banner_text
        self.real_location_button = self.top.real_location_button
        self.tools = self.top.tools
        self.settings_button, self.help_button = self.top.settings_button, self.top.help_button
        self.real_location_button.clicked.connect(lambda: self._show_setup(replacing_demo=True))
        self.page_tabs.currentChanged.connect(self._on_page_tab)
        self.settings_button.clicked.connect(self.open_settings)
        self.help_button.clicked.connect(self.open_help)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top)
        layout.addWidget(self.pages, 1)
        self._column = layout
        self.setCentralWidget(central)
        self.loading = QLabel(self.tr("IDO Kiosk wordt geopend …"), self)
        self.loading.setObjectName("pageTitle")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.loading)
        self.location_label: QLabel
        self.sync_bar: SyncBar
        self.connection_label: QLabel
        self.waiting_label: QLabel

    def start(self) -> None:
        """Open the database on the database lane (the core is imported there too)."""
        self.runner.submit(
            lambda: _open(self.paths), self._on_opened, self._on_open_failed, expected=(Exception,)
        )

    def _on_open_failed(self, error: Exception) -> None:
        from kiosk.errors import StorageError

        log.error("Opening the database failed", exc_info=(type(error), error, error.__traceback__))
        message = (
            error_text(error)
            if isinstance(error, StorageError)
            else self.tr(
                "De gegevens konden niet worden geopend. Waarschuw de ICT-afdeling; "
                "details staan in het logbestand."
            )
        )
        self.loading.setText(message)
        self.loading.setWordWrap(True)
        self.failed.emit(message)

    def _on_opened(self, opened: tuple[Kiosk, DeskInfo | None]) -> None:
        if self._closed:
            return
        kiosk, desk = opened
        self.runner.track(kiosk.db)
        self._build_status_bar()
        self.kiosk = kiosk
        if desk is None:
            self._show_setup()
        else:
            self._show_registration(desk)

    def _start_retention(self) -> None:
        """Purge Belastinghulp contact details past retention now, then every hour.

        The purge itself decides per appointment day, so running it hourly costs one cheap
        query and catches the day change on a PC that is never switched off.
        """
        timer = QTimer(self)
        timer.setInterval(_RETENTION_EVERY_MS)
        timer.timeout.connect(self._purge_contact_details)
        timer.start()
        self._retention_timer = timer
        self._purge_contact_details()

    def _purge_contact_details(self) -> None:
        if self.kiosk is None or self._closed:
            return
        kiosk = self.kiosk  # its planning is imported on first use: on the worker, not here
        self.runner.submit(lambda: kiosk.planning.purge(date.today()), self._on_purged)

    def _on_purged(self, count: int) -> None:
        if count:
            log.info("Purged the contact details of %d bookings past retention", count)

    def _build_status_bar(self) -> None:
        """Add the location and the sync status (built once the window is on screen).

        Every text there gives up width with "…" (the whole text in its tooltip and accessible
        name), except the clock warning: it gets a line of its own above the status bar.
        """
        from ui.sync_bar import SyncBar
        from ui.widgets import ElidedLabel

        self.location_label = ElidedLabel(self)
        self.location_label.setObjectName("statusLocation")
        self.sync_bar = SyncBar(self)
        self.connection_label = self.sync_bar.connection
        self.waiting_label = self.sync_bar.waiting
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.sync_bar)
        self._column.addWidget(self.sync_bar.take_clock(self))
        from ui.disk_notice import DiskNotice

        self.disk_notice = DiskNotice(self)
        self._column.addWidget(self.disk_notice)
        self.runner.disk_full.connect(self.disk_notice.set_full)

    def _show_setup(self, *, replacing_demo: bool = False) -> None:
        from ui.setup_page import SetupPage

        assert self.kiosk is not None
        page = SetupPage(self.kiosk.catalogues.current, self, replacing_demo=replacing_demo)
        page.submitted.connect(
            lambda answers: self._create_location(
                answers, demo=False, replacing_demo=replacing_demo
            )
        )
        page.demo_requested.connect(self._create_demo)
        page.language_chosen.connect(self.choose_setup_language)
        page.cancelled.connect(self._cancel_setup)
        self.setup_page = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.page_tabs.hide()
        self.tools.hide()
        self.location_label.setText(self.tr("Nog niet ingesteld"))

    def _create_demo(self) -> None:
        from kiosk.locations import demo_location

        self._create_location(demo_location(), demo=True)

    def _cancel_setup(self) -> None:
        if self.registration is not None:
            self.pages.setCurrentWidget(self.registration)
            self.banner.show()
            self._show_page_tabs(0)

    def _create_location(
        self, answers: LocationInput, *, demo: bool, replacing_demo: bool = False
    ) -> None:
        assert self.kiosk is not None
        locations = self.kiosk.locations
        self.runner.submit(
            lambda: (
                locations.replace_demo(answers)
                if replacing_demo
                else locations.create(answers, demo=demo)
            ),
            self._show_registration,
            lambda error: self.setup_page.show_error(error_text(error)),
        )

    def _show_registration(self, desk: DeskInfo) -> None:
        from ui.registration_page import RegistrationPage

        assert self.kiosk is not None
        if self.registration is not None:  # the demo's screen gives way to the real one
            self.pages.removeWidget(self.registration)
            self.registration.deleteLater()
        page = RegistrationPage(self.kiosk, desk, self.runner, self)
        page.waiting_changed.connect(self.sync_bar.show_waiting)
        page.saved.connect(self._sync_soon)
        page.voided.connect(self._sync_soon)
        self.registration = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.location_label.setText(f"{desk.organisation} · {desk.ido_name} · {desk.desk_name}")
        self.banner.setVisible(desk.is_demo)
        page.editor.topics.filter.setFocus()
        self._show_page_tabs(0)
        page.refreshed.connect(self._on_first_refresh, Qt.ConnectionType.SingleShotConnection)

    def _on_first_refresh(self) -> None:
        if self._closed:
            return
        self.ready.emit()
        # After "ready", in this order on the database lane: what the first save needs (the
        # ORM and the tables), then the retention purge; meanwhile sync starts on its lane.
        assert self.kiosk is not None
        self.runner.submit(self.kiosk.prepare_writes)
        self._create_sync()
        assert self.sync is not None
        self.sync.start()
        if self._retention_timer is None:
            self._start_retention()
        self._start_desk()

    def _sync_soon(self) -> None:
        """Sync a few seconds after a change (once the controller runs, after "ready")."""
        if self.sync is not None:
            self.sync.schedule_soon()

    # -- pages: registration (Ctrl+1), Belastinghulp (Ctrl+2) and Overzicht (Ctrl+3) --------

    def _show_page_tabs(self, index: int) -> None:
        if not self.page_tabs.isVisible() and not hasattr(self, "_page_keys"):
            self._page_keys = [
                QShortcut(QKeySequence("Ctrl+1"), self),
                QShortcut(QKeySequence("Ctrl+2"), self),
                QShortcut(QKeySequence("Ctrl+3"), self),
            ]
            self._page_keys[0].activated.connect(self.show_registration_page)
            self._page_keys[1].activated.connect(self.show_planning)
            self._page_keys[2].activated.connect(self.show_overview)
        self.top.set_current_tab(index)
        self.page_tabs.show()
        self.tools.show()

    def _on_page_tab(self, index: int) -> None:
        if index == 1:
            self.show_planning()
        elif index == 2:
            self.show_overview()
        else:
            self.show_registration_page()

    def show_registration_page(self) -> None:
        """Show the registration screen (Ctrl+1)."""
        if self.registration is None or not self.page_tabs.isVisible():
            return
        self.pages.setCurrentWidget(self.registration)
        self._show_page_tabs(0)
        self.registration.editor.topics.filter.setFocus()

    def show_planning(self) -> None:
        """Show the Belastinghulp planning (Ctrl+2), building it the first time."""
        if self.kiosk is None or not self.page_tabs.isVisible():
            return
        from ui.planning.planning_page import PlanningPage

        if self.planning is None:
            # It redraws itself after changes to the planning, the server's (and conflicts)
            # included, while it is shown; showing it reads it afresh.
            # The page takes the planning service on the database lane with its first load, so
            # the planning code is imported there and not on the GUI thread.
            self.planning = PlanningPage(None, self.runner, self, kiosk=self.kiosk)
            self.planning.changed.connect(self._sync_soon)
            self.pages.addWidget(self.planning)
        self.planning.reload()
        self.pages.setCurrentWidget(self.planning)
        self._show_page_tabs(1)
        self.planning.grid.setFocus()

    def show_overview(self) -> None:
        """Show the Overzicht (Ctrl+3), building it the first time; it reads its figures anew."""
        if self.kiosk is None or not self.page_tabs.isVisible():
            return
        from ui.overview.page import OverviewPage

        if self.overview is None:
            self.overview = OverviewPage(self.kiosk, self.runner, self)
            self.pages.addWidget(self.overview)
        self.overview.reload()
        self.pages.setCurrentWidget(self.overview)
        self._show_page_tabs(2)
        self.overview.bar.period.setFocus()

    def _on_bug(self, error: BaseException) -> None:
        from ui.crash import report_bug

        report_bug(error, self)

    def changeEvent(self, event: QEvent) -> None:
        """After a language switch, say the window's own words in the new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("IDO Kiosk – registratie Informatiepunt Digitale Overheid"))
            if self.pages.currentWidget() is self.loading and self.kiosk is None:
                self.loading.setText(self.tr("IDO Kiosk wordt geopend …"))
            if self.registration is None and hasattr(self, "location_label"):
                self.location_label.setText(self.tr("Nog niet ingesteld"))
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let a running sync and queued saves finish, then close the database.

        In kiosk mode a clerk's close (the window's button, Alt+F4) first asks the staff PIN.
        """
        if event.spontaneous() and self.guard_close():
            event.ignore()
            return
        self._closed = True
        if self._retention_timer is not None:
            self._retention_timer.stop()
        if self.sync is not None:
            self.sync.shutdown()
        self.runner.shutdown()
        if self.kiosk is not None:
            self.kiosk.close()
        super().closeEvent(event)


def _open(paths: AppPaths) -> tuple[Kiosk, DeskInfo | None]:
    """Open the data in *paths* and read which desk this is (on the database lane)."""
    from kiosk.app import Kiosk

    kiosk = Kiosk.open(paths)
    return kiosk, kiosk.locations.current()
