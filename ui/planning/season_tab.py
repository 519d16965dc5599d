"""The season editor's *Seizoen* tab: pick or name a season, its first and last day.

It also holds the branch's term for wiping contact details, saved when the clerk leaves it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox

from kiosk.planning.records import Season
from ui.planning.editor_tab import EditorData, EditorTab, qdate, to_date
from ui.planning.widgets import TabDateEdit, live_button

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kiosk.planning.service import PlanningService
    from ui.tasks import TaskRunner


class SeasonTab(EditorTab):
    """Choose, create or change a season; set the branch's retention term.

    Signals:
        picked(object): the clerk chose another season (its id, or None for a new one).
        season_saved(str): the season with this id was stored (``stored`` follows).
    """

    picked = Signal(object)
    season_saved = Signal(str)

    def __init__(
        self, service: PlanningService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        """Build the form; :meth:`show_data` fills it."""
        super().__init__(service, runner, parent)
        self.season_pick = QComboBox(self)
        self.season_pick.setObjectName("seasonPick")
        self.season_name = QLineEdit(self)
        self.season_name.setObjectName("seasonName")
        self.season_name.setMaxLength(100)
        self.season_from = TabDateEdit(self)
        self.season_to = TabDateEdit(self)
        for edit, name in ((self.season_from, "seasonFrom"), (self.season_to, "seasonTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d-M-yyyy")
        self.season_from.setDate(QDate(self._today().year, 3, 1))
        self.season_to.setDate(QDate(self._today().year, 5, 1))
        self.save_season_button = live_button(
            self.words, lambda: self.tr("Seizoen opslaan"), self, "saveSeason"
        )
        form = QFormLayout(self)
        form.addRow(
            self.label(lambda: self.tr("&Welk seizoen"), self.season_pick), self.season_pick
        )
        form.addRow(self.label(lambda: self.tr("N&aam"), self.season_name), self.season_name)
        form.addRow(self.label(lambda: self.tr("&Eerste dag"), self.season_from), self.season_from)
        form.addRow(self.label(lambda: self.tr("&Laatste dag"), self.season_to), self.season_to)
        form.addRow("", self.save_season_button)
        # The branch's retention (docs/belastinghulp.md §6): saved when the clerk leaves it.
        self.retention = QSpinBox(self)
        self.retention.setObjectName("retentionDays")
        self.retention.setRange(1, 365)
        self.retention.setValue(self.data.retention_days)
        self.words.set(self.retention.setSuffix, lambda: self.tr(" dagen"))
        label = self.label(lambda: self.tr("Contactgegevens w&issen na"), self.retention)
        form.addRow(label, self.retention)
        note = QLabel(self)
        self.words.set(
            note.setText,
            lambda: self.tr("Na de afspraak; de aantallen blijven voor de statistiek."),
        )
        form.addRow("", note)
        self.season_pick.currentIndexChanged.connect(
            lambda _index: self.picked.emit(self.season_pick.currentData())
        )
        self.save_season_button.clicked.connect(self.save_season)
        self.retention.editingFinished.connect(self.save_retention)

    @staticmethod
    def _today() -> date:
        return date.today()

    def show_data(self, data: EditorData) -> None:
        """List the seasons, show the chosen one and the retention term."""
        super().show_data(data)
        self.season_pick.blockSignals(True)
        self.season_pick.clear()
        self.season_pick.addItem(self.tr("Nieuw seizoen …"), None)
        for season in data.seasons:
            self.season_pick.addItem(season.name, season.id)
        self.season_pick.setCurrentIndex(max(self.season_pick.findData(data.season_id), 0))
        self.season_pick.blockSignals(False)
        chosen = data.season()
        if chosen is None:
            self.season_name.clear()
        else:
            self.season_name.setText(chosen.name)
            self.season_from.setDate(qdate(chosen.starts_on))
            self.season_to.setDate(qdate(chosen.ends_on))
        self.retention.setValue(data.retention_days)

    def save_season(self) -> None:
        """Create or change the season shown."""
        service, season_id = self.service, self.season_id
        name = self.season_name.text()
        starts, ends = to_date(self.season_from.date()), to_date(self.season_to.date())

        def saved(season: Season) -> None:
            self.season_saved.emit(season.id)
            self.stored.emit(self.tr("✔ Seizoen {name} opgeslagen.").format(name=season.name))

        self.runner.submit(
            lambda: service.save_season(name, starts, ends, id=season_id),
            saved,
            self.fail,
            owner=self,
        )

    def save_retention(self) -> None:
        """Store the branch's retention term when the clerk changed it (also sent to the server)."""
        days, service = self.retention.value(), self.service
        if days == self.data.retention_days:
            return
        self.data.retention_days = days  # editingFinished comes again on focus out
        self.submit(
            lambda: service.set_retention_days(days),
            lambda _none: self.tr(
                "✔ Contactgegevens worden %n dagen na de afspraak gewist.", "", days
            ),
        )
