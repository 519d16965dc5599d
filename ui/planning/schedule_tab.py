"""The season editor's *Weekrooster* tab: the season's weekly templates.

A template is a helper, a weekday, from-to, a slot length and places per slot; generation
makes the season's slots from them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTime
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QSpinBox

from kiosk.planning.records import Helper, Template, TemplateInput
from ui.marks import QT_TRANSLATE_NOOP
from ui.planning import texts
from ui.planning.editor_tab import EditorData, EditorTab, to_time
from ui.planning.widgets import TabTimeEdit, live_button, live_table
from ui.table_model import RowsModel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kiosk.planning.service import PlanningService
    from ui.tasks import TaskRunner


class TemplateModel(RowsModel[Template]):
    """Weekly templates: helper, weekday, from-to, slot length, places."""

    HEADERS = (
        QT_TRANSLATE_NOOP("TemplateModel", "Helper"),
        QT_TRANSLATE_NOOP("TemplateModel", "Dag"),
        QT_TRANSLATE_NOOP("TemplateModel", "Van–tot"),
        QT_TRANSLATE_NOOP("TemplateModel", "Duur"),
        QT_TRANSLATE_NOOP("TemplateModel", "Plaatsen"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        """Start empty; :meth:`set_helpers` names the helpers."""
        super().__init__(parent)
        self._names: dict[str, str] = {}

    def set_helpers(self, helpers: list[Helper]) -> None:
        """Name helpers by id."""
        self._names = {h.id: h.name for h in helpers}

    def cell(self, row: Template, column: int, role: int) -> Any:
        """Return the template's columns."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                self._names.get(row.helper_id, "?"),
                texts.day_name(row.weekday),
                f"{texts.hhmm(row.starts)}–{texts.hhmm(row.ends)}",
                texts.tr("{n} min").format(n=row.slot_minutes),
                str(row.capacity),
            )[column]
        return None


class ScheduleTab(EditorTab):
    """The season's weekly templates in a table; a form to add one, a button to delete."""

    def __init__(
        self, service: PlanningService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        """Build the table and the form; :meth:`show_data` fills them."""
        super().__init__(service, runner, parent)
        self.template_model = TemplateModel(self)
        self.template_table = live_table(
            self.words, self, "templateTable", lambda: self.tr("Weekrooster"), self.template_model
        )
        self.template_helper = QComboBox(self)
        self.template_helper.setObjectName("templateHelper")
        self.template_day = QComboBox(self)
        self.template_day.setObjectName("templateDay")
        for n in range(1, 8):
            self.template_day.addItem("", n)
        self.words.call(self._name_days)
        self.template_from = TabTimeEdit(QTime(9, 30), self)
        self.template_to = TabTimeEdit(QTime(12, 30), self)
        for edit, name in ((self.template_from, "templateFrom"), (self.template_to, "templateTo")):
            edit.setObjectName(name)
            edit.setDisplayFormat("HH:mm")
        self.template_minutes = QSpinBox(self)
        self.template_minutes.setObjectName("templateMinutes")
        self.template_minutes.setRange(5, 480)
        self.template_minutes.setSingleStep(5)
        self.template_minutes.setValue(45)
        self.words.set(self.template_minutes.setSuffix, lambda: self.tr(" min"))
        self.template_capacity = QSpinBox(self)
        self.template_capacity.setObjectName("templateCapacity")
        self.template_capacity.setRange(1, 50)
        self.add_template_button = live_button(
            self.words, lambda: self.tr("Toevoegen aan rooster"), self, "addTemplate"
        )
        self.delete_template_button = live_button(
            self.words, lambda: self.tr("Verwijderen"), self, "deleteTemplate"
        )
        form = QFormLayout()
        form.addRow(
            self.label(lambda: self.tr("&Helper"), self.template_helper), self.template_helper
        )
        form.addRow(self.label(lambda: self.tr("&Dag"), self.template_day), self.template_day)
        form.addRow(
            self.label(lambda: self.tr("&Begint om"), self.template_from), self.template_from
        )
        form.addRow(self.label(lambda: self.tr("Eindigt &om"), self.template_to), self.template_to)
        form.addRow(
            self.label(lambda: self.tr("Duur per a&fspraak"), self.template_minutes),
            self.template_minutes,
        )
        form.addRow(
            self.label(lambda: self.tr("&Plaatsen per tijd"), self.template_capacity),
            self.template_capacity,
        )
        row = QHBoxLayout()
        row.addWidget(self.add_template_button)
        row.addWidget(self.delete_template_button)
        form.addRow("", row)
        self.split(self.template_table, form, 3)
        self.add_template_button.clicked.connect(self.add_template)
        self.delete_template_button.clicked.connect(self.delete_template)

    def _name_days(self) -> None:
        """Name the weekdays in the chosen language (the choice stays)."""
        for index in range(self.template_day.count()):
            self.template_day.setItemText(index, texts.day_name(index + 1))

    def show_data(self, data: EditorData) -> None:
        """List the season's templates and the active helpers (keeping the one chosen)."""
        super().show_data(data)
        self.template_model.set_helpers(data.helpers)
        self.template_model.set_rows(data.templates)
        helper = self.template_helper.currentData()
        self.template_helper.clear()
        for h in data.helpers:
            if h.active:
                self.template_helper.addItem(f"{h.name} ({h.partner_name})", h.id)
        self.template_helper.setCurrentIndex(max(self.template_helper.findData(helper), 0))
        for widget in (self.add_template_button, self.delete_template_button):
            widget.setEnabled(data.season_id is not None)

    def add_template(self) -> None:
        """Add the weekly pattern in the form to the season."""
        season_id, helper_id = self.season_id, self.template_helper.currentData()
        if season_id is None or helper_id is None:
            self.problem.emit(self.tr("Kies eerst een seizoen en een helper."))
            return
        entry = TemplateInput(
            helper_id=helper_id,
            weekday=int(self.template_day.currentData()),
            starts=to_time(self.template_from.time()),
            ends=to_time(self.template_to.time()),
            slot_minutes=self.template_minutes.value(),
            capacity=self.template_capacity.value(),
        )
        service = self.service
        self.submit(
            lambda: service.save_template(season_id, entry),
            lambda _t: self.tr("✔ Toegevoegd aan het weekrooster."),
        )

    def delete_template(self) -> None:
        """Delete the chosen template (slots it made stay)."""
        rows = self.template_table.selectionModel().selectedRows()
        if not rows:
            return
        template_id = self.template_model.row_at(rows[0].row()).id
        service = self.service
        self.submit(
            lambda: service.delete_template(template_id),
            lambda _r: self.tr("✔ Verwijderd. Tijden die al gemaakt zijn, blijven staan."),
        )
