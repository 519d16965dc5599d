"""The Overzicht's choices: which period (or a range of one's own) and whose figures.

One row: "Periode" (today, this week, ..., each with the one before, and "Zelf kiezen …"
with two dates), "Cijfers van" (this desk, or the whole branch from the server). The row
says nothing itself about the figures; the page asks :meth:`PeriodBar.chosen` and listens to
:attr:`PeriodBar.changed`.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ui.i18n import locale, retranslate_on_change
from ui.overview import texts
from ui.overview.texts import tr
from ui.planning.widgets import TabDateEdit

if TYPE_CHECKING:
    from kiosk.overview.periods import Period

SCOPES = ("desk", "branch")
#: How long the dates of a range of one's own stay still before the figures are read again.
TYPING_PAUSE_MS = 400


class PeriodBar(QWidget):
    """Period, the custom range's two dates (only for "Zelf kiezen …") and the scope.

    Signals:
        changed(): the period, a date of the range or the scope was changed.
    """

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        """Start on "Deze maand", this desk; the range defaults to the last 30 days."""
        super().__init__(parent)
        self.setObjectName("overviewPeriodBar")
        self.period_label = QLabel(self)
        self.period = QComboBox(self)
        self.period.setObjectName("overviewPeriod")
        self.period_label.setBuddy(self.period)
        for _kind, _previous, _words in texts.CHOICES:
            self.period.addItem("")
        self.period.setCurrentIndex(4)  # Deze maand
        self.first_label, self.last_label = QLabel(self), QLabel(self)
        self.first, self.last = TabDateEdit(self), TabDateEdit(self)  # Tab leaves them
        # A date typed digit by digit is read once the typing pauses, not at every digit.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed.emit)
        for label, edit, day in (
            (self.first_label, self.first, today - timedelta(days=29)),
            (self.last_label, self.last, today),
        ):
            edit.setCalendarPopup(True)
            edit.setDate(texts.qdate(day))
            label.setBuddy(edit)
            edit.dateChanged.connect(lambda _day: self._typing.start())
        self.first.setObjectName("overviewFirst")
        self.last.setObjectName("overviewLast")
        self.scope_label = QLabel(self)
        self.scope = QComboBox(self)
        self.scope.setObjectName("overviewScope")
        self.scope_label.setBuddy(self.scope)
        for _scope in SCOPES:
            self.scope.addItem("")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.period_label,
            self.period,
            self.first_label,
            self.first,
            self.last_label,
            self.last,
            self.scope_label,
            self.scope,
        ):
            layout.addWidget(widget)
        self.period.currentIndexChanged.connect(self._on_period)
        self.scope.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self._show_range()
        self._retranslate()
        retranslate_on_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.period_label.setText(self.tr("&Periode"))
        for index, (_kind, _previous, words) in enumerate(texts.CHOICES):
            self.period.setItemText(index, tr(words))
        self.first_label.setText(self.tr("&Van"))
        self.last_label.setText(self.tr("t/&m"))
        self.first.setAccessibleName(self.tr("Eerste dag"))
        self.last.setAccessibleName(self.tr("Laatste dag"))
        form = locale().dateFormat(locale().FormatType.ShortFormat)
        for edit in (self.first, self.last):
            edit.setDisplayFormat(form if "yyyy" in form else form.replace("yy", "yyyy"))
        self.scope_label.setText(self.tr("&Cijfers van"))
        self.scope.setItemText(0, self.tr("Deze balie"))
        self.scope.setItemText(1, self.tr("Hele vestiging"))
        self.scope.setToolTip(
            self.tr("De hele vestiging: alle balies samen, van de server (alleen met verbinding).")
        )

    def _on_period(self, _index: int) -> None:
        self._show_range()
        self.changed.emit()

    def _show_range(self) -> None:
        custom = self.kind == "custom"
        for widget in (self.first_label, self.first, self.last_label, self.last):
            widget.setVisible(custom)

    @property
    def kind(self) -> str:
        """Return the kind of period chosen (``month``, ``custom``, ...)."""
        return texts.CHOICES[max(self.period.currentIndex(), 0)][0]

    @property
    def scope_code(self) -> str:
        """Return ``desk`` or ``branch``."""
        return SCOPES[max(self.scope.currentIndex(), 0)]

    def set_scope(self, scope: str) -> None:
        """Show *scope* as chosen without announcing a change (the page fell back to it)."""
        self.scope.blockSignals(True)
        self.scope.setCurrentIndex(SCOPES.index(scope))
        self.scope.blockSignals(False)

    def choose(self, kind: str, *, previous: bool = False) -> None:
        """Choose the period *kind* (and whether the previous one), as the clerk would."""
        for index, (choice, before, _words) in enumerate(texts.CHOICES):
            if choice == kind and before == previous:
                self.period.setCurrentIndex(index)
                return
        raise ValueError(f"no period {kind!r}")

    def set_range(self, first: date, last: date) -> None:
        """Choose "Zelf kiezen …" from *first* to *last* (read at once)."""
        self.first.setDate(texts.qdate(first))
        self.last.setDate(texts.qdate(last))
        self._typing.stop()
        if self.kind == "custom":
            self.changed.emit()
        else:
            self.choose("custom")

    def chosen(self, today: date) -> Period:
        """Return the period chosen, counted from *today*.

        Raises:
            InputError: a range whose last day is before its first, or longer than 5 years.
        """
        from kiosk.overview.periods import custom, period

        _kind, previous, _words = texts.CHOICES[max(self.period.currentIndex(), 0)]
        if self.kind == "custom":
            return custom(_day(self.first.date()), _day(self.last.date()))
        return period(self.kind, today, previous=previous)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
