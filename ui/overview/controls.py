"""The Overzicht's choices: which period (or a range of one's own) and whose figures.

One row: "Periode" (today, this week, ..., each with the one before, and "Zelf kiezen …"
with two dates), "Cijfers van" (this desk, or the whole branch from the server). The row
says nothing itself about the figures; the page asks :meth:`PeriodBar.chosen` and listens to
:attr:`PeriodBar.changed`.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ui.i18n import locale, retranslate_on_change
from ui.overview import texts
from ui.overview.texts import tr
from ui.planning.widgets import TabDateEdit
from ui.widgets import FlowLayout

if TYPE_CHECKING:
    from kiosk.overview.periods import Period

SCOPES = ("desk", "branch")
_Field = TypeVar("_Field", bound=QWidget)
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
        layout = FlowLayout(self, columns=4)  # the groups wrap when the row is narrow
        groups = [_Group(self) for _ in range(4)]
        for group in groups:
            layout.addWidget(group)
        self.period_label, self.period = groups[0].add(QLabel(), QComboBox())
        self.period.setObjectName("overviewPeriod")
        for _kind, _previous, _words in texts.CHOICES:
            self.period.addItem("")
        self.period.setCurrentIndex(4)  # Deze maand
        self.range_groups = groups[1:3]
        self.first_label, self.first = groups[1].add(QLabel(), TabDateEdit())
        self.last_label, self.last = groups[2].add(QLabel(), TabDateEdit())  # Tab leaves them
        # A date typed digit by digit is read once the typing pauses, not at every digit.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed.emit)
        for edit, day in ((self.first, today - timedelta(days=29)), (self.last, today)):
            edit.setCalendarPopup(True)
            edit.setDate(texts.qdate(day))
            edit.dateChanged.connect(lambda _day: self._typing.start())
        self.first.setObjectName("overviewFirst")
        self.last.setObjectName("overviewLast")
        self.scope_label, self.scope = groups[3].add(QLabel(), QComboBox())
        self.scope.setObjectName("overviewScope")
        for _scope in SCOPES:
            self.scope.addItem("")
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
        for group in self.range_groups:
            group.setVisible(custom)

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


class _Group(QWidget):
    """A label and its field, kept together on one row when the choices wrap."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)

    def add(self, label: QLabel, field: _Field) -> tuple[QLabel, _Field]:
        """Put *label* and *field* side by side; the label names the field (its buddy)."""
        self._row.addWidget(label)
        self._row.addWidget(field)
        label.setBuddy(field)
        return label, field


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
