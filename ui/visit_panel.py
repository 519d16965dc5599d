"""The visit-level answers: channel, duration, when it happened, how many, counter or walking.

The clerk's answers go to and come from the form (:class:`kiosk.visits.VisitInput`) by their
names (:meth:`VisitPanel.answers`, :meth:`VisitPanel.show_answers`), so a new visit-level answer
is a field here and in the form, and the registration screen passes it on unchanged.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalogue import Catalogue
from kiosk.visits import MAX_TALLY, VisitInput
from ui.choices import ChoiceGroup
from ui.registration.sections import CARRIED, DEFAULT, Message, Section, Sections
from ui.widgets import FlowLayout, language_locale, section_label, set_section_text


def _date_time_format() -> str:
    """Return the current language's short date and time format, with a four-digit year."""
    locale = language_locale()
    date = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date:
        date = date.replace("yy", "yyyy")
    return f"{date} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


class VisitPanel(QWidget):
    """Channel and duration buttons, the time field ("nu" unless backdated) and the tally count.

    Signals:
        changed(): any answer changed.
    """

    changed = Signal()

    #: The answers a new visit starts with, shown as "standaard" until the clerk chooses.
    DEFAULTS: ClassVar[dict[str, str]] = {"channel": "in_person", "duration": "lt5"}

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the fields; call :meth:`set_catalogue` before use."""
        super().__init__(parent)
        self._walking_default = False
        self.channel = ChoiceGroup("", columns=3, parent=self)
        self.duration = ChoiceGroup("", columns=5, parent=self)
        self.now = QCheckBox(self)
        self.now.setObjectName("timeNow")
        self.now.setChecked(True)
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("when")
        self.when.setCalendarPopup(True)
        self.when.setVisible(False)
        self.when.setMinimumHeight(40)
        self.when.setMinimumWidth(175)
        self.when.installEventFilter(self)
        self.count = QSpinBox(self)
        self.count.setObjectName("count")
        self.count.setRange(1, MAX_TALLY)
        self.count.setMinimumHeight(40)
        self.count.setMinimumWidth(70)
        self.walking = QCheckBox(self)
        self.walking.setObjectName("walking")
        self.time_label = section_label("", self.now, self)
        self.count_label = section_label("", self.count, self)
        # Time, count and walking side by side; they wrap when the text is large (200 %).
        when_row = FlowLayout(spacing=12, columns=3)
        for parts in (
            (self.time_label, self.now, self.when),
            (self.count_label, self.count),
            (self.walking,),
        ):
            group = QWidget(self)
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 0, 0)
            for part in parts:
                hidden = part.isHidden()
                part.setParent(group)
                part.setHidden(hidden)  # a new parent hides a widget; "when" stays hidden
                row.addWidget(part)
            when_row.addWidget(group)
        self.sections = Sections(
            {
                "channel": Section("", self.channel, self),
                "duration": Section("", self.duration, self),
            }
        )
        self._retranslate()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for section in self.sections.values():
            section.place(layout)
        layout.addLayout(when_row)
        self.now.toggled.connect(self._on_now)
        self.channel.changed.connect(lambda: self._answered("channel"))
        self.duration.changed.connect(lambda: self._answered("duration"))
        for signal in (
            self.channel.changed,
            self.duration.changed,
            self.count.valueChanged,
            self.when.dateTimeChanged,
            self.walking.toggled,
        ):
            signal.connect(self.changed)

    def _retranslate(self) -> None:
        """Set every text of the panel in the current language (the answers stay)."""
        self.channel.setAccessibleName(self.tr("Kanaal"))
        self.duration.setAccessibleName(self.tr("Duur"))
        self.now.setText(self.tr("Nu"))
        self.now.setToolTip(
            self.tr("Vink uit om een eerder tijdstip in te vullen (naregistratie).")
        )
        self.now.setAccessibleName(self.tr("Tijdstip is nu"))
        # Day, month, year and time in the language's own order and separators.
        self.when.setLocale(language_locale())
        self.when.setDisplayFormat(_date_time_format())
        self.when.setAccessibleName(self.tr("Tijdstip van het bezoek"))
        self.when.setToolTip(self.tr("Pijltjes links en rechts: dag, maand, jaar, uur, minuut"))
        self.count.setAccessibleName(self.tr("Aantal gelijke bezoeken"))
        self.count.setToolTip(
            self.tr("Meer dan 1: registreer zoveel gelijke bezoeken tegelijk (turven).")
        )
        self.walking.setText(self.tr("Lopend IDO"))
        self.walking.setToolTip(
            self.tr("Aangevinkt: geregistreerd als lopend IDO, niet aan de balie.")
        )
        set_section_text(self.time_label, self.tr("&Tijdstip"))
        set_section_text(self.count_label, self.tr("&Aantal"))
        self.sections["channel"].set_heading(self.tr("&Kanaal"))
        self.sections["duration"].set_heading(self.tr("&Duur"))

    def set_language(self, language: str) -> None:
        """Show the panel in *language*: words and catalogue labels, the answers kept."""
        self.channel.set_language(self.channel.accessibleName(), language)
        self.duration.set_language(self.duration.accessibleName(), language)
        self._retranslate()

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

    def set_walking_default(self, walking: bool) -> None:
        """Set whether this desk records as walking IDO unless the clerk says otherwise."""
        self._walking_default = walking
        self.walking.setChecked(walking)

    def reset(self) -> None:
        """Back to a new visitor: the desk's defaults (marked), "now", one visit."""
        self.channel.set_selected([self.DEFAULTS["channel"]])
        self.duration.set_selected([self.DEFAULTS["duration"]])
        for section in self.sections.values():
            section.set_mark(DEFAULT)
            section.show_error(None)
        self.walking.setChecked(self._walking_default)
        self.now.setChecked(True)
        self.count.setValue(1)

    def mark_carried(self, carried: bool) -> None:
        """Mark channel and duration as carried from the previous visit (or not)."""
        for section in self.sections.values():
            section.set_mark(CARRIED if carried else None)

    def carried(self) -> list[str]:
        """Return the names of the sections still marked as carried over."""
        return self.sections.carried()

    def show_error(self, field: str | None, message: Message = "") -> bool:
        """Show *message* under the section *field* (None clears all); False if not here."""
        return self.sections.show_error(field, message)

    def _answered(self, name: str) -> None:
        self.sections[name].set_mark(None)
        self.sections[name].show_error(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab leaves the time field (the arrow keys move between its parts)."""
        if (
            watched is self.when
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            return QWidget.focusNextPrevChild(self.when, event.key() == Qt.Key.Key_Tab)
        return super().eventFilter(watched, event)

    def _on_now(self, now: bool) -> None:
        self.when.setVisible(not now)
        if not now:
            self.when.setDateTime(QDateTime.currentDateTime())
            self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
            self.when.setFocus()
        self.changed.emit()
