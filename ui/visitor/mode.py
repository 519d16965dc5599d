"""The visitor mode's window: full screen, the survey one question at a time, no way out.

:class:`VisitorMode` is a window of its own, without a title bar or a close button, shown full
screen on the desk's screen or on a second one. It shows the languages, then the questions,
then thanks, and after the thank-you time (or a minute without a touch in the middle of the
survey, see :mod:`ui.visitor.flow`) the languages again for the next visitor.

Staff leave it with Ctrl+Alt+Q; when a staff PIN is set they type it on the app's own lock
page (:class:`ui.lock_screen.IdleLock`, its "Niet afsluiten" back to the survey). Escape and
the window's close (Alt+F4) only ask for that PIN; with no PIN set they do nothing, so a
visitor never reaches the staff screens. The survey's screens take the visitor's writing
direction (Arabic right to left); the PIN page keeps the staff's.

A finished survey goes to *save* (the launcher runs it off the GUI thread); the visitor sees
thanks at once, whatever happens to the save.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from ui.lock_screen import IdleLock, PinCheck
from ui.visitor.flow import IDLE_MS, THANKS_MS, SurveyRun
from ui.visitor.screens import QuestionScreen, StartScreen, ThanksScreen

if TYPE_CHECKING:
    from kiosk.survey.definition import Survey

#: Saves one finished survey: (survey version, language, answers per question code).
Save = Callable[[int, str, Mapping[str, str | None]], None]
#: The keys that end the visitor mode (then the PIN, when one is set).
LEAVE_KEY = "Ctrl+Alt+Q"
_TYPE = QEvent.Type
_INPUT = frozenset({_TYPE.KeyPress, _TYPE.MouseButtonPress, _TYPE.TouchBegin, _TYPE.Wheel})
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def visitor_sheet(scale: float) -> str:
    """Return the visitor mode's style sheet (sizes only), its fonts times *scale*."""
    text = (resources.files("resources") / "style" / "visitor.qss").read_text("utf-8")
    if scale > 1.01:
        text = _POINTS.sub(lambda m: f"{float(m.group(1)) * scale:.1f}pt", text)
    return text


