"""The visit-level answers: channel, duration, when it happened, how many, counter or walking.

The clerk's answers go to and come from the form (:class:`kiosk.visits.VisitInput`) by their
names (:meth:`VisitPanel.answers`, :meth:`VisitPanel.show_answers`), so a new visit-level answer
is a field here and in the form, and the registration screen passes it on unchanged.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from kiosk.catalogue import Catalogue
from kiosk.visits import MAX_TALLY, VisitInput
from ui.choices import ChoiceGroup
from ui.widgets import section_label


class VisitPanel(QWidget):
    """Channel and duration buttons, the time field ("nu" unless backdated) and the tally count.

    Signals:
        changed(): any answer changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the fields; call :meth:`set_catalogue` before use."""
        super().__init__(parent)
        self.channel = ChoiceGroup(self.tr("Kanaal"), columns=3, parent=self)
        self.duration = ChoiceGroup(self.tr("Duur"), columns=5, parent=self)
        self.now = QCheckBox(self.tr("Nu"), self)
        self.now.setToolTip(
            self.tr("Vink uit om een eerder tijdstip in te vullen (naregistratie).")
        )
        self.now.setObjectName("timeNow")
        self.now.setChecked(True)
        self.now.setAccessibleName(self.tr("Tijdstip is nu"))
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("when")
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setVisible(False)
        self.when.setAccessibleName(self.tr("Tijdstip van het bezoek"))
        self.when.setMinimumHeight(40)
        self.when.setMinimumWidth(175)
        self.count = QSpinBox(self)
        self.count.setObjectName("count")
        self.count.setRange(1, MAX_TALLY)
        self.count.setAccessibleName(self.tr("Aantal gelijke bezoeken"))
        self.count.setToolTip(
            self.tr("Meer dan 1: registreer zoveel gelijke bezoeken tegelijk (turven).")
        )
        self.count.setMinimumHeight(40)
        self.count.setMinimumWidth(70)
        self.walking = QCheckBox(self.tr("Lopend IDO"), self)
        self.walking.setObjectName("walking")
        self.walking.setToolTip(
            self.tr("Aangevinkt: geregistreerd als lopend IDO, niet aan de balie.")
        )
        when_row = QHBoxLayout()
        when_row.addWidget(section_label(self.tr("&Tijdstip"), self.now, self))
        when_row.addWidget(self.now)
        when_row.addWidget(self.when, 1)
        when_row.addSpacing(12)
        when_row.addWidget(section_label(self.tr("&Aantal"), self.count, self))
        when_row.addWidget(self.count)
        when_row.addSpacing(12)
        when_row.addWidget(self.walking)
        when_row.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        grid.addWidget(section_label(self.tr("&Kanaal"), self.channel, self), 0, 0)
        grid.addWidget(self.channel, 1, 0)
        grid.addWidget(section_label(self.tr("&Duur"), self.duration, self), 2, 0)
        grid.addWidget(self.duration, 3, 0)
        grid.addLayout(when_row, 4, 0)
        self.now.toggled.connect(self._on_now)
        for signal in (
            self.channel.changed,
            self.duration.changed,
            self.count.valueChanged,
            self.when.dateTimeChanged,
            self.walking.toggled,
        ):
            signal.connect(self.changed)

    def set_catalogue(self, catalogue: Catalogue, language: str = "nl") -> None:
        """Fill the channel and duration buttons."""
        self.channel.set_options(catalogue.options("channel"), language)
        self.duration.set_options(catalogue.options("duration"), language)

    def answers(self) -> dict[str, Any]:
        """Return the clerk's visit-level answers, by their names in :class:`VisitInput`.

        When and how many are not among them (:meth:`occurred_at`, ``count``): the screen
        decides those for a repeat or a correction.
        """
        channel = self.channel.selected()
        duration = self.duration.selected()
        return {
            "channel": channel[0] if channel else "",
            "duration": duration[0] if duration else "",
            "mode": "walking" if self.walking.isChecked() else "counter",
        }

    def show_answers(self, visit: VisitInput) -> None:
        """Show the visit-level answers of *visit* (those :meth:`answers` gives)."""
        self.channel.set_selected([visit.channel])
        self.duration.set_selected([visit.duration])
        self.walking.setChecked(visit.mode == "walking")

    def field(self, name: str) -> QWidget | None:
        """Return the widget that holds the answer *name* (a problem's field), if it is here."""
        fields: dict[str, QWidget] = {
            "channel": self.channel,
            "duration": self.duration,
            "occurred_at": self.when,
            "count": self.count,
        }
        return fields.get(name)

    def occurred_at(self) -> datetime | None:
        """Return the backdated moment (aware, local), or None for "now"."""
        if self.now.isChecked():
            return None
        moment = self.when.dateTime().toPython()
        assert isinstance(moment, datetime)
        return moment.astimezone()

    def set_occurred_at(self, moment: datetime | None) -> None:
        """Show *moment* as a backdated time, or "now" for None."""
        if moment is None:
            self.now.setChecked(True)
            return
        self.now.setChecked(False)
        local = moment.astimezone()
        self.when.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )

    def reset_after_save(self) -> None:
        """Back to "now" and one visit; channel, duration and mode stay for the next visit."""
        self.now.setChecked(True)
        self.count.setValue(1)

    def _on_now(self, now: bool) -> None:
        self.when.setVisible(not now)
        if not now:
            self.when.setDateTime(QDateTime.currentDateTime())
            self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
            self.when.setFocus()
        self.changed.emit()
