"""Finding a day in the planning grid: "Vandaag" (Ctrl+T) and "Ga naar datum" (Ctrl+G).

:class:`DateBar` is the row of controls above the grid; :func:`row_for_day` finds the grid row
to show for a date: the first row of that day, or of the first day with hours after it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QWidget

from kiosk.planning.records import GridData
from ui.planning.texts import tr
from ui.planning.widgets import LiveTexts, TabDateEdit, live_button
from ui.widgets import section_label, set_section_text


def row_for_day(grid: GridData | None, day: date) -> int | None:
    """Return the first row on *day* or after it; the last row when the season is over."""
    if grid is None or not grid.rows:
        return None
    for number, row in enumerate(grid.rows):
        if row.day >= day:
            return number
    return len(grid.rows) - 1


class _DateEdit(TabDateEdit):
    """A date field where Enter means "go there" (and is not passed on to the page)."""

    go = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter jumps; other keys edit the date."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go.emit()
            return
        super().keyPressEvent(event)


class DateBar(QObject):
    """Vandaag, a date field with "Ga naar", and "Zoeken …": the controls above the grid.

    The page places :meth:`pieces` in its (wrapping) row of controls.

    Signals:
        day_chosen(object): show this :class:`~datetime.date` in the grid.
        today_requested(): show today (the page asks its clock).
        search_requested(): the clerk wants to find a booking (Ctrl+F).
    """

    day_chosen = Signal(object)
    today_requested = Signal()
    search_requested = Signal()

    def __init__(self, today: date, parent: QWidget) -> None:
        """Make the controls (children of *parent*); the date field starts on *today*."""
        super().__init__(parent)
        self.setObjectName("planningDateBar")
        words = LiveTexts(parent)
        self.today_button = live_button(
            words,
            lambda: tr("Vandaag"),
            parent,
            "todayButton",
            lambda: tr("Naar vandaag in het rooster (Ctrl+T)"),
        )
        self.date_group = QWidget(parent)
        self.date = _DateEdit(self.date_group)
        self.date.setObjectName("goToDate")
        words.set(self.date.setAccessibleName, lambda: tr("Ga naar datum"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setMinimumHeight(36)
        self.date.setDate(QDate(today.year, today.month, today.day))
        words.set(self.date.setToolTip, lambda: tr("Ga naar een datum (Ctrl+G); Enter gaat erheen"))
        self.go_button = live_button(
            words, lambda: tr("Ga naar"), parent, "goToDateButton", lambda: tr("Naar deze datum")
        )
        self.search_button = live_button(
            words,
            lambda: tr("Zoeken …"),
            parent,
            "searchBookingsButton",
            lambda: tr("Afspraak zoeken op naam of telefoon (Ctrl+F)"),
        )
        layout = QHBoxLayout(self.date_group)
        layout.setContentsMargins(0, 0, 0, 0)
        label = section_label(tr("Datum"), self.date, self.date_group)
        words.set(lambda text: set_section_text(label, text), lambda: tr("Datum"))
        layout.addWidget(label)
        layout.addWidget(self.date)
        self.today_button.clicked.connect(self.today_requested.emit)
        self.go_button.clicked.connect(self._go)
        self.date.go.connect(self._go)
        self.search_button.clicked.connect(self.search_requested.emit)

    def pieces(self) -> list[QWidget]:
        """Return the controls in screen order: Vandaag, the date, Ga naar, Zoeken."""
        return [self.today_button, self.date_group, self.go_button, self.search_button]

    def focus_date(self) -> None:
        """Put the focus in the date field, its day selected (Ctrl+G)."""
        self.date.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.date.setSelectedSection(QDateEdit.Section.DaySection)

    def chosen(self) -> date:
        """Return the date in the field."""
        value = self.date.date()
        return date(value.year(), value.month(), value.day())

    def _go(self) -> None:
        self.day_chosen.emit(self.chosen())
