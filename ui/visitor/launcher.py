"""Starting and stopping the visitor mode from the desk, and storing what visitors answer.

The clerk starts it with "Vragenlijst" in the top row or Ctrl+Shift+B. The survey is read on
the database lane; with a second screen connected the clerk picks where it shows (the screen
turned to the visitor, or the desk's own). On the desk's own screen only Ctrl+Alt+Q (and the
PIN) ends it; on a second screen the same button or key in the desk's window ends it too,
since that window is the staff's.

:class:`Recorder` stores each finished survey with ``SurveyService.record`` on the database
lane. A failure (a full disk) never reaches the visitor, who sees thanks; the clerk is told
once the visitor mode ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from ui.tasks import TaskRunner
from ui.visitor.mode import VisitorMode

if TYPE_CHECKING:
    from kiosk.survey.definition import Survey
    from ui.window_desk import DeskWindow

log = logging.getLogger(__name__)
#: Stores one finished survey (``SurveyService.record``).
Record = Callable[[int, str, Mapping[str, str | None]], None]


class Recorder(QObject):
    """Stores finished surveys on the database lane; keeps the failures for the clerk.

    Signals:
        recorded(): one survey was stored (sync may send it soon).
    """

    recorded = Signal()

    def __init__(self, runner: TaskRunner, record: Record, parent: QObject | None = None) -> None:
        """Store with *record* on *runner*'s database lane."""
        super().__init__(parent)
        self.runner, self.record = runner, record
        self.failures: list[BaseException] = []

    def save(self, version: int, language: str, answers: Mapping[str, str | None]) -> None:
        """Store one survey off the GUI thread (the answers are not kept here)."""
        record = self.record
        self.runner.submit(
            lambda: record(version, language, answers),
            lambda _result: self.recorded.emit(),
            self._failed,
            expected=(Exception,),
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        log.error("A visitor's survey could not be stored: %s: %s", type(error).__name__, error)
        self.failures.append(error)

    def take_failures(self) -> list[BaseException]:
        """Return the failures since the last call, and forget them."""
        failures, self.failures = self.failures, []
        return failures


def other_screen(screens: Sequence[QScreen], current: QScreen | None) -> QScreen | None:
    """Return a connected screen other than *current* (the desk's), or None if there is none."""
    return next((screen for screen in screens if screen is not current), None)


class VisitorLauncher(QObject):
    """Starts the visitor mode over (or beside) *window* and ends it; tells of failed saves.

    Signals:
        started(): the visitor mode is on screen.
        stopped(): the visitor mode ended.
    """

    started = Signal()
    stopped = Signal()

    def __init__(self, window: DeskWindow, **mode_options: Any) -> None:
        """Work for *window*; *mode_options* go to :class:`VisitorMode` (tests: short times)."""
        super().__init__(window)
        self.window = window
        self.mode: VisitorMode | None = None
        self.mode_options = mode_options
        self.recorder: Recorder | None = None
        self.message: QMessageBox | None = None
        self.question: QMessageBox | None = None
        self._screen: QScreen | None = None
        self._loading = False

    @property
    def active(self) -> bool:
        """Whether the visitor mode is on screen."""
        return self.mode is not None

    def toggle(self) -> None:
        """Start the visitor mode; if it runs on another screen than the desk's, end it."""
        if self.mode is None:
            self.start()
        elif self._screen is not None and self._screen is not self.window.screen():
            self.mode.leave()

    def start(self) -> None:
        """Read the survey (database lane), then ask where to show it, then show it."""
        kiosk = self.window.kiosk
        if kiosk is None or self.mode is not None or self._loading:
            return
        self._loading = True
        self.window.runner.submit(
            lambda: kiosk.survey.current(),
            self._loaded,
            self._not_loaded,
            expected=(Exception,),
            owner=self,
        )

    def _not_loaded(self, error: BaseException) -> None:
        self._loading = False
        log.error("The visitor survey could not be read: %s: %s", type(error).__name__, error)
        self._tell(
            self.tr("De vragenlijst kon niet worden geopend. Details staan in het logbestand.")
        )

    def _loaded(self, survey: Survey) -> None:
        self._loading = False
        desk = self.window.screen()
        second = other_screen(QGuiApplication.screens(), desk)
        if second is None:
            self.show_on(survey, desk)
            return
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Vragenlijst voor bezoekers"))
        box.setText(self.tr("Op welk scherm komt de vragenlijst?"))
        there = box.addButton(self.tr("Op het tweede scherm"), QMessageBox.ButtonRole.AcceptRole)
        here = box.addButton(self.tr("Op dit scherm"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(there)

        def chosen(button: QAbstractButton) -> None:
            self.question = None
            if button is there:
                self.show_on(survey, second)
            elif button is here:
                self.show_on(survey, desk)

        box.buttonClicked.connect(chosen)
        self.question = box
        box.open()

    def show_on(self, survey: Survey, screen: QScreen | None) -> None:
        """Show the visitor mode for *survey* full screen on *screen*."""
        from kiosk.survey.definition import LANGUAGES

        window, kiosk, settings = self.window, self.window.kiosk, self.window.desk_settings
        if kiosk is None or self.mode is not None:
            return
        if self.recorder is None:
            self.recorder = Recorder(window.runner, kiosk.survey.record, self)
            self.recorder.recorded.connect(self._sync_soon)
        mode = VisitorMode(
            survey,
            LANGUAGES,
            self.recorder.save,
            window._check_pin,
            pin_needed=settings is not None and settings.pin_set,
            parent=window,
            **self.mode_options,
        )
        mode.left.connect(self._left)
        if window.idle_lock is not None:
            window.idle_lock.locked_changed.connect(self._desk_locked)
        self.mode, self._screen = mode, screen
        mode.present(screen)
        self.started.emit()

    def _desk_locked(self, locked: bool) -> None:
        """The desk's idle screen hid every other window: the visitor's comes back at once."""
        if locked and self.mode is not None:
            self.mode.present()

    def _sync_soon(self) -> None:
        sync = self.window.sync
        if sync is not None:
            sync.schedule_soon()

    def _left(self) -> None:
        """The visitor mode ended: back to the desk; say so if a survey was not stored."""
        if self.window.idle_lock is not None:
            self.window.idle_lock.locked_changed.disconnect(self._desk_locked)
        self.mode, self._screen = None, None
        self.window.raise_()
        self.window.activateWindow()
        self.stopped.emit()
        self.window.runner.submit(lambda: None, lambda _none: self._report(), owner=self)

    def _report(self) -> None:
        """Tell the clerk how many surveys could not be stored (after the saves in the queue)."""
        failures = [] if self.recorder is None else self.recorder.take_failures()
        if not failures:
            return
        from kiosk.errors import InputError, StorageError
        from ui.words import error_text

        text = self.tr(
            "%n vragenlijsten van bezoekers konden niet worden bewaard.", "", len(failures)
        )
        known = [error for error in failures if isinstance(error, InputError | StorageError)]
        detail = (
            error_text(known[-1])
            if known
            else self.tr("Details staan in het logbestand. Waarschuw de ICT-afdeling.")
        )
        self._tell(f"{text} {detail}")

    def _tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Vragenlijst voor bezoekers"), text)
        box.setParent(self.window, box.windowFlags())
        self.message = box
        box.open()
