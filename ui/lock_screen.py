"""The idle screen: after a set time without input, nothing private stays on screen.

:class:`IdleLock` watches the application's keyboard and mouse input. When the desk's idle time
passes without any (or at once on Ctrl+Shift+L) it locks: the window's page stack shows the
:class:`LockPage` instead of the registration or planning page, the page tabs go, and every
other window (booking editor, Synchronisatie, history, ...) is hidden. A dialog that waits for
an answer (a question box) cannot be hidden without answering it, so its content is covered by
a lock page of its own. Only the status bar's location and connection stay. Unlocking takes
the staff PIN; with no PIN set a "Doorgaan" button unlocks (the idle screen then only keeps
data from passers-by). Everything comes back as it was, a form in progress included. On
Windows the desk may lock the Windows session instead (``LockWorkStation``).
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIntValidator, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import retranslate_on_change

#: Whether the Windows session can be locked instead of showing the app's own lock page.
ON_WINDOWS = os.name == "nt"
#: Wrong PINs in a row before the field waits a while.
WRONG_TRIES = 5
#: How long the field waits after too many wrong PINs.
WAIT_MS = 30_000
#: Input that counts as someone at the desk.
_TYPE = QEvent.Type
_INPUT = frozenset(
    {_TYPE.KeyPress, _TYPE.MouseButtonPress, _TYPE.MouseMove, _TYPE.Wheel, _TYPE.TouchBegin}
)
#: Asks whether a PIN is right, off the GUI thread; calls back with the answer.
PinCheck = Callable[[str, Callable[[bool], None]], None]


class LockPage(QWidget):
    """What the locked screen shows: a title, and the PIN field or a "Doorgaan" button.

    Signals:
        pin_entered(str): the clerk asks to unlock with this PIN.
        continue_requested(): no PIN is set and the clerk asks to go on.
        back_requested(): asked to close the app, the clerk goes back to work instead.
    """

    pin_entered = Signal(str)
    continue_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the page (the PIN field shown; see :meth:`set_pin_needed`)."""
        super().__init__(parent)
        self.setObjectName("lockPage")
        self.setAutoFillBackground(True)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.pin_label = QLabel(self)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("lockPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QIntValidator(0, 99_999_999, self.pin))
        self.pin.setMaximumWidth(240)
        self.pin_label.setBuddy(self.pin)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setAutoDefault(True)
        self.continue_button = QPushButton(self)
        self.continue_button.setAutoDefault(True)
        self.back_button = QPushButton(self)
        self.back_button.setAutoDefault(True)
        self.back_button.hide()
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        # One column of a fixed width in the middle: the wrapped texts get their full height.
        column = QWidget(self)
        column.setFixedWidth(self.fontMetrics().averageCharWidth() * 48)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.explanation, self.pin_label, self.pin):
            inner.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        inner.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.pin.returnPressed.connect(self._enter)
        self.unlock_button.clicked.connect(self._enter)
        self.continue_button.clicked.connect(self.continue_requested)
        self.back_button.clicked.connect(self.back_requested)
        self._pin_needed = True
        self._retranslate()
        retranslate_on_change(self, self._retranslate)

    def _retranslate(self) -> None:
        """Set the page's texts in the current language (the title is set on locking)."""
        self.title.setText(self.tr("Het scherm is vergrendeld"))
        self.pin_label.setText(self.tr("&Pincode"))
        self.pin.setAccessibleName(self.tr("Pincode"))
        self.unlock_button.setText(self.tr("Ontgrendelen"))
        self.continue_button.setText(self.tr("Doorgaan"))
        self.back_button.setText(self.tr("Niet afsluiten"))
        self.message.setAccessibleName(self.tr("Melding"))
        self.set_pin_needed(self._pin_needed)

    def set_pin_needed(self, needed: bool) -> None:
        """Show the PIN field (*needed*) or the "Doorgaan" button."""
        self._pin_needed = needed
        self.explanation.setText(
            self.tr("Typ de pincode van de medewerkers om verder te werken.")
            if needed
            else self.tr("Druk op Doorgaan om verder te werken.")
        )
        for widget in (self.pin_label, self.pin, self.unlock_button):
            widget.setVisible(needed)
        self.continue_button.setVisible(not needed)
        self.message.clear()

    def focus_entry(self) -> None:
        """Put the keyboard focus where the clerk starts: the PIN field or "Doorgaan"."""
        target = self.pin if self.pin.isVisibleTo(self) else self.continue_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_waiting(self, waiting: bool) -> None:
        """Stop (or allow again) typing a PIN: while one is checked, or after too many tries."""
        self.pin.setEnabled(not waiting)
        self.unlock_button.setEnabled(not waiting)

    def _enter(self) -> None:
        if self.pin.isEnabled() and self.pin.text():
            self.pin_entered.emit(self.pin.text())


