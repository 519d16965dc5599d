"""The season editor's *Helpers* tab: the helpers with their organisation and topics.

A helper is saved with an organisation picked from the list or typed anew (then added too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLineEdit

from kiosk.planning import codes
from kiosk.planning.records import Helper
from ui.marks import QT_TRANSLATE_NOOP
from ui.planning import texts
from ui.planning.editor_fields import CodeChecks
from ui.planning.editor_tab import EditorData, EditorTab
from ui.planning.widgets import live_button, live_table
from ui.table_model import RowsModel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kiosk.planning.service import PlanningService
    from ui.tasks import TaskRunner


class HelperModel(RowsModel[Helper]):
    """Helpers: name, organisation, topics, active."""

    HEADERS = (
        QT_TRANSLATE_NOOP("HelperModel", "Naam"),
        QT_TRANSLATE_NOOP("HelperModel", "Organisatie"),
        QT_TRANSLATE_NOOP("HelperModel", "Onderwerpen"),
        QT_TRANSLATE_NOOP("HelperModel", "Actief"),
    )

    def cell(self, row: Helper, column: int, role: int) -> Any:
        """Return the helper's columns."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                row.name,
                row.partner_name,
                ", ".join(texts.labels(row.topics)),
                texts.tr("ja") if row.active else texts.tr("nee"),
            )[column]
        return None


class HelpersTab(EditorTab):
    """The helpers in a table; a form to add one or change the chosen one."""

    def __init__(
        self, service: PlanningService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        """Build the table and the form; :meth:`show_data` fills them."""
        super().__init__(service, runner, parent)
        self.helper_model = HelperModel(self)
        self.helper_table = live_table(
            self.words, self, "helperTable", lambda: self.tr("Helpers"), self.helper_model
        )
        self.helper_name = QLineEdit(self)
        self.helper_name.setObjectName("helperName")
        self.helper_name.setMaxLength(100)
        self.helper_partner = QComboBox(self)
        self.helper_partner.setObjectName("helperPartner")
        self.helper_partner.setEditable(True)
        self.words.set(
            self.helper_partner.setToolTip,
            lambda: self.tr("Kies een organisatie of typ een nieuwe naam"),
        )
        self.helper_topics = CodeChecks(codes.PURPOSES, "", self)
        self.words.set(self.helper_topics.setAccessibleName, lambda: self.tr("Onderwerpen"))
        self.helper_active = QCheckBox(self)
        self.words.set(self.helper_active.setText, lambda: self.tr("Actief"))
        self.helper_active.setChecked(True)
        self.new_helper_button = live_button(
            self.words, lambda: self.tr("Nieuwe helper"), self, "newHelper"
        )
        self.save_helper_button = live_button(
            self.words, lambda: self.tr("Helper opslaan"), self, "saveHelper"
        )
        form = QFormLayout()
        form.addRow(self.label(lambda: self.tr("Naa&m"), self.helper_name), self.helper_name)
        form.addRow(
            self.label(lambda: self.tr("&Organisatie"), self.helper_partner), self.helper_partner
        )
        form.addRow(
            self.label(lambda: self.tr("Onder&werpen"), self.helper_topics), self.helper_topics
        )
        form.addRow("", self.helper_active)
        row = QHBoxLayout()
        row.addWidget(self.new_helper_button)
        row.addWidget(self.save_helper_button)
        form.addRow("", row)
        self.split(self.helper_table, form)
        self.helper_table.selectionModel().selectionChanged.connect(self._on_helper_row)
        self.new_helper_button.clicked.connect(self._new_helper)
        self.save_helper_button.clicked.connect(self.save_helper)

    def show_data(self, data: EditorData) -> None:
        """List the helpers and the organisations (keeping the organisation typed)."""
        super().show_data(data)
        self.helper_model.set_rows(data.helpers)
        partner = self.helper_partner.currentText()
        self.helper_partner.clear()
        for p in data.partners:
            self.helper_partner.addItem(p.name, p.id)
        self.helper_partner.setEditText(partner)

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

        self.submit(work, lambda h: self.tr("✔ Helper {name} opgeslagen.").format(name=h.name))