class VisitorMode(QWidget):
    """The survey for visitors, full screen, until staff leave it.

    Signals:
        left(): staff left the visitor mode (the window is closed).
    """

    left = Signal()

    def __init__(
        self,
        survey: Survey,
        languages: tuple[str, ...],
        save: Save,
        check_pin: PinCheck,
        *,
        pin_needed: bool,
        idle_ms: int = IDLE_MS,
        thanks_ms: int = THANKS_MS,
        parent: QWidget | None = None,
    ) -> None:
        """Show *survey* in *languages*; *save* stores a finished one; *check_pin* the PIN.

        *idle_ms* and *thanks_ms* are the times before the start screen comes back (tests
        make them short).
        """
        flags = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
        super().__init__(parent, flags | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("visitorMode")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.survey, self.save, self.pin_needed = survey, save, pin_needed
        self.idle_ms, self.thanks_ms = idle_ms, thanks_ms
        self.run: SurveyRun | None = None
        self._leaving = False
        from ui.theme import text_scale

        app = QApplication.instance()
        scale = text_scale(app) if isinstance(app, QApplication) else 1.0
        self.setStyleSheet(visitor_sheet(scale))
        self.stack = QStackedWidget(self)
        self.start_screen = StartScreen(survey, languages, self.stack)
        self.question_screen = QuestionScreen(self.stack)
        self.thanks_screen = ThanksScreen(self.stack)
        for screen in (self.start_screen, self.question_screen, self.thanks_screen):
            self.stack.addWidget(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.lock = IdleLock(self, self.stack, [], check_pin)
        self.lock.configure(idle_ms=0, pin_needed=pin_needed)
        self.lock.page.setLayoutDirection(QApplication.layoutDirection())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.reset)
        self.start_screen.language_chosen.connect(self.begin)
        self.question_screen.answered.connect(self._answer)
        self.question_screen.skipped.connect(self._skip)
        self.question_screen.kept.connect(self._keep)
        self.question_screen.went_back.connect(self._back)
        leave = QShortcut(QKeySequence(LEAVE_KEY), self)
        leave.activated.connect(self.ask_to_leave)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self._escape)
        self.setWindowTitle(self.tr("Vragenlijst voor bezoekers"))
        self.show_start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- on screen ----------------------------------------------------------------------

    def present(self, screen: QScreen | None = None) -> None:
        """Show the window full screen on *screen* (None: where it is) and bring it forward."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.stack.currentWidget().setFocus()
        focus = getattr(self.stack.currentWidget(), "focus_first", None)
        if callable(focus):
            focus()

    def show_start(self) -> None:
        """The start screen: the languages, for the next visitor (nothing of the last one)."""
        self.run = None
        self.timer.stop()
        self.question_screen.clear()
        self._set_direction("ltr")
        self.stack.setCurrentWidget(self.start_screen)
        self.start_screen.focus_first()

    def begin(self, language: str) -> None:
        """Start the survey in *language* (a language button)."""
        self.run = SurveyRun(self.survey, language)
        self._set_direction(self.survey.direction(language))
        self._show_question()

    def reset(self) -> None:
        """Back to the start screen (the idle or thank-you time passed); drop what was given."""
        if self.lock.locked:
            self.lock.page.back_requested.emit()  # the PIN page gives way to the start
        self.show_start()

    def _set_direction(self, direction: str) -> None:
        rtl = direction == "rtl"
        for screen in (self.start_screen, self.question_screen, self.thanks_screen):
            screen.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )

    def _show_question(self) -> None:
        run = self.run
        assert run is not None
        if run.finished:
            self._finish(run)
            return
        self.question_screen.show_question(run)
        self.stack.setCurrentWidget(self.question_screen)
        self.question_screen.focus_first()
        self.timer.start(self.idle_ms)

    def _answer(self, code: str) -> None:
        if self.run is not None:
            self.run.answer(code)
            self._show_question()

    def _skip(self) -> None:
        if self.run is not None:
            self.run.skip()
            self._show_question()

    def _keep(self) -> None:
        if self.run is not None:
            self.run.keep()
            self._show_question()

    def _back(self) -> None:
        if self.run is not None and self.run.back():
            self._show_question()
        else:
            self.show_start()

    def _finish(self, run: SurveyRun) -> None:
        """Hand the answers to *save* (unless all were skipped) and say thank you."""
        self.run = None
        if run.any_answer():
            self.save(run.survey.version, run.language, run.result())
        self.thanks_screen.show_thanks(run.survey, run.language)
        self.stack.setCurrentWidget(self.thanks_screen)
        self.thanks_screen.setFocus(Qt.FocusReason.OtherFocusReason)
        self.timer.start(self.thanks_ms)

    # -- idle time ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A touch or key in this window in the middle of the survey starts the idle time anew.

        The thank-you screen goes after its time whatever is touched.
        """
        if (
            event.type() in _INPUT
            and self.timer.isActive()
            and self.stack.currentWidget() is not self.thanks_screen
            and isinstance(watched, QWidget)
            and watched.window() is self
        ):
            self.timer.start(self.idle_ms)
        return False

    # -- leaving (staff) ------------------------------------------------------------------

    def ask_to_leave(self) -> None:
        """Ctrl+Alt+Q: leave now, or ask the staff PIN first when one is set."""
        if not self.pin_needed:
            self.leave()
            return
        if not self.lock.locked:
            self.lock.lock(then=self.leave, reason=self.tr("Vragenlijst stoppen?"))
            self.timer.start(self.idle_ms)  # nobody types: back to the start screen
            desk = self.parentWidget()
            if desk is not None and desk.screen() is not self.screen():
                desk.show()  # the lock hid every other window; the desk's own screen is staff's

    def _escape(self) -> None:
        """Escape only asks for the PIN (with no PIN set it does nothing)."""
        if self.pin_needed:
            self.ask_to_leave()

    def leave(self) -> None:
        """Close the visitor mode (staff asked; the PIN was right or none is set)."""
        if self._leaving:
            return
        self._leaving = True
        self.run = None
        self.timer.stop()
        self.close()
        self.left.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Only staff close this window: a close from outside asks for the PIN instead."""
        if not self._leaving:
            event.ignore()
            self._escape()
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)
