"""Season and weekly schedule: the season, the helpers, the weekly templates, closures.

Four tabs (Alt+1 .. Alt+4): *Seizoen* (name, first and last day; also the branch's term for
wiping contact details, saved when the clerk leaves it), *Helpers* (name, organisation,
topics), *Weekrooster* (weekday, from-to, slot length, places, helper) and *Sluitingsdagen*.
*Voorbeeld* (Alt+V) shows how many new slots generation would make and which days it skips
(holidays by name, closures with their reason); *Genereren* (Alt+N) makes them.
Every read and write runs on the database worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.planning import codes
from kiosk.planning.records import (
    Closure,
    GenerationPreview,
    Helper,
    Partner,
    Season,
    Template,
    TemplateInput,
)
from ui.planning import texts
from ui.planning.booking_editor import CodeChecks
from ui.planning.widgets import button, show_feedback, table
from ui.table_model import RowsModel
from ui.tasks import UserError

if TYPE_CHECKING:
    from kiosk.planning.service import PlanningService
    from ui.tasks import TaskRunner


@dataclass
class _Data:
    season_id: str | None
    seasons: list[Season]
    partners: list[Partner]
    helpers: list[Helper]
    templates: list[Template] = field(default_factory=list)
    closures: list[Closure] = field(default_factory=list)
    retention_days: int = 28


class HelperModel(RowsModel[Helper]):
    """Helpers: name, organisation, topics, active."""

    HEADERS = ("Naam", "Organisatie", "Onderwerpen", "Actief")

    def cell(self, row: Helper, column: int, role: int) -> Any:
        """Return the helper's columns."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                row.name,
                row.partner_name,
                ", ".join(codes.labels(row.topics)),
                texts.tr("ja") if row.active else texts.tr("nee"),
            )[column]
        return None


class TemplateModel(RowsModel[Template]):
    """Weekly templates: helper, weekday, from-to, slot length, places."""

    HEADERS = ("Helper", "Dag", "Van–tot", "Duur", "Plaatsen")

    def __init__(self, parent: Any = None) -> None:
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
                texts.DAY_NAMES[row.weekday - 1],
                f"{texts.hhmm(row.starts)}–{texts.hhmm(row.ends)}",
                texts.tr("{n} min").format(n=row.slot_minutes),
                str(row.capacity),
            )[column]
        return None


