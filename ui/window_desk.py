"""The main window's desk features: settings, idle screen, help, kiosk mode, coming to front.

:class:`DeskWindow` is the base of :class:`ui.main_window.MainWindow` (its own base,
:class:`ui.window_sync.SyncWindow`, holds sync); it holds what the window
does with the desk's settings (the look, the idle screen and its PIN, full screen), the
settings dialog (Ctrl+,), the help (F1) and the PIN asked before a clerk closes the window in
kiosk mode. The lock screen, the settings and the help load on first use, after start-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QStackedWidget, QTabBar, QWidget

from ui.window_sync import SyncWindow

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.locations import DeskInfo, IdoSetup, SetupInfo
    from kiosk.settings import DeskSettings
    from ui.help_dialog import HelpDialog
    from ui.lock_screen import IdleLock
    from ui.planning.planning_page import PlanningPage
    from ui.registration_page import RegistrationPage
    from ui.settings_page import SettingsDialog
    from ui.setup_change import SetupChangePage
    from ui.setup_page import SetupPage
    from ui.tasks import TaskRunner
    from ui.visitor.launcher import VisitorLauncher
    from ui.window_chrome import TopBar

log = logging.getLogger(__name__)


class DeskWindow(SyncWindow):
    """The window's desk features and chrome; the main window builds the rest."""

    kiosk: Kiosk | None
    runner: TaskRunner
    pages: QStackedWidget
    page_tabs: QTabBar
    banner: QWidget
    banner_text: QLabel
    real_location_button: QPushButton
    tools: QWidget
    location_label: QLabel
    registration: RegistrationPage | None
    planning: PlanningPage | None
    idle_lock: IdleLock | None
    desk_settings: DeskSettings | None
    settings_dialog: SettingsDialog | None
    help_dialog: HelpDialog | None
    setup_change_page: SetupChangePage | None
    setup_page: SetupPage
    top: TopBar
    visitor: VisitorLauncher | None = None
    _may_close: bool

    @property
    def locked(self) -> bool:
        """Whether the idle screen hides the data now (nothing opens until it is unlocked)."""
        return self.idle_lock is not None and self.idle_lock.locked

    def _show_setup(self, *, replacing_demo: bool = False) -> None:
        raise NotImplementedError

    def _show_page_tabs(self, index: int) -> None:
        raise NotImplementedError

    # -- the IDO's set-up, changed from the settings ----------------------------------------

    def change_ido_setup(self) -> None:
        """Show the IDO's set-up to change (read on the database lane first)."""
        if self.kiosk is None or self.registration is None or self.locked:
            return
        self.runner.submit(self.kiosk.locations.setup, self._show_setup_change)

    def _show_setup_change(self, info: SetupInfo | None) -> None:
        from ui.setup_change import SetupChangePage

        if info is None or self.kiosk is None or self.locked:
            return
        page = SetupChangePage(self.kiosk.catalogues.current, info.setup, self)
        page.setup_submitted.connect(self._change_setup)
        page.cancelled.connect(self._end_setup_change)
        self.setup_change_page = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.page_tabs.hide()
        self.tools.hide()

    def _change_setup(self, setup: IdoSetup) -> None:
        from ui.words import error_text

        page, kiosk = self.setup_change_page, self.kiosk
        if page is None or kiosk is None:
            return

        def change() -> DeskInfo | None:
            kiosk.locations.change_setup(setup)
            return kiosk.locations.current()

        self.runner.submit(
            change,
            self._on_setup_changed,
            lambda error: page.show_error(error_text(error)),
            owner=page,
        )

    def _on_setup_changed(self, desk: DeskInfo | None) -> None:
        if desk is not None:  # the IDO's name may be new
            self.location_label.setText(f"{desk.organisation} · {desk.ido_name} · {desk.desk_name}")
        self._end_setup_change()

    def _end_setup_change(self) -> None:
        page, self.setup_change_page = self.setup_change_page, None
        if page is not None:
            self.pages.removeWidget(page)
            page.deleteLater()
        if self.registration is not None:
            self.pages.setCurrentWidget(self.registration)
            self._show_page_tabs(0)
            self.tools.show()
            self.registration.editor.topics.filter.setFocus()

    def _start_desk(self) -> None:
        """Set up the idle screen (Ctrl+Shift+L) and read the desk's settings (after "ready")."""
        from ui.lock_screen import IdleLock

        assert self.kiosk is not None
        if self.idle_lock is None:
            self.idle_lock = IdleLock(
                self, self.pages, [self.page_tabs, self.banner, self.tools], self._check_pin
            )
            lock_key = QShortcut(QKeySequence("Ctrl+Shift+L"), self)
            lock_key.setContext(Qt.ShortcutContext.ApplicationShortcut)
            lock_key.activated.connect(self.idle_lock.lock)
            self._lock_key = lock_key
            QShortcut(QKeySequence("Ctrl+,"), self).activated.connect(self.open_settings)
            QShortcut(QKeySequence("Ctrl+Shift+B"), self).activated.connect(self.open_visitor_mode)
            self.top.visitor_button.clicked.connect(self.open_visitor_mode)
        self.runner.submit(self.kiosk.settings.read, self.apply_settings)

    def apply_settings(self, settings: DeskSettings) -> None:
        """Use the desk's *settings*: the look, the idle time and PIN, full screen or not."""
        from ui.theme import apply_theme

        changed_look = self.desk_settings is None or (
            (settings.contrast, settings.large_targets)
            != (self.desk_settings.contrast, self.desk_settings.large_targets)
        )
        if changed_look and (settings.contrast != "auto" or settings.large_targets):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, contrast=settings.contrast, large_targets=settings.large_targets)
        elif changed_look and self.desk_settings is not None:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app)
        self.desk_settings = settings
        self._apply_language(settings.language)
        if settings.kiosk_mode and not self.isFullScreen():
            self.showFullScreen()
        elif not settings.kiosk_mode and self.isFullScreen():
            self.showNormal()
        if self.idle_lock is not None:
            self.idle_lock.configure(
                idle_ms=settings.idle_minutes * 60_000,
                pin_needed=settings.pin_set,
                windows_lock=settings.windows_lock,
            )

    def _apply_language(self, language: str) -> None:
        """Switch the app to *language* when it is not shown in it yet (nothing is rebuilt).

        Qt sends ``LanguageChange`` to every widget; each re-sets its own texts, so a form in
        progress keeps its input and its focus.
        """
        from ui.i18n import current_language, install_language

        app = QApplication.instance()
        if app is not None and language != current_language():
            install_language(app, language)

    def choose_setup_language(self, language: str) -> None:
        """At first start: store *language* for the desk, then show the form in it."""
        kiosk = self.kiosk
        if kiosk is not None:
            self.runner.submit(lambda: kiosk.settings.save(language=language), self._set_up_in)

    def _set_up_in(self, settings: DeskSettings) -> None:
        """Show the first-start form again in the chosen language, with what was typed."""
        self._apply_language(settings.language)
        old: SetupPage | None = getattr(self, "setup_page", None)
        if old is None or self.pages.currentWidget() is not old:
            return
        self._show_setup()
        new = self.setup_page
        assert new is not None
        for name in ("organisation", "branch", "municipality", "desk_name", "ido_name"):
            getattr(new, name).setText(getattr(old, name).text())
        new.province.setCurrentIndex(old.province.currentIndex())
        new.language.setFocus()
        self.pages.removeWidget(old)
        old.deleteLater()

    def open_settings(self) -> None:
        """Show the settings (Ctrl+,), once the desk is set up and its settings read."""
        if self.kiosk is None or self.desk_settings is None or self.registration is None:
            return
        if self.locked:
            return
        from ui.settings_page import SettingsDialog

        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        dialog = SettingsDialog(
            self.kiosk.settings,
            self.runner,
            self.desk_settings,
            self.location_label.text(),
            self,
            demo=self.registration.desk.is_demo,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.apply_settings)
        dialog.enroll_requested.connect(self.open_enroll)
        dialog.sync_page_requested.connect(self.open_sync_page)
        dialog.real_location_requested.connect(lambda: self._show_setup(replacing_demo=True))
        dialog.setup_change_requested.connect(self.change_ido_setup)
        dialog.finished.connect(self._on_settings_closed)
        self.settings_dialog = dialog
        dialog.open()

    def _on_settings_closed(self, _code: int) -> None:
        self.settings_dialog = None

    def open_help(self) -> None:
        """Show the help (F1): the keys of the page on screen and the keys for everywhere."""
        from ui.help_dialog import HelpDialog

        page = self.pages.currentWidget()
        names = {
            id(self.registration): self.tr("Registratie"),
            id(self.planning): self.tr("Belastinghulp"),
            id(getattr(self, "overview", None)): self.tr("Overzicht"),
        }
        keys = getattr(page, "shortcut_help", None)
        try:
            page_keys = list(keys()) if callable(keys) else []
        except Exception:  # a page's list must never keep the help from opening
            log.exception("A page's shortcut_help failed")
            page_keys = []
        if self.help_dialog is not None:
            self.help_dialog.close()
        dialog = HelpDialog(names.get(id(page), self.tr("Start")), page_keys, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_help_closed)
        self.help_dialog = dialog
        dialog.open()

    def open_visitor_mode(self) -> None:
        """Start the survey for visitors (Ctrl+Shift+B); on a second screen, end it again."""
        if self.kiosk is None or self.registration is None or self.locked:
            return
        from ui.visitor.launcher import VisitorLauncher

        if self.visitor is None:
            self.visitor = VisitorLauncher(self)
        self.visitor.toggle()

    def _on_help_closed(self, _code: int) -> None:
        self.help_dialog = None

    def guard_close(self) -> bool:
        """In kiosk mode, ask the PIN before a clerk's close; tell whether it was stopped."""
        settings, lock = self.desk_settings, self.idle_lock
        if settings is None or not settings.kiosk_mode or lock is None or self._may_close:
            return False
        if not lock.locked:
            lock.lock(then=self._close_after_pin, reason=self.tr("IDO Kiosk afsluiten?"))
        return True

    def _close_after_pin(self) -> None:
        self._may_close = True
        self.close()

    def bring_to_front(self) -> None:
        """Show this window on top (a second start of the app asked for it)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def _check_pin(self, pin: str, done: Callable[[bool], None]) -> None:
        assert self.kiosk is not None
        settings = self.kiosk.settings
        self.runner.submit(lambda: settings.check_pin(pin), done, lambda _error: done(False))