class _Cover:
    """A lock page over a question box's content (the box keeps waiting for its answer)."""

    def __init__(self, dialog: QDialog) -> None:
        self.dialog = dialog
        children = dialog.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        self.hidden = [c for c in children if c.isVisibleTo(dialog) and not c.isWindow()]
        self.size = dialog.size()
        self.minimum = dialog.minimumSize()
        self.maximum = dialog.maximumSize()
        for child in self.hidden:
            child.hide()
        self.page = LockPage(dialog)
        hint = self.page.sizeHint().expandedTo(self.size)
        dialog.setMinimumSize(hint)
        dialog.setMaximumSize(16_777_215, 16_777_215)
        dialog.resize(hint)
        self.page.setGeometry(0, 0, hint.width(), hint.height())
        self.page.show()
        self.page.raise_()

    def remove(self) -> None:
        self.page.hide()
        self.page.deleteLater()
        for child in self.hidden:
            child.show()
        self.dialog.setMinimumSize(self.minimum)
        self.dialog.setMaximumSize(self.maximum)
        self.dialog.resize(self.size)


class IdleLock(QObject):
    """Locks the window after the idle time, or on request, and unlocks with the PIN.

    Signals:
        locked_changed(bool): the screen was locked (True) or unlocked (False).
    """

    locked_changed = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        pages: QStackedWidget,
        chrome: list[QWidget],
        check_pin: PinCheck,
    ) -> None:
        """Lock *window* by showing the lock page in *pages* and hiding *chrome* (page tabs).

        *check_pin* checks a PIN off the GUI thread (the hash is slow on purpose).
        """
        super().__init__(window)
        self.window = window
        self.pages = pages
        self.chrome = chrome
        self.check_pin = check_pin
        self.locked = False
        self.pin_needed = False
        self.windows_lock = False
        self.wrong = 0
        self.wait_ms = WAIT_MS
        self.page = LockPage(pages)
        self.page.hide()
        pages.addWidget(self.page)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self._surfaces: list[LockPage] = [self.page]
        self._previous: QWidget | None = None
        self._focus: QWidget | None = None
        self._shown_chrome: list[QWidget] = []
        self._hidden_windows: list[QWidget] = []
        self._covers: list[_Cover] = []
        self._shortcuts: list[QShortcut] = []
        self._then: Callable[[], None] | None = None
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._end_wait)
        self._connect(self.page)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def configure(self, *, idle_ms: int, pin_needed: bool, windows_lock: bool = False) -> None:
        """Lock after *idle_ms* without input (0: never); unlock with a PIN if *pin_needed*."""
        self.pin_needed = pin_needed
        self.windows_lock = windows_lock and ON_WINDOWS
        for page in self._surfaces:
            page.set_pin_needed(pin_needed)
        self.timer.stop()
        self.timer.setInterval(idle_ms)
        if idle_ms > 0 and not self.locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Count any key or mouse input as someone at the desk: the idle time starts again."""
        if event.type() in _INPUT and not self.locked and self.timer.interval() > 0:
            self.timer.start()
        return False

    def lock(self, *, then: Callable[[], None] | None = None, reason: str = "") -> None:
        """Hide every visit and booking now (or lock the Windows session, if so chosen).

        With *then* (leaving kiosk mode) the app's own lock page asks, saying *reason*, and
        *then* runs once it is unlocked.
        """
        if self.locked:
            return
        if self.windows_lock and then is None:
            _lock_workstation()
            return
        self._then = then
        self.page.title.setText(reason or self.tr("Het scherm is vergrendeld"))
        self.page.back_button.setVisible(then is not None)
        self.locked = True
        self.timer.stop()
        self._focus = QApplication.focusWidget()
        self._previous = self.pages.currentWidget()
        self._shown_chrome = [widget for widget in self.chrome if widget.isVisible()]
        for widget in self._shown_chrome:
            widget.hide()
        self.pages.setCurrentWidget(self.page)
        # No key of a page or of the window works while locked (they could open a screen).
        self._shortcuts = [key for key in self.window.findChildren(QShortcut) if key.isEnabled()]
        for key in self._shortcuts:
            key.setEnabled(False)
        for other in QApplication.topLevelWidgets():
            if other is self.window or not other.isVisible():
                continue
            if other.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                other.hide()  # a menu or a list that pops up: closed, not brought back
            elif (
                isinstance(other, QDialog)
                and other.windowModality() == Qt.WindowModality.ApplicationModal
            ):
                cover = _Cover(other)
                self._connect(cover.page)
                cover.page.set_pin_needed(self.pin_needed)
                self._surfaces.append(cover.page)
                self._covers.append(cover)
            else:
                other.hide()
                self._hidden_windows.append(other)
        self.page.message.clear()
        surface = self._surface()
        surface.window().activateWindow()
        surface.focus_entry()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        """Bring back what was on screen (pages, windows, the focus) and start the idle time."""
        if not self.locked:
            return
        self.locked = False
        self.wrong = 0
        for cover in self._covers:
            self._surfaces.remove(cover.page)
            cover.remove()
        self._covers.clear()
        for page in self._surfaces:
            page.pin.clear()
            page.message.clear()
            page.set_waiting(False)
        if self._previous is not None:
            self.pages.setCurrentWidget(self._previous)
        for widget in self._shown_chrome:
            widget.show()
        for key in self._shortcuts:
            key.setEnabled(True)
        self._shortcuts.clear()
        for other in self._hidden_windows:
            other.show()
        self._hidden_windows.clear()
        if self._focus is not None and self._focus.isVisible():
            self._focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.timer.interval() > 0:
            self.timer.start()
        self.locked_changed.emit(False)
        then, self._then = self._then, None
        if then is not None:
            then()

    def _surface(self) -> LockPage:
        """Return the lock page the clerk can type in (a covered question box's, if any)."""
        return self._surfaces[-1]

    def _connect(self, page: LockPage) -> None:
        page.pin_entered.connect(self._check)
        page.continue_requested.connect(self._continue)
        page.back_requested.connect(self._back)

    def _back(self) -> None:
        """Not closing after all: back to work (only offered when a close asked the PIN)."""
        self._then = None
        self.unlock()

    def _continue(self) -> None:
        if not self.pin_needed:
            self.unlock()

    def _check(self, pin: str) -> None:
        for page in self._surfaces:
            page.set_waiting(True)
        self.check_pin(pin, self._on_checked)

    def _on_checked(self, right: bool) -> None:
        if not self.locked:
            return
        if right:
            self.unlock()
            return
        self.wrong += 1
        waiting = self.wrong >= WRONG_TRIES
        text = (
            self.tr("Te vaak een verkeerde pincode. Wacht even en probeer het opnieuw.")
            if waiting
            else self.tr("Deze pincode klopt niet. Probeer het opnieuw.")
        )
        for page in self._surfaces:
            page.pin.clear()
            page.message.setText(text)
            page.set_waiting(waiting)
        if waiting:
            self._wait.start(self.wait_ms)
        else:
            self._surface().focus_entry()

    def _end_wait(self) -> None:
        self.wrong = 0
        for page in self._surfaces:
            page.set_waiting(False)
            page.message.clear()
        if self.locked:
            self._surface().focus_entry()


def _lock_workstation() -> None:
    """Lock the Windows session (the Windows password unlocks it)."""
    windll = getattr(ctypes, "windll", None)
    if windll is not None:
        windll.user32.LockWorkStation()