class ClosureModel(RowsModel[Closure]):
    """Branch closures: day and reason."""

    HEADERS = ("Dag", "Reden")

    def cell(self, row: Closure, column: int, role: int) -> Any:
        """Return the day and the reason."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (texts.long_day(row.day), row.reason)[column]
        return None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class TemplateEditor(QDialog):
    """Season, helpers, weekly templates and closures; preview and generate.

    Signals:
        changed(): something was stored (the planning should reload and sync soon).
        season_chosen(str): the season the clerk worked on (the page shows it next).
    """

    changed = Signal()
    season_chosen = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        service: PlanningService,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        season_id: str | None = None,
    ) -> None:
        """Build the dialog and load the data of *season_id* (or the newest season)."""
        super().__init__(parent)
        self.service, self.runner, self.season_id = service, runner, season_id
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("Seizoen en rooster"))
        self.resize(1180, 700)
        self.data = _Data(None, [], [], [])
        self.last_preview: GenerationPreview | None = None
        self._build()
        self.reload()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("templateTabs")
        self.tabs.addTab(self._season_tab(), self.tr("&1 Seizoen"))
        self.tabs.addTab(self._helper_tab(), self.tr("&2 Helpers"))
        self.tabs.addTab(self._template_tab(), self.tr("&3 Weekrooster"))
        self.tabs.addTab(self._closure_tab(), self.tr("&4 Sluitingsdagen"))
        self.preview_text = QPlainTextEdit(self)
        self.preview_text.setObjectName("previewText")
        self.preview_text.setReadOnly(True)
        self.preview_text.setAccessibleName(self.tr("Voorbeeld van het genereren"))
        self.preview_text.setPlaceholderText(
            self.tr("Kies Voorbeeld om te zien welke tijden er bij komen en welke dagen vervallen.")
        )
        self.preview_text.setMaximumHeight(170)
        self.message = QLabel(self)
        self.message.setObjectName("feedback")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.preview_button = button(self.tr("Voorbeeld (Alt+V)"), self, "previewButton")
        self.generate_button = button(self.tr("Genereren (Alt+N)"), self, "generateButton")
        self.generate_button.setProperty("primary", True)
        self.generate_button.setEnabled(False)
        self.close_button = button(self.tr("Sluiten (Esc)"), self, "closeTemplates")
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.preview_text)
        layout.addLayout(buttons)
        self.preview_button.clicked.connect(self.preview)
        self.generate_button.clicked.connect(self.generate)
        self.close_button.clicked.connect(self.accept)
        for widget in (self.preview_button, self.generate_button, self.close_button):
            widget.setAutoDefault(False)
        for keys, slot in (("Alt+V", self.preview), ("Alt+N", self.generate)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

    def _season_tab(self) -> QWidget:
        tab = QWidget(self)
        self.season_pick = QComboBox(tab)
        self.season_pick.setObjectName("seasonPick")
        self.season_name = QLineEdit(tab)
        self.season_name.setObjectName("seasonName")
        self.season_name.setMaxLength(100)
        self.season_from = QDateEdit(tab)
        self.season_to = QDateEdit(tab)
        for edit, name in ((self.season_from, "seasonFrom"), (self.season_to, "seasonTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d-M-yyyy")
        self.season_from.setDate(QDate(self._today().year, 3, 1))
        self.season_to.setDate(QDate(self._today().year, 5, 1))
        self.save_season_button = button(self.tr("Seizoen opslaan"), tab, "saveSeason")
        form = QFormLayout(tab)
        form.addRow(self._label(self.tr("&Welk seizoen"), self.season_pick, tab), self.season_pick)
        form.addRow(self._label(self.tr("N&aam"), self.season_name, tab), self.season_name)
        form.addRow(self._label(self.tr("&Eerste dag"), self.season_from, tab), self.season_from)
        form.addRow(self._label(self.tr("&Laatste dag"), self.season_to, tab), self.season_to)
        form.addRow("", self.save_season_button)
        # The branch's retention (docs/belastinghulp.md §6): saved when the clerk leaves it.
        self.retention = QSpinBox(tab)
        self.retention.setObjectName("retentionDays")
        self.retention.setRange(1, 365)
        self.retention.setValue(self.data.retention_days)
        self.retention.setSuffix(self.tr(" dagen"))
        label = self.tr("Contactgegevens w&issen na")
        form.addRow(self._label(label, self.retention, tab), self.retention)
        form.addRow(
            "",
            QLabel(self.tr("Na de afspraak; de aantallen blijven voor de statistiek."), tab),
        )
        self.season_pick.currentIndexChanged.connect(self._on_season_pick)
        self.save_season_button.clicked.connect(self.save_season)
        self.retention.editingFinished.connect(self.save_retention)
        return tab

    def _helper_tab(self) -> QWidget:
        tab = QWidget(self)
        self.helper_model = HelperModel(self)
        self.helper_table = table(tab, "helperTable", self.tr("Helpers"), self.helper_model)
        self.helper_name = QLineEdit(tab)
        self.helper_name.setObjectName("helperName")
        self.helper_name.setMaxLength(100)
        self.helper_partner = QComboBox(tab)
        self.helper_partner.setObjectName("helperPartner")
        self.helper_partner.setEditable(True)
        self.helper_partner.setToolTip(self.tr("Kies een organisatie of typ een nieuwe naam"))
        self.helper_topics = CodeChecks(codes.PURPOSES, self.tr("Onderwerpen"), tab)
        self.helper_active = QCheckBox(self.tr("Actief"), tab)
        self.helper_active.setChecked(True)
        self.new_helper_button = button(self.tr("Nieuwe helper"), tab, "newHelper")
        self.save_helper_button = button(self.tr("Helper opslaan"), tab, "saveHelper")
        form = QFormLayout()
        form.addRow(self._label(self.tr("Naa&m"), self.helper_name, tab), self.helper_name)
        form.addRow(
            self._label(self.tr("&Organisatie"), self.helper_partner, tab), self.helper_partner
        )
        form.addRow(
            self._label(self.tr("Onder&werpen"), self.helper_topics, tab), self.helper_topics
        )
        form.addRow("", self.helper_active)
        row = QHBoxLayout()
        row.addWidget(self.new_helper_button)
        row.addWidget(self.save_helper_button)
        form.addRow("", row)
        layout = QHBoxLayout(tab)
        layout.addWidget(self.helper_table, 1)
        layout.addLayout(form, 1)
        self.helper_table.selectionModel().selectionChanged.connect(self._on_helper_row)
        self.new_helper_button.clicked.connect(self._new_helper)
        self.save_helper_button.clicked.connect(self.save_helper)
        return tab

    def _template_tab(self) -> QWidget:
        tab = QWidget(self)
        self.template_model = TemplateModel(self)
        self.template_table = table(
            tab, "templateTable", self.tr("Weekrooster"), self.template_model
        )
        self.template_helper = QComboBox(tab)
        self.template_helper.setObjectName("templateHelper")
        self.template_day = QComboBox(tab)
        self.template_day.setObjectName("templateDay")
        for n, name in enumerate(texts.DAY_NAMES, start=1):
            self.template_day.addItem(name, n)
        self.template_from = QTimeEdit(QTime(9, 30), tab)
        self.template_to = QTimeEdit(QTime(12, 30), tab)
        for edit, name in ((self.template_from, "templateFrom"), (self.template_to, "templateTo")):
            edit.setObjectName(name)
            edit.setDisplayFormat("HH:mm")
        self.template_minutes = QSpinBox(tab)
        self.template_minutes.setObjectName("templateMinutes")
        self.template_minutes.setRange(5, 480)
        self.template_minutes.setSingleStep(5)
        self.template_minutes.setValue(45)
        self.template_minutes.setSuffix(self.tr(" min"))
        self.template_capacity = QSpinBox(tab)
        self.template_capacity.setObjectName("templateCapacity")
        self.template_capacity.setRange(1, 50)
        self.add_template_button = button(self.tr("Toevoegen aan rooster"), tab, "addTemplate")
        self.delete_template_button = button(self.tr("Verwijderen"), tab, "deleteTemplate")
        form = QFormLayout()
        form.addRow(
            self._label(self.tr("&Helper"), self.template_helper, tab), self.template_helper
        )
        form.addRow(self._label(self.tr("&Dag"), self.template_day, tab), self.template_day)
        form.addRow(self._label(self.tr("&Begint om"), self.template_from, tab), self.template_from)
        form.addRow(self._label(self.tr("Eindigt &om"), self.template_to, tab), self.template_to)
        form.addRow(
            self._label(self.tr("Duur per a&fspraak"), self.template_minutes, tab),
            self.template_minutes,
        )
        form.addRow(
            self._label(self.tr("&Plaatsen per tijd"), self.template_capacity, tab),
            self.template_capacity,
        )
        row = QHBoxLayout()
        row.addWidget(self.add_template_button)
        row.addWidget(self.delete_template_button)
        form.addRow("", row)
        layout = QHBoxLayout(tab)
        layout.addWidget(self.template_table, 3)
        layout.addLayout(form, 2)
        self.add_template_button.clicked.connect(self.add_template)
        self.delete_template_button.clicked.connect(self.delete_template)
        return tab

    def _closure_tab(self) -> QWidget:
        tab = QWidget(self)
        self.closure_model = ClosureModel(self)
        self.closure_table = table(
            tab, "closureTable", self.tr("Sluitingsdagen"), self.closure_model
        )
        self.closure_day = QDateEdit(tab)
        self.closure_day.setObjectName("closureDay")
        self.closure_day.setCalendarPopup(True)
        self.closure_day.setDisplayFormat("d-M-yyyy")
        self.closure_reason = QLineEdit(tab)
        self.closure_reason.setObjectName("closureReason")
        self.closure_reason.setPlaceholderText(self.tr("bijv. Verbouwing"))
        self.add_closure_button = button(self.tr("Sluitingsdag toevoegen"), tab, "addClosure")
        self.remove_closure_button = button(self.tr("Verwijderen"), tab, "removeClosure")
        note = QLabel(
            self.tr("Feestdagen (Pasen, Koningsdag, Hemelvaart, Pinksteren …) gaan vanzelf."),
            tab,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self._label(self.tr("D&ag"), self.closure_day, tab), self.closure_day)
        form.addRow(self._label(self.tr("&Reden"), self.closure_reason, tab), self.closure_reason)
        row = QHBoxLayout()
        row.addWidget(self.add_closure_button)
        row.addWidget(self.remove_closure_button)
        form.addRow("", row)
        form.addRow(note)
        layout = QHBoxLayout(tab)
        layout.addWidget(self.closure_table, 1)
        layout.addLayout(form, 1)
        self.add_closure_button.clicked.connect(self.add_closure)
        self.remove_closure_button.clicked.connect(self.remove_closure)
        return tab

    def _label(self, text: str, buddy: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", ""))
        return label

    @staticmethod
    def _today() -> date:
        return date.today()

    def keyPressEvent(self, event: Any) -> None:
        """Enter does not close the dialog (it saves within a tab instead); Esc does."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

    # -- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Load seasons, organisations, helpers and the season's templates and closures."""
        service, chosen = self.service, self.season_id

        def load() -> _Data:
            seasons = service.seasons()
            season_id = chosen if chosen in {s.id for s in seasons} else None
            if season_id is None and seasons:
                season_id = seasons[0].id
            data = _Data(
                season_id, seasons, service.partners(), service.helpers(include_inactive=True)
            )
            if season_id is not None:
                data.templates = service.templates(season_id)
                data.closures = service.closures(season_id)
            data.retention_days = service.retention_days()
            return data

        self.runner.submit(load, self._on_loaded, self._fail)

    def _on_loaded(self, data: _Data) -> None:
        self.data = data
        self.season_id = data.season_id
        self.season_pick.blockSignals(True)
        self.season_pick.clear()
        self.season_pick.addItem(self.tr("Nieuw seizoen …"), None)
        for season in data.seasons:
            self.season_pick.addItem(season.name, season.id)
        self.season_pick.setCurrentIndex(max(self.season_pick.findData(self.season_id), 0))
        self.season_pick.blockSignals(False)
        self._show_season()
        self.retention.setValue(data.retention_days)
        self.helper_model.set_rows(data.helpers)
        self.template_model.set_helpers(data.helpers)
        self.template_model.set_rows(data.templates)
        self.closure_model.set_rows(data.closures)
        partner = self.helper_partner.currentText()
        self.helper_partner.clear()
        for p in data.partners:
            self.helper_partner.addItem(p.name, p.id)
        self.helper_partner.setEditText(partner)
        helper = self.template_helper.currentData()
        self.template_helper.clear()
        for h in data.helpers:
            if h.active:
                self.template_helper.addItem(f"{h.name} ({h.partner_name})", h.id)
        self.template_helper.setCurrentIndex(max(self.template_helper.findData(helper), 0))
        has_season = self.season_id is not None
        for widget in (
            self.add_template_button,
            self.delete_template_button,
            self.add_closure_button,
            self.remove_closure_button,
            self.preview_button,
        ):
            widget.setEnabled(has_season)
        if self.season_id is not None:
            self.season_chosen.emit(self.season_id)
        self.loaded.emit()

    def _show_season(self) -> None:
        season = next((s for s in self.data.seasons if s.id == self.season_id), None)
        if season is None:
            self.season_name.clear()
            return
        self.season_name.setText(season.name)
        self.season_from.setDate(_qdate(season.starts_on))
        self.season_to.setDate(_qdate(season.ends_on))
        self.closure_day.setDateRange(_qdate(season.starts_on), _qdate(season.ends_on))

    def _on_season_pick(self, _index: int) -> None:
        self.season_id = self.season_pick.currentData()
        self.last_preview = None
        self.generate_button.setEnabled(False)
        self.preview_text.clear()
        self.reload()

    # -- feedback -------------------------------------------------------------------------

    def say(self, text: str, *, ok: bool = True) -> None:
        """Show *text* at the bottom (red when not *ok*)."""
        show_feedback(self.message, text, ok=ok)

    def _fail(self, error: UserError) -> None:
        self.say(f"✖ {error}", ok=False)

    def _stored(self, text: str) -> None:
        self.say(text)
        self.changed.emit()
        self.reload()

    # -- actions --------------------------------------------------------------------------

    def save_season(self) -> None:
        """Create or change the season shown."""
        service, season_id = self.service, self.season_id
        name = self.season_name.text()
        starts, ends = _date(self.season_from.date()), _date(self.season_to.date())

        def saved(season: Season) -> None:
            self.season_id = season.id
            self._stored(self.tr("✔ Seizoen {name} opgeslagen.").format(name=season.name))

        self.runner.submit(
            lambda: service.save_season(name, starts, ends, id=season_id), saved, self._fail
        )

    def save_retention(self) -> None:
        """Store the branch's retention term when the clerk changed it (also sent to the server)."""
        days, service = self.retention.value(), self.service
        if days == self.data.retention_days:
            return
        self.data.retention_days = days  # editingFinished comes again on focus out
        self.runner.submit(
            lambda: service.set_retention_days(days),
            lambda _none: self._stored(
                self.tr("✔ Contactgegevens worden {days} dagen na de afspraak gewist.").format(
                    days=days
                )
            ),
            self._fail,
        )

    def _on_helper_row(self, *_args: Any) -> None:
        rows = self.helper_table.selectionModel().selectedRows()
        if not rows:
            return
        helper = self.helper_model.row_at(rows[0].row())
        self.helper_name.setText(helper.name)
        self.helper_partner.setEditText(helper.partner_name)
        self.helper_topics.set_selected(helper.topics)
        self.helper_active.setChecked(helper.active)

    def _new_helper(self) -> None:
        self.helper_table.clearSelection()
        self.helper_name.clear()
        self.helper_topics.set_selected(())
        self.helper_active.setChecked(True)
        self.helper_name.setFocus()

    def save_helper(self) -> None:
        """Create or change the helper in the form (a new organisation name is added too)."""
        rows = self.helper_table.selectionModel().selectedRows()
        helper_id = self.helper_model.row_at(rows[0].row()).id if rows else None
        name, topics = self.helper_name.text(), self.helper_topics.selected()
        active = self.helper_active.isChecked()
        partner_name = " ".join(self.helper_partner.currentText().split())
        known = {p.name.casefold(): p.id for p in self.data.partners}
        service = self.service

        def work() -> Helper:
            partner_id = known.get(partner_name.casefold())
            if partner_id is None and partner_name:
                partner_id = service.save_partner(partner_name).id
            return service.save_helper(name, partner_id, topics, active, id=helper_id)

        self.runner.submit(
            work,
            lambda h: self._stored(self.tr("✔ Helper {name} opgeslagen.").format(name=h.name)),
            self._fail,
        )

    def add_template(self) -> None:
        """Add the weekly pattern in the form to the season."""
        season_id, helper_id = self.season_id, self.template_helper.currentData()
        if season_id is None or helper_id is None:
            self.say(self.tr("Kies eerst een seizoen en een helper."), ok=False)
            return
        entry = TemplateInput(
            helper_id=helper_id,
            weekday=int(self.template_day.currentData()),
            starts=_time(self.template_from.time()),
            ends=_time(self.template_to.time()),
            slot_minutes=self.template_minutes.value(),
            capacity=self.template_capacity.value(),
        )
        service = self.service
        self.runner.submit(
            lambda: service.save_template(season_id, entry),
            lambda _t: self._stored(self.tr("✔ Toegevoegd aan het weekrooster.")),
            self._fail,
        )

    def delete_template(self) -> None:
        """Delete the chosen template (slots it made stay)."""
        rows = self.template_table.selectionModel().selectedRows()
        if not rows:
            return
        template_id = self.template_model.row_at(rows[0].row()).id
        service = self.service
        self.runner.submit(
            lambda: service.delete_template(template_id),
            lambda _r: self._stored(
                self.tr("✔ Verwijderd. Tijden die al gemaakt zijn, blijven staan.")
            ),
            self._fail,
        )

    def add_closure(self) -> None:
        """Add a closure day with its reason."""
        season_id = self.season_id
        if season_id is None:
            return
        day, reason = _date(self.closure_day.date()), self.closure_reason.text()
        service = self.service
        self.runner.submit(
            lambda: service.add_closure(season_id, day, reason),
            lambda c: self._stored(
                self.tr("✔ Gesloten op {day}.").format(day=texts.long_day(c.day))
            ),
            self._fail,
        )

    def remove_closure(self) -> None:
        """Remove the chosen closure day."""
        rows = self.closure_table.selectionModel().selectedRows()
        if not rows:
            return
        closure_id = self.closure_model.row_at(rows[0].row()).id
        service = self.service
        self.runner.submit(
            lambda: service.remove_closure(closure_id),
            lambda _r: self._stored(self.tr("✔ Sluitingsdag verwijderd.")),
            self._fail,
        )

    def preview(self) -> None:
        """Show what generating would do: new slots, existing ones, skipped days and why."""
        season_id = self.season_id
        if season_id is None:
            return
        service = self.service
        self.runner.submit(lambda: service.preview(season_id), self._show_preview, self._fail)

    def _show_preview(self, preview: GenerationPreview) -> None:
        self.last_preview = preview
        days = len({(p.day) for p in preview.new})
        lines = [
            self.tr("{n} nieuwe tijden op {days} dagen; {existing} bestaan al en blijven.").format(
                n=len(preview.new), days=days, existing=preview.existing
            )
        ]
        if preview.skipped:
            lines.append(self.tr("Overgeslagen dagen:"))
            lines.extend(f"  • {texts.long_day(s.day)}: {s.reason}" for s in preview.skipped)
        self.preview_text.setPlainText("\n".join(lines))
        self.generate_button.setEnabled(bool(preview.new))
        self.say(
            self.tr("Klopt het? Kies Genereren (Alt+N).")
            if preview.new
            else self.tr("Er is niets nieuws te maken.")
        )

    def generate(self) -> None:
        """Create the missing slots (after a preview)."""
        season_id = self.season_id
        if season_id is None or not self.generate_button.isEnabled():
            return
        service = self.service

        def done(count: int) -> None:
            self.generate_button.setEnabled(False)
            self._stored(self.tr("✔ {n} tijden gemaakt.").format(n=count))

        self.runner.submit(lambda: service.generate(season_id), done, self._fail)
