"""The main window's sync features: the controller, "Nu synchroniseren", Synchronisatie, Koppelen.

:class:`SyncWindow` is the base of :class:`ui.window_desk.DeskWindow` (and so of the main
window). Sync starts once the registration screen is ready: the :class:`SyncController`
imports the sync client on the runner's network lane, syncs on a timer, a few seconds after each
save, and on F5. F6 opens the Synchronisatie screen, Ctrl+K the enrollment dialog (IT).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QWidget

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from ui.enroll_dialog import EnrollDialog
    from ui.registration_page import RegistrationPage
    from ui.sync_bar import SyncBar
    from ui.sync_controller import ClientFactory, SyncController
    from ui.sync_page import SyncPage
    from ui.tasks import TaskRunner


class SyncWindow(QMainWindow):
    """The window's sync features; the main window builds the rest."""

    kiosk: Kiosk | None
    runner: TaskRunner
    registration: RegistrationPage | None
    sync: SyncController | None
    sync_page: SyncPage | None
    enroll_dialog: EnrollDialog | None
    sync_bar: SyncBar
    _sync_factory: ClientFactory | None
    _sync_options: dict[str, Any]

    @property
    def locked(self) -> bool:
        """Whether the idle screen hides the data now (nothing opens until it is unlocked)."""
        return False

    def _create_sync(self) -> None:
        from ui.sync_controller import SyncController, default_client

        assert self.kiosk is not None
        if self.sync is not None:
            return
        controller = SyncController(
            self.kiosk,
            self.runner,
            self,
            client_factory=self._sync_factory or default_client,
            **self._sync_options,
        )
        controller.status_changed.connect(self.sync_bar.show_status)
        controller.running_changed.connect(self.sync_bar.show_running)
        controller.failed.connect(self.sync_bar.show_failure)
        self.sync_bar.sync_requested.connect(self.sync_now)
        self.sync_bar.enroll_requested.connect(self.open_enroll)
        self.sync_bar.page_requested.connect(self.open_sync_page)
        for keys, slot in (("F5", self.sync_now), ("F6", self.open_sync_page)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        QShortcut(QKeySequence("Ctrl+K"), self).activated.connect(self.open_enroll)
        self.sync = controller

    def sync_now(self) -> None:
        """Run a sync at once ("Nu synchroniseren", F5); enroll first if the desk isn't linked."""
        if self.sync is None:
            return
        from ui.sync_status import needs_enrollment

        status = self.sync.status
        if status is not None and needs_enrollment(status):
            self.open_enroll()
        else:
            self.sync.sync_now()

    def open_sync_page(self) -> None:
        """Show the Synchronisatie screen (F6), loading its data in the background."""
        if self.sync is None or self.kiosk is None or self.locked:
            return
        from ui.sync_page import SyncPage

        if self.sync_page is None:
            self.sync_page = SyncPage(self.kiosk, self.runner, self.sync, self)
            self.sync_page.enroll_requested.connect(self.open_enroll)
        self.sync_page.reload()
        self.sync_page.open()
        self.sync_page.table.setFocus()

    def open_enroll(self) -> None:
        """Show the enrollment dialog (Ctrl+K): server address and one-time code."""
        if self.sync is None or self.locked:
            return
        from ui.enroll_dialog import EnrollDialog

        if self.enroll_dialog is not None:
            self.enroll_dialog.raise_()
            self.enroll_dialog.activateWindow()
            return
        status = self.sync.status
        page = self.sync_page
        parent: QWidget = page if page is not None and page.isVisible() else self
        desk = self.registration.desk if self.registration is not None else None
        dialog = EnrollDialog(
            self.sync, desk, parent, server_url=getattr(status, "server_url", None)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_enroll_closed)
        self.enroll_dialog = dialog
        dialog.open()

    def _on_enroll_closed(self, _code: int) -> None:
        self.enroll_dialog = None
