"""The season editor's *Sluitingsdagen* tab: days the branch is closed, with the reason.

Public holidays need no entry: generation skips them by itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit

from kiosk.planning.records import Closure
from ui.marks import QT_TRANSLATE_NOOP
from ui.planning import texts
from ui.planning.editor_tab import EditorData, EditorTab, qdate, to_date
from ui.planning.widgets import TabDateEdit, live_button, live_table
from ui.table_model import RowsModel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kiosk.planning.service import PlanningService
    from ui.tasks import TaskRunner


class ClosureModel(RowsModel[Closure]):
    """Branch closures: day and reason."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ClosureModel", "Dag"),
        QT_TRANSLATE_NOOP("ClosureModel", "Reden"),
    )

    def cell(self, row: Closure, column: int, role: int) -> Any:
        """Return the day and the reason."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (texts.long_day(row.day), row.reason)[column]
        return None


class ClosuresTab(EditorTab):
    """The season's closures in a table; a form to add one, a button to remove the chosen."""

    def __init__(
        self, service: PlanningService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        """Build the table and the form; :meth:`show_data` fills them."""
        super().__init__(service, runner, parent)
        self.closure_model = ClosureModel(self)
        self.closure_table = live_table(
            self.words, self, "closureTable", lambda: self.tr("Sluitingsdagen"), self.closure_model
        )
        self.closure_day = TabDateEdit(self)
        self.closure_day.setObjectName("closureDay")
        self.closure_day.setCalendarPopup(True)
        self.closure_day.setDisplayFormat("d-M-yyyy")
        self.closure_reason = QLineEdit(self)
        self.closure_reason.setObjectName("closureReason")
        self.words.set(self.closure_reason.setPlaceholderText, lambda: self.tr("bijv. Verbouwing"))
        self.add_closure_button = live_button(
            self.words, lambda: self.tr("Sluitingsdag toevoegen"), self, "addClosure"
        )
        self.remove_closure_button = live_button(
            self.words, lambda: self.tr("Verwijderen"), self, "removeClosure"
        )
        note = QLabel(self)
        self.words.set(
            note.setText,
            lambda: self.tr(
                "Feestdagen (Pasen, Koningsdag, Hemelvaart, Pinksteren …) gaan vanzelf."
            ),
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.label(lambda: self.tr("D&ag"), self.closure_day), self.closure_day)
        form.addRow(self.label(lambda: self.tr("&Reden"), self.closure_reason), self.closure_reason)
        row = QHBoxLayout()
        row.addWidget(self.add_closure_button)
        row.addWidget(self.remove_closure_button)
        form.addRow("", row)
        form.addRow(note)
        self.split(self.closure_table, form)
        self.add_closure_button.clicked.connect(self.add_closure)
        self.remove_closure_button.clicked.connect(self.remove_closure)

    def show_data(self, data: EditorData) -> None:
        """List the season's closures; the day field stays within the season."""
        super().show_data(data)
        season = data.season()
        if season is not None:
            self.closure_day.setDateRange(qdate(season.starts_on), qdate(season.ends_on))
        self.closure_model.set_rows(data.closures)
        for widget in (self.add_closure_button, self.remove_closure_button):
            widget.setEnabled(data.season_id is not None)

    def add_closure(self) -> None:
        """Add a closure day with its reason."""
        season_id = self.season_id
        if season_id is None:
            return
        day, reason = to_date(self.closure_day.date()), self.closure_reason.text()
        service = self.service
        self.submit(
            lambda: service.add_closure(season_id, day, reason),
            lambda c: self.tr("✔ Gesloten op {day}.").format(day=texts.long_day(c.day)),
        )

    def remove_closure(self) -> None:
        """Remove the chosen closure day."""
        rows = self.closure_table.selectionModel().selectedRows()
        if not rows:
            return
        closure_id = self.closure_model.row_at(rows[0].row()).id
        service = self.service
        self.submit(
            lambda: service.remove_closure(closure_id),
            lambda _r: self.tr("✔ Sluitingsdag verwijderd."),
        )
